// A contenteditable driven by the real Lexical editor (vanilla createEditor + registerPlainText
// + registerHistory), as Instagram's caption and Direct message boxes are.
import React, { useLayoutEffect, useRef, useState } from "react";
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
} from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { mergeRegister } from "@lexical/utils";
import { registerEditor } from "./hook";

// Lexical's root.getTextContent() puts "\n\n" between paragraphs; the DOM shows one line per
// paragraph, so join paragraphs with a single "\n". (In plain-text mode Enter inserts a
// LineBreakNode inside the one paragraph, which getTextContent already renders as "\n".)
export const $plainText = () =>
  $getRoot()
    .getChildren()
    .map((p) => p.getTextContent())
    .join("\n");
export const editorText = (editor) => (editor ? editor.getEditorState().read($plainText) : "");

// Offsets into $plainText() for a Lexical selection point.
function $pointOffset(point) {
  const paragraphs = $getRoot().getChildren();
  let pos = 0;
  const starts = new Map(); // node key -> start offset
  const ends = new Map();
  paragraphs.forEach((p, i) => {
    if (i) pos += 1;
    starts.set(p.getKey(), pos);
    const walk = (node) => {
      starts.set(node.getKey(), pos);
      if ($isElementNode(node)) node.getChildren().forEach(walk);
      else pos += node.getTextContentSize();
      ends.set(node.getKey(), pos);
    };
    if ($isElementNode(p)) p.getChildren().forEach(walk);
    else pos += p.getTextContentSize();
    ends.set(p.getKey(), pos);
  });
  const node = point.getNode();
  if (point.type === "text") return (starts.get(node.getKey()) ?? 0) + point.offset;
  if ($isRootNode(node)) {
    const child = paragraphs[point.offset];
    return child ? starts.get(child.getKey()) : pos;
  }
  const children = $isElementNode(node) ? node.getChildren() : [];
  const child = children[point.offset];
  return child ? starts.get(child.getKey()) : ends.get(node.getKey()) ?? pos;
}

export const editorSelection = (editor) =>
  editor
    ? editor.getEditorState().read(() => {
        const sel = $getSelection();
        if (!$isRangeSelection(sel)) return null;
        const a = $pointOffset(sel.anchor);
        const f = $pointOffset(sel.focus);
        return {
          anchorOffset: a,
          focusOffset: f,
          start: Math.min(a, f),
          end: Math.max(a, f),
          isCollapsed: sel.isCollapsed(),
          isBackward: sel.isBackward(),
          hasFocus: !!editor.getRootElement() && editor.getRootElement() === document.activeElement,
          anchor: { key: sel.anchor.key, offset: sel.anchor.offset, type: sel.anchor.type },
          focus: { key: sel.focus.key, offset: sel.focus.offset, type: sel.focus.type },
        };
      })
    : null;

/** Empties the editor and forgets its undo history, as the sites do after posting. */
export function clearEditor(editor) {
  if (!editor) return;
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const p = $createParagraphNode();
      root.append(p);
      if (editor.getRootElement() === document.activeElement) p.select();
    },
    { discrete: true },
  );
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}

const THEME = {
  paragraph: "xdj266r x11i5rnm xat24cr x1mh8g0r",
  ltr: "",
  rtl: "",
};

function Surface({ attrs, className, initialJSON, onReady, onEnter, onText }) {
  const ref = useRef(null);
  const cb = useRef();
  cb.current = { onEnter, onText, onReady };
  useLayoutEffect(() => {
    const editor = createEditor({
      namespace: "PolarisLexical",
      theme: THEME,
      onError: (e) => console.error("[lexical]", e),
    });
    editor.setRootElement(ref.current);
    const off = mergeRegister(
      registerPlainText(editor),
      registerHistory(editor, createEmptyHistoryState(), 300),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!cb.current.onEnter || !event || event.shiftKey || event.isComposing) return false;
          event.preventDefault();
          cb.current.onEnter();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerUpdateListener(({ editorState }) => cb.current.onText(editorState.read($plainText), editor)),
    );
    if (initialJSON) {
      editor.setEditorState(editor.parseEditorState(initialJSON));
    } else {
      editor.update(
        () => {
          const root = $getRoot();
          if (root.isEmpty()) root.append($createParagraphNode());
        },
        { discrete: true },
      );
    }
    cb.current.onText(editorText(editor), editor);
    cb.current.onReady(editor);
    return () => {
      off();
      editor.setRootElement(null);
      cb.current.onReady(null);
    };
  }, []);
  return (
    <div
      ref={ref}
      className={className}
      contentEditable={true}
      suppressContentEditableWarning={true}
      role="textbox"
      spellCheck={true}
      tabIndex={0}
      {...attrs}
    />
  );
}

/**
 * Props: id (hook id), label (aria-label), placeholder, canPost(text) -> bool, onEnter (Enter
 * without Shift; omit for line breaks), onText(text), editorRef (receives the LexicalEditor),
 * initialJSON (serialized state to start from), onSave(json) (every change; to survive unmounts).
 */
export function LexicalField({
  id,
  label,
  placeholder,
  canPost,
  onEnter,
  onText,
  editorRef,
  initialJSON,
  onSave,
  className = "",
  placeholderClassName = "",
  extraAttrs = {},
}) {
  const [gen, setGen] = useState(0);
  const [empty, setEmpty] = useState(true);
  const editor = useRef(null);
  const saved = useRef(initialJSON || null);
  const props = useRef();
  props.current = { canPost, onText, onSave, editorRef };

  useLayoutEffect(
    () =>
      registerEditor(id, {
        label,
        editor: () => editor.current,
        element: () => editor.current?.getRootElement() || null,
        getText: () => editorText(editor.current),
        getSelection: () => editorSelection(editor.current),
        postEnabled: () => !!props.current.canPost(editorText(editor.current)),
        // Destroy the editor's element and mount a fresh editor element with the same content.
        remount: () => {
          if (editor.current) saved.current = editor.current.getEditorState().toJSON();
          setGen((g) => g + 1);
        },
      }),
    [id, label],
  );

  const handleText = (text, ed) => {
    setEmpty(text.length === 0);
    props.current.onText && props.current.onText(text);
    if (props.current.onSave && ed) props.current.onSave(ed.getEditorState().toJSON());
  };
  const handleReady = (ed) => {
    editor.current = ed;
    if (props.current.editorRef) props.current.editorRef.current = ed;
  };

  return (
    <div className="ig-lexical-wrap">
      <Surface
        key={gen}
        className={`ig-lexical ${className}`}
        attrs={{ "aria-label": label, "aria-placeholder": placeholder, ...extraAttrs }}
        initialJSON={saved.current}
        onReady={handleReady}
        onEnter={onEnter}
        onText={handleText}
      />
      {empty && (
        <div className={`ig-lexical-placeholder ${placeholderClassName}`} aria-hidden="true">
          {placeholder}
        </div>
      )}
    </div>
  );
}
