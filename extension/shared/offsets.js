// The checker counts Unicode code points; JavaScript strings and the DOM count UTF-16 units
// (an emoji is one code point, two units). Every offset from a finding goes through here.

/** UTF-16 offset of code point `codePoints` in `text`. */
export function utf16Offset(/** @type {string} */ text, /** @type {number} */ codePoints) {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    units += char.length;
    seen += 1;
  }
  return units;
}
