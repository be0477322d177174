// The composer's text as the checker sees it, and the way back from the checker's offsets to the
// page. The checker counts Unicode code points; the DOM counts UTF-16 units: emoji differ.
// An editor is read as its blocks (one per line: Draft.js `[data-block]`, Lexical `<p>`), joined
// with "\n"; a textarea is its value.

/** Code-point offset -> UTF-16 offset in `text`. */
export function utf16Offset(text, codePoints) {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    units += char.length;
    seen += 1;
  }
  return units;
}

/** The blocks of an editor, in order (falls back to the editor itself). */
function blocksOf(editor, blockSelector) {
  const blocks = blockSelector ? editor.querySelectorAll(blockSelector) : [];
  return blocks.length ? Array.from(blocks) : [editor];
}

/** The editor's text: its blocks' text joined with "\n". */
export function readBlocks(editor, blockSelector) {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  return blocksOf(editor, blockSelector).map((block) => block.textContent).join("\n");
}

/** DOM position (text node, offset) of a UTF-16 offset into `readBlocks`' text. */
function positionAt(editor, blockSelector, offset) {
  let remaining = offset;
  const blocks = blocksOf(editor, blockSelector);
  for (const [index, block] of blocks.entries()) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (remaining <= node.length) return { node, offset: remaining };
      remaining -= node.length;
      last = node;
    }
    if (remaining === 0) return last ? { node: last, offset: last.length } : { node: block, offset: 0 };
    if (index < blocks.length - 1) remaining -= 1; // the "\n" between blocks
    if (remaining === 0) {
      const next = blocks[index + 1];
      const first = document.createTreeWalker(next, NodeFilter.SHOW_TEXT).nextNode();
      return first ? { node: first, offset: 0 } : { node: next, offset: 0 };
    }
  }
  const lastBlock = blocks[blocks.length - 1];
  return { node: lastBlock, offset: lastBlock.childNodes.length };
}

/** A DOM Range over code points [start, end) of the editor's text (null for a textarea). */
export function rangeFor(editor, blockSelector, text, start, end) {
  if (editor instanceof HTMLTextAreaElement) return null;
  const from = positionAt(editor, blockSelector, utf16Offset(text, start));
  const to = positionAt(editor, blockSelector, utf16Offset(text, end));
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
