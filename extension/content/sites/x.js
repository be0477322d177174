// X (x.com, twitter.com, mobile.x.com): the timeline composer, the compose dialog, replies (dialog
// and inline), direct messages, and the mobile-web textarea. Markup from the platform facts:
// Draft.js editors marked `data-testid="tweetTextarea_N"`; the acting account is the profile link
// in the navigation (or the account switcher).

import { watchComposers } from "../core/composer-watch.js";

const POST_BOXES = '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]';
const DM_BOX = '[data-testid="dmComposerTextInput"]';

/** The handle of the account the page says is posting, or "". */
function acting() {
  const profile = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute("href");
  if (profile) return profile.replace(/^\/+/, "").split(/[/?#]/)[0];
  const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent || "";
  return switcher.match(/@(\w{1,15})/)?.[1] ?? "";
}

const container = (node) =>
  node.closest('[role="dialog"]') ?? node.closest('[data-testid="primaryColumn"]') ?? node.closest("main") ?? document.body;

function postButton(editor, box = container(editor)) {
  if (editor.closest(DM_BOX)) return box.querySelector('[data-testid="dmComposerSendButton"]');
  return box.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
}

/** A reply: X says "Replying to @…" above it, or labels its button "Reply". */
function isReply(editor) {
  const box = container(editor);
  const button = postButton(editor, box);
  return /\bReplying to\b/.test(box.textContent) || button?.textContent.trim() === "Reply";
}

function composers(doc) {
  // The surface is read only when a new composer turns up (it reads the whole container's text).
  const posts = Array.from(doc.querySelectorAll(POST_BOXES), (editor) => ({
    editor,
    get surface() {
      return isReply(editor) ? "reply" : "post";
    },
  }));
  const messages = Array.from(doc.querySelectorAll(DM_BOX), (box) => ({
    editor: box.matches('[contenteditable="true"], textarea') ? box : box.querySelector('[contenteditable="true"]') ?? box,
    surface: "message",
  }));
  return [...posts, ...messages];
}

watchComposers({
  site: "twitter",
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
});
