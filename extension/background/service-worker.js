// The service worker: keeps the checker's offscreen document alive, relays requests to it, and
// keeps each tab's "is Policy Guard checking here?" state for the toolbar button.
// Pyodide lives in the offscreen document, not here: Chrome stops idle service workers, and
// every restart would cost a full boot (see the platform facts).

import { VALIDATORS } from "../shared/settings.js";

const OFFSCREEN_URL = "offscreen/offscreen.html";
const MAX_TEXT = 1_000_000; // far past any platform's limit; the checker truncates at 100,000
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
let packName = null; // a promise of the pack in use, once anything has asked

function managedPack() {
  return chrome.storage.managed
    .get("policy_pack")
    .then(({ policy_pack: pack }) => (VALIDATORS.policy_pack(pack) ? pack : ""))
    .catch(() => "");
}

function policyPack() {
  if (!packName) {
    const managed = managedPack();
    const remembered = chrome.storage.local.get("policy_pack").then(({ policy_pack: pack }) => pack ?? "", () => "");
    packName = Promise.race([managed, wait(PACK_WAIT_MS).then(() => remembered)]);
    managed.then(usePack);
  }
  return packName;
}

async function usePack(pack) {
  await chrome.storage.local.set({ policy_pack: pack });
  if (packName && pack !== (await packName)) {
    packName = Promise.resolve(pack);
    announce({ type: "pack-changed" });
  }
}
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === "managed") managedPack().then(usePack);
});

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tell every tab's content script something it did not ask for. */
async function announce(message) {
  for (const tab of await chrome.tabs.query({})) {
    chrome.tabs.sendMessage(tab.id, { ...message, target: "content" }).catch(() => {}); // tabs without our scripts
  }
}

async function ask(message) {
  const [pack] = await Promise.all([policyPack(), ensureOffscreen()]);
  return (await chrome.runtime.sendMessage({ ...message, pack, target: "offscreen" })) ?? { error: "The checker did not answer." };
}

/** Ask the checker; if its document is gone (closed, crashed) or its boot failed, start it again. */
async function relay(message) {
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
const STATES = {
  checking: { badge: "", title: "Policy Guard is checking your posts on this site." },
  paused: { badge: "off", title: "Policy Guard is paused on this site." },
  "not-found": { badge: "!", title: "Policy Guard is not checking here: it cannot find this site's post box." },
};

async function setTabState(tabId, state) {
  await chrome.storage.session.set({ [`tab:${tabId}`]: state });
  const look = STATES[state.state] ?? STATES.checking;
  await chrome.action.setBadgeText({ tabId, text: look.badge });
  await chrome.action.setTitle({ tabId, title: state.reason || look.title });
}

async function tabState(tabId) {
  const key = `tab:${tabId}`;
  return (await chrome.storage.session.get(key))[key] ?? null;
}

const isText = (value, max) => typeof value === "string" && value.length <= max;
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// Every request: who may send it, what shape it has, and how it is answered.
const REQUESTS = {
  hello: { valid: () => true, answer: () => relay({ type: "hello" }) },
  status: { valid: () => true, answer: () => relay({ type: "status" }) },
  check: {
    valid: (m) =>
      isText(m.text, MAX_TEXT) &&
      (m.context === undefined || isObject(m.context)) &&
      (m.rules === undefined || (Array.isArray(m.rules) && m.rules.length <= 100 && m.rules.every((r) => isText(r, 40)))),
    answer: (m) => relay({ type: "check", text: m.text, context: m.context, rules: m.rules }),
  },
  lookup: { valid: (m) => isText(m.question, 1000), answer: (m) => relay({ type: "lookup", question: m.question }) },
  policy: { valid: () => true, answer: () => relay({ type: "policy" }) },
  // From a content script: is this tab's site being checked?
  "site-status": {
    valid: (m, sender) => sender.tab && isText(m.site, 20) && m.state in STATES && (m.reason === undefined || isText(m.reason, 300)),
    answer: async (m, sender) => (await setTabState(sender.tab.id, { site: m.site, state: m.state, reason: m.reason ?? "" }), {}),
  },
  // From the popup: the state of a tab.
  "tab-status": { valid: (m) => Number.isInteger(m.tabId), answer: async (m) => ({ tab: await tabState(m.tabId) }) },
  // From a panel: show a clause of the policy.
  "open-clause": {
    valid: (m) => typeof m.clause === "string" && /^[\w-]{1,40}$/.test(m.clause),
    answer: async (m, sender) => {
      const tab = sender.tab ? `&for=${sender.tab.id}` : "";
      await chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html?tab=policy${tab}#${m.clause}`) });
      return {};
    },
  },
};

// Only this extension's own content scripts and pages may ask, and only in these shapes.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || message?.target !== "background") return false;
  const request = Object.hasOwn(REQUESTS, message.type) ? REQUESTS[message.type] : null;
  if (!request || !request.valid(message, sender)) {
    sendResponse({ error: "Unknown request." });
    return false;
  }
  Promise.resolve(request.answer(message, sender))
    .then(sendResponse, (error) => sendResponse({ error: `The checker could not be reached: ${error.message}` }));
  return true; // answer asynchronously
});

chrome.tabs.onRemoved.addListener((tabId) => { chrome.storage.session.remove(`tab:${tabId}`); });

// Boot the checker as soon as the worker runs (as the browser starts, or the extension is installed),
// so the first keystroke finds it ready; when the worker is restarted, the document is still there.
ensureOffscreen().catch(() => {}); // a failure is reported by the first request instead
