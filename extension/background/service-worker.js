// Chrome's background: a service worker, which Chrome stops when idle, so the checker does not run
// here (every restart would cost a full boot) but in an offscreen document it creates (and creates
// again when it is gone), which runs it in a worker of its own (offscreen/offscreen.js, checker/host.js).

import { TARGET } from "../shared/protocol.js";
import { startBackground } from "./background.js";

const OFFSCREEN_URL = "offscreen/offscreen.html";
/** @type {Promise<void> | null} */
let creating = null;
// Whether the document was there at the last request: looked for again only after a request found
// nobody there, not before every check (a look is a round trip through the browser, and garbage).
let offscreenSeen = false;

async function ensureOffscreen() {
  if (offscreenSeen) return;
  const url = chrome.runtime.getURL(OFFSCREEN_URL);
  const existing = await chrome.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"], documentUrls: [url] });
  // Two tabs asking at once must not create two documents (Chrome allows only one).
  if (!existing.length) {
    creating ??= chrome.offscreen
      .createDocument({ url: OFFSCREEN_URL, reasons: ["WORKERS"], justification: "Runs the policy checker (Python in WebAssembly) on this machine." })
      .finally(() => { creating = null; });
    await creating;
  }
  offscreenSeen = true;
}

/** @type {Map<number, (answer: unknown) => void>} requests whose answer the offscreen document posts here */
const posted = new Map();
let lastReply = 0;
self.addEventListener("message", (/** @type {MessageEvent} */ { data, source }) => {
  if (/** @type {any} */ (source)?.url !== chrome.runtime.getURL(OFFSCREEN_URL)) return;
  posted.get(data?.reply)?.(data.answer);
  posted.delete(data?.reply);
});

startBackground({
  ask: async (request) => {
    await ensureOffscreen();
    request.target = TARGET.offscreen;
    const reply = (request.reply = ++lastReply);
    const answered = new Promise((resolve) => posted.set(reply, resolve));
    // The document answers every request sent to it: no answer, or no receiver, means it has gone.
    const answer = await chrome.runtime.sendMessage(request).catch(() => /** @type {any} */ (undefined));
    if (answer?.posted) return answered;
    posted.delete(reply);
    if (answer === undefined) {
      offscreenSeen = false;
      throw new Error("The checker's document has gone.");
    }
    return answer;
  },
  restart: () => {
    offscreenSeen = false;
    return chrome.offscreen.closeDocument().catch(() => {});
  },
  ports: true,
});

// Boot the checker as soon as the worker runs, so that the first composer finds it ready; when the
// worker is restarted, the document is still there. Chrome starts an extension's worker with the
// browser only for an onStartup listener: this one is there for that.
const bootChecker = () => ensureOffscreen().catch(() => {}); // a failure is reported by the first request instead
chrome.runtime.onStartup.addListener(bootChecker);
chrome.runtime.onInstalled.addListener(bootChecker);
bootChecker();
