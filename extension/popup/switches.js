// Status and switches: is the checker ready, is this tab's site being checked, and the person's
// switches (pause a site, turn a rule off), with what is turned off always in view.

import { SENIOR_ROLES, SITES, loadSettings, saveSetting } from "../shared/settings.js";
import { SITE_NAMES, ask, el, seniorReminder } from "./dom.js";

const ORG = "set by your organisation";

/** Poll the checker until it is ready or has failed; `show(status, reason)` on every change. */
export async function watchChecker(show) {
  const started = Date.now();
  let last = "";
  for (;;) {
    const answer = await ask("status");
    const status = answer.error ? "error" : answer.status;
    const reason = answer.error || answer.reason || "";
    if (`${status}|${reason}` !== last) show(status, reason);
    last = `${status}|${reason}`;
    if (status !== "loading") return status;
    if (Date.now() - started > 60_000) {
      show("error", "The checker did not start within a minute.");
      return "error";
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Which tab the popup speaks about: `?for=<tabId>`, or the active tab of this window. */
export async function targetTab() {
  const named = Number.parseInt(new URLSearchParams(location.search).get("for") ?? "", 10);
  if (Number.isInteger(named)) return named;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

export class Switches {
  constructor(root, { showClause }) {
    this.showClause = showClause;
    this.siteLine = root.querySelector("#site-status");
    this.notices = root.querySelector("#notices");
    this.sites = root.querySelector("#site-switches");
    this.rules = root.querySelector("#rule-switches");
    this.state = { settings: null, managed: new Set(), notices: [] };
    this.ruleList = [];
    this.tab = null; // {site, state, reason} from the service worker, or null
    this.policyText = () => "";
  }

  async refresh() {
    this.state = await loadSettings();
    this.render();
    return this.state;
  }

  setRules(rules) {
    this.ruleList = rules;
    this.render();
  }

  setTab(tab) {
    this.tab = tab;
    this.render();
  }

  async save(key, value) {
    try {
      await saveSetting(key, value);
    } catch (error) {
      // Not saved: reset the controls, then say why (a success re-renders through onSettingsChanged).
      await this.refresh();
      this.notices.prepend(el("p", { className: "notice error", role: "alert", text: error.message }));
    }
  }

  render() {
    const { settings, managed } = this.state;
    if (!settings) return;
    this.renderSiteLine(settings);
    this.renderNotices(settings, managed);
    this.renderSites(settings, managed);
    this.renderRules(settings, managed);
  }

  renderSiteLine(settings) {
    const tab = this.tab;
    if (!tab) {
      this.siteLine.textContent = "Policy Guard does not check posts on this page.";
      this.siteLine.className = "line muted";
      return;
    }
    const name = SITE_NAMES[tab.site] ?? tab.site;
    const paused = settings.paused_sites.includes(tab.site) || tab.state === "paused";
    if (paused) {
      this.siteLine.textContent = `Paused on ${name}: your posts here are not being checked.`;
      this.siteLine.className = "line off";
    } else if (tab.state === "not-found") {
      this.siteLine.textContent = `Not checking on ${name}: ${tab.reason || "the post box could not be found."}`;
      this.siteLine.className = "line bad";
    } else {
      this.siteLine.textContent = `Checking your posts on ${name}.`;
      this.siteLine.className = "line good";
    }
  }

  renderNotices(settings, managed) {
    const items = [];
    for (const text of this.state.notices) items.push(el("p", { className: "notice error", text }));
    if (SENIOR_ROLES.includes(settings.role)) {
      items.push(
        el(
          "p",
          { className: "notice senior" },
          el("strong", { text: "Take particular care (PA-3). " }),
          seniorReminder(this.policyText("PA-3")),
          " ",
          el("button", { type: "button", className: "link", text: "Read PA-3", onclick: () => this.showClause("PA-3") }),
        ),
      );
    }
    for (const site of settings.paused_sites) {
      items.push(
        el(
          "p",
          { className: "notice off" },
          el("strong", { text: "Turned off: " }),
          `checking on ${SITE_NAMES[site] ?? site} is paused.`,
          managed.has("paused_sites")
            ? ` (${ORG})`
            : el("button", {
                type: "button",
                className: "link",
                text: "Turn back on",
                "aria-label": `Turn checking on ${SITE_NAMES[site] ?? site} back on`,
                onclick: () => this.save("paused_sites", settings.paused_sites.filter((s) => s !== site)),
              }),
        ),
      );
    }
    for (const rule of settings.disabled_rules) {
      const known = this.ruleList.find((r) => r.rule === rule);
      items.push(
        el(
          "p",
          { className: "notice off" },
          el("strong", { text: "Turned off: " }),
          `the rule ${rule}${known ? ` (${known.summary})` : ""}.`,
          managed.has("disabled_rules")
            ? ` (${ORG})`
            : el("button", {
                type: "button",
                className: "link",
                text: "Turn back on",
                "aria-label": `Turn the rule ${rule} back on`,
                onclick: () => this.save("disabled_rules", settings.disabled_rules.filter((r) => r !== rule)),
              }),
        ),
      );
    }
    this.notices.replaceChildren(...items);
  }

  renderSites(settings, managed) {
    const locked = managed.has("paused_sites");
    const rows = SITES.map((site) => {
      const id = `site-${site}`;
      const box = el("input", {
        type: "checkbox",
        id,
        checked: !settings.paused_sites.includes(site),
        disabled: locked,
        onchange: (event) => {
          const paused = settings.paused_sites.filter((s) => s !== site);
          if (!event.target.checked) paused.push(site);
          this.save("paused_sites", paused);
        },
      });
      const current = this.tab?.site === site ? " (this tab)" : "";
      return el("div", { className: "switch" }, box, el("label", { for: id, text: `Check my posts on ${SITE_NAMES[site]}${current}` }));
    });
    if (locked) rows.push(el("p", { className: "org", text: `These are ${ORG}.` }));
    this.sites.replaceChildren(...rows);
  }

  renderRules(settings, managed) {
    if (!this.ruleList.length) {
      this.rules.replaceChildren(el("p", { className: "muted", text: "The rules appear when the checker is ready." }));
      return;
    }
    const locked = managed.has("disabled_rules");
    const rows = this.ruleList.map(({ rule, summary, clauses }) => {
      const id = `rule-${rule}`;
      const forced = settings.forced_rules.includes(rule);
      const on = !settings.disabled_rules.includes(rule);
      const box = el("input", {
        type: "checkbox",
        id,
        checked: on,
        disabled: locked || forced,
        "aria-describedby": `${id}-about`,
        onchange: (event) => {
          const off = settings.disabled_rules.filter((r) => r !== rule);
          if (!event.target.checked) off.push(rule);
          this.save("disabled_rules", off);
        },
      });
      const note = forced
        ? ` Always on (${ORG}).`
        : locked
          ? ` ${on ? "On" : "Turned off"} (${ORG}).`
          : on
            ? ""
            : " Turned off.";
      return el(
        "div",
        { className: `switch rule${on ? "" : " is-off"}` },
        box,
        el(
          "div",
          {},
          el("label", { for: id, text: rule }),
          el("div", { id: `${id}-about`, className: "about", text: `${summary} (${clauses.join(", ")})${note}` }),
        ),
      );
    });
    this.rules.replaceChildren(...rows);
  }
}

/** The tab's state from the service worker; `null` when the tab is not one Policy Guard watches. */
export async function tabStatus(tabId) {
  if (tabId === null) return null;
  const answer = await ask("tab-status", { tabId });
  return answer.tab ?? null;
}
