// The frame side of the port to the content script that made this frame (content/core/frame-host.js):
// connect to the tab's top frame, draw each view it sends, report this page's height, and send a
// person's clicks back. The content script knows this frame by the id in its URL.

import { FRAME_PORT, isFrameView } from "../shared/protocol.js";

/** @typedef {import("../shared/protocol.js").FrameAction} FrameAction */

/**
 * Connect, call `draw(view)` for every view, and keep the content script told of `measured`'s height.
 * Returns `send(action)`, for controls.
 * @param {(view: any) => void} draw
 * @param {HTMLElement} measured
 */
export function linkFrame(draw, measured) {
  /** @type {chrome.runtime.Port | null} */
  let port = null;
  let height = -1;
  const report = () => {
    const now = Math.ceil(measured.getBoundingClientRect().height);
    if (port && now !== height) {
      height = now;
      port.postMessage({ type: "size", height });
    }
  };
  new ResizeObserver(report).observe(measured);
  chrome.tabs.getCurrent().then((tab) => {
    if (tab?.id === undefined) return; // not in a tab: nothing to connect to
    port = chrome.tabs.connect(tab.id, { frameId: 0, name: FRAME_PORT });
    port.onMessage.addListener((message) => {
      if (!isFrameView(message)) return;
      draw(message.view);
      // What is on show, as the host element says it in the page (the tests wait for the two to agree).
      document.body.dataset.rules = message.view.rules ?? "";
      document.body.dataset.status = message.view.status ?? "";
    });
    port.onDisconnect.addListener(() => { port = null; });
    report();
  });
  /** @param {Omit<FrameAction, "type">} action */
  return (action) => port?.postMessage({ ...action, type: "action" });
}
