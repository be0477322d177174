// Firefox unloads an idle event page 30 s after its last message, and the checker with it: the next
// check would wait for a fresh boot. While a composer on this page holds the focus or a draft, a
// message every KEEP_AWAKE_MS (one the checker answers without Python) keeps it awake, so a person
// who pauses mid-draft finds their next keystroke checked at once. (Chrome's checker, in an
// offscreen document, does not sleep; the message costs it nothing.) After a sleep, a check that
// waits for the boot says so: the panel shows "Starting the policy checker…" until it answers.

import { ask } from "../../shared/protocol.js";

const KEEP_AWAKE_MS = 20_000;
/** A check answers in milliseconds once the checker is up: one still waiting after this may be waiting for a boot. */
const SLOW_CHECK_MS = 300;

/** Keep the checker awake while `inUse()` says a composer here is in use (and the tab is visible). */
export function keepAwake(/** @type {() => boolean} */ inUse) {
  setInterval(() => {
    if (document.visibilityState === "visible" && inUse()) ask("status");
  }, KEEP_AWAKE_MS);
}

/**
 * `checking`, and meanwhile, if it has not answered within SLOW_CHECK_MS because the checker is
 * booting (it was asleep), `onStarting()`.
 * @template T
 * @param {Promise<T>} checking
 * @param {() => void} onStarting
 * @returns {Promise<T>}
 */
export function sayWhenStarting(checking, onStarting) {
  let answered = false;
  const timer = setTimeout(async () => {
    const status = await ask("status");
    if (!answered && status.status === "loading") onStarting();
  }, SLOW_CHECK_MS);
  return checking.finally(() => {
    answered = true;
    clearTimeout(timer);
  });
}
