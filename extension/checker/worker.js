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
import { readSnapshot } from "./snapshot-store.js";

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

/** Reading the snapshot takes a fraction of a second, even on a busy machine: past this, boot in full. */
const SNAPSHOT_READ_LIMIT_MS = 4_000;

/**
 * The snapshot an earlier boot kept (checker/snapshot-worker.js), if this build in this browser made it,
 * else null; `how.snapshotIgnored` says why one was not used. Its bytes are read into the buffer Pyodide
 * restores from, then checked against their seal (checker/snapshot-seal.mjs) while Pyodide loads: Pyodide
 * gets its instance once they are found whole (checker/boot-checker.mjs).
 * @param {Promise<string>} fingerprint
 * @param {Promise<unknown>} compiled settled once the wasm is compiled
 * @param {Record<string, unknown>} how
 * @param {(phase: string) => void} mark called when its bytes are read ("snapshot-read") and found whole ("snapshot-checked")
 * @returns {Promise<import("./boot-checker.mjs").Snapshot | null>}
 */
async function keptSnapshot(fingerprint, compiled, how, mark) {
  const built = fingerprint.catch(() => "");
  const kept = await readSnapshot(async (seal) => {
    how.snapshotIgnored = staleness(seal, await built);
    // The read holds this thread, which feeds the wasm's streaming compile: after it.
    await compiled;
    return how.snapshotIgnored ? null : new Uint8Array(/** @type {number} */ (seal.size));
  });
  if (kept?.bytes === undefined) how.snapshotIgnored = kept ? "damaged: not the size sealed" : "";
  if (!kept?.bytes) return null;
  mark("snapshot-read");
  const bytes = kept.bytes;
  const whole = trusted(bytes, /** @type {import("./snapshot-seal.mjs").Seal} */ (kept.seal)).then(() => mark("snapshot-checked"));
  return { bytes, whole };
}

/**
 * `keptSnapshot`, or null (a full boot) when storage does not answer in time: a snapshot read after that is
 * dropped, never used.
 * @param {Parameters<typeof keptSnapshot>} args
 * @returns {Promise<import("./boot-checker.mjs").Snapshot | null>}
 */
function keptSnapshotInTime(...args) {
  const late = new Promise((resolve) => setTimeout(resolve, SNAPSHOT_READ_LIMIT_MS, "late"));
  return Promise.race([keptSnapshot(...args), late]).then((snapshot) => {
    if (snapshot !== "late") return /** @type {import("./boot-checker.mjs").Snapshot | null} */ (snapshot);
    args[2].snapshotIgnored = "unread: storage did not answer in time";
    return null;
  });
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
  const snapshot = await keptSnapshotInTime(fingerprint, wasm.catch(() => {}), how, mark);
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
