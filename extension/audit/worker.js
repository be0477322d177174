// The audit page's own checker: a dedicated worker that boots Pyodide as the offscreen document
// does (checker/boot-checker.mjs), reads the zip the person chose (zip.js, in this thread: the
// page stays responsive) and runs the audit (auditor.js). Everything it loads is the extension's
// own files; nothing is fetched from anywhere else, nothing is sent anywhere. The flagged posts
// stay here, in the checker, kept once: the page asks for the ones it shows, a page at a time, and
// the reports come to it as a Blob made here a piece at a time (never one string of it all).
// At most one progress message is on its way at a time: the page acknowledges each, and the
// reading waits for that, so a busy page holds the audit back instead of messages piling up.
//
//   page -> worker: {type: "audit", exported (the zip, or the folder's files), options, pack}
//                   | {type: "seen"} (a progress message shown)
//                   | {type: "page", asked: n, rule, severity, year, start, size}
//                   | {type: "report", format}
//   worker -> page: {type: "status", text} | {type: "progress", done, total, checked, flagged, file}
//                   | {type: "problems", problems}
//                   | {type: "done", summary, line, empty, memory}
//                   | {type: "page", asked: n, rows, start, total} | {type: "report", format, blob}
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

/** Settled once the page has shown the progress message on its way (at most one is). */
let shown = Promise.resolve();
let markShown = () => {};

/** @param {import("./auditor.js").Progress} progress */
async function tell(progress) {
  await shown;
  shown = new Promise((resolve) => { markShown = () => resolve(undefined); });
  post({ type: "progress", ...progress });
}

async function audit(/** @type {{exported: File | File[], options: object, pack: string}} */ request) {
  const checker = await boot();
  await usePack(checker, request.pack);
  if (session) checker.bridge.audit_end(session);
  session = null;
  post({ type: "status", text: "Reading the export…" });
  const result = await auditExport(checker.bridge, request.exported, request.options, request.pack, {
    progress: tell,
    problems: (problems) => post({ type: "problems", problems }),
  });
  session = result.session;
  const memory = checker.pyodide._module?.HEAPU8?.length ?? 0; // Pyodide's heap, for the benchmark
  post({ type: "done", summary: result.summary, line: result.line, empty: result.empty, memory });
}

/** The checker's answer to one of the audit's questions about the session done. */
async function ask(/** @type {string} */ name, /** @type {string} */ argument) {
  const { bridge } = await boot();
  if (!session) throw new Error("There is no audit to report on yet.");
  const answer = JSON.parse(bridge[name](session, argument));
  if (answer.error) throw new Error(`The checker failed: ${answer.error}`);
  return answer;
}

/** The flagged posts the page shows: one page of them, with the filters the person chose. */
async function page(/** @type {{asked: number, rule: string, severity: string, year: string, start: number, size: number}} */ request) {
  const { asked, ...where } = request;
  post({ type: "page", asked, ...(await ask("audit_page", JSON.stringify(where))) });
}

/** The report as a Blob, built a piece at a time: each piece's UTF-8 bytes copied from Pyodide's memory
 * into the Blob's store, so the worker never holds the report, or a string of it, at once. */
async function report(/** @type {string} */ format) {
  const { bridge } = await boot();
  if (!session) throw new Error("There is no audit to report on yet.");
  /** @type {Blob[]} */
  const pieces = [];
  for (let more = true; more; ) {
    const bytes = bridge.audit_report_bytes(session, format);
    const buffer = bytes.getBuffer("u8");
    try {
      more = buffer.data.length > 0;
      if (more) pieces.push(new Blob([buffer.data]));
    } finally {
      buffer.release();
      bytes.destroy();
    }
  }
  const type = format === "csv" ? "text/csv" : "text/html";
  post({ type: "report", format, blob: new Blob(pieces, { type: `${type};charset=utf-8` }) });
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const message = event.data;
  try {
    const exported = message?.exported;
    const chosen = exported instanceof Blob || (Array.isArray(exported) && exported.length && exported.every((f) => f instanceof File));
    if (message?.type === "seen") markShown();
    else if (message?.type === "audit" && chosen) await audit(message);
    else if (message?.type === "page") await page(message);
    else if (message?.type === "report" && ["html", "csv"].includes(message.format)) await report(message.format);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    post({ type: "error", message: error instanceof ZipError ? `Nothing could be audited — ${text}.` : text });
  }
};
