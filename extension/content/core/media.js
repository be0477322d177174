// Attachments on a draft: images and videos added by file picker, drag-and-drop or paste.
// Pages show only blob: previews, so the file names are taken from the events that bring the
// files in, kept per composer container (a dialog, or the composer's own region), and pruned
// as the page's previews go (the draft's media removed, posted or discarded).

/**
 * @typedef {{kind: string, name: string}} Medium
 * @typedef {{media: Medium[], added: number, observer: MutationObserver | null}} Entry
 */
/** @type {WeakMap<Element, Entry>} container element -> its draft's media */
const byContainer = new WeakMap();
const SETTLE_MS = 1500; // a page may take a moment to draw the preview of a new file
const PREVIEWS = 'img[src^="blob:"], video[src^="blob:"], video source[src^="blob:"]';

function kindOf(/** @type {File} */ file) {
  if (file.type.startsWith("image/")) return "image";
  if (file.type.startsWith("video/")) return "video";
  return /\.(mp4|mov|m4v|mkv|webm|avi)$/i.test(file.name) ? "video" : /\.(jpe?g|png|gif|heic|heif|webp)$/i.test(file.name) ? "image" : null;
}

/** Previews named after their files (an `alt`) say which files are left: keep just those. */
function keepNamed(/** @type {Entry} */ entry, /** @type {Element[]} */ previews) {
  const named = new Set(previews.map((p) => p.getAttribute("alt")).filter(Boolean));
  const left = entry.media.filter((m) => named.has(m.name));
  if (left.length) entry.media = left;
}

/** Watch a container with media, so a file removed while its name is on show (a gallery) is seen. */
function watchPreviews(/** @type {Element} */ container, /** @type {Entry} */ entry) {
  if (entry.observer) return;
  let pending = false;
  entry.observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      keepNamed(entry, Array.from(container.querySelectorAll(PREVIEWS)));
    });
  });
  entry.observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["alt", "src"] });
}

/**
 * @param {Element} container
 * @param {FileList} files
 * @param {(container: Element) => void} onChange
 */
function add(container, files, onChange) {
  const entry = byContainer.get(container) ?? { media: [], added: 0, observer: null };
  for (const file of files) {
    const kind = kindOf(file);
    if (kind) entry.media.push({ kind, name: file.name });
  }
  entry.added = Date.now();
  byContainer.set(container, entry);
  watchPreviews(container, entry);
  onChange(container);
  setTimeout(() => onChange(container), SETTLE_MS + 50); // look again once the previews are drawn
}

/**
 * Watch the document for files arriving; `containerOf(node)` says which draft they belong to. Only
 * the person's own actions count: a file chosen in one of the site's file inputs, dropped or pasted
 * by the person (trusted events). A page's script can dispatch a drop or a paste carrying any file
 * name, or set an input's files and fire its change: those are not the person's attachments.
 * A drop or a paste crosses shadow roots (seen here at the element it happened on); a file input's
 * `change` does not: the returned function watches an open shadow root a composer lives in (X Chat).
 * @param {(node: Element) => Element} containerOf
 * @param {(container: Element) => void} onChange
 * @returns {(root: ShadowRoot) => void}
 */
export function watchAttachments(containerOf, onChange) {
  const take = (/** @type {Event} */ event, /** @type {FileList | undefined} */ files) => {
    const target = event.composedPath()[0];
    if (!event.isTrusted) return;
    const container = files?.length && target instanceof Element ? containerOf(target) : null;
    if (container) add(container, files, onChange);
  };
  const chosen = (/** @type {Event} */ event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") take(event, event.target.files);
  };
  document.addEventListener("change", chosen, true);
  document.addEventListener("drop", (event) => take(event, event.dataTransfer?.files), true);
  document.addEventListener("paste", (event) => take(event, event.clipboardData?.files), true);
  return (root) => root.addEventListener("change", chosen, true); // the same listener twice is added once
}

/**
 * The media now attached in `container`. Pages show previews, not file names, so: no previews means
 * none left; previews named after their files (an `alt`) tell which are left; otherwise all stay
 * (a carousel shows one photo at a time; a removed one may be over-counted, never missed).
 */
export function mediaIn(/** @type {Element} */ container) {
  const entry = byContainer.get(container);
  if (!entry?.media.length || Date.now() - entry.added < SETTLE_MS) return entry?.media ?? [];
  const previews = Array.from(container.querySelectorAll(PREVIEWS));
  if (!previews.length) {
    entry.media = [];
    return entry.media;
  }
  keepNamed(entry, previews);
  return entry.media;
}

export function hasPreviews(/** @type {Element} */ container) {
  return !!container.querySelector(PREVIEWS);
}

export function forgetMedia(/** @type {Element} */ container) {
  byContainer.get(container)?.observer?.disconnect();
  byContainer.delete(container);
}
