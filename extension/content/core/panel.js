// The panel beside a composer, drawn in an extension frame (frame-host.js, panel/panel.js). The
// page contract (docs/contract.md) lives on the host element: `data-rules` (rule ids found now)
// and `data-status` (loading | ready | error), set here the moment they change, never after a
// round trip to the frame. The panel sits next to the editor, never inside it.

import { CONSENT_RULE } from "../../shared/render.js";
import { FrameHost } from "./frame-host.js";

/** @typedef {import("../../shared/protocol.js").Finding} Finding */
/** @typedef {import("../../shared/protocol.js").FrameAction} FrameAction */
/**
 * What the panel frame draws (panel/panel.js).
 * @typedef {{status: string, reason: string, rules: string,
 *   who: {channel: string, account: string, assumed: boolean} | null,
 *   findings: Finding[], notice: string, alert: string, turnedOff: string[], confirming: boolean, offerConsent: boolean}} PanelView
 * @typedef {{fix(finding: Finding): void, confirmConsent(): void, switchAccount(): void, openClause(clause: string): void,
 *   postAnyway(): void, keepEditing(): void}} PanelActions
 */

const WIDTH = 306;
const GAP = 12;
const STARTING = "Starting the policy checker…";

/** What the panel shows until its frame has drawn: its name and "Starting…", nothing else. */
function startingCard() {
  const card = document.createElement("div");
  Object.assign(card.style, {
    boxSizing: "border-box", width: `${WIDTH}px`, padding: "10px 12px", background: "#fff", color: "#0f1419",
    border: "1px solid #cfd9de", borderRadius: "12px", font: '13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });
  const name = document.createElement("div");
  name.style.fontWeight = "600";
  name.textContent = "Policy Guard";
  const status = document.createElement("div");
  status.style.color = "#536471";
  status.textContent = STARTING;
  card.append(name, status);
  return card;
}

export class Panel {
  /**
   * @param {Element} anchor what the panel stands beside (the composer, or its dialog)
   * @param {PanelActions} actions
   */
  constructor(anchor, actions) {
    this.anchor = anchor;
    this.actions = actions;
    /** @type {PanelView} */
    this.view = {
      status: "loading", reason: "", rules: "", who: null, findings: [], notice: "", alert: "", turnedOff: [], confirming: false,
      offerConsent: false,
    };
    this.shown = "";
    this.host = new FrameHost("policy-guard-panel", "panel/panel.html", {
      attributes: { "data-rules": "", "data-status": "loading" },
      width: WIDTH,
      onAction: (action) => this.act(action),
      onResize: () => this.place(),
      placeholder: startingCard(),
    });
    this.host.setStyles({ position: "absolute", "z-index": "2147483000", top: "0", left: "0", width: `${WIDTH}px` });
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
    this.host.attach();
    this.place();
  }

  /** Beside the composer, in view: to its right, else its left, else below, else above it. */
  place() {
    const rect = this.anchor.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    this.host.maxHeight = Math.round(view.height * 0.6);
    const height = this.host.element.getBoundingClientRect().height || 120;
    let left;
    let top;
    if (rect.right + GAP + WIDTH <= view.width) [left, top] = [rect.right + GAP, rect.top];
    else if (rect.left - GAP - WIDTH >= 0) [left, top] = [rect.left - GAP - WIDTH, rect.top];
    else if (rect.bottom + 8 + height <= view.height) [left, top] = [Math.max(8, rect.left), rect.bottom + 8];
    else [left, top] = [Math.max(8, rect.left), rect.top - 8 - height];
    left = Math.min(left, view.width - WIDTH - 8);
    top = Math.max(8, Math.min(top, view.height - height - 8));
    this.host.setStyles({ transform: `translate(${Math.round(left + window.scrollX)}px, ${Math.round(top + window.scrollY)}px)` });
  }

  /** Send the view to the frame when what it draws has changed. */
  send() {
    const shown = JSON.stringify(this.view);
    if (shown === this.shown) return; // unchanged: a button under the person's pointer stays where it is
    this.shown = shown;
    this.host.show({ ...this.view });
  }

  /** Who the checker thinks is posting; `assumed` when the page did not say (one click switches). */
  setWho(/** @type {{channel: string, account: string}} */ context, /** @type {boolean} */ assumed) {
    this.view.who = { channel: context.channel, account: context.account, assumed };
    this.send();
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
