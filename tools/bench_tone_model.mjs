// What the tone model (tools/tone_model.py, not shipped) would cost in the real Pyodide under Node:
// import and first-load time, the memory it keeps, a sentence's score, and check() at 2,000 characters
// with and without it beside respectful-tone (tools/tone_model_trial.py's `lead` way, W >= 1.5, P >= 0.8),
// measured in alternating blocks so a busy machine weighs on both alike.
// Usage: node tools/bench_tone_model.mjs RUNTIME_DIR < {"text": "..."}  -> one JSON object on stdout.
// RUNTIME_DIR: the built extension's pyodide/ folder. The post: tools/bench_checker.py's realistic_post(2000).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootUnderNode } from "./boot_node.mjs";

const TOOLS = dirname(fileURLToPath(import.meta.url));
const { pyodide, bridge } = await bootUnderNode(process.argv[2]);
const heapMb = () => pyodide._module.HEAP8.length / 1e6;
let input = "";
for await (const chunk of process.stdin) input += chunk;
const post = JSON.parse(input).text;
bridge.check_json(JSON.stringify({ text: "Join us on Tuesdya", context: { account: "official" } }));

// The tools the trial needs, written into Pyodide's file system as a package beside the wheel.
pyodide.globals.set("files", {
  "tools/__init__.py": "",
  "tools/tone_model.py": readFileSync(resolve(TOOLS, "tone_model.py"), "utf8"),
  "tools/tone_model_trial.py": readFileSync(resolve(TOOLS, "tone_model_trial.py"), "utf8"),
  "tools/tone_probes.toml": readFileSync(resolve(TOOLS, "tone_probes.toml"), "utf8"),
});
pyodide.globals.set("model", new Uint8Array(readFileSync(resolve(TOOLS, "tone-model", "model.bin.gz"))));
pyodide.runPython(`
import os, sys
for path, text in files.to_py().items():
    os.makedirs(os.path.dirname("/tmp/trial/" + path), exist_ok=True)
    open("/tmp/trial/" + path, "w").write(text)
os.makedirs("/tmp/trial/tools/tone-model", exist_ok=True)
open("/tmp/trial/tools/tone-model/model.bin.gz", "wb").write(bytes(model.to_py()))
sys.path.insert(0, "/tmp/trial")
`);
const heapBefore = heapMb();
let t = performance.now();
pyodide.runPython("import tools.tone_model as tm, tools.tone_model_trial as trial");
const importMs = performance.now() - t;
pyodide.runPython("import gc, tracemalloc; gc.collect(); tracemalloc.start()");
t = performance.now();
pyodide.runPython("scorer = tm.tone_model()");
const loadMs = performance.now() - t;
const keptMb = pyodide.runPython("gc.collect(); kept = tracemalloc.get_traced_memory()[0] / 1e6; tracemalloc.stop(); kept");
const sentenceUs = pyodide.runPython(`
import time
sentence = "you are a complete and utter waste of space and everyone knows it"
start = time.perf_counter()
for _ in range(2000):
    scorer.probability(sentence)
(time.perf_counter() - start) / 2000 * 1e6
`);

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const at = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const checks = {};
for (const account of ["personal", "official"]) {
  const request = JSON.stringify({ text: post, context: { account, platform: "twitter" } });
  const arms = { without: "trial.with_model(None)", with: "trial.with_model(trial.by_lead(1.5, 0.8))" };
  const samples = { without: [], with: [] };
  for (let block = 0; block < 10; block++) {
    for (const arm of block % 2 ? ["with", "without"] : ["without", "with"]) {
      pyodide.runPython(arms[arm]);
      for (let i = 0; i < 5; i++) bridge.check_json(request);
      for (let i = 0; i < 50; i++) {
        const start = performance.now();
        bridge.check_json(request);
        samples[arm].push(performance.now() - start);
      }
    }
  }
  pyodide.runPython(arms.without);
  checks[account] = Object.fromEntries(
    Object.entries(samples).map(([arm, xs]) => [arm, { min: Math.min(...xs), median: at(xs, 0.5), p95: at(xs, 0.95) }]),
  );
}
process.stdout.write(
  JSON.stringify({ importMs, loadMs, keptMb, heapGrowthMb: heapMb() - heapBefore, sentenceUs, checks }, null, 1),
);
