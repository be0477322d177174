// Mock of X (Twitter) as a single-page app, built on the real Draft.js editor (X's desktop
// composer is Draft.js) so the extension meets the same contenteditable, event handling and
// re-rendering behaviour as on x.com. One shell (index.html) is served for every path; the app
// renders the page for location.pathname and navigates client-side (pushState + popstate).
//
// Pages (desktop hosts x.com / twitter.com):
//   /home                         timeline + inline composer                 editor id "composer"
//   /compose/post                 compose dialog over the previous page      editor id "dialog"
//   /compose/post (state.replyTo) reply dialog (opened by a tweet's Reply)   editor id "reply"
//   /:handle/status/:id           tweet page with an inline reply composer    editor id "reply-inline"
//   /i/chat, /i/chat/:conv        X Chat (chat.jsx: an open shadow root)      editor id "chat"
//                                 (/messages, gone from X, opens Chat)
//   /:handle                      profile (Follow button)
//   /i/flow/signup                "Create your account" (account creation)
// Host mobile.x.com: mobile layout, plain <textarea> composers:
//   /home                         editor id "composer";  /compose/post  editor id "compose"
import React, { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import ReactDOM from "react-dom";
import { Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from "draft-js";
// esbuild emits these next to the bundle as build/x.css (linked from index.html).
import "draft-js/dist/Draft.css";
import "./styles.css";
import { ChatEmbed } from "./chat.jsx";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const ACCOUNT = { handle: meta("mock-handle", "mockuser"), name: meta("mock-name", "Mock User") };
const MAX_MEDIA = 4; // X's limit per post
const MOBILE = location.hostname === "mobile.x.com";

// --- Icons (24x24 outline glyphs in X's style) -------------------------------------------
const Icon = ({ d, size = 26 }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" width={size} height={size} className="icon">
    <g>
      <path d={d} />
    </g>
  </svg>
);
const ICON = {
  logo: "M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z",
  home: "M21.591 7.146L12.52 1.157c-.316-.21-.724-.21-1.04 0l-9.071 5.99c-.26.173-.409.456-.409.757v13.183c0 .502.418.913.929.913H9.14c.51 0 .929-.41.929-.913v-7.075h3.909v7.075c0 .502.417.913.928.913h6.165c.511 0 .929-.41.929-.913V7.904c0-.301-.158-.584-.408-.758z",
  explore: "M10.25 3.75c-3.59 0-6.5 2.91-6.5 6.5s2.91 6.5 6.5 6.5c1.795 0 3.419-.726 4.596-1.904 1.178-1.177 1.904-2.801 1.904-4.596 0-3.59-2.91-6.5-6.5-6.5zm-8.5 6.5c0-4.694 3.806-8.5 8.5-8.5s8.5 3.806 8.5 8.5c0 1.986-.682 3.815-1.824 5.262l4.781 4.781-1.414 1.414-4.781-4.781c-1.447 1.142-3.276 1.824-5.262 1.824-4.694 0-8.5-3.806-8.5-8.5z",
  bell: "M19.993 9.042C19.48 5.017 16.054 2 11.996 2s-7.49 3.021-7.999 7.051L2.866 18H7.1c.463 2.282 2.481 4 4.9 4s4.437-1.718 4.9-4h4.236l-1.143-8.958zM12 20c-1.306 0-2.417-.835-2.829-2h5.658c-.412 1.165-1.523 2-2.829 2zm-6.866-4l.847-6.698C6.364 6.272 8.941 4 11.996 4s5.627 2.268 6.013 5.295L18.864 16H5.134z",
  mail: "M1.998 5.5c0-1.381 1.119-2.5 2.5-2.5h15c1.381 0 2.5 1.119 2.5 2.5v13c0 1.381-1.119 2.5-2.5 2.5h-15c-1.381 0-2.5-1.119-2.5-2.5v-13zm2.5-.5c-.276 0-.5.224-.5.5v2.764l8 3.638 8-3.636V5.5c0-.276-.224-.5-.5-.5h-15zm15.5 5.463l-8 3.636-8-3.638V18.5c0 .276.224.5.5.5h15c.276 0 .5-.224.5-.5v-8.037z",
  profile: "M5.651 19h12.698c-.337-1.8-1.023-3.21-1.945-4.19C15.318 13.65 13.838 13 12 13s-3.317.65-4.404 1.81c-.922.98-1.608 2.39-1.945 4.19zm.486-5.56C7.627 11.85 9.648 11 12 11s4.373.85 5.863 2.44c1.477 1.58 2.366 3.8 2.632 6.46l.11 1.1H3.395l.11-1.1c.266-2.66 1.155-4.88 2.632-6.46zM12 4c-1.105 0-2 .9-2 2s.895 2 2 2 2-.9 2-2-.895-2-2-2zM8 6c0-2.21 1.791-4 4-4s4 1.79 4 4-1.791 4-4 4-4-1.79-4-4z",
  media: "M3 5.5C3 4.119 4.119 3 5.5 3h13C19.881 3 21 4.119 21 5.5v13c0 1.381-1.119 2.5-2.5 2.5h-13C4.119 21 3 19.881 3 18.5v-13zM5.5 5c-.276 0-.5.224-.5.5v9.086l3-3 3 3 5-5 3 3V5.5c0-.276-.224-.5-.5-.5h-13zM19 15.414l-3-3-5 5-3-3-3 3V18.5c0 .276.224.5.5.5h13c.276 0 .5-.224.5-.5v-3.086zM9.75 7C8.784 7 8 7.784 8 8.75s.784 1.75 1.75 1.75 1.75-.784 1.75-1.75S10.716 7 9.75 7z",
  gif: "M3 5.5C3 4.119 4.12 3 5.5 3h13C19.88 3 21 4.119 21 5.5v13c0 1.381-1.12 2.5-2.5 2.5h-13C4.12 21 3 19.881 3 18.5v-13zM5.5 5c-.28 0-.5.224-.5.5v13c0 .276.22.5.5.5h13c.28 0 .5-.224.5-.5v-13c0-.276-.22-.5-.5-.5h-13zM18 10.711V9.25h-3.74v5.5h1.44v-1.719h1.7V11.57h-1.7v-.859H18zM11.79 9.25h1.44v5.5h-1.44v-5.5zm-3.07 1.375c.34 0 .77.172 1.02.43l1.03-.86c-.51-.601-1.28-.945-2.05-.945C7.19 9.25 6 10.453 6 12s1.19 2.75 2.72 2.75c.85 0 1.54-.344 2.05-.945v-2.149H8.38v1.032H9.4v.515c-.17.086-.42.172-.68.172-.76 0-1.36-.602-1.36-1.375 0-.688.6-1.375 1.36-1.375z",
  poll: "M6 5c-1.1 0-2 .895-2 2s.9 2 2 2 2-.895 2-2-.9-2-2-2zM2 7c0-2.209 1.79-4 4-4s4 1.791 4 4-1.79 4-4 4-4-1.791-4-4zm20 1H12V6h10v2zM6 15c-1.1 0-2 .895-2 2s.9 2 2 2 2-.895 2-2-.9-2-2-2zm-4 2c0-2.209 1.79-4 4-4s4 1.791 4 4-1.79 4-4 4-4-1.791-4-4zm20 1H12v-2h10v2zM7 7c0 .552-.45 1-1 1s-1-.448-1-1 .45-1 1-1 1 .448 1 1z",
  emoji: "M8 9.5C8 8.119 8.672 7 9.5 7S11 8.119 11 9.5 10.328 12 9.5 12 8 10.881 8 9.5zm6.5 2.5c.828 0 1.5-1.119 1.5-2.5S15.328 7 14.5 7 13 8.119 13 9.5s.672 2.5 1.5 2.5zM12 16c-2.224 0-3.021-2.227-3.051-2.316l-1.897.633c.05.15 1.271 3.684 4.949 3.684s4.898-3.533 4.949-3.684l-1.896-.638c-.033.095-.83 2.322-3.053 2.322zm10.25-4.001c0 5.652-4.598 10.25-10.25 10.25S1.75 17.652 1.75 12 6.348 1.75 12 1.75 22.25 6.348 22.25 12zm-2 0c0-4.549-3.701-8.25-8.25-8.25S3.75 7.451 3.75 12s3.701 8.25 8.25 8.25 8.25-3.701 8.25-8.25z",
  schedule: "M6 3V2h2v1h6V2h2v1h1.5C18.88 3 20 4.119 20 5.5v2h-2v-2c0-.276-.22-.5-.5-.5H16v1h-2V5H8v1H6V5H4.5c-.28 0-.5.224-.5.5v12c0 .276.22.5.5.5h3v2h-3C3.12 20 2 18.881 2 17.5v-12C2 4.119 3.12 3 4.5 3H6zm9.5 8c-2.49 0-4.5 2.015-4.5 4.5s2.01 4.5 4.5 4.5 4.5-2.015 4.5-4.5-2.01-4.5-4.5-4.5zM9 15.5C9 11.91 11.91 9 15.5 9s6.5 2.91 6.5 6.5-2.91 6.5-6.5 6.5S9 19.09 9 15.5zm5.5-2.5h2v2.086l1.71 1.707-1.42 1.414-2.29-2.293V13z",
  location: "M12 7c-1.93 0-3.5 1.57-3.5 3.5S10.07 14 12 14s3.5-1.57 3.5-3.5S13.93 7 12 7zm0 5c-.827 0-1.5-.673-1.5-1.5S11.173 9 12 9s1.5.673 1.5 1.5S12.827 12 12 12zm0-10c-4.687 0-8.5 3.813-8.5 8.5 0 5.967 7.621 11.116 7.945 11.332l.555.37.555-.37c.324-.216 7.945-5.365 7.945-11.332C20.5 5.813 16.687 2 12 2zm0 17.77c-1.665-1.241-6.5-5.196-6.5-9.27C5.5 6.916 8.416 4 12 4s6.5 2.916 6.5 6.5c0 4.073-4.835 8.028-6.5 9.27z",
  close: "M10.59 12L4.54 5.96l1.42-1.42L12 10.59l6.04-6.05 1.42 1.42L13.41 12l6.05 6.04-1.42 1.42L12 13.41l-6.04 6.05-1.42-1.42L10.59 12z",
  more: "M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z",
  reply: "M1.751 10c0-4.42 3.584-8 8.005-8h4.366c4.49 0 8.129 3.64 8.129 8.13 0 2.96-1.607 5.68-4.196 7.11l-8.054 4.46v-3.69h-.067c-4.49.1-8.183-3.51-8.183-8.01zm8.005-6c-3.317 0-6.005 2.69-6.005 6 0 3.37 2.77 6.08 6.138 6.01l.351-.01h1.761v2.3l5.087-2.81c1.951-1.08 3.163-3.13 3.163-5.36 0-3.39-2.744-6.13-6.129-6.13H9.756z",
  repost: "M4.5 3.88l4.432 4.14-1.364 1.46L5.5 7.55V16c0 1.1.896 2 2 2H13v2H7.5c-2.209 0-4-1.79-4-4V7.55L1.432 9.48.068 8.02 4.5 3.88zM16.5 6H11V4h5.5c2.209 0 4 1.79 4 4v8.45l2.068-1.93 1.364 1.46-4.432 4.14-4.432-4.14 1.364-1.46 2.068 1.93V8c0-1.1-.896-2-2-2z",
  back: "M7.414 13l5.043 5.04-1.414 1.42L3.586 12l7.457-7.46 1.414 1.42L7.414 11H21v2H7.414z",
  send: "M2.504 21.866l.526-2.108C3.04 19.719 4 15.823 4 12s-.96-7.719-.97-7.757l-.527-2.109L22.236 12 2.504 21.866zM5.981 13c-.072 1.962-.34 3.833-.583 5.183L17.764 12 5.398 5.818c.242 1.349.51 3.221.583 5.183H10v2H5.981z",
  feather: "M23 3c-6.62-.1-10.38 2.421-13.05 6.03C7.29 12.61 6 17.331 6 22h2c0-1.007.07-2.012.19-3H12c4.1 0 7.48-3.082 7.94-7.054C22.79 10.147 23.17 6.359 23 3zm-7 8h-1.5v2H16c.63-.016 1.2-.08 1.72-.188C16.95 15.24 14.68 17 12 17H8.55c.57-2.512 1.57-4.851 3-6.78 2.16-2.912 5.29-4.911 9.45-5.187C20.95 8.079 19.9 11 16 11zM4 9V6H1V4h3V1h2v3h3v2H6v3H4z",
  calendar: "M7 4V3h2v1h6V3h2v1h1.5C19.89 4 21 5.12 21 6.5v12c0 1.38-1.11 2.5-2.5 2.5h-13C4.12 21 3 19.88 3 18.5v-12C3 5.12 4.12 4 5.5 4H7zm0 2H5.5c-.27 0-.5.22-.5.5v12c0 .28.23.5.5.5h13c.28 0 .5-.22.5-.5v-12c0-.28-.22-.5-.5-.5H17v1h-2V6H9v1H7V6zm0 6h2v-2H7v2zm0 4h2v-2H7v2zm4-4h2v-2h-2v2zm0 4h2v-2h-2v2zm4-4h2v-2h-2v2z",
  like: "M16.697 5.5c-1.222-.06-2.679.51-3.89 2.16l-.805 1.09-.806-1.09C9.984 6.01 8.526 5.44 7.304 5.5c-1.243.07-2.349.78-2.91 1.91-.552 1.12-.633 2.78.479 4.82 1.074 1.97 3.257 4.27 7.129 6.61 3.87-2.34 6.052-4.64 7.126-6.61 1.111-2.04 1.03-3.7.477-4.82-.561-1.13-1.666-1.84-2.908-1.91zm4.187 7.69c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67-1.36-2.5-1.41-4.86-.514-6.67.887-1.79 2.647-2.91 4.601-3.01 1.651-.09 3.368.56 4.798 2.01 1.429-1.45 3.146-2.1 4.796-2.01 1.954.1 3.714 1.22 4.601 3.01.896 1.81.846 4.17-.514 6.67z",
};

// Initial-letter avatar (no network images under test).
const AVATAR_COLORS = ["#1d9bf0", "#7856ff", "#f91880", "#00ba7c", "#ff7a00"];
const Avatar = ({ handle, name, size = 40 }) => {
  const color = AVATAR_COLORS[[...handle].reduce((a, c) => a + c.charCodeAt(0), 0) % AVATAR_COLORS.length];
  return (
    <div className="avatar" data-testid={`UserAvatar-Container-${handle}`}
      style={{ width: size, height: size, background: color, fontSize: Math.round(size * 0.45) }}>
      <span aria-hidden="true">{[...(name || handle)][0]?.toUpperCase()}</span>
    </div>
  );
};

// --- Client-side routing: history.pushState + popstate, as X's router does ------------------
const routeListeners = new Set();
const readLocation = () => ({ path: location.pathname, search: location.search, state: history.state || {} });
function navigate(to, { replace = false, state = {} } = {}) {
  if (replace) history.replaceState(state, "", to);
  else history.pushState(state, "", to);
  routeListeners.forEach((f) => f());
}
function useLocation() {
  const [loc, setLoc] = useState(readLocation);
  useEffect(() => {
    const update = () => setLoc(readLocation());
    routeListeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      routeListeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return loc;
}
// An <a> with its real href; a plain click is handled in-app (pushState), like X's links.
function Link({ to, state, onClick, children, ...rest }) {
  const click = (e) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    e.stopPropagation();
    if (to !== location.pathname + location.search) navigate(to, { state });
  };
  return <a href={to} role="link" onClick={click} {...rest}>{children}</a>;
}

const RESERVED = new Set(["home", "explore", "notifications", "messages", "compose", "i", "settings", "search", "login", "logout", "signup"]);
function matchRoute(path) {
  const p = path.replace(/\/+$/, "") || "/";
  if (p === "/" || p === "/home") return { name: "home" };
  if (p === "/compose/post" || p === "/compose/tweet") return { name: "compose" };
  if (p === "/i/flow/signup") return { name: "signup" };
  if (p === "/explore") return { name: "explore" };
  if (p === "/notifications") return { name: "notifications" };
  if (p === "/messages" || p === "/i/chat") return { name: "messages" };
  let m = p.match(/^\/(?:messages|i\/chat)\/([^/]+)$/);
  if (m) return { name: "conversation", conversation: m[1] };
  m = p.match(/^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)$/);
  if (m && !RESERVED.has(m[1].toLowerCase())) return { name: "status", handle: m[1], id: m[2] };
  m = p.match(/^\/([A-Za-z0-9_]{1,15})$/);
  if (m && !RESERVED.has(m[1].toLowerCase())) return { name: "profile", handle: m[1] };
  return { name: "notfound" };
}

// --- People and seed content -----------------------------------------------------------------
const USERS = {
  jane_doe: { id: "1234567", name: "Jane Doe", bio: "Community nurse. Running, rain and recipes.", followers: 1204, following: 311 },
  weather_today: { id: "2244994945", name: "Weather Today", bio: "Forecasts for your day, every day.", followers: 98123, following: 12 },
  xdevelopers: { id: "2244994946", name: "Developers", bio: "The voice of the X Developer Platform.", followers: 570000, following: 1500 },
};
const userFor = (handle) => {
  const known = USERS[handle.toLowerCase()];
  if (known) return { handle: handle.toLowerCase() === "xdevelopers" ? "XDevelopers" : handle.toLowerCase(), ...known };
  if (handle.toLowerCase() === ACCOUNT.handle.toLowerCase())
    return { handle: ACCOUNT.handle, id: "999000111", name: ACCOUNT.name, bio: "", followers: 42, following: 87, self: true };
  const digits = String([...handle].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1e9, 7));
  return { handle, id: digits, name: handle.replace(/_/g, " "), bio: "", followers: 10, following: 20 };
};

const SEED_TWEETS = [
  { id: "2", handle: "XDevelopers", name: "Developers", hours: 2, text: "Build with the X API. Docs, tools and a community ready to help you ship." },
  { id: "1", handle: "weather_today", name: "Weather Today", hours: 5, text: "Sunny spells this afternoon, with showers moving in from the west later.\nTake an umbrella!" },
  { id: "3", handle: "jane_doe", name: "Jane Doe", hours: 26, text: "First 10k of the year done in the rain. Worth it." },
].map((t) => ({ ...t, ago: t.hours < 24 ? `${t.hours}h` : "Mar 3", time: new Date(Date.now() - t.hours * 3600e3), media: [] }));
// The home timeline plays a video from a blob: URL (as X's player does), in the same primary
// column as the home composer: it is not the composer's attachment.
const TIMELINE_VIDEO = { id: "v1", name: "clip.mp4", kind: "video", url: URL.createObjectURL(new Blob([new Uint8Array(64)], { type: "video/mp4" })) };
const HOME_SEED = SEED_TWEETS.filter((t) => t.id !== "3").map((t) => (t.id === "2" ? { ...t, media: [TIMELINE_VIDEO] } : t));

let nextId = 1;
const mediaFromFiles = (files) =>
  Array.from(files || [])
    .filter((f) => /^(image|video)\//.test(f.type))
    .map((f) => ({ id: `m${nextId++}`, name: f.name, kind: f.type.startsWith("video/") ? "video" : "image", url: URL.createObjectURL(f) }));
const snowflake = () => String(BigInt(Date.now()) * 4194304n + BigInt(nextId++));

// --- The test hook: every editor on the page registers here ---------------------------------
const EDITORS = new Map(); // id -> { label, kind, text(), postEnabled(), selection(), remount(), ... }
const POSTED = []; // { where, text, media: [names], replyTo?, conversation? }
const DEFAULT_ID = "composer";
const pick = (id) => {
  const key = id ?? (EDITORS.has(DEFAULT_ID) ? DEFAULT_ID : EDITORS.keys().next().value);
  const ed = EDITORS.get(key);
  if (!ed) throw new Error(`__mock: no editor ${JSON.stringify(key)} on this page (have: ${[...EDITORS.keys()].join(", ") || "none"})`);
  return ed;
};
window.__mock = {
  editors: () => [...EDITORS.entries()].map(([id, e]) => ({ id, label: e.label, kind: e.kind, text: e.text(), postEnabled: e.postEnabled() })),
  getPlainText: (id) => pick(id).text(),
  postEnabled: (id) => pick(id).postEnabled(),
  getSelection: (id) => pick(id).selection(),
  media: (id) => pick(id).media(),
  posted: () => POSTED.map((p) => ({ ...p, media: [...p.media] })),
  remount: (id) => pick(id).remount(),
  element: (id) => pick(id).element(),
  // Debugging escape hatch: the live Draft EditorState (Immutable record) of a Draft editor.
  getEditorState: (id) => pick(id).editorState?.(),
  navigate: (to) => navigate(to),
  route: () => ({ path: location.pathname, ...matchRoute(location.pathname), state: history.state || {} }),
  mobile: MOBILE,
};
function useRegister(id, entry) {
  const ref = useRef(entry);
  ref.current = entry;
  useLayoutEffect(() => {
    const proxy = {};
    for (const k of Object.keys(ref.current)) proxy[k] = typeof ref.current[k] === "function" ? (...a) => ref.current[k](...a) : ref.current[k];
    EDITORS.set(id, proxy);
    return () => {
      if (EDITORS.get(id) === proxy) EDITORS.delete(id);
    };
  }, [id]);
}
function record(where, text, media, extra = {}) {
  POSTED.push({ where, text, media: media.map((m) => m.name), ...extra });
}

// --- Media attachments (shared by every composer) --------------------------------------------
function useMedia(max) {
  const [media, setMedia] = useState([]);
  const mediaRef = useRef(media);
  const update = (fn) =>
    setMedia((cur) => {
      const next = fn(cur);
      mediaRef.current = next;
      return next;
    });
  const addMedia = useCallback((files) => {
    const added = mediaFromFiles(files);
    if (!added.length) return false;
    update((cur) => {
      const keep = added.slice(0, Math.max(0, max - cur.length));
      added.slice(keep.length).forEach((m) => URL.revokeObjectURL(m.url));
      return [...cur, ...keep];
    });
    return true;
  }, [max]);
  const removeMedia = (id) =>
    update((cur) => {
      cur.filter((m) => m.id === id).forEach((m) => URL.revokeObjectURL(m.url));
      return cur.filter((m) => m.id !== id);
    });
  const clearMedia = () => update(() => []);
  return { media, mediaRef, addMedia, removeMedia, clearMedia };
}

function Attachments({ media, onRemove }) {
  if (!media.length) return null;
  return (
    <div data-testid="attachments" className={`attachments n${media.length}`}>
      {media.map((m) => (
        <div key={m.id} className="attachment" role="group" aria-label="Media">
          {m.kind === "video" ? <video src={m.url} muted /> : <img src={m.url} alt="" draggable="true" />}
          <button type="button" aria-label="Remove media" role="button" className="attachment-remove" onClick={() => onRemove(m.id)}>
            <Icon d={ICON.close} size={18} />
          </button>
        </div>
      ))}
    </div>
  );
}

function MediaButton({ full, onFiles, accept = "image/*,video/*", multiple = true, label = "Add photos or video" }) {
  const inputRef = useRef(null);
  return (
    <div role="presentation" className="toolbar-item">
      <button type="button" aria-label={label} role="button" className="tool" disabled={full} onClick={() => inputRef.current?.click()}>
        <Icon d={ICON.media} size={20} />
      </button>
      <input ref={inputRef} data-testid="fileInput" type="file" accept={accept} multiple={multiple} tabIndex={-1}
        className="file-input" onChange={(e) => { onFiles(e.target.files); e.target.value = ""; }} />
    </div>
  );
}

function ComposerToolbar({ full, onFiles, compact = false }) {
  return (
    <div data-testid="toolBar" className="toolbar">
      <MediaButton full={full} onFiles={onFiles} />
      <button type="button" aria-label="Add a GIF" role="button" data-testid="gifSearchButton" className="tool"><Icon d={ICON.gif} size={20} /></button>
      {!compact && <button type="button" aria-label="Add poll" role="button" data-testid="createPollButton" className="tool"><Icon d={ICON.poll} size={20} /></button>}
      <button type="button" aria-label="Add emoji" role="button" className="tool"><Icon d={ICON.emoji} size={20} /></button>
      {!compact && <button type="button" aria-label="Schedule post" role="button" data-testid="scheduleOption" className="tool"><Icon d={ICON.schedule} size={20} /></button>}
      <button type="button" aria-label="Tag location" role="button" data-testid="geoButton" className="tool" disabled><Icon d={ICON.location} size={20} /></button>
    </div>
  );
}

// --- A Draft.js composer: state, media, posting, hook registration ---------------------------
const hasPostableText = (editorState) => editorState.getCurrentContent().getPlainText().trim().length > 0;
const draftText = (editorState) => editorState.getCurrentContent().getPlainText("\n");
const draftSelection = (editorState) => {
  const s = editorState.getSelection();
  return {
    anchorKey: s.getAnchorKey(), anchorOffset: s.getAnchorOffset(), focusKey: s.getFocusKey(), focusOffset: s.getFocusOffset(),
    isBackward: s.getIsBackward(), hasFocus: s.getHasFocus(),
  };
};

function useDraftComposer({ id, label, onPost, maxMedia = MAX_MEDIA, mediaOnly = true, autoFocus = false }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const [mountKey, setMountKey] = useState(0);
  const { media, mediaRef, addMedia, removeMedia, clearMedia } = useMedia(maxMedia);
  const editorRef = useRef(null);
  const wrapperRef = useRef(null);
  // The hook must see Draft's latest state synchronously, even before React re-renders.
  const latest = useRef(editorState);
  const canPostNow = () => hasPostableText(latest.current) || (mediaOnly && mediaRef.current.length > 0);
  const canPost = hasPostableText(editorState) || (mediaOnly && media.length > 0);

  const onChange = useCallback((next) => {
    latest.current = next;
    setEditorState(next);
  }, []);

  const post = useCallback(() => {
    if (!canPostNow()) return;
    const text = draftText(latest.current);
    const m = mediaRef.current;
    onPost({ where: id, text, media: m });
    const empty = EditorState.createEmpty();
    latest.current = empty;
    setEditorState(empty);
    clearMedia();
  }, [id, onPost]);

  // Ctrl/Cmd+Enter posts, as on X; everything else is Draft's default key handling.
  const keyBindingFn = useCallback((e) => {
    if (e.key === "Enter" && KeyBindingUtil.hasCommandModifier(e)) return "mock-post";
    return getDefaultKeyBinding(e);
  }, []);
  const handleKeyCommand = useCallback((command) => {
    if (command !== "mock-post") return "not-handled";
    post();
    return "handled";
  }, [post]);

  const remount = () => {
    // A brand-new Editor instance (new contenteditable element) over the same content.
    const s = latest.current;
    const kept = EditorState.acceptSelection(s, s.getSelection().merge({ hasFocus: false }));
    latest.current = kept;
    setEditorState(kept);
    setMountKey((k) => k + 1);
  };

  useEffect(() => {
    if (autoFocus) editorRef.current?.focus();
  }, [autoFocus]);

  useRegister(id, {
    label, kind: "draft",
    text: () => draftText(latest.current),
    postEnabled: canPostNow,
    selection: () => draftSelection(latest.current),
    media: () => mediaRef.current.map((m) => m.name),
    remount,
    element: () => wrapperRef.current?.querySelector("[contenteditable]") || null,
    editorState: () => latest.current,
  });

  const renderEditor = ({ placeholder, testid = "tweetTextarea_0", ariaLabel = "Post text", ariaAutoComplete = "list" }) => (
    <div ref={wrapperRef} className="draft-host">
      <Editor
        key={mountKey}
        ref={editorRef}
        editorState={editorState}
        onChange={onChange}
        placeholder={placeholder}
        webDriverTestID={testid}
        ariaLabel={ariaLabel}
        ariaMultiline={true}
        ariaAutoComplete={ariaAutoComplete}
        tabIndex={0}
        spellCheck={true}
        stripPastedStyles={true}
        keyBindingFn={keyBindingFn}
        handleKeyCommand={handleKeyCommand}
        handlePastedFiles={(files) => (addMedia(files) ? "handled" : "not-handled")}
        handleDroppedFiles={(_sel, files) => (addMedia(files) ? "handled" : "not-handled")}
      />
    </div>
  );
  return { editorState, canPost, post, media, addMedia, removeMedia, renderEditor, editorRef, hasFocus: editorState.getSelection().getHasFocus() };
}

// Editor wrapped the way X wraps tweetTextarea_0.
const TweetTextarea = ({ c, placeholder }) => (
  <div data-testid="tweetTextarea_0RichTextInputContainer" className="composer-input">
    <label data-testid="tweetTextarea_0_label" className="composer-label">
      {c.renderEditor({ placeholder })}
    </label>
  </div>
);

const PostButton = ({ testid, enabled, onClick, children }) => (
  <button type="button" data-testid={testid} role="button" className="post-button"
    disabled={!enabled} aria-disabled={enabled ? undefined : "true"} onClick={onClick}>
    <span>{children}</span>
  </button>
);

// --- Home timeline inline composer (id "composer") --------------------------------------------
function InlineComposer({ onPost }) {
  const c = useDraftComposer({ id: "composer", label: "Home timeline composer", onPost });
  return (
    <div className="composer">
      <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
      <div className="composer-main">
        <TweetTextarea c={c} placeholder="What is happening?!" />
        <Attachments media={c.media} onRemove={c.removeMedia} />
        <div className="composer-footer">
          <ComposerToolbar full={c.media.length >= MAX_MEDIA} onFiles={c.addMedia} />
          <PostButton testid="tweetButtonInline" enabled={c.canPost} onClick={c.post}>Post</PostButton>
        </div>
      </div>
    </div>
  );
}

// --- Compose / reply dialog at /compose/post (ids "dialog" and "reply") ----------------------
function ModalDialog({ onClose, children, className = "" }) {
  useEffect(() => {
    const onKey = (e) => { if (e.key === "Escape") onClose(); };
    document.addEventListener("keydown", onKey);
    const html = document.documentElement;
    const prev = html.style.overflowY;
    html.style.overflowY = "hidden";
    return () => {
      document.removeEventListener("keydown", onKey);
      html.style.overflowY = prev;
    };
  }, [onClose]);
  return (
    <div className="layer">
      <div data-testid="mask" className="mask" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className={`modal ${className}`}>
        {children}
      </div>
    </div>
  );
}

function ComposeDialog({ replyTo, onPost, onClose }) {
  const reply = !!replyTo;
  const c = useDraftComposer({
    id: reply ? "reply" : "dialog",
    label: reply ? `Reply dialog (replying to @${replyTo.handle})` : "Compose dialog",
    onPost: (p) => { onPost(p); onClose(); },
    autoFocus: true,
  });
  return (
    <ModalDialog onClose={onClose}>
      <div className="modal-bar">
        <button type="button" data-testid="app-bar-close" aria-label="Close" role="button" className="icon-button" onClick={onClose}>
          <Icon d={ICON.close} size={20} />
        </button>
        <h2 id="modal-header" role="heading" aria-level={2} className="visually-hidden">{reply ? "Reply" : "Post"}</h2>
        <button type="button" data-testid="unsentButton" role="button" className="drafts-link"><span>Drafts</span></button>
      </div>
      <div className="modal-body">
        {reply && (
          <div className="reply-context">
            <div className="reply-rail">
              <Avatar handle={replyTo.handle} name={replyTo.name} />
              <div className="rail-line" />
            </div>
            <div className="tweet-body">
              <div data-testid="User-Name" className="tweet-user">
                <span className="tweet-name"><span>{replyTo.name}</span></span>
                <span className="tweet-handle"><span>@{replyTo.handle}</span></span>
                <span className="dot" aria-hidden="true">·</span>
                <span className="tweet-time"><time dateTime={replyTo.time.toISOString()}>{replyTo.ago}</time></span>
              </div>
              <div data-testid="tweetText" lang="en" dir="auto" className="tweet-text"><span>{replyTo.text}</span></div>
              <div className="replying-to">
                Replying to <Link to={`/${replyTo.handle}`} className="mention">@{replyTo.handle}</Link>
              </div>
            </div>
          </div>
        )}
        <div className="composer in-dialog">
          <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
          <div className="composer-main">
            <TweetTextarea c={c} placeholder={reply ? "Post your reply" : "What is happening?!"} />
            <Attachments media={c.media} onRemove={c.removeMedia} />
            {!reply && (
              <div className="reply-settings" role="button" tabIndex={0}>
                <Icon d={ICON.explore} size={14} /> <span>Everyone can reply</span>
              </div>
            )}
          </div>
        </div>
      </div>
      <div className="modal-footer composer-footer">
        <ComposerToolbar full={c.media.length >= MAX_MEDIA} onFiles={c.addMedia} />
        <PostButton testid="tweetButton" enabled={c.canPost} onClick={c.post}>{reply ? "Reply" : "Post"}</PostButton>
      </div>
    </ModalDialog>
  );
}

// --- Tweets -----------------------------------------------------------------------------------
const statusPath = (t) => `/${t.handle}/status/${t.id}`;
function TweetMedia({ media }) {
  if (!media.length) return null;
  return (
    <div className={`tweet-media n${media.length}`}>
      {media.map((m) => (
        <div key={m.id} data-testid={m.kind === "video" ? "videoPlayer" : "tweetPhoto"}>
          {m.kind === "video" ? <video src={m.url} muted /> : <img src={m.url} alt="Image" draggable="true" />}
        </div>
      ))}
    </div>
  );
}
function Actions({ tweet, replies, onReply }) {
  const n = replies || 0;
  return (
    <div role="group" aria-label={`${n} replies, 0 reposts, 0 likes`} className="tweet-actions">
      <button type="button" data-testid="reply" aria-label={`${n} Replies. Reply`} role="button"
        onClick={(e) => { e.stopPropagation(); onReply(tweet); }}>
        <Icon d={ICON.reply} size={18.75} />{n > 0 && <span className="count">{n}</span>}
      </button>
      <button type="button" data-testid="retweet" aria-label="0 reposts. Repost" role="button" onClick={(e) => e.stopPropagation()}><Icon d={ICON.repost} size={18.75} /></button>
      <button type="button" data-testid="like" aria-label="0 Likes. Like" role="button" onClick={(e) => e.stopPropagation()}><Icon d={ICON.like} size={18.75} /></button>
    </div>
  );
}
function Tweet({ tweet, replies, onReply, replyingTo }) {
  const open = (e) => {
    if (e.target.closest("a,button,input,video")) return;
    navigate(statusPath(tweet));
  };
  return (
    <div data-testid="cellInnerDiv" className="cell">
      <article data-testid="tweet" role="article" tabIndex={0} className="tweet" onClick={open}>
        <Link to={`/${tweet.handle}`} aria-hidden="true" tabIndex={-1}><Avatar handle={tweet.handle} name={tweet.name} /></Link>
        <div className="tweet-body">
          <div data-testid="User-Name" className="tweet-user">
            <Link to={`/${tweet.handle}`} className="tweet-name"><span>{tweet.name}</span></Link>
            <Link to={`/${tweet.handle}`} className="tweet-handle"><span>@{tweet.handle}</span></Link>
            <span className="dot" aria-hidden="true">·</span>
            <Link to={statusPath(tweet)} className="tweet-time"><time dateTime={tweet.time.toISOString()}>{tweet.ago}</time></Link>
          </div>
          {replyingTo && (
            <div className="replying-to small">Replying to <Link to={`/${replyingTo}`} className="mention">@{replyingTo}</Link></div>
          )}
          {tweet.text && <div data-testid="tweetText" lang="en" dir="auto" className="tweet-text"><span>{tweet.text}</span></div>}
          <TweetMedia media={tweet.media} />
          <Actions tweet={tweet} replies={replies} onReply={onReply} />
        </div>
      </article>
    </div>
  );
}

// --- Left navigation (desktop) ----------------------------------------------------------------
const NAV = [
  { href: "/home", label: "Home", aria: "Home", testid: "AppTabBar_Home_Link", icon: ICON.home },
  { href: "/explore", label: "Explore", aria: "Search and explore", testid: "AppTabBar_Explore_Link", icon: ICON.explore },
  { href: "/notifications", label: "Notifications", aria: "Notifications", testid: "AppTabBar_Notifications_Link", icon: ICON.bell },
  { href: "/i/chat", label: "Chat", aria: "Chat", testid: "AppTabBar_DirectMessage_Link", icon: ICON.mail },
];
function SideNav({ active }) {
  return (
    <header role="banner" className="sidenav">
      <div className="sidenav-inner">
        <h1 role="heading" className="logo">
          <Link to="/home" aria-label="X"><Icon d={ICON.logo} size={30} /></Link>
        </h1>
        <nav role="navigation" aria-label="Primary" className="primary-nav">
          {NAV.map((n) => (
            <Link key={n.href} to={n.href} aria-label={n.aria} data-testid={n.testid}
              className={active === n.href ? "nav-link active" : "nav-link"}>
              <Icon d={n.icon} />
              <span className="nav-text">{n.label}</span>
            </Link>
          ))}
          <Link to={`/${ACCOUNT.handle}`} aria-label="Profile" data-testid="AppTabBar_Profile_Link"
            className={active === `/${ACCOUNT.handle}` ? "nav-link active" : "nav-link"}>
            <Icon d={ICON.profile} />
            <span className="nav-text">Profile</span>
          </Link>
        </nav>
        <Link to="/compose/post" state={{ background: location.pathname }} aria-label="Post" data-testid="SideNav_NewTweet_Button" className="sidenav-post">
          <span className="sidenav-post-text">Post</span>
          <span className="sidenav-post-icon"><Icon d={ICON.feather} size={24} /></span>
        </Link>
        <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" role="button" className="account-switcher">
          <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
          <div className="account-text">
            <div className="account-name"><span>{ACCOUNT.name}</span></div>
            <div className="account-handle"><span>@{ACCOUNT.handle}</span></div>
          </div>
          <Icon d={ICON.more} size={19} />
        </button>
      </div>
    </header>
  );
}

function Sidebar() {
  return (
    <div data-testid="sidebarColumn" className="sidebar-column">
      <form role="search" aria-label="Search" className="search" onSubmit={(e) => e.preventDefault()}>
        <input data-testid="SearchBox_Search_Input" aria-label="Search query" placeholder="Search" type="text" role="combobox" aria-expanded="false" />
      </form>
      <aside aria-label="Subscribe to Premium" className="panel">
        <h2 className="panel-title">Subscribe to Premium</h2>
        <p>Subscribe to unlock new features and if eligible, receive a share of revenue.</p>
      </aside>
      <aside aria-label="Who to follow" className="panel">
        <h2 className="panel-title">Who to follow</h2>
        <div className="wtf">
          <Avatar handle="jane_doe" name="Jane Doe" />
          <Link to="/jane_doe" className="wtf-names"><b>Jane Doe</b><span>@jane_doe</span></Link>
        </div>
      </aside>
    </div>
  );
}

function TopBar({ title, sub, back }) {
  return (
    <div className="top-bar back-bar">
      {back && (
        <button type="button" data-testid="app-bar-back" aria-label="Back" role="button" className="icon-button"
          onClick={() => (history.length > 1 ? history.back() : navigate("/home"))}>
          <Icon d={ICON.back} size={20} />
        </button>
      )}
      <div>
        <h2 role="heading" aria-level={2} className="top-title"><span>{title}</span></h2>
        {sub && <div className="top-sub">{sub}</div>}
      </div>
    </div>
  );
}

// --- Pages ------------------------------------------------------------------------------------
function HomePage({ data }) {
  return (
    <div aria-label="Home timeline" tabIndex={0} className="home-timeline">
      <div className="top-bar">
        <h2 role="heading" aria-level={2} className="top-title">Home</h2>
        <div role="tablist" className="tabs">
          <a href="/home" role="tab" aria-selected="true" className="tab active" onClick={(e) => e.preventDefault()}><span>For you</span></a>
          <a href="/home" role="tab" aria-selected="false" className="tab" onClick={(e) => e.preventDefault()}><span>Following</span></a>
        </div>
      </div>
      <InlineComposer onPost={data.postTweet} />
      <section role="region" aria-labelledby="timeline-heading" className="timeline">
        <h1 id="timeline-heading" className="visually-hidden">Your Home Timeline</h1>
        <div aria-label="Timeline: Your Home Timeline">
          {data.timeline.map((t) => <Tweet key={t.id} tweet={t} replies={data.replies[t.id]?.length} onReply={data.openReply} />)}
        </div>
      </section>
    </div>
  );
}

function InlineReply({ tweet, onPost }) {
  const c = useDraftComposer({ id: "reply-inline", label: `Inline reply (replying to @${tweet.handle})`, onPost });
  const [touched, setTouched] = useState(false);
  const expanded = touched || c.hasFocus || c.editorState.getCurrentContent().hasText() || c.media.length > 0;
  useEffect(() => { if (c.hasFocus) setTouched(true); }, [c.hasFocus]);
  return (
    <div className="composer inline-reply">
      <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
      <div className="composer-main">
        {expanded && (
          <div className="replying-to">Replying to <Link to={`/${tweet.handle}`} className="mention">@{tweet.handle}</Link></div>
        )}
        <div className={expanded ? "inline-reply-row expanded" : "inline-reply-row"}>
          <TweetTextarea c={c} placeholder="Post your reply" />
          {!expanded && <PostButton testid="tweetButtonInline" enabled={c.canPost} onClick={c.post}>Reply</PostButton>}
        </div>
        <Attachments media={c.media} onRemove={c.removeMedia} />
        {expanded && (
          <div className="composer-footer">
            <ComposerToolbar full={c.media.length >= MAX_MEDIA} onFiles={c.addMedia} compact />
            <PostButton testid="tweetButtonInline" enabled={c.canPost} onClick={c.post}>Reply</PostButton>
          </div>
        )}
      </div>
    </div>
  );
}

function StatusPage({ route, data }) {
  const tweet = data.findTweet(route.id);
  if (!tweet || tweet.handle.toLowerCase() !== route.handle.toLowerCase()) {
    return (
      <div>
        <TopBar title="Post" back />
        <div className="empty-state"><h2>Hmm...this page doesn’t exist. Try searching for something else.</h2></div>
      </div>
    );
  }
  const replies = data.replies[tweet.id] || [];
  return (
    <div>
      <TopBar title="Post" back />
      <div data-testid="cellInnerDiv" className="cell">
        <article data-testid="tweet" role="article" tabIndex={-1} className="tweet focal">
          <div className="focal-head">
            <Link to={`/${tweet.handle}`} tabIndex={-1}><Avatar handle={tweet.handle} name={tweet.name} /></Link>
            <div data-testid="User-Name" className="tweet-user column">
              <Link to={`/${tweet.handle}`} className="tweet-name"><span>{tweet.name}</span></Link>
              <Link to={`/${tweet.handle}`} className="tweet-handle"><span>@{tweet.handle}</span></Link>
            </div>
          </div>
          {tweet.text && <div data-testid="tweetText" lang="en" dir="auto" className="tweet-text focal-text"><span>{tweet.text}</span></div>}
          <TweetMedia media={tweet.media} />
          <div className="focal-time"><Link to={statusPath(tweet)}><time dateTime={tweet.time.toISOString()}>{tweet.time.toLocaleString("en-GB", { hour: "numeric", minute: "2-digit", day: "numeric", month: "short", year: "numeric" })}</time></Link></div>
          <Actions tweet={tweet} replies={replies.length} onReply={data.openReply} />
        </article>
      </div>
      <InlineReply key={tweet.id} tweet={tweet} onPost={(p) => data.postReply(tweet, p)} />
      <section role="region" aria-label="Conversation" className="timeline">
        {replies.map((r) => <Tweet key={r.id} tweet={r} replyingTo={tweet.handle} replies={data.replies[r.id]?.length} onReply={data.openReply} />)}
      </section>
    </div>
  );
}

function ProfilePage({ route, data }) {
  const user = userFor(route.handle);
  const self = user.handle.toLowerCase() === ACCOUNT.handle.toLowerCase();
  const following = data.following.has(user.id);
  const tweets = data.allTweets.filter((t) => t.handle.toLowerCase() === user.handle.toLowerCase());
  const [hover, setHover] = useState(false);
  return (
    <div>
      <TopBar title={user.name} sub={`${tweets.length} posts`} back />
      <div className="profile-banner" />
      <div className="profile-head">
        <div className="profile-avatar"><Avatar handle={user.handle} name={user.name} size={134} /></div>
        <div className="profile-actions">
          {self ? (
            <Link to="/settings/profile" data-testid="editProfileButton" className="outline-button"><span>Edit profile</span></Link>
          ) : (
            <button type="button" role="button" className={following ? "outline-button following" : "follow-button"}
              data-testid={`${user.id}-${following ? "unfollow" : "follow"}`}
              aria-label={`${following ? (hover ? "Unfollow" : "Following") : "Follow"} @${user.handle}`}
              onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}
              onClick={() => data.toggleFollow(user.id)}>
              <span>{following ? (hover ? "Unfollow" : "Following") : "Follow"}</span>
            </button>
          )}
        </div>
        <div data-testid="UserName" className="profile-names">
          <div className="profile-name"><span>{user.name}</span></div>
          <div className="profile-handle"><span>@{user.handle}</span></div>
        </div>
        {user.bio && <div data-testid="UserDescription" className="profile-bio"><span>{user.bio}</span></div>}
        <div data-testid="UserProfileHeader_Items" className="profile-items">
          <span data-testid="UserJoinDate"><Icon d={ICON.calendar} size={18.75} /> Joined March 2014</span>
        </div>
        <div className="profile-counts">
          <Link to={`/${user.handle}/following`}><b>{user.following.toLocaleString("en")}</b> <span>Following</span></Link>
          <Link to={`/${user.handle}/verified_followers`}><b>{(user.followers + (following ? 1 : 0)).toLocaleString("en")}</b> <span>Followers</span></Link>
        </div>
      </div>
      <nav role="navigation" aria-label="Profile timelines" className="profile-tabs">
        <div role="tablist" className="tabs">
          {["Posts", "Replies", "Media", "Likes"].map((t, i) => (
            <a key={t} href={`/${user.handle}`} role="tab" aria-selected={i === 0 ? "true" : "false"} className={i === 0 ? "tab active" : "tab"} onClick={(e) => e.preventDefault()}><span>{t}</span></a>
          ))}
        </div>
      </nav>
      <section role="region" aria-label={`${user.name}’s posts`} className="timeline">
        {tweets.length ? tweets.map((t) => <Tweet key={t.id} tweet={t} replies={data.replies[t.id]?.length} onReply={data.openReply} />)
          : <div className="empty-state"><h2>@{user.handle} hasn’t posted</h2><p>When they do, their posts will show up here.</p></div>}
      </section>
    </div>
  );
}

const CONVERSATIONS = { "123-456": { with: "jane_doe" } };
const conversationFor = (id) => CONVERSATIONS[id] || { with: "jane_doe" };

// X Chat: the conversation list, and the open conversation in its embedded app (chat.jsx).
function MessagesPage({ route, data }) {
  const convId = route.conversation;
  const conv = convId ? conversationFor(convId) : null;
  const other = conv ? userFor(conv.with) : null;
  const register = (entry) => EDITORS.set("chat", entry);
  useEffect(() => () => EDITORS.delete("chat"), []);
  return (
    <div className="messages">
      <section aria-label="Section navigation" className="dm-list">
        <div className="top-bar"><h2 role="heading" aria-level={2} className="top-title">Chat</h2></div>
        <div data-testid="conversation" className={convId === "123-456" ? "conv active" : "conv"}>
          <Link to="/i/chat/123-456" className="conv-link">
            <Avatar handle="jane_doe" name="Jane Doe" />
            <div><b>Jane Doe</b> <span className="muted">@jane_doe</span><div className="muted">See you at parkrun!</div></div>
          </Link>
        </div>
      </section>
      <section aria-label="Section details" className="dm-detail">
        {conv ? (
          <ChatEmbed key={convId} other={other.name} sent={(data.messages[convId] || []).map((m) => m.text)}
            onSend={(text, media) => data.sendMessage(convId, { where: "chat", text, media })} register={register}
            words={{ greeting: "See you at parkrun!", placeholder: "Message", attach: "Add photos", remove: "Remove media" }} />
        ) : (
          <div className="empty-state"><h2>Select a message</h2><p>Choose from your existing conversations, start a new one, or just keep swimming.</p></div>
        )}
      </section>
    </div>
  );
}

function PlainPage({ title, text }) {
  return (
    <div>
      <TopBar title={title} />
      <div className="empty-state"><p>{text}</p></div>
    </div>
  );
}

// --- Sign-up flow (/i/flow/signup): account creation -----------------------------------------
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function Field({ label, name, type = "text", value, onChange, max, autoComplete }) {
  return (
    <label className={value ? "field filled" : "field"}>
      <div className="field-label"><span>{label}</span>{max && <span className="field-count">{value.length} / {max}</span>}</div>
      <input name={name} type={type} value={value} maxLength={max} autoComplete={autoComplete} autoCapitalize="sentences"
        autoCorrect="on" spellCheck="true" dir="auto" onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
function SignupPage() {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [dob, setDob] = useState({ month: "", day: "", year: "" });
  const [step, setStep] = useState(1);
  const valid = name.trim() && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) && dob.month && dob.day && dob.year;
  const close = () => navigate("/home");
  return (
    <div className="signup-bg">
      <div className="layer">
        <div data-testid="mask" className="mask" />
        <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal signup">
          <div className="modal-bar">
            <button type="button" data-testid="app-bar-close" aria-label="Close" role="button" className="icon-button" onClick={close}>
              <Icon d={ICON.close} size={20} />
            </button>
            <div className="modal-logo"><Icon d={ICON.logo} size={30} /></div>
          </div>
          {step === 1 ? (
            <div className="signup-body">
              <h1 id="modal-header" role="heading" aria-level={1} className="signup-title"><span>Create your account</span></h1>
              <Field label="Name" name="name" value={name} onChange={setName} max={50} autoComplete="name" />
              <Field label="Email" name="email" type="email" value={email} onChange={setEmail} autoComplete="email" />
              <div className="dob">
                <div className="dob-title">Date of birth</div>
                <div className="dob-help">This will not be shown publicly. Confirm your own age, even if this account is for a business, a pet, or something else.</div>
                <div className="dob-selects">
                  <label className="select wide"><span>Month</span>
                    <select id="SELECTOR_1" aria-label="Month" value={dob.month} onChange={(e) => setDob({ ...dob, month: e.target.value })}>
                      <option value="" disabled />{MONTHS.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
                    </select></label>
                  <label className="select"><span>Day</span>
                    <select id="SELECTOR_2" aria-label="Day" value={dob.day} onChange={(e) => setDob({ ...dob, day: e.target.value })}>
                      <option value="" disabled />{Array.from({ length: 31 }, (_, i) => <option key={i} value={i + 1}>{i + 1}</option>)}
                    </select></label>
                  <label className="select"><span>Year</span>
                    <select id="SELECTOR_3" aria-label="Year" value={dob.year} onChange={(e) => setDob({ ...dob, year: e.target.value })}>
                      <option value="" disabled />{Array.from({ length: 120 }, (_, i) => <option key={i} value={2025 - i}>{2025 - i}</option>)}
                    </select></label>
                </div>
              </div>
              <div className="signup-footer">
                <button type="button" role="button" className="big-button" disabled={!valid} aria-disabled={valid ? undefined : "true"} onClick={() => setStep(2)}>
                  <span>Next</span>
                </button>
              </div>
            </div>
          ) : (
            <div className="signup-body">
              <h1 id="modal-header" role="heading" aria-level={1} className="signup-title"><span>We sent you a code</span></h1>
              <p className="muted">Enter it below to verify {email}.</p>
              <Field label="Verification code" name="verfication_code" value="" onChange={() => {}} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

// --- App state shared by every page (survives client-side navigation) ------------------------
function useAppData() {
  const [timeline, setTimeline] = useState(HOME_SEED);
  const [extra, setExtra] = useState([]); // posts not on the home timeline (e.g. replies)
  const [replies, setReplies] = useState({});
  const [messages, setMessages] = useState({});
  const [following, setFollowing] = useState(new Set());
  const newTweet = (text, media) => {
    const now = new Date();
    return { id: snowflake(), handle: ACCOUNT.handle, name: ACCOUNT.name, time: now, ago: "now", text, media };
  };
  const postTweet = useCallback(({ where, text, media }) => {
    record(where, text, media);
    setTimeline((cur) => [newTweet(text, media), ...cur]);
  }, []);
  const postReply = useCallback((to, { where, text, media }) => {
    record(where, text, media, { replyTo: to.id });
    const t = { ...newTweet(text, media), inReplyTo: to.id };
    setExtra((cur) => [t, ...cur]);
    setReplies((cur) => ({ ...cur, [to.id]: [...(cur[to.id] || []), t] }));
  }, []);
  const sendMessage = useCallback((conv, { where, text, media }) => {
    record(where, text, media, { conversation: conv });
    setMessages((cur) => ({ ...cur, [conv]: [...(cur[conv] || []), { id: snowflake(), text, media }] }));
  }, []);
  const toggleFollow = (id) => setFollowing((cur) => {
    const next = new Set(cur);
    next.has(id) ? next.delete(id) : next.add(id);
    return next;
  });
  const allTweets = [...timeline, ...extra, ...SEED_TWEETS.filter((t) => !timeline.includes(t))]
    .sort((a, b) => b.time - a.time);
  const findTweet = (id) => allTweets.find((t) => t.id === id);
  const openReply = useCallback((tweet) => {
    navigate("/compose/post", { state: { replyTo: tweet.id, background: location.pathname } });
  }, []);
  return { timeline, replies, messages, following, allTweets, findTweet, postTweet, postReply, sendMessage, toggleFollow, openReply };
}

function titleFor(route, data) {
  switch (route.name) {
    case "home": return "Home / X";
    case "compose": return "Post / X";
    case "signup": return "Sign up for X / X";
    case "messages": case "conversation": return "Messages / X";
    case "explore": return "Explore / X";
    case "notifications": return "Notifications / X";
    case "profile": { const u = userFor(route.handle); return `${u.name} (@${u.handle}) / X`; }
    case "status": { const t = data.findTweet(route.id); return t ? `${t.name} on X: "${t.text}" / X` : "Post / X"; }
    default: return "Page not found / X";
  }
}

function DesktopPage({ route, data }) {
  switch (route.name) {
    case "home": return <HomePage data={data} />;
    case "status": return <StatusPage route={route} data={data} />;
    case "profile": return <ProfilePage route={route} data={data} />;
    case "explore": return <PlainPage title="Explore" text="Trends for you will show up here." />;
    case "notifications": return <PlainPage title="Notifications" text="Nothing to see here — yet." />;
    default: return <PlainPage title="Page not found" text="Hmm...this page doesn’t exist. Try searching for something else." />;
  }
}

function DesktopApp() {
  const loc = useLocation();
  const data = useAppData();
  let route = matchRoute(loc.path);
  useEffect(() => { const t = titleFor(route, data); if (document.title !== t) document.title = t; });
  if (route.name === "signup") return <SignupPage />;
  // /compose/post is a dialog over the page it was opened from (home when loaded directly).
  const compose = route.name === "compose";
  const background = compose ? matchRoute(loc.state.background && loc.state.background !== loc.path ? loc.state.background : "/home") : route;
  const bgRoute = background.name === "compose" || background.name === "signup" ? { name: "home" } : background;
  const replyTo = compose && loc.state.replyTo ? data.findTweet(loc.state.replyTo) : null;
  const closeDialog = () => {
    if (history.state && history.state.background) history.back();
    else navigate("/home", { replace: true });
  };
  const messages = bgRoute.name === "messages" || bgRoute.name === "conversation";
  const active = { home: "/home", explore: "/explore", notifications: "/notifications", messages: "/i/chat", conversation: "/i/chat" }[bgRoute.name]
    || (bgRoute.name === "profile" && bgRoute.handle.toLowerCase() === ACCOUNT.handle.toLowerCase() ? `/${ACCOUNT.handle}` : null);
  return (
    <div className="app">
      <SideNav active={active} />
      <main role="main" className={messages ? "main wide" : "main"}>
        {messages ? (
          <div data-testid="primaryColumn" className="primary-column wide">
            <MessagesPage route={bgRoute} data={data} />
          </div>
        ) : (
          <>
            <div data-testid="primaryColumn" className="primary-column">
              <DesktopPage route={bgRoute} data={data} />
            </div>
            <Sidebar />
          </>
        )}
      </main>
      <div id="layers">
        {compose && (
          <ComposeDialog key={`${loc.state.replyTo || "new"}`} replyTo={replyTo}
            onPost={replyTo ? (p) => data.postReply(replyTo, p) : data.postTweet} onClose={closeDialog} />
        )}
      </div>
    </div>
  );
}

// --- Mobile web (mobile.x.com): plain <textarea> composers -----------------------------------
function useTextareaComposer({ id, label, onPost }) {
  const [value, setValue] = useState("");
  const [mountKey, setMountKey] = useState(0);
  const { media, mediaRef, addMedia, removeMedia, clearMedia } = useMedia(MAX_MEDIA);
  const latest = useRef("");
  const areaRef = useRef(null);
  const lastSel = useRef({ start: 0, end: 0, direction: "none" });
  const canPostNow = () => latest.current.trim().length > 0 || mediaRef.current.length > 0;
  const canPost = value.trim().length > 0 || media.length > 0;
  const onChange = (e) => {
    latest.current = e.target.value;
    setValue(e.target.value);
  };
  const post = () => {
    if (!canPostNow()) return;
    onPost({ where: id, text: latest.current, media: mediaRef.current });
    latest.current = "";
    setValue("");
    clearMedia();
  };
  const selection = () => {
    const el = areaRef.current;
    if (el) lastSel.current = { start: el.selectionStart, end: el.selectionEnd, direction: el.selectionDirection };
    const s = lastSel.current;
    return { anchorOffset: s.direction === "backward" ? s.end : s.start, focusOffset: s.direction === "backward" ? s.start : s.end,
      start: s.start, end: s.end, isBackward: s.direction === "backward", hasFocus: !!el && document.activeElement === el };
  };
  useRegister(id, {
    label, kind: "textarea",
    text: () => latest.current,
    postEnabled: canPostNow,
    selection,
    media: () => mediaRef.current.map((m) => m.name),
    remount: () => { selection(); setMountKey((k) => k + 1); },
    element: () => areaRef.current,
  });
  const textarea = (placeholder, autoFocus) => (
    <textarea key={mountKey} ref={areaRef} data-testid="tweetTextarea_0" aria-label="Post text" placeholder={placeholder}
      autoFocus={autoFocus} dir="auto" autoCapitalize="sentences" autoComplete="on" autoCorrect="on" spellCheck="true"
      className="m-textarea" value={value} onChange={onChange}
      onKeyDown={(e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); post(); } }}
      onInput={(e) => { e.target.style.height = "auto"; e.target.style.height = `${e.target.scrollHeight}px`; }} />
  );
  return { value, canPost, post, media, addMedia, removeMedia, textarea };
}

function MobileComposer({ id, label, onPost, autoFocus, header }) {
  const c = useTextareaComposer({ id, label, onPost });
  const button = <PostButton testid="tweetButton" enabled={c.canPost} onClick={c.post}>Post</PostButton>;
  return (
    <div className={header ? "m-compose" : "composer m-inline"}>
      {header && header(button)}
      <div className="m-compose-row">
        <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
        <div className="composer-main">
          {c.textarea("What is happening?!", autoFocus)}
          <Attachments media={c.media} onRemove={c.removeMedia} />
          <div className="composer-footer">
            <ComposerToolbar full={c.media.length >= MAX_MEDIA} onFiles={c.addMedia} compact />
            {!header && button}
          </div>
        </div>
      </div>
    </div>
  );
}

const M_TABS = [
  { href: "/home", aria: "Home", testid: "AppTabBar_Home_Link", icon: ICON.home },
  { href: "/explore", aria: "Search and explore", testid: "AppTabBar_Explore_Link", icon: ICON.explore },
  { href: "/notifications", aria: "Notifications", testid: "AppTabBar_Notifications_Link", icon: ICON.bell },
  { href: "/messages", aria: "Direct Messages", testid: "AppTabBar_DirectMessage_Link", icon: ICON.mail },
];
function MobileApp() {
  const loc = useLocation();
  const data = useAppData();
  const route = matchRoute(loc.path);
  useEffect(() => { const t = titleFor(route, data); if (document.title !== t) document.title = t; });
  if (route.name === "compose") {
    const close = () => (history.state && history.state.background ? history.back() : navigate("/home", { replace: true }));
    return (
      <div className="m-app">
        <main role="main" className="m-main">
          <MobileComposer id="compose" label="Mobile compose page" autoFocus
            onPost={(p) => { data.postTweet(p); close(); }}
            header={(button) => (
              <div className="m-compose-bar">
                <button type="button" data-testid="app-bar-close" aria-label="Close" role="button" className="icon-button" onClick={close}>
                  <Icon d={ICON.back} size={20} />
                </button>
                <span className="drafts-link">Drafts</span>
                {button}
              </div>
            )} />
        </main>
      </div>
    );
  }
  if (route.name === "signup") return <SignupPage />;
  return (
    <div className="m-app">
      <header role="banner" className="m-top">
        <Link to={`/${ACCOUNT.handle}`} aria-label="Profile menu" data-testid="DashButton_ProfileIcon_Link"><Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} size={32} /></Link>
        <Link to="/home" aria-label="X" className="m-logo"><Icon d={ICON.logo} size={26} /></Link>
        <span style={{ width: 32 }} />
      </header>
      <main role="main" className="m-main">
        <div data-testid="primaryColumn" className="primary-column m-column">
          {route.name === "home" ? (
            <div aria-label="Home timeline" className="home-timeline">
              <div role="tablist" className="tabs">
                <a href="/home" role="tab" aria-selected="true" className="tab active" onClick={(e) => e.preventDefault()}><span>For you</span></a>
                <a href="/home" role="tab" aria-selected="false" className="tab" onClick={(e) => e.preventDefault()}><span>Following</span></a>
              </div>
              <MobileComposer id="composer" label="Mobile home composer" onPost={data.postTweet} />
              <section role="region" aria-labelledby="timeline-heading" className="timeline">
                <h1 id="timeline-heading" className="visually-hidden">Your Home Timeline</h1>
                <div aria-label="Timeline: Your Home Timeline">
                  {data.timeline.map((t) => <Tweet key={t.id} tweet={t} replies={data.replies[t.id]?.length} onReply={data.openReply} />)}
                </div>
              </section>
            </div>
          ) : route.name === "profile" ? (
            <ProfilePage route={route} data={data} />
          ) : (
            <PlainPage title={{ explore: "Explore", notifications: "Notifications", messages: "Messages", conversation: "Messages" }[route.name] || "Page not found"}
              text="This page of the mobile mock has no composer." />
          )}
        </div>
      </main>
      <Link to="/compose/post" state={{ background: location.pathname }} aria-label="Post" data-testid="FloatingActionButtons_Tweet_Button" className="m-fab">
        <Icon d={ICON.feather} size={24} />
      </Link>
      <nav role="navigation" aria-label="Primary" className="m-tabbar">
        {M_TABS.map((n) => (
          <Link key={n.href} to={n.href} aria-label={n.aria} data-testid={n.testid} className={loc.path === n.href ? "m-tab active" : "m-tab"}>
            <Icon d={n.icon} />
          </Link>
        ))}
        <Link to={`/${ACCOUNT.handle}`} aria-label="Profile" data-testid="AppTabBar_Profile_Link" className="m-tab">
          <Icon d={ICON.profile} />
        </Link>
      </nav>
    </div>
  );
}

ReactDOM.render(MOBILE ? <MobileApp /> : <DesktopApp />, document.getElementById("react-root"));
