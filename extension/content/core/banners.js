// Page rules shown as a banner rather than from a draft (docs/contract.md: friend-request,
// unofficial-channel), drawn in an extension frame (frame-host.js, panel/banner.js). The host
// element carries the page contract (`policy-guard-banner[data-rules]`); the banner sits in the
// bottom corner, where it covers no page controls. Dismissed banners stay dismissed while the tab is open.

import { FrameHost } from "./frame-host.js";

/** @typedef {import("../../shared/protocol.js").PageRuleWords & {rule: string}} BannerWords */
/** @typedef {BannerWords & {applies(): boolean}} PageRuleShown */

const WIDTH = 420;
const HOSTS = "policy-guard-panel, policy-guard-banner";
const dismissed = new Set();
/** @type {Element | null} what had the focus in the page before it went into a banner */
let focusBefore = null;
document.addEventListener(
  "focusin",
  (event) => {
    if (event.target instanceof Element && !event.target.closest(HOSTS)) focusBefore = event.target;
  },
  true,
);
/** @type {Map<string, FrameHost>} rule -> its banner */
const shown = new Map();

/** Show (once) the banner for a page rule. */
function showBanner(/** @type {BannerWords} */ { rule, clause, title, text }) {
  if (dismissed.has(rule) || shown.has(rule)) return;
  const banner = new FrameHost("policy-guard-banner", "panel/banner.html", {
    attributes: { "data-rules": rule },
    width: Math.min(WIDTH, document.documentElement.clientWidth - 32),
    onAction: (action) => {
      if (action.action !== "dismiss") return;
      dismissed.add(rule);
      const hadFocus = banner.element.contains(document.activeElement);
      hideBanner(rule);
      if (hadFocus) focusBack();
    },
  });
  banner.setStyles({ position: "fixed", bottom: "16px", right: "16px", "z-index": "2147483000" });
  banner.show({ rules: rule, clause, title, text });
  banner.attach();
  shown.set(rule, banner);
}

/** After a dismissed banner: focus goes back where it was before the banner had it, never to <body>. */
function focusBack() {
  const next = [focusBefore, ...document.querySelectorAll("main a[href], main button, a[href], button")].find(
    (node) => node instanceof HTMLElement && node.isConnected && !node.closest(HOSTS) && node.getClientRects().length,
  );
  if (next instanceof HTMLElement) next.focus();
}

/** The shortcut, where there is no composer: the first banner shown takes the focus. */
export function focusBanner() {
  shown.values().next().value?.focus();
}

function hideBanner(/** @type {string} */ rule) {
  shown.get(rule)?.destroy();
  shown.delete(rule);
}

/** Why the person cannot see a banner shown now ("" when they can see them all). */
export function bannersHiddenBy() {
  for (const banner of shown.values()) {
    const reason = banner.hiddenBy();
    if (reason) return reason;
  }
  return "";
}

/** Keep each page rule's banner in step with the page: one shown while its rule applies. */
export function syncBanners(/** @type {PageRuleShown[]} */ rules) {
  for (const rule of rules) {
    if (rule.applies()) {
      showBanner(rule);
      shown.get(rule.rule)?.attach(); // a page script may have removed it
    } else {
      hideBanner(rule.rule);
    }
  }
}
