// Status and switches: is the checker ready, is this tab's site being checked, and the person's
// switches (pause a site, turn a rule off), with what is turned off always in view.

import { button, el, find } from "../shared/dom.js";
import { ask } from "../shared/protocol.js";
import { seniorReminder } from "../shared/senior-reminder.js";
import { SENIOR_ROLES, saveSetting } from "../shared/settings.js";
import { SITES, siteName } from "../shared/sites.js";

/** @typedef {import("../shared/settings.js").Loaded} Loaded */
/** @typedef {import("../shared/settings.js").Settings} Settings */
/** @typedef {import("../shared/protocol.js").RuleInfo} RuleInfo */
/** @typedef {{site: string, state: string, reason: string}} TabState */

const ORG = "set by your organisation";

/** Poll the checker until it is ready or has failed; `show(status, reason)` on every change. */
export async function watchChecker(/** @type {(status: string, reason: string) => void} */ show) {
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
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => /** @type {chrome.tabs.Tab[]} */ ([]));
  return tab?.id ?? null;
}

export class Switches {
  /**
   * @param {HTMLElement} root
   * @param {{showClause: (clause: string) => void}} actions
   */
  constructor(root, { showClause }) {
    this.showClause = showClause;
    this.siteLine = find(root, "#site-status");
    this.notices = find(root, "#notices");
    this.sites = find(root, "#site-switches");
    this.rules = find(root, "#rule-switches");
    /** @type {Loaded | null} */
    this.state = null;
    /** @type {RuleInfo[]} */
    this.ruleList = [];
    /** @type {TabState | null} */
    this.tab = null; // {site, state, reason} from the service worker, or null
    /** The clause for senior roles, and its text, once the checker has said. */
    this.senior = { clause: "", clauseText: "" };
  }

  /** The settings changed (or the organisation's arrived). */
  setSettings(/** @type {Loaded} */ loaded) {
    this.state = loaded;
    this.render();
  }

  setRules(/** @type {RuleInfo[]} */ rules) {
    this.ruleList = rules;
    this.render();
  }

  setTab(/** @type {TabState | null} */ tab) {
    this.tab = tab;
    this.render();
  }

  setSenior(/** @type {string} */ clause, /** @type {string} */ clauseText) {
    this.senior = { clause, clauseText };
    this.render();
  }

  /** Save a switch; not saved (the organisation sets it), the controls go back and say why. */
  save(/** @type {string} */ key, /** @type {unknown} */ value) {
    saveSetting(key, value, this.state?.managed).catch((/** @type {Error} */ error) => {
      this.render();
      this.notices.prepend(el("p", { className: "notice error", role: "alert", text: error.message }));
    });
  }

  render() {
    if (!this.state) return;
    const { settings, managed } = this.state;
    this.renderSiteLine(settings);
    this.renderNotices(settings, managed);
    this.renderSites(settings, managed);
    this.renderRules(settings, managed);
  }

  renderSiteLine(/** @type {Settings} */ settings) {
    const tab = this.tab;
    if (!tab) {
      this.siteLine.textContent = "Policy Guard does not check posts on this page.";
      this.siteLine.className = "line muted";
      return;
    }
    const name = siteName(tab.site);
    const paused = settings.paused_sites.includes(tab.site) || tab.state === "paused";
    if (paused) {
      this.siteLine.textContent = `Paused on ${name}: your posts here are not being checked.`;
      this.siteLine.className = "line off";
    } else if (tab.state === "not-found" || tab.state === "blocked") {
      this.siteLine.textContent = `Not checking on ${name}: ${tab.reason || "the post box could not be found."}`;
      this.siteLine.className = "line bad";
    } else if (tab.state === "unrecognised") {
      this.siteLine.textContent = `Checking on ${name} without knowing this text box: ${tab.reason}`;
      this.siteLine.className = "line bad";
    } else {
      this.siteLine.textContent = `Checking your posts on ${name}.`;
      this.siteLine.className = "line good";
    }
  }

  renderNotices(/** @type {Settings} */ settings, /** @type {Set<string>} */ managed) {
    const items = [];
    for (const text of this.state?.notices ?? []) items.push(el("p", { className: "notice error", text }));
    if (SENIOR_ROLES.includes(settings.role)) items.push(seniorReminder({ ...this.senior, readClause: this.showClause }));
    /** "Turned off: …" with a button that turns it back on (unless the organisation set it). */
    const turnedOff = (/** @type {string} */ what, /** @type {string} */ key, /** @type {string[]} */ rest, /** @type {string} */ name) =>
      el(
        "p",
        { className: "notice off" },
        el("strong", { text: "Turned off: " }),
        what,
        managed.has(key) ? ` (${ORG})` : button("Turn back on", () => this.save(key, rest), { className: "link", "aria-label": name }),
      );
    for (const site of settings.paused_sites) {
      const rest = settings.paused_sites.filter((s) => s !== site);
      items.push(turnedOff(`checking on ${siteName(site)} is paused.`, "paused_sites", rest, `Turn back on: checking on ${siteName(site)}`));
    }
    for (const rule of settings.disabled_rules) {
      const known = this.ruleList.find((r) => r.rule === rule);
      const rest = settings.disabled_rules.filter((r) => r !== rule);
      items.push(turnedOff(`the rule ${rule}${known ? ` (${known.summary})` : ""}.`, "disabled_rules", rest, `Turn back on: the rule ${rule}`));
    }
    this.notices.replaceChildren(...items);
  }

  renderSites(/** @type {Settings} */ settings, /** @type {Set<string>} */ managed) {
    const locked = managed.has("paused_sites");
    const rows = SITES.map((site) => {
      const id = `site-${site}`;
      const box = el("input", {
        type: "checkbox",
        id,
        checked: !settings.paused_sites.includes(site),
        disabled: locked,
        onchange: () => {
          const paused = settings.paused_sites.filter((s) => s !== site);
          if (!box.checked) paused.push(site);
          this.save("paused_sites", paused);
        },
      });
      const current = this.tab?.site === site ? " (this tab)" : "";
      return el("div", { className: "switch" }, box, el("label", { for: id, text: `Check my posts on ${siteName(site)}${current}` }));
    });
    if (locked) rows.push(el("p", { className: "org", text: `These are ${ORG}.` }));
    this.sites.replaceChildren(...rows);
  }

  renderRules(/** @type {Settings} */ settings, /** @type {Set<string>} */ managed) {
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
        onchange: () => {
          const off = settings.disabled_rules.filter((r) => r !== rule);
          if (!box.checked) off.push(rule);
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
export async function tabStatus(/** @type {number | null} */ tabId) {
  if (tabId === null) return null;
  const answer = await ask("tab-status", { tabId });
  return answer.tab ?? null;
}
