// Chrome: a content script's checks go straight to the checker's offscreen document over a port of
// its own, not through the service worker. Relayed, every keystroke's check was two messages more
// each way through the browser (~13 KB of garbage a check in the extension's process) and kept the
// service worker awake. The service worker still decides who may talk to the checker: a port is
// opened by a name it gives (one use, the policy pack bound to it: protocol.js "checker-port"), and
// the offscreen document refuses any other. Anything unusual (no port, the document gone, a checker
// that failed) sends the check the old way, where the service worker restarts what needs it.
// Firefox (no offscreen document) and the extension's own pages keep to the service worker.

import { TARGET, ask, unpack } from "./protocol.js";

/** Whether this context's checks may go by a port: a content script of Chrome's build. */
const BY_PORT =
  typeof location === "object" &&
  !location.href.startsWith(chrome.runtime.getURL("")) &&
  "service_worker" in (chrome.runtime.getManifest().background ?? {});

/** @type {Promise<chrome.runtime.Port | null> | null} the port, once asked for */
let opening = null;
/** @type {Map<number, (answer: any) => void>} checks sent on the port, by id */
const pending = new Map();
let lastId = 0;

function settleAll(/** @type {any} */ answer) {
  for (const resolve of pending.values()) resolve(answer);
  pending.clear();
}

/** The port to the checker (null if the service worker gave none). */
function open() {
  opening ??= ask("checker-port").then((answer) => {
    if (typeof answer.port !== "string") {
      opening = null; // asked again at the next check
      return null;
    }
    const port = chrome.runtime.connect({ name: answer.port });
    port.onMessage.addListener((/** @type {any} */ message) => {
      pending.get(message?.id)?.(message.answer);
      pending.delete(message?.id);
    });
    port.onDisconnect.addListener(() => {
      opening = null;
      settleAll(undefined); // the document went (closed, restarted) or refused the port
    });
    return port;
  });
  return opening;
}

/** Close the port (the policy pack changed: the next check opens one bound to the new pack). */
export function closeCheckerPort() {
  const closing = opening;
  opening = null;
  closing?.then((port) => port?.disconnect());
  settleAll(undefined);
}

/**
 * The checker's answer to a check request's `fields` ({text, context}), parsed; as protocol.js `ask`:
 * never throws, and a time limit of `timeoutMs`.
 * @param {Record<string, unknown>} fields
 * @param {{timeoutMs: number}} options
 * @returns {Promise<any>}
 */
export async function askCheck(fields, options) {
  if (!BY_PORT) return ask("check", fields, options);
  const port = await open();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const answer = port
    ? await new Promise((resolve) => {
        const id = ++lastId;
        pending.set(id, resolve);
        timer = setTimeout(() => {
          pending.delete(id);
          resolve({ error: "The checker did not answer in time." });
        }, options.timeoutMs);
        try {
          port.postMessage({ ...fields, id, type: "check", target: TARGET.offscreen });
        } catch {
          resolve(undefined); // disconnected meanwhile
        }
      })
    : undefined;
  clearTimeout(timer);
  // A checker that failed to start is restarted by the service worker; a document gone, found again.
  if (answer === undefined || answer.status === "error") return ask("check", fields, options);
  return unpack(answer);
}
