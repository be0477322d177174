// Finds a site's composers as they come and go, and checks each one's draft as the person types.
// A site adapter (content/sites/*.js) says how to find composers and read them and who is posting;
// this file does the rest: one panel per composer, a short debounce, one check in flight at a time
// (a fast typist's edits coalesce rather than queue), no re-check of unchanged text, highlights,
// fixes, consent, the "post anyway?" question, page banners and cleanup when a composer goes.

import { loadSettings, officialChannels, onSettingsChanged, saveSetting, settingsContext } from "../../shared/settings.js";
import { accountFor } from "./accounts.js";
import { syncBanners } from "./banner.js";
import { checkDraft, connect, onPackChanged, reportSite, openClause } from "./checker-client.js";
import { applyFix } from "./fixes.js";
import { clearHighlights, setHighlights } from "./highlights.js";
import { forgetMedia, hasPreviews, mediaIn, watchAttachments } from "./media.js";
import { Panel } from "./panel.js";
import { rangeFor, readBlocks } from "./text-map.js";

const DEBOUNCE_MS = 25;
const NOT_FOUND_AFTER_MS = 4000;
// Consent belongs to the draft, which outlives its editor element (sites re-render editors, and
// Instagram's caption step comes and goes): keep it by the draft's container.
const consentByContainer = new WeakMap();

class Session {
  constructor(watch, editor, surface) {
    this.watch = watch;
    this.adapter = watch.adapter;
    this.editor = editor;
    this.surface = surface;
    this.findings = [];
    this.truncated = 0;
    this.lastText = "";
    this.checkedText = null;
    this.lastKey = null;
    this.inFlight = false;
    this.dirty = false;
    this.confirming = false;
    this.allowPost = false;
    this.timer = 0;
    this.panel = new Panel(this.adapter.anchor(editor), {
      fix: (finding) => this.fix(finding),
      confirmConsent: () => { this.consent = true; this.schedule(); },
      switchAccount: () => this.watch.switchAccount(),
      openClause,
      postAnyway: () => this.postAnyway(),
      keepEditing: () => { this.confirming = false; this.render(); this.editor.focus(); },
    });
    this.schedule = this.schedule.bind(this);
    // Editors rewrite their DOM on every keystroke (Draft.js handles input itself, so no `input`
    // event fires); a MutationObserver sees every change. Textareas change only their value.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    editor.addEventListener("input", this.schedule);
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

  context() {
    const { site } = this.adapter;
    const { settings, channels } = this.watch;
    const handle = this.adapter.acting(this.editor);
    const who = handle ? accountFor(handle, site, channels) : { account: settings.default_account[site], channel: "" };
    return {
      platform: site,
      surface: this.surface,
      ...who,
      media: mediaIn(this.container),
      consent_confirmed: this.consent,
      ...settingsContext(settings, site),
      assumed: !handle, // not sent to the checker
    };
  }

  /** The draft was posted, discarded or wiped: its consent and (once their previews go) media with it. */
  draftGone() {
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
      if (hello.error) {
        this.lastKey = null;
        this.panel.setStatus("error", hello.error);
        return;
      }
      const text = this.text();
      if (this.lastText.trim() && !text.trim()) this.draftGone();
      this.lastText = text;
      const { assumed, ...context } = this.context();
      this.panel.setWho(context, assumed);
      const rules = this.watch.enabledRules();
      const key = JSON.stringify([text, context, rules]);
      if (key === this.lastKey) return;
      const answer = await checkDraft(text, context, rules);
      if (answer.error) {
        this.lastKey = null;
        this.panel.setStatus("error", answer.error);
        return;
      }
      this.lastKey = key;
      this.findings = answer.findings;
      this.checkedText = text;
      this.truncated = answer.truncated;
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
    const notice = this.truncated
      ? `This draft is very long (${this.truncated.toLocaleString()} characters): only the first 100,000 were checked.`
      : "";
    const turnedOff = this.watch.settings.disabled_rules;
    this.panel.setFindings(this.findings, { notice, turnedOff, confirming: this.confirming });
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

  async fix(finding) {
    const text = this.text();
    if (text !== this.checkedText) return; // the draft changed since: wait for its own findings
    await applyFix(this.editor, this.adapter.blockSelector, text, finding.fix);
  }

  /** Whether the site's Post button may send now (asks first, in "confirm" mode, when errors remain). */
  mayPost() {
    if (this.allowPost || this.watch.settings?.error_mode !== "confirm") return true;
    if (!this.findings.some((f) => f.severity === "error")) return true;
    this.confirming = true;
    this.render();
    return false;
  }

  postAnyway() {
    this.confirming = false;
    this.render();
    this.allowPost = true;
    try {
      this.adapter.postButton(this.editor)?.click();
    } finally {
      this.allowPost = false;
    }
  }

  destroy() {
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener("input", this.schedule);
    clearHighlights(this);
    this.panel.destroy();
  }
}

class Watch {
  constructor(adapter) {
    this.adapter = adapter;
    this.sessions = new Map(); // editor element -> Session
    this.settings = null;
    this.hello = null;
    this.siteState = null;
    this.started = Date.now();
  }

  /** The checker's greeting, once it and the settings are in. */
  async ready() {
    const [hello] = await Promise.all([connect(), this.settingsLoaded]);
    if (!hello.error) this.hello = hello;
    return hello;
  }

  get channels() {
    return officialChannels(this.settings, this.hello?.channels ?? []);
  }

  enabledRules() {
    const off = this.settings.disabled_rules;
    return off.length && this.hello ? this.hello.rules.map((r) => r.rule).filter((r) => !off.includes(r)) : undefined;
  }

  async switchAccount() {
    const { site } = this.adapter;
    const next = this.settings.default_account[site] === "official" ? "personal" : "official";
    try {
      await saveSetting("default_account", { ...this.settings.default_account, [site]: next });
    } catch {
      // Set by the organisation: nothing to switch.
    }
  }

  async loadSettings(options) {
    const loaded = await loadSettings(options);
    this.settings = loaded.settings;
    return loaded;
  }

  paused() {
    return !!this.settings?.paused_sites.includes(this.adapter.site);
  }

  scan() {
    // editor -> composer; its `surface` is read only for a new session (an adapter may compute it lazily).
    const found = this.paused() ? new Map() : new Map(this.adapter.composers(document).map((c) => [c.editor, c]));
    for (const [editor, session] of this.sessions) {
      if (!found.has(editor) || !editor.isConnected) {
        session.destroy();
        this.sessions.delete(editor);
      } else {
        session.panel.attach(); // a page script or re-render may have removed it
      }
    }
    for (const [editor, composer] of found) {
      if (!this.sessions.has(editor)) this.sessions.set(editor, new Session(this, editor, composer.surface));
    }
    this.syncBanners();
    this.report();
  }

  syncBanners() {
    const words = this.hello?.page_rules;
    if (!words) return;
    const paused = this.paused();
    const off = this.settings?.disabled_rules ?? [];
    syncBanners(
      this.adapter.pageRules.map((r) => ({
        rule: r.rule,
        ...words[r.rule],
        applies: () => !paused && !off.includes(r.rule) && r.applies(),
      })),
    );
  }

  report() {
    let state = "checking";
    let reason = "";
    if (this.paused()) state = "paused";
    else if (!this.sessions.size && this.adapter.expectsComposer() && Date.now() - this.started > NOT_FOUND_AFTER_MS) {
      state = "not-found";
      reason = "Policy Guard is not checking here: it cannot find this page's post box (the site may have changed).";
    }
    if (state !== this.siteState) {
      this.siteState = state;
      reportSite(this.adapter.site, state, reason);
    }
  }

  /** The site's Post button was clicked: let it through unless a composer must ask first. */
  onPostClick(event) {
    for (const session of this.sessions.values()) {
      const post = this.adapter.postButton(session.editor);
      if (post && post.contains(event.target) && !session.mayPost()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }
  }

  start() {
    // The organisation's settings can take seconds to arrive after the browser starts: check with
    // the person's own meanwhile, and again with the organisation's as soon as they are in. A draft
    // is checked again only if what the settings give its check changed (a session's `lastKey`),
    // or if the checker now has another policy pack, whose rules may judge the same words otherwise.
    const reload = async ({ newPack = false } = {}) => {
      await this.loadSettings();
      await this.ready(); // a new policy pack brings its own rules and channels
      if (newPack) for (const session of this.sessions.values()) session.lastKey = null;
      this.scan();
      for (const session of this.sessions.values()) session.schedule();
    };
    this.settingsLoaded = this.loadSettings({ managedWithinMs: 300 }).then((loaded) => {
      if (!loaded.complete) loaded.managedLater.then(() => reload());
    });
    onSettingsChanged(() => reload());
    onPackChanged(() => reload({ newPack: true }));
    watchAttachments(
      (node) => this.adapter.container(node),
      (container) => {
        for (const session of this.sessions.values()) if (session.container === container) session.schedule();
      },
    );
    document.addEventListener("click", (event) => this.onPostClick(event), true);
    // Composers appear with dialogs and client-side navigation; look again after DOM changes,
    // at most once a frame, and now and then (removed previews, a late "not found").
    let pending = false;
    const rescan = () => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          this.scan();
          for (const session of this.sessions.values()) if (session.findings.length || session.consent) session.schedule();
        });
      }
    };
    new MutationObserver(rescan).observe(document.documentElement, { childList: true, subtree: true });
    setInterval(rescan, 1000);
    this.ready().then(() => this.scan()); // start the checker now, not on the first keystroke
    this.scan();
  }
}

/**
 * Watch a site. `adapter`: {site, composers(document) -> [{editor, surface}] (`surface` may be a getter:
 * it is read only when a composer is new), blockSelector,
 * acting(editor) -> handle or "", container(node) -> element, anchor(editor) -> element,
 * postButton(editor) -> element or null, expectsComposer() -> bool, pageRules: [{rule, applies()}]}.
 */
export function watchComposers(adapter) {
  new Watch(adapter).start();
}
