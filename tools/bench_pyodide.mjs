// The checker in the real Pyodide under Node: boot to first answer, and check() times by size.
// Usage: node tools/bench_pyodide.mjs WHEEL  -> one JSON object on stdout.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide");

const started = performance.now();
const pyodide = await loadPyodide();
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
pyodide.unpackArchive(new Uint8Array(readFileSync(process.argv[2])), "wheel", { extractDir: sitePackages });
const bridge = pyodide.pyimport("pychecker.bridge");
let input = ""; // read as a stream: a synchronous read of a large pipe fails with EAGAIN
for await (const chunk of process.stdin) input += chunk;
const post = JSON.parse(input); // {sizes: {n: text}}
bridge.info(); // as the extension's offscreen document does at boot
bridge.check_json(JSON.stringify({ text: "Proud of NHP", context: { account: "personal" } }));
const bootMs = performance.now() - started;

const results = {};
for (const [size, text] of Object.entries(post.sizes)) {
  for (const account of ["personal", "official"]) {
    const request = JSON.stringify({ text, context: { account, platform: "twitter" } });
    bridge.check_json(request); // warm, as the second keystroke finds it
    const runs = Number(size) <= 2000 ? 200 : Number(size) <= 10000 ? 30 : 5;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      bridge.check_json(request);
      samples.push(performance.now() - t);
    }
    results[`${size}/${account}`] = samples;
  }
}
process.stdout.write(JSON.stringify({ bootMs, results }));
