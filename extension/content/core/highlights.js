// Flagged words underlined in place with the CSS Custom Highlight API: the editor's DOM is never
// touched. One highlight per severity, shared by all composers on the page.

/** @type {Record<string, string>} */
const NAMES = { error: "policy-guard-error", warning: "policy-guard-warning", info: "policy-guard-info" };
/**
 * Each severity's underline: different in style as well as colour (for people who do not tell the
 * colours apart), each at least 3:1 against a white and a dark composer (WCAG 1.4.11).
 * @type {Record<string, string>}
 */
export const UNDERLINES = { error: "solid #f4212e 2px", warning: "wavy #b26b00 1.5px", info: "dotted #1d72b8 2px" };
/** @typedef {{severity: string, range: Range}} Mark */
const supported = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
/** @type {Map<object, Mark[]>} a composer's session -> its marks */
const bySession = new Map();

function installStyle() {
  if (document.getElementById("policy-guard-highlights")) return;
  const style = document.createElement("style");
  style.id = "policy-guard-highlights";
  style.textContent = Object.entries(NAMES)
    .map(([severity, name]) => `::highlight(${name}) { text-decoration: underline ${UNDERLINES[severity]}; text-underline-offset: 3px; }`)
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
export function setHighlights(/** @type {object} */ session, /** @type {Mark[]} */ marks) {
  if (!supported) return;
  installStyle();
  if (marks.length) bySession.set(session, marks);
  else bySession.delete(session);
  redraw();
}

export function clearHighlights(/** @type {object} */ session) {
  if (!supported || !bySession.delete(session)) return;
  redraw();
}
