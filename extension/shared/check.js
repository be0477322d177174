// The one way a draft is checked, for the composer panel and the popup alike: the request is built
// from the draft, its context and the person's settings; a draft over the size limit is cut there
// (and the answer says so); findings of rules the person turned off are left out after the check
// (and counted), so every rule always runs the same way.

import { askCheck } from "./checker-port.js";
import { MAX_CHARS } from "./protocol.js";
import { settingsContext } from "./settings.js";
import { utf16Offset } from "./offsets.js";

/** @typedef {import("./protocol.js").Finding} Finding */
/** @typedef {import("./settings.js").Settings} Settings */
/**
 * What a check gives: the findings to show (the checker's order), how many were left out because
 * their rule is turned off, the draft's length in code points when it was cut at MAX_CHARS (else 0),
 * and how many more findings of a rule the checker found than it sent (pychecker/limits.json).
 * @typedef {{findings: Finding[], hidden: number, truncated: number, more: Record<string, number>}} Checked
 */

const CHECK_TIMEOUT_MS = 10_000;

/** `text` cut at MAX_CHARS code points, and its length when it was longer (else 0). */
export function cutAtLimit(/** @type {string} */ text) {
  if (text.length <= MAX_CHARS) return { text, truncated: 0 }; // never more code points than UTF-16 units
  let length = 0;
  for (const _ of text) length += 1;
  return length <= MAX_CHARS ? { text, truncated: 0 } : { text: text.slice(0, utf16Offset(text, MAX_CHARS)), truncated: length };
}

/**
 * Check a draft. `context`: the contract's context fields the page or the person gave (platform,
 * account, channel, surface, media, consent_confirmed); `settings` adds theirs and says which rules are off.
 * @param {string} text
 * @param {Record<string, unknown> & {platform: string}} context
 * @param {Settings | null} settings
 * @returns {Promise<Checked | {error: string}>}
 */
export async function checkDraft(text, context, settings) {
  const draft = cutAtLimit(text);
  const full = settings ? { ...context, ...settingsContext(settings, context.platform) } : context;
  const answer = await askCheck({ text: draft.text, context: full }, { timeoutMs: CHECK_TIMEOUT_MS });
  if (answer.error || !Array.isArray(answer.findings)) return { error: answer.error || "The checker gave no findings." };
  const off = new Set(settings?.disabled_rules ?? []);
  /** @type {Finding[]} */
  const findings = answer.findings.filter((/** @type {Finding} */ f) => !off.has(f.rule));
  const more = Object.fromEntries(
    Object.entries(answer.more ?? {}).filter(([rule, count]) => !off.has(rule) && Number.isInteger(count) && count > 0),
  );
  return { findings, hidden: answer.findings.length - findings.length, truncated: draft.truncated || answer.truncated || 0, more };
}

/** What a person is told when the checker found more of some rules' findings than it sent ("" if not). */
export function moreNotice(/** @type {Record<string, number>} */ more) {
  const rules = Object.keys(more);
  if (!rules.length) return "";
  const count = Object.values(more).reduce((sum, n) => sum + n, 0);
  return `…and ${count.toLocaleString("en-GB")} more like these (${rules.join(", ")}), not listed.`;
}

/** What a person is told when only the first MAX_CHARS characters of a `length`-character draft were checked. */
export function truncationNotice(/** @type {number} */ length) {
  return `This draft is very long (${length.toLocaleString("en-GB")} characters): only the first ${MAX_CHARS.toLocaleString("en-GB")} were checked.`;
}
