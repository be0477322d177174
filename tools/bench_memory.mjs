// The checker's memory over many checks in the real Pyodide under Node, booted as the extension boots it.
// Usage: node tools/bench_memory.mjs RUNTIME_DIR < requests.json  -> one JSON object per line on stdout.
// requests.json: {checks: [request JSON, or null for "the draft went" (forget_drafts)], every: n}.
// After the boot and every `every` checks: the wasm memory (it only grows: its high-water mark), what
// malloc hands out now, the caches filled from drafts (tools/draft_caches.py), and the checks' times.
import { readFileSync } from "node:fs";
import { bootUnderNode } from "./boot_node.mjs";

const { pyodide, bridge } = await bootUnderNode(process.argv[2]);
let input = ""; // read as a stream: a synchronous read of a large pipe fails with EAGAIN
for await (const chunk of process.stdin) input += chunk;
const { checks, every, collect = false } = JSON.parse(input);

pyodide.runPython(readFileSync(new URL("./draft_caches.py", import.meta.url), "utf8"));
const caches = pyodide.globals.get("draft_caches_json");
const gcCollect = pyodide.runPython("import gc; gc.collect");
const module = pyodide._module;
const mallinfo = module._malloc(40);

/** Bytes malloc has handed out and not had back (mallinfo's uordblks). */
function inUse() {
  module._mallinfo(mallinfo);
  return module.HEAPU32[mallinfo / 4 + 7];
}

/** @param {string} at @param {number[]} times */
function report(at, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (/** @type {number} */ q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  const line = {
    at,
    wasmMb: module.HEAP8.length / 1e6,
    mallocMb: inUse() / 1e6,
    caches: JSON.parse(caches()),
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

report("boot", []);
let done = 0;
/** @type {number[]} */
let times = [];
for (const request of checks) {
  if (request === null) {
    bridge.forget_drafts();
    continue;
  }
  const started = performance.now();
  bridge.check_json(request);
  times.push(performance.now() - started);
  done += 1;
  if (done % every === 0) {
    report(String(done), times);
    times = [];
  }
}
if (collect) {
  const started = performance.now();
  gcCollect();
  report(`gc.collect() ${(performance.now() - started).toFixed(1)} ms`, []);
}
