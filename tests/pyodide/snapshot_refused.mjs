// A snapshot that is stale or damaged is refused, as the checker's worker refuses it
// (checker/worker.js: its seal first, then its bytes as they are read), and the checker boots in full.
// Usage: node tests/pyodide/snapshot_refused.mjs RUNTIME_DIR; prints one JSON object of outcomes.
import { sealOf, staleness, trusted } from "../../extension/checker/snapshot-seal.mjs";
import { bootUnderNode } from "../../tools/boot_node.mjs";

const runtime = process.argv[2];
const request = JSON.stringify({ text: "Proud to work at NHP! Vote Labour.", context: { account: "personal" } });
const { snapshot, bridge } = await bootUnderNode(runtime, undefined, { makeSnapshot: true });
const seal = await sealOf(snapshot, "this build");
const damaged = snapshot.slice();
damaged[damaged.length >> 1] ^= 0xff; // one byte in the middle of Python's heap
const refusal = (/** @type {Promise<unknown>} */ promise) => promise.then(() => "", (error) => error.message);

// The damaged one, as the worker hands it to the boot: its bytes checked while Pyodide instantiates.
const booted = await bootUnderNode(runtime, undefined, { snapshot: { bytes: damaged, whole: trusted(damaged, seal) } });
// One its seal would pass but Pyodide cannot restore (not a snapshot at all).
const foreign = await bootUnderNode(runtime, undefined, { snapshot: { bytes: new Uint8Array(1024), whole: Promise.resolve() } });
process.stdout.write(JSON.stringify({
  sameBuild: staleness(seal, "this build"),
  otherBuild: staleness(seal, "another build"),
  noSeal: staleness({}, "this build"),
  whole: await refusal(trusted(snapshot, seal)),
  damaged: await refusal(trusted(damaged, seal)),
  truncated: await refusal(trusted(snapshot.subarray(0, 1000), seal)),
  bootRestored: booted.restored,
  bootRefusedBecause: booted.restoreFailed,
  sameAnswer: booted.bridge.check_json(request) === bridge.check_json(request),
  foreignRestored: foreign.restored,
  foreignRefusedBecause: foreign.restoreFailed,
  foreignSameAnswer: foreign.bridge.check_json(request) === bridge.check_json(request),
}));
