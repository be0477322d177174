// Applying a fix: only when the person clicks it, and only through the editor's own input path,
// so the editor's state (and the site's Post button, and undo) agree with what is shown.
// Draft.js and Lexical both take a synthetic paste at the selection; a textarea takes
// execCommand("insertText"), which keeps its undo history and fires the input event frameworks read.
// Firefox ignores a synthetic paste's `clipboardData` but reads its own `data`/`dataType` members
// instead (Chrome ignores those): the paste carries its text both ways.

import { utf16Offset } from "../../shared/offsets.js";
import { rangeFor } from "./text-map.js";

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Replace code points [fix.replace_start, fix.replace_end) of the composer's text with fix.text.
 * @param {HTMLElement} editor
 * @param {string} blockSelector
 * @param {string} text the editor's text now (text-map.js)
 * @param {import("../../shared/protocol.js").Fix} fix
 */
export async function applyFix(editor, blockSelector, text, fix) {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(utf16Offset(text, fix.replace_start), utf16Offset(text, fix.replace_end));
    document.execCommand("insertText", false, fix.text);
    return;
  }
  const range = rangeFor(editor, blockSelector, text, fix.replace_start, fix.replace_end);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  await nextFrame(); // let the editor read the new selection (it listens to selectionchange)
  const data = new DataTransfer();
  data.setData("text/plain", fix.text);
  const paste = { clipboardData: data, data: fix.text, dataType: "text/plain", bubbles: true, cancelable: true };
  editor.dispatchEvent(new ClipboardEvent("paste", paste));
}
