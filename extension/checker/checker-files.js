// The checker's files, as both its workers start loading them at once (checker/worker.js, which
// checks, and checker/snapshot-worker.js, which makes the snapshot): all the extension's own.

import { fingerprintOf } from "./snapshot-seal.mjs";

const own = (/** @type {string} */ path) => new URL(path, import.meta.url).href;

/** Where Pyodide's files are. */
export const INDEX_URL = own("../pyodide/");

/** Start fetching (and compiling) what a boot needs; each a promise, awaited where it is needed. */
export function startLoading() {
  return {
    // Compiled while Pyodide's JavaScript loads (on other threads), rather than after it.
    wasm: WebAssembly.compileStreaming(fetch(own("../pyodide/pyodide.asm.wasm"))),
    wheel: fetch(own("../pyodide/pychecker.whl")).then(async (response) => {
      if (!response.ok) throw new Error(`the checker package is missing from the extension (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    }),
    // What a snapshot must have been made by (checker/snapshot-seal.mjs).
    fingerprint: fetch(own("../pyodide/BUILD.json"))
      .then((response) => response.text())
      .then((build) => fingerprintOf(build, navigator.userAgent)),
  };
}
