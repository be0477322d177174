// The offscreen document imports Pyodide from the extension's own copy (extension/pyodide/, put
// there by build.py from the pinned npm package): its types are the package's.
export * from "pyodide";
