// Instagram (www.instagram.com): the caption step of "Create new post", the comment box (a
// textarea) and direct messages. The acting account is the profile link in the navigation
// (`img[alt="HANDLE's profile picture"]`). Follow-request views get the friend-request rule;
// the sign-up page gets the no-unofficial-channels rule.

import { watchComposers } from "../core/composer-watch.js";

const BOXES = [
  ['div[aria-label="Write a caption..."][contenteditable="true"]', "post"],
  ['textarea[aria-label^="Add a comment"]', "reply"],
  ['div[aria-label="Message"][contenteditable="true"][role="textbox"]', "message"],
];

function acting() {
  const picture = document.querySelector('a[href] img[alt$="\'s profile picture"]');
  return picture ? picture.getAttribute("alt").replace(/'s profile picture$/, "") : "";
}

const container = (node) => node.closest('[role="dialog"]') ?? node.closest("article") ?? node.closest("main") ?? document.body;

function buttonNamed(box, name) {
  return Array.from(box.querySelectorAll('[role="button"], button')).find((b) => b.textContent.trim() === name) ?? null;
}

function postButton(editor) {
  const box = container(editor);
  if (editor.matches("textarea")) return buttonNamed(editor.closest("form, section, div") ?? box, "Post");
  return buttonNamed(box, editor.getAttribute("aria-label") === "Message" ? "Send" : "Share");
}

const followRequests = () =>
  (location.pathname.startsWith("/accounts/activity") && new URLSearchParams(location.search).has("followRequests")) ||
  !!Array.from(document.querySelectorAll("h1, h2")).find((h) => h.textContent.trim() === "Follow requests");

watchComposers({
  site: "instagram",
  composers: (doc) => BOXES.flatMap(([selector, surface]) => Array.from(doc.querySelectorAll(selector), (editor) => ({ editor, surface }))),
  blockSelector: ":scope > *",
  acting,
  container,
  anchor: (editor) => editor,
  postButton,
  // The caption step is showing but its box is not where we look: Instagram changed.
  expectsComposer: () => !!document.querySelector('[role="dialog"][aria-label="Create new post"]') && !!buttonNamed(document, "Share"),
  pageRules: [
    { rule: "friend-request", applies: followRequests },
    { rule: "unofficial-channel", applies: () => location.pathname.startsWith("/accounts/emailsignup") },
  ],
});
