// X (x.com, twitter.com, mobile.x.com; the contract's platform id `twitter`, see sites.json): the
// timeline composer, the compose dialog, replies (dialog and inline), direct messages, and the
// mobile-web textarea. Markup from docs/platform-facts.md:
// Draft.js editors marked `data-testid="tweetTextarea_N"`; the acting account is the profile link
// in the navigation (or the account switcher).

import { htmlElements } from "../core/adapter.js";
import { watchPage } from "../core/page-watch.js";

const POST_BOXES = '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]';
const DM_BOX = '[data-testid="dmComposerTextInput"]';

/** The handle of the account the page says is posting, or "". */
function acting() {
  const profile = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute("href");
  if (profile) return profile.replace(/^\/+/, "").split(/[/?#]/)[0];
  const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent || "";
  return switcher.match(/@(\w{1,15})/)?.[1] ?? "";
}

const container = (/** @type {Element} */ node) =>
  node.closest('[role="dialog"]') ?? node.closest('[data-testid="primaryColumn"]') ?? node.closest("main") ?? document.body;

/** @returns {HTMLElement | null} */
function postButton(/** @type {HTMLElement} */ editor, box = container(editor)) {
  if (editor.closest(DM_BOX)) return box.querySelector('[data-testid="dmComposerSendButton"]');
  return box.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
}

/** A reply: X says "Replying to @…" above it, or labels its button "Reply". */
function isReply(/** @type {HTMLElement} */ editor) {
  const box = container(editor);
  const button = postButton(editor, box);
  return /\bReplying to\b/.test(box.textContent) || button?.textContent.trim() === "Reply";
}

/** @returns {import("../core/adapter.js").Composer[]} */
function composers(/** @type {Document} */ doc) {
  // The surface is read only when a new composer turns up (it reads the whole container's text).
  const posts = htmlElements(doc, POST_BOXES).map((editor) => ({
    editor,
    get surface() {
      return isReply(editor) ? "reply" : "post";
    },
  }));
  const messages = htmlElements(doc, DM_BOX).map((box) => ({
    editor: box.matches('[contenteditable="true"], textarea') ? box : (htmlElements(box, '[contenteditable="true"]')[0] ?? box),
    surface: "message",
  }));
  return [...posts, ...messages];
}

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers,
  blockSelector: '[data-block="true"]',
  acting,
  container,
  anchor: (editor) => editor.closest(".DraftEditor-root") ?? editor,
  postButton,
  expectsComposer: () => /^\/(home|compose\/post)\/?$/.test(location.pathname),
  pageRules: [
    { rule: "unofficial-channel", applies: () => location.pathname.startsWith("/i/flow/signup") },
  ],
};

watchPage(adapter);
