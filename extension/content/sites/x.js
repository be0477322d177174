// X (x.com, twitter.com): the timeline composer, the compose dialog and the mobile-web textarea.
// Markup from the platform facts: Draft.js editors marked `data-testid="tweetTextarea_N"`; the
// acting account is the profile link in the side navigation (or the account switcher).

import { accountFor } from "../core/accounts.js";
import { watchComposers } from "../core/composer-watch.js";

const COMPOSER = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  'textarea[data-testid^="tweetTextarea_"]',
].join(", ");

/** The handle of the account the page says is posting, or "". */
function actingHandle() {
  const profile = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute("href");
  if (profile) return profile.replace(/^\/+/, "").split(/[/?#]/)[0];
  const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent || "";
  return switcher.match(/@(\w{1,15})/)?.[1] ?? "";
}

/** Draft.js keeps one `[data-block]` element per line; empty lines hold only a <br>. */
function readText(composer) {
  if (composer instanceof HTMLTextAreaElement) return composer.value;
  const blocks = composer.querySelectorAll('[data-block="true"]');
  if (!blocks.length) return composer.innerText;
  return Array.from(blocks, (block) => block.textContent).join("\n");
}

watchComposers({
  site: "twitter",
  find: (doc) => doc.querySelectorAll(COMPOSER),
  readText,
  context: (composer, channels) => ({ platform: "twitter", surface: "post", ...accountFor(actingHandle(), "twitter", channels) }),
  anchor: (composer) => composer.closest(".DraftEditor-root") ?? composer,
});
