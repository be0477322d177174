// An export's audit, given a checker bridge (pychecker.bridge, in Pyodide) and the zip as a Blob
// (or the files of its unpacked folder): the export's files are listed, Python's audit_start says
// which text files to read, and those are inflated one by one and fed to audit_feed a piece at a time. The same steps as the command line
// (pychecker/audit/cli.py), so the same export gives the same findings. Used by the audit page's
// worker, and by the tests under Node.

import { ZipError, listEntries, openEntry } from "./zip.js";

/** Text is handed to Python about a megabyte at a time: few calls, little held. */
const PIECE = 1 << 20;
/** Progress is told at most this often (ms). */
const PROGRESS_EVERY = 100;

/** The checker answered with an error: not the file's fault. */
export class CheckerError extends Error {}

/**
 * What the audit tells as it goes. The flagged posts are not among it: they stay with the checker,
 * which gives them a page at a time once the audit is done (bridge.audit_page). `progress` may return
 * a promise: the reading waits for it, so a reader slower than the audit holds the audit back.
 * @typedef {{done: number, total: number, checked: number, flagged: number, file: string}} Progress
 * @typedef {object} AuditEvents
 * @property {(progress: Progress) => void | Promise<void>} progress
 * @property {(problems: {source: string, message: string, refused: boolean}[]) => void} problems
 */

/**
 * One file of the export as the audit reads it: where it is in the export, its size (-1: unknown),
 * and its bytes as a stream.
 * @typedef {{path: string, size: number, open: () => Promise<ReadableStream<Uint8Array>>}} ExportFile
 */

/** A zip's files, from its directory (or, when it is cut short, from walking its headers). */
async function zipFiles(/** @type {Blob} */ zip, /** @type {string} */ name) {
  try {
    const { entries, cutShort } = await listEntries(zip);
    /** @type {ExportFile[]} */
    const files = entries.map((entry) => ({ path: entry.path, size: entry.size, open: () => openEntry(zip, entry) }));
    return { files, cutShort };
  } catch (error) {
    if (error instanceof ZipError) throw new ZipError(`${name}: ${error.message}`);
    throw error;
  }
}

/**
 * An unpacked export's files, as `<input type="file" webkitdirectory>` gives them: each one's path
 * inside the folder chosen (its webkitRelativePath less the folder's own name).
 * @param {File[]} chosen
 * @returns {ExportFile[]}
 */
export function folderFiles(chosen) {
  return chosen.map((file) => ({
    path: file.webkitRelativePath.split("/").slice(1).join("/") || file.name,
    size: file.size,
    open: async () => file.stream(),
  }));
}

/**
 * @param {Record<"audit_start" | "audit_feed" | "audit_fail" | "audit_note" | "audit_summary", (...args: any[]) => string>} bridge
 * @param {(Blob & {name?: string}) | File[]} exported  the zip, or the files of its unpacked folder
 * @param {object} options  AuditOptions (pychecker/audit/audit.py), as JSON
 * @param {string} pack     the policy pack's name ("" for the built-in one)
 * @param {AuditEvents} on
 * @returns {Promise<{session: string, summary: object, line: string, empty: string}>}
 */
export async function auditExport(bridge, exported, options, pack, on) {
  const call = (/** @type {keyof typeof bridge} */ name, /** @type {any[]} */ ...args) => {
    const answer = JSON.parse(bridge[name](...args));
    if (answer.error) throw new CheckerError(`The checker failed: ${answer.error}`);
    return answer;
  };
  const folder = Array.isArray(exported);
  const name = folder ? exported[0]?.webkitRelativePath.split("/")[0] || "the folder" : exported.name || "the zip";
  const { files, cutShort } = folder ? { files: folderFiles(exported), cutShort: false } : await zipFiles(exported, name);
  const byPath = new Map(files.map((file) => [file.path, file]));
  /** @type {{session: string, read: string[]}} */
  const { session, read } = call("audit_start", JSON.stringify({ paths: files.map((f) => f.path), name, options, pack }));
  if (cutShort) {
    const note =
      `${name} is cut short: the directory a zip keeps at its end is missing (the download may not have finished). ` +
      `The ${files.length.toLocaleString("en-GB")} files found before the cut are read; download it again for a complete audit.`;
    call("audit_note", session, note);
    on.problems([{ source: "", message: note, refused: false }]);
  }
  const total = read.reduce((sum, path) => sum + Math.max(0, byPath.get(path)?.size ?? 0), 0);
  let done = 0;
  let told = 0;
  let checked = 0;
  let flagged = 0;
  /** @param {any} answer */
  const take = (answer) => {
    if (answer.problems.length) on.problems(answer.problems);
    ({ checked, flagged } = answer);
    return answer.done;
  };
  for (const path of read) {
    const entry = byPath.get(path);
    if (!entry) continue;
    let fileDone = 0;
    try {
      const text = /** @type {ReadableWritablePair<string, Uint8Array>} */ (/** @type {unknown} */ (new TextDecoderStream("utf-8")));
      const stream = (await entry.open()).pipeThrough(text);
      const reader = stream.getReader();
      let pending = "";
      let finished = false;
      while (!finished) {
        const { value, done: end } = await reader.read();
        if (value) {
          pending += value;
          fileDone += value.length; // characters: near enough to bytes for a progress bar
        }
        if (pending.length >= PIECE || end) {
          finished = take(call("audit_feed", session, path, pending, Boolean(end)));
          pending = "";
        }
        if (end) finished = true;
        if (Date.now() - told > PROGRESS_EVERY) {
          told = Date.now();
          await on.progress({ done: done + Math.min(fileDone, entry.size), total, checked, flagged, file: path });
        }
      }
      await reader.cancel().catch(() => {}); // the rest of a file the reader does not need
    } catch (error) {
      if (error instanceof CheckerError) throw error;
      const why = error instanceof ZipError ? error.message : `it is damaged or cut short (${error instanceof Error ? error.message : error})`;
      take(call("audit_fail", session, path, why));
    }
    done += Math.max(0, entry.size);
    await on.progress({ done, total, checked, flagged, file: path });
  }
  const { summary, line, empty } = call("audit_summary", session);
  return { session, summary, line, empty };
}
