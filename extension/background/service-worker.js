// The service worker: keeps the checker's offscreen document alive, relays requests to it, and
// keeps each tab's "is Policy Guard checking here?" state for the toolbar button.
// Pyodide lives in the offscreen document, not here: Chrome stops idle service workers, and
// every restart would cost a full boot (docs/platform-facts.md). Every message is one of
// shared/protocol.js's, in its shape.

import { TARGET, isRequest } from "../shared/protocol.js";
import { VALIDATORS } from "../shared/settings.js";

const OFFSCREEN_URL = "offscreen/offscreen.html";
/** @type {Promise<void> | null} */
let creating = null;

async function ensureOffscreen() {
  const url = chrome.runtime.getURL(OFFSCREEN_URL);
  const existing = await chrome.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"], documentUrls: [url] });
  if (existing.length) return;
  // Two tabs asking at once must not create two documents (Chrome allows only one).
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ["WORKERS"], justification: "Runs the policy checker (Python in WebAssembly) on this machine." })
    .finally(() => { creating = null; });
  await creating;
}

const REBOOT_AFTER_MS = 15000; // a checker that failed to start is retried, but not in a loop
let lastReboot = 0;

// The organisation's policy pack, when enterprise policy names one ("" = the built-in one).
// Chrome answers chrome.storage.managed seconds after it starts: rather than keep every panel
// waiting, use the pack it named last time (remembered in storage.local) and, if the answer then
// differs, switch and tell the tabs, which greet the checker again.
const PACK_WAIT_MS = 300;
/** @type {Promise<string> | null} */
let packName = null; // a promise of the pack in use, once anything has asked

/** @returns {Promise<string>} */
function managedPack() {
  return chrome.storage.managed
    .get("policy_pack")
    .then(({ policy_pack: pack }) => (typeof pack === "string" && VALIDATORS.policy_pack(pack) ? pack : ""))
    .catch(() => "");
}

function policyPack() {
  if (!packName) {
    const managed = managedPack();
    /** @type {Promise<string>} */
    const remembered = chrome.storage.local.get("policy_pack").then(({ policy_pack: pack }) => (typeof pack === "string" ? pack : ""), () => "");
    packName = Promise.race([managed, wait(PACK_WAIT_MS).then(() => remembered)]);
    managed.then(usePack);
  }
  return packName;
}

async function usePack(/** @type {string} */ pack) {
  await chrome.storage.local.set({ policy_pack: pack });
  if (packName && pack !== (await packName)) {
    packName = Promise.resolve(pack);
    announce({ type: "pack-changed" });
  }
}
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === "managed") managedPack().then(usePack);
});

const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tell every tab's content script something it did not ask for (one of the protocol's NOTICES). */
async function announce(/** @type {{type: string}} */ message) {
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id === undefined) continue;
    chrome.tabs.sendMessage(tab.id, { ...message, target: TARGET.content }).catch(() => {}); // tabs without our scripts
  }
}

async function ask(/** @type {Record<string, unknown>} */ message) {
  const [pack] = await Promise.all([policyPack(), ensureOffscreen()]);
  return (await chrome.runtime.sendMessage({ ...message, pack, target: TARGET.offscreen })) ?? { error: "The checker did not answer." };
}

/** Ask the checker; if its document is gone (closed, crashed) or its boot failed, start it again. */
async function relay(/** @type {Record<string, unknown>} */ message) {
  let answer;
  try {
    answer = await ask(message);
  } catch {
    answer = await ask(message); // the document went away between our look and our message: once more
  }
  if (answer.status === "error" && Date.now() - lastReboot > REBOOT_AFTER_MS) {
    lastReboot = Date.now();
    await chrome.offscreen.closeDocument().catch(() => {});
    answer = await ask(message);
  }
  return answer;
}

// Each tab's state, in session storage (the worker itself may be stopped at any time).
/** @type {Record<string, {badge: string, title: string}>} */
const STATES = {
  checking: { badge: "", title: "Policy Guard is checking your posts on this site." },
  paused: { badge: "off", title: "Policy Guard is paused on this site." },
  "not-found": { badge: "!", title: "Policy Guard is not checking here: it cannot find this site's post box." },
  unrecognised: { badge: "?", title: "Policy Guard does not recognise this text box: it checks it as a post from your default account." },
};

/** @typedef {{site: string, state: string, reason: string}} TabState */

async function setTabState(/** @type {number} */ tabId, /** @type {TabState} */ state) {
  await chrome.storage.session.set({ [`tab:${tabId}`]: state });
  const look = STATES[state.state] ?? STATES.checking;
  await chrome.action.setBadgeText({ tabId, text: look.badge });
  await chrome.action.setTitle({ tabId, title: state.reason || look.title });
}

async function tabState(/** @type {number} */ tabId) {
  const key = `tab:${tabId}`;
  return (await chrome.storage.session.get(key))[key] ?? null;
}

// How each request is answered (its shape is checked first: shared/protocol.js). `sender.tab`: from a content script.
/** @type {Record<string, (message: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const ANSWERS = {
  hello: () => relay({ type: "hello" }),
  status: () => relay({ type: "status" }),
  check: (m) => relay({ type: "check", text: m.text, context: m.context }),
  lookup: (m) => relay({ type: "lookup", question: m.question }),
  policy: () => relay({ type: "policy" }),
  // From a content script: is this tab's site being checked?
  "site-status": async (m, sender) => {
    if (sender.tab?.id === undefined) return { error: "Only a tab can say how it is checked." };
    await setTabState(sender.tab.id, { site: m.site, state: m.state, reason: m.reason ?? "" });
    return {};
  },
  // From the popup: the state of a tab.
  "tab-status": async (m) => ({ tab: await tabState(m.tabId) }),
  // From a panel or an extension page: show a clause of the policy.
  "open-clause": async (m, sender) => {
    const tab = sender.tab?.id === undefined ? "" : `&for=${sender.tab.id}`;
    await chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html?tab=policy${tab}#${m.clause}`) });
    return {};
  },
};

// Only this extension's own content scripts and pages may ask, and only in the protocol's shapes.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || message?.target !== TARGET.background) return false;
  if (!isRequest(message, TARGET.background)) {
    sendResponse({ error: "Unknown request." });
    return false;
  }
  ANSWERS[message.type](message, sender).then(sendResponse, (/** @type {Error} */ error) =>
    sendResponse({ error: `The checker could not be reached: ${error.message}` }),
  );
  return true; // answer asynchronously
});

chrome.tabs.onRemoved.addListener((tabId) => { chrome.storage.session.remove(`tab:${tabId}`); });

// Boot the checker as soon as the worker runs (as the browser starts, or the extension is installed),
// so the first keystroke finds it ready; when the worker is restarted, the document is still there.
ensureOffscreen().catch(() => {}); // a failure is reported by the first request instead
