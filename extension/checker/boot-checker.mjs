// Start the checker in Pyodide: the one way it is done, by the checker's worker (checker/worker.js) and by the
// Node scripts that test, benchmark and compile it (tests/pyodide, tools/).

// The wheel goes on Python's path as it is (a pure-Python wheel imports from the zip, with the
// bytecode the build put beside each module), rather than unpacked: unpacking cost a fifth of the boot.
export const WHEEL_PATH = "/lib/pychecker.whl";

/**
 * Boot Pyodide from `indexURL`, put the wheel's bytes on the path and load the built-in policy pack.
 * `mark(phase)` is called after each phase: "pyodide", "import", "ready".
 * Returns {pyodide, bridge}: `bridge` is the `pychecker.bridge` module.
 * @param {{loadPyodide: typeof import("pyodide").loadPyodide, indexURL: string, wheel: Uint8Array | Promise<Uint8Array>,
 *   mark?: (phase: string) => void}} options
 */
export async function bootChecker({ loadPyodide, indexURL, wheel, mark = () => {} }) {
  const pyodide = await loadPyodide({ indexURL });
  mark("pyodide");
  pyodide.FS.writeFile(WHEEL_PATH, await wheel);
  pyodide.runPython(`import sys; sys.path.insert(0, "${WHEEL_PATH}")`);
  const bridge = pyodide.pyimport("pychecker.bridge");
  mark("import");
  bridge.info(); // the policy pack now, not on the first keystroke
  mark("ready");
  return { pyodide, bridge };
}
