// Small DOM helpers for every page and frame of the extension. Text always goes in as textContent:
// nothing from the checker, the policy or the person is ever parsed as HTML.

import { utf16Offset } from "./offsets.js";

/**
 * A new element: `props` sets its class (`className`), text (`text`), data attributes (`dataset`),
 * listeners (`onclick`…), properties (non-string values of its own properties) and attributes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") /** @type {any} */ (node)[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(.../** @type {(Node | string)[]} */ (children.filter((c) => c !== null && c !== undefined && c !== false)));
  return node;
}

/**
 * The element `selector` finds under `root`, of the type the markup promises: a missing or different
 * one is a mistake in the markup, said at once rather than as a null somewhere later.
 * @template {Element} [T=HTMLElement]
 * @param {ParentNode} root
 * @param {string} selector
 * @param {{new (): T, prototype: T}} [type]
 * @returns {T}
 */
export function find(root, selector, type = /** @type {any} */ (HTMLElement)) {
  const node = root.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`Policy Guard: no ${selector} in ${document.location.pathname}`);
  return node;
}

/**
 * A button that acts only when a person clicks it (a trusted event): a script's `click()` or a
 * dispatched event does nothing.
 * @param {string} text
 * @param {() => void} act
 * @param {Record<string, any>} [props]
 */
export function button(text, act, props = {}) {
  return el("button", {
    type: "button",
    text,
    ...props,
    onclick: (/** @type {MouseEvent} */ event) => {
      if (!event.isTrusted) return;
      event.preventDefault();
      act();
    },
  });
}

/** `text` as text nodes with <mark> around the code-point ranges `marks` ([[start, end], ...]). */
export function markedText(/** @type {string} */ text, /** @type {[number, number][] | undefined} */ marks) {
  /** @type {Node[]} */
  const parts = [];
  let at = 0;
  const ranges = [...(marks || [])]
    .map(([start, end]) => [utf16Offset(text, start), utf16Offset(text, end)])
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    parts.push(document.createTextNode(text.slice(at, start)), el("mark", { text: text.slice(start, end) }));
    at = end;
  }
  parts.push(document.createTextNode(text.slice(at)));
  return parts;
}
