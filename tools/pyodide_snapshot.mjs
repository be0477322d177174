// The snapshot the extension ships (called by build.py): Pyodide's heap with Python started, made under
// Node from the built extension's own files, booted as the extension boots them, before any check (no
// draft is ever in it). Stored XOR the memory as instantiated, gzipped (the browser unpacks it with its
// own DecompressionStream). Usage: node tools/pyodide_snapshot.mjs RUNTIME_DIR OUT.gz [runtime|import]
// Prints {"size": bytes unpacked}.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { makeShippedSnapshot } from "../extension/checker/boot-checker.mjs";

const [runtime, out, stage = "runtime"] = process.argv.slice(2);
const dir = resolve(runtime);
try {
  const { loadPyodide } = await import(pathToFileURL(`${dir}/pyodide.mjs`).href);
  const wheel = readFileSync(`${dir}/pychecker.whl`);
  const snapshot = await makeShippedSnapshot({ loadPyodide, indexURL: `${dir}/`, wheel, stage: /** @type {any} */ (stage) });
  writeFileSync(out, gzipSync(snapshot, { level: 9 }));
  process.stdout.write(JSON.stringify({ size: snapshot.length }));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
