// The toolbar popup: checker status, this tab's site, what is turned off; three tabs (the policy,
// check a draft, switches). `popup.html?tab=policy#PA-1` opens on clause PA-1 (panels link here).

import { onSettingsChanged } from "../shared/settings.js";
import { ask } from "./dom.js";
import { DraftView, platformOptions } from "./draft.js";
import { PolicyView } from "./policy.js";
import { Switches, tabStatus, targetTab, watchChecker } from "./switches.js";

const tabs = [...document.querySelectorAll('[role="tab"]')];

function selectTab(tab, { focus = false } = {}) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
  }
  if (focus) tab.focus();
}

// The tabs pattern: Tab reaches the selected tab; arrows, Home and End move between tabs.
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
  });
}

const showPolicyTab = () => selectTab(document.getElementById("tab-policy"));
const policy = new PolicyView(document.getElementById("panel-policy"), { onShow: showPolicyTab });
const showClause = (id) => policy.showClause(id);
const switches = new Switches(document.body, { showClause });
switches.policyText = (id) => policy.text(id);
const platform = document.getElementById("platform");
platformOptions(platform);
const draft = new DraftView(document.getElementById("panel-check"), { showClause });
let hello = { channels: [], rules: [] };

const params = new URLSearchParams(location.search);
const wanted = document.getElementById(`tab-${params.get("tab")}`);
if (wanted) selectTab(wanted);

function showChecker(status, reason) {
  const line = document.getElementById("checker-status");
  const text = {
    loading: "Starting the policy checker…",
    ready: "The policy checker is ready.",
    error: `The policy checker is not working: ${reason || "no reason given."}`,
  };
  line.textContent = text[status] ?? text.error;
  line.className = `line ${status === "ready" ? "good" : status === "error" ? "bad" : "muted"}`;
  document.body.dataset.checker = status;
}

async function applySettings() {
  const { settings } = await switches.refresh();
  draft.update(settings, hello.channels);
  return settings;
}

async function main() {
  const tabId = await targetTab();
  switches.setTab(await tabStatus(tabId));
  platform.value = switches.tab?.site || "twitter"; // the draft tab checks for this tab's site
  await applySettings();
  onSettingsChanged(applySettings);
  document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());

  const status = await watchChecker(showChecker);
  if (status !== "ready") return;
  const [greeting] = await Promise.all([ask("hello"), policy.load()]);
  if (!greeting.error) {
    hello = greeting;
    switches.setRules(greeting.rules ?? []);
    draft.update(switches.state.settings, hello.channels); // the settings are current: onSettingsChanged keeps them so
  }
  showHashClause();
  document.body.dataset.ready = "true";
}

/** Show the clause named in location.hash (`#PA-1`), if any. */
function showHashClause() {
  const clause = decodeURIComponent(location.hash.slice(1));
  if (clause) policy.showClause(clause);
}

window.addEventListener("hashchange", showHashClause);

main();
