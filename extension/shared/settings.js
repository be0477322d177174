// Settings: the person's own (chrome.storage.sync) under the organisation's (chrome.storage.managed,
// pushed by enterprise policy). Managed values win; invalid managed values are ignored with a notice.
// Used by content scripts (bundled), the popup and the options page.

export const SITES = ["facebook", "twitter", "instagram"];
export const ROLES = ["staff", "volunteer", "placement-student", "trustee", "senior"];
/** Roles that PA-3 asks to take particular care (senior management, well-known people, the board). */
export const SENIOR_ROLES = ["senior", "trustee"];
/** Settings only the organisation can set (chrome.storage.managed). */
export const MANAGED_ONLY = ["forced_rules", "policy_pack"];

export const DEFAULTS = {
  paused_sites: [], // sites where checking is paused, e.g. ["twitter"]
  disabled_rules: [], // rule ids turned off by the person
  official_channels: [], // [{platform, handle}] added to the policy's own list
  disclaimer_in_profile: { facebook: false, twitter: false, instagram: false },
  default_account: { facebook: "personal", twitter: "personal", instagram: "personal" }, // when the page can't tell
  role: "staff",
  regulated_periods: [], // [{start: "YYYY-MM-DD", end: "YYYY-MM-DD"}]
  error_mode: "warn", // "warn" | "confirm" (ask "post anyway?" before the site's Post sends a post with errors)
  forced_rules: [], // managed only: rules the person cannot turn off
  policy_pack: "", // managed only: the id of a policy pack bundled with the extension ("" = the built-in one)
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isSiteMap = (v, ok) => v && typeof v === "object" && !Array.isArray(v) && Object.entries(v).every(([k, x]) => SITES.includes(k) && ok(x));

// What a valid value of each setting looks like.
export const VALIDATORS = {
  paused_sites: (v) => isStringList(v) && v.every((s) => SITES.includes(s)),
  disabled_rules: isStringList,
  forced_rules: isStringList,
  official_channels: (v) => Array.isArray(v) && v.every((c) => c && SITES.includes(c.platform) && typeof c.handle === "string" && /^@?[\w.]{1,80}$/.test(c.handle)),
  disclaimer_in_profile: (v) => isSiteMap(v, (x) => typeof x === "boolean"),
  default_account: (v) => isSiteMap(v, (x) => x === "official" || x === "personal"),
  role: (v) => ROLES.includes(v),
  regulated_periods: (v) => Array.isArray(v) && v.every((p) => p && DATE.test(p.start) && DATE.test(p.end) && p.start <= p.end),
  error_mode: (v) => v === "warn" || v === "confirm",
  policy_pack: (v) => typeof v === "string" && /^[a-z0-9-]{0,40}$/.test(v),
};

// What each setting is called where a person reads it.
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

function describe(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * {settings, managed: Set of keys set by the organisation, notices: [text], complete}.
 * The organisation's settings can take seconds to arrive after the browser starts: with
 * `managedWithinMs`, wait no longer than that for them (`complete` is then false, and
 * `managedLater` resolves when they are in).
 */
export async function loadSettings({ managedWithinMs } = {}) {
  const managedLater = chrome.storage.managed.get(null).catch(() => ({}));
  const late = Symbol("late");
  const waited =
    managedWithinMs === undefined
      ? managedLater
      : Promise.race([managedLater, new Promise((resolve) => setTimeout(() => resolve(late), managedWithinMs))]);
  const [own, arrived] = await Promise.all([chrome.storage.sync.get(null).catch(() => ({})), waited]);
  const complete = arrived !== late;
  const managed = complete ? arrived : {};
  const settings = structuredClone(DEFAULTS);
  const managedKeys = new Set();
  const notices = [];
  for (const [key, value] of Object.entries(own)) {
    if (key in VALIDATORS && !MANAGED_ONLY.includes(key) && VALIDATORS[key](value)) settings[key] = mergeMap(key, settings[key], value);
  }
  for (const [key, value] of Object.entries(managed)) {
    if (!(key in VALIDATORS)) continue;
    if (!VALIDATORS[key](value)) {
      notices.push(`Your organisation's setting “${LABELS[key] ?? key}” has a value that is not valid (${describe(value)}), so it was ignored.`);
      continue;
    }
    settings[key] = mergeMap(key, settings[key], value);
    managedKeys.add(key);
  }
  // Rules the organisation forces on cannot be turned off.
  settings.disabled_rules = settings.disabled_rules.filter((r) => !settings.forced_rules.includes(r));
  return { settings, managed: managedKeys, notices, complete, managedLater };
}

function mergeMap(key, base, value) {
  return key === "disclaimer_in_profile" || key === "default_account" ? { ...base, ...value } : value;
}

/** Save one of the person's own settings (refused when the organisation manages it). */
export async function saveSetting(key, value) {
  if (!(key in VALIDATORS) || MANAGED_ONLY.includes(key) || !VALIDATORS[key](value)) throw new Error(`Invalid setting ${key}`);
  const { managed } = await loadSettings();
  if (managed.has(key)) throw new Error(`"${key}" is set by your organisation.`);
  await chrome.storage.sync.set({ [key]: value });
}

/** Call `callback` whenever the person's or the organisation's settings change. */
export function onSettingsChanged(callback) {
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === "sync" || area === "managed") callback();
  });
}

/** The context fields the settings give the checker for a post on `platform` (rules.md, "Context"). */
export function settingsContext(settings, platform) {
  return {
    disclaimer_in_profile: !!settings.disclaimer_in_profile[platform],
    regulated_periods: settings.regulated_periods.map(({ start, end }) => ({ start, end })),
  };
}

/** The policy's official channels ([{platform, handle}] from the checker's hello) plus the person's own. */
export function officialChannels(settings, policyChannels = []) {
  const own = settings.official_channels.map((c) => ({ platform: c.platform, handle: c.handle.replace(/^@/, "") }));
  return [...policyChannels, ...own];
}

/** The findings a person is shown: without the rules they turned off (forced rules stay on). */
export function shownFindings(findings, settings) {
  const off = new Set(settings.disabled_rules);
  return findings.filter((f) => !off.has(f.rule));
}
