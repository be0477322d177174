// Compile Python to bytecode for the Python inside Pyodide, at build time (called by build.py).
// Usage: node tools/pyodide_bytecode.mjs PYODIDE_DIR WHEEL STDLIB_OUT WHEEL_OUT
//
// Pyodide's python_stdlib.zip holds only sources, so every boot compiled each module it imported:
// that was two thirds of the boot in the browser. Pyodide's own Python (run here under Node, from
// the verified files in PYODIDE_DIR, booted as the extension boots it) compiles what the boot and the
// checker import, so the bytecode is exactly what the browser's Pyodide would have made.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { WHEEL_PATH } from "../extension/checker/boot-checker.mjs";
import { bootUnderNode } from "./boot_node.mjs";

const [pyodideDir, wheelIn, stdlibOut, wheelOut] = process.argv.slice(2).map((p) => resolve(p));
try {
  const { pyodide } = await bootUnderNode(pyodideDir, wheelIn);
  pyodide.FS.writeFile("/tmp/python_stdlib.zip", readFileSync(`${pyodideDir}/python_stdlib.zip`));
  pyodide.globals.set("WHEEL", WHEEL_PATH);
  pyodide.runPython(readFileSync(new URL("pyodide_bytecode.py", import.meta.url), "utf8"));
  writeFileSync(stdlibOut, pyodide.FS.readFile("/tmp/out/python_stdlib.zip"));
  writeFileSync(wheelOut, pyodide.FS.readFile("/tmp/out/pychecker.whl"));
} catch (error) {
  // Node would print the whole minified line of Pyodide the error passed through: the message is enough.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
