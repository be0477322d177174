"""The composer panel for a screen-reader or keyboard user (issue 17), on the X mock in real Chromium:
what the live region says and when, the flagged words quoted, the header's state in words, the
panel as the next Tab stop after the composer, Escape back to the composer with the caret where it
was, "Post anyway?" as an alert dialog that takes and keeps the focus."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.a11y import announcements, ax_tree, expect_focus, focused, frame_of, page_focus, record_announcements
from tests.browser.conftest import PANEL, X_EDITOR, hold_back_a_post, open_x_composer, panel_text


def test_the_live_region_says_one_line_when_the_findings_change_not_on_every_keystroke(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    frame = frame_of(page)
    record_announcements(frame)
    panel = page.locator(PANEL)
    page.keyboard.type("Such a lovely stay and play at Kevin Pearce Children's Centre")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    frame_of(page)
    said = announcements(frame)
    assert said[-1] == "1 issue: warning, missing disclaimer."
    # Every keystroke now moves the finding's end (and its fix's place): nothing new is said.
    before = len(said)
    page.keyboard.type(" today, and again on Friday")
    page.wait_for_timeout(500)
    frame_of(page)
    assert announcements(frame)[before:] == []
    page.keyboard.type(" Views my own.")
    expect(panel).to_have_attribute("data-rules", "")
    frame_of(page)
    assert announcements(frame)[before:] == ["No policy issues now."]
    # The tree: one polite status region with that line; the findings list is not a live region.
    tree = ax_tree(frame)
    (status,) = [n for n in tree if n["role"] == "status"]
    assert status["properties"].get("live") == "polite"
    assert not any(n["properties"].get("live") for n in tree if n["role"] in ("list", "listitem"))


def test_the_panel_quotes_the_flagged_words_and_names_its_state_and_clauses(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    said = panel_text(page)
    assert "Flagged: “Vote Labour”" in said
    tree = ax_tree(frame_of(page))
    (heading,) = [n for n in tree if n["role"] == "heading"]
    assert heading["name"] == "Policy Guard · 1 issue"  # the dot's colour, in words
    buttons = [n["name"] for n in tree if n["role"] == "button"]
    # A clause button says which clause and what it does, starting with what it shows (WCAG 2.5.3).
    assert "OC-16: read this clause of the policy" in buttons and "PA-7: read this clause of the policy" in buttons


def _caret_moved_left(page, n: int) -> None:
    for _ in range(n):
        page.keyboard.press("ArrowLeft")


def test_tab_from_the_composer_reaches_the_panel_and_escape_returns_with_the_selection_in_place(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    _caret_moved_left(page, len(" on Thursday!"))  # the caret after "Labour"
    for _ in "Labour":
        page.keyboard.press("Shift+ArrowLeft")  # and "Labour" selected
    # Tab: the composer's own controls, its Post button, then the panel: never the rest of the page first.
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(page_focus(page))
        if stops[-1] == "panel":
            break
    assert stops[-1] == "panel", stops
    assert stops[-2] == "tweetButtonInline", stops
    frame = frame_of(page)
    assert focused(frame) == ("button", "OC-16: read this clause of the policy")  # the panel's first control
    page.keyboard.press("Escape")
    expect(page.locator(X_EDITOR)).to_be_focused()
    page.keyboard.type("Green")  # the selection is as it was: typing replaces it
    page.wait_for_function("() => window.__mock.getPlainText() === 'Vote Green on Thursday!'")


def test_post_anyway_is_a_named_alert_dialog_that_takes_and_keeps_the_focus(x):
    page, site = x
    hold_back_a_post(page, site)
    frame = frame_of(page)
    tree = ax_tree(frame)
    (dialog,) = [n for n in tree if n["role"] == "alertdialog"]
    assert dialog["name"] == "Post anyway?"
    assert "This post still has 1 error." in panel_text(page)
    assert page_focus(page) == "panel"
    expect_focus(frame, ("button", "Keep editing"))
    page.keyboard.press("Tab")
    expect_focus(frame, ("button", "Post anyway"))
    page.keyboard.press("Tab")  # kept inside the dialog while it is open
    expect_focus(frame, ("button", "Keep editing"))
    page.keyboard.press("Shift+Tab")
    expect_focus(frame, ("button", "Post anyway"))
    page.keyboard.press("Escape")  # the same as "Keep editing": back to the composer
    expect(page.locator(X_EDITOR)).to_be_focused()
    assert "Post anyway?" not in panel_text(page)
    page.keyboard.type(" x")  # the caret is at the end, where the person left it
    page.wait_for_function("() => window.__mock.getPlainText() === 'Vote Labour on Thursday! x'")
