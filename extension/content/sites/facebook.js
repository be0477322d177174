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

const CREATE = '[role="dialog"][aria-label="Create post"]';
const EDITOR = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const FRIEND_BUTTONS = [
  '[role="button"][aria-label="Add friend"]',
  '[role="button"][aria-label="Confirm request"]',
  '[role="button"][aria-label="Confirm"]',
  '[role="button"][aria-label="Respond"]',
].join(", ");
// First path segments that are Facebook's own pages, not a person's or a Page's profile.
const RESERVED = new Set([
  "", "home.php", "friends", "groups", "pages", "messages", "marketplace", "watch", "gaming", "events", "memories",
  "saved", "feeds", "reel", "reels", "stories", "notifications", "settings", "bookmarks", "search", "photo", "photos",
  "help", "policies", "privacy", "ads", "business", "fundraisers", "jobs", "latest", "login", "checkpoint",
]);

function surfaceOf(/** @type {HTMLElement} */ editor) {
  const label = editor.getAttribute("aria-label") || "";
  if (/^(Write a comment|Write a reply|Reply|Comment as|Write a public comment|Submit your first comment)/i.test(label)) return "reply";
  if (/^(Message|Aa)$/i.test(label) || editor.closest('[aria-label^="Chat with"], [aria-label^="Conversation with"]')) {
    return "message";
  }
  return "post";
}

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
 * the Page it is acting as: the first entry of the left "Shortcuts" navigation links to it.
 * Where neither is on the page (Messenger, someone else's profile), "" (the panel says it assumes).
 */
function acting(/** @type {HTMLElement} */ editor) {
  const dialog = editor.closest(CREATE);
  if (dialog) {
    const slug = slugOf(dialog.querySelector('a[role="link"][href^="/"]'));
    if (slug) return slug;
  }
  const nav = document.querySelector('[role="navigation"][aria-label="Shortcuts"]');
  for (const link of nav?.querySelectorAll("a[href]") ?? []) {
    const slug = slugOf(link);
    if (slug && link.querySelector("svg, img")) return slug;
  }
  return "";
}

/** The site's own send button for this editor: Post in the dialog, Comment under a post, Send in chat. */
/** @returns {HTMLElement | null} */
function postButton(/** @type {HTMLElement} */ editor) {
  const dialog = editor.closest(CREATE);
  if (dialog) return dialog.querySelector('[role="button"][aria-label="Post"]');
  const wanted = surfaceOf(editor) === "message"
    ? '[role="button"][aria-label="Press Enter to send"], [role="button"][aria-label="Send"]'
    : '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';
  // The button sits a few levels up, beside the editor: stop before reaching the whole post.
  let node = editor.parentElement;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    const [button] = htmlElements(node, wanted);
    if (button) return button;
    if (node.matches('[role="article"], [role="dialog"], [role="main"]')) break;
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
  anchor: (editor) => editor.closest(`${CREATE}, [role="dialog"][aria-label^="Chat with"]`) ?? editor,
  postButton,
  // A Create post dialog without an editor in it: Facebook changed, and we would be silent.
  expectsComposer: () => !!document.querySelector(CREATE),
  pageRules: [
    { rule: "friend-request", applies: () => onProfile() && !!document.querySelector(FRIEND_BUTTONS) },
    { rule: "unofficial-channel", applies: () => /^\/(pages\/creat|groups\/create)/.test(location.pathname) },
  ],
};

watchPage(adapter);
