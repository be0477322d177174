// Checked wherever a person writes, as Harper checks any text box: a box the person types into on a
// site's page is checked even when the site's adapter does not recognise it (the site changed, a
// surface nobody mapped yet), with what is known without site knowledge: the person's default
// account, surface `post`. Left alone: search boxes, log-in and password forms, single-line boxes
// (inputs, `aria-multiline=false`), and what the adapter already watches.

/** @typedef {import("./adapter.js").SiteAdapter} SiteAdapter */
/** @typedef {import("./adapter.js").Composer} Composer */

/** The editing host an input event happened in (a textarea, or the outermost contenteditable), or null. */
function boxOf(/** @type {Event} */ event) {
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement) return target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let host = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Whether a box is one a person writes a post, comment or message in (not a search or log-in box). */
function isWritingBox(/** @type {HTMLElement} */ box) {
  if (box.getAttribute("aria-multiline") === "false" || box.getAttribute("role") === "searchbox") return false;
  if (box.closest('[role="search"], form[role="search"]')) return false;
  if (box instanceof HTMLTextAreaElement && (box.readOnly || box.disabled)) return false;
  const form = box.closest("form");
  if (form?.querySelector('input[type="password"], input[autocomplete="username"], input[autocomplete="one-time-code"]')) return false;
  return box.getClientRects().length > 0; // shown
}

/**
 * What the generic watch knows of a box it checks: nothing of the site's. Blocks: Draft.js marks
 * its blocks; otherwise each child of the box is a line (Lexical's paragraphs, a plain div's lines).
 * @returns {SiteAdapter}
 */
function genericAdapter(/** @type {HTMLElement} */ box) {
  const form = box.closest("form");
  return {
    composers: () => [],
    blockSelector: box.querySelector('[data-block="true"]') ? '[data-block="true"]' : ":scope > *",
    acting: () => "",
    container: (node) => node.closest('form, [role="dialog"], [role="article"]') ?? node.parentElement ?? document.body,
    anchor: (editor) => editor,
    postButton: () => form?.querySelector('button[type="submit"], input[type="submit"]') ?? null,
    expectsComposer: () => false,
    pageRules: [],
  };
}

/** Whether a box is in use: focused, or holding a draft (an empty box left behind gets no panel). */
function inUse(/** @type {HTMLElement} */ box) {
  const root = /** @type {Document | ShadowRoot} */ (box.getRootNode());
  return root.activeElement === box || (box instanceof HTMLTextAreaElement ? box.value : box.textContent).trim() !== "";
}

export class TextBoxWatch {
  /**
   * @param {(box: HTMLElement) => boolean} isKnown whether the site's adapter watches this box already
   * @param {() => void} onTyped called when the person starts typing in a box the adapter does not know
   */
  constructor(isKnown, onTyped) {
    /** @type {Set<HTMLElement>} boxes the person has typed into that the adapter did not know then */
    this.typed = new Set();
    document.addEventListener(
      "input",
      (event) => {
        const box = boxOf(event);
        if (!box || this.typed.has(box) || !event.isTrusted || isKnown(box)) return; // the person's own typing, in a box we did not know
        this.typed.add(box);
        onTyped();
      },
      true,
    );
  }

  /**
   * The boxes to check with no site knowledge: typed into, still on the page, writing boxes, and
   * not the adapter's composers (nor inside one).
   * @param {Composer[]} known the adapter's composers now
   * @returns {(Composer & {adapter: SiteAdapter})[]}
   */
  composers(known) {
    const editors = known.map((c) => c.editor);
    const found = [];
    for (const box of this.typed) {
      if (!box.isConnected) {
        this.typed.delete(box);
        continue;
      }
      if (editors.some((e) => e === box || e.contains(box) || box.contains(e)) || !isWritingBox(box) || !inUse(box)) continue;
      found.push({ editor: box, surface: "post", generic: true, adapter: genericAdapter(box) });
    }
    return found;
  }
}
