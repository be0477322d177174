// Chrome: the checker's home page. An offscreen document (the service worker creates it) starts the
// checker's worker (checker/host.js) and passes it the requests the service worker relays. Requests
// come from the service worker only (which checked them first), and are checked again here; and the
// checks of content scripts the service worker admitted, on their ports (shared/checker-port.js).
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
  if (message.type === "admit") {
    admit(message.port, message.pack ?? "");
    sendResponse({ port: message.port });
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

/** Ports the service worker admitted and no one has opened yet: name -> the policy pack for its checks. */
const admitted = new Map();
/** A content script that never opened its port (its tab closed first) leaves its name here: not for ever. */
const MAX_ADMITTED = 64;

function admit(/** @type {string} */ name, /** @type {string} */ pack) {
  admitted.set(name, pack);
  if (admitted.size > MAX_ADMITTED) admitted.delete(admitted.keys().next().value);
}

// A content script's port: only by a name the service worker gave, once; each message a check in
// the protocol's shape, answered on the port as the checker wrote it (protocol.js Packed).
chrome.runtime.onConnect.addListener((port) => {
  const pack = admitted.get(port.name);
  admitted.delete(port.name);
  if (pack === undefined || port.sender?.id !== chrome.runtime.id) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((/** @type {any} */ message) => {
    if (!Number.isInteger(message?.id)) return;
    if (message.type !== "check" || !isRequest(message, TARGET.offscreen)) {
      port.postMessage({ id: message.id, answer: { error: "Unknown request." } });
      return;
    }
    const request = { type: "check", text: message.text, context: message.context, pack, packed: true };
    checker.ask(request).then((answer) => port.postMessage({ id: message.id, answer }));
  });
});
