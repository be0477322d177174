// The reminder the popup and the options page show people in senior roles: the policy's own words
// from the clause the checker names for them (`senior_roles_clause` in its greeting: the pack says
// which clause), with a plain fallback while the checker has not said.

import { button, el } from "./dom.js";

const FALLBACK = "Personal views published by senior or well-known people may be misunderstood as the organisation's view.";

/**
 * @param {{clause?: string, clauseText?: string, readClause?: (clause: string) => void}} from
 *   `clause`: its id, when the checker named one; `clauseText`: its text, once the policy is in;
 *   `readClause`: opens the clause, where the page can.
 */
export function seniorReminder({ clause, clauseText, readClause }) {
  const text = (clauseText ?? "").replace(/^\d+\.\s*/, "") || FALLBACK; // without the clause's own number
  const note = el("p", { className: "notice senior", role: "note" }, el("strong", { text: `Take particular care${clause ? ` (${clause})` : ""}. ` }), text);
  if (clause && readClause) note.append(" ", button(`Read ${clause}`, () => readClause(clause), { className: "link" }));
  return note;
}
