// Runs the checker as the extension ships it (its Pyodide files and wheel), booted as the extension
// boots it, under Node.
// Usage: node tests/pyodide/run_in_pyodide.mjs RUNTIME_DIR [--restored] < requests.jsonl > answers.jsonl
// RUNTIME_DIR: the built extension's pyodide/ folder. Each input line is a bridge request
// ({"text", "context"}); each output line its answer. With --restored, the checker that answers is
// restored from a snapshot of another, as the extension's checker is after its first boot.
import { bootUnderNode } from "../../tools/boot_node.mjs";

const [runtime, mode] = process.argv.slice(2);
const started = performance.now();
let booting;
if (mode === "--restored") {
  const { snapshot } = await bootUnderNode(runtime, undefined, { makeSnapshot: true });
  booting = bootUnderNode(runtime, undefined, { snapshot: { bytes: snapshot, whole: Promise.resolve() } });
} else {
  booting = bootUnderNode(runtime);
}
const { pyodide, bridge, restored } = await booting;
const bootMs = performance.now() - started;

// Read stdin as a stream: readFileSync(0) fails with EAGAIN on a pipe once the input outgrows its buffer.
process.stdin.setEncoding("utf8");
let input = "";
for await (const chunk of process.stdin) input += chunk;
const lines = input.split("\n").filter((line) => line.trim());
for (const line of lines) process.stdout.write(bridge.check_json(line) + "\n");
const python = pyodide.runPython("import sys; sys.version.split()[0]");
const compiled = pyodide.runPython("import pychecker.checker as c; c.__spec__.origin.endswith('.pyc')");
process.stderr.write(JSON.stringify({ python, bootMs, compiled, restored }) + "\n");
