// Start the checker in Pyodide: the one way it is done, by the checker's worker (checker/worker.js) and by the
// Node scripts that test, benchmark and compile it (tests/pyodide, tools/).
//
// Two ways to boot. A full boot starts Python and imports the checker (about a second and a half).
// A restore puts back a memory snapshot of Pyodide's heap taken after a full boot of the same build
// (checker/snapshot-seal.mjs checks that it is that), with Python started and the checker imported:
// a few hundred milliseconds. A snapshot that cannot be restored is dropped for a full boot.

// The wheel goes on Python's path as it is (a pure-Python wheel imports from the zip, with the
// bytecode the build put beside each module), rather than unpacked: unpacking cost a fifth of the boot.
export const WHEEL_PATH = "/lib/pychecker.whl";

/** What the checker does once before a snapshot: each account's words loaded, Python's hot paths compiled. */
const WARM_UP = ["personal", "official"].map((account) =>
  JSON.stringify({ text: "Proud to work at NHP! Vote Labour. Pic of the kids at the youth club", context: { account, platform: "twitter" } }),
);

/**
 * @typedef {{pyodide: any, bridge: any, restored: boolean, snapshot?: Uint8Array, restoreFailed?: string}} Booted
 * @typedef {{bytes: Uint8Array, whole: Promise<unknown>}} Snapshot a snapshot's bytes, and `whole`, which resolves once
 *   they are found to be those sealed (rejects when not): checked while Pyodide loads, never restored before
 */

/**
 * Boot Pyodide from `indexURL` with the wheel's bytes on the path and the built-in policy pack loaded.
 * `mark(phase)` is called after each phase: "instantiated" (the wasm instance made, Python not yet started),
 * "pyodide" (Python started), "import" (the checker imported), "pack" (the built-in pack loaded), "ready";
 * from `snapshot`, "restore" in place of "pyodide". With `makeSnapshot`, a full boot returns a snapshot of
 * itself as `snapshot`, taken after a warm-up check of each account (synthetic text only: no one's draft is ever in it).
 * `wasm`: Pyodide's WebAssembly module, when the caller started compiling it already.
 * @param {{loadPyodide: typeof import("pyodide").loadPyodide, indexURL: string, wheel: Uint8Array | Promise<Uint8Array>,
 *   mark?: (phase: string) => void, snapshot?: Snapshot | null, makeSnapshot?: boolean, wasm?: Promise<WebAssembly.Module>}} options
 * @returns {Promise<Booted>}
 */
export async function bootChecker({ loadPyodide, indexURL, wheel, mark = () => {}, snapshot = null, makeSnapshot = false, wasm }) {
  // The wheel goes into Pyodide's file system before Python starts, for both ways of booting.
  const fsInit = async (/** @type {any} */ FS) => {
    mark("instantiated");
    FS.writeFile(WHEEL_PATH, await wheel);
  };
  let restoreFailed;
  if (snapshot) {
    /** @type {any} why the snapshot's bytes were refused, if they were */
    let refused;
    // Pyodide waits for `_loadSnapshot` before it instantiates, and restores from it only after: handed the bytes
    // at once, it loads and instantiates while they are checked, and gets its instance once they are.
    // Bytes refused lose their first word (Pyodide's magic number): Pyodide then refuses to restore them.
    const checked = snapshot.whole.catch((error) => {
      refused = error;
      snapshot.bytes.fill(0, 0, 4);
    });
    try {
      const options = { indexURL, fsInit, _loadSnapshot: snapshot.bytes };
      const how = { wasm, memory: snapshot.bytes.length, before: checked };
      const pyodide = await instantiatedAs(how, () => loadPyodide(options));
      if (refused) throw refused;
      delete /** @type {any} */ (pyodide)._api.config._loadSnapshot; // Pyodide keeps its options: not 45 MB of them
      mark("restore");
      const bridge = takenOnce(pyodide.pyimport("pychecker.bridge"));
      mark("import");
      bridge.info();
      mark("pack");
      mark("ready");
      return { pyodide, bridge, restored: true };
    } catch (/** @type {any} */ error) {
      restoreFailed = String((refused ?? error)?.message ?? error).split("\n")[0];
    }
  }
  const pyodide = await instantiatedAs({ wasm }, () => loadPyodide({ indexURL, fsInit, _makeSnapshot: makeSnapshot }));
  mark("pyodide");
  pyodide.runPython(`import sys; sys.path.insert(0, "${WHEEL_PATH}")`);
  const bridge = takenOnce(pyodide.pyimport("pychecker.bridge"));
  mark("import");
  bridge.info(); // the policy pack now, not on the first keystroke
  mark("pack");
  /** @type {Booted} */
  const booted = { pyodide, bridge, restored: false, restoreFailed };
  if (makeSnapshot) {
    for (const request of WARM_UP) bridge.check_json(request);
    bridge.forget_drafts();
    booted.snapshot = pyodide.makeMemorySnapshot();
    mark("snapshot");
  }
  mark("ready");
  return booted;
}

/**
 * The module's functions, each read from Python once. Every read of a PyProxy's attribute makes a new
 * proxy holding a new Python object (a bound function), freed only when JavaScript's collector gets
 * round to the proxy: once per check, that was thousands of them in a worker that rarely collects.
 * @param {any} module a PyProxy of a Python module
 * @returns {any}
 */
function takenOnce(module) {
  /** @type {Map<string | symbol, unknown>} */
  const taken = new Map();
  return new Proxy(module, {
    get(target, name) {
      if (!taken.has(name)) taken.set(name, target[name]);
      return taken.get(name);
    },
  });
}

/**
 * Run `load` (a loadPyodide) with WebAssembly's instantiation made to use the module `wasm` when given
 * (compiled while Pyodide's JavaScript loads, rather than after; in browsers), and to give the instance a memory
 * of at least `memory` bytes. Pyodide restores a snapshot into the memory as instantiated (30 MB) and
 * fails with "RangeError: offset is out of bounds" when the snapshot is larger: it asks for a larger
 * INITIAL_MEMORY, which its build (a memory of its own, exported) does not take. Growing the memory
 * before Pyodide makes its views of it does what INITIAL_MEMORY would. Only this thread's
 * instantiations happen meanwhile (Pyodide's, and a small module of its own, left as it is). The instance is
 * handed over once `before` has settled (a snapshot's bytes read and checked): Pyodide cannot be told that its
 * instantiation failed (it would wait for ever), so `before` must not reject.
 * @template T
 * @param {{wasm?: Promise<WebAssembly.Module>, memory?: number, before?: Promise<unknown>}} how
 * @param {() => Promise<T>} load
 * @returns {Promise<T>}
 */
async function instantiatedAs({ wasm, memory = 0, before }, load) {
  const { instantiate, instantiateStreaming } = WebAssembly;
  const grow = async (/** @type {WebAssembly.WebAssemblyInstantiatedSource} */ result) => {
    await before;
    const own = result.instance.exports.memory;
    if (own instanceof WebAssembly.Memory && own.buffer.byteLength < memory) {
      own.grow(Math.ceil((memory - own.buffer.byteLength) / 65_536));
    }
    return result;
  };
  /** @type {any} */
  const patched = WebAssembly;
  // Pyodide instantiates its module by streaming in browsers, from bytes under Node.
  patched.instantiateStreaming = async (/** @type {any} */ source, /** @type {any} */ imports) => {
    if (!wasm) return grow(await instantiateStreaming(source, imports));
    // Pyodide's own fetch of the module, not needed: unread, its body would be held as long as Pyodide.
    Promise.resolve(source).then((response) => response.body?.cancel(), () => {});
    const module = await wasm;
    return grow({ module, instance: await instantiate(module, imports) });
  };
  patched.instantiate = (/** @type {any} */ source, /** @type {any} */ imports) =>
    source instanceof WebAssembly.Module ? instantiate(source, imports) : instantiate(source, imports).then(grow);
  try {
    return await load();
  } finally {
    Object.assign(WebAssembly, { instantiate, instantiateStreaming });
  }
}
