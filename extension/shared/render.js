// The one way a finding is drawn, in the composer panel's frame, the popup and any later page:
// its severity as a word, the message, the words it flags, the policy clauses (links), what clears
// it and its fix. The list runs by severity (error, warning, info), then by where it stands in the draft.
// Styles: shared/findings.css.

import { button, el } from "./dom.js";

/** @typedef {import("./protocol.js").Finding} Finding */
/**
 * What a person can do from a finding, where the page offers it (a missing one draws no control):
 * read a clause, apply a fix, confirm consent for the photos of children.
 * @typedef {{openClause?: (clause: string) => void, applyFix?: (finding: Finding) => void, confirmConsent?: () => void}} FindingActions
 */

export const SEVERITIES = ["error", "warning", "info"];
const SEVERITY_LABELS = /** @type {Record<string, string>} */ ({ error: "Error", warning: "Warning", info: "Info" });
/** The flagged words are quoted when short enough to read at a glance. */
const QUOTE_MAX = 200;
/** The one rule whose finding a person can clear by saying they have consent (docs/contract.md). */
export const CONSENT_RULE = "child-consent";
export const CONSENT_LABEL = "I have parent/guardian consent for everyone identifiable";

/** A severity as a person reads it ("Warning"). */
export const severityLabel = (/** @type {string} */ severity) => SEVERITY_LABELS[severity] ?? severity;

/** The findings in the order a person reads them: by severity, then by position. */
export function inReadingOrder(/** @type {Finding[]} */ findings) {
  const rank = (/** @type {Finding} */ f) => (SEVERITIES.includes(f.severity) ? SEVERITIES.indexOf(f.severity) : SEVERITIES.length);
  return [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.end - b.end);
}

/** "2 errors, 1 warning": how many findings of each severity, most severe first. */
export function countBySeverity(/** @type {Finding[]} */ findings) {
  return SEVERITIES.map((severity) => [findings.filter((f) => f.severity === severity).length, severityLabel(severity).toLowerCase()])
    .filter(([n]) => n)
    .map(([n, label]) => `${n} ${label}${n === 1 ? "" : "s"}`)
    .join(", ");
}

/** A rule as a screen reader says it ("missing disclaimer"). */
const ruleWords = (/** @type {string} */ rule) => rule.replace(/[-_]+/g, " ");

/** "2 issues: error, political; warning, missing disclaimer": the findings in one line, for a live region. */
export function findingsSummary(/** @type {Finding[]} */ findings) {
  if (!findings.length) return "No policy issues now.";
  const each = inReadingOrder(findings).map((f) => `${severityLabel(f.severity).toLowerCase()}, ${ruleWords(f.rule)}`);
  return `${findings.length} issue${findings.length === 1 ? "" : "s"}: ${[...new Set(each)].join("; ")}.`;
}

/**
 * One finding as a list item (`data-rule` names its rule).
 * @param {Finding} finding
 * @param {FindingActions} actions
 */
export function renderFinding(finding, actions) {
  const { severity, rule } = finding;
  const item = el(
    "li",
    { className: `finding ${severity}`, dataset: { rule } },
    el("div", {}, el("span", { className: `sev ${severity}`, text: severityLabel(severity) }), ` ${finding.message}`),
  );
  if (finding.placement) item.append(el("div", { className: "note", text: `Only on ${finding.placement}` }));
  if (finding.excerpt && finding.excerpt.length < QUOTE_MAX) item.append(el("div", { className: "quote", text: `Flagged: “${finding.excerpt}”` }));
  const cite = el("div", { className: "meta" }, `${rule} · policy clause `);
  finding.clauses.forEach((clause, i) => {
    if (i) cite.append(", ");
    const { openClause } = actions;
    cite.append(
      openClause
        ? button(clause, () => openClause(clause), {
            className: "link",
            "aria-label": `${clause}: read this clause of the policy`, // starts with what it shows (WCAG 2.5.3)
            dataset: { focusKey: `clause:${rule}:${clause}` },
          })
        : clause,
    );
  });
  item.append(cite);
  const { confirmConsent, applyFix } = actions;
  if (rule === CONSENT_RULE && confirmConsent) item.append(button(CONSENT_LABEL, confirmConsent, { className: "action", dataset: { focusKey: "consent" } }));
  else if (finding.clear_by) item.append(el("div", { className: "note", text: `To clear it: ${finding.clear_by}` }));
  if (finding.fix && applyFix) {
    const { fix } = finding;
    item.append(
      el(
        "div",
        { className: "note" },
        `Suggested: “${fix.text.trim()}” `,
        button(fix.label, () => applyFix(finding), { className: "action", dataset: { focusKey: `fix:${rule}` } }),
      ),
    );
  }
  return item;
}

/**
 * The findings as list items, in reading order.
 * @param {Finding[]} findings
 * @param {FindingActions} actions
 */
export function renderFindings(findings, actions) {
  return inReadingOrder(findings).map((finding) => renderFinding(finding, actions));
}
