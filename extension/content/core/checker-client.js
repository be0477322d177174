// What a content script asks the service worker besides checking a draft (shared/check.js): the
// checker's greeting, the toolbar's state for this tab, a clause to show; and the notice that the
// policy pack changed.

import { closeCheckerPort } from "../../shared/checker-port.js";
import { BOOT_TIMEOUT_MS, ask, isNotice } from "../../shared/protocol.js";

/** @typedef {import("../../shared/protocol.js").Hello} Hello */

/** @type {Promise<Hello | {error: string}> | null} */
let hello = null;

/** The checker's greeting ({channels, rules, page_rules, …}) once it is ready; asks again after a failure. */
export async function connect() {
  hello ??= ask("hello", {}, { timeoutMs: BOOT_TIMEOUT_MS });
  const answer = await hello;
  if ("error" in answer) hello = null; // the next call tries again (the checker may recover)
  return answer;
}

/** Call `callback` when the checker has switched policy pack (the organisation's named one has
 * arrived, see the service worker): its rules and channels may differ, so greet it again first. */
export function onPackChanged(/** @type {() => void} */ callback) {
  chrome.runtime.onMessage.addListener((message, sender) => {
    const fromWorker = sender.id === chrome.runtime.id && !sender.tab;
    if (!fromWorker || !isNotice(message) || message.type !== "pack-changed") return;
    hello = null;
    closeCheckerPort(); // bound to the old pack
    callback();
  });
}

/** Call `callback` when the person pressed the shortcut that moves the focus to Policy Guard's panel. */
export function onFocusPanel(/** @type {() => void} */ callback) {
  chrome.runtime.onMessage.addListener((message, sender) => {
    const fromWorker = sender.id === chrome.runtime.id && !sender.tab;
    if (fromWorker && isNotice(message) && message.type === "focus-panel") callback();
  });
}

/** Tell the toolbar whether this tab's site is being checked. */
export function reportSite(/** @type {string} */ site, /** @type {string} */ state, /** @type {string} */ reason) {
  ask("site-status", { site, state, reason }); // never rejects: failures become {error}
}

/** A draft went: the checker forgets the words it keeps from drafts (its caches). */
export function forgetDrafts() {
  ask("forget"); // never rejects: failures become {error}
}

export function openClause(/** @type {string} */ clause) {
  ask("open-clause", { clause });
}
