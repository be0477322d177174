// A Draft.js editor for the mocks of X Pro and Meta Business Suite (both ship a Draft.js editor:
// X's, and Meta's own build of it), and the test hook every mock page offers as `window.__mock`:
// each editor registers its text, and what was sent is recorded. Not a mock of its own (no app.jsx).
import React, { useCallback, useLayoutEffect, useRef, useState } from "react";
import { Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from "draft-js";

const EDITORS = new Map(); // id -> {text(), postEnabled(), element()}
const POSTED = []; // {where, text, media, ...}

window.__mock = {
  editors: () => [...EDITORS.keys()],
  getPlainText: (id) => EDITORS.get(id ?? EDITORS.keys().next().value).text(),
  postEnabled: (id) => EDITORS.get(id ?? EDITORS.keys().next().value).postEnabled(),
  posted: () => POSTED.map((p) => ({ ...p })),
};

export function record(entry) {
  POSTED.push(entry);
}

/** Files chosen or dropped, as the sites keep them: blob: previews. */
export function mediaFromFiles(files) {
  return Array.from(files || []).filter((f) => /^(image|video)\//.test(f.type))
    .map((f) => ({ name: f.name, kind: f.type.startsWith("video/") ? "video" : "image", url: URL.createObjectURL(f) }));
}

/**
 * A Draft.js composer: its state, Ctrl/Cmd+Enter to send (`onSend(text)`), and `render(props)` for
 * the Editor (ariaLabel, role, placeholder, webDriverTestID as the site sets them).
 */
export function useDraftBox({ id, onSend, sendOnModEnter = true }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const latest = useRef(editorState);
  const wrapper = useRef(null);
  const text = () => latest.current.getCurrentContent().getPlainText("\n");
  const onChange = useCallback((next) => {
    latest.current = next;
    setEditorState(next);
  }, []);
  const send = () => {
    if (!text().trim()) return;
    onSend(text());
    const empty = EditorState.createEmpty();
    latest.current = empty;
    setEditorState(empty);
  };
  useLayoutEffect(() => {
    EDITORS.set(id, { text, postEnabled: () => !!text().trim(), element: () => wrapper.current?.querySelector("[contenteditable]") });
    return () => EDITORS.delete(id);
  }, [id]);
  const keyBindingFn = (e) => (sendOnModEnter && e.key === "Enter" && KeyBindingUtil.hasCommandModifier(e) ? "mock-send" : getDefaultKeyBinding(e));
  const handleKeyCommand = (command) => {
    if (command !== "mock-send") return "not-handled";
    send();
    return "handled";
  };
  const render = (props) => (
    <div ref={wrapper} className="draft-host">
      <Editor editorState={editorState} onChange={onChange} keyBindingFn={keyBindingFn} handleKeyCommand={handleKeyCommand}
        stripPastedStyles spellCheck ariaMultiline {...props} />
    </div>
  );
  return { canSend: !!editorState.getCurrentContent().getPlainText().trim(), send, render };
}
