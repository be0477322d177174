// The options page: the person's own setup and the organisation's, saved as they change.
// Settings the organisation pushes (chrome.storage.managed) show their value, disabled, marked
// "set by your organisation"; invalid ones are ignored and said so.

import { SENIOR_ROLES, SITES, VALIDATORS, loadSettings, onSettingsChanged, saveSetting } from "../shared/settings.js";
import { SITE_NAMES, ask, el, seniorReminder } from "../popup/dom.js";

const $ = (id) => document.getElementById(id);
let current = null; // {settings, managed, notices}
let pa3 = ""; // the text of policy clause PA-3, once the checker has told us

async function save(key, value, done = "Saved.") {
  try {
    await saveSetting(key, value);
    $("saved").textContent = done;
  } catch (error) {
    $("saved").textContent = `Not saved: ${error.message}`;
    await render(); // reset the control (a success re-renders through onSettingsChanged)
  }
}

function lock(key, controls) {
  const managed = current.managed.has(key);
  const note = document.querySelector(`[data-org-for="${key}"]`);
  if (note) {
    note.hidden = !managed;
    note.id ||= `org-${key}`;
  }
  for (const control of controls) {
    control.disabled = managed;
    if (managed && note) control.setAttribute("aria-describedby", note.id);
    else control.removeAttribute("aria-describedby");
  }
}

function renderNotices(settings) {
  $("notices").replaceChildren(...current.notices.map((text) => el("p", { className: "notice error", text })));
  $("senior").replaceChildren(
    ...(SENIOR_ROLES.includes(settings.role)
      ? [
          el(
            "p",
            { className: "notice senior", role: "note" },
            el("strong", { text: "Take particular care (policy clause PA-3). " }),
            seniorReminder(pa3),
          ),
        ]
      : []),
  );
}

// The two lists the person adds to and removes from: what each item reads, and what is said.
const LISTS = {
  channels: {
    key: "official_channels",
    list: "channel-list",
    form: "channel-form",
    itemText: (c) => `${SITE_NAMES[c.platform]}: ${c.handle}`,
    removeLabel: (c) => `Remove ${c.handle} on ${SITE_NAMES[c.platform]}`,
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

function renderList(settings, { key, list, form, itemText, removeLabel, removed, empty }) {
  const managed = current.managed.has(key);
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
              : el("button", {
                  type: "button",
                  className: "remove",
                  text: "Remove",
                  "aria-label": removeLabel(item),
                  onclick: () => save(key, items.filter((_, j) => j !== i), removed(item)),
                }),
          ),
        )
      : [el("li", { className: "muted", text: empty })]),
  );
  lock(key, [...$(form).elements]);
}

function renderPlatforms(settings) {
  const rows = SITES.map((site) => {
    const disclaimer = el("input", {
      type: "checkbox",
      id: `disclaimer-${site}`,
      checked: !!settings.disclaimer_in_profile[site],
      onchange: (event) =>
        save("disclaimer_in_profile", { ...settings.disclaimer_in_profile, [site]: event.target.checked }),
    });
    const account = el(
      "select",
      {
        id: `account-${site}`,
        onchange: (event) => save("default_account", { ...settings.default_account, [site]: event.target.value }),
      },
      el("option", { value: "personal", text: "my own account" }),
      el("option", { value: "official", text: "an official channel" }),
    );
    account.value = settings.default_account[site];
    const row = el(
      "tr",
      {},
      el("th", { scope: "row", text: SITE_NAMES[site] }),
      el("td", {}, disclaimer, el("label", { for: disclaimer.id, className: "sr-only", text: `My ${SITE_NAMES[site]} profile says my views are my own` })),
      el("td", {}, el("label", { for: account.id, className: "sr-only", text: `On ${SITE_NAMES[site]}, when the page can't tell, assume I post from` }), account),
    );
    return { row, disclaimer, account };
  });
  $("platform-rows").replaceChildren(...rows.map((r) => r.row));
  lock("disclaimer_in_profile", rows.map((r) => r.disclaimer));
  lock("default_account", rows.map((r) => r.account));
}

async function render() {
  current = await loadSettings();
  const { settings } = current;
  renderNotices(settings);
  $("role").value = settings.role;
  lock("role", [$("role")]);
  renderList(settings, LISTS.channels);
  renderPlatforms(settings);
  renderList(settings, LISTS.periods);
  for (const radio of document.querySelectorAll('input[name="error_mode"]')) radio.checked = radio.value === settings.error_mode;
  lock("error_mode", document.querySelectorAll('input[name="error_mode"]'));
  $("forced-field").hidden = !settings.forced_rules.length;
  $("forced-list").replaceChildren(...settings.forced_rules.map((r) => el("li", { text: `${r} (set by your organisation)` })));
  $("pack-line").hidden = !current.managed.has("policy_pack");
  $("pack-line").textContent = `Policy pack: ${settings.policy_pack || "the built-in one"} (set by your organisation).`;
  document.body.dataset.loaded = "true";
}

$("channel-platform").replaceChildren(...SITES.map((s) => el("option", { value: s, text: SITE_NAMES[s] })));
$("role").addEventListener("change", (event) => save("role", event.target.value));
for (const radio of document.querySelectorAll('input[name="error_mode"]')) {
  radio.addEventListener("change", (event) => save("error_mode", event.target.value));
}
$("channel-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const handle = $("channel-handle").value.trim().replace(/^@/, ""); // stored as the page shows it, without @
  const channel = { platform: $("channel-platform").value, handle };
  if (!VALIDATORS.official_channels([channel])) {
    $("saved").textContent = "A handle or page name is letters, digits, dots and underscores, with an optional @ in front.";
    return;
  }
  $("channel-handle").value = "";
  save("official_channels", [...current.settings.official_channels, channel], `Added ${handle}.`);
});
$("period-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const period = { start: $("period-start").value, end: $("period-end").value };
  if (!VALIDATORS.regulated_periods([period])) {
    $("saved").textContent = "A period needs a first and a last day, the last not before the first.";
    return;
  }
  save("regulated_periods", [...current.settings.regulated_periods, period], `Added ${period.start} to ${period.end}.`);
});
onSettingsChanged(render);
render();

// The PA-3 reminder quotes the policy itself once the checker can tell us its text.
ask("policy").then((answer) => {
  pa3 = answer.clauses?.find((c) => c.clause === "PA-3")?.text ?? "";
  if (pa3 && current) renderNotices(current.settings);
});
