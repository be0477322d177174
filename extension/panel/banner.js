// A page rule's banner frame (content/core/banners.js): the rule's title and words from the policy
// pack, its clause, and "Dismiss" (or Escape). A new banner is announced once, politely.

import { button, find } from "../shared/dom.js";
import { linkFrame } from "./frame-link.js";

/** @typedef {{rules: string, clause: string, title: string, text: string}} BannerView */

const bar = find(document, "#bar");
const send = linkFrame(draw, bar);
let announced = false;
bar.append(button("×", () => send({ action: "dismiss" }), { className: "dismiss", "aria-label": "Dismiss", title: "Dismiss (Esc)" }));
document.addEventListener("keydown", (event) => {
  if (!event.isTrusted || event.key !== "Escape") return;
  event.preventDefault();
  send({ action: "dismiss" });
});

/** @param {BannerView} view */
function draw(view) {
  find(document, "#title").textContent = view.title;
  find(document, "#text").textContent = view.text;
  find(document, "#cite").textContent = `${view.rules} · policy clause ${view.clause}`;
  if (announced) return;
  announced = true;
  find(document, "#announce").textContent = `Policy Guard: ${view.title}`;
}
