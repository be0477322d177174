"""One way for a test to drive either browser: `Tab`, a page of the site a person is on, with what a
person does in it (go to an address, type, press keys, click as a person clicks, choose files) and what
they see (Policy Guard's panel and banners), and the extension's own pages. Two drivers implement it:
`ChromiumTab` (driver_chromium.py: Playwright, Debian's chromium) and `FirefoxTab` (driver_firefox.py:
WebDriver BiDi, firefox-esr). Everything that differs between the browsers lives in those two; a
test written on `Tab` runs on both, through the `each_browser` and `tab` fixtures
(tests/browser/driver_fixtures.py): one browser of each kind per test module, a fresh tab per test.

A test that cannot run in one of them says so, and why, in its marker:
`@pytest.mark.only_in("chromium", "Chrome's checker is an offscreen document")`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Protocol

from tests.browser.conftest import PANEL, X_EDITOR, Site

BROWSERS = ("chromium", "firefox")
BOOT_S = 60.0  # Pyodide's first boot in a fresh profile, on a busy machine
PANEL_PAGE, BANNER_PAGE = "/panel/panel.html", "/panel/banner.html"
PERSON = ("jo_bloggs", "Jo Bloggs")  # who the mock sites say is logged in, unless a test says otherwise


class Tab(Protocol):
    """A browser tab on one of the mock sites (or one of the extension's own pages)."""

    site: Site  # who the mock sites say is logged in; the requests refused

    def goto(self, url: str) -> None: ...
    def close(self) -> None: ...

    # ---- the page's own script (`function`: JavaScript, `(a, b) => …`, may return a promise) ----
    def evaluate(self, function: str, *args: object) -> Any: ...
    def wait_for(self, function: str, *args: object, timeout: float = 15.0) -> Any:
        """Poll `function` until it returns something truthy; return that."""
        ...

    def add_page_script(self, source: str) -> None:
        """Run `source` in every page this tab loads from now on, before the page's own scripts."""
        ...

    def pause(self, seconds: float) -> None:
        """Let the page run on for a while (Playwright's events and routes are served meanwhile)."""
        ...

    # ---- a person's input ----
    def type(self, text: str) -> None: ...
    def press(self, combo: str) -> None:
        """A key or a chord, by Playwright's names: "Enter", "Control+a", "Meta+Enter", "Shift+Tab"."""
        ...

    def paste(self, text: str) -> None:
        """A person's paste into the focused editor."""
        ...

    def click(self, selector: str, text: str | None = None) -> None:
        """A person's click on the first element matching `selector` (whose text is `text`, if given),
        scrolled into view, once it has stopped moving."""
        ...

    def choose_files(self, selector: str, paths: list[Path]) -> None:
        """Choose files from disk in a file input, through the browser's own path (trusted events)."""
        ...

    # ---- what Policy Guard shows in the page ----
    def attribute(self, name: str, selector: str = PANEL) -> str | None: ...
    def count(self, selector: str) -> int:
        """How many elements match `selector`, in the page and its open shadow roots."""
        ...

    def wait_attribute(self, name: str, value: str, selector: str = PANEL, timeout: float = 15.0) -> None: ...
    def panel_text(self) -> str:
        """What a person reads in Policy Guard's panels and banners."""
        ...

    def click_in_panel(self, name: str) -> None:
        """Click the button called `name` (or whose name contains it) in a panel or banner, with the
        mouse at the place it is drawn in the page."""
        ...

    def in_frame(self, function: str, *args: object, page: str = PANEL_PAGE) -> Any:
        """`function` run inside Policy Guard's (one) frame on `page` (an extension page in the site's)."""
        ...

    def on_frame_element(self, function: str, page: str = PANEL_PAGE) -> Any:
        """`function(iframe)` run in the site's page on the <iframe> element of Policy Guard's frame on `page`."""
        ...

    def accessible(self, role: str, name: str | None = None, page: str = PANEL_PAGE) -> int:
        """How many controls the browser's accessibility service calls `role` (named `name`) in
        Policy Guard's frame on `page`: what a screen reader finds."""
        ...

    def has_focus(self, role: str, name: str, page: str = PANEL_PAGE) -> bool:
        """Whether the keyboard's focus is in Policy Guard's frame on `page`, on the control the
        accessibility service calls `role` `name`."""
        ...

    def set_viewport(self, width: int, height: int) -> None: ...

    # ---- the extension ----
    def in_extension(self, function: str, *args: object) -> Any:
        """`function` run in an extension context with every API the extension has (the options page
        or the popup would run it there)."""
        ...

    def extension_tab(self, path: str) -> Tab:
        """The newest tab the extension opened on one of its pages (`path`, e.g. "popup/popup.html")."""
        ...

    def open_popup(self) -> Tab:
        """The toolbar popup, in a tab of its own, once it says whether the checker is ready."""
        ...


# ---- browser-agnostic helpers on Tab ------------------------------------------------------------


def plain_text(tab: Tab, editor: str | None = None) -> str:
    """What a mock site's editor holds (its own state, not the DOM): its first, or the one called `editor`."""
    return tab.evaluate("id => window.__mock.getPlainText(id ?? undefined)", editor)


def set_settings(tab: Tab, values: dict) -> None:
    tab.in_extension("values => chrome.storage.sync.set(values)", values)


def clear_settings(tab: Tab) -> None:
    tab.in_extension("() => chrome.storage.sync.clear()")


def stored_settings(tab: Tab) -> dict:
    """Everything the person's settings hold (`storage.sync`)."""
    return tab.in_extension("() => chrome.storage.sync.get(null)")


def toolbar(tab: Tab) -> list[tuple[str, str]]:
    """The toolbar button's badge and title in every tab."""
    read = """async () => Promise.all((await chrome.tabs.query({})).map(async (t) =>
                [await chrome.action.getBadgeText({tabId: t.id}), await chrome.action.getTitle({tabId: t.id})]))"""
    return [(badge, title) for badge, title in tab.in_extension(read)]


def choose_option(page: Tab, select: str, label: str) -> None:
    """Choose the option whose words are `label` in the <select> with id `select` (as the browser does
    when a person picks it: the value set, its change event)."""
    page.evaluate(
        """(id, label) => { const select = document.getElementById(id);
             const option = [...select.options].find((o) => o.textContent === label);
             if (!option) throw new Error(`no option ${label} in #${id}`);
             select.value = option.value; select.dispatchEvent(new Event('change', {bubbles: true})); }""",
        select,
        label,
    )


def check_draft(popup: Tab, text: str, *, platform: str = "X", account: str | None = None) -> list[str]:
    """In the popup's "Check a draft": choose the platform and who is posting (by the options' words),
    type `text`, press Check; once its findings are for this text, their rule ids, in the order listed."""
    popup.click("#tab-check")
    choose_option(popup, "platform", platform)
    if account:
        choose_option(popup, "account", account)
    popup.click("#draft")
    popup.press("Control+a")
    popup.type(text)
    popup.click('#check-form button[type="submit"]')
    popup.wait_for("() => /^(Found|No policy issues found)/.test(document.querySelector('#check-status').textContent)")
    return popup.evaluate("() => [...document.querySelectorAll('#findings > li')].map((li) => li.dataset.rule)")


def open_x_composer(tab: Tab, handle: str = "jo_bloggs") -> None:
    """X's home as `handle`, the timeline composer clicked into, and the checker ready."""
    tab.site.handle = handle
    tab.goto("https://x.com/home")
    tab.click(X_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def wait_until(read: Any, want: object, within_s: float = 10.0) -> None:
    """Wait until `read()` gives `want` (polled: the page's state has no event to wait for)."""
    deadline = time.monotonic() + within_s
    got = read()
    while got != want and time.monotonic() < deadline:
        time.sleep(0.25)
        got = read()
    assert got == want


def wait_focus(tab: Tab, role: str, name: str, page: str = PANEL_PAGE, within_s: float = 15.0) -> None:
    """Wait until the control a screen reader calls `role` `name` has the keyboard's focus in Policy Guard's frame."""
    wait_until(lambda: tab.has_focus(role, name, page), True, within_s)


# Where the focus is in the site's page: 'panel', 'banner', 'body', or the focused element's test id/label/tag.
PAGE_FOCUS = """() => { const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    if (a.closest('policy-guard-panel')) return 'panel';
    if (a.closest('policy-guard-banner')) return 'banner';
    return a.getAttribute('data-testid') || a.getAttribute('aria-label') || a.tagName.toLowerCase(); }"""


def settled_page_focus(tab: Tab, most: float = 2.0) -> str:
    """Where a Tab left the focus in the site's page (`PAGE_FOCUS`), once it has landed. Chromium clears
    the page's focus while it hands a Tab on to a frame in another process (Policy Guard's), so the page
    says "body" until that frame has taken it: a busy machine makes that moment long. A focus that
    stays on the page's body is reported as "body"."""
    deadline = time.monotonic() + most
    while (where := tab.evaluate(PAGE_FOCUS)) == "body" and time.monotonic() < deadline:
        time.sleep(0.05)
    return where


def tab_to(tab: Tab, role: str, name: str, page: str = PANEL_PAGE, most: int = 20) -> list[str]:
    """Press Tab, as a person does, until the control called `name` in Policy Guard's frame has the
    focus; the stops on the way (where the focus was in the site's page, `PAGE_FOCUS`)."""
    stops = []
    for _ in range(most):
        tab.press("Tab")
        stops.append(settled_page_focus(tab))
        if stops[-1] in ("panel", "banner") and tab.has_focus(role, name, page):
            return stops
    raise AssertionError(f"Tab never reached the {role} {name!r}: {stops}")


def record_announcements(tab: Tab, page: str = PANEL_PAGE) -> None:
    """From now on, keep every text the frame's live region is given (window.__said)."""
    tab.in_frame(
        """() => { const region = document.querySelector('#announce'); window.__said = [];
            new MutationObserver(() => window.__said.push(region.textContent))
              .observe(region, {childList: true, characterData: true, subtree: true}); }""",
        page=page,
    )


def announcements(tab: Tab, page: str = PANEL_PAGE) -> list[str]:
    return tab.in_frame("() => window.__said", page=page)


def wait_page_focus(tab: Tab, selector: str) -> None:
    """Wait until the site's element `selector` has the keyboard's focus."""
    tab.wait_for("s => document.activeElement === document.querySelector(s)", selector)


def box(tab: Tab, selector: str) -> dict:
    """Where the first element matching `selector` (in the page or an open shadow root) is drawn in the
    viewport: {x, y, width, height}."""
    return tab.evaluate(
        f"s => {{ const r = ({FIND})(s, null).getBoundingClientRect();"
        " return {x: r.x, y: r.y, width: r.width, height: r.height}; }",
        selector,
    )


def texts(tab: Tab, selector: str) -> list[str]:
    """The words of every element matching `selector`, in the page and its open shadow roots."""
    return tab.evaluate(f"s => ({FIND_ALL})(s, null).map((e) => e.textContent)", selector)


# Whether the page underlines exactly these words, in order, for a severity's highlight ("policy-guard-error"):
# the highlight registry is the document's.
DRAWN = "(name, words) => JSON.stringify([...(CSS.highlights.get(name) ?? [])].map(String)) === JSON.stringify(words)"


def type_at_the_start(tab: Tab, key: str, text: str, editor: str | None = None) -> None:
    """An edit before everything: `key` ("Home", "Control+Home") to the start, then `text` typed, once
    the editor (the mock's first, or the one called `editor`) holds it there."""
    tab.press(key)
    tab.type(text)
    tab.wait_for("(id, t) => window.__mock.getPlainText(id ?? undefined).startsWith(t)", editor, text)


def no_trace_in(tab: Tab, editor: str) -> bool:
    """Whether the editor's DOM holds no trace of the extension (no panel, mark or class of ours)."""
    return tab.count(f"{editor} {PANEL}, {editor} mark, {editor} [class*=policy]") == 0


def wait_count(tab: Tab, selector: str, count: int, within_s: float = 15.0) -> None:
    """Wait until `count` elements match `selector` (in the page and its open shadow roots)."""
    wait_until(lambda: tab.count(selector), count, within_s)


# The elements matching a selector (whose words are the text, unless that is null), in the document and
# the open shadow roots in it, as Playwright's selectors find them in Chromium.
FIND_ALL = """(selector, text) => {
  const roots = [document], found = [];
  for (let i = 0; i < roots.length; i++) {
    found.push(...[...roots[i].querySelectorAll(selector)]
      .filter((e) => text === null || e.textContent.replace(/\\s+/g, ' ').trim() === text));
    for (const e of roots[i].querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
  }
  return found; }"""
FIND = f"(selector, text) => ({FIND_ALL})(selector, text)[0] ?? null"
