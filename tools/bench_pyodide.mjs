// The checker in the real Pyodide under Node, as the extension ships and boots it: boot to first
// answer, and check() times by size.
// Usage: node tools/bench_pyodide.mjs RUNTIME_DIR  -> one JSON object on stdout.
// RUNTIME_DIR: the built extension's pyodide/ folder.
import { bootUnderNode } from "./boot_node.mjs";

const started = performance.now();
const { pyodide, bridge } = await bootUnderNode(process.argv[2]);
// The wasm heap only grows (its size is what Python holds at its peak): flat across thousands of checks = no leak.
const heapMb = () => pyodide._module.HEAP8.length / 1e6;
let input = ""; // read as a stream: a synchronous read of a large pipe fails with EAGAIN
for await (const chunk of process.stdin) input += chunk;
const post = JSON.parse(input); // {sizes: {n: text}}
bridge.check_json(JSON.stringify({ text: "Proud of NHP", context: { account: "personal" } }));
const bootMs = performance.now() - started;
const heapAfterBootMb = heapMb();
// The first official check reads the spelling rule's word data (pychecker/english.py): its cost, once.
const firstOfficial = performance.now();
bridge.check_json(JSON.stringify({ text: "Join us on Tuesdya", context: { account: "official" } }));
const firstOfficialMs = performance.now() - firstOfficial;
const heapAfterFirstOfficialMb = heapMb();
let checks = 2;

const results = {};
for (const [size, text] of Object.entries(post.sizes)) {
  for (const account of ["personal", "official"]) {
    const request = JSON.stringify({ text, context: { account, platform: "twitter" } });
    // Warm, as a draft's first sentence leaves it (V8 has optimised the hot wasm by then).
    for (let i = 0; i < 20; i++) bridge.check_json(request);
    const runs = Number(size) <= 2000 ? 500 : Number(size) <= 10000 ? 30 : 5;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      bridge.check_json(request);
      samples.push(performance.now() - t);
    }
    results[`${size}/${account}`] = samples;
    checks += 20 + runs;
  }
}
process.stdout.write(
  JSON.stringify({
    bootMs,
    results,
    checks,
    heapAfterBootMb,
    firstOfficialMs,
    heapAfterFirstOfficialMb,
    heapAfterChecksMb: heapMb(),
  }),
);
