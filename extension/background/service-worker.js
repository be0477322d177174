// The service worker: keeps the checker's offscreen document alive and relays requests to it.
// Pyodide lives in the offscreen document, not here: Chrome stops idle service workers, and
// every restart would cost a full boot (see the platform facts).

const OFFSCREEN_URL = "offscreen/offscreen.html";
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

// Only this extension's own content scripts and pages may ask, and only in these shapes.
const REQUESTS = {
  hello: () => true,
  check: (m) => typeof m.text === "string" && (m.context === undefined || (typeof m.context === "object" && m.context !== null)),
};

async function relay(message) {
  await ensureOffscreen();
  const answer = await chrome.runtime.sendMessage({ ...message, target: "offscreen" });
  return answer ?? { error: "The checker did not answer." };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || message?.target !== "background") return false;
  const valid = REQUESTS[message.type];
  if (!valid || !valid(message)) {
    sendResponse({ error: "Unknown request." });
    return false;
  }
  relay({ type: message.type, text: message.text, context: message.context })
    .then(sendResponse, (error) => sendResponse({ error: `The checker could not be reached: ${error.message}` }));
  return true; // answer asynchronously
});

// Boot the checker as the browser starts, so the first keystroke finds it ready.
chrome.runtime.onStartup.addListener(() => { ensureOffscreen(); });
chrome.runtime.onInstalled.addListener(() => { ensureOffscreen(); });
