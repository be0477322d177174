// The audit's report on the page: the summary the checker made (by rule, clause and year, and the
// problems met), then the flagged posts, filtered by rule, severity and year, fifty at a time, each
// with its date, its text with the matched words marked, a link to it where the export has one,
// and its findings drawn by the one finding renderer (shared/render.js). The posts stay with the
// checker (tens of thousands of them in a big export): the view asks it for the page it shows, and
// holds only that page.

import { el, markedText } from "../shared/dom.js";
import { SEVERITIES, renderFindings } from "../shared/render.js";

/**
 * A flagged post, as the checker's audit gives it (pychecker/audit/audit.py, `_row`).
 * @typedef {{time: string, platform: string, kind: string, text: string, link: string, id: string,
 *   reply_to: string, media: {kind: string, name: string}[], source: string,
 *   findings: import("../shared/protocol.js").Finding[]}} Row
 * @typedef {{rule: string, severity: string, year: string, start: number, size: number}} Where
 * @typedef {(where: Where) => Promise<{rows: Row[], start: number, total: number}>} PageSource
 */

const PAGE = 50;
const PLATFORM_NAMES = /** @type {Record<string, string>} */ ({ twitter: "X", facebook: "Facebook", instagram: "Instagram" });
const number = (/** @type {number} */ n) => n.toLocaleString("en-GB");

/** Table rows: a header, then one row per item. */
function table(/** @type {HTMLTableElement} */ node, /** @type {string[]} */ head, /** @type {(string|number)[][]} */ rows) {
  node.replaceChildren(
    el("tr", {}, ...head.map((h, i) => el("th", { text: h, className: i && typeof rows[0]?.[i] === "number" ? "n" : "" }))),
    ...rows.map((row) => el("tr", {}, ...row.map((cell) => el("td", { text: typeof cell === "number" ? number(cell) : cell, className: typeof cell === "number" ? "n" : "" })))),
  );
}

export class ReportView {
  /**
   * @param {HTMLElement} root  the report section (audit.html)
   * @param {{openClause: (clause: string) => void, pages: PageSource}} actions
   */
  constructor(root, actions) {
    this.root = root;
    this.actions = actions;
    this.start = 0;
    this.total = 0;
    this.asked = 0; // the latest page asked for: an answer to an earlier one is not drawn
    const byId = (/** @type {string} */ id) => /** @type {any} */ (root.querySelector(`#${id}`));
    this.at = byId;
    for (const id of ["filter-rule", "filter-severity", "filter-year"]) byId(id).addEventListener("change", () => this.filter());
    byId("previous").addEventListener("click", () => this.turn(-PAGE));
    byId("next").addEventListener("click", () => this.turn(PAGE));
  }

  /** @param {{summary: any, line: string}} result */
  show(result) {
    const { summary } = result;
    this.at("summary-line").textContent = result.line;
    this.at("accounts").replaceChildren(
      ...summary.accounts.map((/** @type {any} */ a) =>
        el("li", { text: `${PLATFORM_NAMES[a.platform] ?? a.platform}: checked as ${a.account} (${a.why}).` }),
      ),
    );
    const problems = summary.problems;
    this.at("problems").replaceChildren(
      ...(problems.length
        ? [
            el("h3", { text: "Problems reading the export" }),
            el("ul", { className: "problems" }, ...problems.map((/** @type {any} */ p) => el("li", { text: p.source ? `${p.source}: ${p.message}` : p.message }))),
          ]
        : []),
    );
    table(this.at("by-rule"), ["Rule", "Clauses", "Severity", "Posts", "Findings"], summary.by_rule.map((/** @type {any} */ r) => [r.rule, r.clauses.join(", "), r.severities.join(", "), r.posts, r.findings]));
    table(this.at("by-clause"), ["Clause", "Posts", "Findings"], summary.by_clause.map((/** @type {any} */ c) => [c.clause, c.posts, c.findings]));
    table(this.at("by-year"), ["Year", "Checked", "With findings", "Findings"], summary.by_year.map((/** @type {any} */ y) => [String(y.year), y.checked, y.flagged, y.findings]));
    this.options("filter-rule", summary.by_rule.map((/** @type {any} */ r) => r.rule));
    this.options("filter-severity", SEVERITIES.filter((s) => summary.by_severity[s]));
    this.options("filter-year", summary.by_year.filter((/** @type {any} */ y) => y.flagged).map((/** @type {any} */ y) => String(y.year)));
    this.root.hidden = false;
    return this.filter();
  }

  options(/** @type {string} */ id, /** @type {string[]} */ values) {
    this.at(id).replaceChildren(el("option", { value: "", text: "all" }), ...values.map((v) => el("option", { value: v, text: v })));
  }

  /** The first page of the posts the filters choose. */
  filter() {
    return this.load(0);
  }

  /** The page before or after this one, from its top. */
  async turn(/** @type {number} */ by) {
    await this.load(this.start + by);
    this.at("posts").scrollIntoView({ block: "nearest" });
  }

  async load(/** @type {number} */ start) {
    const asked = ++this.asked;
    const where = { rule: this.at("filter-rule").value, severity: this.at("filter-severity").value, year: this.at("filter-year").value, start, size: PAGE };
    this.at("posts").setAttribute("aria-busy", "true"); // until the page asked for is drawn
    const answer = await this.actions.pages(where);
    if (asked !== this.asked) return;
    this.at("posts").setAttribute("aria-busy", "false");
    this.start = answer.start;
    this.total = answer.total;
    const end = this.start + answer.rows.length;
    this.at("posts").replaceChildren(...answer.rows.map((row) => this.post(row)));
    this.at("posts").start = this.start + 1; // the list's numbers run on from page to page
    this.at("previous").hidden = this.start === 0;
    this.at("next").hidden = end >= this.total;
    this.at("shown").textContent =
      this.start === 0 && end === this.total
        ? `${number(this.total)} of ${number(this.total)} posts shown`
        : `${number(this.start + 1)}–${number(end)} of ${number(this.total)} posts shown`;
  }

  /** One flagged post. @param {Row} row */
  post(row) {
    const whole = (/** @type {{start: number, end: number}} */ f) => f.start === 0 && f.end >= [...row.text].length;
    const marks = /** @type {[number, number][]} */ (row.findings.filter((f) => f.end > f.start && !whole(f)).map((f) => [f.start, f.end]));
    const kind = row.reply_to && row.kind !== "repost" ? `${row.kind} to ${row.reply_to}` : row.kind;
    const head = el(
      "header",
      {},
      el("time", { dateTime: row.time, text: `${row.time.slice(0, 10)} ${row.time.slice(11, 16)} UTC` }),
      el("span", { text: PLATFORM_NAMES[row.platform] ?? row.platform }),
      el("span", { text: kind }),
      row.link
        ? el("a", { href: row.link, target: "_blank", rel: "noopener noreferrer", text: "Open the post" })
        : el("span", { className: "cid", text: row.source }),
    );
    const media = row.media.length ? el("p", { className: "media", text: `With ${row.media.map((m) => `${m.kind} ${m.name}`.trim()).join(", ")}` }) : null;
    const rules = [...new Set(row.findings.map((f) => f.rule))].join(" ");
    return el(
      "li",
      { className: "post", dataset: { rules, year: row.time.slice(0, 4) } },
      head,
      el("p", { className: "text" }, ...markedText(row.text, marks)),
      media,
      el("ul", { className: "findings" }, ...renderFindings(row.findings, { openClause: this.actions.openClause })),
    );
  }
}
