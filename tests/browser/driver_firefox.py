"""The driver interface (tests/browser/driver.py) in Firefox: Debian's firefox-esr over WebDriver BiDi
(tests/browser/bidi.py), the add-on installed and the mock sites served by request interception."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.browser import bidi
from tests.browser.conftest import PANEL
from tests.browser.driver import BOOT_S, FIND, FIND_ALL, PANEL_PAGE


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
            self._extension_page = bidi.extension_page(opener)
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


class FirefoxTab:
    """A tab (a top-level browsing context, bidi.Tab) in the module's Firefox."""

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
        node = self.tab.wait_for(FIND, selector, text)
        self.tab.evaluate("node => node.scrollIntoView({block: 'center'})", node)
        self.tab.click_element(node)

    def choose_files(self, selector: str, paths: list[Path]) -> None:
        self.tab.choose_files(selector, paths)

    def attribute(self, name: str, selector: str = PANEL) -> str | None:
        return self.tab.evaluate(f"(s, n) => ({FIND})(s, null)?.getAttribute(n) ?? null", selector, name)

    def wait_attribute(self, name: str, value: str, selector: str = PANEL, timeout: float = 15.0) -> None:
        got = f"(s, n, v) => ({FIND})(s, null)?.getAttribute(n) === v"
        self.tab.wait_for(got, selector, name, value, timeout=timeout)

    def count(self, selector: str) -> int:
        return self.tab.evaluate(f"s => ({FIND_ALL})(s, null).length", selector)

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
