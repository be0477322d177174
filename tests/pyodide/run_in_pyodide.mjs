// Runs the checker in the real Pyodide (the pinned npm package) under Node.
// Usage: node tests/pyodide/run_in_pyodide.mjs WHEEL < requests.jsonl > answers.jsonl
// Each input line is a bridge request ({"text", "context"}); each output line its answer.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide");

const wheelPath = process.argv[2];
const started = performance.now();
const pyodide = await loadPyodide();
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir: sitePackages });
const bridge = pyodide.pyimport("pychecker.bridge");
bridge.info();
const bootMs = performance.now() - started;

// Read stdin as a stream: readFileSync(0) fails with EAGAIN on a pipe once the input outgrows its buffer.
process.stdin.setEncoding("utf8");
let input = "";
for await (const chunk of process.stdin) input += chunk;
const lines = input.split("\n").filter((line) => line.trim());
for (const line of lines) process.stdout.write(bridge.check_json(line) + "\n");
process.stderr.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version.split()[0]"), bootMs }) + "\n");
