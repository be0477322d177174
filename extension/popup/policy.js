// The "Policy" tab: plain-language lookup (the checker's BM25 lookup, in Pyodide) and an index
// to browse the whole policy by section. `showClause(id)` opens, scrolls to and highlights a clause.

import { ask, el, markedText } from "./dom.js";

const DEBOUNCE_MS = 250;

export class PolicyView {
  constructor(root, { onShow } = {}) {
    this.root = root;
    this.onShow = onShow ?? (() => {});
    this.form = root.querySelector("#lookup-form");
    this.input = root.querySelector("#question");
    this.status = root.querySelector("#lookup-status");
    this.results = root.querySelector("#results");
    this.index = root.querySelector("#policy-index");
    this.clauses = new Map(); // id -> {clause, section, heading, text}
    this.asked = "";
    this.timer = 0;
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
    const sections = new Map();
    for (const clause of answer.clauses) {
      this.clauses.set(clause.clause, clause);
      if (!sections.has(clause.section)) sections.set(clause.section, []);
      sections.get(clause.section).push(clause);
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

  text(id) {
    return this.clauses.get(id)?.text ?? "";
  }

  search(question, { now = false } = {}) {
    clearTimeout(this.timer);
    const run = () => this.runSearch(question.trim());
    if (now) run();
    else this.timer = setTimeout(run, DEBOUNCE_MS);
  }

  async runSearch(question) {
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
    this.results.replaceChildren(...answer.results.map((r, i) => this.result(r, i)));
    const n = answer.results.length;
    this.status.textContent = n
      ? `${n} matching clause${n === 1 ? "" : "s"}, best first. Top: ${answer.results[0].clause}, ${answer.results[0].heading}.`
      : `Nothing in the policy matches “${question}”. Try other words, or browse the policy below.`;
  }

  result(result, rank) {
    const headingId = `result-${rank}`;
    const show = el("button", {
      type: "button",
      className: "link",
      text: "Show in the policy",
      "aria-label": `Show ${result.clause} in the policy`,
      onclick: () => this.showClause(result.clause),
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
  showClause(id) {
    const article = this.root.querySelector(`#${CSS.escape(`clause-${id}`)}`);
    if (!article) return false;
    this.onShow();
    article.closest("details").open = true;
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
