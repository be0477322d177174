// The checker: Python (Pyodide) with the bundled pychecker wheel, in a dedicated Worker, so that a
// check that runs away can be stopped (the worker ended and started again: checker/host.js) without
// stopping the page that hosts it (Chrome's offscreen document, Firefox's event page). Everything is
// loaded from the extension's own files, named relative to this one; nothing comes from the network.
// Only its host can post to it: {id, request} in, {id, answer} out, and one {boot} when booted or failed.
// It boots from the snapshot of a booted checker that checker/snapshot-worker.js kept, when there is one.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { bootChecker } from "./boot-checker.mjs";
import { INDEX_URL, startLoading } from "./checker-files.js";
import { staleness, trusted } from "./snapshot-seal.mjs";
import { readSeal, readSnapshot } from "./snapshot-store.js";

/** @type {{bridge: any, pyodide: any}} */
const checker = { bridge: null, pyodide: null };
/** @type {Map<string, Promise<void>>} an organisation's policy pack name -> its loading */
const packs = new Map();
const own = (/** @type {string} */ path) => new URL(path, import.meta.url).href;
/** @type {{came: number, took: number} | null} when the first check came (ms from the boot's start), how long it took */
let firstCheck = null;

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
      const came = performance.now();
      /** @type {import("../shared/protocol.js").Packed} */
      const found = { packed: checker.bridge.check_json(JSON.stringify(request)) }; // parsed by the one who asked
      if (!firstCheck) {
        firstCheck = { came: Math.round(came - bootStarted), took: Math.round(performance.now() - came) };
        postMessage({ firstCheck });
      }
      return found;
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

/**
 * The snapshot an earlier boot kept (checker/snapshot-worker.js), if this build in this browser made it
 * (its bytes are checked as they are read: checker/snapshot-seal.mjs), else null; `how.snapshotIgnored`
 * says why one was not used.
 * @param {Promise<string>} fingerprint
 * @param {Record<string, unknown>} how
 * @param {(phase: string) => void} mark called when its bytes are read ("snapshot-read") and found whole ("snapshot-checked")
 * @returns {Promise<import("./boot-checker.mjs").Snapshot | null>}
 */
async function keptSnapshot(fingerprint, how, mark) {
  const seal = await readSeal();
  if (!seal) return null;
  const stale = staleness(seal, await fingerprint.catch(() => ""));
  if (stale) {
    how.snapshotIgnored = stale;
    return null;
  }
  const checked = /** @type {import("./snapshot-seal.mjs").Seal} */ (seal);
  const read = readSnapshot();
  read.then(() => mark("snapshot-read"));
  const bytes = read.then((kept) => trusted(kept, checked));
  bytes.then(() => mark("snapshot-checked"), () => {});
  return { size: checked.size, bytes };
}

/** When the boot started (this worker's start). */
const bootStarted = performance.now();

/** Boot: from the snapshot kept when there is a good one, else in full. */
async function boot() {
  /** @type {Record<string, number>} boot phases, ms from the boot's start */
  const timings = {};
  const mark = (/** @type {string} */ phase) => { timings[phase] = Math.round(performance.now() - bootStarted); };
  const { wasm, wheel, fingerprint } = startLoading();
  wasm.then(() => mark("wasm-compiled"), () => {});
  wheel.then(() => mark("wheel-fetched"), () => {});
  /** @type {Record<string, unknown>} how it booted ("restored" from a snapshot, or "full"), and why */
  const how = {};
  const snapshot = await keptSnapshot(fingerprint, how, mark);
  const booted = await bootChecker({ loadPyodide, indexURL: INDEX_URL, wheel, mark, snapshot, wasm });
  checker.pyodide = booted.pyodide;
  checker.bridge = booted.bridge;
  how.snapshot = booted.restored ? "restored" : "full";
  if (booted.restoreFailed) how.snapshotIgnored = booted.restoreFailed;
  return { timings, ...how };
}

/** @type {Promise<string>} "" once booted, or why it could not boot */
const booted = boot().then(
  (how) => {
    postMessage({ boot: { status: "ready", ...how } });
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
