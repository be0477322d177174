// The channel between a content script and a frame it put in the page (the panel, a banner), the
// same in Chrome and Firefox. Firefox gives an extension page framed by a web page no `tabs` API,
// so the frame cannot connect to its tab; instead the content script hands the frame one end of a
// MessageChannel, posted to the frame's window for the extension's origin only, with a random token
// it also put in the frame's URL. The frame takes exactly one port, and only with that token: a page
// that found the frame could post to it too, but cannot know the token (the frame's element is in a
// closed shadow root). Each load of the frame is a new document, offered a new channel.

const OFFER = "policy-guard-channel";

/** A new token for a frame's URL: 122 random bits. */
export const newToken = () => crypto.randomUUID();

/** The URL of the extension page `page` (as runtime.getURL gives it) carrying `token`. */
export const frameUrl = (/** @type {string} */ page, /** @type {string} */ token) => `${page}?id=${token}`;

/**
 * Content script side: each time `frame` (whose src is `frameUrl(page, token)`) loads, post it one
 * end of a new channel and give `onPort` the other.
 * @param {HTMLIFrameElement} frame
 * @param {string} token
 * @param {(port: MessagePort) => void} onPort
 */
export function offerChannel(frame, token, onPort) {
  const origin = frameOrigin(frame.src); // nothing is delivered if the frame holds anything but our page
  frame.addEventListener("load", () => {
    const channel = new MessageChannel();
    frame.contentWindow?.postMessage({ type: OFFER, token }, origin, [channel.port2]);
    onPort(channel.port1);
  });
}

/**
 * The origin of the document our page loads as. Chrome gives a content script the page's dynamic
 * URL (use_dynamic_url: an id that changes every session), but the document's origin is the
 * extension's own id; in Firefox it is the URL's origin (moz-extension://<this install's uuid>).
 */
function frameOrigin(/** @type {string} */ src) {
  const url = new URL(src);
  return url.protocol === "chrome-extension:" ? `chrome-extension://${chrome.runtime.id}` : url.origin;
}

/**
 * Frame side: call `onPort` with the one port offered by the page that framed us with the token in
 * our URL; every other offer (no token, a wrong one, a second one) is ignored.
 * @param {(port: MessagePort) => void} onPort
 */
export function acceptChannel(onPort) {
  const token = new URLSearchParams(location.search).get("id");
  /** @param {MessageEvent} event */
  const take = (event) => {
    const offer = event.data;
    if (!token || event.source !== window.parent || event.ports.length !== 1) return;
    if (offer?.type !== OFFER || offer.token !== token) return;
    removeEventListener("message", take);
    onPort(event.ports[0]);
  };
  addEventListener("message", take);
}
