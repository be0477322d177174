// Settings: the person's own (chrome.storage.sync) under the organisation's (chrome.storage.managed,
// pushed by enterprise policy). Managed values win; invalid managed values are ignored with a notice.
// Chrome answers chrome.storage.managed only seconds after it starts, so nothing the person sees or
// saves waits for it: their own settings show at once, the organisation's are merged in when they
// arrive, and a change is written at once.

import { isPackName } from "./protocol.js";
import { SITES } from "./sites.js";

export const ROLES = ["staff", "volunteer", "placement-student", "trustee", "senior"];
/** Roles the policy asks to take particular care (senior management, well-known people, the board). */
export const SENIOR_ROLES = ["senior", "trustee"];
/** Settings only the organisation can set (chrome.storage.managed). */
export const MANAGED_ONLY = ["forced_rules", "policy_pack"];

/** One value per site, every site of the registry. */
const perSite = (/** @type {boolean | string} */ value) => Object.fromEntries(SITES.map((site) => [site, value]));

/**
 * @typedef {{start: string, end: string}} Period
 * @typedef {{
 *   paused_sites: string[], disabled_rules: string[], official_channels: {platform: string, handle: string}[],
 *   disclaimer_in_profile: Record<string, boolean>, default_account: Record<string, string>, role: string,
 *   regulated_periods: Period[], error_mode: string, forced_rules: string[], policy_pack: string
 * }} Settings
 */

/** @type {Settings} */
export const DEFAULTS = {
  paused_sites: [], // sites where checking is paused, e.g. ["twitter"]
  disabled_rules: [], // rule ids turned off by the person
  official_channels: [], // [{platform, handle}] added to the policy's own list
  disclaimer_in_profile: /** @type {Record<string, boolean>} */ (perSite(false)),
  default_account: /** @type {Record<string, string>} */ (perSite("personal")), // when the page can't tell
  role: "staff",
  regulated_periods: [], // [{start: "YYYY-MM-DD", end: "YYYY-MM-DD"}]
  error_mode: "warn", // "warn" | "confirm" (ask "post anyway?" before the site's Post button sends a post with errors)
  forced_rules: [], // managed only: rules the person cannot turn off
  policy_pack: "", // managed only: the id of a policy pack bundled with the extension ("" = the built-in one)
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isStringList = (/** @type {any} */ v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isSiteMap = (/** @type {any} */ v, /** @type {(x: any) => boolean} */ ok) =>
  !!v && typeof v === "object" && !Array.isArray(v) && Object.entries(v).every(([k, x]) => SITES.includes(k) && ok(x));

/** What a valid value of each setting looks like. @type {Record<string, (value: any) => boolean>} */
export const VALIDATORS = {
  paused_sites: (v) => isStringList(v) && v.every((/** @type {string} */ s) => SITES.includes(s)),
  disabled_rules: isStringList,
  forced_rules: isStringList,
  official_channels: (v) =>
    Array.isArray(v) && v.every((c) => c && SITES.includes(c.platform) && typeof c.handle === "string" && /^@?[\w.]{1,80}$/.test(c.handle)),
  disclaimer_in_profile: (v) => isSiteMap(v, (x) => typeof x === "boolean"),
  default_account: (v) => isSiteMap(v, (x) => x === "official" || x === "personal"),
  role: (v) => ROLES.includes(v),
  regulated_periods: (v) => Array.isArray(v) && v.every((p) => p && DATE.test(p.start) && DATE.test(p.end) && p.start <= p.end),
  error_mode: (v) => v === "warn" || v === "confirm",
  policy_pack: isPackName,
};

/** What each setting is called where a person reads it. @type {Record<string, string>} */
export const LABELS = {
  paused_sites: "sites where checking is paused",
  disabled_rules: "rules turned off",
  official_channels: "official channels",
  disclaimer_in_profile: "profiles carry the own-views disclaimer",
  default_account: "account assumed when the page cannot tell",
  role: "role",
  regulated_periods: "election regulated periods",
  error_mode: "what happens when a post still has errors",
  forced_rules: "rules that cannot be turned off",
  policy_pack: "policy pack",
};

function describe(/** @type {unknown} */ value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The settings in force: the person's own, the organisation's over them.
 * `managed`: the keys the organisation sets; `complete`: whether the organisation's are in yet.
 * @typedef {{settings: Settings, managed: Set<string>, notices: string[], complete: boolean}} Loaded
 */

/**
 * Merge the raw stored values (`own` from storage.sync, `organisation` from storage.managed, or null
 * while Chrome has not answered for it).
 * @param {Record<string, unknown>} own
 * @param {Record<string, unknown> | null} organisation
 * @returns {Loaded}
 */
export function mergeSettings(own, organisation) {
  const settings = structuredClone(DEFAULTS);
  const managed = new Set();
  const notices = [];
  const put = (/** @type {string} */ key, /** @type {any} */ value) => {
    const wide = /** @type {Record<string, any>} */ (settings);
    wide[key] = key === "disclaimer_in_profile" || key === "default_account" ? { ...wide[key], ...value } : value;
  };
  for (const [key, value] of Object.entries(own)) {
    if (Object.hasOwn(VALIDATORS, key) && !MANAGED_ONLY.includes(key) && VALIDATORS[key](value)) put(key, value);
  }
  for (const [key, value] of Object.entries(organisation ?? {})) {
    if (!Object.hasOwn(VALIDATORS, key)) continue;
    if (!VALIDATORS[key](value)) {
      notices.push(`Your organisation's setting “${LABELS[key] ?? key}” has a value that is not valid (${describe(value)}), so it was ignored.`);
      continue;
    }
    put(key, value);
    managed.add(key);
  }
  // Rules the organisation forces on cannot be turned off.
  settings.disabled_rules = settings.disabled_rules.filter((r) => !settings.forced_rules.includes(r));
  return { settings, managed, notices, complete: organisation !== null };
}

const readOwn = () => chrome.storage.sync.get(null).catch(() => ({}));
const readManaged = () => chrome.storage.managed.get(null).catch(() => ({}));

/**
 * The settings in force, waiting for the organisation's no longer than `managedWithinMs` (if given):
 * then `complete` is false and `managedLater` resolves with them all when they are in.
 * @param {{managedWithinMs?: number}} [options]
 * @returns {Promise<Loaded & {managedLater: Promise<Loaded>}>}
 */
export async function loadSettings({ managedWithinMs } = {}) {
  const organisation = readManaged();
  const managedLater = Promise.all([readOwn(), organisation]).then(([own, org]) => mergeSettings(own, org));
  const late = new Promise((resolve) => {
    if (managedWithinMs !== undefined) setTimeout(() => resolve(null), managedWithinMs);
  });
  const [own, org] = await Promise.all([readOwn(), Promise.race([organisation, late])]);
  return { ...mergeSettings(own, org), managedLater };
}

/**
 * Follow the settings for a page the person works in: `show` gets the person's own at once, the
 * organisation's merged in when Chrome has them, and the settings again after every change.
 * @param {(loaded: Loaded) => void} show
 */
export function followSettings(show) {
  /** @type {Record<string, unknown> | null} */
  let organisation = null;
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    const own = await readOwn();
    if (mine === asked) show(mergeSettings(own, organisation)); // a later refresh has newer values
  };
  const fetchManaged = () =>
    readManaged().then((values) => {
      organisation = values;
      refresh();
    });
  onSettingsChanged((area) => (area === "managed" ? fetchManaged() : refresh()));
  refresh();
  fetchManaged();
}

/**
 * Save one of the person's own settings. Written at once (not after the organisation's settings
 * arrive, which can take seconds: a page closed meanwhile would lose the change). Refused when the
 * value is not valid, or when the organisation is known to set it (`managed`); a value saved for a
 * setting the organisation turns out to set is kept but not used.
 * @param {string} key
 * @param {unknown} value
 * @param {Set<string>} [managed]
 */
export function saveSetting(key, value, managed = new Set()) {
  if (!Object.hasOwn(VALIDATORS, key) || MANAGED_ONLY.includes(key) || !VALIDATORS[key](value)) {
    return Promise.reject(new Error(`Invalid setting ${key}`));
  }
  if (managed.has(key)) return Promise.reject(new Error(`"${key}" is set by your organisation.`));
  return chrome.storage.sync.set({ [key]: value });
}

/** Call `callback(area)` whenever the person's ("sync") or the organisation's ("managed") settings change. */
export function onSettingsChanged(/** @type {(area: string) => void} */ callback) {
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === "sync" || area === "managed") callback(area);
  });
}

/** The context fields the settings give the checker for a post on `platform` (docs/contract.md, "Context"). */
export function settingsContext(/** @type {Settings} */ settings, /** @type {string} */ platform) {
  return {
    disclaimer_in_profile: !!settings.disclaimer_in_profile[platform],
    regulated_periods: settings.regulated_periods.map(({ start, end }) => ({ start, end })),
  };
}

/** The policy's official channels ([{platform, handle}] from the checker's hello) plus the person's own. */
export function officialChannels(/** @type {Settings} */ settings, /** @type {{platform: string, handle: string}[]} */ policyChannels = []) {
  const own = settings.official_channels.map((c) => ({ platform: c.platform, handle: c.handle.replace(/^@/, "") }));
  return [...policyChannels, ...own];
}
