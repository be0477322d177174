// "Post anyway?": one mechanism for every way a draft is sent, on every site and surface. A draft
// goes out by a click on the site's send button, by Enter (comment and message boxes), by
// Ctrl/Cmd+Enter (X, and most composers), or by its form's submit; each is stopped here, before
// the site's own handlers see it, while the draft's session says it may not post yet. The event
// is cancelled (nothing typed, nothing sent, nothing lost) and the session asks "post anyway?".
//
// Listeners sit on the window in the capture phase, the first place an event passes, so the
// site's handlers (React's at its root, the editors' on their element) never see a held-back
// send. Events from inside a shadow root (X Chat) arrive retargeted at its host: what was pressed
// is read from the event's composed path. A form's submit does not leave its shadow root, so each
// root holding a composer is watched too.

/**
 * What the guard needs from a draft: its editor, whether it may post now (else it asks), the
 * site's send button for it now, and whether a plain Enter sends it.
 * @typedef {{editor: HTMLElement, enterSends: boolean, mayPost(): boolean, sendButton(): HTMLElement | null}} Guarded
 */

/** @type {WeakSet<Node>} the roots (the window's document, shadow roots) whose sends are guarded */
const watched = new WeakSet();

/** What the event happened on, inside any shadow root. */
const origin = (/** @type {Event} */ event) => /** @type {Node | null} */ (event.composedPath()[0] ?? event.target);

/** Whether this key press sends a draft from `draft`'s editor (Enter sends only where the site says so). */
function sendsByKey(/** @type {KeyboardEvent} */ event, /** @type {Guarded} */ draft) {
  if (event.key !== "Enter" || event.isComposing || event.altKey || event.shiftKey) return false;
  return event.ctrlKey || event.metaKey || draft.enterSends;
}

/** Cancel a send, before anything else on the page sees it. */
function holdBack(/** @type {Event} */ event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export class SendGuard {
  /** @param {() => Iterable<Guarded>} drafts the drafts on the page now */
  constructor(drafts) {
    this.drafts = drafts;
    this.onClick = this.onClick.bind(this);
    this.onKey = this.onKey.bind(this);
    this.onSubmit = this.onSubmit.bind(this);
    window.addEventListener("click", this.onClick, true);
    window.addEventListener("keydown", this.onKey, true);
    this.watch(document);
  }

  /** Guard the form submits in `root` too (the document, or a shadow root a composer lives in). */
  watch(/** @type {Document | ShadowRoot} */ root) {
    if (watched.has(root)) return;
    watched.add(root);
    (root instanceof Document ? window : root).addEventListener("submit", this.onSubmit, true);
  }

  onClick(/** @type {MouseEvent} */ event) {
    const target = origin(event);
    for (const draft of this.drafts()) {
      if (draft.sendButton()?.contains(target) && !draft.mayPost()) return holdBack(event);
    }
    return undefined;
  }

  onKey(/** @type {KeyboardEvent} */ event) {
    if (event.key !== "Enter") return undefined;
    const path = event.composedPath();
    for (const draft of this.drafts()) {
      if (path.includes(draft.editor) && sendsByKey(event, draft) && !draft.mayPost()) return holdBack(event);
    }
    return undefined;
  }

  onSubmit(/** @type {Event} */ event) {
    const form = origin(event);
    for (const draft of this.drafts()) {
      if (form?.contains(draft.editor) && !draft.mayPost()) return holdBack(event);
    }
    return undefined;
  }
}
