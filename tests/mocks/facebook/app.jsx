// Mock of www.facebook.com (Comet UI, 2024–2026) for Policy Guard's browser tests.
// React 17 renders the page chrome; every text box is the REAL Lexical editor (vanilla
// createEditor + registerRichText + registerHistory, mounted with editor.setRootElement on a
// div[role=textbox][contenteditable=true][data-lexical-editor=true]), as Facebook does, so the
// extension meets the same contenteditable, beforeinput handling and re-rendering behaviour.
//
// A single-page app: the test server serves index.html for every path, the app renders the
// page for location.pathname and navigates client-side (history.pushState + popstate).
import React, { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import ReactDOM from "react-dom";
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
} from "lexical";
import { DRAG_DROP_PASTE, HeadingNode, QuoteNode, registerRichText } from "@lexical/rich-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { eventFiles, mergeRegister } from "@lexical/utils";
// esbuild emits this next to the bundle as build/facebook.css (linked from index.html).
import "./styles.css";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const HANDLE = meta("mock-handle", "jo.bloggs");
const NAME = meta("mock-name", "Jo Bloggs");
// A Page slug (e.g. "NorthHalifaxPartnership": CamelCase, no dots/underscores) means the
// account acts as that Page; a person's username is lower case (jo.bloggs, jo_bloggs).
const IS_PAGE = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(HANDLE) && /[A-Z].*[A-Z]/.test(HANDLE);
const ACCOUNT = { handle: HANDLE, name: NAME, isPage: IS_PAGE };
// The interface language (the page's `lang`, set by the test server): the labels the adapters used
// to rely on, in English, Welsh and Polish, for tests that the extension finds every composer
// whatever the words. Polish as Facebook's own words were seen: the comment box's "Napisz komentarz…"
// (Elenzoo/fb-pupeter, src/fb/comments.js and expandButtons.js, 2025-12-04 to 2026-01-21, a
// comment watcher for Polish Facebook, which finds the box by "napisz komentarz"), and "Opublikuj"
// and "Dalej" (the same repository's src/marketplace/selectors.js, 2026-02-02: the aria-labels of
// Facebook's Publish and Next buttons in Polish). The rest of Polish, and all of Welsh, are the
// mock's own translations.
const LANG = document.documentElement.lang.startsWith("{{") ? "en" : document.documentElement.lang;
const WORDS = {
  en: { create: "Create post", mind: (n) => `What's on your mind, ${n}?`, comment: "Write a comment…", reply: "Write a reply…",
    send: "Comment", post: "Post", next: "Next", settings: "Post settings", message: "Message", enter: "Press Enter to send",
    chat: "Chat with Sam Smith", shortcuts: "Shortcuts" },
  cy: { create: "Creu neges", mind: (n) => `Beth sydd ar eich meddwl, ${n}?`, comment: "Ysgrifennwch sylw…", reply: "Ysgrifennwch ateb…",
    send: "Sylw", post: "Postio", next: "Nesaf", settings: "Gosodiadau'r neges", message: "Neges", enter: "Pwyswch Enter i anfon",
    chat: "Sgwrsio gyda Sam Smith", shortcuts: "Llwybrau byr" },
  pl: { create: "Utwórz post", mind: (n) => `Co słychać, ${n}?`, comment: "Napisz komentarz…", reply: "Napisz odpowiedź…",
    send: "Skomentuj", post: "Opublikuj", next: "Dalej", settings: "Ustawienia posta", message: "Wiadomość", enter: "Naciśnij Enter, aby wysłać",
    chat: "Czat z Sam Smith", shortcuts: "Skróty" },
}[LANG] ?? {};
const COMPOSER_LABEL = WORDS.mind(NAME);
const GROUP = { slug: "stayandplay", name: "Stay and Play Halifax", members: "1.2K" };
const MEDIA_ACCEPT = "image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv";

// ----------------------------------------------------------------------------------------
// Client-side router (pushState; popstate for back/forward), as Facebook's Comet router.
const routeListeners = new Set();
const currentLocation = () => location.pathname + location.search;
function navigate(href, { replace = false } = {}) {
  if (href !== currentLocation()) {
    if (replace) history.replaceState({}, "", href);
    else history.pushState({}, "", href);
  }
  routeListeners.forEach((fn) => fn());
}
window.addEventListener("popstate", () => routeListeners.forEach((fn) => fn()));
function useLocation() {
  const [loc, setLoc] = useState(currentLocation);
  useEffect(() => {
    const fn = () => setLoc(currentLocation());
    routeListeners.add(fn);
    return () => routeListeners.delete(fn);
  }, []);
  return loc;
}
function Link({ href, children, onClick, ...rest }) {
  const click = (e) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} role="link" tabIndex={0} onClick={click} {...rest}>
      {children}
    </a>
  );
}
// Facebook's buttons are div[role=button]; aria-disabled (never the disabled attribute).
function Button({ label, disabled = false, onClick, className = "", children, ...rest }) {
  const activate = (e) => {
    if (disabled) return;
    onClick?.(e);
  };
  return (
    <div role="button" aria-label={label} aria-disabled={disabled ? "true" : undefined} tabIndex={disabled ? -1 : 0}
      className={`btn ${className}${disabled ? " is-disabled" : ""}`} onClick={activate}
      onKeyDown={(e) => { if (e.target === e.currentTarget && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); activate(e); } }}
      {...rest}>
      {children}
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// Icons and avatars (no network images under test).
const Icon = ({ d, size = 20, className = "icon" }) => (
  <svg viewBox="0 0 24 24" width={size} height={size} className={className} aria-hidden="true" fill="currentColor"><path d={d} /></svg>
);
const ICON = {
  home: "M12 3.2 2.5 11h2.7v9.3h5.3v-6h3v6h5.3V11h2.7z",
  video: "M3 6.5A2.5 2.5 0 0 1 5.5 4h9A2.5 2.5 0 0 1 17 6.5v1.9l4-2.4v12l-4-2.4v1.9a2.5 2.5 0 0 1-2.5 2.5h-9A2.5 2.5 0 0 1 3 17.5z",
  shop: "M4 4h16l1 5a3 3 0 0 1-2 2.8V20H5v-8.2A3 3 0 0 1 3 9zm6 10v6h4v-6z",
  groups: "M8 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1.5 19c0-3.3 2.9-6 6.5-6s6.5 2.7 6.5 6v1h-13zm14.5 1v-1c0-1.9-.7-3.6-1.9-4.9.6-.2 1.2-.1 1.9-.1 3.3 0 6 2.2 6 5v1z",
  menu: "M4 4h4v4H4zm6 0h4v4h-4zm6 0h4v4h-4zM4 10h4v4H4zm6 0h4v4h-4zm6 0h4v4h-4zM4 16h4v4H4zm6 0h4v4h-4zm6 0h4v4h-4z",
  messenger: "M12 2C6.4 2 2 6.1 2 11.6c0 2.9 1.2 5.4 3.1 7.1v3.3l3-1.7c1.2.3 2.5.5 3.9.5 5.6 0 10-4.1 10-9.6S17.6 2 12 2zm1 12.9-2.5-2.7-5 2.7 5.5-5.8 2.6 2.7 4.9-2.7z",
  bell: "M12 22a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2zm7-6V11a7 7 0 0 0-5.5-6.8V3.5a1.5 1.5 0 0 0-3 0v.7A7 7 0 0 0 5 11v5l-2 2v1h18v-1z",
  close: "M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z",
  photo: "M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 11.5 4-4.5 3 3.2 2.5-2.7L19 16.5V7H5zM15.5 11a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z",
  tag: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9c0-3.3 3.1-6 7-6s7 2.7 7 6v1H2zm16-9h2v2h2v2h-2v2h-2v-2h-2v-2h2z",
  feeling: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM8.5 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM12 18a5.5 5.5 0 0 1-5-3.2h10A5.5 5.5 0 0 1 12 18z",
  pin: "M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z",
  live: "M2 7a3 3 0 0 1 3-3h9a3 3 0 0 1 3 3v1.5l5-3v13l-5-3V17a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3z",
  like: "M2 10h4v11H2zm6 11V10l4.6-7.4c.7-1.1 2.5-.6 2.4.9L14.5 9H20a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z",
  comment: "M12 3C6.5 3 2 6.9 2 11.6c0 2.5 1.3 4.8 3.4 6.4L4.5 22l4.2-2.3c1 .3 2.1.4 3.3.4 5.5 0 10-3.9 10-8.5S17.5 3 12 3z",
  share: "M13 4v4C6 9 3 14 2 20c2.5-3.5 6-5.1 11-5.1V19l8-7.5z",
  send: "M3 20.5 21.5 12 3 3.5V10l12 2-12 2z",
  thumb: "M2 10h4v11H2zm6 11V10l4.6-7.4c.7-1.1 2.5-.6 2.4.9L14.5 9H20a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z",
  globe: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.6 15.6 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8 8 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h3a15.6 15.6 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.4-3.6A15.6 15.6 0 0 0 8.1 8zM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.2 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6zm1.8-5.6a16.5 16.5 0 0 0 0-4h3.4a8 8 0 0 1 0 4z",
  more: "M6 12a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm8 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm8 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0z",
  friend: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9c0-3.3 3.1-6 7-6s7 2.7 7 6v1H2zm16-9h2v2h2v2h-2v2h-2v-2h-2v-2h2z",
  check: "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
  minus: "M5 11h14v2H5z",
  flag: "M5 2h2v20H5zm3 1h11l-2.5 4.5L19 12H8z",
  pencil: "M3 17.3V21h3.8L17.8 9.9l-3.7-3.7zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.7 3.7z",
};
const AVATAR_COLORS = ["#0866ff", "#e4405f", "#42b72a", "#f7b928", "#8c54ff", "#f5533d", "#2abba7"];
function Avatar({ name, size = 40, label }) {
  const color = AVATAR_COLORS[[...name].reduce((a, c) => a + c.charCodeAt(0), 0) % AVATAR_COLORS.length];
  const initials = name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0].toUpperCase()).join("");
  return (
    <svg className="avatar" width={size} height={size} viewBox="0 0 40 40" role={label ? "img" : undefined} aria-label={label} aria-hidden={label ? undefined : "true"}>
      <circle cx="20" cy="20" r="20" fill={color} />
      <text x="20" y="25.5" textAnchor="middle" fontSize="15" fontWeight="600" fill="#fff" fontFamily="Helvetica, Arial, sans-serif">{initials}</text>
    </svg>
  );
}

// ----------------------------------------------------------------------------------------
// Lexical editors, and the registry the test hook reads.
const THEME = {
  // Facebook's atomic class names on the editor's paragraphs.
  paragraph: "xdj266r x14z9mp xat24cr x1lziwak x16tdsg8",
  text: { bold: "x117nqv4", italic: "x1aojt3q", underline: "x1fdi6dd" },
};
const REGISTRY = new Map(); // id -> entry
const POSTED = [];
const CREATED = [];

// Plain text from the editor state. Lexical's own $getRoot().getTextContent() joins top-level
// blocks with "\n\n"; here each paragraph break is ONE "\n", as the DOM shows (one <p> per line),
// and a LineBreakNode (Shift+Enter, or pasted "\n") is also "\n".
function $plainText() {
  return $getRoot().getChildren().map((block) => block.getTextContent()).join("\n");
}
const plainTextOf = (editorState) => editorState.read($plainText);
const isEmptyState = (editorState) =>
  editorState.read(() => {
    const root = $getRoot();
    const children = root.getChildren();
    return children.length === 0 || (children.length === 1 && $isElementNode(children[0]) && children[0].getTextContent() === "");
  });

// Offset of a Lexical point within $plainText().
function $pointToOffset(point) {
  let pos = 0;
  let found = null;
  const walk = (node) => {
    if (found !== null) return;
    if ($isTextNode(node)) {
      if (node.getKey() === point.key) found = pos + point.offset;
      pos += node.getTextContentSize();
      return;
    }
    if ($isLineBreakNode(node)) {
      pos += 1;
      return;
    }
    if ($isElementNode(node)) {
      const children = node.getChildren();
      const isRoot = node.getKey() === "root";
      children.forEach((child, i) => {
        if (found !== null) return;
        if (isRoot && i > 0) pos += 1; // paragraph separator
        if (node.getKey() === point.key && point.type === "element" && point.offset === i) found = pos;
        walk(child);
      });
      if (found === null && node.getKey() === point.key && point.type === "element" && point.offset >= children.length) found = pos;
      return;
    }
    pos += node.getTextContentSize?.() ?? 0;
  };
  walk($getRoot());
  return found;
}

const focusedEntry = () => {
  const active = document.activeElement;
  for (const entry of REGISTRY.values()) if (entry.element && entry.element === active) return entry;
  return null;
};
function entryFor(id) {
  if (id != null) {
    const entry = REGISTRY.get(id);
    if (!entry) throw new Error(`__mock: no editor "${id}" (have: ${[...REGISTRY.keys()].join(", ") || "none"})`);
    return entry;
  }
  const entry = focusedEntry() || REGISTRY.get("composer") || REGISTRY.get("message") || REGISTRY.values().next().value;
  if (!entry) throw new Error("__mock: no editor on the page");
  return entry;
}
const entryText = (entry) => plainTextOf(entry.editor.getEditorState());
const entryPostEnabled = (entry) => entryText(entry).trim().length > 0 || (entry.allowMediaOnly() && entry.media().length > 0);

/**
 * A Lexical editor on a div[role=textbox][contenteditable=true][data-lexical-editor=true].
 * `remount()` (via the registry) throws the element away and mounts a fresh element with a
 * fresh Lexical editor whose state is the old editor's state (undo history is not carried over).
 */
function LexicalBox({ id, label, placeholder, className = "", placeholderClassName = "", submitOnEnter = false,
  onSubmit, onChange, onFiles, media, allowMediaOnly = false, autoFocus = false, describedBy }) {
  const [gen, setGen] = useState(0);
  const [empty, setEmpty] = useState(true);
  const rootRef = useRef(null);
  const savedRef = useRef(null);
  const props = useRef({});
  props.current = { onSubmit, onChange, onFiles, media, allowMediaOnly, submitOnEnter };

  useLayoutEffect(() => {
    const element = rootRef.current;
    const editor = createEditor({
      namespace: `facebook-${id}`,
      theme: THEME,
      nodes: [HeadingNode, QuoteNode],
      onError: (error) => console.error("[lexical]", error),
    });
    if (savedRef.current) editor.setEditorState(editor.parseEditorState(savedRef.current));
    const historyState = createEmptyHistoryState();
    let resetHistory = false;

    // Runs inside an editor update (a command listener or editor.update).
    const $submit = () => {
      const p = props.current;
      const text = $plainText();
      const mediaList = p.media ? p.media() : [];
      if (!text.trim() && !(p.allowMediaOnly && mediaList.length)) return false;
      const focused = document.activeElement === element;
      const root = $getRoot();
      root.clear();
      const paragraph = $createParagraphNode();
      root.append(paragraph);
      if (focused) paragraph.select();
      resetHistory = true;
      // React state changes run after Lexical's update has committed.
      queueMicrotask(() => p.onSubmit?.(text, mediaList));
      return true;
    };

    const unregister = mergeRegister(
      registerRichText(editor),
      registerHistory(editor, historyState, 1000),
      // Facebook's composers have no text/block formatting (Ctrl+B etc. do nothing).
      editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(FORMAT_ELEMENT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
      // Pasted image/video files become attachments (and nothing is inserted), as on Facebook.
      editor.registerCommand(PASTE_COMMAND, (event) => {
        const [, files, hasText] = eventFiles(event);
        if (!props.current.onFiles || !files.length || hasText) return false;
        event.preventDefault();
        props.current.onFiles(files);
        return true;
      }, COMMAND_PRIORITY_HIGH),
      // Files dropped onto the editor (rich text dispatches DRAG_DROP_PASTE).
      editor.registerCommand(DRAG_DROP_PASTE, (files) => {
        if (!props.current.onFiles) return false;
        props.current.onFiles(files);
        return true;
      }, COMMAND_PRIORITY_HIGH),
      // Comment/reply/message boxes: Enter submits, Shift+Enter is a new line.
      editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
        if (!props.current.submitOnEnter || (event && event.shiftKey)) return false;
        if (event && event.isComposing) return false;
        event?.preventDefault();
        $submit();
        return true;
      }, COMMAND_PRIORITY_HIGH),
      // After registerHistory's listener: a submitted (cleared) box starts a fresh undo history.
      editor.registerUpdateListener(({ editorState }) => {
        if (resetHistory) {
          resetHistory = false;
          historyState.undoStack.length = 0;
          historyState.redoStack.length = 0;
        }
        setEmpty(isEmptyState(editorState));
        props.current.onChange?.(plainTextOf(editorState));
      }),
    );
    editor.setRootElement(element);
    setEmpty(isEmptyState(editor.getEditorState()));
    props.current.onChange?.(plainTextOf(editor.getEditorState()));
    if (autoFocus && gen === 0) {
      element.focus({ preventScroll: true });
      editor.update(() => $getRoot().selectEnd());
    }

    const entry = {
      id,
      label,
      editor,
      element,
      historyState,
      media: () => (props.current.media ? props.current.media() : []),
      allowMediaOnly: () => !!props.current.allowMediaOnly,
      submit: () => {
        let done = false;
        editor.update(() => { done = $submit(); }, { discrete: true });
        return done;
      },
      remount: () => {
        savedRef.current = editor.getEditorState().toJSON();
        ReactDOM.flushSync(() => setGen((g) => g + 1));
      },
    };
    REGISTRY.set(id, entry);
    return () => {
      if (!savedRef.current) savedRef.current = editor.getEditorState().toJSON();
      unregister();
      editor.setRootElement(null);
      if (REGISTRY.get(id) === entry) REGISTRY.delete(id);
    };
  }, [gen]); // re-registered only when the editor is remounted

  // The saved state is for the next mount only.
  useLayoutEffect(() => { savedRef.current = null; }, [gen]);

  return (
    <div className={`lexical-wrap ${className}`}>
      <div key={gen} ref={rootRef} className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x9f619 x1lliihq x5yr21d xh8yej3 notranslate lexical-root"
        contentEditable={true} suppressContentEditableWarning role="textbox" spellCheck={true} tabIndex={0}
        aria-label={label} aria-placeholder={placeholder} aria-describedby={describedBy} data-lexical-editor="true" />
      {empty && (
        <div className={`lexical-placeholder ${placeholderClassName}`} aria-hidden="true">{placeholder}</div>
      )}
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// Data.
let nextId = 1;
const uid = (prefix) => `${prefix}${nextId++}`;
const mediaFromFiles = (files) =>
  Array.from(files || [])
    .filter((f) => /^(image|video)\//.test(f.type) || /\.(mkv|heic|heif)$/i.test(f.name))
    .map((f) => ({ id: uid("m"), name: f.name, kind: f.type.startsWith("video/") || /\.mkv$/i.test(f.name) ? "video" : "image", url: URL.createObjectURL(f) }));

const PEOPLE = {
  "jane.doe": { name: "Jane Doe", relation: "none", bio: "Teacher · Halifax", mutual: 12 },
  "sam.smith": { name: "Sam Smith", relation: "incoming", bio: "Plumber and dad of two", mutual: 4 },
  "alex.lee": { name: "Alex Lee", relation: "respond", bio: "Runner, reader, recovering coffee addict", mutual: 7 },
};
const nameForSlug = (slug) =>
  PEOPLE[slug]?.name || slug.split(/[._-]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");

const SEED_FEED = [
  {
    id: "p1", author: "Halifax Community Library", authorHref: "/HalifaxLibrary", ago: "3h", audience: "Public",
    text: "Our summer reading challenge starts on Monday! Drop in to pick up a reading log for the kids — every book read earns a sticker.",
    media: [], likes: 48, comments: [{ id: "c1", author: "Jane Doe", href: "/jane.doe", text: "Brilliant, we'll be there on Monday 📚", ago: "2h", replies: [] }],
  },
  {
    id: "p2", author: "Sam Smith", authorHref: "/sam.smith", ago: "5h", audience: "Friends",
    text: "Does anyone know a good plumber in the area? Our kitchen tap has been dripping for a week.\nWilling to pay for a same-day visit.",
    media: [], likes: 6, comments: [{ id: "c2", author: "Alex Lee", href: "/alex.lee", text: "Try Dave at Quickfix, he sorted ours in an hour.", ago: "4h", replies: [] }],
  },
];
const SEED_GROUP_FEED = [
  {
    id: "g1", author: "Jane Doe", authorHref: "/jane.doe", ago: "1d", audience: "Public",
    text: "Reminder: no session this Friday because of the bank holiday. See you all next week!",
    media: [], likes: 21, comments: [],
  },
];

// ----------------------------------------------------------------------------------------
// The test hook (main world).
function installHook(app) {
  window.__mock = {
    account: { ...ACCOUNT },
    /** Every Lexical editor currently mounted: [{id, label, text, postEnabled, focused}]. */
    editors: () =>
      [...REGISTRY.values()].map((e) => ({ id: e.id, label: e.label, text: entryText(e), postEnabled: entryPostEnabled(e), focused: document.activeElement === e.element })),
    /** Text from Lexical's editor state (paragraph break = one "\n"). Default: focused editor, else "composer", else "message", else the first. */
    getPlainText: (id) => entryText(entryFor(id)),
    /** Lexical's own $getRoot().getTextContent() (paragraphs joined with "\n\n"). */
    getLexicalTextContent: (id) => entryFor(id).editor.getEditorState().read(() => $getRoot().getTextContent()),
    postEnabled: (id) => entryPostEnabled(entryFor(id)),
    /** Lexical's RangeSelection: raw points plus offsets into getPlainText(); null if none. */
    getSelection: (id) => {
      const entry = entryFor(id);
      return entry.editor.getEditorState().read(() => {
        const s = $getSelection();
        if (!$isRangeSelection(s)) return null;
        const anchor = $pointToOffset(s.anchor);
        const focus = $pointToOffset(s.focus);
        return {
          anchor: { key: s.anchor.key, offset: s.anchor.offset, type: s.anchor.type },
          focus: { key: s.focus.key, offset: s.focus.offset, type: s.focus.type },
          anchorOffset: anchor,
          focusOffset: focus,
          start: Math.min(anchor, focus),
          end: Math.max(anchor, focus),
          isCollapsed: s.isCollapsed(),
          isBackward: s.isBackward(),
          hasFocus: document.activeElement === entry.element,
        };
      });
    },
    /** Media attached to an editor's post (names). */
    media: (id) => entryFor(id).media().map((m) => m.name),
    /** Everything posted / commented / sent: [{where, editor, text, media: [names]}]. */
    posted: () => POSTED.map((p) => ({ ...p, media: [...p.media] })),
    /** Pages and groups made on /pages/create and /groups/create: [{kind, name}]. */
    created: () => CREATED.map((c) => ({ ...c })),
    /** Replace the editor's DOM element (and Lexical instance) with a fresh one, same content. */
    remount: (id) => {
      const entry = entryFor(id ?? "composer");
      entry.remount();
      return REGISTRY.get(entry.id)?.element !== entry.element;
    },
    /** Click-free submit, as the Post/Comment/Send button does. */
    submit: (id) => entryFor(id).submit(),
    /** The live Lexical editor (debugging escape hatch). */
    getEditor: (id) => entryFor(id).editor,
    getElement: (id) => entryFor(id).element,
    navigate: (href) => navigate(href),
    openComposer: (kind = "feed") => app.openComposer(kind),
    openChat: () => app.openChat(),
  };
}

// ----------------------------------------------------------------------------------------
// Page chrome.
function Banner({ path, onMessenger }) {
  const tab = (href, label, icon, active) => (
    <li className={`banner-tab${active ? " active" : ""}`}>
      <Link href={href} aria-label={label} aria-current={active ? "page" : undefined}><Icon d={icon} size={26} /></Link>
    </li>
  );
  return (
    <div role="banner" className="banner">
      <div className="banner-left">
        <Link href="/" aria-label="Facebook" className="fb-logo">
          <svg viewBox="0 0 36 36" width="40" height="40" aria-hidden="true"><circle cx="18" cy="18" r="18" fill="#0866ff" /><path fill="#fff" d="M20.2 36V23.3h4.3l.7-5h-5v-3.2c0-1.4.4-2.4 2.5-2.4h2.6V8.2a36 36 0 0 0-3.8-.2c-3.8 0-6.4 2.3-6.4 6.5v3.8H11v5h4.2V36z" /></svg>
        </Link>
        <label className="banner-search">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="#65686c" d="M6.5 1a5.5 5.5 0 0 1 4.4 8.8l3.6 3.6-1.1 1.1-3.6-3.6A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" /></svg>
          <input type="search" aria-label="Search Facebook" placeholder="Search Facebook" role="combobox" aria-expanded="false" autoComplete="off" />
        </label>
      </div>
      <div className="banner-center" role="navigation" aria-label="Facebook">
        <ul>
          {tab("/", "Home", ICON.home, path === "/")}
          {tab("/watch/", "Video", ICON.video, false)}
          {tab("/marketplace/", "Marketplace", ICON.shop, false)}
          {tab("/groups/feed/", "Groups", ICON.groups, path.startsWith("/groups"))}
        </ul>
      </div>
      <div className="banner-right" role="navigation" aria-label="Account Controls and Settings">
        <Button label="Menu" className="round"><Icon d={ICON.menu} /></Button>
        <Button label="Messenger" className="round" onClick={onMessenger}><Icon d={ICON.messenger} /></Button>
        <Button label="Notifications" className="round"><Icon d={ICON.bell} /></Button>
        <Button label="Your profile" className="round avatar-btn" onClick={() => navigate(`/${HANDLE}`)}><Avatar name={NAME} size={40} /></Button>
      </div>
    </div>
  );
}

function LeftNav({ onMessenger }) {
  return (
    <div className="left-rail" role="navigation" aria-label={WORDS.shortcuts}>
      <ul>
        <li><Link href="/" className="rail-item"><span className="rail-icon home"><Icon d={ICON.home} /></span><span>Home</span></Link></li>
        <li><Link href={`/${HANDLE}`} aria-label={NAME} className="rail-item"><Avatar name={NAME} size={36} /><span>{NAME}</span></Link></li>
        <li><Link href="/friends" className="rail-item"><span className="rail-icon friends"><Icon d={ICON.friend} /></span><span>Friends</span></Link></li>
        <li><Link href={`/groups/${GROUP.slug}`} className="rail-item"><span className="rail-icon groups"><Icon d={ICON.groups} /></span><span>Groups</span></Link></li>
        <li><Link href="/marketplace/" className="rail-item"><span className="rail-icon shop"><Icon d={ICON.shop} /></span><span>Marketplace</span></Link></li>
        <li>
          <a href="/messages/t/123" role="link" className="rail-item" onClick={(e) => { e.preventDefault(); onMessenger(); }}>
            <span className="rail-icon messenger"><Icon d={ICON.messenger} /></span><span>Messenger</span>
          </a>
        </li>
        <li><Link href="/pages/create" className="rail-item"><span className="rail-icon pages"><Icon d={ICON.flag} /></span><span>Create a Page</span></Link></li>
        <li><Link href="/groups/create" className="rail-item"><span className="rail-icon groups2"><Icon d={ICON.groups} /></span><span>Create group</span></Link></li>
      </ul>
      <footer className="rail-footer">Privacy · Terms · Advertising · Ad choices · Cookies · Meta © 2026</footer>
    </div>
  );
}

function ComposerCard({ prompt, onOpen, onOpenMedia }) {
  return (
    <div className="card composer-card">
      <div className="composer-card-top">
        <Link href={`/${HANDLE}`} aria-label={NAME}><Avatar name={NAME} size={40} /></Link>
        <div role="button" tabIndex={0} className="composer-trigger" onClick={onOpen}
          onKeyDown={(e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onOpen(); } }}>
          <span>{prompt}</span>
        </div>
      </div>
      <div className="composer-card-actions">
        <div role="button" tabIndex={0} className="card-action" onClick={onOpen}><Icon d={ICON.live} className="icon red" size={24} /><span>Live video</span></div>
        <div role="button" tabIndex={0} className="card-action" onClick={onOpenMedia}><Icon d={ICON.photo} className="icon green" size={24} /><span>Photo/video</span></div>
        <div role="button" tabIndex={0} className="card-action" onClick={onOpen}><Icon d={ICON.feeling} className="icon yellow" size={24} /><span>Feeling/activity</span></div>
      </div>
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// Posts and comments.
function Comment({ comment, postId, onReply, depth = 0 }) {
  const [replyOpen, setReplyOpen] = useState(false);
  const label = depth ? `Reply by ${comment.author} ${comment.ago} ago` : `Comment by ${comment.author} ${comment.ago} ago`;
  return (
    <div className={`comment depth-${depth}`}>
      <div role="article" aria-label={label} tabIndex={-1} className="comment-article">
        <Link href={comment.href} aria-hidden="true" tabIndex={-1}><Avatar name={comment.author} size={depth ? 24 : 32} /></Link>
        <div className="comment-body">
          <div className="comment-bubble">
            <Link href={comment.href} className="comment-author"><span>{comment.author}</span></Link>
            <div dir="auto" className="comment-text">{comment.text}</div>
          </div>
          <ul className="comment-actions">
            <li><span className="comment-ago">{comment.ago}</span></li>
            <li><div role="button" tabIndex={0} className="link-btn">Like</div></li>
            {depth === 0 && (
              <li><div role="button" tabIndex={0} className="link-btn" onClick={() => setReplyOpen(true)}>Reply</div></li>
            )}
          </ul>
        </div>
      </div>
      {(comment.replies || []).map((r) => <Comment key={r.id} comment={r} postId={postId} depth={1} />)}
      {depth === 0 && replyOpen && (
        <CommentBox id={`reply-${comment.id}`} label={WORDS.reply} where="reply" target={comment.id} autoFocus
          onSubmitted={(text) => onReply(comment.id, text)} small />
      )}
    </div>
  );
}

function CommentBox({ id, label, where, target, onSubmitted, autoFocus = false, small = false }) {
  const [canSend, setCanSend] = useState(false);
  const onChange = useCallback((text) => setCanSend(text.trim().length > 0), []);
  const onSubmit = useCallback((text) => {
    POSTED.push({ where, editor: id, target, text, media: [] });
    onSubmitted(text);
  }, [id, where, target, onSubmitted]);
  return (
    <div className={`comment-composer${small ? " small" : ""}`}>
      <Avatar name={NAME} size={small ? 24 : 32} />
      <div className="comment-input">
        <LexicalBox id={id} label={label} placeholder={label} submitOnEnter onSubmit={onSubmit} onChange={onChange}
          autoFocus={autoFocus} className="comment-editor" />
        <div className="comment-tools">
          <span className="comment-tool" aria-hidden="true">☺</span>
          <span className="comment-tool" aria-hidden="true">📷</span>
          <span className="comment-tool gif" aria-hidden="true">GIF</span>
          <Button label={WORDS.send} disabled={!canSend} className="comment-send" onClick={() => REGISTRY.get(id)?.submit()}>
            <Icon d={ICON.send} size={16} />
          </Button>
        </div>
      </div>
    </div>
  );
}

function Post({ post, index, onComment, onReply }) {
  const headId = `post-${post.id}-author`;
  return (
    <div className="feed-unit">
      <div role="article" aria-posinset={index + 1} aria-labelledby={headId} className="card post" data-mock-post-id={post.id}>
        <div className="post-header">
          <Link href={post.authorHref} aria-hidden="true" tabIndex={-1}><Avatar name={post.author} size={40} /></Link>
          <div className="post-meta">
            <h3 id={headId} className="post-author"><Link href={post.authorHref}><strong>{post.author}</strong></Link>
              {post.group && <span className="post-group"> ▶ <Link href={`/groups/${GROUP.slug}`}><strong>{GROUP.name}</strong></Link></span>}</h3>
            <div className="post-sub"><Link href={`/${post.id}`}>{post.ago}</Link> · <span aria-label={`Shared with ${post.audience}`} role="img">{post.audience === "Public" ? "🌐" : "👥"}</span></div>
          </div>
          <Button label="Actions for this post" className="round flat"><Icon d={ICON.more} /></Button>
        </div>
        {post.text && (
          <div className="post-message" data-ad-preview="message" data-ad-comet-preview="message">
            {post.text.split("\n").map((line, i) => <div key={i} dir="auto">{line || "\u00a0"}</div>)}
          </div>
        )}
        {post.media.length > 0 && (
          <div className={`post-media n${Math.min(post.media.length, 4)}`}>
            {post.media.map((m) => (m.kind === "video"
              ? <video key={m.id} src={m.url} muted controls />
              : <img key={m.id} src={m.url} alt={m.name} />))}
          </div>
        )}
        <div className="post-counts"><span>👍 {post.likes}</span><span>{post.comments.length} comment{post.comments.length === 1 ? "" : "s"}</span></div>
        <div className="post-actions">
          <Button label="Like" className="action"><Icon d={ICON.like} /><span>Like</span></Button>
          <Button label="Leave a comment" className="action" onClick={() => REGISTRY.get(`comment-${post.id}`)?.editor.focus()}><Icon d={ICON.comment} /><span>Comment</span></Button>
          <Button label="Send this to friends or post it on your profile." className="action"><Icon d={ICON.share} /><span>Share</span></Button>
        </div>
        <div className="post-comments">
          {post.comments.map((c) => <Comment key={c.id} comment={c} postId={post.id} onReply={(cid, text) => onReply(post.id, cid, text)} />)}
          <CommentBox id={`comment-${post.id}`} label={WORDS.comment} where="comment" target={post.id}
            onSubmitted={(text) => onComment(post.id, text)} />
        </div>
      </div>
    </div>
  );
}

function Feed({ posts, setPosts, label = "News Feed posts" }) {
  const onComment = useCallback((postId, text) =>
    setPosts((cur) => cur.map((p) => (p.id === postId
      ? { ...p, comments: [...p.comments, { id: uid("c"), author: NAME, href: `/${HANDLE}`, text, ago: "Just now", replies: [] }] }
      : p))), [setPosts]);
  const onReply = useCallback((postId, commentId, text) =>
    setPosts((cur) => cur.map((p) => (p.id === postId
      ? { ...p, comments: p.comments.map((c) => (c.id === commentId ? { ...c, replies: [...c.replies, { id: uid("r"), author: NAME, href: `/${HANDLE}`, text, ago: "Just now" }] } : c)) }
      : p))), [setPosts]);
  return (
    <div role="feed" aria-label={label} className="feed">
      <h3 className="visually-hidden">{label}</h3>
      {posts.map((p, i) => <Post key={p.id} post={p} index={i} onComment={onComment} onReply={onReply} />)}
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// The "Create post" dialog.
function CreatePostDialog({ kind, openMedia, onClose, onPost }) {
  const group = kind === "group";
  const label = group ? "Create a public post…" : COMPOSER_LABEL;
  const [media, setMedia] = useState([]);
  const [hasText, setHasText] = useState(false);
  const [dragging, setDragging] = useState(false);
  const mediaRef = useRef(media);
  mediaRef.current = media;
  const fileRef = useRef(null);

  const addFiles = useCallback((files) => {
    const added = mediaFromFiles(files);
    if (added.length) setMedia((cur) => [...cur, ...added]);
    return added.length > 0;
  }, []);
  const removeMedia = (id) => setMedia((cur) => {
    cur.filter((m) => m.id === id).forEach((m) => URL.revokeObjectURL(m.url));
    return cur.filter((m) => m.id !== id);
  });
  useEffect(() => () => mediaRef.current.forEach((m) => URL.revokeObjectURL(m.url)), []);
  useEffect(() => { if (openMedia) fileRef.current?.click(); }, [openMedia]);

  const onChange = useCallback((text) => setHasText(text.trim().length > 0), []);
  const submit = useCallback((text, mediaList) => {
    POSTED.push({ where: kind, editor: "composer", text, media: mediaList.map((m) => m.name) });
    mediaRef.current = []; // the post now owns the blob: URLs (not revoked on close)
    ReactDOM.unstable_batchedUpdates(() => {
      setMedia([]);
      onPost({ text, media: mediaList });
    });
  }, [kind, onPost]);
  const canPost = hasText || media.length > 0;
  // A Page posting from its own profile: "Next" leads to "Post settings", whose Post sends (the
  // editor is gone by then: the draft is kept by the dialog).
  const twoStep = ACCOUNT.isPage && kind === "profile";
  const [step, setStep] = useState("write");
  const kept = useRef(null);
  const next = () => {
    const entry = REGISTRY.get("composer");
    kept.current = { text: plainTextOf(entry.editor.getEditorState()), media: mediaRef.current };
    setStep("settings");
  };

  const onDragOver = (e) => {
    if ([...(e.dataTransfer?.types || [])].includes("Files")) { e.preventDefault(); setDragging(true); }
  };
  const onDrop = (e) => {
    setDragging(false);
    if (e.defaultPrevented) return; // Lexical's DROP_COMMAND handled a drop on the editor
    if (e.dataTransfer?.files?.length) { e.preventDefault(); addFiles(e.dataTransfer.files); }
  };

  return (
    <div className="layer" role="presentation">
      <div className="layer-backdrop" onClick={onClose} />
      <div role="dialog" aria-label={WORDS.create} className={`dialog${dragging ? " dragging" : ""}`}
        onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <div className="dialog-header">
          <h2 dir="auto">{step === "settings" ? WORDS.settings : WORDS.create}</h2>
          <Button label="Close" className="round dialog-close" onClick={onClose}><Icon d={ICON.close} /></Button>
        </div>
        {step === "settings" ? (
          <div className="dialog-body post-settings"><p>{WORDS.settings}</p></div>
        ) : (
        <div className="dialog-body">
          <div className="actor">
            <Avatar name={NAME} size={40} />
            <div className="actor-text">
              <span className="actor-line">
                <a role="link" href={`/${HANDLE}`} tabIndex={0} className="actor-name" onClick={(e) => e.preventDefault()}><strong>{NAME}</strong></a>
                {group && <span className="actor-group"> ▶ <strong>{GROUP.name}</strong></span>}
              </span>
              <Button label={`Edit privacy. Sharing with ${group || ACCOUNT.isPage ? "Public" : "Friends"}.`} className="audience">
                <span>{group ? "Public group" : ACCOUNT.isPage ? "🌐 Public" : "👥 Friends"}</span><span aria-hidden="true"> ▾</span>
              </Button>
            </div>
          </div>
          <div className="dialog-editor">
            <LexicalBox id="composer" label={label} placeholder={label} className={media.length ? "compact" : "large"}
              onChange={onChange} onSubmit={submit} onFiles={addFiles} media={() => mediaRef.current} allowMediaOnly autoFocus />
          </div>
          {media.length > 0 && (
            <div className="attachments">
              {media.map((m) => (
                <div key={m.id} className="attachment">
                  {m.kind === "video" ? <video src={m.url} muted /> : <img src={m.url} alt="" />}
                  <Button label="Remove" className="round attachment-remove" onClick={() => removeMedia(m.id)}><Icon d={ICON.close} size={16} /></Button>
                </div>
              ))}
            </div>
          )}
          <div className="add-to-post">
            <span>Add to your post</span>
            <div className="add-icons">
              <Button label="Photo/video" className="round flat" onClick={() => fileRef.current?.click()}><Icon d={ICON.photo} className="icon green" size={24} /></Button>
              <Button label="Tag people" className="round flat"><Icon d={ICON.tag} className="icon blue" size={24} /></Button>
              <Button label="Feeling/activity" className="round flat"><Icon d={ICON.feeling} className="icon yellow" size={24} /></Button>
              <Button label="Check in" className="round flat"><Icon d={ICON.pin} className="icon red" size={24} /></Button>
              <Button label="More" className="round flat"><Icon d={ICON.more} size={24} /></Button>
            </div>
            <input ref={fileRef} type="file" multiple accept={MEDIA_ACCEPT} className="hidden-file"
              onChange={(e) => { addFiles(e.target.files); e.target.value = ""; }} />
          </div>
        </div>
        )}
        <div className="dialog-footer">
          {step === "settings" ? (
            <Button label={WORDS.post} className="primary wide" onClick={() => submit(kept.current.text, kept.current.media)}>
              <span>{WORDS.post}</span>
            </Button>
          ) : twoStep ? (
            <Button label={WORDS.next} disabled={!canPost} className="primary wide" onClick={next}><span>{WORDS.next}</span></Button>
          ) : (
            <Button label={WORDS.post} disabled={!canPost} className="primary wide" onClick={() => REGISTRY.get("composer")?.submit()}>
              <span>{WORDS.post}</span>
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// Messenger: the floating chat on facebook.com and the full page at /messages/t/<id>.
const SEED_MESSAGES = [
  { id: "s1", from: "Sam Smith", text: "Hey! Are you coming to the school fair on Saturday?" },
  { id: "s2", from: NAME, text: "Yes, we should be there around 11." },
];
function ChatThread({ messages, setMessages, compact }) {
  const [hasText, setHasText] = useState(false);
  const onChange = useCallback((text) => setHasText(text.trim().length > 0), []);
  const endRef = useRef(null);
  useEffect(() => { endRef.current?.scrollIntoView?.({ block: "end" }); }, [messages.length]);
  const onSubmit = useCallback((text) => {
    POSTED.push({ where: "message", editor: "message", target: "123", text, media: [] });
    setMessages((cur) => [...cur, { id: uid("s"), from: NAME, text }]);
  }, [setMessages]);
  const sendLike = () => {
    POSTED.push({ where: "message", editor: "message", target: "123", text: "👍", media: [] });
    setMessages((cur) => [...cur, { id: uid("s"), from: NAME, text: "👍" }]);
  };
  return (
    <>
      <div className={`chat-messages${compact ? " compact" : ""}`} role="grid" aria-label="Messages in conversation with Sam Smith">
        {messages.map((m) => (
          <div key={m.id} role="row" className={`chat-row${m.from === NAME ? " mine" : ""}`}>
            {m.from !== NAME && <Avatar name={m.from} size={28} />}
            <div role="gridcell" className="chat-bubble" dir="auto">{m.text}</div>
          </div>
        ))}
        <div ref={endRef} />
      </div>
      <div className="chat-composer">
        <Button label="Open more actions" className="round flat small"><span className="plus">+</span></Button>
        <div className="chat-input">
          <LexicalBox id="message" label={WORDS.message} placeholder="Aa" submitOnEnter onSubmit={onSubmit} onChange={onChange} className="chat-editor" />
        </div>
        {hasText ? (
          <Button label={WORDS.enter} className="round flat small send" onClick={() => REGISTRY.get("message")?.submit()}><Icon d={ICON.send} /></Button>
        ) : (
          <Button label="Send a like" className="round flat small send" onClick={sendLike}><Icon d={ICON.thumb} /></Button>
        )}
      </div>
    </>
  );
}

function ChatDock({ messages, setMessages, onClose }) {
  return (
    <div className="chat-dock">
      <div role="dialog" aria-label={WORDS.chat} className="chat-tab">
        <div className="chat-head">
          <Link href="/sam.smith" className="chat-head-name"><Avatar name="Sam Smith" size={32} /><span><strong>Sam Smith</strong><small>Active now</small></span></Link>
          <div className="chat-head-btns">
            <Button label="Minimize chat" className="round flat small"><Icon d={ICON.minus} size={18} /></Button>
            <Button label="Close chat" className="round flat small" onClick={onClose}><Icon d={ICON.close} size={18} /></Button>
          </div>
        </div>
        <ChatThread messages={messages} setMessages={setMessages} compact />
      </div>
    </div>
  );
}

function MessagesPage({ messages, setMessages }) {
  return (
    <div className="messenger-page">
      <div className="messenger-list" role="navigation" aria-label="Chats">
        <h1>Chats</h1>
        <input type="search" aria-label="Search Messenger" placeholder="Search Messenger" />
        <div role="grid" aria-label="Chats">
          <div role="row" className="chat-list-item active">
            <Link href="/messages/t/123" className="chat-list-link"><Avatar name="Sam Smith" size={48} /><span><strong>Sam Smith</strong><small>{messages[messages.length - 1]?.text}</small></span></Link>
          </div>
          <div role="row" className="chat-list-item">
            <Link href="/messages/t/456" className="chat-list-link"><Avatar name="Jane Doe" size={48} /><span><strong>Jane Doe</strong><small>See you Friday!</small></span></Link>
          </div>
        </div>
      </div>
      <div className="messenger-main" role="main" aria-label="Conversation with Sam Smith">
        <div className="chat-head big">
          <Link href="/sam.smith" className="chat-head-name"><Avatar name="Sam Smith" size={40} /><span><strong>Sam Smith</strong><small>Active now</small></span></Link>
        </div>
        <ChatThread messages={messages} setMessages={setMessages} />
      </div>
    </div>
  );
}

// ----------------------------------------------------------------------------------------
// Pages.
function HomePage({ posts, setPosts, openComposer, onMessenger }) {
  return (
    <div className="home">
      <LeftNav onMessenger={onMessenger} />
      <div role="main" className="home-main">
        <div className="stories card">
          {["Create story", "Jane Doe", "Sam Smith", "Alex Lee"].map((n, i) => (
            <div key={n} className={`story s${i}`}><Avatar name={i ? n : NAME} size={36} /><span>{n}</span></div>
          ))}
        </div>
        <ComposerCard prompt={COMPOSER_LABEL} onOpen={() => openComposer("feed")} onOpenMedia={() => openComposer("feed", true)} />
        <Feed posts={posts} setPosts={setPosts} />
      </div>
      <div className="right-rail" role="complementary" aria-label="Contacts">
        <h3>Contacts</h3>
        {["Sam Smith", "Jane Doe", "Alex Lee"].map((n) => (
          <div key={n} role="button" tabIndex={0} className="contact" onClick={n === "Sam Smith" ? onMessenger : undefined}><Avatar name={n} size={36} /><span>{n}</span></div>
        ))}
      </div>
    </div>
  );
}

function FriendButtons({ slug, person }) {
  const [relation, setRelation] = useState(person.relation);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => { setRelation(person.relation); setMenuOpen(false); }, [slug]); // reset only on navigation to another profile
  const msg = <Button label="Message" className="secondary"><Icon d={ICON.messenger} size={16} /><span>Message</span></Button>;
  if (relation === "friends") {
    return <div className="profile-buttons"><Button label="Friends" className="secondary"><Icon d={ICON.check} size={16} /><span>Friends</span></Button>{msg}</div>;
  }
  if (relation === "sent") {
    return <div className="profile-buttons"><Button label="Cancel request" className="secondary" onClick={() => setRelation("none")}><Icon d={ICON.friend} size={16} /><span>Cancel request</span></Button>{msg}</div>;
  }
  if (relation === "incoming") {
    return (
      <div className="profile-buttons">
        <Button label="Confirm request" className="primary" onClick={() => setRelation("friends")}><span>Confirm request</span></Button>
        <Button label="Delete request" className="secondary" onClick={() => setRelation("none")}><span>Delete request</span></Button>
        {msg}
      </div>
    );
  }
  if (relation === "respond") {
    return (
      <div className="profile-buttons">
        <div className="menu-anchor">
          <Button label="Respond" className="primary" aria-haspopup="menu" aria-expanded={menuOpen ? "true" : "false"} onClick={() => setMenuOpen((o) => !o)}>
            <Icon d={ICON.friend} size={16} /><span>Respond</span>
          </Button>
          {menuOpen && (
            <div role="menu" className="menu" aria-label="Respond">
              <div role="menuitem" tabIndex={0} className="menu-item" onClick={() => { setMenuOpen(false); setRelation("friends"); }}><span>Confirm</span></div>
              <div role="menuitem" tabIndex={0} className="menu-item" onClick={() => { setMenuOpen(false); setRelation("none"); }}><span>Delete request</span></div>
            </div>
          )}
        </div>
        {msg}
      </div>
    );
  }
  return <div className="profile-buttons"><Button label="Add friend" className="primary" onClick={() => setRelation("sent")}><Icon d={ICON.friend} size={16} /><span>Add friend</span></Button>{msg}</div>;
}

function ProfilePage({ slug, ownPosts, setOwnPosts, openComposer }) {
  const own = slug.toLowerCase() === HANDLE.toLowerCase();
  const person = own ? null : PEOPLE[slug] || { name: nameForSlug(slug), relation: "none", bio: "", mutual: 0 };
  const name = own ? NAME : person.name;
  const [otherPosts, setOtherPosts] = useState([]);
  useEffect(() => {
    if (own) return;
    setOtherPosts([{
      id: `pp-${slug.replace(/[^a-z0-9]/gi, "")}`, author: name, authorHref: `/${slug}`, ago: "2d", audience: "Public",
      text: `Lovely walk along the harbour this morning. ${slug === "jane.doe" ? "Who's up for a picnic next weekend?" : "Great to be back home."}`,
      media: [], likes: 9, comments: [],
    }]);
  }, [slug, own, name]);
  return (
    <div className="profile" role="main">
      <div className="profile-top">
        <div className="cover" />
        <div className="profile-head">
          <div className="profile-avatar"><Avatar name={name} size={168} /></div>
          <div className="profile-title">
            <h1>{name}</h1>
            <div className="profile-sub">{own ? (ACCOUNT.isPage ? "1.4K followers · Community organisation" : "312 friends") : `${person.mutual} mutual friends`}</div>
          </div>
          {own ? (
            <div className="profile-buttons">
              <Button label="Add to story" className="primary"><span>+ Add to story</span></Button>
              <Button label="Edit profile" className="secondary"><Icon d={ICON.pencil} size={16} /><span>Edit profile</span></Button>
            </div>
          ) : <FriendButtons slug={slug} person={person} />}
        </div>
        <div className="profile-tabs" role="tablist">
          {["Posts", "About", "Friends", "Photos", "Videos"].map((t, i) => (
            <div key={t} role="tab" aria-selected={i === 0 ? "true" : "false"} tabIndex={0} className={`profile-tab${i === 0 ? " active" : ""}`}>{t}</div>
          ))}
        </div>
      </div>
      <div className="profile-body">
        <div className="profile-intro card">
          <h2>Intro</h2>
          <p>{own ? (ACCOUNT.isPage ? "Bringing North Halifax together." : "Lives in Halifax") : person.bio || "Lives in Halifax"}</p>
        </div>
        <div className="profile-posts">
          {own && <ComposerCard prompt="What's on your mind?" onOpen={() => openComposer("profile")} onOpenMedia={() => openComposer("profile", true)} />}
          {own
            ? <Feed posts={ownPosts} setPosts={setOwnPosts} label="Posts" />
            : <Feed posts={otherPosts} setPosts={setOtherPosts} label="Posts" />}
        </div>
      </div>
    </div>
  );
}

function GroupPage({ posts, setPosts, openComposer }) {
  return (
    <div className="group" role="main">
      <div className="profile-top">
        <div className="cover group-cover"><span>{GROUP.name}</span></div>
        <div className="group-head">
          <h1><Link href={`/groups/${GROUP.slug}`}>{GROUP.name}</Link></h1>
          <div className="profile-sub">🌐 Public group · {GROUP.members} members</div>
          <div className="profile-buttons">
            <Button label="Joined" className="secondary"><span>Joined ▾</span></Button>
            <Button label="Invite" className="primary"><span>+ Invite</span></Button>
          </div>
        </div>
        <div className="profile-tabs" role="tablist">
          {["Discussion", "Featured", "People", "Events", "Media", "Files"].map((t, i) => (
            <div key={t} role="tab" aria-selected={i === 0 ? "true" : "false"} tabIndex={0} className={`profile-tab${i === 0 ? " active" : ""}`}>{t}</div>
          ))}
        </div>
      </div>
      <div className="profile-body">
        <div className="profile-posts">
          <ComposerCard prompt="Write something..." onOpen={() => openComposer("group")} onOpenMedia={() => openComposer("group", true)} />
          <Feed posts={posts} setPosts={setPosts} label="Group posts" />
        </div>
        <div className="profile-intro card">
          <h2>About</h2>
          <p>A friendly group for parents and carers of under-5s in Halifax: weekly sessions, swaps and tips.</p>
        </div>
      </div>
    </div>
  );
}

function CreatePage({ kind }) {
  const page = kind === "page";
  const [name, setName] = useState("");
  const [bio, setBio] = useState("");
  const [privacy, setPrivacy] = useState("");
  const [done, setDone] = useState(null);
  const create = () => {
    CREATED.push({ kind, name, ...(page ? { bio } : { privacy }) });
    setDone(name);
  };
  const title = page ? "Create a Page" : "Create group";
  return (
    <div className="create" role="main">
      <div className="create-form" role="form" aria-label={title}>
        <div className="crumbs">{page ? "Pages › Create a Page" : "Groups › Create group"}</div>
        <h1>{title}</h1>
        <p className="muted">{page
          ? "Your Page is where people go to learn more about you. Make sure yours has all the information they may need."
          : "Groups are great for getting things done and staying in touch with just the people you want."}</p>
        <div className="create-admin"><Avatar name={NAME} size={40} /><div><strong>{NAME}</strong><div className="muted">Admin</div></div></div>
        <label className="field">
          <span className="field-label">{page ? "Page name (required)" : "Group name"}</span>
          <input type="text" dir="auto" aria-label={page ? "Page name (required)" : "Group name"} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {page ? (
          <>
            <label className="field"><span className="field-label">Category (required)</span><input type="text" aria-label="Category (required)" /></label>
            <label className="field"><span className="field-label">Bio (optional)</span><textarea aria-label="Bio (optional)" value={bio} onChange={(e) => setBio(e.target.value)} /></label>
          </>
        ) : (
          <label className="field"><span className="field-label">Choose privacy</span>
            <select aria-label="Choose privacy" value={privacy} onChange={(e) => setPrivacy(e.target.value)}>
              <option value="">Choose privacy</option><option value="public">Public</option><option value="private">Private</option>
            </select>
          </label>
        )}
        <Button label={page ? "Create Page" : "Create"} disabled={!name.trim()} className="primary wide" onClick={create}>
          <span>{page ? "Create Page" : "Create"}</span>
        </Button>
        {done && <div role="status" className="created-note">{page ? "Page" : "Group"} “{done}” created.</div>}
      </div>
      <div className="create-preview" aria-hidden="true">
        <div className="preview-frame card">
          <div className="preview-label">Desktop preview</div>
          <div className="cover small" />
          <h2>{name || (page ? "Page name" : "Group name")}</h2>
          <p className="muted">{page ? (bio || "Bio") : `${privacy ? privacy[0].toUpperCase() + privacy.slice(1) : "Group"} · 1 member`}</p>
        </div>
      </div>
    </div>
  );
}

function route(path) {
  const p = path.replace(/\/+$/, "") || "/";
  if (p === "/" || p === "/home.php") return { page: "home", title: "Facebook" };
  if (p === "/pages/create") return { page: "create-page", title: "Create a Page | Facebook" };
  if (p === "/groups/create") return { page: "create-group", title: "Create group | Facebook" };
  if (p === `/groups/${GROUP.slug}`) return { page: "group", title: `${GROUP.name} | Facebook` };
  const msg = p.match(/^\/messages\/t\/([^/]+)$/);
  if (msg || p === "/messages") return { page: "messages", thread: msg?.[1] || "123", title: "Messenger | Facebook" };
  const slug = p.match(/^\/([A-Za-z0-9._-]+)$/);
  if (slug) return { page: "profile", slug: slug[1], title: `${slug[1].toLowerCase() === HANDLE.toLowerCase() ? NAME : nameForSlug(slug[1])} | Facebook` };
  return { page: "notfound", title: "Facebook" };
}

function App() {
  const loc = useLocation();
  const path = loc.split("?")[0];
  const r = route(path);
  const [feed, setFeed] = useState(SEED_FEED);
  const [groupFeed, setGroupFeed] = useState(SEED_GROUP_FEED);
  const [ownPosts, setOwnPosts] = useState([]);
  const [messages, setMessages] = useState(SEED_MESSAGES);
  const [dialog, setDialog] = useState(null); // {kind, openMedia}
  const [chatOpen, setChatOpen] = useState(false);

  const openComposer = useCallback((kind = "feed", openMedia = false) => setDialog({ kind, openMedia, key: uid("d") }), []);
  const openChat = useCallback(() => {
    if (route(location.pathname).page === "messages") return;
    setChatOpen(true);
    setTimeout(() => REGISTRY.get("message")?.editor.focus(), 0);
  }, []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const onPost = useCallback(({ text, media }) => {
    const post = { id: uid("n"), author: NAME, authorHref: `/${HANDLE}`, ago: "Just now", audience: ACCOUNT.isPage ? "Public" : "Friends", text, media, likes: 0, comments: [] };
    const kind = dialog?.kind;
    if (kind === "group") setGroupFeed((cur) => [{ ...post, audience: "Public", group: true }, ...cur]);
    else {
      setFeed((cur) => [post, ...cur]);
      setOwnPosts((cur) => [post, ...cur]);
    }
    setDialog(null);
  }, [dialog]);

  useEffect(() => { installHook({ openComposer: (k) => ReactDOM.flushSync(() => openComposer(k)), openChat: () => ReactDOM.flushSync(openChat) }); }, [openComposer, openChat]);
  useEffect(() => { document.title = r.title; }, [r.title]);
  useEffect(() => { window.scrollTo(0, 0); }, [path]);
  // Facebook hides the floating chat on Messenger's own page.
  const showDock = chatOpen && r.page !== "messages";

  let body;
  if (r.page === "home") body = <HomePage posts={feed} setPosts={setFeed} openComposer={openComposer} onMessenger={openChat} />;
  else if (r.page === "profile") body = <ProfilePage key={r.slug} slug={r.slug} ownPosts={ownPosts} setOwnPosts={setOwnPosts} openComposer={openComposer} />;
  else if (r.page === "group") body = <GroupPage posts={groupFeed} setPosts={setGroupFeed} openComposer={openComposer} />;
  else if (r.page === "messages") body = <MessagesPage messages={messages} setMessages={setMessages} />;
  else if (r.page === "create-page") body = <CreatePage key="page" kind="page" />;
  else if (r.page === "create-group") body = <CreatePage key="group" kind="group" />;
  else body = <div role="main" className="notfound card"><h2>This content isn't available right now</h2><Link href="/">Go to News Feed</Link></div>;

  return (
    <div className={`app page-${r.page}`}>
      <Banner path={path} onMessenger={openChat} />
      <div className="app-body">{body}</div>
      {dialog && <CreatePostDialog key={dialog.key} kind={dialog.kind} openMedia={dialog.openMedia} onClose={closeDialog} onPost={onPost} />}
      {showDock && <ChatDock messages={messages} setMessages={setMessages} onClose={() => setChatOpen(false)} />}
    </div>
  );
}

ReactDOM.render(<App />, document.getElementById("mount_0_0_mock"));
