"""At 400% zoom (320 CSS px wide) the panel does not cover the composer: it folds to a small
"Policy Guard: 1 issue" button beside it that opens the panel (issue 17, WCAG 1.4.10)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.a11y import ax_tree, expect_focus, frame_of
from tests.browser.conftest import PANEL, X_EDITOR, open_x_composer


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def test_at_320_css_pixels_the_panel_folds_to_a_button_that_opens_it(x):
    page, site = x
    site.handle = "NhxPartnership"
    page.set_viewport_size({"width": 320, "height": 640})
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "political")
    frame = frame_of(page)
    (pill,) = [n for n in ax_tree(frame) if n["role"] == "button"]
    assert pill["name"] == "Policy Guard: 1 issue" and pill["properties"].get("expanded") is False
    editor = page.locator(X_EDITOR).bounding_box()
    assert not _overlap(panel.bounding_box(), editor), (panel.bounding_box(), editor)
    post = page.locator('[data-testid="tweetButtonInline"]').bounding_box()
    assert not _overlap(panel.bounding_box(), post)
    # The person opens it (from the keyboard), reads it; back in the composer, it folds again.
    frame.get_by_role("button", name="Policy Guard: 1 issue").focus()
    page.keyboard.press("Enter")
    expect_focus(frame, ("heading", "Policy Guard · 1 issue"))
    assert "Flagged: “Vote Labour”" in [n["name"] for n in ax_tree(frame) if n["role"] == "StaticText"]
    page.keyboard.press("Escape")
    expect(page.locator(X_EDITOR)).to_be_focused()
    frame_of(page)
    page.wait_for_function(
        "tag => document.querySelector(tag).getBoundingClientRect().width < 200", arg=PANEL
    )  # folded again
