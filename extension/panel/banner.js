// A page rule's banner frame (content/core/banners.js): the rule's title and words from the policy
// pack, its clause, and "Dismiss".

import { button } from "../shared/dom.js";
import { linkFrame } from "./frame-link.js";

/** @typedef {{version: number, rules: string, clause: string, title: string, text: string}} BannerView */

const bar = /** @type {HTMLElement} */ (document.getElementById("bar"));
const send = linkFrame(draw, bar);
bar.append(button("×", () => send({ action: "dismiss" }), { className: "dismiss", "aria-label": "Dismiss" }));

/** @param {BannerView} view */
function draw(view) {
  /** @type {HTMLElement} */ (document.getElementById("title")).textContent = view.title;
  /** @type {HTMLElement} */ (document.getElementById("text")).textContent = view.text;
  /** @type {HTMLElement} */ (document.getElementById("cite")).textContent = `${view.rules} · policy clause ${view.clause}`;
}
