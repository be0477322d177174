// Facebook (www.facebook.com): the "Create post" dialog (home, profiles, pages, groups), comment and
// reply boxes, and the Messenger box. All are Lexical editors: `div[role=textbox][contenteditable]
// [data-lexical-editor=true]`, told apart by their labels. Profile pages get the friend-request
// rule; page and group creation pages get the no-unofficial-channels rule.

import { watchComposers } from "../core/composer-watch.js";

const EDITOR = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const FRIEND_BUTTONS = '[aria-label="Add friend"], [aria-label="Confirm request"], [aria-label="Confirm"], [aria-label="Respond"]';

function surfaceOf(editor) {
  const label = editor.getAttribute("aria-label") || "";
  if (/^(Write a comment|Write a reply|Reply|Comment as)/i.test(label)) return "reply";
  if (/^(Message|Aa)$/i.test(label) || editor.closest('[aria-label^="Chat with"], [aria-label="Messenger"]')) return "message";
  return "post";
}

const container = (node) => node.closest('[role="dialog"]') ?? node.closest('[role="article"]') ?? node.parentElement ?? document.body;

/** In the Create post dialog Facebook names the profile or Page that will post it. */
function acting(editor) {
  const dialog = editor.closest('[role="dialog"]');
  const link = dialog?.querySelector('a[role="link"][href^="/"]')?.getAttribute("href");
  return link ? link.replace(/^\/+/, "").split(/[/?#]/)[0] : "";
}

watchComposers({
  site: "facebook",
  composers: (doc) => Array.from(doc.querySelectorAll(EDITOR), (editor) => ({ editor, surface: surfaceOf(editor) })),
  blockSelector: ":scope > *",
  acting,
  container,
  anchor: (editor) => editor.closest('[role="dialog"]') ?? editor,
  postButton: (editor) => editor.closest('[role="dialog"]')?.querySelector('[role="button"][aria-label="Post"]') ?? null,
  // A Create post dialog without an editor in it: Facebook changed, and we would be silent.
  expectsComposer: () => !!document.querySelector('[role="dialog"][aria-label="Create post"]'),
  pageRules: [
    { rule: "friend-request", applies: () => !!document.querySelector(FRIEND_BUTTONS) },
    { rule: "unofficial-channel", applies: () => /^\/(pages\/creat|groups\/create)/.test(location.pathname) },
  ],
});
