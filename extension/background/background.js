// The background's work in both browsers: relays checked requests to the checker, and keeps each
// tab's "is Policy Guard checking here?" state for the toolbar button. Where the checker runs is the
// one difference, given to startBackground() by each browser's entry: Chrome's service worker
// (service-worker.js: an offscreen document) and Firefox's event page (event-page.js: a worker of
// its own). Every message is one of shared/protocol.js's, in its shape.

import { TARGET, isRequest } from "../shared/protocol.js";
import { VALIDATORS } from "../shared/settings.js";

/**
 * Where the checker runs: `ask` passes it one of protocol.js's CHECKER_REQUESTS (with the pack), `restart`
 * starts it again (after a failed boot); `ports`: whether content scripts may check by a port of their own
 * (Chrome's offscreen document: shared/checker-port.js), which `ask` opens with an "admit" request.
 * @typedef {{ask: (request: Record<string, unknown>) => Promise<any>, restart: () => Promise<void>, ports?: boolean}} Checker
 */

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

// The shortcut (manifest `commands`, changeable at chrome://extensions/shortcuts): the tab's content
// script moves the focus to its panel.
chrome.commands?.onCommand.addListener((command, tab) => {
  if (command !== "focus-panel" || tab?.id === undefined) return;
  chrome.tabs.sendMessage(tab.id, { type: "focus-panel", target: TARGET.content }).catch(() => {}); // not one of our sites
});

/** @type {Checker} */
let checker;

/** `message` (a request of its own, built by its answer in ANSWERS: the checker may add to it) with the pack. */
async function ask(/** @type {Record<string, unknown>} */ message) {
  message.pack = await policyPack();
  return (await checker.ask(message)) ?? { error: "The checker did not answer." };
}

/** Ask the checker; if its home is gone (closed, crashed) or its boot failed, start it again. */
async function relay(/** @type {Record<string, unknown>} */ message) {
  let answer;
  try {
    answer = await ask(message);
  } catch {
    answer = await ask(message); // its home went away between our look and our message: once more
  }
  if (answer.status === "error" && Date.now() - lastReboot > REBOOT_AFTER_MS) {
    lastReboot = Date.now();
    await checker.restart();
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
  blocked: { badge: "!", title: "Policy Guard is blocked on this page: the page hides its warnings." },
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
  check: (m) => relay({ type: "check", text: m.text, context: m.context, packed: true }), // unpacked by the asker
  lookup: (m) => relay({ type: "lookup", question: m.question }),
  policy: () => relay({ type: "policy" }),
  forget: () => relay({ type: "forget" }),
  // From a content script (Chrome): a port straight to the checker for its checks, named here, one use.
  "checker-port": async (_m, sender) => {
    const contentScript = sender.tab !== undefined && !sender.url?.startsWith(chrome.runtime.getURL(""));
    if (!checker.ports || !contentScript) return { error: "Checks go through the background here." };
    return relay({ type: "admit", port: crypto.randomUUID() });
  },
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

/**
 * Start answering: `checker` is where the checker runs in this browser (background/service-worker.js
 * for Chrome, background/event-page.js for Firefox).
 * @param {Checker} where
 */
export function startBackground(where) {
  checker = where;
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
}
