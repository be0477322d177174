// Instagram (www.instagram.com): the caption step of "Create new post", the comment boxes (plain
// textareas) and direct messages (Lexical). The acting account is the one the page shows as
// yours: the avatar beside the caption in the Create dialog, otherwise the profile link in the
// navigation (`a[href="/HANDLE/"]` around `img[alt="HANDLE's profile picture"]`). Follow-request
// views get the friend-request rule; the sign-up page gets the no-unofficial-channels rule.

import { htmlElements } from "../core/adapter.js";
import { watchPage } from "../core/page-watch.js";
import { forgetMedia, hasPreviews } from "../core/media.js";

const CREATE = '[role="dialog"][aria-label="Create new post"]';
const BOXES = [
  [`${CREATE} div[aria-label="Write a caption..."][contenteditable="true"]`, "post"],
  ['textarea[aria-label^="Add a comment"]', "reply"],
  ['div[aria-label="Message"][contenteditable="true"][role="textbox"]', "message"],
];
const PICTURE = /^(.+)'s profile picture$/;

const handleOf = (/** @type {Element | null} */ img) => img?.getAttribute("alt")?.match(PICTURE)?.[1] ?? "";

/** The handle of the account the page says is posting, or "" when it does not say. */
function acting(/** @type {HTMLElement} */ editor) {
  // The caption step shows who is posting beside the caption (not a link, no other avatars).
  const dialog = editor?.closest?.(CREATE);
  const own = dialog && handleOf(dialog.querySelector('img[alt$="\'s profile picture"]'));
  if (own) return own;
  // The navigation's profile link: its href and its picture name the same account. Only the
  // navigation's: feeds, stories and suggestions show other people's pictures in links too.
  for (const nav of document.querySelectorAll('[role="navigation"]')) {
    for (const img of nav.querySelectorAll('a[href] img[alt$="\'s profile picture"]')) {
      const handle = handleOf(img);
      const href = img.closest("a").getAttribute("href").replace(/^https:\/\/(www\.)?instagram\.com/, "");
      if (handle && href.replace(/^\/+|\/+$/g, "") === handle) return handle;
    }
  }
  return "";
}

/**
 * A direct-message composer: everything around the message box and its attachments, short of the
 * conversation (role=grid) whose sent photos are not the draft's.
 */
function threadComposer(/** @type {Element} */ node) {
  const grid = node.closest("main")?.querySelector('[role="grid"]');
  if (!grid || grid.contains(node)) return null;
  let box = node;
  while (box.parentElement && !box.parentElement.contains(grid)) box = box.parentElement;
  return box;
}

const container = (/** @type {Element} */ node) =>
  node.closest('[role="dialog"]') ?? node.closest("article") ?? threadComposer(node) ?? node.closest("main") ?? document.body;

/** @returns {HTMLElement | null} */
function buttonNamed(/** @type {Element} */ box, /** @type {string} */ name) {
  return htmlElements(box, '[role="button"], button').find((b) => b.textContent.trim() === name) ?? null;
}

function postButton(/** @type {HTMLElement} */ editor) {
  if (editor.matches("textarea")) return buttonNamed(editor.closest("form") ?? container(editor), "Post");
  return buttonNamed(container(editor), editor.getAttribute("aria-label") === "Message" ? "Send" : "Share");
}

/**
 * Back at "Select from computer" (the media removed, or "Discard" from the crop step), the draft
 * has no media: the next files start a new list rather than joining the ones removed.
 */
function forgetRemovedMedia(/** @type {Document} */ doc) {
  for (const dialog of doc.querySelectorAll(CREATE)) {
    if (!hasPreviews(dialog) && buttonNamed(dialog, "Select from computer")) forgetMedia(dialog);
  }
}

/** @returns {import("../core/adapter.js").Composer[]} */
function composers(/** @type {Document} */ doc) {
  forgetRemovedMedia(doc);
  // Comments and messages send on Enter; a caption's Enter is a new line.
  return BOXES.flatMap(([selector, surface]) =>
    htmlElements(doc, selector).map((editor) => ({ editor, surface, enterSends: surface !== "post" })));
}

const followRequests = () =>
  (location.pathname.startsWith("/accounts/activity") && new URLSearchParams(location.search).has("followRequests")) ||
  !!Array.from(document.querySelectorAll("h1, h2")).find((h) => h.textContent.trim() === "Follow requests");

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers,
  blockSelector: ":scope > *",
  acting,
  container,
  anchor: (editor) => editor,
  postButton,
  // The caption step is showing but its box is not where we look: Instagram changed.
  expectsComposer: () => {
    const dialog = document.querySelector(CREATE);
    return !!dialog && !!buttonNamed(dialog, "Share");
  },
  pageRules: [
    { rule: "friend-request", applies: followRequests },
    { rule: "unofficial-channel", applies: () => /^\/accounts\/(emailsignup|signup)\b/.test(location.pathname) },
  ],
};

watchPage(adapter);
