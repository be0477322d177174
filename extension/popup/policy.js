// The "Policy" tab: plain-language lookup (the checker's BM25 lookup, in Pyodide) and an index
// to browse the whole policy by section. `showClause(id)` opens, scrolls to and highlights a clause.

import { button, el, find, markedText } from "../shared/dom.js";
import { ask } from "../shared/protocol.js";

/** @typedef {import("../shared/protocol.js").Clause} Clause */
/** @typedef {Clause & {marks: [number, number][]}} LookupResult */

const DEBOUNCE_MS = 250;

export class PolicyView {
  /**
   * @param {HTMLElement} root the "Policy" tab
   * @param {{onShow?: () => void}} [options] `onShow`: called when a clause is shown (to select this tab)
   */
  constructor(root, { onShow } = {}) {
    this.root = root;
    this.onShow = onShow ?? (() => {});
    this.form = find(root, "#lookup-form", HTMLFormElement);
    this.input = find(root, "#question", HTMLInputElement);
    this.status = find(root, "#lookup-status");
    this.results = find(root, "#results");
    this.index = find(root, "#policy-index");
    /** @type {Map<string, Clause>} */
    this.clauses = new Map();
    this.asked = "";
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.timer = undefined;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.search(this.input.value, { now: true });
    });
    this.input.addEventListener("input", () => this.search(this.input.value));
  }

  /** The whole policy, grouped by section: one disclosure per section, one article per clause. */
  async load() {
    const answer = await ask("policy");
    if (answer.error || !Array.isArray(answer.clauses)) {
      this.index.replaceChildren(el("p", { className: "error", text: `The policy could not be shown: ${answer.error || "no answer"}` }));
      return false;
    }
    /** @type {Map<string, Clause[]>} */
    const sections = new Map();
    for (const clause of /** @type {Clause[]} */ (answer.clauses)) {
      this.clauses.set(clause.clause, clause);
      if (!sections.has(clause.section)) sections.set(clause.section, []);
      sections.get(clause.section)?.push(clause);
    }
    const parts = [];
    for (const [section, clauses] of sections) {
      const details = el("details", { className: "section" }, el("summary", { text: `${section} (${clauses.length})` }));
      for (const clause of clauses) {
        const headingId = `clause-${clause.clause}-heading`;
        details.append(
          el(
            "article",
            { id: `clause-${clause.clause}`, className: "clause", tabindex: "-1", "aria-labelledby": headingId },
            el("h3", { id: headingId }, el("span", { className: "cid", text: clause.clause }), ` ${clause.heading}`),
            el("p", { className: "text", text: clause.text }),
          ),
        );
      }
      parts.push(details);
    }
    this.index.replaceChildren(...parts);
    return true;
  }

  /** A clause's text ("" until the policy is in, or for an unknown id). */
  text(/** @type {string} */ id) {
    return this.clauses.get(id)?.text ?? "";
  }

  search(/** @type {string} */ question, { now = false } = {}) {
    clearTimeout(this.timer);
    const run = () => this.runSearch(question.trim());
    if (now) run();
    else this.timer = setTimeout(run, DEBOUNCE_MS);
  }

  async runSearch(/** @type {string} */ question) {
    this.asked = question;
    if (!question) {
      this.results.replaceChildren();
      this.status.textContent = "";
      return;
    }
    this.status.textContent = "Searching the policy…";
    const answer = await ask("lookup", { question: question.slice(0, 1000) });
    if (question !== this.asked) return; // a newer question is on its way
    if (answer.error || !Array.isArray(answer.results)) {
      this.results.replaceChildren();
      this.status.textContent = `The lookup did not work: ${answer.error || "no answer"}`;
      return;
    }
    this.results.replaceChildren(...answer.results.map((/** @type {LookupResult} */ r, /** @type {number} */ i) => this.result(r, i)));
    const n = answer.results.length;
    this.status.textContent = n
      ? `${n} matching clause${n === 1 ? "" : "s"}, best first. Top: ${answer.results[0].clause}, ${answer.results[0].heading}.`
      : `Nothing in the policy matches “${question}”. Try other words, or browse the policy below.`;
  }

  result(/** @type {LookupResult} */ result, /** @type {number} */ rank) {
    const headingId = `result-${rank}`;
    const show = button("Show in the policy", () => this.showClause(result.clause), {
      className: "link",
      "aria-label": `Show in the policy: ${result.clause}`, // starts with what it shows (WCAG 2.5.3)
    });
    return el(
      "li",
      { className: "result", "aria-labelledby": headingId, dataset: { clause: result.clause } },
      el("h3", { id: headingId }, el("span", { className: "cid", text: result.clause }), ` ${result.heading}`),
      el("p", { className: "text" }, ...markedText(result.text, result.marks)),
      show,
    );
  }

  /** Open the clause's section, scroll to it, focus and highlight it. */
  showClause(/** @type {string} */ id) {
    const article = /** @type {HTMLElement | null} */ (this.root.querySelector(`#${CSS.escape(`clause-${id}`)}`));
    if (!article) return false;
    this.onShow();
    const section = article.closest("details");
    if (section) section.open = true;
    for (const old of this.root.querySelectorAll(".clause.highlight")) {
      old.classList.remove("highlight");
      old.removeAttribute("aria-current");
    }
    article.classList.add("highlight");
    article.setAttribute("aria-current", "true");
    article.scrollIntoView({ block: "start" });
    article.focus({ preventScroll: true });
    return true;
  }
}
