// "Audit an export" (opened from the popup and the options page): the person chooses an export's
// zip, or the folder it was unpacked to; the page's own worker (worker.js) reads it and checks every
// post with the same checker as everywhere else; the page shows the progress, then the report
// (report-view.js), and offers it as CSV or HTML. Nothing leaves the computer: the file is read
// here and the downloads are made here. The flagged posts stay in the worker: the page holds only
// the page of them it shows.
// `main[data-status]`: idle, loading (the checker starting), reading, done, error.

import { find } from "../shared/dom.js";
import { ask } from "../shared/protocol.js";
import { loadSettings } from "../shared/settings.js";
import { ReportView } from "./report-view.js";

const main = find(document, "#audit");
const zipInput = find(document, "#export", HTMLInputElement);
const folderInput = find(document, "#export-folder", HTMLInputElement);
const start = find(document, "#start", HTMLButtonElement);
const status = find(document, "#status");
const progress = find(document, "#progress", HTMLProgressElement);
const report = new ReportView(find(document, "#report"), {
  openClause: (clause) => ask("open-clause", { clause }),
  pages: (where) => askWorker(where),
});

/** @type {Worker | null} */
let worker = null;
/** The pages of posts asked of the worker and not yet given, by number. @type {Map<number, (page: any) => void>} */
const waiting = new Map();
let asked = 0;
/** The problems met reading the export, as the checker words them. @type {{source: string, message: string}[]} */
let problems = [];
/** The size of what was chosen (the zip, or the folder's files together), for the progress line. */
let chosenBytes = 0;
/** @type {import("../shared/settings.js").Settings | null} */
let settings = null;

/** Every setting, the organisation's included, once the browser has them: an audit waits for them (its
 * policy pack, its channels), or an early click would check the export against the wrong policy. */
const allSettings = loadSettings({ managedWithinMs: 3000 }).then(({ settings: loaded, managedLater }) => {
  settings = loaded;
  showPeriods();
  return managedLater.then((all) => {
    settings = all.settings;
    showPeriods();
    return all.settings;
  });
});

function showPeriods() {
  const periods = settings?.regulated_periods ?? [];
  find(document, "#periods").textContent = periods.length
    ? `Regulated periods (from the settings): ${periods.map((p) => `${p.start} to ${p.end}`).join(", ")}. Posts made inside them are checked against the Lobbying Act rule.`
    : "No election regulated periods are set in the settings: no post is checked against the Lobbying Act's periods.";
}

const howTo = find(document, "#how-to", HTMLButtonElement);
howTo.addEventListener("click", () => {
  const text = find(document, "#how-to-text");
  text.hidden = !text.hidden;
  howTo.setAttribute("aria-expanded", String(!text.hidden));
});

// One export at a time: choosing a zip forgets a folder chosen before, and the other way round.
zipInput.addEventListener("change", () => { folderInput.value = ""; });
folderInput.addEventListener("change", () => { zipInput.value = ""; });

function setStatus(/** @type {string} */ state, /** @type {string} */ text) {
  main.dataset.status = state;
  status.textContent = text;
}

/** A size as a person reads it: "640 KB", "35 MB", "2.3 GB". */
function size(/** @type {number} */ bytes) {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20).toLocaleString("en-GB")} MB`;
  return `${Math.max(1, Math.round(bytes / 2 ** 10)).toLocaleString("en-GB")} KB`;
}

find(document, "#audit-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const zip = zipInput.files?.[0];
  const folder = [...(folderInput.files ?? [])];
  if (zip) begin(zip, zip.size);
  else if (folder.length) begin(folder, folder.reduce((sum, file) => sum + file.size, 0));
  else {
    find(document, "#progress-section").hidden = false;
    setStatus("error", "Choose the export first: its zip, or the folder it was unpacked to.");
  }
});

/** @param {File | File[]} exported @param {number} bytes */
async function begin(exported, bytes) {
  worker?.terminate(); // a new audit starts afresh
  worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => fail(`The audit stopped: ${event.message || "the checker failed"}.`);
  waiting.clear();
  problems = [];
  chosenBytes = bytes;
  find(document, "#report").hidden = true;
  find(document, "#progress-section").hidden = false;
  progress.removeAttribute("value"); // indeterminate while the checker starts
  start.disabled = true;
  setStatus("loading", "Starting the policy checker…");
  const inForce = await allSettings;
  const options = {
    account: find(document, "#account", HTMLSelectElement).value || null,
    since: find(document, "#since", HTMLInputElement).value || null,
    until: find(document, "#until", HTMLInputElement).value || null,
    regulated_periods: inForce?.regulated_periods ?? [],
    disclaimer_in_profile: inForce?.disclaimer_in_profile ?? {},
    official_channels: inForce?.official_channels ?? [],
  };
  worker.postMessage({ type: "audit", exported, options, pack: inForce?.policy_pack ?? "" });
}

/** What the worker says. @param {any} message */
function receive(message) {
  if (message.type === "status") setStatus(main.dataset.status === "reading" ? "reading" : "loading", message.text);
  else if (message.type === "progress") {
    showProgress(message);
    worker?.postMessage({ type: "seen" }); // the worker sends the next one only now
  } else if (message.type === "problems") problems.push(...message.problems);
  else if (message.type === "done") finish(message);
  else if (message.type === "page") {
    waiting.get(message.asked)?.(message);
    waiting.delete(message.asked);
  } else if (message.type === "report") save(message.format, message.blob);
  else if (message.type === "error") fail(message.message);
}

/** One page of the flagged posts, from the worker that holds them. @type {import("./report-view.js").PageSource} */
function askWorker(where) {
  return new Promise((resolve) => {
    waiting.set(++asked, resolve);
    worker?.postMessage({ type: "page", asked, ...where });
  });
}

/** @param {{done: number, total: number, checked: number, file: string}} message */
function showProgress(message) {
  progress.max = Math.max(1, message.total);
  progress.value = message.done;
  const percent = Math.floor((100 * message.done) / Math.max(1, message.total));
  const file = message.file.split("/").pop();
  const checked = message.checked.toLocaleString("en-GB");
  // A big export is mostly photos and videos: say that only its text is read.
  const share = chosenBytes > 4 * message.total
    ? ` Only its text (${size(message.total)} of ${size(chosenBytes)}) is read; its photos and videos are not opened.`
    : "";
  setStatus("reading", `Reading ${file}… ${checked} posts checked (${percent}%).${share}`);
}

function fail(/** @type {string} */ text) {
  setStatus("error", text);
  progress.max = 1;
  progress.value = 0;
  start.disabled = false;
}

async function finish(/** @type {any} */ message) {
  start.disabled = false;
  if (message.empty) {
    // Nothing was read: the problems met are why (a password, a file cut short), so they come first.
    const stop = (/** @type {string} */ text) => (/[.?!]$/.test(text) ? text : `${text}.`);
    const sentence = (/** @type {string} */ text) => stop(text.charAt(0).toUpperCase() + text.slice(1));
    const met = problems.map((p) => (p.source ? stop(`${p.source}: ${p.message}`) : sentence(p.message)));
    fail([...met, sentence(message.empty)].join(" "));
    return;
  }
  main.dataset.memory = String(message.memory);
  await report.show(message); // its first page of posts drawn before the page says it is done
  progress.max = 1;
  progress.value = 1;
  setStatus("done", `Done: ${message.line.split(":")[0]}. The report is below.`);
}

for (const [id, format] of [["download-csv", "csv"], ["download-html", "html"]]) {
  find(document, `#${id}`).addEventListener("click", () => worker?.postMessage({ type: "report", format }));
}

/** The report as a file the person saves: made by the worker, kept by the browser (a blob: address), never uploaded. */
function save(/** @type {string} */ format, /** @type {Blob} */ blob) {
  const url = URL.createObjectURL(blob);
  const day = new Date().toISOString().slice(0, 10);
  const link = Object.assign(document.createElement("a"), { href: url, download: `policy-audit-${day}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
