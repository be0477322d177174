"""Accessibility checks that need a Firefox of their own (Debian's firefox-esr, driven over WebDriver
BiDi: tests/browser/bidi.py): its colour scheme and forced colours are the browser's preferences,
set as it starts (Chromium's tests in test_a11y_pages.py emulate them per page). axe-core (npm) runs
in the popup, the options page and the panel's frame, light and dark, and with forced colours; roles
and names are read from Firefox's own accessibility service (`browsingContext.locateNodes`). What a
keyboard or screen-reader user gets in both browsers is tested once, in both, on the driver interface
(test_a11y_panel.py, test_a11y_keyboard.py, test_a11y_narrow.py, test_a11y_pages.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.bidi import (
    Firefox,
    Tab,
    accessible_nodes,
    press_key,
    run_script,
    set_viewport,
)
from tests.conftest import ROOT

X_EDITOR = '[data-testid="tweetTextarea_0"]'
BOOT_S = 90.0  # Pyodide's first boot in a fresh profile, on a busy machine
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# Firefox's own switches for the colour scheme pages see (the system's, and the content's override: 0 = dark).
DARK = {"ui.systemUsesDarkTheme": 1, "layout.css.prefers-color-scheme.content-override": 0}


# ---- reading the page and the frames as a person's tools do ------------------------------------------


def panel_frame(tab: Tab, path: str = "/panel/panel.html") -> str:
    """The (one) panel or banner frame in the page, once it draws what its element says."""
    tab.settle()
    (frame,) = [context for context, page in tab.frames() if page == path]
    return frame


def open_x_composer(tab: Tab, handle: str) -> None:
    tab.firefox.site.handle = handle
    tab.goto("https://x.com/home")
    tab.click(X_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def axe(tab: Tab, context: str | None = None) -> list[dict]:
    """axe-core's serious and critical violations in a page or frame (WCAG 2.x A/AA and best practice)."""
    run_script(tab, AXE.read_text(), context=context)
    found = tab.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
              nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)})); }""",
        AXE_TAGS,
        context=context,
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]  # type: ignore[union-attr]


def dark(tab: Tab, selector: str, context: str | None = None) -> bool:
    """Whether `selector`'s background is dark (the sum of its red, green and blue under 200)."""
    css = tab.evaluate("s => getComputedStyle(document.querySelector(s)).backgroundColor", selector, context=context)
    return sum(int(float(v)) for v in re.findall(r"[\d.]+", css)[:3]) < 200  # type: ignore[arg-type]


# ---- colours and axe-core: light and dark ----------------------------------------------------------------


@pytest.fixture(scope="module", params=["light", "dark"])
def themed(request, firefox_extension: Path, mock_bundles: Path, tmp_path_factory) -> Iterator[tuple[Firefox, str]]:
    """Firefox with the system's light setting (the module's browser), or a second one set dark."""
    if request.param == "light":
        yield request.getfixturevalue("firefox"), "light"
        return
    browser = Firefox(firefox_extension, mock_bundles, tmp_path_factory.mktemp("firefox-dark"), prefs=DARK)
    yield browser, "dark"
    browser.close()


def open_popup(firefox: Firefox) -> tuple[Tab, Tab]:
    """The popup as the panel opens it (a clause link), and the site's tab it was opened from."""
    page = firefox.new_tab()
    open_x_composer(page, "NhxPartnership")
    page.type("Vote Labour on Thursday!")
    page.wait_attribute("data-rules", "political")
    page.click_in_panel("OC-16")
    popup = firefox.extension_tab("popup/popup.html")
    popup.wait_for("() => document.body?.dataset.ready === 'true'", timeout=BOOT_S)
    return popup, page


def no_sideways_scroll(page: Tab) -> None:
    """At 320 CSS px (400% zoom of a 1280 px window) nothing needs a horizontal scroll (WCAG 1.4.10)."""
    set_viewport(page, 320, 640)
    page.wait_for("() => window.innerWidth === 320")
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 320  # type: ignore[operator]
    set_viewport(page, None)


@pytest.mark.only_in(
    "firefox", "the dark scheme is a pref at launch (a second Firefox); Chromium's: test_a11y_pages.py"
)
def test_the_panel_frame_has_no_serious_axe_violations_light_or_dark(themed):
    firefox, scheme = themed
    page = firefox.new_tab()
    try:
        open_x_composer(page, "NhxPartnership")
        page.type("Vote Labour on Thursday! Proud to work here")
        page.wait_for("() => /political/.test(document.querySelector('policy-guard-panel').dataset.rules)")
        frame = panel_frame(page)
        assert dark(page, "#card", context=frame) is (scheme == "dark")  # it follows the system's setting
        assert axe(page, frame) == []
    finally:
        page.close()


@pytest.mark.only_in(
    "firefox", "the dark scheme is a pref at launch (a second Firefox); Chromium's: test_a11y_pages.py"
)
def test_the_popup_in_each_state_and_the_options_page_have_no_serious_axe_violations_and_reflow(themed):
    firefox, scheme = themed
    popup, page = open_popup(firefox)
    try:
        assert dark(popup, "body") is (scheme == "dark")
        assert axe(popup) == []  # the clause the panel linked to
        popup.click("#question")
        popup.type("can I accept a friend request from a parent?")
        press_key(popup, "Enter")
        popup.wait_for("() => /Top: PA-12, /.test(document.querySelector('#lookup-status').textContent)")
        assert axe(popup) == []  # search results
        popup.click("#tab-check")
        popup.click("#draft")
        popup.type("Proud to work at North Halifax Partnership. Vote Labour!")
        popup.click('#check-form button[type="submit"]')
        popup.wait_for("() => /^Found/.test(document.querySelector('#check-status').textContent)")
        assert popup.evaluate("() => document.querySelectorAll('#findings > li').length")
        assert axe(popup) == []  # findings, with their clause links and fixes
        no_sideways_scroll(popup)
        popup.click("#tab-switches")
        popup.click("#site-switches input[type=checkbox]")  # a site paused: its notice, with "Turn back on"
        turn_back = (
            "() => [...document.querySelectorAll('button')]"
            ".find((b) => /^Turn back on: checking on /.test(b.getAttribute('aria-label')))"
        )
        label = popup.evaluate("b => b.getAttribute('aria-label')", popup.wait_for(turn_back))
        assert accessible_nodes(popup, popup.context, role="button", name=label)  # type: ignore[arg-type]
        assert axe(popup) == []
        no_sideways_scroll(popup)
        popup.click_element(popup.evaluate(turn_back))  # type: ignore[arg-type]
        popup.click("#open-options")
        options = firefox.extension_tab("options/options.html")
        try:
            options.wait_for("() => document.body?.dataset.loaded === 'true'", timeout=BOOT_S)
            assert dark(options, "body") is (scheme == "dark")
            assert axe(options) == []
            no_sideways_scroll(options)
        finally:
            options.close()
    finally:
        popup.close()
        page.close()


@pytest.mark.only_in(
    "firefox", "forced colours are a pref at launch (a Firefox of its own); Chromium's: test_a11y_pages.py"
)
def test_forced_colours_keep_the_panel_s_edges_and_state(firefox_extension: Path, mock_bundles: Path, tmp_path: Path):
    # Firefox's "Override the colours specified by the page: Always" (Settings, Colours), which makes
    # pages see `forced-colors: active`, as Windows' contrast themes do.
    prefs = {"browser.display.document_color_use": 2}
    browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", prefs=prefs)
    try:
        page = browser.new_tab()
        open_x_composer(page, "NhxPartnership")
        page.type("Vote Labour on Thursday!")
        page.wait_attribute("data-rules", "political")
        frame = panel_frame(page)
        assert page.evaluate("() => matchMedia('(forced-colors: active)').matches", context=frame)
        border = page.evaluate(
            "() => { const s = getComputedStyle(document.querySelector('#card'));"
            " return s.borderTopStyle + ' ' + s.borderTopWidth; }",
            context=frame,
        )
        assert border == "solid 1px"
        assert page.evaluate("() => document.querySelector('#state').textContent", context=frame) == "1 issue"
        assert accessible_nodes(page, frame, role="heading", name="Policy Guard · 1 issue")  # the state in words
        assert axe(page, frame) == []
    finally:
        browser.close()
