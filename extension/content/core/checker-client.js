// Talks to the checker (through the service worker). Every answer is a plain object; a checker
// that does not start or answer becomes an `error` with a reason the panel can show.

const BOOT_TIMEOUT_MS = 30000;
const CHECK_TIMEOUT_MS = 10000;

function ask(message, timeoutMs = CHECK_TIMEOUT_MS) {
  const request = chrome.runtime.sendMessage({ ...message, target: "background" });
  const timeout = new Promise((resolve) =>
    setTimeout(() => resolve({ error: "The checker did not answer in time." }), timeoutMs));
  return Promise.race([request, timeout]).then(
    (answer) => answer ?? { error: "The checker did not answer." },
    (error) => ({ error: `The checker could not be reached: ${error.message}` }),
  );
}

let hello = null;

/** The checker's greeting ({channels, rules, page_rules}) once it is ready; asks again after a failure. */
export async function connect() {
  hello ??= ask({ type: "hello" }, BOOT_TIMEOUT_MS);
  const answer = await hello;
  if (answer.error) hello = null; // the next call tries again (the checker may recover)
  return answer;
}

/** Call `callback` when the checker has switched policy pack (the organisation's named one has
 * arrived, see the service worker): its rules and channels may differ, so greet it again first. */
export function onPackChanged(callback) {
  chrome.runtime.onMessage.addListener((message, sender) => {
    const fromWorker = sender.id === chrome.runtime.id && !sender.tab;
    if (!fromWorker || message?.target !== "content" || message.type !== "pack-changed") return;
    hello = null;
    callback();
  });
}

/** Findings for a draft: {findings, truncated?} or {error}. `rules`: the rule ids to run (all when omitted). */
export function checkDraft(text, context, rules) {
  return ask({ type: "check", text, context, ...(rules ? { rules } : {}) });
}

/** Tell the toolbar whether this tab's site is being checked. */
export function reportSite(site, state, reason) {
  ask({ type: "site-status", site, state, reason }); // never rejects: failures become {error}
}

export function openClause(clause) {
  ask({ type: "open-clause", clause });
}
