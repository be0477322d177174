// The policy look-up in the real Pyodide under Node, as the extension ships it: the first question
// (which builds the look-up's index) and every later one, timed.
// Usage: node tools/bench_lookup.mjs RUNTIME_DIR < questions.json  -> one JSON object on stdout.
// RUNTIME_DIR: the built extension's pyodide/ folder; questions.json: a JSON list of questions.
import { bootUnderNode } from "./boot_node.mjs";

const { bridge } = await bootUnderNode(process.argv[2]);
let input = ""; // read as a stream: a synchronous read of a large pipe fails with EAGAIN
for await (const chunk of process.stdin) input += chunk;
/** @type {string[]} */
const questions = JSON.parse(input);
const first = performance.now();
bridge.lookup_json(questions[0]);
const firstMs = performance.now() - first;
for (const question of questions) bridge.lookup_json(question); // warm, as a second question finds it
const samples = questions.map((question) => {
  const started = performance.now();
  bridge.lookup_json(question);
  return performance.now() - started;
});
process.stdout.write(JSON.stringify({ firstMs, samples }));
