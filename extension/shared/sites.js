// The sites Policy Guard checks, as ../sites.json declares them (the build writes the manifest's
// matches from the same list). A site's id is the contract's platform id: X's is `twitter`.

import registry from "../sites.json";

/**
 * A site; its `apps` are its other web apps (X Pro, Meta Business Suite), checked as the site.
 * @typedef {{id: string, name: string, adapter: string, matches: string[], apps?: {name: string, adapter: string, matches: string[]}[]}} Site
 */

/** @type {Site[]} */
const DECLARED = registry.sites;

/** The site ids, in the registry's order. */
export const SITES = DECLARED.map((site) => site.id);

/** What a person calls a site ("X" for `twitter`); an unknown id is shown as it is. */
export function siteName(/** @type {string} */ id) {
  return DECLARED.find((site) => site.id === id)?.name ?? id;
}

/** A match pattern ("https://x.com/*") as a regular expression over a whole URL. */
function patternRegExp(/** @type {string} */ pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`);
}

/** The id of the site `url` belongs to, or "" when it is none of them. */
export function siteAt(/** @type {string} */ url) {
  const matches = (/** @type {string[]} */ patterns) => patterns.some((pattern) => patternRegExp(pattern).test(url));
  return DECLARED.find((site) => matches(site.matches) || (site.apps ?? []).some((app) => matches(app.matches)))?.id ?? "";
}
