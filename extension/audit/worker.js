// The audit page's own checker: a dedicated worker that boots Pyodide as the offscreen document
// does (checker/boot-checker.mjs), reads the zip the person chose (zip.js, in this thread: the
// page stays responsive) and runs the audit (auditor.js). Everything it loads is the extension's
// own files; nothing is fetched from anywhere else, nothing is sent anywhere.
//
//   page -> worker: {type: "audit", exported (the zip, or the folder's files), options, pack}
//                   | {type: "report", format}
//   worker -> page: {type: "status", text} | {type: "progress", done, total, checked, file}
//                   | {type: "rows", rows} | {type: "problems", problems}
//                   | {type: "done", summary, line, empty, memory} | {type: "report", format, content}
//                   | {type: "error", message}

import { loadPyodide } from "../pyodide/pyodide.mjs";
import { bootChecker } from "../checker/boot-checker.mjs";
import { auditExport } from "./auditor.js";
import { ZipError } from "./zip.js";

const here = (/** @type {string} */ path) => new URL(path, import.meta.url).href;
const post = (/** @type {object} */ message) => self.postMessage(message);

/** @type {Promise<{pyodide: any, bridge: any}> | null} */
let booting = null;
/** @type {string | null} */
let session = null;

function boot() {
  booting ??= (async () => {
    post({ type: "status", text: "Starting the policy checker…" });
    const wheel = fetch(here("../pyodide/pychecker.whl")).then(async (response) => {
      if (!response.ok) throw new Error(`the checker package is missing from the extension (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
    return bootChecker({ loadPyodide, indexURL: here("../pyodide/"), wheel });
  })();
  return booting;
}

/** An organisation's policy pack (bundled as packs/NAME.zip by `build.py --pack`), loaded once. */
const packs = new Set();
async function usePack(/** @type {{pyodide: any, bridge: any}} */ checker, /** @type {string} */ name) {
  if (!name || packs.has(name)) return;
  const zip = await fetch(here(`../packs/${name}.zip`)).catch(() => /** @type {Response | null} */ (null));
  if (!zip?.ok) throw new Error(`Your organisation's policy pack “${name}” is not in this copy of Policy Guard.`);
  checker.pyodide.unpackArchive(await zip.arrayBuffer(), "zip", { extractDir: `/packs/${name}` });
  const loaded = JSON.parse(checker.bridge.register_pack(name, `/packs/${name}`));
  if (loaded.error) throw new Error(loaded.error);
  packs.add(name);
}

async function audit(/** @type {{exported: File | File[], options: object, pack: string}} */ request) {
  const checker = await boot();
  await usePack(checker, request.pack);
  if (session) checker.bridge.audit_end(session);
  post({ type: "status", text: "Reading the export…" });
  const result = await auditExport(checker.bridge, request.exported, request.options, request.pack, {
    progress: (progress) => post({ type: "progress", ...progress }),
    rows: (rows) => post({ type: "rows", rows }),
    problems: (problems) => post({ type: "problems", problems }),
  });
  session = result.session;
  const memory = checker.pyodide._module?.HEAPU8?.length ?? 0; // Pyodide's heap, for the benchmark
  post({ type: "done", summary: result.summary, line: result.line, empty: result.empty, memory });
}

async function report(/** @type {string} */ format) {
  const { bridge } = await boot();
  if (!session) throw new Error("There is no audit to report on yet.");
  const answer = JSON.parse(bridge.audit_report(session, format));
  if (answer.error) throw new Error(`The checker failed: ${answer.error}`);
  post({ type: "report", format, content: answer.content });
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const message = event.data;
  try {
    const exported = message?.exported;
    const chosen = exported instanceof Blob || (Array.isArray(exported) && exported.length && exported.every((f) => f instanceof File));
    if (message?.type === "audit" && chosen) await audit(message);
    else if (message?.type === "report" && ["html", "csv"].includes(message.format)) await report(message.format);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    post({ type: "error", message: error instanceof ZipError ? `Nothing could be audited — ${text}.` : text });
  }
};
