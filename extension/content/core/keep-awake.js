// Firefox unloads an idle event page 30 s after its last message, and the checker with it: the next
// check would wait for a fresh boot. While a composer on this page holds the focus or a draft, a
// message every KEEP_AWAKE_MS (one the checker answers without Python) keeps it awake, so a person
// who pauses mid-draft finds their next keystroke checked at once. (Chrome's checker, in an
// offscreen document, does not sleep; the message costs it nothing.)

import { ask } from "../../shared/protocol.js";

const KEEP_AWAKE_MS = 20_000;

/** Keep the checker awake while `inUse()` says a composer here is in use (and the tab is visible). */
export function keepAwake(/** @type {() => boolean} */ inUse) {
  setInterval(() => {
    if (document.visibilityState === "visible" && inUse()) ask("status");
  }, KEEP_AWAKE_MS);
}
