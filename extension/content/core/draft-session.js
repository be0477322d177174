// One composer's draft, from the moment the page watch finds its editor to the moment it goes:
// read as the person types (a short debounce; one check in flight at a time, so a fast typist's
// edits coalesce rather than queue; no re-check of unchanged text), checked through the one check
// path, shown in its panel and underlined in place; fixes, consent and "post anyway?".

import { checkDraft, moreNotice, truncationNotice } from "../../shared/check.js";
import { utf16Offset } from "../../shared/offsets.js";
import { settingsContext } from "../../shared/settings.js";
import { accountChange, accountFor, describeWho, disagreesWithSettings } from "./accounts.js";
import { forgetDrafts, openClause } from "./checker-client.js";
import { applyFix } from "./fixes.js";
import { clearHighlights, setHighlights } from "./highlights.js";
import { forgetMedia, hasPreviews, mediaIn } from "./media.js";
import { Panel, panelHome } from "./panel.js";
import { mergeAnswers, placeName } from "./placements.js";
import { offsetAt, rangeAt, rangeFor, readBlocks } from "./text-map.js";
import { sayWhenStarting } from "./keep-awake.js";

/** @typedef {import("../../shared/protocol.js").Finding} Finding */
/** @typedef {import("./adapter.js").SiteAdapter} SiteAdapter */
/**
 * What a session needs from the page watch: the site, the settings, the checker's greeting.
 * @typedef {{site: string, adapter: SiteAdapter, settings: import("../../shared/settings.js").Settings,
 *   managed: Set<string>, channels: {platform: string, handle: string}[],
 *   ready(): Promise<import("../../shared/protocol.js").Hello | {error: string}>,
 *   switchAccount(): void}} SessionHost
 */

const DEBOUNCE_MS = 25;
// Consent belongs to the draft, which outlives its editor element (sites re-render editors, and
// Instagram's caption step comes and goes): keep it by the draft's container.
const consentByContainer = new WeakMap();

export class DraftSession {
  /**
   * @param {SessionHost} watch
   * @param {import("./adapter.js").Composer} composer
   */
  constructor(watch, composer) {
    const { editor } = composer;
    this.watch = watch;
    this.adapter = composer.adapter ?? watch.adapter;
    /** A box the site's adapter did not recognise, checked without site knowledge. */
    this.generic = !!composer.generic;
    this.editor = editor;
    this.surface = composer.surface;
    /** Whether a plain Enter sends this draft (comment and message boxes): the send guard holds it too. */
    this.enterSends = !!composer.enterSends;
    /** @type {Finding[]} */
    this.findings = [];
    this.truncated = 0;
    /** @type {Record<string, number>} how many more findings of a rule the checker found than it sent */
    this.more = {};
    this.lastText = "";
    /** @type {string | null} */
    this.checkedText = null;
    /** @type {string | null} */
    this.lastKey = null;
    this.inFlight = false;
    this.dirty = false;
    this.confirming = false;
    /** @type {string | null} the draft the person chose to post anyway (until it changes) */
    this.postAnywayText = null;
    /** @type {Map<string, {account: string, channel: string}>} who was posting when this draft began, by platform */
    this.whoAtStart = new Map();
    this.whoChanged = ""; // said in the panel (and aloud) until the draft goes
    this.whoNotice = ""; // the page's account disagrees with the settings
    this.actingSeen = "";
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.timer = undefined;
    /** @type {{start: number, end: number} | null} where the caret was in the editor's text, for the way back from the panel */
    this.caret = null;
    const anchor = this.adapter.anchor(editor);
    this.panel = new Panel(anchor, () => panelHome(editor, this.adapter.postButton(editor), anchor), {
      fix: (finding) => this.fix(finding),
      confirmConsent: () => {
        this.consent = true;
        this.schedule();
      },
      switchAccount: () => this.watch.switchAccount(),
      openClause,
      postAnyway: () => this.postAnyway(),
      keepEditing: () => {
        this.confirming = false;
        this.render();
        this.returnToComposer();
      },
      escape: () => this.returnToComposer(),
    });
    this.saveCaret = this.saveCaret.bind(this);
    this.onFocus = () => this.panel.composerFocused();
    document.addEventListener("selectionchange", this.saveCaret);
    editor.addEventListener("focusout", this.saveCaret); // the selection as it was when the focus left
    editor.addEventListener("focus", this.onFocus);
    this.schedule = this.schedule.bind(this);
    // Editors rewrite their DOM on every keystroke (Draft.js handles input itself, so no `input`
    // event fires); a MutationObserver sees every change. Textareas change only their value.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    editor.addEventListener("input", this.schedule);
    this.schedule();
  }

  /** The page now shows this draft as another surface (a post became a reply): check it as that. */
  setSurface(/** @type {string} */ surface) {
    if (surface === this.surface) return;
    this.surface = surface;
    this.schedule();
  }

  get container() {
    return this.adapter.container(this.editor);
  }

  get consent() {
    return consentByContainer.get(this.container) ?? false;
  }

  set consent(value) {
    consentByContainer.set(this.container, value);
  }

  text() {
    return readBlocks(this.editor, this.adapter.blockSelector);
  }

  /** Where the draft goes now, each with who posts there ("" where the page does not say). */
  placements() {
    const { editor } = this;
    const placed = this.adapter.placements?.(editor) ?? [];
    return placed.length ? placed : [{ platform: this.watch.site, acting: this.adapter.acting(editor) }];
  }

  /**
   * The contract's context for each placement of this draft (one, but for an app that posts to several
   * at once), and whether its account is assumed (the page did not say).
   */
  contexts() {
    const { settings, channels } = this.watch;
    const placed = this.placements();
    this.actingSeen = JSON.stringify(placed);
    const media = mediaIn(this.container);
    return placed.map(({ platform, acting }) => {
      const who = acting ? accountFor(acting, platform, channels) : { account: settings.default_account[platform], channel: "" };
      return { context: { platform, surface: this.surface, ...who, media, consent_confirmed: this.consent }, assumed: !acting };
    });
  }

  /** Whether the page now shows another account (or placement) posting than this draft was last checked as. */
  actingMoved() {
    return JSON.stringify(this.placements()) !== this.actingSeen;
  }

  /**
   * Follow who is posting through the draft, on each platform it goes to: a change is said; a new
   * draft starts with whoever posts now. A placement switched on or off is not a change of who posts,
   * and where the draft goes to two accounts of one platform, neither is "the" account there.
   * @param {string} text
   * @param {{platform: string, account: string, channel: string}[]} contexts
   */
  noteWho(text, contexts) {
    if (!text.trim()) {
      this.whoAtStart.clear();
      this.whoChanged = "";
      return;
    }
    const platforms = contexts.map((c) => c.platform);
    for (const { platform, account, channel } of contexts) {
      if (platforms.indexOf(platform) !== platforms.lastIndexOf(platform)) continue;
      const now = { account, channel };
      if (!this.whoAtStart.has(platform)) this.whoAtStart.set(platform, now);
      const change = accountChange(this.whoAtStart.get(platform) ?? null, now);
      if (change) this.whoChanged = change;
    }
  }

  /**
   * Check the draft as the page says it is posted; where the page shows a personal account but the
   * person's settings say they post here as an official channel, the official channel's rules too.
   * Returns the answer and what to tell the person about that ("" when nothing).
   * @param {string} text
   * @param {{platform: string, account: string, channel: string} & Record<string, unknown>} context
   * @param {boolean} assumed
   */
  async checkAs(text, context, assumed) {
    const { settings } = this.watch;
    const settingsAccount = settings.default_account[context.platform];
    const answer = await checkDraft(text, context, settings);
    if ("error" in answer || !disagreesWithSettings(context, assumed, settingsAccount)) return { answer, notice: "" };
    const official = await checkDraft(text, { ...context, account: "official" }, settings);
    if ("error" in official) return { answer: official, notice: "" };
    const key = (/** @type {Finding} */ f) => `${f.rule}:${f.start}:${f.end}`;
    const seen = new Set(answer.findings.map(key));
    const more = official.findings.filter((f) => !seen.has(key(f)));
    const notice =
      `This page says you are posting as ${describeWho(context)}, but your settings say you post here as an official channel:` +
      " the official channels' rules are checked too.";
    return { answer: { ...answer, findings: [...answer.findings, ...more] }, notice };
  }

  /**
   * Check the draft for every placement it goes to, as one answer (placements.js); the notices said once.
   * @param {string} text
   * @param {{context: {platform: string, account: string, channel: string} & Record<string, unknown>, assumed: boolean}[]} placed
   */
  async checkEverywhere(text, placed) {
    const checked = [];
    const notices = new Set();
    for (const { context, assumed } of placed) {
      const { answer, notice } = await this.checkAs(text, context, assumed);
      if ("error" in answer) return answer;
      if (notice) notices.add(notice);
      checked.push({ place: placeName(context), answer });
    }
    this.whoNotice = [...notices].join(" ");
    return checked.length === 1 ? checked[0].answer : mergeAnswers(checked);
  }

  /** The draft was posted, discarded or wiped: its consent and (once their previews go) media with it, and
   * every word of it the checker keeps (its caches). */
  draftGone() {
    forgetDrafts();
    this.consent = false;
    const { container } = this;
    if (!hasPreviews(container)) forgetMedia(container);
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  async run() {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.inFlight = true;
    try {
      const hello = await this.watch.ready();
      if ("error" in hello) {
        this.lastKey = null;
        this.panel.setStatus("error", hello.error);
        return;
      }
      const text = this.text();
      if (this.lastText.trim() && !text.trim()) this.draftGone();
      this.lastText = text;
      const placed = this.contexts();
      const contexts = placed.map((p) => p.context);
      this.noteWho(text, contexts);
      this.panel.setWho(placed[0].context, placed[0].assumed, placed.length > 1 ? contexts : []);
      const { settings } = this.watch;
      const perPlatform = contexts.map((c) => settingsContext(settings, c.platform));
      const key = JSON.stringify([text, contexts, perPlatform, settings.disabled_rules, settings.default_account]);
      if (key === this.lastKey) return this.panel.send(); // who may have changed, what is found has not
      const answer = await sayWhenStarting(this.checkEverywhere(text, placed), () => this.panel.setStatus("loading"));
      if ("error" in answer) {
        this.lastKey = null;
        this.panel.setStatus("error", answer.error);
        return;
      }
      this.lastKey = key;
      this.findings = answer.findings;
      this.checkedText = text;
      this.truncated = answer.truncated;
      this.more = answer.more;
      this.render();
    } finally {
      this.inFlight = false;
      if (this.dirty) {
        this.dirty = false;
        this.run();
      }
    }
  }

  render() {
    this.panel.setFindings(this.findings, {
      notice: [this.whoNotice, moreNotice(this.more), this.truncated ? truncationNotice(this.truncated) : ""].filter(Boolean).join(" "),
      alert: this.whoChanged,
      turnedOff: this.watch.settings.disabled_rules,
      confirming: this.confirming,
      offerConsent: true,
    });
    this.highlight();
  }

  highlight() {
    const text = this.text();
    if (text !== this.checkedText) return; // the next check redraws
    const marks = [];
    const length = [...text].length;
    for (const finding of this.findings) {
      if (finding.end <= finding.start || (finding.start === 0 && finding.end >= length)) continue;
      const range = rangeFor(this.editor, this.adapter.blockSelector, text, finding.start, finding.end);
      if (range) marks.push({ severity: finding.severity, range });
    }
    setHighlights(this, marks);
  }

  async fix(/** @type {Finding} */ finding) {
    const text = this.text();
    if (text !== this.checkedText || !finding.fix) return; // the draft changed since: wait for its own findings
    const { fix } = finding;
    const after = utf16Offset(text, fix.replace_start) + fix.text.length; // the caret, after what was put in
    this.panel.handFocusBack(this.editor, () => this.returnToComposer());
    await applyFix(this.editor, this.adapter.blockSelector, text, fix);
    this.caret = { start: after, end: after };
    if (this.panel.focusStrayed()) this.returnToComposer();
  }

  /** Remember where the caret is while the editor has the focus, and as the focus leaves it (a textarea keeps its own). */
  saveCaret(/** @type {Event} */ event) {
    const { editor } = this;
    const selection = window.getSelection();
    const focused = event.type === "focusout" || editor.contains(document.activeElement);
    if (!selection?.rangeCount || editor instanceof HTMLTextAreaElement || !focused) return;
    const range = selection.getRangeAt(0);
    const start = offsetAt(editor, this.adapter.blockSelector, range.startContainer, range.startOffset);
    const end = offsetAt(editor, this.adapter.blockSelector, range.endContainer, range.endOffset);
    if (start !== null && end !== null) this.caret = { start, end };
  }

  /** Back to the composer from the panel, with the caret or selection exactly where it was (else at the end). */
  returnToComposer() {
    const { editor, caret } = this;
    if (!editor.isConnected) {
      this.adapter.postButton(editor)?.focus();
      return;
    }
    this.panel.handFocusBack(editor, () => this.returnToComposer());
    editor.focus({ preventScroll: true });
    if (editor instanceof HTMLTextAreaElement) return; // it kept its selection
    const selection = window.getSelection();
    if (!selection) return;
    const length = this.text().length;
    const range = caret && caret.end <= length ? rangeAt(editor, this.adapter.blockSelector, caret.start, caret.end) : document.createRange();
    if (!caret || caret.end > length) {
      range.selectNodeContents(editor);
      range.collapse(false);
    }
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** The site's own control that sends this draft now (send-guard.js), or null. */
  sendButton() {
    return this.adapter.postButton(this.editor);
  }

  /**
   * Whether the draft may be sent now, however it is sent (send-guard.js). In "confirm" mode a draft
   * with errors is held back and the panel asks "post anyway?", unless the person already said so
   * for this very text.
   */
  mayPost() {
    if (this.watch.settings?.error_mode !== "confirm") return true;
    if (this.postAnywayText !== null && this.postAnywayText === this.text()) return true;
    if (!this.findings.some((f) => f.severity === "error")) return true;
    this.confirming = true;
    this.render();
    this.panel.takeFocus(); // the alert dialog takes the keyboard's focus
    return false;
  }

  /** "Post anyway": send it with the site's own button; where there is none (Enter-to-send boxes), the next press sends. */
  postAnyway() {
    this.confirming = false;
    this.render();
    this.postAnywayText = this.text();
    this.sendButton()?.click();
    this.returnToComposer();
  }

  destroy() {
    if (this.lastText.trim()) forgetDrafts(); // its composer went with words in it
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener("input", this.schedule);
    this.editor.removeEventListener("focus", this.onFocus);
    this.editor.removeEventListener("focusout", this.saveCaret);
    document.removeEventListener("selectionchange", this.saveCaret);
    clearHighlights(this);
    this.panel.destroy();
  }
}
