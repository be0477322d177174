// A snapshot of the booted checker (checker/boot-checker.mjs) is kept sealed: with the build and
// browser it was made by (`fingerprint`), its size, and the SHA-256 of its bytes. A restore trusts a
// snapshot only when all match: one from another build or browser (stale) or whose bytes changed
// (damaged) is refused, and the checker boots in full. Used by checker/worker.js and the Node tests.

/** @typedef {{fingerprint: string, digest: string, size: number}} Seal */

/** @returns {Promise<string>} */
async function sha256(/** @type {Uint8Array} */ data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", /** @type {Uint8Array<ArrayBuffer>} */ (data)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** What a snapshot must have been made by: this build's files (BUILD.json lists their sums) in this browser. */
export function fingerprintOf(/** @type {string} */ buildJson, /** @type {string} */ browser) {
  return sha256(new TextEncoder().encode(`${browser}\n${buildJson}`));
}

/** @returns {Promise<Seal>} */
export async function sealOf(/** @type {Uint8Array} */ bytes, /** @type {string} */ fingerprint) {
  return { fingerprint, digest: await sha256(bytes), size: bytes.length };
}

/** Why a snapshot with this seal is not for this build and browser, or "" when it is. */
export function staleness(/** @type {Partial<Seal>} */ seal, /** @type {string} */ fingerprint) {
  if (seal.fingerprint !== fingerprint) return "stale: made by another build or browser";
  if (!Number.isSafeInteger(seal.size) || typeof seal.digest !== "string") return "damaged: its seal is incomplete";
  return "";
}

/**
 * The snapshot's bytes, once they are found to be those sealed; else an Error saying they are damaged.
 * @param {Uint8Array | undefined} bytes
 * @param {Seal} seal
 * @returns {Promise<Uint8Array>}
 */
export async function trusted(bytes, seal) {
  if (!(bytes instanceof Uint8Array) || bytes.length !== seal.size || (await sha256(bytes)) !== seal.digest) {
    throw new Error("damaged: its bytes do not match their seal");
  }
  return bytes;
}
