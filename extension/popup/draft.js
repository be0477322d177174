// The "Check a draft" tab: the same check the composer panel runs (shared/check.js), on text pasted
// or typed here, for a chosen platform, account, surface, attachment and consent (the inputs the
// panel reads from the page), with the person's settings applied, and its
// findings drawn by the same renderer. Fixes apply to the draft here (the checker counts code
// points; the textarea counts UTF-16 units).

import { checkDraft, moreNotice, truncationNotice } from "../shared/check.js";
import { el, find } from "../shared/dom.js";
import { utf16Offset } from "../shared/offsets.js";
import { countBySeverity, renderFindings } from "../shared/render.js";
import { officialChannels } from "../shared/settings.js";
import { SITES, siteName } from "../shared/sites.js";

/** @typedef {import("../shared/protocol.js").Fix} Fix */
/** @typedef {import("../shared/settings.js").Settings} Settings */

const DEBOUNCE_MS = 200;

/** The popup's platform choices: every site, and "Other". */
const PLATFORMS = [...SITES, "other"];

export class DraftView {
  /**
   * @param {HTMLElement} root the "Check a draft" tab
   * @param {{showClause: (clause: string) => void}} actions
   */
  constructor(root, { showClause }) {
    this.showClause = showClause;
    this.draft = find(root, "#draft", HTMLTextAreaElement);
    this.platform = find(root, "#platform", HTMLSelectElement);
    this.account = find(root, "#account", HTMLSelectElement);
    this.surface = find(root, "#surface", HTMLSelectElement);
    // What the panel reads from the page, chosen here: an attachment (kind, file name) and consent.
    this.mediaKind = find(root, "#media-kind", HTMLSelectElement);
    this.mediaName = find(root, "#media-name", HTMLInputElement);
    this.consent = find(root, "#consent", HTMLInputElement);
    this.status = find(root, "#check-status");
    this.list = find(root, "#findings");
    /** @type {Settings | null} */
    this.settings = null;
    /** @type {{platform: string, handle: string}[]} */
    this.channels = [];
    /** @type {string | null} */
    this.checked = null; // the text the shown findings belong to
    this.seq = 0;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.timer = undefined;
    this.platform.replaceChildren(...PLATFORMS.map((p) => el("option", { value: p, text: p === "other" ? "Other" : siteName(p) })));
    this.draft.addEventListener("input", () => this.schedule());
    this.platform.addEventListener("change", () => {
      this.fillAccounts(true); // each platform starts from its own default account
      this.schedule(0);
    });
    this.account.addEventListener("change", () => this.schedule(0));
    for (const input of [this.surface, this.mediaKind, this.consent]) input.addEventListener("change", () => this.schedule(0));
    this.mediaName.addEventListener("input", () => this.schedule());
    find(root, "#check-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.schedule(0);
    });
  }

  /** Settings or the checker's channels changed: refill the account choices, check again. */
  update(/** @type {Settings} */ settings, /** @type {{platform: string, handle: string}[]} */ policyChannels) {
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

  /** The contract's context fields the person chose here: the same the panel sends from a page. */
  context() {
    const [account, channel] = this.account.value.split(/:(.*)/s);
    const kind = this.mediaKind.value;
    const media = kind ? [{ kind, name: this.mediaName.value.trim() }] : [];
    return {
      platform: this.platform.value, account, channel: channel || "", surface: this.surface.value, media, consent_confirmed: this.consent.checked,
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
    const answer = await checkDraft(text, this.context(), this.settings);
    if (seq !== this.seq) return; // the draft changed meanwhile
    if ("error" in answer) {
      this.clearFindings(`The draft could not be checked: ${answer.error}`);
      return;
    }
    const { findings, hidden, truncated, more } = answer;
    this.checked = text;
    this.list.dataset.rules = [...new Set(findings.map((f) => f.rule))].join(" ");
    this.list.replaceChildren(...renderFindings(findings, { openClause: this.showClause, applyFix: (f) => f.fix && this.apply(f.fix) }));
    this.status.textContent =
      (findings.length ? `Found ${countBySeverity(findings)}.` : "No policy issues found.") +
      (hidden ? ` ${hidden} more from rules you turned off.` : "") +
      (moreNotice(more) ? ` ${moreNotice(more)}` : "") +
      (truncated ? ` ${truncationNotice(truncated)}` : "");
  }

  /** No findings shown, and `status` in their place. */
  clearFindings(/** @type {string} */ status) {
    this.checked = null;
    this.list.replaceChildren();
    this.list.dataset.rules = "";
    this.status.textContent = status;
  }

  /** Replace the fix's code-point range of the checked draft with its text, then check again. */
  apply(/** @type {Fix} */ fix) {
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
