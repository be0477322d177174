// The toolbar popup: checker status, this tab's site, what is turned off; three tabs (the policy,
// check a draft, switches). `popup.html?tab=policy#PA-1` opens on clause PA-1 (panels link here).

import { find } from "../shared/dom.js";
import { ask } from "../shared/protocol.js";
import { followSettings } from "../shared/settings.js";
import { SITES } from "../shared/sites.js";
import { DraftView } from "./draft.js";
import { PolicyView } from "./policy.js";
import { Switches, tabStatus, targetTab, watchChecker } from "./switches.js";

/** @typedef {import("../shared/protocol.js").Hello} Hello */

const byId = (/** @type {string} */ id) => find(document, `#${id}`);
const tabs = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[role="tab"]')]);

function selectTab(/** @type {HTMLElement} */ tab, { focus = false } = {}) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    byId(t.getAttribute("aria-controls") ?? "").hidden = !on;
  }
  if (focus) tab.focus();
}

// The tabs pattern: Tab reaches the selected tab; arrows, Home and End move between tabs.
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const i = tabs.indexOf(tab);
    const next = /** @type {Record<string, number>} */ ({ ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 })[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
  });
}

const showPolicyTab = () => selectTab(byId("tab-policy"));
const policy = new PolicyView(byId("panel-policy"), { onShow: showPolicyTab });
const showClause = (/** @type {string} */ clause) => policy.showClause(clause);
const switches = new Switches(document.body, { showClause });
const draft = new DraftView(byId("panel-check"), { showClause });
/** @type {Pick<Hello, "channels" | "rules">} */
let hello = { channels: [], rules: [] };

const params = new URLSearchParams(location.search);
const wanted = document.getElementById(`tab-${params.get("tab")}`);
if (wanted) selectTab(wanted);

function showChecker(/** @type {string} */ status, /** @type {string} */ reason) {
  const line = byId("checker-status");
  const text = /** @type {Record<string, string>} */ ({
    loading: "Starting the policy checker…",
    ready: "The policy checker is ready.",
    error: `The policy checker is not working: ${reason || "no reason given."}`,
  });
  line.textContent = text[status] ?? text.error;
  line.className = `line ${status === "ready" ? "good" : status === "error" ? "bad" : "muted"}`;
  document.body.dataset.checker = status;
}

async function main() {
  const tabId = await targetTab();
  switches.setTab(await tabStatus(tabId));
  draft.platform.value = switches.tab?.site || SITES[0]; // the draft tab checks for this tab's site
  followSettings((loaded) => {
    switches.setSettings(loaded);
    draft.update(loaded.settings, hello.channels);
  });
  byId("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());

  const status = await watchChecker(showChecker);
  if (status !== "ready") return;
  const [greeting] = await Promise.all([ask("hello"), policy.load()]);
  if (!greeting.error) {
    hello = greeting;
    switches.setRules(greeting.rules ?? []);
    const clause = greeting.senior_roles_clause ?? "";
    switches.setSenior(clause, policy.text(clause));
    if (switches.state) draft.update(switches.state.settings, hello.channels);
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
