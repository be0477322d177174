// The checker: Python (Pyodide) with the bundled pychecker wheel, in a dedicated Worker, so that a
// check that runs away can be stopped (the worker ended and started again: checker/host.js) without
// stopping the page that hosts it (Chrome's offscreen document, Firefox's event page). Everything is
// loaded from the extension's own files, named relative to this one; nothing comes from the network.
// Only its host can post to it: {id, request} in, {id, answer} out, and one {boot} when booted or failed.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { bootChecker } from "./boot-checker.mjs";

/** @type {{bridge: any, pyodide: any}} */
const checker = { bridge: null, pyodide: null };
/** @type {Map<string, Promise<void>>} an organisation's policy pack name -> its loading */
const packs = new Map();
const own = (/** @type {string} */ path) => new URL(path, import.meta.url).href;

/** Load an organisation's pack (bundled as packs/NAME.zip by `build.py --pack`) once. */
/** @returns {Promise<void>} */
function usePack(/** @type {string} */ name) {
  if (!packs.has(name)) {
    packs.set(name, (async () => {
      const zip = await fetch(own(`../packs/${name}.zip`)).catch(() => /** @type {Response | null} */ (null));
      if (!zip?.ok) throw new Error(`Your organisation's policy pack “${name}” is not in this copy of Policy Guard.`);
      const folder = `/packs/${name}`;
      checker.pyodide.unpackArchive(await zip.arrayBuffer(), "zip", { extractDir: folder });
      const loaded = JSON.parse(checker.bridge.register_pack(name, folder));
      if (loaded.error) throw new Error(loaded.error);
    })());
  }
  return packs.get(name);
}

/** The answer to one of protocol.js's CHECKER_REQUESTS (already checked by the host's callers). */
async function answer(/** @type {any} */ message) {
  const pack = message.pack || "";
  try {
    if (pack) await usePack(pack);
    if (message.type === "hello") return { status: "ready", ...JSON.parse(checker.bridge.info(pack)) };
    if (message.type === "check") {
      const request = { text: message.text, context: message.context ?? {}, pack };
      return JSON.parse(checker.bridge.check_json(JSON.stringify(request)));
    }
    if (message.type === "lookup") return JSON.parse(checker.bridge.lookup_json(message.question, 5, pack));
    if (message.type === "policy") return JSON.parse(checker.bridge.policy_json(pack));
    if (message.type === "forget") return JSON.parse(checker.bridge.forget_drafts());
  } catch (/** @type {any} */ error) {
    packs.delete(pack); // a pack that failed is tried again next time
    return { error: error.message.startsWith("Your organisation") ? error.message : `The checker failed: ${error.message}` };
  }
  return { error: "Unknown request." };
}

async function boot() {
  const started = performance.now();
  /** @type {Record<string, number>} boot phases, ms from the boot's start */
  const timings = {};
  const mark = (/** @type {string} */ phase) => { timings[phase] = Math.round(performance.now() - started); };
  const wheel = fetch(own("../pyodide/pychecker.whl")).then(async (response) => {
    if (!response.ok) throw new Error(`the checker package is missing from the extension (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  });
  Object.assign(checker, await bootChecker({ loadPyodide, indexURL: own("../pyodide/"), wheel, mark }));
  return timings;
}

/** @type {Promise<string>} "" once booted, or why it could not boot */
const booted = boot().then(
  (timings) => {
    postMessage({ boot: { status: "ready", timings } });
    return "";
  },
  (error) => {
    const reason = `The checker failed to start: ${error?.message || error}`;
    postMessage({ boot: { status: "error", reason } });
    return reason;
  },
);

// One request at a time, in order: Python runs one check at once anyway.
let queue = Promise.resolve();
addEventListener("message", ({ data }) => {
  const { id, request } = data;
  queue = queue
    .then(() => booted)
    .then((failed) => (failed ? { status: "error", error: failed } : answer(request)))
    .then((reply) => postMessage({ id, answer: reply }));
});
