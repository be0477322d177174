// Watches a page of one site: finds its composers as they come and go (one draft session each,
// draft-session.js), keeps the page rules' banners in step, tells the toolbar whether it is
// checking here, and holds back the site's Post button while "post anyway?" is asked.
// A site adapter (content/sites/*.js, adapter.js) says how to find and read composers.

import { loadSettings, officialChannels, onSettingsChanged, saveSetting } from "../../shared/settings.js";
import { siteAt } from "../../shared/sites.js";
import { bannersHiddenBy, focusBanner, syncBanners } from "./banners.js";
import { connect, onFocusPanel, onPackChanged, reportSite } from "./checker-client.js";
import { DraftSession } from "./draft-session.js";
import { watchAttachments } from "./media.js";
import { keepAwake } from "./keep-awake.js";
import { SendGuard } from "./send-guard.js";
import { TextBoxWatch } from "./text-box-watch.js";

/** @typedef {import("./adapter.js").SiteAdapter} SiteAdapter */
/** @typedef {import("../../shared/protocol.js").Hello} Hello */

const NOT_FOUND_AFTER_MS = 4000;
/** How long a panel or banner may stay hidden (a page's own brief overlay, a layout mid-change) before the toolbar says so. */
const BLOCKED_AFTER_MS = 1000;
/** How long the first check waits for the organisation's settings before going on with the person's own. */
const MANAGED_WAIT_MS = 300;

class PageWatch {
  /** @param {SiteAdapter} adapter */
  constructor(adapter) {
    this.adapter = adapter;
    this.site = siteAt(location.href);
    /** @type {Map<HTMLElement, DraftSession>} editor -> its session */
    this.sessions = new Map();
    /** @type {import("../../shared/settings.js").Settings} */
    this.settings = /** @type {any} */ (null);
    this.managed = new Set();
    /** @type {Hello | null} */
    this.hello = null;
    /** @type {string | null} */
    this.siteState = null;
    this.started = Date.now();
    /** Since when a panel or banner has been hidden from the person (0: it is not). */
    this.hiddenSince = 0;
    /** @type {Promise<unknown>} */
    this.settingsLoaded = Promise.resolve();
    /** @type {SendGuard | null} */
    this.guard = null;
    /** @type {TextBoxWatch | null} */
    this.textBoxes = null;
    /** @type {MutationObserver | null} */
    this.observer = null;
    /** @type {WeakSet<ShadowRoot>} */
    this.watchedRoots = new WeakSet();
    /** @type {(root: ShadowRoot) => void} watches a shadow root for files chosen in it (media.js) */
    this.watchFilesIn = () => {};
    /** @type {DraftSession | null} the composer the person was in last (for the shortcut) */
    this.lastSession = null;
  }

  /** The checker's greeting, once it and the settings are in. */
  async ready() {
    const [hello] = await Promise.all([connect(), this.settingsLoaded]);
    if (!("error" in hello)) this.hello = hello;
    return hello;
  }

  get channels() {
    return officialChannels(this.settings, this.hello?.channels ?? []);
  }

  /** "Switch to …": the account assumed on this site when the page cannot tell. */
  switchAccount() {
    const next = this.settings.default_account[this.site] === "official" ? "personal" : "official";
    saveSetting("default_account", { ...this.settings.default_account, [this.site]: next }, this.managed).catch(() => {
      // Set by the organisation: nothing to switch.
    });
  }

  async loadSettings(/** @type {{managedWithinMs?: number}} */ options = {}) {
    const loaded = await loadSettings(options);
    this.settings = loaded.settings;
    this.managed = loaded.managed;
    return loaded;
  }

  paused() {
    return !!this.settings?.paused_sites.includes(this.site);
  }

  scan() {
    // editor -> composer: the adapter's, then any box the person typed in that it does not know. A
    // composer's `surface` (maybe a getter) is read again on each scan: a post may become a reply.
    const known = this.paused() ? [] : this.adapter.composers(document);
    const generic = this.paused() || !this.textBoxes ? [] : this.textBoxes.composers(known);
    const found = new Map([...known, ...generic].map((c) => [c.editor, c]));
    for (const [editor, session] of this.sessions) {
      if (!found.has(editor) || !editor.isConnected) {
        session.destroy();
        this.sessions.delete(editor);
      } else {
        session.panel.attach(); // a page script or re-render may have removed it
        session.setSurface(found.get(editor).surface); // a post turned into a reply or a quote
      }
    }
    for (const [editor, composer] of found) {
      if (this.sessions.has(editor)) continue;
      this.sessions.set(editor, new DraftSession(this, composer));
      const root = editor.getRootNode();
      if (root instanceof ShadowRoot) this.watchRoot(root);
    }
    this.syncBanners();
    this.report();
  }

  /** A shadow root a composer lives in (X Chat): its changes, its forms' submits and its file inputs' changes stay inside it. */
  watchRoot(/** @type {ShadowRoot} */ root) {
    if (this.watchedRoots.has(root)) return; // start() sets up the guard, the file watch and the observer before any scan
    this.watchedRoots.add(root);
    this.guard?.watch(root);
    this.watchFilesIn(root);
    this.observer?.observe(root, { childList: true, subtree: true });
  }

  syncBanners() {
    const words = this.hello?.page_rules;
    if (!words) return;
    const paused = this.paused();
    const off = this.settings?.disabled_rules ?? [];
    syncBanners(
      this.adapter.pageRules
        .filter((r) => words[r.rule])
        .map((r) => ({ ...words[r.rule], rule: r.rule, applies: () => !paused && !off.includes(r.rule) && r.applies() })),
    );
  }

  /** Why the person cannot see a panel or banner now ("" when they can see them all). */
  hiddenBy() {
    for (const session of this.sessions.values()) {
      const reason = session.panel.hiddenBy();
      if (reason) return reason;
    }
    return bannersHiddenBy();
  }

  report() {
    let state = "checking";
    let reason = "";
    const sessions = [...this.sessions.values()];
    const hidden = this.hiddenBy();
    if (!hidden) this.hiddenSince = 0;
    else this.hiddenSince ||= Date.now();
    if (this.paused()) state = "paused";
    else if (!sessions.some((s) => !s.generic) && this.adapter.expectsComposer() && Date.now() - this.started > NOT_FOUND_AFTER_MS) {
      state = "not-found";
      reason = "Policy Guard is not checking here: it cannot find this page's post box (the site may have changed).";
    } else if (hidden && Date.now() - this.hiddenSince >= BLOCKED_AFTER_MS) {
      state = "blocked";
      reason = `Policy Guard is blocked on this page: its warnings are ${hidden}, so you may not see them.`;
    }
    if (state !== "paused" && state !== "blocked" && sessions.some((s) => s.generic)) {
      state = "unrecognised";
      reason = "Policy Guard does not recognise this text box: it checks it as a post from your default account.";
    }
    if (state !== this.siteState) {
      this.siteState = state;
      reportSite(this.site, state, reason);
    }
  }

  /** The shortcut: focus the panel of the composer the person is in (or was in last), else a banner. */
  focusPanel() {
    const sessions = [...this.sessions.values()];
    const active = document.activeElement;
    const session =
      sessions.find((s) => s.editor === active || s.editor.contains(active)) ??
      sessions.find((s) => s === this.lastSession) ??
      sessions[0];
    if (session) session.panel.takeFocus();
    else focusBanner();
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
    this.settingsLoaded = this.loadSettings({ managedWithinMs: MANAGED_WAIT_MS }).then((loaded) => {
      if (!loaded.complete) loaded.managedLater.then(() => reload());
    });
    onSettingsChanged(() => reload());
    onPackChanged(() => reload({ newPack: true }));
    this.watchFilesIn = watchAttachments(
      (node) => this.adapter.container(node),
      (container) => {
        for (const session of this.sessions.values()) if (session.container === container) session.schedule();
      },
    );
    this.guard = new SendGuard(() => this.sessions.values()); // every send: click, Enter, Ctrl/Cmd+Enter, submit
    // Any box the person types in, recognised or not (a box the adapter watched when it was typed in stays the adapter's).
    this.textBoxes = new TextBoxWatch((box) => this.sessions.has(box) && !this.sessions.get(box)?.generic, () => this.scan());
    onFocusPanel(() => this.focusPanel());
    document.addEventListener(
      "focusin",
      (event) => {
        for (const session of this.sessions.values()) if (session.editor.contains(/** @type {Node} */ (event.target))) this.lastSession = session;
      },
      true,
    );
    // Composers appear with dialogs and client-side navigation; look again after DOM changes,
    // at most once a frame, and now and then (removed previews, a late "not found").
    let pending = false;
    const rescan = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.scan();
        for (const session of this.sessions.values()) {
          if (session.findings.length || session.consent || session.actingMoved()) session.schedule();
        }
      });
    };
    this.observer = new MutationObserver(rescan);
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    setInterval(rescan, 1000);
    this.ready().then(() => this.scan()); // start the checker now, not on the first keystroke
    this.scan();
    keepAwake(() => [...this.sessions.values()].some((s) => s.editor.contains(document.activeElement) || s.lastText.trim() !== ""));
  }
}

/** Watch this page with a site's adapter: the one entry point of each content/sites/*.js. */
export function watchPage(/** @type {SiteAdapter} */ adapter) {
  new PageWatch(adapter).start();
}
