// The panel beside a composer, drawn in an extension frame (frame-host.js, panel/panel.js). The
// page contract (docs/contract.md) lives on the host element: `data-rules` (rule ids found now)
// and `data-status` (loading | ready | error), set here the moment they change, never after a
// round trip to the frame. The panel sits next to the editor, never inside it.

import { CONSENT_RULE } from "../../shared/render.js";
import { FrameHost } from "./frame-host.js";
import { siteName } from "../../shared/sites.js";

/** @typedef {import("../../shared/protocol.js").Finding} Finding */
/** @typedef {import("../../shared/protocol.js").FrameAction} FrameAction */
/**
 * What the panel frame draws (panel/panel.js).
 * @typedef {{status: string, reason: string, rules: string,
 *   who: {channel: string, account: string, assumed: boolean, places?: {site: string, channel: string, account: string}[]} | null,
 *   findings: Finding[], notice: string, alert: string, turnedOff: string[], confirming: boolean, offerConsent: boolean,
 *   collapsed?: boolean, focusSeq?: number, focusAt?: number}} PanelView
 * @typedef {{fix(finding: Finding): void, confirmConsent(): void, switchAccount(): void, openClause(clause: string): void,
 *   postAnyway(): void, keepEditing(): void, escape(): void}} PanelActions
 */

const WIDTH = 306;
/** Collapsed to its "2 issues" button where there is no room beside the composer (a narrow window, 400% zoom). */
const COLLAPSED_WIDTH = 190;
const COLLAPSED_HEIGHT = 34;
/** A window narrower than this (CSS px) is narrow: a phone, or 400% zoom (320 px). */
const NARROW = 640;
const GAP = 12;
const STARTING = "Starting the policy checker…";
/** How long after the panel sends the person back to the composer a stray focus into its frame is undone (ms). */
const HAND_BACK_MS = 1000;

/** What the panel shows until its frame has drawn: its name and "Starting…", nothing else. */
function startingCard() {
  const card = document.createElement("div");
  const dark = matchMedia("(prefers-color-scheme: dark)").matches; // as the frame will be (panel/frame.css)
  Object.assign(card.style, {
    boxSizing: "border-box", width: `${WIDTH}px`, padding: "10px 12px", background: dark ? "#15202b" : "#fff", color: dark ? "#e7e9ea" : "#0f1419",
    border: `1px solid ${dark ? "#536471" : "#cfd9de"}`, borderRadius: "12px", font: '13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });
  const name = document.createElement("div");
  name.style.fontWeight = "600";
  name.textContent = "Policy Guard";
  const status = document.createElement("div");
  status.style.color = dark ? "#a9b4bd" : "#536471";
  status.textContent = STARTING;
  card.append(name, status);
  return card;
}

/**
 * Where the panel's element goes in the page, so that it is the next stop in the Tab order after the
 * composer's own controls: at the end of the smallest element holding both the editor and its Post
 * button, else just after what the panel stands beside. Never inside the editor.
 * @param {HTMLElement} editor
 * @param {Element | null} post the site's Post button for it
 * @param {Element} anchor
 * @returns {Element}
 */
export function panelHome(editor, post, anchor) {
  let box = post?.parentElement ?? null;
  while (box && !box.contains(editor)) box = box.parentElement;
  if (box && box !== editor && !editor.contains(box) && !(box instanceof HTMLElement && box.isContentEditable)) return box;
  const beside = anchor.contains(editor) ? anchor : editor;
  return beside.parentElement ?? document.documentElement;
}

export class Panel {
  /**
   * @param {Element} anchor what the panel stands beside (the composer, or its dialog)
   * @param {() => Element} home where its element goes in the page (panelHome)
   * @param {PanelActions} actions
   */
  constructor(anchor, home, actions) {
    this.anchor = anchor;
    this.home = home;
    this.expanded = false; // opened by the person from its collapsed button
    this.actions = actions;
    /** @type {PanelView} */
    this.view = {
      status: "loading", reason: "", rules: "", who: null, findings: [], notice: "", alert: "", turnedOff: [], confirming: false,
      offerConsent: false, collapsed: false, focusSeq: 0,
    };
    this.shown = "";
    this.handingBackUntil = 0;
    this.host = new FrameHost("policy-guard-panel", "panel/panel.html", {
      attributes: { "data-rules": "", "data-status": "loading" },
      width: WIDTH,
      onAction: (action) => this.act(action),
      onResize: () => this.place(),
      placeholder: startingCard(),
      popover: true,
    });
    // A popover in the top layer: drawn above the page wherever its element stands in the DOM (beside
    // the composer, for the Tab order), never clipped by the composer's boxes, not in their layout.
    // Its styles through setStyles: `!important` in the host's own root, kept by its guard.
    this.host.setStyles({
      position: "fixed", "z-index": "2147483000", inset: "0 auto auto 0", margin: "0", padding: "0", border: "0",
      background: "transparent", overflow: "visible", width: `${WIDTH}px`, height: "auto",
    });
    this.place = this.place.bind(this);
    this.resizeObserver = new ResizeObserver(this.place);
    this.resizeObserver.observe(anchor);
    window.addEventListener("scroll", this.place, { passive: true, capture: true });
    window.addEventListener("resize", this.place, { passive: true });
    this.attach();
    this.send();
  }

  /** (Re)attach the panel to the page: a page script may remove it; it comes back. */
  attach() {
    this.host.attach(this.home()); // and opens its popover, closed by the move (or a page script)
    this.place();
  }

  /** Beside the composer, in view: to its right, else its left, else below, else above it. */
  place() {
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    this.host.maxHeight = Math.round(view.height * 0.6);
    let rect = this.anchor.getBoundingClientRect();
    const beside = rect.right + GAP + WIDTH <= view.width || rect.left - GAP - WIDTH >= 0;
    this.collapse(!beside && view.width < NARROW && !this.expanded);
    if (!beside) {
      // Above or below: clear of the composer's own controls too (its box with the Post button), if that box is small.
      const box = this.home().getBoundingClientRect();
      if (box.height < view.height / 2 && box.width > 0) rect = box;
    }
    const width = this.view.collapsed ? COLLAPSED_WIDTH : WIDTH;
    const height = this.view.collapsed ? COLLAPSED_HEIGHT : this.host.element.getBoundingClientRect().height || 120;
    let left;
    let top;
    if (rect.right + GAP + width <= view.width) [left, top] = [rect.right + GAP, rect.top];
    else if (rect.left - GAP - width >= 0) [left, top] = [rect.left - GAP - width, rect.top];
    else if (rect.bottom + 8 + height <= view.height) [left, top] = [Math.max(8, rect.right - width), rect.bottom + 8];
    else if (rect.top - 8 - height >= 0) [left, top] = [Math.max(8, rect.right - width), rect.top - 8 - height];
    else [left, top] = [Math.max(8, rect.right - width), view.height - height - 8]; // no room: the window's foot
    left = Math.max(0, Math.min(left, view.width - width - 8));
    top = Math.max(8, Math.min(top, view.height - height - 8));
    this.host.setStyles({ transform: `translate(${Math.round(left)}px, ${Math.round(top)}px)` });
  }

  /** Collapsed to its button, or open; the frame is as wide as what it draws. */
  collapse(/** @type {boolean} */ collapsed) {
    if (this.view.collapsed === collapsed) return;
    this.view.collapsed = collapsed;
    this.host.setWidth(collapsed ? COLLAPSED_WIDTH : WIDTH);
    this.send();
  }

  /** The composer has the focus again: a panel the person opened on a narrow screen folds back. */
  composerFocused() {
    if (!this.expanded) return;
    this.expanded = false;
    this.place();
  }

  /**
   * The person was just sent back to `editor` from the panel (a fix, Escape): for a moment, a focus
   * that the person did not move, left in the panel's frame or on the page's <body>, is put back
   * by `refocus`. The frame took the focus with the click that asked for the fix, and the browser
   * can hear of it after the composer took the focus back (the frame's process may be busy with
   * the checker): the composer's focus() is then lost, and the person's next keys with it.
   * @param {HTMLElement} editor
   * @param {() => void} refocus
   */
  handFocusBack(editor, refocus) {
    this.handingBackUntil = performance.now() + HAND_BACK_MS;
    const signal = AbortSignal.timeout(HAND_BACK_MS);
    const check = () => setTimeout(() => this.focusStrayed() && refocus());
    editor.addEventListener("focusout", check, { signal });
    window.addEventListener("focus", check, { signal });
    // The person's own keys or clicks in the page (Tab on to the panel) take the focus where they want it.
    const personMoved = (/** @type {Event} */ event) => event.isTrusted && (this.handingBackUntil = 0);
    document.addEventListener("keydown", personMoved, { capture: true, signal });
    document.addEventListener("pointerdown", personMoved, { capture: true, signal });
  }

  /** Whether the focus went astray while the panel was handing it back (see handFocusBack). */
  focusStrayed() {
    const active = document.activeElement;
    return performance.now() < this.handingBackUntil && (!active || active === document.body || active === this.host.element);
  }

  /** Move the keyboard's focus into the panel (its header, or the open "Post anyway?"). */
  takeFocus() {
    this.handingBackUntil = 0;
    this.attach();
    this.host.focus();
    this.view.focusSeq = (this.view.focusSeq ?? 0) + 1;
    this.view.focusAt = Date.now(); // a frame that loads after it takes the focus only while the request is fresh
    this.send();
  }

  /** Send the view to the frame when what it draws has changed. */
  send() {
    const shown = JSON.stringify(this.view);
    if (shown === this.shown) return; // unchanged: a button under the person's pointer stays where it is
    this.shown = shown;
    this.host.show({ ...this.view });
  }

  /**
   * Who the checker thinks is posting; `assumed` when the page did not say (one click switches).
   * `placements`: where one draft goes to several at once, who posts on each (placements.js).
   * Not sent by itself: it is drawn with the findings checked for it, so the panel never names the
   * new account over the old account's findings (the caller sends, or the check's answer does).
   * @param {{channel: string, account: string}} context
   * @param {boolean} assumed
   * @param {{platform: string, channel: string, account: string}[]} placements
   */
  setWho(context, assumed, placements = []) {
    const places = placements.map((p) => ({ site: siteName(p.platform), channel: p.channel, account: p.account }));
    this.view.who = { channel: context.channel, account: context.account, assumed, ...(places.length ? { places } : {}) };
  }

  setStatus(/** @type {string} */ status, reason = "") {
    this.host.setAttribute("data-status", status);
    if (status !== "ready") this.setRules("");
    Object.assign(this.view, { status, reason });
    this.send();
  }

  setRules(/** @type {string} */ rules) {
    this.host.setAttribute("data-rules", rules);
    this.view.rules = rules;
  }

  /**
   * Show findings (in the checker's order: `data-rules` lists their rules in it).
   * @param {Finding[]} findings
   * @param {{notice?: string, alert?: string, turnedOff?: string[], confirming?: boolean, offerConsent?: boolean}} extra
   */
  setFindings(findings, { notice = "", alert = "", turnedOff = [], confirming = false, offerConsent = false } = {}) {
    this.setRules([...new Set(findings.map((f) => f.rule))].join(" "));
    this.host.setAttribute("data-status", "ready");
    Object.assign(this.view, { status: "ready", reason: "", findings, notice, alert, turnedOff, confirming, offerConsent });
    this.send();
  }

  /**
   * A person clicked a control in the frame: do it, if the panel offers it now (the view may have
   * changed since it was drawn: a fix is looked up among the findings shown now, by rule and place).
   */
  act(/** @type {FrameAction} */ action) {
    const { view, actions } = this;
    const { finding: key, clause = "" } = action;
    const fixed = key && view.findings.find((f) => f.rule === key.rule && f.start === key.start && f.end === key.end);
    /** @type {Record<string, () => unknown>} each control, done only if the panel shows it now */
    const controls = {
      fix: () => fixed?.fix && actions.fix(fixed),
      "open-clause": () => view.findings.some((f) => f.clauses.includes(clause)) && actions.openClause(clause),
      consent: () => view.offerConsent && view.findings.some((f) => f.rule === CONSENT_RULE) && actions.confirmConsent(),
      "switch-account": () => view.who?.assumed && actions.switchAccount(),
      "post-anyway": () => view.confirming && actions.postAnyway(),
      "keep-editing": () => view.confirming && actions.keepEditing(),
      escape: () => actions.escape(),
      expand: () => {
        this.expanded = true;
        this.place();
        this.takeFocus();
      },
    };
    controls[action.action]?.();
  }

  /** Why the person cannot see this panel ("" when they can): see FrameHost.hiddenBy. */
  hiddenBy() {
    return this.host.hiddenBy();
  }

  destroy() {
    this.resizeObserver.disconnect();
    window.removeEventListener("scroll", this.place, { capture: true });
    window.removeEventListener("resize", this.place);
    this.host.destroy();
  }
}
