// The checker's files, as both its workers start loading them at once (checker/worker.js, which
// checks, and checker/snapshot-worker.js, which makes the snapshot): all the extension's own.

import { fingerprintOf, sha256, shippedFingerprintOf } from "./snapshot-seal.mjs";

const own = (/** @type {string} */ path) => new URL(path, import.meta.url).href;

/** Where Pyodide's files are. */
export const INDEX_URL = own("../pyodide/");

/** Start fetching (and compiling) what a boot needs; each a promise, awaited where it is needed. */
export function startLoading() {
  const build = fetch(own("../pyodide/BUILD.json")).then((response) => response.text());
  return {
    // Compiled while Pyodide's JavaScript loads (on other threads), rather than after it.
    wasm: WebAssembly.compileStreaming(fetch(own("../pyodide/pyodide.asm.wasm"))),
    wheel: fetch(own("../pyodide/pychecker.whl")).then(async (response) => {
      if (!response.ok) throw new Error(`the checker package is missing from the extension (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    }),
    // What a snapshot must have been made by (checker/snapshot-seal.mjs).
    fingerprint: build.then((record) => fingerprintOf(record, navigator.userAgent)),
    shippedFingerprint: build.then(shippedFingerprintOf),
  };
}

/**
 * The snapshot the build made (tools/pyodide_snapshot.mjs: Python started, before the checker's import), gzipped
 * beside its seal, or null when this copy has none. Its bytes are checked against the seal as they are read.
 * @returns {Promise<{seal: import("./snapshot-seal.mjs").Seal, bytes: Promise<Uint8Array>} | null>}
 */
export async function shippedSnapshot() {
  const seal = await fetch(own("../pyodide/snapshot.json")).then((response) => response.json()).catch(() => null);
  if (!seal) return null;
  const bytes = fetch(own("../pyodide/snapshot.bin.gz"))
    .then((response) => response.arrayBuffer())
    .then(async (gzipped) => {
      const [digest, heap] = await Promise.all([sha256(new Uint8Array(gzipped)), gunzip(gzipped)]);
      if (digest !== seal.digest || heap.length !== seal.size) throw new Error("damaged: its bytes do not match their seal");
      return heap;
    });
  return { seal, bytes };
}

/** @returns {Promise<Uint8Array>} */
async function gunzip(/** @type {ArrayBuffer} */ gzipped) {
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
