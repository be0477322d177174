// "Audit an export" (opened from the popup and the options page): the person chooses an export's
// zip; the page's own worker (worker.js) reads it and checks every post with the same checker as
// everywhere else; the page shows the progress, then the report (report-view.js), and offers it as
// CSV or HTML. Nothing leaves the computer: the file is read here and the downloads are made here.
// `main[data-status]`: idle, loading (the checker starting), reading, done, error.

import { ask } from "../shared/protocol.js";
import { loadSettings } from "../shared/settings.js";
import { ReportView } from "./report-view.js";

const byId = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const main = byId("audit");
const form = byId("audit-form");
const status = byId("status");
const progress = byId("progress");
const report = new ReportView(byId("report"), {
  openClause: (clause) => ask("open-clause", { clause }),
});

/** @type {Worker | null} */
let worker = null;
/** @type {object[]} */
let rows = [];
/** @type {Awaited<ReturnType<typeof loadSettings>>["settings"] | null} */
let settings = null;

loadSettings({ managedWithinMs: 3000 }).then(({ settings: loaded, managedLater }) => {
  settings = loaded;
  showPeriods();
  managedLater.then((all) => {
    settings = all.settings;
    showPeriods();
  });
});

function showPeriods() {
  const periods = settings?.regulated_periods ?? [];
  byId("periods").textContent = periods.length
    ? `Regulated periods (from the options): ${periods.map((p) => `${p.start} to ${p.end}`).join(", ")}. Posts made inside them are checked against the Lobbying Act rule.`
    : "No regulated periods are set in the options: posts are not checked against the Lobbying Act's election periods.";
}

byId("how-to").addEventListener("click", () => {
  const text = byId("how-to-text");
  text.hidden = !text.hidden;
  byId("how-to").setAttribute("aria-expanded", String(!text.hidden));
});

function setStatus(/** @type {string} */ state, /** @type {string} */ text) {
  main.dataset.status = state;
  status.textContent = text;
}

form.addEventListener("submit", (/** @type {SubmitEvent} */ event) => {
  event.preventDefault();
  const file = byId("export").files?.[0];
  if (!file) return;
  start(file);
});

function start(/** @type {File} */ file) {
  worker?.terminate(); // a new audit starts afresh
  worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => setStatus("error", `The audit stopped: ${event.message || "the checker failed"}.`);
  rows = [];
  byId("report").hidden = true;
  byId("progress-section").hidden = false;
  progress.removeAttribute("value"); // indeterminate while the checker starts
  byId("start").disabled = true;
  setStatus("loading", "Starting the policy checker…");
  const s = settings;
  const options = {
    account: byId("account").value || null,
    since: byId("since").value || null,
    until: byId("until").value || null,
    regulated_periods: s?.regulated_periods ?? [],
    disclaimer_in_profile: s?.disclaimer_in_profile ?? {},
    official_channels: s?.official_channels ?? [],
  };
  worker.postMessage({ type: "audit", file, options, pack: s?.policy_pack ?? "" });
}

/** What the worker says. @param {any} message */
function receive(message) {
  if (message.type === "status") setStatus(main.dataset.status === "idle" ? "loading" : main.dataset.status, message.text);
  else if (message.type === "progress") {
    progress.max = Math.max(1, message.total);
    progress.value = message.done;
    const file = message.file.split("/").pop();
    setStatus("reading", `Reading ${file}… ${message.checked.toLocaleString("en-GB")} posts checked (${Math.floor((100 * message.done) / Math.max(1, message.total))}%)`);
  } else if (message.type === "rows") rows.push(...message.rows);
  else if (message.type === "problems") {
    for (const problem of message.problems) if (problem.refused) rows = rows.filter((/** @type {any} */ r) => r.source !== problem.source);
  } else if (message.type === "done") finish(message);
  else if (message.type === "report") save(message.format, message.content);
  else if (message.type === "error") {
    setStatus("error", message.message);
    byId("start").disabled = false;
  }
}

function finish(/** @type {any} */ message) {
  byId("start").disabled = false;
  progress.max = 1;
  progress.value = 1;
  if (message.empty) {
    setStatus("error", message.empty.charAt(0).toUpperCase() + message.empty.slice(1) + ".");
    return;
  }
  setStatus("done", message.line);
  main.dataset.memory = String(message.memory);
  report.show(message, /** @type {any} */ (rows));
}

for (const [id, format] of [["download-csv", "csv"], ["download-html", "html"]]) {
  byId(id).addEventListener("click", () => worker?.postMessage({ type: "report", format }));
}

/** The report as a file the person saves: made here, from memory (a blob: address), never uploaded. */
function save(/** @type {string} */ format, /** @type {string} */ content) {
  const type = format === "csv" ? "text/csv" : "text/html";
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const day = new Date().toISOString().slice(0, 10);
  const link = Object.assign(document.createElement("a"), { href: url, download: `policy-audit-${day}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
