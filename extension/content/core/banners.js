// Page rules shown as a banner rather than from a draft (rules.md: friend-request, unofficial-channel).
// The host element carries the page contract (`policy-guard-banner[data-rules]`); the words live in
// a closed shadow root, in the bottom corner where it covers no page controls. Dismissed banners
// stay dismissed while the tab is open.

const dismissed = new Set();
const shown = new Map(); // rule -> host element

const STYLE = `
:host { all: initial; }
.bar { position: fixed; bottom: 16px; right: 16px; z-index: 2147483000; max-width: 420px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f1419; background: #fff8e1;
  border: 1px solid #f0c36d; border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 12px 40px 12px 14px; }
b { display: block; margin-bottom: 2px; }
.clause { color: #536471; font-size: 12px; margin-top: 4px; }
button { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; font-size: 18px; cursor: pointer; color: #536471; }
button:focus-visible { outline: 2px solid #1d9bf0; border-radius: 4px; }
`;

/** Show (once) the banner for `rule`: {rule, clause, title, text}. */
function showBanner({ rule, clause, title, text }) {
  if (dismissed.has(rule) || shown.has(rule)) return;
  const host = document.createElement("policy-guard-banner");
  host.setAttribute("data-rules", rule);
  host.setAttribute("role", "region");
  host.setAttribute("aria-label", "Policy Guard");
  const root = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = STYLE;
  const bar = document.createElement("div");
  bar.className = "bar";
  bar.setAttribute("role", "note");
  const heading = document.createElement("b");
  heading.textContent = title;
  const body = document.createElement("div");
  body.textContent = text;
  const cite = document.createElement("div");
  cite.className = "clause";
  cite.textContent = `${rule} · policy clause ${clause}`;
  const close = document.createElement("button");
  close.type = "button";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "×";
  close.addEventListener("click", () => {
    dismissed.add(rule);
    hideBanner(rule);
  });
  bar.append(heading, body, cite, close);
  root.append(style, bar);
  document.documentElement.append(host);
  shown.set(rule, host);
}

function hideBanner(rule) {
  shown.get(rule)?.remove();
  shown.delete(rule);
}

/** Keep each page rule's banner in step with the page: `rules` = [{rule, clause, title, text, applies()}]. */
export function syncBanners(rules) {
  for (const rule of rules) {
    if (rule.applies()) showBanner(rule);
    else hideBanner(rule.rule);
  }
}
