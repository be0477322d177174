// The composer panel's frame: draws what the content script sends (content/core/panel.js, a
// PanelView) and sends back what the person does. Findings are drawn by the shared renderer.
// For keyboard and screen-reader users: a one-line polite summary is announced only when the set
// of findings changes (not when their offsets move as the person types); the header says the state
// in words; focus stays on the control a person used when the panel redraws (or, if it went, on the
// header), never drops to <body>; Escape goes back to the composer; "Post anyway?" is an alert
// dialog that takes focus and keeps it until answered. On a narrow screen the panel is a small
// "2 issues" button that opens it.

import { button, el, find } from "../shared/dom.js";
import { findingsSummary, renderFindings, severityLabel } from "../shared/render.js";
import { linkFrame } from "./frame-link.js";

/** @typedef {import("../content/core/panel.js").PanelView} PanelView */

const frame = find(document, "#frame");
const card = find(document, "#card");
const head = find(document, "#head");
const state = find(document, "#state");
const announcer = find(document, "#announce");
const pill = find(document, "#pill");
const who = find(document, "#who");
const body = find(document, "#body");
const sendToPage = linkFrame(draw, frame);
/** Actions after which the composer has the focus again: until the person comes back, a redraw leaves the focus alone. */
const HANDS_FOCUS_BACK = new Set(["fix", "escape", "keep-editing", "post-anyway"]);
let handedBack = false;
/** @type {typeof sendToPage} */
const send = (action) => {
  if (HANDS_FOCUS_BACK.has(action.action)) {
    handedBack = true;
    // Give the page its keyboard back now: the content script focuses the composer a moment later,
    // and keys pressed in between would otherwise still go to this frame.
    window.parent.focus();
  }
  return sendToPage(action);
};
document.addEventListener("focusin", (event) => {
  if (event.isTrusted) handedBack = false;
});
let whoShown = "";
let bodyShown = "";
/** @type {string | null} what the findings were when last announced (null: nothing announced yet) */
let announced = null;
/** How long a request for the focus stays fresh for a frame that loads after it (ms). */
const FRESH_REQUEST_MS = 2000;
/** @type {number | null} the focus requests seen (null: no view yet) */
let focusSeq = null;
let alerted = "";
let confirming = false;

pill.addEventListener("click", (event) => {
  if (event.isTrusted) send({ action: "expand" });
});

// Escape: back to the composer (or, in "Post anyway?", the same as "Keep editing").
document.addEventListener("keydown", (event) => {
  if (!event.isTrusted) return;
  if (event.key === "Escape") {
    event.preventDefault();
    send({ action: confirming ? "keep-editing" : "escape" });
  } else if (event.key === "Tab" && confirming) {
    trapTab(event);
  }
});

/** @param {PanelView} view */
function draw(view) {
  const person = drawWho(view.who);
  const ready = view.status === "ready";
  const worst = ready ? ["error", "warning", "info"].find((s) => view.findings.some((f) => f.severity === s)) : undefined;
  card.classList.toggle("ready", ready);
  card.classList.toggle("failed", view.status === "error");
  card.classList.toggle("has-error", worst === "error");
  card.classList.toggle("has-warning", worst === "warning");
  frame.className = worst ? `worst-${worst}` : view.status;
  state.textContent = stateWords(view);
  drawPill(view);
  announce(view, person);
  // Redrawn only when it changed: a button under the person's pointer or focus stays where it is.
  const { who: _who, focusSeq: _seq, focusAt: _at, collapsed: _collapsed, ...shown } = view;
  const key = JSON.stringify(shown);
  if (key !== bodyShown) {
    bodyShown = key;
    keepingFocus(() => body.replaceChildren(...bodyParts(view)));
  }
  confirming = view.confirming;
  // A new request for the focus. A frame loaded again (its host moved with the composer) gets the
  // count so far in its first view: a request only if it was made just now.
  const seq = view.focusSeq ?? 0;
  if (seq !== focusSeq) {
    const first = focusSeq === null;
    focusSeq = seq;
    if (!first || Date.now() - (view.focusAt ?? 0) < FRESH_REQUEST_MS) takeFocus();
  }
}

/** What the header says beside its coloured dot: the same in words. */
function stateWords(/** @type {PanelView} */ view) {
  if (view.status === "loading") return "starting";
  if (view.status === "error") return "not working";
  const n = view.findings.length;
  return n ? `${n} issue${n === 1 ? "" : "s"}` : "no issues";
}

function drawPill(/** @type {PanelView} */ view) {
  const collapsed = !!view.collapsed;
  pill.hidden = !collapsed;
  card.hidden = collapsed;
  pill.setAttribute("aria-expanded", String(!collapsed));
  find(pill, "#pill-text").textContent = `Policy Guard: ${stateWords(view)}`;
}

/**
 * The live region: one line when the set of findings changes (by rule and severity, not by place),
 * when the account checked as changes, or when the checker fails. Nothing on the first quiet draw.
 * @param {PanelView} view
 * @param {string} person "" or what changed about who is posting
 */
function announce(view, person) {
  /** @type {string[]} */
  const lines = [];
  if (person) lines.push(person);
  if (view.status === "error") {
    const key = `error:${view.reason}`;
    if (key !== announced) lines.push(`Policy Guard is not working: ${view.reason || "the checker failed."}`);
    announced = key;
  } else if (view.status === "ready") {
    const key = JSON.stringify(view.findings.map((f) => [f.severity, f.rule]).sort());
    if (key !== announced && (announced !== null || view.findings.length)) lines.push(findingsSummary(view.findings));
    announced = key;
  }
  if (lines.length) announcer.textContent = lines.join(" ");
}

/**
 * Who the checker thinks is posting; returns what to announce when it changed after the first draw.
 * @param {PanelView["who"]} person
 */
function drawWho(person) {
  const key = JSON.stringify(person);
  if (!person || key === whoShown) return "";
  const first = whoShown === "";
  whoShown = key;
  const kindOf = (/** @type {string} */ account) => (account === "official" ? "official channel" : "personal account");
  const kind = kindOf(person.account);
  let words = "";
  if (person.places) {
    // One draft to several placements: who posts on each.
    words = `Checking ${person.places.map((p) => `for ${p.site} as @${p.channel} (${kindOf(p.account)})`).join(" and ")}`;
    keepingFocus(() => who.replaceChildren(el("span", { text: words })));
  } else if (!person.assumed) {
    words = `Checking as ${person.channel ? `@${person.channel}` : "this account"} (${kind})`;
    keepingFocus(() => who.replaceChildren(el("span", { text: words })));
  } else {
    const other = person.account === "official" ? "personal account" : "official channel";
    words = `Assuming ${kind.startsWith("o") ? "an" : "a"} ${kind}`;
    keepingFocus(() =>
      who.replaceChildren(
        el("span", { text: words }),
        el("span", { text: " · " }),
        button(`Switch to ${other}`, () => send({ action: "switch-account" }), { className: "link", dataset: { focusKey: "switch" } }),
      ),
    );
  }
  return first ? "" : `Now ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
}

/**
 * Run `redraw`; if it took away the focused control, focus its counterpart in what was drawn (the
 * same `data-focus-key`), else the header: focus never falls to <body>. Only while the frame has the
 * focus: after a fix the composer has it again, and a redraw must not take it back.
 * @param {() => void} redraw
 */
function keepingFocus(redraw) {
  const before = document.activeElement;
  const key = before instanceof HTMLElement ? before.dataset.focusKey : undefined;
  redraw();
  if (!before || before === document.body || before.isConnected || handedBack || !document.hasFocus()) return;
  const again = key ? document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`) : null;
  (again instanceof HTMLElement ? again : head).focus();
}

/** Focus asked for by the content script: the open dialog's safe answer, else the header. */
function takeFocus() {
  const safe = document.querySelector('[data-focus-key="keep-editing"]');
  if (confirming && safe instanceof HTMLElement) safe.focus();
  else if (!card.hidden) head.focus();
  else pill.focus();
}

/** While "Post anyway?" is open, Tab and Shift+Tab go round its two buttons. */
function trapTab(/** @type {KeyboardEvent} */ event) {
  const buttons = [...document.querySelectorAll(".confirm button")].filter((b) => b instanceof HTMLElement);
  if (!buttons.length) return;
  const at = buttons.indexOf(/** @type {HTMLElement} */ (document.activeElement));
  const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
  event.preventDefault();
  /** @type {HTMLElement} */ (buttons[at === -1 ? 0 : next]).focus();
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
        { className: "confirm", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "confirm-title", "aria-describedby": "confirm-text" },
        el("div", { id: "confirm-title", className: "confirm-title", text: "Post anyway?" }),
        el("div", { id: "confirm-text", text: `This post still has ${countErrors(view)}.` }),
        button("Post anyway", () => send({ action: "post-anyway" }), { className: "primary", dataset: { focusKey: "post-anyway" } }),
        button("Keep editing", () => send({ action: "keep-editing" }), { dataset: { focusKey: "keep-editing" } }),
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

function countErrors(/** @type {PanelView} */ view) {
  const n = view.findings.filter((f) => f.severity === "error").length;
  return `${n} ${severityLabel("error").toLowerCase()}${n === 1 ? "" : "s"}`;
}
