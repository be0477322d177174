// The checker's home: boots Pyodide once, loads the bundled pychecker wheel, answers requests.
// Everything is loaded from the extension's own files; nothing is fetched from the network.
// Requests come from the service worker only (which checked them first), and are checked again here.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { TARGET, isRequest } from "../shared/protocol.js";
import { bootChecker } from "./boot-checker.mjs";

const WORKER_URL = chrome.runtime.getURL("background/service-worker.js");

// timings: boot phases, ms; checks: how many drafts it has checked (the status shows both, for the
// benchmark and the tests: one boot per browser session, no check of a draft it has just checked).
/** @type {{status: string, reason: string, bridge: any, pyodide: any, timings: Record<string, number>, checks: number}} */
const state = { status: "loading", reason: "", bridge: null, pyodide: null, timings: {}, checks: 0 };
/** @type {Map<string, Promise<void>>} an organisation's policy pack name -> its loading */
const packs = new Map();

// Registered before any await: a listener added later misses the first message.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || sender.url !== WORKER_URL || message?.target !== TARGET.offscreen) return false;
  if (!isRequest(message, TARGET.offscreen)) {
    sendResponse({ error: "Unknown request." });
    return false;
  }
  if (message.type === "status") {
    const { status, reason, timings, checks } = state;
    sendResponse({ status, reason, timings, checks, startedAt: performance.timeOrigin }); // now, even while booting
    return false;
  }
  booted.then(() => answer(message)).then(sendResponse);
  return true;
});

/** Load an organisation's pack (bundled as packs/NAME.zip by `build.py --pack`) once. */
/** @returns {Promise<void>} */
function usePack(/** @type {string} */ name) {
  if (!packs.has(name)) {
    packs.set(name, (async () => {
      const zip = await fetch(chrome.runtime.getURL(`packs/${name}.zip`)).catch(() => /** @type {Response | null} */ (null));
      if (!zip?.ok) throw new Error(`Your organisation's policy pack “${name}” is not in this copy of Policy Guard.`);
      const folder = `/packs/${name}`;
      state.pyodide.unpackArchive(await zip.arrayBuffer(), "zip", { extractDir: folder });
      const loaded = JSON.parse(state.bridge.register_pack(name, folder));
      if (loaded.error) throw new Error(loaded.error);
    })());
  }
  return packs.get(name);
}

async function answer(/** @type {any} */ message) {
  if (state.status !== "ready") return { status: "error", error: state.reason };
  const pack = message.pack || "";
  try {
    if (pack) await usePack(pack);
    if (message.type === "hello") return { status: "ready", ...JSON.parse(state.bridge.info(pack)) };
    if (message.type === "check") {
      const request = { text: message.text, context: message.context ?? {}, pack };
      state.checks += 1;
      return JSON.parse(state.bridge.check_json(JSON.stringify(request)));
    }
    if (message.type === "lookup") return JSON.parse(state.bridge.lookup_json(message.question, 5, pack));
    if (message.type === "policy") return JSON.parse(state.bridge.policy_json(pack));
  } catch (/** @type {any} */ error) {
    packs.delete(pack); // a pack that failed is tried again next time
    return { error: error.message.startsWith("Your organisation") ? error.message : `The checker failed: ${error.message}` };
  }
  return { error: "Unknown request." };
}

async function boot() {
  const started = performance.now();
  state.timings.start = Math.round(started); // from the document's start; the phases from the boot's
  const mark = (/** @type {string} */ phase) => { state.timings[phase] = Math.round(performance.now() - started); };
  const wheel = fetch(chrome.runtime.getURL("pyodide/pychecker.whl")).then(async (response) => {
    if (!response.ok) throw new Error(`the checker package is missing from the extension (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  });
  const indexURL = chrome.runtime.getURL("pyodide/");
  Object.assign(state, await bootChecker({ loadPyodide, indexURL, wheel, mark }));
  state.status = "ready";
}

const booted = boot().catch((error) => {
  state.status = "error";
  state.reason = `The checker failed to start: ${error?.message || error}`;
  console.error(state.reason);
});
