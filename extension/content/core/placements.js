// One draft, several placements: Meta Business Suite posts the same words to a Facebook Page and an
// Instagram account at once. The person writes one text and presses Publish once, so it has one
// panel: the draft is checked for each placement, a finding every placement has is shown once, and
// one that only some have says where it applies ("Only on Instagram (@…)").

import { siteName } from "../../shared/sites.js";

/** @typedef {import("../../shared/protocol.js").Finding} Finding */
/** @typedef {{findings: Finding[], truncated?: number, more?: Record<string, number>}} Answer */

/** How a person names a placement: "Instagram (@staying_well_team)". */
export function placeName(/** @type {{platform: string, channel: string}} */ { platform, channel }) {
  return channel ? `${siteName(platform)} (@${channel})` : siteName(platform);
}

/** The same finding for two placements: same rule, place, words and fix. */
const sameness = (/** @type {Finding} */ f) => JSON.stringify([f.rule, f.severity, f.start, f.end, f.message, f.fix ?? null]);

/**
 * Each placement's answer as one: the findings in the first placement's order, then the others'
 * own; a finding not every placement has carries `placement` (where it applies, in words).
 * @param {{place: string, answer: Answer}[]} checked
 * @returns {{findings: Finding[], truncated: number, more: Record<string, number>}}
 */
export function mergeAnswers(checked) {
  /** @type {Map<string, {finding: Finding, places: string[]}>} */
  const byFinding = new Map();
  /** @type {Record<string, number>} */
  const more = {};
  let truncated = 0;
  for (const { place, answer } of checked) {
    for (const finding of answer.findings) {
      const entry = byFinding.get(sameness(finding)) ?? { finding, places: [] };
      entry.places.push(place);
      byFinding.set(sameness(finding), entry);
    }
    for (const [rule, n] of Object.entries(answer.more ?? {})) more[rule] = Math.max(more[rule] ?? 0, n);
    truncated = Math.max(truncated, answer.truncated ?? 0);
  }
  const findings = [...byFinding.values()].map(({ finding, places }) =>
    places.length === checked.length ? finding : { ...finding, placement: places.join(" and ") },
  );
  return { findings, truncated, more };
}
