// Makes the snapshot the checker boots from (checker/worker.js): a full boot of its own, a warm-up on
// synthetic text, then Pyodide's heap, sealed (checker/snapshot-seal.mjs) and kept on this machine
// (checker/snapshot-store.js). A worker apart from the one that checks, so that no one's draft is ever
// in the snapshot and the checker's own boot is not slowed by making it. Its host (checker/host.js)
// starts it when the checker booted without a snapshot, and ends it on its one message:
// {kept: true, timings} or {kept: false, reason}.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { bootChecker } from "./boot-checker.mjs";
import { INDEX_URL, startLoading } from "./checker-files.js";
import { sealOf } from "./snapshot-seal.mjs";
import { keepSnapshot } from "./snapshot-store.js";

async function makeSnapshot() {
  const started = performance.now();
  /** @type {Record<string, number>} phases, ms from the start */
  const timings = {};
  const mark = (/** @type {string} */ phase) => { timings[phase] = Math.round(performance.now() - started); };
  const { wasm, wheel, fingerprint } = startLoading();
  const { snapshot } = await bootChecker({ loadPyodide, indexURL: INDEX_URL, wheel, mark, wasm, makeSnapshot: true });
  await keepSnapshot(snapshot, await sealOf(snapshot, await fingerprint));
  mark("kept");
  return timings;
}

makeSnapshot().then(
  (timings) => postMessage({ kept: true, timings }),
  (error) => postMessage({ kept: false, reason: String(error?.message ?? error) }),
);
