// Finds a site's composers as they come and go, and checks each one's draft as the person types.
// A site adapter says how to find composers, read their text and tell who is posting; this file
// does the rest: one panel per composer, a short debounce, one check in flight at a time (a fast
// typist's edits coalesce rather than queue), no re-check of unchanged text, cleanup on removal.

import { checkDraft, connect } from "./checker-client.js";
import { Panel } from "./panel.js";

const DEBOUNCE_MS = 25;

class Session {
  constructor(adapter, composer) {
    this.adapter = adapter;
    this.composer = composer;
    this.panel = new Panel(adapter.anchor(composer));
    this.lastKey = null;
    this.inFlight = false;
    this.dirty = false;
    this.timer = 0;
    this.schedule = this.schedule.bind(this);
    // Editors rewrite their DOM on every keystroke (Draft.js handles input itself, so no `input`
    // event fires); a MutationObserver sees every change. Textareas change only their value.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(composer, { subtree: true, childList: true, characterData: true });
    composer.addEventListener("input", this.schedule);
    this.schedule();
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
      const hello = await connect();
      if (hello.error) {
        this.lastKey = null;
        this.panel.setStatus("error", hello.error);
        return;
      }
      const text = this.adapter.readText(this.composer);
      const context = this.adapter.context(this.composer, hello.channels);
      this.panel.setWho(describe(context));
      const key = JSON.stringify([text, context]);
      if (key === this.lastKey) return;
      const answer = await checkDraft(text, context);
      if (answer.error) {
        this.lastKey = null;
        this.panel.setStatus("error", answer.error);
        return;
      }
      this.lastKey = key;
      const notice = answer.truncated
        ? `This draft is very long (${answer.truncated.toLocaleString()} characters): only the first 100,000 were checked.`
        : "";
      this.panel.setFindings(answer.findings, notice);
    } finally {
      this.inFlight = false;
      if (this.dirty) {
        this.dirty = false;
        this.run();
      }
    }
  }

  destroy() {
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.composer.removeEventListener("input", this.schedule);
    this.panel.destroy();
  }
}

function describe(context) {
  const who = context.channel ? `@${context.channel}` : "this account";
  return `Checking as ${who} (${context.account === "official" ? "official channel" : "personal account"})`;
}

/**
 * Watch a site: `adapter` = {site, find(document) -> composers, readText(composer),
 * context(composer, channels) -> context fields, anchor(composer) -> element to sit beside}.
 */
export function watchComposers(adapter) {
  const sessions = new Map();
  let pending = false;

  function scan() {
    pending = false;
    const found = new Set(adapter.find(document));
    for (const [composer, session] of sessions) {
      if (!found.has(composer) || !composer.isConnected) {
        session.destroy();
        sessions.delete(composer);
      }
    }
    for (const composer of found) {
      if (!sessions.has(composer)) sessions.set(composer, new Session(adapter, composer));
    }
  }

  // Composers appear with dialogs and client-side navigation; look again after DOM changes,
  // at most once a frame.
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(scan);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  scan();
  connect(); // start the checker now, not on the first keystroke
}
