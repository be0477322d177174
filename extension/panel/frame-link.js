// The frame side of the channel to the content script that made this frame (content/core/frame-host.js,
// shared/frame-channel.js): take the one port it offers, draw each view it sends, report this page's
// height, and send a person's clicks back.

import { acceptChannel } from "../shared/frame-channel.js";
import { isFrameView } from "../shared/protocol.js";

/** @typedef {import("../shared/protocol.js").FrameAction} FrameAction */

/**
 * Connect, call `draw(view)` for every view, and keep the content script told of `measured`'s height.
 * Returns `send(action)`, for controls.
 * @param {(view: any) => void} draw
 * @param {HTMLElement} measured
 */
export function linkFrame(draw, measured) {
  /** @type {MessagePort | null} */
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
  acceptChannel((offered) => {
    port = offered;
    port.onmessage = ({ data: message }) => {
      if (!isFrameView(message)) return;
      draw(message.view);
      // Its new height at once (the ResizeObserver would say it a rendering frame later, seconds
      // when the extension's process is busy): the host is sized to it before anyone sees it move.
      report();
      // What is on show, as the host element says it in the page (the tests wait for the two to agree).
      document.body.dataset.rules = message.view.rules ?? "";
      document.body.dataset.status = message.view.status ?? "";
    };
    report();
  });
  /** @param {Omit<FrameAction, "type">} action */
  return (action) => port?.postMessage({ ...action, type: "action" });
}
