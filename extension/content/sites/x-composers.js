// X's composers, as x.com and X Pro (pro.x.com) both draw them: not an entry point, the part of
// the X adapters (x.js, x-pro.js) they share. Markup from docs/platform-facts.md: Draft.js editors
// marked `data-testid="tweetTextarea_N"` (mobile web: a textarea with the same test id), each in a
// cell with its toolbar (`toolBar`), its attachments (`attachments`) and its Post button
// (`tweetButtonInline` on the timeline, `tweetButton` in a dialog or column); X Chat (`/i/chat`)
// renders in an open shadow root under `xchatEmbedRoute`, its composer a React-controlled
// `textarea[data-testid="dm-composer-textarea"]` in `dm-composer-form`, whose send button exists
// only while there is text. Everything here is found by test ids, roles and structure, never by
// the interface's words, so it works in every language.

import { htmlElements } from "../core/adapter.js";

const POST_BOXES = '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]';
const CHAT_HOST = '[data-testid="xchatEmbedRoute"]';
const CHAT_BOX = 'textarea[data-testid="dm-composer-textarea"]';
const CHAT_FORM = 'form[data-testid="dm-composer-form"]';
const TOOLBAR = '[data-testid="toolBar"]';
const POST_BUTTONS = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const AVATAR = '[data-testid^="UserAvatar-Container-"]';
// Where a composer's cell ends at the latest: the page's own regions.
const OUTER = '[role="dialog"], [data-testid="primaryColumn"], main, body';

/** X Chat's composers, inside the open shadow roots X draws Chat in. */
function chatBoxes(/** @type {Document} */ doc) {
  return htmlElements(doc, CHAT_HOST).flatMap((host) => (host.shadowRoot ? htmlElements(host.shadowRoot, CHAT_BOX) : []));
}

/**
 * A composer's own cell: the nearest box around `node` that holds both an editor and its toolbar
 * (so its attachments, and nothing of the timeline beside it). A file input or a preview inside
 * the cell has the same cell as its editor.
 */
export function cellOf(/** @type {Element} */ node) {
  const chat = node.closest(CHAT_FORM);
  if (chat) return chat;
  for (let box = node.parentElement; box; box = box.parentElement) {
    if (box.querySelector(TOOLBAR) && box.querySelector(POST_BOXES)) return box;
    if (box.matches(OUTER)) return box;
  }
  return node.ownerDocument.body;
}

/** @returns {HTMLElement | null} the site's own button that sends this draft */
export function postButton(/** @type {HTMLElement} */ editor) {
  if (editor.matches(CHAT_BOX)) return editor.closest(CHAT_FORM)?.querySelector('[data-testid="dm-composer-send-button"]') ?? null;
  const box = editor.closest('[role="dialog"]') ?? cellOf(editor);
  return box.querySelector(POST_BUTTONS);
}

/**
 * A reply, by structure: the box of a post's own page (not a dialog over it), or a dialog or column
 * that shows the post being replied to (its `tweetText`) above the editor. A quoted post shows
 * below the editor: a quote is a post.
 */
function isReply(/** @type {HTMLElement} */ editor) {
  const dialog = editor.closest('[role="dialog"], [data-testid="column"]');
  if (!dialog) return /^\/[^/]+\/status\/\d+/.test(location.pathname);
  return htmlElements(dialog, '[data-testid="tweetText"]').some(
    (text) => !!(text.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}

/**
 * The account the composer itself shows: the nearest avatar (`UserAvatar-Container-HANDLE`) before
 * the editor, around its cell, that is not part of a post (a reply shows the replied-to post's
 * author above); or "".
 */
export function composerAccount(/** @type {HTMLElement} */ editor) {
  let box = cellOf(editor);
  for (let depth = 0; box && depth < 3; depth += 1, box = box.parentElement) {
    const before = htmlElements(box, AVATAR).filter(
      (a) => !a.closest("article") && !!(a.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    const avatar = before[before.length - 1];
    if (avatar) return avatar.getAttribute("data-testid").replace("UserAvatar-Container-", "");
  }
  return "";
}

/** The handle the navigation says is logged in (the profile link, or the account switcher), or "". */
export function navigationAccount() {
  const profile = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute("href");
  if (profile) return profile.replace(/^\/+/, "").split(/[/?#]/)[0];
  const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent || "";
  return switcher.match(/@(\w{1,15})/)?.[1] ?? "";
}

/**
 * Every X composer on the page: posts, replies (the surface worked out again on every scan, as a
 * post becomes a reply), and Chat messages (Enter sends them).
 * @returns {import("../core/adapter.js").Composer[]}
 */
export function composers(/** @type {Document} */ doc) {
  const posts = htmlElements(doc, POST_BOXES).map((editor) => ({
    editor,
    get surface() {
      return isReply(editor) ? "reply" : "post";
    },
  }));
  const chats = chatBoxes(doc).map((editor) => ({ editor, surface: "message", enterSends: true }));
  return [...posts, ...chats];
}

/** What the panel stands beside: the composer's whole cell (never over its toolbar or Post button). */
export const anchorOf = (/** @type {HTMLElement} */ editor) => (editor.matches(CHAT_BOX) ? cellOf(editor) : editor.closest('[role="dialog"]') ?? cellOf(editor));

export const BLOCKS = '[data-block="true"]';
