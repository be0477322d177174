"""At 400% zoom (320 CSS px wide) the panel does not cover the composer: it folds to a small
"Policy Guard: 1 issue" button beside it that opens the panel (issue 17, WCAG 1.4.10). In both
browsers (tests/browser/driver.py)."""

from __future__ import annotations

from tests.browser.conftest import PANEL, X_EDITOR, overlaps
from tests.browser.driver import Tab, box, open_x_composer, tab_to, wait_focus, wait_page_focus

X_POST = '[data-testid="tweetButtonInline"]'


def test_at_320_css_pixels_the_panel_folds_to_a_button_that_opens_it(tab: Tab):
    tab.set_viewport(320, 640)
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    # The only control: the folded panel's button, closed.
    assert tab.accessible("button") == 1 and tab.accessible("button", "Policy Guard: 1 issue") == 1
    shown = (
        "() => [...document.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.ariaExpanded)"
    )
    assert tab.in_frame(shown) == ["false"]
    panel, editor, post = (box(tab, s) for s in (PANEL, X_EDITOR, X_POST))
    assert not overlaps(panel, editor), (panel, editor)
    assert not overlaps(panel, post), (panel, post)
    # The person opens it from the keyboard, reads it; back in the composer, it folds again.
    tab_to(tab, "button", "Policy Guard: 1 issue")
    tab.press("Enter")
    wait_focus(tab, "heading", "Policy Guard · 1 issue")
    assert "Flagged: “Vote Labour”" in tab.panel_text()
    tab.press("Escape")
    wait_page_focus(tab, X_EDITOR)
    tab.wait_for("tag => document.querySelector(tag).getBoundingClientRect().width < 200", PANEL)
