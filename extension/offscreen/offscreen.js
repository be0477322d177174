// Chrome: the checker's home page. An offscreen document (the service worker creates it) starts the
// checker's worker (checker/host.js) and passes it the requests the service worker relays. Requests
// come from the service worker only (which checked them first), and are checked again here.
import { CheckerHost } from "../checker/host.js";
import { POSTED, TARGET, isRequest, unpack } from "../shared/protocol.js";

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
  checker.ask(message).then((answer) => {
    // The service worker's own requests: the answer goes back by postMessage, a structured clone, not
    // written as JSON to be parsed again there; this response says only that it went (protocol.js POSTED).
    const serviceWorker = navigator.serviceWorker.controller;
    if (Number.isInteger(message.reply) && serviceWorker) {
      serviceWorker.postMessage({ reply: message.reply, answer });
      sendResponse(POSTED);
    } else {
      sendResponse(message.packed ? answer : unpack(answer)); // a check's, parsed for DevTools and the tests
    }
  });
  return true;
});
