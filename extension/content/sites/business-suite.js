// Meta Business Suite (business.facebook.com; checked as Facebook's site, with its settings): the
// post composer from which Pages and their Instagram accounts post. Its text box is Meta's own
// Draft.js build, not Lexical: `div.notranslate[contenteditable][role=combobox]` (docs/platform-facts.md).
// Found by structure, in any interface language: the composer is the region around a Draft.js box
// that holds the placement switches (`role=switch`), each beside a link to the Page or Instagram
// account it posts to. The same draft goes to every placement that is on, so it is checked for each
// (Facebook as the Page, Instagram as its account) and shown in one panel (draft-session.js).

import { htmlElements } from "../core/adapter.js";
import { watchPage } from "../core/page-watch.js";
import labels from "./labels.json";

const EDITOR = '.DraftEditor-root [contenteditable="true"][role="combobox"], .DraftEditor-root [contenteditable="true"][role="textbox"]';
const PUBLISH = new Set(Object.values(labels.publish.words).flat());
const PROFILE = /^https:\/\/(?:www\.)?(facebook|instagram)\.com\/([A-Za-z0-9._-]+)\/?$/;

/** The composer around an editor: the nearest box holding the placement switches too. */
function composerOf(/** @type {Element} */ node) {
  for (let box = node.parentElement; box; box = box.parentElement) {
    if (box.querySelector('[role="switch"]') && box.querySelector(".DraftEditor-root")) return box;
    if (box.matches('[role="main"], [role="dialog"], body')) return box;
  }
  return node.ownerDocument.body;
}

/**
 * The placements that are on, each as the platform and the account it posts to, in the page's
 * order: a switch and, in the same row, the link to the account's profile.
 * @returns {import("../core/adapter.js").Placement[]}
 */
function placements(/** @type {HTMLElement} */ editor) {
  const composer = composerOf(editor);
  return htmlElements(composer, '[role="switch"][aria-checked="true"]').flatMap((toggle) => {
    let row = toggle.parentElement;
    while (row && row !== composer && !row.querySelector("a[href]")) row = row.parentElement;
    const match = row?.querySelector("a[href]")?.getAttribute("href")?.match(PROFILE);
    return match ? [{ platform: match[1], acting: match[2] }] : [];
  });
}

/** Publish: by its known label, else the composer's last button (Meta puts the main action last). */
function postButton(/** @type {HTMLElement} */ editor) {
  const buttons = htmlElements(composerOf(editor), '[role="button"], button');
  return buttons.find((b) => PUBLISH.has(b.textContent.trim())) ?? buttons[buttons.length - 1] ?? null;
}

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers: (doc) => htmlElements(doc, EDITOR).map((editor) => ({ editor, surface: "post" })),
  blockSelector: '[data-block="true"]',
  acting: () => "", // only a placement says who posts: with none on, the person's default account
  placements,
  container: composerOf,
  anchor: (editor) => editor.closest(".DraftEditor-root") ?? editor,
  postButton,
  // The composer's page: its box should be there.
  expectsComposer: () => location.pathname.startsWith("/latest/composer"),
  pageRules: [],
};

watchPage(adapter);
