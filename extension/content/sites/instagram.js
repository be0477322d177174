// Instagram (www.instagram.com): the caption step of "Create new post", the comment boxes (plain
// textareas) and direct messages (Lexical). The acting account is the one the page shows as
// yours: the avatar beside the caption in the Create dialog, otherwise the profile link in the
// navigation (`a[href="/HANDLE/"]` around `img[alt="HANDLE's profile picture"]`). Follow-request
// views get the friend-request rule; the sign-up page gets the no-unofficial-channels rule.

import { htmlElements } from "../core/adapter.js";
import { watchPage } from "../core/page-watch.js";
import { forgetMedia, hasPreviews } from "../core/media.js";

// Found by structure, in any interface language: the caption is the text box of a dialog (the
// Create new post dialog's caption step), a comment is a textarea in a form, a message is a text
// box beside a conversation (`role=grid`). No label is read: the caption box is found whether it
// says "Write a caption..." or "Write a caption…" (U+2026), or anything in another language.
const BOX = 'div[contenteditable="true"][role="textbox"]';
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

/** @returns {"post" | "reply" | "message" | ""} what a box is, or "" for none of ours */
function surfaceOf(/** @type {HTMLElement} */ box) {
  if (box instanceof HTMLTextAreaElement) return box.closest("form") && !box.closest('[role="search"]') ? "reply" : "";
  if (box.closest('[role="dialog"]')) return "post";
  return box.closest("main")?.querySelector('[role="grid"]') ? "message" : "";
}

/** The handle an avatar shows: its picture's alt names it ("jo_bloggs's profile picture", "Foto del perfil de jo_bloggs"). */
function handleIn(/** @type {Element | null} */ img, /** @type {string} */ handle) {
  return handle && HANDLE.test(handle) && (img?.getAttribute("alt") ?? "").includes(handle) ? handle : "";
}

/** The handle of the account the page says is posting, or "" when it does not say. */
function acting(/** @type {HTMLElement} */ editor) {
  // The caption step shows who is posting beside the caption: an avatar and the handle in one row.
  const dialog = editor?.closest?.('[role="dialog"]');
  for (const img of dialog?.querySelectorAll("img[alt]") ?? []) {
    const own = handleIn(img, img.parentElement?.textContent.trim() ?? "");
    if (own) return own;
  }
  // The navigation's profile link: its href and its picture name the same account. Only the
  // navigation's: feeds, stories and suggestions show other people's pictures in links too.
  for (const img of document.querySelectorAll('[role="navigation"] a[href] img[alt]')) {
    const href = img.closest("a").getAttribute("href").replace(/^https:\/\/(www\.)?instagram\.com/, "");
    const own = handleIn(img, href.replace(/^\/+|\/+$/g, ""));
    if (own) return own;
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

const CONTROLS = '[role="button"], [role="link"], button, a[href]';

/**
 * The site's own send button: Share at the top of the Create dialog (a link now), Post beside a
 * comment, Send beside a message: the last control after the box in its row (a few levels up).
 * @returns {HTMLElement | null}
 */
function postButton(/** @type {HTMLElement} */ editor) {
  const dialog = editor.closest('[role="dialog"]');
  if (dialog && surfaceOf(editor) === "post") {
    const header = dialog.firstElementChild;
    return header ? (htmlElements(header, CONTROLS).pop() ?? null) : null;
  }
  let node = editor.parentElement;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    const after = htmlElements(node, CONTROLS).filter((b) => !!(editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING));
    if (after.length) return after[after.length - 1];
    if (node.matches('[role="dialog"], article, main, form')) break;
  }
  return null;
}

/**
 * Back at the first step (the media removed, or "Discard" from the crop step: the dialog shows no
 * previews and no caption box), the draft has no media: the next files start a new list rather
 * than joining the ones removed.
 */
function forgetRemovedMedia(/** @type {Document} */ doc) {
  for (const dialog of doc.querySelectorAll('[role="dialog"]')) {
    if (!hasPreviews(dialog) && !dialog.querySelector(BOX)) forgetMedia(dialog);
  }
}

/** @returns {import("../core/adapter.js").Composer[]} */
function composers(/** @type {Document} */ doc) {
  forgetRemovedMedia(doc);
  // Comments and messages send on Enter; a caption's Enter is a new line.
  return htmlElements(doc, `${BOX}, textarea`).flatMap((editor) => {
    const surface = surfaceOf(editor);
    return surface ? [{ editor, surface, enterSends: surface !== "post" }] : [];
  });
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
  // A dialog with the post's media and an editable box we do not know (its caption step, changed):
  // Instagram changed, and we would be silent.
  expectsComposer: () =>
    htmlElements(document, '[role="dialog"]').some((d) => hasPreviews(d) && !!d.querySelector('[contenteditable="true"], textarea')),
  pageRules: [
    { rule: "friend-request", applies: followRequests },
    { rule: "unofficial-channel", applies: () => /^\/accounts\/(emailsignup|signup)\b/.test(location.pathname) },
  ],
};

watchPage(adapter);
