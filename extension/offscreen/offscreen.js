// Chrome: the checker's home page. An offscreen document (the service worker creates it) starts the
// checker's worker (checker/host.js) and passes it the requests the service worker relays. Requests
// come from the service worker only (which checked them first), and are checked again here.
import { CheckerHost } from "../checker/host.js";
import { TARGET, isRequest } from "../shared/protocol.js";

const WORKER_URL = chrome.runtime.getURL("background/service-worker.js");
const checker = new CheckerHost(chrome.runtime.getURL("checker/worker.js"));
// Within reach of DevTools (only): the tests shorten its time limit to see a restart through.
Object.assign(globalThis, { policyGuardChecker: checker });

// Registered before any await: a listener added later misses the first message.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || sender.url !== WORKER_URL || message?.target !== TARGET.offscreen) return false;
  if (!isRequest(message, TARGET.offscreen)) {
    sendResponse({ error: "Unknown request." });
    return false;
  }
  checker.ask(message).then(sendResponse);
  return true;
});
