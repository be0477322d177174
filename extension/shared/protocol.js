// Every message the extension's parts send one another, named once with the shape it must have,
// and the one way to ask the service worker something (with a time limit; never throws).
//
//   content scripts, popup, options ──runtime message, target "background"──▶ service worker
//   service worker ──target "offscreen" (+ pack, reply)──▶ offscreen document (the checker), which posts
//     the answer back (postMessage, a structured clone: POSTED) and responds only that it did
//   Chrome's content scripts ──port named by the service worker ("checker-port", then "admit")──▶
//     offscreen document: their checks, answered on the port (shared/checker-port.js)
//   service worker ──target "content"──▶ content scripts (notices they did not ask for)
//   content script ◀──MessageChannel (shared/frame-channel.js)──▶ panel and banner frames (panel/*.html)
//
// The finding format and the context fields are the checker's contract (docs/contract.md).

import limits from "../../pychecker/limits.json";

/**
 * @typedef {{label: string, text: string, replace_start: number, replace_end: number}} Fix
 * @typedef {{rule: string, clauses: string[], severity: string, message: string, start: number, end: number,
 *   excerpt?: string, fix?: Fix, clear_by?: string, placement?: string}} Finding
 *   (`placement`: not the checker's; where one draft goes to several placements and a finding applies
 *   to only some, the content script names them: content/core/placements.js)
 * @typedef {{platform: string, handle: string}} Channel
 * @typedef {{rule: string, summary: string, clauses: string[], severity?: string}} RuleInfo
 * @typedef {{clause: string, title: string, text: string}} PageRuleWords
 * @typedef {{channels: Channel[], rules: RuleInfo[], page_rules: Record<string, PageRuleWords>,
 *   organisation?: string, short_name?: string, senior_roles_clause?: string}} Hello
 * @typedef {{clause: string, section: string, heading: string, text: string}} Clause
 * @typedef {{error: string}} Failure
 */

/** The longest draft the checker reads, in code points (pychecker/limits.json, read by Python too). */
export const MAX_CHARS = limits.max_chars;
export const ASK_TIMEOUT_MS = 10_000;
/** The checker's first answer waits for Pyodide to boot. */
export const BOOT_TIMEOUT_MS = 30_000;

/** Where a runtime message is going. */
export const TARGET = { background: "background", offscreen: "offscreen", content: "content" };

/** The toolbar states a content script reports for its tab. */
export const SITE_STATES = ["checking", "paused", "not-found", "unrecognised", "blocked"];

const isText = (/** @type {unknown} */ value, /** @type {number} */ max) => typeof value === "string" && value.length <= max;
const isObject = (/** @type {unknown} */ value) => typeof value === "object" && value !== null && !Array.isArray(value);
const optional = (/** @type {unknown} */ value, /** @type {(v: unknown) => boolean} */ valid) => value === undefined || valid(value);
const CLAUSE_ID = /^[\w-]{1,40}$/;
/** A policy pack's name: the file the checker loads is named after it (packs/NAME.zip), so nothing else. */
const PACK_NAME = /^[a-z0-9-]{1,40}$/;
export const isPackName = (/** @type {unknown} */ value) => value === "" || (typeof value === "string" && PACK_NAME.test(value));
export const isClauseId = (/** @type {unknown} */ value) => typeof value === "string" && CLAUSE_ID.test(value);

/** A draft of at most MAX_CHARS code points (UTF-16 units are counted first: never fewer). */
function isDraft(/** @type {unknown} */ value) {
  if (typeof value !== "string") return false;
  if (value.length <= MAX_CHARS) return true;
  if (value.length > 2 * MAX_CHARS) return false;
  let count = 0;
  for (const _ of value) count += 1;
  return count <= MAX_CHARS;
}

/**
 * Requests to the service worker (`target: "background"`), each with its shape. The checker's own
 * (hello, status, check, lookup, policy) go on to the offscreen document, which checks them again.
 * @type {Record<string, (message: any) => boolean>}
 */
export const REQUESTS = {
  hello: () => true, // -> Hello | Failure
  status: () => true, // -> {status: "loading"|"ready"|"error", reason, timings, checks, startedAt}
  // -> {findings: Finding[], truncated?, more?} | Failure, Packed (to the service worker, and from it: see unpack)
  check: (m) => isDraft(m.text) && optional(m.context, isObject),
  lookup: (m) => isText(m.question, 1000), // -> {results: [...]} | Failure
  policy: () => true, // -> {clauses: Clause[]} | Failure
  forget: () => true, // a draft went: forget the words the checker keeps from drafts -> {ok: true} | Failure
  "site-status": (m) => isText(m.site, 20) && SITE_STATES.includes(m.state) && optional(m.reason, (r) => isText(r, 300)), // from a content script
  "tab-status": (m) => Number.isInteger(m.tabId), // from the popup -> {tab: {site, state, reason} | null}
  "open-clause": (m) => isClauseId(m.clause), // from a panel or page: show a clause in the popup page
  // From a content script (Chrome): a port to the checker for its checks -> {port: name} | Failure
  "checker-port": () => true,
  // The service worker's own, to the offscreen document: admit one port of this name (with the pack) -> {port}
  admit: (m) => isText(m.port, 40) && m.port.length > 0,
};

/** Requests only the service worker sends (to the offscreen document); it refuses them itself. */
const FROM_BACKGROUND_ONLY = ["admit"];

/** The requests the offscreen document answers (from the service worker only). */
export const CHECKER_REQUESTS = ["hello", "status", "check", "lookup", "policy", "forget", "admit"];

/** Notices from the service worker to content scripts (`target: "content"`). */
export const NOTICES = {
  "pack-changed": () => true, // the organisation's policy pack arrived: greet the checker again
  "focus-panel": () => true, // the person pressed the shortcut (manifest `commands`): focus this tab's panel
};

/**
 * A check's answer as the checker wrote it, JSON text, carried as it is to the one who asked, which
 * parses it once (unpack): parsed into objects in each context it passes through (the checker's worker,
 * the offscreen document, the service worker), it was most of the garbage each check left there.
 * @typedef {{packed: string}} Packed
 */

/** `answer`, parsed if it is a Packed one. */
export function unpack(/** @type {any} */ answer) {
  return typeof answer?.packed === "string" ? JSON.parse(answer.packed) : answer;
}

/**
 * The offscreen document's response to a request of the service worker's that carries `reply` (a
 * number): the answer was posted to the service worker, as {reply, answer} (background/service-worker.js).
 */
export const POSTED = { posted: true };

/** Whether `message` is a request to `target` of a known type in its shape. */
export function isRequest(/** @type {any} */ message, /** @type {string} */ target) {
  if (!isObject(message) || message.target !== target || !Object.hasOwn(REQUESTS, message.type)) return false;
  if (target === TARGET.offscreen && !CHECKER_REQUESTS.includes(message.type)) return false;
  if (target === TARGET.background && FROM_BACKGROUND_ONLY.includes(message.type)) return false;
  return REQUESTS[message.type](message) && optional(message.pack, isPackName);
}

/** Whether `message` is a notice from the service worker to content scripts. */
export function isNotice(/** @type {any} */ message) {
  return isObject(message) && message.target === TARGET.content && Object.hasOwn(NOTICES, message.type);
}

/**
 * Ask the service worker. Never throws and never waits for ever: a failure, or no answer within
 * `timeoutMs`, comes back as {error} with a reason a person can read.
 * @param {string} type one of REQUESTS
 * @param {Record<string, unknown>} [fields]
 * @param {{timeoutMs?: number}} [options]
 * @returns {Promise<any>}
 */
export function ask(type, fields = {}, { timeoutMs = ASK_TIMEOUT_MS } = {}) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ error: "The checker did not answer in time." }), timeoutMs);
  });
  const answer = chrome.runtime.sendMessage({ ...fields, type, target: TARGET.background }).then(
    (reply) => unpack(reply) ?? { error: "The checker did not answer." },
    (/** @type {Error} */ error) => ({ error: `The checker could not be reached: ${error.message}` }),
  );
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

// ---- The channel between a content script and its frames ----------------------------------------

/**
 * From a frame: its content's height, or a person's action on a control (only trusted clicks send
 * one). `finding` names the finding a fix belongs to (its rule and place); `clause` the clause a link shows.
 * @typedef {{rule: string, start: number, end: number}} FindingKey
 * @typedef {{type: "size", height: number}} FrameSize
 * @typedef {{type: "action", action: string, finding?: FindingKey, clause?: string}} FrameAction
 */

/** The actions a frame's controls send. */
export const FRAME_ACTIONS = ["fix", "consent", "switch-account", "open-clause", "post-anyway", "keep-editing", "dismiss", "escape", "expand"];

const isFindingKey = (/** @type {any} */ key) =>
  isObject(key) && isText(key.rule, 40) && Number.isInteger(key.start) && Number.isInteger(key.end);

/** Whether `message` from a frame is one of the two it may send, in its shape. */
export function isFrameMessage(/** @type {any} */ message) {
  if (!isObject(message)) return false;
  if (message.type === "size") return Number.isFinite(message.height) && message.height >= 0 && message.height < 1e5;
  return (
    message.type === "action" &&
    FRAME_ACTIONS.includes(message.action) &&
    optional(message.finding, isFindingKey) &&
    optional(message.clause, isClauseId)
  );
}

/** Whether `message` to a frame is a view for it to draw ({type: "view", view}). */
export function isFrameView(/** @type {any} */ message) {
  return isObject(message) && message.type === "view" && isObject(message.view);
}
