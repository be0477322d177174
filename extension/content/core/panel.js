// The panel beside a composer. The page contract (rules.md) lives on the host element:
// `data-rules` (rule ids found now) and `data-status` (loading | ready | error). What the person
// reads lives in a closed shadow root, drawn next to the editor and never inside it.

const STYLE = `
:host { all: initial; }
.card { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f1419;
  background: #fff; border: 1px solid #cfd9de; border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.12);
  padding: 10px 12px; width: 280px; max-height: 60vh; overflow: auto; }
.head { display: flex; align-items: center; gap: 6px; font-weight: 600; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #8899a6; flex: none; }
.ready .dot { background: #00ba7c; } .has-error .dot { background: #f4212e; } .has-warning .dot { background: #ffad1f; }
.failed .dot { background: #f4212e; }
.who { color: #536471; font-size: 12px; margin: 2px 0 6px; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #eff3f4; padding: 6px 0; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 4px; padding: 0 4px; margin-right: 4px; }
.sev.error { background: #fde8ea; color: #b0101b; } .sev.warning { background: #fff3d6; color: #8a5a00; }
.sev.info { background: #e8f5fd; color: #0b5d91; }
.clause { color: #536471; font-size: 12px; } .note { color: #0b5d91; font-size: 12px; margin-top: 2px; }
.status { color: #536471; } .off { color: #8a5a00; font-size: 12px; margin-top: 6px; }
button { font: inherit; font-size: 12px; border-radius: 999px; border: 1px solid #cfd9de; background: #fff;
  padding: 2px 10px; margin: 4px 4px 0 0; cursor: pointer; color: #0f1419; }
button.primary { background: #0f1419; color: #fff; border-color: #0f1419; }
button.link { border: 0; padding: 0; margin: 0; background: none; color: #1d72b8; text-decoration: underline; }
button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.confirm { border: 1px solid #f4212e; border-radius: 8px; padding: 6px 8px; margin-bottom: 6px; background: #fff5f5; }
`;

const LABELS = { error: "Error", warning: "Warning", info: "Info" };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label, onClick, className = "") {
  const node = el("button", className, label);
  node.type = "button";
  node.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return node;
}

/**
 * `actions`: {fix(finding), confirmConsent(), switchAccount(), openClause(clause), postAnyway(), keepEditing()}.
 */
export class Panel {
  constructor(anchor, actions) {
    this.anchor = anchor;
    this.actions = actions;
    this.host = document.createElement("policy-guard-panel");
    this.host.setAttribute("data-rules", "");
    this.host.setAttribute("data-status", "loading");
    this.host.setAttribute("role", "region");
    this.host.setAttribute("aria-label", "Policy Guard");
    Object.assign(this.host.style, { position: "absolute", zIndex: "2147483000", top: "0", left: "0" });
    const root = this.host.attachShadow({ mode: "closed" });
    root.append(el("style", "", STYLE));
    this.card = el("div", "card");
    this.title = el("div", "head");
    this.title.append(el("span", "dot"), el("span", "", "Policy Guard"));
    this.who = el("div", "who");
    this.body = el("div");
    this.body.setAttribute("aria-live", "polite");
    this.card.append(this.title, this.who, this.body);
    root.append(this.card);
    // The contract attributes are ours alone: a page script that rewrites them is undone.
    this.state = { "data-rules": "", "data-status": "loading" };
    this.guard = new MutationObserver(() => this.restore());
    this.guard.observe(this.host, { attributes: true, attributeFilter: Object.keys(this.state) });
    this.place = this.place.bind(this);
    this.resizeObserver = new ResizeObserver(this.place);
    this.resizeObserver.observe(anchor);
    window.addEventListener("scroll", this.place, { passive: true, capture: true });
    window.addEventListener("resize", this.place, { passive: true });
    this.attach();
    this.setStatus("loading");
  }

  setAttr(name, value) {
    this.state[name] = value;
    this.host.setAttribute(name, value);
  }

  restore() {
    for (const [name, value] of Object.entries(this.state)) {
      if (this.host.getAttribute(name) !== value) this.host.setAttribute(name, value);
    }
  }

  /** (Re)attach the panel to the page: a page script may remove it; it comes back. */
  attach() {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.place();
  }

  /** Beside the composer, in view: to its right, else its left, else below, else above it. */
  place() {
    const rect = this.anchor.getBoundingClientRect();
    const width = 306;
    const height = this.host.getBoundingClientRect().height || 120;
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    let left;
    let top;
    if (rect.right + 12 + width <= view.width) [left, top] = [rect.right + 12, rect.top];
    else if (rect.left - 12 - width >= 0) [left, top] = [rect.left - 12 - width, rect.top];
    else if (rect.bottom + 8 + height <= view.height) [left, top] = [Math.max(8, rect.left), rect.bottom + 8];
    else [left, top] = [Math.max(8, rect.left), rect.top - 8 - height];
    left = Math.min(left, view.width - width - 8);
    top = Math.max(8, Math.min(top, view.height - height - 8));
    this.host.style.transform = `translate(${Math.round(left + window.scrollX)}px, ${Math.round(top + window.scrollY)}px)`;
  }

  /** Who the checker thinks is posting; `assumed` when the page did not say (one click switches). */
  setWho(context, assumed) {
    // Drawn again only when it changes (every check calls this): nothing else redraws the line.
    const key = JSON.stringify([context.channel, context.account, assumed]);
    if (key === this.whoKey) return;
    this.whoKey = key;
    const who = context.channel ? `@${context.channel}` : "this account";
    const kind = context.account === "official" ? "official channel" : "personal account";
    const article = kind.startsWith("o") ? "an" : "a";
    this.who.replaceChildren(el("span", "", assumed ? `Assuming ${article} ${kind}` : `Checking as ${who} (${kind})`));
    if (assumed) {
      const other = context.account === "official" ? "personal account" : "official channel";
      this.who.append(el("span", "", " · "), button(`Switch to ${other}`, () => this.actions.switchAccount(), "link"));
    }
  }

  setStatus(status, reason = "") {
    this.setAttr("data-status", status);
    this.card.classList.toggle("ready", status === "ready");
    this.card.classList.toggle("failed", status === "error");
    if (status !== "ready") this.shown = null;
    if (status === "loading") this.body.replaceChildren(el("div", "status", "Starting the policy checker…"));
    if (status === "error") {
      this.setAttr("data-rules", "");
      this.body.replaceChildren(el("div", "status", reason || "The checker is not working."));
    }
  }

  /** Show findings. `extra`: {notice, turnedOff: [rule ids], confirming: bool}. */
  setFindings(findings, { notice = "", turnedOff = [], confirming = false } = {}) {
    // Unchanged findings are not redrawn: a button under the person's pointer stays where it is.
    const shown = JSON.stringify([findings, notice, turnedOff, confirming]);
    if (shown === this.shown) return; // `shown` is reset whenever the status leaves "ready"
    this.shown = shown;
    const rules = [...new Set(findings.map((f) => f.rule))];
    this.setAttr("data-rules", rules.join(" "));
    this.setStatus("ready");
    this.card.classList.toggle("has-error", findings.some((f) => f.severity === "error"));
    this.card.classList.toggle("has-warning", findings.some((f) => f.severity === "warning"));
    const parts = [];
    if (confirming) {
      const box = el("div", "confirm");
      box.setAttribute("role", "alertdialog");
      box.append(el("div", "", "This post still has errors. Post anyway?"));
      box.append(button("Post anyway", () => this.actions.postAnyway(), "primary"), button("Keep editing", () => this.actions.keepEditing()));
      parts.push(box);
    }
    if (notice) parts.push(el("div", "status", notice));
    if (findings.length) {
      const list = el("ul");
      list.append(...findings.map((f) => this.item(f)));
      parts.push(list);
    } else {
      parts.push(el("div", "status", "No policy issues found."));
    }
    if (turnedOff.length) parts.push(el("div", "off", `Turned off: ${turnedOff.join(", ")}`));
    this.body.replaceChildren(...parts);
    this.place(); // its height changed
  }

  item(finding) {
    const item = el("li");
    item.append(el("span", `sev ${finding.severity}`, LABELS[finding.severity] || finding.severity), el("span", "", finding.message));
    const cite = el("div", "clause", `${finding.rule} · policy clause `);
    finding.clauses.forEach((clause, i) => {
      if (i) cite.append(", ");
      cite.append(button(clause, () => this.actions.openClause(clause), "link"));
    });
    item.append(cite);
    if (finding.rule === "child-consent") {
      item.append(button("I have parent/guardian consent for everyone identifiable", () => this.actions.confirmConsent()));
    } else if (finding.clear_by) {
      item.append(el("div", "note", `To clear it: ${finding.clear_by}`));
    }
    if (finding.fix) {
      item.append(el("div", "note", `Suggested: “${finding.fix.text.trim()}”`));
      item.append(button(finding.fix.label, () => this.actions.fix(finding)));
    }
    return item;
  }

  destroy() {
    this.guard.disconnect();
    this.resizeObserver.disconnect();
    window.removeEventListener("scroll", this.place, { capture: true });
    window.removeEventListener("resize", this.place);
    this.host.remove();
  }
}
