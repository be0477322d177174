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
.clause { color: #536471; font-size: 12px; } .fix { color: #0b5d91; font-size: 12px; margin-top: 2px; }
.status { color: #536471; }
`;

const LABELS = { error: "Error", warning: "Warning", info: "Info" };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Panel {
  constructor(anchor) {
    this.anchor = anchor;
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
    document.body.append(this.host);
    this.place = this.place.bind(this);
    this.resizeObserver = new ResizeObserver(this.place);
    this.resizeObserver.observe(anchor);
    window.addEventListener("scroll", this.place, { passive: true, capture: true });
    window.addEventListener("resize", this.place, { passive: true });
    this.setStatus("loading");
  }

  /** Beside the composer: to its right where there is room, otherwise under it. */
  place() {
    const rect = this.anchor.getBoundingClientRect();
    const width = 306;
    const right = rect.right + 12 + width <= document.documentElement.clientWidth;
    const left = right ? rect.right + 12 : Math.max(8, rect.left);
    const top = right ? rect.top : rect.bottom + 8;
    this.host.style.transform = `translate(${Math.round(left + window.scrollX)}px, ${Math.round(top + window.scrollY)}px)`;
  }

  setWho(text) {
    this.who.textContent = text;
  }

  setStatus(status, reason = "") {
    this.host.setAttribute("data-status", status);
    this.card.classList.toggle("ready", status === "ready");
    this.card.classList.toggle("failed", status === "error");
    if (status === "loading") this.body.replaceChildren(el("div", "status", "Starting the policy checker…"));
    if (status === "error") {
      this.host.setAttribute("data-rules", "");
      this.body.replaceChildren(el("div", "status", reason || "The checker is not working."));
    }
  }

  setFindings(findings, notice = "") {
    const rules = [...new Set(findings.map((f) => f.rule))];
    this.host.setAttribute("data-rules", rules.join(" "));
    this.setStatus("ready");
    this.card.classList.toggle("has-error", findings.some((f) => f.severity === "error"));
    this.card.classList.toggle("has-warning", findings.some((f) => f.severity === "warning"));
    const items = findings.map((f) => {
      const item = el("li");
      item.append(el("span", `sev ${f.severity}`, LABELS[f.severity] || f.severity), el("span", "", f.message));
      item.append(el("div", "clause", `${f.rule} · policy clause ${f.clauses.join(", ")}`));
      if (f.fix) item.append(el("div", "fix", `Suggested fix — ${f.fix.label}: “${f.fix.text.trim()}”`));
      if (f.clear_by) item.append(el("div", "fix", `To clear it: ${f.clear_by}`));
      return item;
    });
    const list = el("ul");
    list.append(...items);
    const summary = findings.length ? "" : "No policy issues found.";
    this.body.replaceChildren(...(notice ? [el("div", "status", notice)] : []), summary ? el("div", "status", summary) : list);
  }

  destroy() {
    this.resizeObserver.disconnect();
    window.removeEventListener("scroll", this.place, { capture: true });
    window.removeEventListener("resize", this.place);
    this.host.remove();
  }
}
