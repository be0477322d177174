// Where the checker's worker keeps its snapshot (checker/boot-checker.mjs, sealed by
// checker/snapshot-seal.mjs) between boots: the extension's own IndexedDB, on this machine only.
// It holds Pyodide's heap after a boot and a warm-up on synthetic text, before any draft is checked.
// Any failure here (a private window's storage, a full disk) only means a full boot.

const DATABASE = "policy-guard-checker";
const STORE = "snapshots";
const SEAL = "seal";
const BYTES = "bytes";

/** @returns {Promise<IDBDatabase>} */
function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * One transaction on the store, `work` making its requests; the result of the last, once committed.
 * @param {IDBTransactionMode} mode
 * @param {(store: IDBObjectStore) => IDBRequest} work
 * @returns {Promise<any>}
 */
async function transact(mode, work) {
  const database = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** @returns {Promise<any>} the value kept under `key`, or undefined (none, or no storage) */
function read(/** @type {string} */ key) {
  return transact("readonly", (store) => store.get(key)).catch(() => /** @type {any} */ (undefined));
}

/**
 * The seal of the snapshot kept (checker/snapshot-seal.mjs), or undefined: small, read first.
 * @returns {Promise<Partial<import("./snapshot-seal.mjs").Seal> | undefined>}
 */
export const readSeal = () => read(SEAL);

/**
 * The snapshot's bytes (45 MB), or undefined.
 * @returns {Promise<Uint8Array | undefined>}
 */
export const readSnapshot = () => read(BYTES);

/** Keep a snapshot and its seal in place of any other: both or neither. */
export function keepSnapshot(/** @type {Uint8Array} */ bytes, /** @type {import("./snapshot-seal.mjs").Seal} */ seal) {
  return transact("readwrite", (store) => {
    store.put(bytes, BYTES);
    return store.put(seal, SEAL);
  });
}
