// Facebook (www.facebook.com): the "Create post" dialog (home, profiles, pages, groups), comment and
// reply boxes, and the Messenger box (floating chat and /messages). All are Lexical editors:
// `div[role=textbox][contenteditable][data-lexical-editor=true]`, told apart by their labels.
// Profile pages that offer to add, confirm or respond to a friend request get the friend-request
// rule; page and group creation pages get the no-unofficial-channels rule.
//
// A feed holds a comment box under every post: only the one being written in (focused, or with a
// draft in it) is watched, so the feed is not covered in panels.

import { htmlElements } from "../core/adapter.js";
import { watchPage } from "../core/page-watch.js";
import labels from "./labels.json";

const EDITOR = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
// Where a draft's box ends at the latest.
const REGION = '[role="article"], [role="dialog"], [role="main"]';
const FRIEND_BUTTONS = [
  '[role="button"][aria-label="Add friend"]',
  '[role="button"][aria-label="Confirm request"]',
  '[role="button"][aria-label="Confirm"]',
  '[role="button"][aria-label="Respond"]',
].join(", ");
// The words of Facebook's own send buttons where they are known (labels.json), preferred to the
// structural guess (the last button of a dialog, the first after a comment box).
const SEND_WORDS = new Set(Object.values(labels.facebook_send.words).flat());
// First path segments that are Facebook's own pages, not a person's or a Page's profile.
const RESERVED = new Set([
  "", "home.php", "friends", "groups", "pages", "messages", "marketplace", "watch", "gaming", "events", "memories",
  "saved", "feeds", "reel", "reels", "stories", "notifications", "settings", "bookmarks", "search", "photo", "photos",
  "help", "policies", "privacy", "ads", "business", "fundraisers", "jobs", "latest", "login", "checkpoint",
]);

/**
 * The surface, by structure, in any language: a box beside a conversation (`role=grid` of messages)
 * is a message; a box inside a post or comment (`role=article`) is a comment (surface `reply`);
 * any other is a post.
 */
function surfaceOf(/** @type {HTMLElement} */ editor) {
  const region = editor.closest('[role="dialog"]') ?? editor.closest('[role="main"]');
  if (region?.querySelector('[role="grid"]') || location.pathname.startsWith("/messages/")) return "message";
  if (editor.closest('[role="article"]')) return "reply";
  return "post";
}

/** The Create post dialog around a post's box, or null. */
const createDialog = (/** @type {HTMLElement} */ editor) => (surfaceOf(editor) === "post" ? editor.closest('[role="dialog"]') : null);

/** A comment or reply box under a post: watched only while someone is writing in it. */
const inUse = (/** @type {HTMLElement} */ editor) => document.activeElement === editor || editor.textContent.trim() !== "";

/** @returns {import("../core/adapter.js").Composer[]} */
function composers(/** @type {Document} */ doc) {
  // Comments, replies and messages send on Enter.
  return htmlElements(doc, EDITOR).map((editor) => {
    const surface = surfaceOf(editor);
    return { editor, surface, enterSends: surface !== "post" };
  }).filter(
    ({ editor, surface }) => surface !== "reply" || inUse(editor),
  );
}

const container = (/** @type {Element} */ node) =>
  node.closest('[role="dialog"]') ?? node.closest('[role="article"]') ?? node.closest('[role="main"]') ?? node.parentElement ?? document.body;

/** The profile or Page slug a link points at ("/jo.bloggs", "/profile.php?id=…" → ""), or "". */
function slugOf(/** @type {{getAttribute(name: string): string | null} | null} */ link) {
  const href = link?.getAttribute("href") || "";
  const match = href.match(/^(?:https:\/\/(?:www|web)\.facebook\.com)?\/([A-Za-z0-9._-]+)\/?(?:[?#].*)?$/);
  return match && !RESERVED.has(match[1].toLowerCase()) ? match[1] : "";
}

/**
 * Who is posting. In the Create post dialog Facebook names the profile or Page that will post it
 * (the link beside the avatar). Elsewhere (comments, chat) it is the account that is logged in, or
 * the Page it is acting as: the navigation's first link to a profile with its picture.
 * Where neither is on the page (Messenger, someone else's profile), "" (the panel says it assumes).
 */
function acting(/** @type {HTMLElement} */ editor) {
  const dialog = createDialog(editor);
  if (dialog) {
    const slug = slugOf(dialog.querySelector('a[role="link"][href^="/"]'));
    if (slug) return slug;
  }
  for (const link of document.querySelectorAll('[role="navigation"] a[href]')) {
    const slug = slugOf(link);
    if (slug && link.querySelector("svg, img")) return slug;
  }
  return "";
}

const enabled = (/** @type {HTMLElement} */ button) => button.getAttribute("aria-disabled") !== "true";

/**
 * The site's own send button for this editor. A post: the Create post dialog's Post, or its Next
 * (a Page's composer has a Next step before "Post settings", and the box is gone by then: Next is
 * where the draft leaves it), by its known words, else the dialog's last button. A comment or a
 * message: the first button after the box, a few levels up (Comment, Send), short of the whole post.
 * @returns {HTMLElement | null}
 */
function postButton(/** @type {HTMLElement} */ editor) {
  const dialog = createDialog(editor);
  if (dialog) {
    const buttons = htmlElements(dialog, '[role="button"]');
    return buttons.find((b) => SEND_WORDS.has(b.getAttribute("aria-label") ?? "")) ?? buttons.filter(enabled).pop() ?? null;
  }
  let node = editor.parentElement;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    const after = htmlElements(node, '[role="button"]').filter(
      (b) => !!(editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) && !editor.contains(b),
    );
    if (after.length) return after.find((b) => SEND_WORDS.has(b.getAttribute("aria-label") ?? "")) ?? after[0];
    if (node.matches(REGION)) break;
  }
  return null;
}

/** A person's or a Page's profile (not Facebook's own pages). */
const onProfile = () => /^\/profile\.php$/.test(location.pathname) || !!slugOf({ getAttribute: () => location.pathname });

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers,
  blockSelector: ":scope > *",
  acting,
  container,
  // Beside the whole dialog or floating chat (not over it), else beside the box.
  anchor: (editor) => editor.closest('[role="dialog"]') ?? editor,
  postButton,
  // A dialog with a file input and no text box we know (the Create post dialog as it was): Facebook
  // changed, and we would be silent. A dialog at its "Post settings" step has no file input.
  expectsComposer: () => htmlElements(document, '[role="dialog"]').some((d) => !!d.querySelector('input[type="file"]')),
  pageRules: [
    { rule: "friend-request", applies: () => onProfile() && !!document.querySelector(FRIEND_BUTTONS) },
    { rule: "unofficial-channel", applies: () => /^\/(pages\/creat|groups\/create)/.test(location.pathname) },
  ],
};

watchPage(adapter);
