// Flagged words underlined in place with the CSS Custom Highlight API: the editor's DOM is never
// touched. One highlight per severity, shared by all composers on the page.

const NAMES = { error: "policy-guard-error", warning: "policy-guard-warning", info: "policy-guard-info" };
const COLOURS = { error: "#f4212e", warning: "#e8a400", info: "#1d9bf0" };
const supported = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
const bySession = new Map(); // session -> [{severity, range}]

function installStyle() {
  if (document.getElementById("policy-guard-highlights")) return;
  const style = document.createElement("style");
  style.id = "policy-guard-highlights";
  style.textContent = Object.entries(NAMES)
    .map(([severity, name]) => `::highlight(${name}) { text-decoration: underline wavy ${COLOURS[severity]} 1.5px; text-underline-offset: 3px; }`)
    .join("\n");
  (document.head || document.documentElement).append(style);
}

function redraw() {
  for (const [severity, name] of Object.entries(NAMES)) {
    const ranges = [...bySession.values()].flat().filter((h) => h.severity === severity).map((h) => h.range);
    if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

/** Show `marks` ([{severity, range}]) for one composer session, replacing its previous ones. */
export function setHighlights(session, marks) {
  if (!supported) return;
  installStyle();
  if (marks.length) bySession.set(session, marks);
  else bySession.delete(session);
  redraw();
}

export function clearHighlights(session) {
  if (!supported || !bySession.delete(session)) return;
  redraw();
}
