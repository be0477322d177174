// What a site adapter (content/sites/*.js, one per site or app of ../../sites.json) tells the page watch:
// where the composers are and how to read them, who is posting, and which page rules apply.
// Each adapter is one object of this type, passed to watchPage() in its site file's one entry point.

/**
 * A composer found on the page. `surface` (post, reply, comment, message) may be a getter: it is
 * read on every scan (a post may become a reply). `enterSends`: a plain Enter sends it (comment and message
 * boxes); Ctrl/Cmd+Enter, a click on its post button and its form's submit are guarded everywhere.
 * `generic`: a box no adapter recognised, checked with its own `adapter` of no site knowledge (text-box-watch.js).
 * @typedef {{editor: HTMLElement, readonly surface: string, enterSends?: boolean, generic?: boolean, adapter?: SiteAdapter}} Composer
 */

/**
 * A rule about the page itself (friend requests, creating channels), shown as a banner while it applies.
 * @typedef {{rule: string, applies(): boolean}} PageRule
 */

/**
 * One place a draft is posted to: the contract's platform id and the handle that posts there ("" unknown).
 * @typedef {{platform: string, acting: string}} Placement
 */

/**
 * @typedef {object} SiteAdapter
 * @property {(doc: Document) => Composer[]} composers the composers on the page now
 * @property {string} blockSelector the editor's blocks, one per line (text-map.js); "" for none
 * @property {(editor: HTMLElement) => string} acting the handle the page says is posting, or ""
 * @property {(editor: HTMLElement) => Placement[]} [placements] where an app posts one draft to more than its
 *   site (Business Suite: a Facebook Page and an Instagram account at once), each placement that is on, with
 *   who posts there; the draft is checked for each. Without it, or when none is on: the site's, as `acting`.
 * @property {(node: Element) => Element} container the draft's container (its dialog, article…), which holds its attachments
 * @property {(editor: HTMLElement) => Element} anchor what the panel stands beside
 * @property {(editor: HTMLElement) => HTMLElement | null} postButton the site's own button that sends this draft
 * @property {() => boolean} expectsComposer whether the page shows a composer we should have found (else: "not checking here")
 * @property {PageRule[]} pageRules
 */

/**
 * The HTML elements under `root` that match `selector`, in document order (for adapters: the
 * composers and buttons they look for are all HTML elements).
 * @param {ParentNode} root
 * @param {string} selector
 * @returns {HTMLElement[]}
 */
export function htmlElements(root, selector) {
  return Array.from(root.querySelectorAll(selector)).filter((node) => node instanceof HTMLElement);
}
