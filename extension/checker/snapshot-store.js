// Where the checker's worker keeps its snapshot (checker/boot-checker.mjs, sealed by
// checker/snapshot-seal.mjs) between boots: one file in the extension's own private file system (OPFS),
// on this machine only. It holds Pyodide's heap after a boot and a warm-up on synthetic text, before
// any draft is checked. Only dedicated workers use it (checker/worker.js reads, checker/snapshot-worker.js
// writes): there a sync access handle reads the heap straight into the buffer Pyodide restores from, where
// IndexedDB took about half a second and a copy. The file is the seal's length (4 bytes, little-endian),
// the seal (JSON), then the heap: one file to open, and a write cut short leaves bytes its seal refuses.
// Any failure here (a private window's storage, a full disk, the file in use) only means a full boot.

const FILE = "checker-snapshot";
/** Where versions before 2026-12-07 kept the snapshot (IndexedDB): removed when a new one is kept. */
const OLD_DATABASE = "policy-guard-checker";
/** A seal is under a kilobyte: a longer one is not a seal. */
const MAX_SEAL = 4_096;

/**
 * A FileSystemSyncAccessHandle (dedicated workers only, so not in the DOM types this project checks against).
 * @typedef {{read(into: ArrayBufferView, options: {at: number}): number, write(from: ArrayBufferView, options: {at: number}): number,
 *   getSize(): number, truncate(size: number): void, flush(): void, close(): void}} SyncAccessHandle
 */

/** @returns {Promise<SyncAccessHandle>} the snapshot file's sync access handle (to close once used) */
async function handle(create = false) {
  const root = await navigator.storage.getDirectory();
  return /** @type {any} */ (await root.getFileHandle(FILE, { create })).createSyncAccessHandle();
}

/**
 * The snapshot kept: its seal (checker/snapshot-seal.mjs) and `bytes`, its heap read into the buffer
 * `bufferFor(seal)` gave (sized by the seal); `bytes` is null when there was no buffer, undefined when the
 * file does not hold exactly that many bytes after the seal. Undefined when there is none, or it cannot be read.
 * @param {(seal: Partial<import("./snapshot-seal.mjs").Seal>) => Promise<Uint8Array | null>} bufferFor
 *   a buffer for the heap, once the seal is read, or null when its seal rules it out (not read, then)
 * @returns {Promise<{seal: Partial<import("./snapshot-seal.mjs").Seal>, bytes: Uint8Array | undefined | null} | undefined>}
 */
export async function readSnapshot(bufferFor) {
  let file;
  try {
    file = await handle();
    const length = new Uint32Array(1);
    file.read(length, { at: 0 });
    if (length[0] > MAX_SEAL) return undefined;
    const sealBytes = new Uint8Array(length[0]);
    file.read(sealBytes, { at: 4 });
    const seal = JSON.parse(new TextDecoder().decode(sealBytes));
    const buffer = await bufferFor(seal);
    if (!buffer) return { seal, bytes: null };
    const at = 4 + sealBytes.length;
    const whole = file.getSize() - at === buffer.length && file.read(buffer, { at }) === buffer.length;
    return { seal, bytes: whole ? buffer : undefined };
  } catch {
    return undefined;
  } finally {
    file?.close();
  }
}

/** Keep a snapshot with its seal in place of any other, on disk when this resolves. */
export async function keepSnapshot(/** @type {Uint8Array} */ bytes, /** @type {import("./snapshot-seal.mjs").Seal} */ seal) {
  const sealBytes = new TextEncoder().encode(JSON.stringify(seal));
  const file = await handle(true);
  try {
    file.write(new Uint32Array([sealBytes.length]), { at: 0 });
    file.write(sealBytes, { at: 4 });
    const at = 4 + sealBytes.length;
    if (file.write(bytes, { at }) !== bytes.length) throw new Error("the snapshot was not all written");
    file.truncate(at + bytes.length);
    file.flush();
  } finally {
    file.close();
  }
  indexedDB.deleteDatabase(OLD_DATABASE);
}
