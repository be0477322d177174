// What Policy Guard draws in a page lives in an extension frame, out of the page's reach: the page
// cannot read, search (`window.find`) or click inside a frame of another origin. In the page:
//
//   <policy-guard-panel data-rules data-status>   the host: the page contract's attributes, ours alone
//     #shadow-root (closed, manual slots)         so that the page can attach none, and slot nothing of its own
//     <div>  #shadow-root (closed)                a plain element the page cannot have defined
//       <iframe src="chrome-extension://…/panel/panel.html?id=RANDOM">
//
// A hostile page may have defined `policy-guard-panel` itself (to open our root with
// attachInternals, or to make attachShadow throw): the host is created in a custom element registry
// of our own, so the page's definition does not apply to it (where the browser has no scoped
// registries, Firefox, it is created in a windowless document and given its closed root there,
// before the page's definition can apply: `hostElement`). Page styles cannot hide, shrink, fade or
// move the host: its styles are `:host` rules marked `!important` in its own root, which win over
// every page style, inline ones included (and, where it has no root of ours, inline `!important`
// styles put back when rewritten). What cannot be undone (a page element drawn over it, a holder the
// page's own root leaves unslotted) is found by `hiddenBy()`, and the page watch says it on the
// toolbar. The panel's host is a manual popover,
// placed in the composer's markup for the Tab order and drawn in the top layer (no z-index of the
// page's reaches over it; only the page's own top-layer element can, and hiddenBy() says so): its
// `popover` attribute is kept as the contract's are, and a page that closes it has it opened again.
//
// Each time the frame loads, we hand it one end of a MessageChannel (shared/frame-channel.js): posted
// for the extension's origin only, with the random token in its URL, which only this frame knows. The
// frame draws the views we send and sends back its height and a person's clicks. Until it has drawn
// (the extension's process may be busy booting the checker), a placeholder with no words of the
// person's or the checker's stands in its place.

import { frameUrl, newToken, offerChannel } from "../../shared/frame-channel.js";
import { isFrameMessage } from "../../shared/protocol.js";

/** @typedef {import("../../shared/protocol.js").FrameAction} FrameAction */

/** A frame closed this soon after the person acted in it is hidden first and removed after it. */
const REMOVE_AFTER_MS = 200;
/**
 * What the host always is, whatever the page's styles say (`all: initial` first: no page property
 * reaches it, not `scale`, `clip-path`, `filter`, `margin` or `content-visibility`).
 * @type {Record<string, string>}
 */
const HOST_STYLE = { all: "initial", display: "block", visibility: "visible", opacity: "1", "pointer-events": "auto" };
/** The frame's holder, which a page style sheet could name (`policy-guard-panel > div`). */
const HOLDER_STYLE = { all: "initial", display: "block", visibility: "visible", opacity: "1" };
const declarations = (/** @type {Record<string, string>} */ styles) =>
  Object.entries(styles).map(([name, value]) => `${name}: ${value} !important;`).join(" ");
/** Attributes a page could set on the host to hide it or make it deaf to the person. */
const PAGE_BLOCKERS = ["hidden", "inert"];
/** The smallest the frame's holder may be (px) and still be read. */
const MIN_SIZE = 24;

/**
 * The host element and its closed root (null where the page made one impossible). Made in a custom
 * element registry of our own where the browser has them: a page that defined the same tag does not
 * get its constructor run on it, its `attachInternals()` or its `disabledFeatures`. Elsewhere (Firefox)
 * it is made in a document of no window's, where no page definition applies, and its closed root
 * attached there, before it is adopted into the page: a page definition can then only upgrade it as it
 * enters the page, and cannot undo the root that is already there (a constructor that attaches a
 * root of its own, or `disabledFeatures` that refuse one, fail the upgrade), nor reach it (a root
 * attached before the element was the page's is not available to its element internals).
 * @returns {{element: HTMLElement, root: ShadowRoot | null}}
 */
function hostElement(/** @type {string} */ tag) {
  try {
    const element = document.createElement(tag, /** @type {any} */ ({ customElementRegistry: new CustomElementRegistry() }));
    if (!element.matches(":defined")) return { element, root: closedRoot(element) };
  } catch {
    // No scoped registries here
  }
  const element = document.implementation.createHTMLDocument("").createElement(tag);
  const root = closedRoot(element);
  return { element: document.adoptNode(element), root };
}

/**
 * A closed shadow root on the host, with slots assigned by hand, or null where the page has made
 * that impossible (its own element: a root of its own, `disabledFeatures`) or could open it (its own
 * element's `attachInternals()`): then the holder's root is the only one, as good for reading.
 */
function closedRoot(/** @type {HTMLElement} */ element) {
  if (element.matches(":defined")) return null; // the page's custom element: a root here could be opened with its internals
  try {
    return element.attachShadow({ mode: "closed", slotAssignment: "manual" });
  } catch {
    return null;
  }
}

/**
 * Why the person cannot see `holder` in `host` ("" if they can): not in the page, not drawn
 * (`display`, `visibility`, `opacity`, a page root that does not slot it), too small, outside the
 * window, or another element drawn over it.
 * @param {HTMLElement} host
 * @param {HTMLElement} holder
 * @param {boolean} [blind] the browser cannot say what is seen (no IntersectionObserver v2): look for
 *   click-through covers in the top layer ourselves
 */
export function hiddenBy(host, holder, blind = false) {
  if (!host.isConnected || holder.parentNode !== host) return "removed from the page";
  if (!holder.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return "hidden by the page";
  const box = holder.getBoundingClientRect();
  if (box.width < MIN_SIZE || box.height < MIN_SIZE) return "shrunk by the page";
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const [left, top] = [Math.max(box.left, 0), Math.max(box.top, 0)];
  const [right, bottom] = [Math.min(box.right, width), Math.min(box.bottom, height)];
  if (right - left < MIN_SIZE || bottom - top < MIN_SIZE) return "moved off the screen by the page";
  // Points inside its visible part: the page's hit test names the host (a shadow tree's element is
  // retargeted to it) unless something else is on top.
  const inset = Math.min(8, (right - left) / 4, (bottom - top) / 4);
  const points = [[left + inset, top + inset], [right - inset, top + inset], [(left + right) / 2, (top + bottom) / 2], [left + inset, bottom - inset], [right - inset, bottom - inset]];
  const covered = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && hit !== host && !host.contains(hit);
  });
  if (covered) return "covered by the page";
  return blind && host.matches(":popover-open") && coveredInTopLayer(host, points) ? "covered by the page" : "";
}

/** The page's elements in the top layer: open popovers, modal dialogs, a fullscreen element. */
function topLayer() {
  try {
    return document.querySelectorAll(":popover-open, :modal, :fullscreen");
  } catch {
    return document.querySelectorAll(":popover-open"); // a browser without one of those pseudo-classes
  }
}

/**
 * Whether one of the page's top-layer elements that lets clicks through (`pointer-events: none`) is
 * drawn over a popover host at `points`: the hit test passes through such an element, so where the
 * browser cannot say what is seen (no IntersectionObserver v2: Firefox) each is made hit-testable
 * for a moment, and the hit test asked again. Only the top layer can cover a host in it.
 * @param {HTMLElement} host
 * @param {number[][]} points
 */
function coveredInTopLayer(host, points) {
  for (const element of topLayer()) {
    if (!(element instanceof HTMLElement) || element === host || element.contains(host)) continue;
    if (getComputedStyle(element).pointerEvents !== "none") continue; // the hit test already sees it
    const style = element.getAttribute("style");
    element.style.setProperty("pointer-events", "auto", "important");
    try {
      if (points.some(([x, y]) => element.contains(document.elementFromPoint(x, y)))) return true;
    } finally {
      if (style === null) element.removeAttribute("style");
      else element.setAttribute("style", style);
    }
  }
  return false;
}

/** The host element's contract attributes, kept as we set them. */
export class FrameHost {
  /**
   * @param {string} tag the host element's name (the contract's `policy-guard-panel` or `policy-guard-banner`)
   * @param {string} page the frame's page in the extension ("panel/panel.html")
   * @param {{attributes: Record<string, string>, width: number, onAction: (action: FrameAction) => void, onResize?: () => void,
   *   placeholder?: HTMLElement, popover?: boolean}} options `popover`: the host is a manual popover, kept open in the
   *   top layer (drawn above the page wherever it stands in the DOM), its `popover` attribute kept as the contract's are
   */
  constructor(tag, page, { attributes, width, onAction, onResize = () => {}, placeholder, popover = false }) {
    this.page = new URL(chrome.runtime.getURL(page));
    this.onAction = onAction;
    this.onResize = onResize;
    this.maxHeight = Infinity;
    this.height = 0;
    /** @type {MessagePort | null} */
    this.port = null;
    /** @type {unknown} */
    this.view = null; // the latest view, sent as soon as the frame is connected
    this.destroyed = false;
    this.lastActionAt = -Infinity;
    const { element, root } = hostElement(tag);
    this.element = element;
    this.element.setAttribute("role", "region");
    this.element.setAttribute("aria-label", "Policy Guard");
    // The contract attributes are ours alone: a page script that rewrites them is undone.
    /** @type {Record<string, string>} */
    this.attributes = { ...attributes };
    if (popover) this.attributes.popover = "manual";
    for (const [name, value] of Object.entries(this.attributes)) this.element.setAttribute(name, value);
    /** @type {Record<string, string>} the host's own styles: HOST_STYLE and its place on the page */
    this.styles = { ...HOST_STYLE };
    this.inner = document.createElement("div");
    this.root = this.inner.attachShadow({ mode: "closed" });
    this.element.append(this.inner);
    this.outer = root;
    /** @type {CSSStyleRule | null} the host's styles in its own root, where no page style wins over them */
    this.hostRule = null;
    if (this.outer) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.insertRule(`::slotted(*) { ${declarations(HOLDER_STYLE)} }`);
        sheet.insertRule(`:host { ${declarations(this.styles)} }`);
        this.outer.adoptedStyleSheets = [sheet];
        this.hostRule = /** @type {CSSStyleRule} */ (sheet.cssRules[0]);
      } catch {
        // A content script's sheet not adoptable here: the inline `!important` styles alone, put back when rewritten
      }
      const slot = document.createElement("slot");
      this.outer.append(slot);
      slot.assign(this.inner); // only our holder is drawn: nothing a page puts in the host is
    }
    /** @type {string | null} the inline styles last written (the guard rewrites them if the page changes them) */
    this.inline = null;
    this.setStyles({});
    this.guard = new MutationObserver(() => this.restore());
    this.guard.observe(this.element, { attributes: true });
    this.guard.observe(this.inner, { attributes: true });
    // A page that closes the popover (`hidePopover()`) has it opened again.
    if (popover) this.element.addEventListener("toggle", () => this.restore());
    /** @type {boolean | null} whether the browser itself says the holder is seen, nothing drawn over it
     * (IntersectionObserver v2 counts what hit tests miss: a cover with `pointer-events: none`); null: it cannot say */
    this.seen = null;
    this.visibility = null;
    if ("trackVisibility" in IntersectionObserver.prototype) {
      const options = /** @type {IntersectionObserverInit} */ ({ trackVisibility: true, delay: 100, threshold: [0, 1] });
      this.visibility = new IntersectionObserver((entries) => {
        this.seen = /** @type {any} */ (entries[entries.length - 1]).isVisible;
      }, options);
      this.visibility.observe(this.inner);
    }
    this.width = width;
    this.placeholder = placeholder ?? null;
    this.frame = this.newFrame();
    if (this.placeholder) this.root.append(this.placeholder);
  }

  /** A new frame under a new token. */
  newFrame() {
    const token = newToken();
    const frame = document.createElement("iframe");
    frame.src = frameUrl(this.page.href, token);
    frame.title = "Policy Guard";
    // Same colour scheme inside and out, so that the frame stays transparent around its card.
    Object.assign(frame.style, {
      display: "block", border: "0", width: `${this.width}px`, height: `${this.height}px`, colorScheme: "light dark", background: "transparent",
    });
    // Loaded again when a page removed the host and we put it back: a new document, a new channel.
    offerChannel(frame, token, (port) => this.connect(port));
    this.root.replaceChildren(frame);
    return frame;
  }

  /** @param {MessagePort} port */
  connect(port) {
    this.port?.close();
    this.port = port;
    port.onmessage = ({ data: message }) => {
      if (!isFrameMessage(message)) return;
      if (message.type === "size") this.resize(message.height);
      else {
        this.lastActionAt = performance.now();
        this.onAction(message);
      }
    };
    if (this.view) port.postMessage({ type: "view", view: this.view });
  }

  /** Draw `view` in the frame (now, or as soon as it connects). */
  show(/** @type {Record<string, unknown>} */ view) {
    this.view = view;
    this.port?.postMessage({ type: "view", view });
  }

  resize(/** @type {number} */ height) {
    this.placeholder?.remove(); // the frame has drawn
    this.height = height;
    this.frame.style.height = `${Math.min(height, this.maxHeight)}px`;
    this.onResize();
  }

  /** Set one of the contract's attributes (without waiting for the frame). */
  setAttribute(/** @type {string} */ name, /** @type {string} */ value) {
    this.attributes[name] = value;
    if (this.element.getAttribute(name) !== value) this.element.setAttribute(name, value);
  }

  /**
   * Set the host's own styles (its place on the page), `!important`: in its own root (`:host`, which
   * wins over every page style, inline ones too) and inline (where it has no root of ours).
   * @param {Record<string, string>} styles CSS property names (`z-index`) and values
   */
  setStyles(styles) {
    Object.assign(this.styles, styles);
    for (const [name, value] of Object.entries(styles)) this.hostRule?.style.setProperty(name, value, "important");
    this.writeInline();
  }

  writeInline() {
    const style = this.element.style;
    for (const [name, value] of Object.entries(this.styles)) if (name !== "all") style.setProperty(name, value, "important");
    for (const [name, value] of Object.entries(HOLDER_STYLE)) if (name !== "all") this.inner.style.setProperty(name, value, "important");
    this.inline = `${this.element.getAttribute("style")}|${this.inner.getAttribute("style")}`;
  }

  /** Undo what a page script did to the host's attributes and styles (its contract attributes are ours alone). */
  restore() {
    for (const [name, value] of Object.entries(this.attributes)) {
      if (this.element.getAttribute(name) !== value) this.element.setAttribute(name, value);
    }
    for (const name of PAGE_BLOCKERS) {
      if (this.element.hasAttribute(name)) this.element.removeAttribute(name);
      if (this.inner.hasAttribute(name)) this.inner.removeAttribute(name);
    }
    if (`${this.element.getAttribute("style")}|${this.inner.getAttribute("style")}` !== this.inline) {
      this.element.removeAttribute("style");
      this.inner.removeAttribute("style");
      this.writeInline();
    }
    this.showPopover();
  }

  /** A popover host that is in the page is open (a page script may have closed it, or removed and re-added its attribute). */
  showPopover() {
    if (this.destroyed || !this.attributes.popover || !this.element.isConnected || this.element.matches(":popover-open")) return;
    try {
      this.element.showPopover();
    } catch {
      // Not a popover at this moment (its attribute mid-restore): the next restore or attach opens it
    }
  }

  /**
   * Why the person cannot see this host now ("" when they can): our own checks, made from the
   * content script (whose DOM methods the page cannot replace). Called after `restore()` has undone
   * what it can.
   */
  hiddenBy() {
    if (this.destroyed || (!this.placeholder?.isConnected && this.height === 0)) return ""; // nothing drawn yet
    return hiddenBy(this.element, this.inner, this.visibility === null) || (this.seen === false ? "covered by the page" : "");
  }

  /**
   * (Re)attach the host at the end of `parent` (where it stands in the Tab order; the end of the
   * document unless told), and the frame's holder in it: a page script may have removed them.
   */
  attach(/** @type {Element} */ parent = document.documentElement) {
    if (this.inner.parentNode !== this.element) {
      this.element.append(this.inner);
      this.outer?.querySelector("slot")?.assign(this.inner);
    }
    if (!this.element.isConnected || this.element.parentNode !== parent) parent.append(this.element);
    this.restore();
  }

  /** The frame's width, in CSS pixels (the host's through `setStyles`, which the guard keeps). */
  setWidth(/** @type {number} */ width) {
    this.width = width;
    this.setStyles({ width: `${width}px` });
    this.frame.style.width = `${width}px`;
  }

  /** Give the keyboard's focus to the frame (which then focuses its own control). */
  focus() {
    this.frame.focus();
  }

  /**
   * Gone from the page at once, unless the person has just acted in the frame: then hidden at once
   * and removed a moment later, because a frame removed while the click that closed it is still
   * being delivered leaves that click unanswered (Chromium), which stalls whatever waits on it
   * (the DevTools protocol's input, as tests and assistive tools drive it).
   */
  destroy() {
    this.destroyed = true;
    this.guard.disconnect();
    this.visibility?.disconnect();
    this.port?.close();
    if (performance.now() - this.lastActionAt > REMOVE_AFTER_MS) {
      this.element.remove();
      return;
    }
    this.setStyles({ display: "none" }); // in its own root: an inline style would not win over it
    setTimeout(() => this.element.remove(), REMOVE_AFTER_MS);
  }
}
