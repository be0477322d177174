// The composer panel's frame: draws what the content script sends (content/core/panel.js, a
// PanelView) and sends back what the person clicks. Findings are drawn by the shared renderer.

import { button, el, find } from "../shared/dom.js";
import { renderFindings } from "../shared/render.js";
import { linkFrame } from "./frame-link.js";

/** @typedef {import("../content/core/panel.js").PanelView} PanelView */

const card = find(document, "#card");
const who = find(document, "#who");
const body = find(document, "#body");
const send = linkFrame(draw, card);
let whoShown = "";
let bodyShown = "";
let alerted = "";

/** @param {PanelView} view */
function draw(view) {
  drawWho(view.who);
  card.classList.toggle("ready", view.status === "ready");
  card.classList.toggle("failed", view.status === "error");
  card.classList.toggle("has-error", view.status === "ready" && view.findings.some((f) => f.severity === "error"));
  card.classList.toggle("has-warning", view.status === "ready" && view.findings.some((f) => f.severity === "warning"));
  // Redrawn only when it changed: the live region is not read out again for nothing.
  const { who: _who, ...shown } = view;
  const key = JSON.stringify(shown);
  if (key === bodyShown) return;
  bodyShown = key;
  body.replaceChildren(...bodyParts(view));
}

/** @param {PanelView["who"]} person */
function drawWho(person) {
  const key = JSON.stringify(person);
  if (!person || key === whoShown) return;
  whoShown = key;
  const kind = person.account === "official" ? "official channel" : "personal account";
  if (!person.assumed) {
    who.replaceChildren(el("span", { text: `Checking as ${person.channel ? `@${person.channel}` : "this account"} (${kind})` }));
    return;
  }
  const other = person.account === "official" ? "personal account" : "official channel";
  who.replaceChildren(
    el("span", { text: `Assuming ${kind.startsWith("o") ? "an" : "a"} ${kind}` }),
    el("span", { text: " · " }),
    button(`Switch to ${other}`, () => send({ action: "switch-account" }), { className: "link" }),
  );
}

/** @param {PanelView} view */
function bodyParts(view) {
  if (view.status === "loading") return [el("div", { className: "status", text: "Starting the policy checker…" })];
  if (view.status === "error") return [el("div", { className: "status", text: view.reason || "The checker is not working." })];
  const parts = [];
  if (view.confirming) {
    parts.push(
      el(
        "div",
        { className: "confirm", role: "alertdialog" },
        el("div", { text: "This post still has errors. Post anyway?" }),
        button("Post anyway", () => send({ action: "post-anyway" }), { className: "primary" }),
        button("Keep editing", () => send({ action: "keep-editing" })),
      ),
    );
  }
  // Who is posting changed under the person: said first, and aloud once (an alert when it is new).
  if (view.alert) parts.push(el("div", { className: "status alert", role: view.alert === alerted ? undefined : "alert", text: view.alert }));
  alerted = view.alert;
  if (view.notice) parts.push(el("div", { className: "status", text: view.notice }));
  if (view.findings.length) {
    const items = renderFindings(view.findings, {
      openClause: (clause) => send({ action: "open-clause", clause }),
      applyFix: ({ rule, start, end }) => send({ action: "fix", finding: { rule, start, end } }),
      confirmConsent: view.offerConsent ? () => send({ action: "consent" }) : undefined,
    });
    parts.push(el("ul", { className: "findings", "aria-label": "Findings" }, ...items));
  } else {
    parts.push(el("div", { className: "status", text: "No policy issues found." }));
  }
  if (view.turnedOff.length) parts.push(el("div", { className: "off", text: `Turned off: ${view.turnedOff.join(", ")}` }));
  return parts;
}
