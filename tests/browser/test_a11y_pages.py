"""axe-core (npm) on the popup in each of its states, the options page and the composer panel's
frame, light and dark; both pages reflow at 320 CSS px without scrolling sideways; dark mode and
forced colours are followed; the underlines differ by style as well as colour, at 3:1 or more
(issue 17)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import driver
from tests.browser.a11y import axe, frame_of
from tests.browser.conftest import PANEL, X_EDITOR, open_x_composer
from tests.browser.driver import Tab
from tests.browser.extension_pages import check_draft, open_options, open_popup

SCHEMES = ["light", "dark"]


def no_sideways_scroll(page: Page) -> None:
    """At 320 CSS px (400% zoom of a 1280 px window) nothing needs a horizontal scroll (WCAG 1.4.10)."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.wait_for_timeout(100)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320


def background(page_or_frame, selector: str) -> str:
    return page_or_frame.locator(selector).evaluate("node => getComputedStyle(node).backgroundColor")


def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(css: str) -> tuple[int, ...]:
    if css.startswith("#"):
        return tuple(int(css[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in re.findall(r"[\d.]+", css)[:3])


@pytest.mark.only_in("chromium", "emulates the scheme per page; Firefox's is a pref at launch: test_firefox_a11y.py")
@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_popup_in_each_state_has_no_serious_axe_violations_and_reflows(browser, scheme):
    context, _ = browser
    popup = open_popup(context)
    popup.emulate_media(color_scheme=scheme)
    dark = scheme == "dark"
    assert (sum(rgb(background(popup, "body"))) < 200) is dark  # it follows the system's setting
    assert axe(popup) == []
    popup.get_by_label("Ask a question about the policy").fill("can I accept a friend request from a parent?")
    popup.keyboard.press("Enter")
    expect(popup.locator("#results li").first).to_be_visible()
    assert axe(popup) == []  # search results
    check_draft(popup, "Proud to work at North Halifax Partnership. Vote Labour!")
    expect(popup.get_by_role("list", name="Findings").get_by_role("listitem").first).to_be_visible()
    assert axe(popup) == []  # findings, with their clause links and fixes
    no_sideways_scroll(popup)
    popup.set_viewport_size({"width": 1280, "height": 720})
    popup.get_by_role("tab", name="Switches").click()
    popup.get_by_role("checkbox").first.uncheck()  # a site paused: its notice, with "Turn back on"
    expect(popup.get_by_role("button", name=re.compile("^Turn back on: checking on"))).to_be_visible()
    assert axe(popup) == []
    no_sideways_scroll(popup)
    popup.get_by_role("button", name=re.compile("^Turn back on: checking on")).click()
    popup.close()


@pytest.mark.only_in("chromium", "emulates the scheme per page; Firefox's is a pref at launch: test_firefox_a11y.py")
@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_options_page_has_no_serious_axe_violations_and_reflows(browser, scheme):
    context, _ = browser
    options = open_options(context)
    options.emulate_media(color_scheme=scheme)
    assert (sum(rgb(background(options, "body"))) < 200) is (scheme == "dark")
    assert axe(options) == []
    no_sideways_scroll(options)
    assert axe(options) == []
    options.close()


@pytest.mark.only_in("chromium", "emulates the scheme per page; Firefox's is a pref at launch: test_firefox_a11y.py")
@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_panel_frame_has_no_serious_axe_violations_light_or_dark(x, scheme):
    page, site = x
    site.handle = "NhxPartnership"
    page.emulate_media(color_scheme=scheme)
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday! Proud to work here")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", re.compile("political"))
    frame = frame_of(page)
    assert (sum(rgb(background(frame, "#card"))) < 200) is (scheme == "dark")
    assert axe(frame) == []


@pytest.mark.only_in(
    "chromium", "emulates forced colours per page; Firefox's is a pref at launch: test_firefox_a11y.py"
)
def test_forced_colours_keep_the_panel_s_edges_and_state(x):
    page, site = x
    site.handle = "NhxPartnership"
    page.emulate_media(forced_colors="active")
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    frame = frame_of(page)
    border = frame.locator("#card").evaluate(
        "n => getComputedStyle(n).borderTopStyle + ' ' + getComputedStyle(n).borderTopWidth"
    )
    assert border == "solid 1px"
    assert frame.locator("#state").text_content() == "1 issue"  # the state is words, not only a colour
    assert axe(frame) == []


def test_underlines_differ_by_style_and_stand_out_from_the_composer(tab: Tab):
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    # Both browsers draw them: the error's words are in the document's highlight.
    tab.wait_for("() => [...(CSS.highlights.get('policy-guard-error') ?? [])].map(String).includes('Vote Labour')")
    css = tab.evaluate("() => document.getElementById('policy-guard-highlights').textContent")
    found = re.findall(r"::highlight\(policy-guard-(\w+)\) \{ text-decoration: underline (\w+) (#[0-9a-f]{6})", css)
    assert {severity: style for severity, style, _ in found} == {"error": "solid", "warning": "wavy", "info": "dotted"}
    behind = rgb(
        tab.evaluate(
            """s => { for (let e = document.querySelector(s); e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c !== 'transparent' && !c.endsWith(', 0)')) return c; } return 'rgb(255, 255, 255)'; }""",
            X_EDITOR,
        )
    )
    for severity, _, colour in found:
        assert contrast(rgb(colour), behind) >= 3, (severity, colour, behind)  # WCAG 1.4.11
