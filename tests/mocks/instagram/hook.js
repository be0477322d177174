// Main-world test hook: window.__mock. Every editor on the page registers itself here with a
// stable id ("caption", "comment-ABC123", "message", "signup-…"); text always comes from the
// editor's own state (Lexical EditorState / React state for the plain textarea), never the DOM.
const registry = new Map(); // id -> { label, element(), getText(), getSelection(), postEnabled(), remount(), editor? }
const posted = [];
let navigateImpl = null;

export function registerEditor(id, impl) {
  registry.set(id, impl);
  return () => {
    if (registry.get(id) === impl) registry.delete(id);
  };
}

export function recordPost(where, text, media = []) {
  const entry = { where, text, media: media.map((m) => m.name) };
  posted.push(entry);
  return entry;
}

export function setNavigate(fn) {
  navigateImpl = fn;
}

function ordered() {
  const list = [...registry.entries()].map(([id, impl]) => ({ id, impl, el: impl.element() }));
  list.sort((a, b) => {
    if (!a.el || !b.el) return 0;
    return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  return list;
}

// id omitted: the editor holding focus, else the first editor in document order.
function pick(id) {
  if (id != null) {
    const impl = registry.get(id);
    if (!impl) throw new Error(`__mock: no editor "${id}" on this page (have: ${[...registry.keys()].join(", ") || "none"})`);
    return impl;
  }
  const list = ordered();
  const active = document.activeElement;
  const focused = list.find(({ el }) => el && active && (el === active || el.contains(active)));
  const chosen = focused || list[0];
  if (!chosen) throw new Error("__mock: no editor on this page");
  return chosen.impl;
}

window.__mock = {
  site: "instagram",
  editors: () =>
    ordered().map(({ id, impl }) => ({ id, label: impl.label, text: impl.getText(), postEnabled: impl.postEnabled() })),
  getPlainText: (id) => pick(id).getText(),
  postEnabled: (id) => pick(id).postEnabled(),
  getSelection: (id) => pick(id).getSelection(),
  posted: () => posted.map((p) => ({ ...p, media: [...p.media] })),
  remount: (id) => {
    pick(id).remount();
    return true;
  },
  // Extras for debugging / tests.
  element: (id) => pick(id).element(),
  lexical: (id) => pick(id).editor?.() || null, // the live LexicalEditor (null for textareas/inputs)
  navigate: (path) => navigateImpl && navigateImpl(path),
};
