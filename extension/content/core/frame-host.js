// What Policy Guard draws in a page lives in an extension frame, out of the page's reach: the page
// cannot read, search (`window.find`) or click inside a frame of another origin. In the page:
//
//   <policy-guard-panel data-rules data-status>   the host: the page contract's attributes, ours alone
//     <div>  #shadow-root (closed)                a plain element the page cannot have defined
//       <iframe src="chrome-extension://…/panel/panel.html?id=RANDOM">
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

/** The host element's contract attributes, kept as we set them. */
export class FrameHost {
  /**
   * @param {string} tag the host element's name (the contract's `policy-guard-panel` or `policy-guard-banner`)
   * @param {string} page the frame's page in the extension ("panel/panel.html")
   * @param {{attributes: Record<string, string>, width: number, onAction: (action: FrameAction) => void, onResize?: () => void,
   *   placeholder?: HTMLElement}} options
   */
  constructor(tag, page, { attributes, width, onAction, onResize = () => {}, placeholder }) {
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
    this.element = document.createElement(tag);
    this.element.setAttribute("role", "region");
    this.element.setAttribute("aria-label", "Policy Guard");
    // The contract attributes are ours alone: a page script that rewrites them is undone.
    this.attributes = { ...attributes };
    for (const [name, value] of Object.entries(this.attributes)) this.element.setAttribute(name, value);
    this.guard = new MutationObserver(() => this.restore());
    this.guard.observe(this.element, { attributes: true, attributeFilter: Object.keys(this.attributes) });
    this.inner = document.createElement("div");
    this.root = this.inner.attachShadow({ mode: "closed" });
    this.element.append(this.inner);
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

  restore() {
    for (const [name, value] of Object.entries(this.attributes)) {
      if (this.element.getAttribute(name) !== value) this.element.setAttribute(name, value);
    }
  }

  /**
   * (Re)attach the host at the end of `parent` (where it stands in the Tab order; the end of the
   * document unless told), and the frame's holder in it: a page script may have removed them.
   */
  attach(/** @type {Element} */ parent = document.documentElement) {
    if (this.inner.parentNode !== this.element) this.element.append(this.inner);
    if (!this.element.isConnected || this.element.parentNode !== parent) parent.append(this.element);
  }

  /** The frame's width, in CSS pixels. */
  setWidth(/** @type {number} */ width) {
    this.width = width;
    this.element.style.width = `${width}px`;
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
    this.port?.close();
    if (performance.now() - this.lastActionAt > REMOVE_AFTER_MS) {
      this.element.remove();
      return;
    }
    this.element.style.display = "none";
    setTimeout(() => this.element.remove(), REMOVE_AFTER_MS);
  }
}
