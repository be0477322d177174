"""The driver interface (tests/browser/driver.py) in Chromium: Playwright on Debian's chromium, with
the extension loaded and the mock sites routed (tests/browser/conftest.py)."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, expect

from tests.browser import a11y, extension_pages
from tests.browser import conftest as chromium
from tests.browser.conftest import PANEL, Site
from tests.browser.driver import PANEL_PAGE


def _call(function: str) -> str:
    """`function` as one taking its arguments as an array (Playwright passes one argument)."""
    return f"(args) => ({function})(...args)"


class ChromiumTab:
    """A tab (Playwright's page) in the module's Chromium: `context` and `site` are conftest's `browser`."""

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
