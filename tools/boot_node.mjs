// The checker booted under Node exactly as the extension boots it (extension/checker/boot-checker.mjs),
// from a folder of Pyodide's files: the built extension's pyodide/ folder, or node_modules/pyodide.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bootChecker } from "../extension/checker/boot-checker.mjs";

/**
 * Boot Pyodide from `pyodideDir` with the wheel at `wheelPath` (by default the one beside it); `options`
 * go to bootChecker (a snapshot to restore, or to make one).
 */
export async function bootUnderNode(pyodideDir, wheelPath = `${pyodideDir}/pychecker.whl`, options = {}) {
  const dir = resolve(pyodideDir);
  const { loadPyodide } = await import(pathToFileURL(`${dir}/pyodide.mjs`).href);
  return bootChecker({ loadPyodide, indexURL: `${dir}/`, wheel: readFileSync(wheelPath), ...options });
}
