// The options page: the person's own setup and the organisation's, saved as they change.
// The person's settings show at once; the organisation's (chrome.storage.managed, which Chrome may
// answer only seconds after it starts) are merged in when they arrive, shown with their value,
// disabled, marked "set by your organisation"; invalid ones are ignored and said so. A change is
// written the moment it is made, so closing the page right after it loses nothing.

import { button, el, find } from "../shared/dom.js";
import { ask } from "../shared/protocol.js";
import { seniorReminder } from "../shared/senior-reminder.js";
import { SENIOR_ROLES, VALIDATORS, followSettings, mergeSettings, saveSetting } from "../shared/settings.js";
import { SITES, siteName } from "../shared/sites.js";

/** @typedef {import("../shared/settings.js").Loaded} Loaded */
/** @typedef {import("../shared/settings.js").Settings} Settings */

const $ = (/** @type {string} */ id) => find(document, `#${id}`);
const role = find(document, "#role", HTMLSelectElement);
const channelPlatform = find(document, "#channel-platform", HTMLSelectElement);
const channelHandle = find(document, "#channel-handle", HTMLInputElement);
const periodStart = find(document, "#period-start", HTMLInputElement);
const periodEnd = find(document, "#period-end", HTMLInputElement);
const modes = /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="error_mode"]'));
/** What is shown: the defaults for the few milliseconds before the person's own settings are read. */
let current = mergeSettings({}, null);
/** The clause for senior roles and its text, once the checker has said. */
let senior = { clause: "", clauseText: "" };

/** Save a setting now; say so, or say why not and put the control back. */
function save(/** @type {string} */ key, /** @type {unknown} */ value, done = "Saved.") {
  saveSetting(key, value, current.managed).then(
    () => { $("saved").textContent = done; },
    (/** @type {Error} */ error) => {
      $("saved").textContent = `Not saved: ${error.message}`;
      render(current); // reset the control (a success re-renders when the storage says it changed)
    },
  );
}

function lock(/** @type {string} */ key, /** @type {Iterable<Element>} */ controls) {
  const managed = current.managed.has(key);
  const note = /** @type {HTMLElement | null} */ (document.querySelector(`[data-org-for="${key}"]`));
  if (note) {
    note.hidden = !managed;
    note.id ||= `org-${key}`;
  }
  for (const control of /** @type {Iterable<HTMLInputElement>} */ (controls)) {
    control.disabled = managed;
    if (managed && note) control.setAttribute("aria-describedby", note.id);
    else control.removeAttribute("aria-describedby");
  }
}

function renderNotices(/** @type {Settings} */ settings) {
  $("notices").replaceChildren(...current.notices.map((text) => el("p", { className: "notice error", text })));
  const readClause = (/** @type {string} */ clause) => ask("open-clause", { clause });
  $("senior").replaceChildren(...(SENIOR_ROLES.includes(settings.role) ? [seniorReminder({ ...senior, readClause })] : []));
}

/**
 * One of the two lists the person adds to and removes from: what each item reads, and what is said.
 * @typedef {{key: "official_channels" | "regulated_periods", list: string, form: string, itemText: (item: any) => string,
 *   removeLabel: (item: any) => string, removed: (item: any) => string, empty: string}} EditableList
 */

/** @type {Record<string, EditableList>} */
const LISTS = {
  channels: {
    key: "official_channels",
    list: "channel-list",
    form: "channel-form",
    itemText: (c) => `${siteName(c.platform)}: ${c.handle}`,
    removeLabel: (c) => `Remove ${c.handle} on ${siteName(c.platform)}`,
    removed: (c) => `Removed ${c.handle}.`,
    empty: "None: only the policy's own list.",
  },
  periods: {
    key: "regulated_periods",
    list: "period-list",
    form: "period-form",
    itemText: (p) => `${p.start} to ${p.end}`,
    removeLabel: (p) => `Remove the period ${p.start} to ${p.end}`,
    removed: () => "Removed.",
    empty: "None.",
  },
};

function renderList(/** @type {Settings} */ settings, /** @type {EditableList} */ { key, list, form, itemText, removeLabel, removed, empty }) {
  const managed = current.managed.has(key);
  /** @type {any[]} */
  const items = settings[key];
  $(list).replaceChildren(
    ...(items.length
      ? items.map((item, i) =>
          el(
            "li",
            {},
            el("span", { text: itemText(item) }),
            managed
              ? null
              : button("Remove", () => save(key, items.filter((_, j) => j !== i), removed(item)), {
                  className: "remove",
                  "aria-label": removeLabel(item),
                }),
          ),
        )
      : [el("li", { className: "muted", text: empty })]),
  );
  lock(key, find(document, `#${form}`, HTMLFormElement).elements);
}

function renderPlatforms(/** @type {Settings} */ settings) {
  const rows = SITES.map((site) => {
    const disclaimer = el("input", {
      type: "checkbox",
      id: `disclaimer-${site}`,
      checked: !!settings.disclaimer_in_profile[site],
      onchange: () => save("disclaimer_in_profile", { ...settings.disclaimer_in_profile, [site]: disclaimer.checked }),
    });
    const account = el(
      "select",
      { id: `account-${site}`, onchange: () => save("default_account", { ...settings.default_account, [site]: account.value }) },
      el("option", { value: "personal", text: "my own account" }),
      el("option", { value: "official", text: "an official channel" }),
    );
    account.value = settings.default_account[site];
    const name = siteName(site);
    const row = el(
      "tr",
      {},
      el("th", { scope: "row", text: name }),
      el("td", {}, disclaimer, el("label", { for: disclaimer.id, className: "sr-only", text: `My ${name} profile says my views are my own` })),
      el("td", {}, el("label", { for: account.id, className: "sr-only", text: `On ${name}, when the page can't tell, assume I post from` }), account),
    );
    return { row, disclaimer, account };
  });
  $("platform-rows").replaceChildren(...rows.map((r) => r.row));
  lock("disclaimer_in_profile", rows.map((r) => r.disclaimer));
  lock("default_account", rows.map((r) => r.account));
}

/** Show `loaded` (the person's settings at once, the organisation's merged in when they arrive). */
function render(/** @type {Loaded} */ loaded) {
  current = loaded;
  const { settings } = loaded;
  renderNotices(settings);
  role.value = settings.role;
  lock("role", [role]);
  renderList(settings, LISTS.channels);
  renderPlatforms(settings);
  renderList(settings, LISTS.periods);
  for (const radio of modes) radio.checked = radio.value === settings.error_mode;
  lock("error_mode", modes);
  $("forced-field").hidden = !settings.forced_rules.length;
  $("forced-list").replaceChildren(...settings.forced_rules.map((r) => el("li", { text: `${r} (set by your organisation)` })));
  $("pack-line").hidden = !loaded.managed.has("policy_pack");
  $("pack-line").textContent = `Policy pack: ${settings.policy_pack || "the built-in one"} (set by your organisation).`;
  document.body.dataset.loaded = "true";
  document.body.dataset.organisation = loaded.complete ? "loaded" : "waiting"; // whether Chrome has answered for it yet
}

channelPlatform.replaceChildren(...SITES.map((s) => el("option", { value: s, text: siteName(s) })));
role.addEventListener("change", () => save("role", role.value));
for (const radio of modes) radio.addEventListener("change", () => save("error_mode", radio.value));
$("channel-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const handle = channelHandle.value.trim().replace(/^@/, ""); // stored as the page shows it, without @
  const channel = { platform: channelPlatform.value, handle };
  if (!VALIDATORS.official_channels([channel])) {
    $("saved").textContent = "A handle or page name is letters, digits, dots and underscores, with an optional @ in front.";
    return;
  }
  channelHandle.value = "";
  save("official_channels", [...current.settings.official_channels, channel], `Added ${handle}.`);
});
$("period-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const period = { start: periodStart.value, end: periodEnd.value };
  if (!VALIDATORS.regulated_periods([period])) {
    $("saved").textContent = "A period needs a first and a last day, the last not before the first.";
    return;
  }
  save("regulated_periods", [...current.settings.regulated_periods, period], `Added ${period.start} to ${period.end}.`);
});
followSettings(render);

// The reminder for senior roles quotes the policy itself, from the clause the checker names, once it can.
Promise.all([ask("hello"), ask("policy")]).then(([hello, policy]) => {
  const clause = hello.senior_roles_clause ?? "";
  const text = policy.clauses?.find((/** @type {{clause: string}} */ c) => c.clause === clause)?.text ?? "";
  senior = { clause, clauseText: text };
  renderNotices(current.settings);
});
