"""One way for a test to drive either browser: `Tab`, a page of the site a person is on, with what a
person does in it (go to an address, type, press keys, click as a person clicks, choose files) and what
they see (Policy Guard's panel and banners), and the extension's own pages. Two drivers implement it:
`ChromiumTab` (Playwright, Debian's chromium: tests/browser/conftest.py) and `FirefoxTab` (WebDriver
BiDi, firefox-esr: tests/browser/bidi.py). Everything that differs between the browsers lives here; a
test written on `Tab` runs on both, through the `each_browser` and `tab` fixtures (a plugin of
tests/conftest.py): one browser of each kind per test module, a fresh tab per test.

A test that cannot run in one of them says so, and why, in its marker:
`@pytest.mark.only_in("chromium", "Chrome's checker is an offscreen document")`."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser import a11y, bidi, extension_pages
from tests.browser import conftest as chromium
from tests.browser.conftest import PANEL, X_EDITOR, Site

BROWSERS = ("chromium", "firefox")
BOOT_S = 60.0  # Pyodide's first boot in a fresh profile, on a busy machine
PANEL_PAGE, BANNER_PAGE = "/panel/panel.html", "/panel/banner.html"
PERSON = ("jo_bloggs", "Jo Bloggs")  # who the mock sites say is logged in, unless a test says otherwise


class Tab(Protocol):
    """A browser tab on one of the mock sites (or one of the extension's own pages)."""

    browser: str  # "chromium" or "firefox"
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


def tab_to(tab: Tab, role: str, name: str, page: str = PANEL_PAGE, most: int = 20) -> list[str]:
    """Press Tab, as a person does, until the control called `name` in Policy Guard's frame has the
    focus; the stops on the way (where the focus was in the site's page, `PAGE_FOCUS`)."""
    stops = []
    for _ in range(most):
        tab.press("Tab")
        stops.append(tab.evaluate(PAGE_FOCUS))
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
        f"s => {{ const r = ({_FIND})(s, null).getBoundingClientRect();"
        " return {x: r.x, y: r.y, width: r.width, height: r.height}; }",
        selector,
    )


def texts(tab: Tab, selector: str) -> list[str]:
    """The words of every element matching `selector`, in the page and its open shadow roots."""
    return tab.evaluate(f"s => ({_FIND_ALL})(s, null).map((e) => e.textContent)", selector)


def wait_count(tab: Tab, selector: str, count: int, within_s: float = 15.0) -> None:
    """Wait until `count` elements match `selector` (in the page and its open shadow roots)."""
    wait_until(lambda: tab.count(selector), count, within_s)


def _call(function: str) -> str:
    """`function` as one taking its arguments as an array (Playwright passes one argument)."""
    return f"(args) => ({function})(...args)"


# ---- Chromium, through Playwright ------------------------------------------------------------------


class ChromiumTab:
    browser = "chromium"

    def __init__(self, context: BrowserContext, site: Site, page: Page | None = None) -> None:
        self.context, self.site = context, site
        self.page = page or context.new_page()

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def close(self) -> None:
        errors = getattr(self.page, "script_errors", [])  # an extension page's (extension_pages.open_page)
        self.page.close()
        assert errors == []

    def evaluate(self, function: str, *args: object) -> Any:
        return self.page.evaluate(_call(function), list(args))

    def wait_for(self, function: str, *args: object, timeout: float = 15.0) -> Any:
        handle = self.page.wait_for_function(_call(function), arg=list(args), timeout=timeout * 1000, polling=50)
        return True if handle.as_element() else handle.json_value()  # a node found: found

    def add_page_script(self, source: str) -> None:
        self.page.add_init_script(source)

    def pause(self, seconds: float) -> None:
        self.page.wait_for_timeout(seconds * 1000)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, combo: str) -> None:
        self.page.keyboard.press(combo)

    def paste(self, text: str) -> None:
        chromium.paste_into(self.page, text)

    def click(self, selector: str, text: str | None = None) -> None:
        found = self.page.locator(selector)
        if text is not None:
            found = found.filter(has_text=re.compile(f"^{re.escape(text)}$"))
        found.first.click()

    def choose_files(self, selector: str, paths: list[Path]) -> None:
        self.page.locator(selector).set_input_files(paths)

    def attribute(self, name: str, selector: str = PANEL) -> str | None:
        found = self.page.locator(selector)
        return found.first.get_attribute(name) if found.count() else None

    def wait_attribute(self, name: str, value: str, selector: str = PANEL, timeout: float = 15.0) -> None:
        expect(self.page.locator(selector)).to_have_attribute(name, value, timeout=timeout * 1000)

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def panel_text(self) -> str:
        return chromium.panel_text(self.page)

    def click_in_panel(self, name: str) -> None:
        chromium.click_in_panel(self.page, name)

    def _frame(self, page: str):
        chromium._settle(self.page)
        (frame,) = [f for f in chromium.policy_guard_frames(self.page) if f.url.split("?")[0].endswith(page)]
        return frame

    def in_frame(self, function: str, *args: object, page: str = PANEL_PAGE) -> Any:
        return self._frame(page).evaluate(_call(function), list(args))

    def on_frame_element(self, function: str, page: str = PANEL_PAGE) -> Any:
        return self._frame(page).frame_element().evaluate(function)

    def accessible(self, role: str, name: str | None = None, page: str = PANEL_PAGE) -> int:
        tree = a11y.ax_tree(self._frame(page))
        return sum(1 for n in tree if not n["ignored"] and n["role"] == role and name in (None, n["name"]))

    def has_focus(self, role: str, name: str, page: str = PANEL_PAGE) -> bool:
        return a11y.focused(self._frame(page)) == (role, name)

    def set_viewport(self, width: int, height: int) -> None:
        self.page.set_viewport_size({"width": width, "height": height})

    def in_extension(self, function: str, *args: object) -> Any:
        return chromium.extension_worker(self.context).evaluate(_call(function), list(args))

    def open_popup(self) -> ChromiumTab:
        return ChromiumTab(self.context, self.site, extension_pages.open_popup(self.context))

    def extension_tab(self, path: str) -> ChromiumTab:
        deadline = time.monotonic() + 15
        while True:
            for page in reversed(self.context.pages):
                if page.url.split("?")[0].split("#")[0].endswith(f"/{path}"):
                    return ChromiumTab(self.context, self.site, page)
            if time.monotonic() > deadline:
                raise AssertionError(f"the extension opened no tab on {path}")
            self.page.wait_for_timeout(100)  # (Playwright learns of new pages only while it is called)


# ---- Firefox, through WebDriver BiDi -------------------------------------------------------------


class FirefoxBrowser:
    """A firefox-esr (bidi.Firefox) and, once a test needs one, a tab on one of the extension's own
    pages kept open for the browser's life: WebDriver may not open an extension page itself, and a
    frame in a site's page has only a content script's APIs (no `tabs`, no `action`)."""

    def __init__(self, firefox: bidi.Firefox) -> None:
        self.firefox = firefox
        self._extension_page: bidi.Tab | None = None

    def extension_page(self) -> bidi.Tab:
        if self._extension_page is None:
            opener = self.firefox.new_tab()
            opener.goto("https://x.com/home")  # its panel's frame asks the background to open the popup
            opener.wait_for("s => document.querySelector(s)", PANEL, timeout=BOOT_S)
            opened = "() => chrome.runtime.sendMessage({target: 'background', type: 'open-clause', clause: 'PA-1'})"
            opener.evaluate(opened, context=opener.settle()[0])
            self._extension_page = self.firefox.extension_tab("popup/popup.html")
            opener.close()
        return self._extension_page

    def extension_tab(self, path: str, timeout: float = 15.0) -> bidi.Tab:
        """The newest tab on `path` the extension opened, besides the one kept for `extension_page`."""
        kept = self._extension_page.context if self._extension_page else None
        deadline = time.monotonic() + timeout
        while True:
            tree = self.firefox.bidi.call("browsingContext.getTree", {"maxDepth": 0})["contexts"]
            for context in reversed(tree):
                url = context["url"].split("?")[0].split("#")[0]
                if url.startswith("moz-extension://") and url.endswith(f"/{path}") and context["context"] != kept:
                    return bidi.Tab(self.firefox, context["context"])
            if time.monotonic() > deadline:
                raise AssertionError(f"the extension opened no tab on {path}")
            time.sleep(0.1)


# The elements matching a selector (whose words are the text, unless that is null), in the document and
# the open shadow roots in it, as Playwright's selectors find them in Chromium.
_FIND_ALL = """(selector, text) => {
  const roots = [document], found = [];
  for (let i = 0; i < roots.length; i++) {
    found.push(...[...roots[i].querySelectorAll(selector)]
      .filter((e) => text === null || e.textContent.replace(/\\s+/g, ' ').trim() === text));
    for (const e of roots[i].querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
  }
  return found; }"""
_FIND = f"(selector, text) => ({_FIND_ALL})(selector, text)[0] ?? null"


class FirefoxTab:
    browser = "firefox"

    def __init__(self, browser: FirefoxBrowser, tab: bidi.Tab | None = None) -> None:
        self.owner = browser
        if tab is None:
            browser.extension_page()  # first: a new tab comes to the front (a tab behind another draws nothing)
            tab = browser.firefox.new_tab()
        self.tab = tab
        self.site = browser.firefox.site
        self._scripts: list[str] = []

    def goto(self, url: str) -> None:
        self.tab.goto(url)

    def close(self) -> None:
        for script in self._scripts:
            bidi.remove_page_script(self.tab, script)
        self.tab.close()

    def evaluate(self, function: str, *args: object) -> Any:
        return self.tab.evaluate(function, *args)

    def wait_for(self, function: str, *args: object, timeout: float = 15.0) -> Any:
        return self.tab.wait_for(function, *args, timeout=timeout)

    def add_page_script(self, source: str) -> None:
        self._scripts.append(bidi.add_page_script(self.tab, f"() => {{ {source} }}"))

    def pause(self, seconds: float) -> None:
        time.sleep(seconds)

    def type(self, text: str) -> None:
        self.tab.type(text)

    def press(self, combo: str) -> None:
        bidi.press_key(self.tab, combo)

    def paste(self, text: str) -> None:
        bidi.paste_into(self.tab, text)

    def click(self, selector: str, text: str | None = None) -> None:
        node = self.tab.wait_for(_FIND, selector, text)
        self.tab.evaluate("node => node.scrollIntoView({block: 'center'})", node)
        self.tab.click_element(node)

    def choose_files(self, selector: str, paths: list[Path]) -> None:
        self.tab.choose_files(selector, paths)

    def attribute(self, name: str, selector: str = PANEL) -> str | None:
        return self.tab.evaluate(f"(s, n) => ({_FIND})(s, null)?.getAttribute(n) ?? null", selector, name)

    def wait_attribute(self, name: str, value: str, selector: str = PANEL, timeout: float = 15.0) -> None:
        got = f"(s, n, v) => ({_FIND})(s, null)?.getAttribute(n) === v"
        self.tab.wait_for(got, selector, name, value, timeout=timeout)

    def count(self, selector: str) -> int:
        return self.tab.evaluate(f"s => ({_FIND_ALL})(s, null).length", selector)

    def panel_text(self) -> str:
        return self.tab.panel_text()

    def click_in_panel(self, name: str) -> None:
        self.tab.click_in_panel(name)

    def in_frame(self, function: str, *args: object, page: str = PANEL_PAGE) -> Any:
        return self.tab.evaluate(function, *args, context=self._frame(page))

    def on_frame_element(self, function: str, page: str = PANEL_PAGE) -> Any:
        return self.tab.evaluate(function, bidi.frame_element(self.tab, page))

    def _frame(self, page: str) -> str:
        self.tab.settle()
        (frame,) = [context for context, at in self.tab.frames() if at == page]
        return frame

    def accessible(self, role: str, name: str | None = None, page: str = PANEL_PAGE) -> int:
        return len(bidi.accessible_nodes(self.tab, self._frame(page), role, name))

    def has_focus(self, role: str, name: str, page: str = PANEL_PAGE) -> bool:
        return bidi.has_focus(self.tab, self._frame(page), role, name)

    def set_viewport(self, width: int, height: int) -> None:
        bidi.set_viewport(self.tab, width, height)

    def in_extension(self, function: str, *args: object) -> Any:
        return self.owner.extension_page().evaluate(function, *args)

    def extension_tab(self, path: str) -> FirefoxTab:
        return FirefoxTab(self.owner, self.owner.extension_tab(path))

    def open_popup(self) -> FirefoxTab:
        self.in_extension("() => chrome.tabs.create({url: chrome.runtime.getURL('popup/popup.html')})")
        popup = self.extension_tab("popup/popup.html")
        popup.wait_for("() => document.body?.dataset.ready === 'true'", timeout=BOOT_S)
        return popup


# ---- fixtures ----------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "only_in(browser, reason): a test on `tab` that runs in one browser only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test on `each_browser` (so `tab`) runs in each browser, or in the one its `only_in` marker names."""
    if "each_browser" not in metafunc.fixturenames:
        return
    only = metafunc.definition.get_closest_marker("only_in")
    browsers = [only.args[0]] if only else list(BROWSERS)
    metafunc.parametrize("each_browser", browsers, indirect=True, scope="module")


@pytest.fixture(scope="module")
def each_browser(request: pytest.FixtureRequest) -> Iterator[tuple[BrowserContext, Site] | FirefoxBrowser]:
    """The module's browser of the kind the test is parametrised with: its Chromium (conftest's `browser`,
    shared with the module's Chromium-only tests) or its Firefox (`firefox`)."""
    if request.param == "chromium":
        yield request.getfixturevalue("browser")
    else:
        yield FirefoxBrowser(request.getfixturevalue("firefox"))


def new_tab(browser: tuple[BrowserContext, Site] | FirefoxBrowser) -> Tab:
    if isinstance(browser, FirefoxBrowser):
        return FirefoxTab(browser)
    return ChromiumTab(*browser)


@pytest.fixture
def tab(each_browser) -> Iterator[Tab]:
    """A fresh tab, on the person's default settings (cleared before and after), logged in as Jo Bloggs."""
    page = new_tab(each_browser)
    page.site.handle, page.site.name = PERSON
    clear_settings(page)
    yield page
    clear_settings(page)
    page.close()
    page.site.handle, page.site.name = PERSON
    page.site.lang = "en"
