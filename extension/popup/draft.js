// The "Check a draft" tab: the same check the composer panel runs, on text pasted or typed here,
// for a chosen platform and account, with the person's settings applied. Fixes can be applied
// to the draft (the checker counts code points; the textarea counts UTF-16 units).

import { officialChannels, settingsContext, shownFindings } from "../shared/settings.js";
import { utf16Offset } from "../shared/offsets.js";
import { SITE_NAMES, ask, el } from "./dom.js";

const DEBOUNCE_MS = 200;
const SEVERITY = { error: "Error", warning: "Warning", info: "Info" };

export class DraftView {
  constructor(root, { showClause }) {
    this.showClause = showClause;
    this.draft = root.querySelector("#draft");
    this.platform = root.querySelector("#platform");
    this.account = root.querySelector("#account");
    this.surface = root.querySelector("#surface");
    this.status = root.querySelector("#check-status");
    this.list = root.querySelector("#findings");
    this.settings = null;
    this.channels = [];
    this.checked = null; // the text the shown findings belong to
    this.seq = 0;
    this.timer = 0;
    this.draft.addEventListener("input", () => this.schedule());
    this.platform.addEventListener("change", () => {
      this.fillAccounts(true); // each platform starts from its own default account
      this.schedule(0);
    });
    this.account.addEventListener("change", () => this.schedule(0));
    this.surface.addEventListener("change", () => this.schedule(0));
    root.querySelector("#check-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.schedule(0);
    });
  }

  /** Settings or the checker's channels changed: refill the account choices, check again. */
  update(settings, policyChannels) {
    const first = this.settings === null;
    this.settings = settings;
    this.channels = officialChannels(settings, policyChannels);
    this.fillAccounts(first);
    if (this.draft.value) this.schedule(0);
  }

  /** "My personal account" and each official channel on the chosen platform. */
  fillAccounts(useDefault = false) {
    const platform = this.platform.value;
    const before = this.account.value;
    const options = [el("option", { value: "personal:", text: "My own account (personal)" })];
    const seen = new Set();
    for (const c of this.channels) {
      const key = c.handle.toLowerCase();
      if (c.platform !== platform || seen.has(key)) continue;
      seen.add(key);
      options.push(el("option", { value: `official:${c.handle}`, text: `@${c.handle} (official channel)` }));
    }
    options.push(el("option", { value: "official:", text: "Another official channel" }));
    this.account.replaceChildren(...options);
    const wanted = this.settings?.default_account?.[platform] === "official" ? "official:" : "personal:";
    const keep = !useDefault && [...this.account.options].some((o) => o.value === before);
    this.account.value = keep ? before : wanted;
    if (!keep && wanted === "official:" && options.length > 2) this.account.selectedIndex = 1;
  }

  context() {
    const platform = this.platform.value;
    const [account, channel] = this.account.value.split(/:(.*)/s);
    return {
      platform,
      account,
      channel: channel || "",
      surface: this.surface.value,
      ...(this.settings ? settingsContext(this.settings, platform) : {}),
    };
  }

  schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.timer);
    this.seq++; // an answer for older text is dropped
    if (this.draft.value.trim()) this.status.textContent = "Checking…";
    this.timer = setTimeout(() => this.run(), delay);
  }

  async run() {
    const text = this.draft.value;
    const seq = ++this.seq;
    if (!text.trim()) {
      this.clearFindings("");
      return;
    }
    this.status.textContent = "Checking…";
    const answer = await ask("check", { text, context: this.context() });
    if (seq !== this.seq) return; // the draft changed meanwhile
    if (answer.error || !Array.isArray(answer.findings)) {
      this.clearFindings(`The draft could not be checked: ${answer.error || "no answer"}`);
      return;
    }
    const findings = this.settings ? shownFindings(answer.findings, this.settings) : answer.findings;
    this.checked = text;
    this.list.dataset.rules = [...new Set(findings.map((f) => f.rule))].join(" ");
    this.list.replaceChildren(...findings.map((f) => this.item(f)));
    const hidden = answer.findings.length - findings.length;
    const counts = Object.entries(SEVERITY)
      .map(([sev, label]) => [findings.filter((f) => f.severity === sev).length, label.toLowerCase()])
      .filter(([n]) => n)
      .map(([n, label]) => `${n} ${label}${n === 1 ? "" : "s"}`);
    this.status.textContent =
      (findings.length ? `Found ${counts.join(", ")}.` : "No policy issues found.") +
      (hidden ? ` ${hidden} more from rules you turned off.` : "") +
      (answer.truncated ? " Only the first 100,000 characters were checked." : "");
  }

  /** No findings shown, and `status` in their place. */
  clearFindings(status) {
    this.checked = null;
    this.list.replaceChildren();
    this.list.dataset.rules = "";
    this.status.textContent = status;
  }

  item(finding) {
    const clauses = el("span", { className: "clauses" }, `${finding.rule} · policy clause `);
    finding.clauses.forEach((clause, i) => {
      if (i) clauses.append(", ");
      clauses.append(
        el("button", {
          type: "button",
          className: "link",
          text: clause,
          "aria-label": `Read clause ${clause} of the policy`,
          onclick: () => this.showClause(clause),
        }),
      );
    });
    const item = el(
      "li",
      { className: `finding ${finding.severity}`, dataset: { rule: finding.rule } },
      el("div", {}, el("span", { className: `sev ${finding.severity}`, text: SEVERITY[finding.severity] ?? finding.severity }), ` ${finding.message}`),
      el("div", { className: "meta" }, clauses),
    );
    if (finding.excerpt && finding.excerpt.length < 200) item.append(el("div", { className: "meta", text: `In: “${finding.excerpt}”` }));
    if (finding.fix) {
      item.append(
        el(
          "div",
          { className: "fix" },
          el("span", { text: `Suggested fix — ${finding.fix.label}: “${finding.fix.text.trim()}”` }),
          el("button", {
            type: "button",
            className: "apply",
            text: "Apply",
            "aria-label": `Apply fix: ${finding.fix.label}`,
            onclick: () => this.apply(finding.fix),
          }),
        ),
      );
    }
    if (finding.clear_by) item.append(el("div", { className: "fix", text: `To clear it: ${finding.clear_by}` }));
    return item;
  }

  /** Replace the fix's code-point range of the checked draft with its text, then check again. */
  apply(fix) {
    const text = this.draft.value;
    if (text !== this.checked) {
      this.status.textContent = "The draft changed since it was checked: checking again first.";
      this.schedule(0);
      return;
    }
    const start = utf16Offset(text, fix.replace_start);
    const end = utf16Offset(text, fix.replace_end);
    this.draft.value = text.slice(0, start) + fix.text + text.slice(end);
    const caret = start + fix.text.length;
    this.draft.focus();
    this.draft.setSelectionRange(caret, caret);
    this.status.textContent = `Applied: ${fix.label}. Checking again…`;
    this.schedule(0);
  }
}

export function platformOptions(select) {
  select.replaceChildren(...Object.keys(SITE_NAMES).map((p) => el("option", { value: p, text: SITE_NAMES[p] })));
}
