// Small DOM helpers shared by the popup and the options page. Text always goes in as textContent:
// nothing from the checker, the policy or the person is ever parsed as HTML.

import { utf16Offset } from "../shared/offsets.js";

/** A new element with a class and text (or children). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}


/** `text` as text nodes with <mark> around the code-point ranges `marks` ([[start, end], ...]). */
export function markedText(text, marks) {
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

/** Ask the service worker; never throws: a failure comes back as {error}. */
export async function ask(type, fields = {}) {
  try {
    return (await chrome.runtime.sendMessage({ target: "background", type, ...fields })) ?? { error: "No answer." };
  } catch (error) {
    return { error: `Policy Guard's background could not be reached: ${error.message}` };
  }
}

export const SITE_NAMES = { twitter: "X", facebook: "Facebook", instagram: "Instagram", other: "Other" };

/** The PA-3 reminder for senior roles: the clause's text without its number, or a plain fallback. */
export function seniorReminder(clauseText) {
  return (clauseText ?? "").replace(/^\d+\.\s*/, "") ||
    "Personal views published by senior or well-known people may be misunderstood as the organisation's view.";
}
