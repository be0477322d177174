// The composer's text as the checker sees it, and the way back from the checker's offsets to the
// page (code points to UTF-16 by shared/offsets.js).
// An editor is read as its blocks (one per line: Draft.js `[data-block]`, Lexical `<p>`), joined
// with "\n"; inside a block, text nodes are its text and a <br> is a line break (Lexical's
// Shift+Enter), except a block's last <br>, which editors keep only so an empty line has height.
// A textarea is its value.

import { utf16Offset } from "../../shared/offsets.js";

/** @typedef {{node: Node, text: string}} Piece */

/** @returns {Element[]} */
function blocksOf(/** @type {HTMLElement} */ editor, /** @type {string} */ blockSelector) {
  const blocks = blockSelector ? Array.from(editor.querySelectorAll(blockSelector)) : [];
  return blocks.length ? blocks : [editor];
}

/** A block's pieces in order: text nodes, and <br> line breaks as "\n". */
function piecesOf(/** @type {Element} */ block) {
  /** @type {Piece[]} */
  const pieces = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) pieces.push({ node, text: node.data });
    else if (node.nodeName === "BR") pieces.push({ node, text: "\n" });
  }
  while (pieces.length && pieces[pieces.length - 1].text === "\n") pieces.pop(); // the placeholder <br>
  return pieces;
}

/** The editor's text. */
export function readBlocks(/** @type {HTMLElement} */ editor, /** @type {string} */ blockSelector) {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  return blocksOf(editor, blockSelector)
    .map((block) => piecesOf(block).map((piece) => piece.text).join(""))
    .join("\n");
}

/** The DOM position just before (atEnd: after) a piece. */
function boundary(/** @type {Piece} */ piece, /** @type {boolean} */ atEnd) {
  if (piece.node instanceof Text) return { node: piece.node, offset: atEnd ? piece.node.length : 0 };
  const parent = piece.node.parentNode;
  const index = Array.prototype.indexOf.call(parent.childNodes, piece.node);
  return { node: parent, offset: index + (atEnd ? 1 : 0) };
}

/** DOM position of a UTF-16 offset into `readBlocks`' text. */
function positionAt(/** @type {HTMLElement} */ editor, /** @type {string} */ blockSelector, /** @type {number} */ offset) {
  let remaining = offset;
  const blocks = blocksOf(editor, blockSelector);
  for (const [index, block] of blocks.entries()) {
    const pieces = piecesOf(block);
    for (const piece of pieces) {
      if (remaining < piece.text.length || (remaining === piece.text.length && piece.node.nodeType === Node.TEXT_NODE)) {
        return piece.node.nodeType === Node.TEXT_NODE ? { node: piece.node, offset: remaining } : boundary(piece, remaining > 0);
      }
      remaining -= piece.text.length;
    }
    if (remaining === 0 || index === blocks.length - 1) {
      return pieces.length ? boundary(pieces[pieces.length - 1], true) : { node: block, offset: 0 };
    }
    remaining -= 1; // the "\n" between blocks
  }
  return { node: editor, offset: editor.childNodes.length };
}

/** A DOM Range over code points [start, end) of the editor's text (null for a textarea). */
/**
 * @param {HTMLElement} editor
 * @param {string} blockSelector
 * @param {string} text the editor's text (readBlocks)
 * @param {number} start
 * @param {number} end
 */
export function rangeFor(editor, blockSelector, text, start, end) {
  if (editor instanceof HTMLTextAreaElement) return null;
  const from = positionAt(editor, blockSelector, utf16Offset(text, start));
  const to = positionAt(editor, blockSelector, utf16Offset(text, end));
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The UTF-16 offset into `readBlocks`' text of a DOM position in the editor (a caret's), or null
 * if the position is not in it. The inverse of positionAt, kept as a number: a Range would move
 * as the editor rewrites its DOM.
 * @param {HTMLElement} editor
 * @param {string} blockSelector
 * @param {Node} node
 * @param {number} offset
 */
export function offsetAt(editor, blockSelector, node, offset) {
  if (!editor.contains(node)) return null;
  const point = document.createRange();
  point.setStart(node, offset);
  const after = document.createRange();
  let total = 0;
  for (const [index, block] of blocksOf(editor, blockSelector).entries()) {
    if (index) total += 1; // the "\n" between blocks
    after.selectNodeContents(block);
    after.collapse(false);
    const inBlock = block.contains(node);
    if (!inBlock && point.compareBoundaryPoints(Range.START_TO_START, after) > 0) {
      total += piecesOf(block).reduce((sum, piece) => sum + piece.text.length, 0);
      continue;
    }
    for (const piece of piecesOf(block)) {
      if (piece.node === node) return total + (node instanceof Text ? offset : 0);
      after.setStartAfter(piece.node);
      after.collapse(true);
      if (point.compareBoundaryPoints(Range.START_TO_START, after) < 0) return total;
      total += piece.text.length;
    }
    return total;
  }
  return total;
}

/** A DOM Range over UTF-16 offsets [start, end) of the editor's text (offsetAt's way back). */
export function rangeAt(/** @type {HTMLElement} */ editor, /** @type {string} */ blockSelector, /** @type {number} */ start, /** @type {number} */ end) {
  const from = positionAt(editor, blockSelector, start);
  const to = positionAt(editor, blockSelector, end);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
