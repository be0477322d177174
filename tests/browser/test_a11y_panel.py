"""The composer panel for a screen-reader or keyboard user (issue 17), on the X mock, in both browsers
(tests/browser/driver.py): what the live region says and when, the flagged words quoted, the header's
state in words, the panel as the next Tab stop after the composer, Escape back to the composer with the
caret where it was, a fix by keyboard that hands the caret back, "Post anyway?" as an alert dialog that
takes and keeps the focus. Roles and names are read as assistive technology reads them: Chromium's
accessibility tree, Firefox's accessibility service."""

from __future__ import annotations

from tests.browser.conftest import X_EDITOR
from tests.browser.driver import (
    PAGE_FOCUS,
    Tab,
    announcements,
    open_x_composer,
    plain_text,
    record_announcements,
    set_settings,
    tab_to,
    wait_focus,
    wait_page_focus,
)

OC16 = "OC-16: read this clause of the policy"
X_POST = '[data-testid="tweetButtonInline"]'


def test_the_live_region_says_one_line_when_the_findings_change_not_on_every_keystroke(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    record_announcements(tab)
    tab.type("Such a lovely stay and play at Kevin Pearce Children's Centre")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    said = announcements(tab)
    assert said[-1] == "1 issue: warning, missing disclaimer."
    # Every keystroke now moves the finding's end (and its fix's place): nothing new is said.
    before = len(said)
    tab.type(" today, and again on Friday")
    tab.pause(0.5)
    assert announcements(tab)[before:] == []
    tab.type(" Views my own.")
    tab.wait_attribute("data-rules", "")
    assert announcements(tab)[before:] == ["No policy issues now."]
    # As the accessibility service has it: one status region (polite: a status is polite unless told
    # otherwise), with that line; the findings list and its items are no live region.
    assert tab.accessible("status") == 1
    region = "() => [...document.querySelectorAll('[role=status]')].map((n) => [n.id, n.textContent])"
    assert tab.in_frame(region) == [["announce", "No policy issues now."]]
    live = "() => [...document.querySelectorAll('[aria-live], [role=alert], [role=log]')].map((n) => n.outerHTML)"
    assert tab.in_frame(live) == []


def test_the_panel_quotes_the_flagged_words_and_names_its_state_and_clauses(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    assert "Flagged: “Vote Labour”" in tab.panel_text()
    assert tab.accessible("heading") == 1
    assert tab.accessible("heading", "Policy Guard · 1 issue") == 1  # the dot's colour, in words
    # A clause button says which clause and what it does, starting with what it shows (WCAG 2.5.3).
    for name in (OC16, "PA-7: read this clause of the policy"):
        assert tab.accessible("button", name) == 1, name


def test_tab_from_the_composer_reaches_the_panel_and_escape_returns_with_the_selection_in_place(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    for _ in " on Thursday!":
        tab.press("ArrowLeft")  # the caret after "Labour"
    for _ in "Labour":
        tab.press("Shift+ArrowLeft")  # and "Labour" selected
    # Tab: the composer's own controls, its Post button, then the panel: never the rest of the page first.
    stops = tab_to(tab, "button", OC16)
    assert stops[-2:] == ["tweetButtonInline", "panel"], stops  # the panel's first control, the next stop
    tab.press("Escape")
    wait_page_focus(tab, X_EDITOR)
    tab.type("Green")  # the selection is as it was: typing replaces it
    tab.wait_for("() => window.__mock.getPlainText() === 'Vote Green on Thursday!'")


def test_a_fix_by_keyboard_returns_to_the_composer_with_the_caret_after_it(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    tab_to(tab, "button", "Add disclaimer")
    tab.press("Enter")
    tab.wait_attribute("data-rules", "")
    wait_page_focus(tab, X_EDITOR)  # not <body>, not left in the panel
    fixed = plain_text(tab)
    tab.type(" Thanks!")  # the next keys go in, after what the fix put in
    tab.wait_for("want => window.__mock.getPlainText() === want", fixed + " Thanks!")


def test_post_anyway_is_a_named_alert_dialog_that_takes_and_keeps_the_focus(tab: Tab):
    set_settings(tab, {"error_mode": "confirm"})
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    posts = "() => document.querySelectorAll('article[data-testid=\"tweet\"]').length"
    before = tab.evaluate(posts)
    tab.click(X_POST)
    wait_focus(tab, "button", "Keep editing")  # the safe answer has the focus
    assert tab.evaluate(posts) == before and plain_text(tab) == "Vote Labour on Thursday!"  # held back
    assert tab.accessible("alertdialog", "Post anyway?") == 1
    assert "This post still has 1 error." in tab.panel_text()
    assert tab.evaluate(PAGE_FOCUS) == "panel"
    tab.press("Tab")
    wait_focus(tab, "button", "Post anyway")
    tab.press("Tab")  # kept inside the dialog while it is open
    wait_focus(tab, "button", "Keep editing")
    tab.press("Shift+Tab")
    wait_focus(tab, "button", "Post anyway")
    tab.press("Escape")  # the same as "Keep editing": back to the composer
    wait_page_focus(tab, X_EDITOR)
    assert "Post anyway?" not in tab.panel_text()
    tab.type(" x")  # the caret is at the end, where the person left it
    tab.wait_for("() => window.__mock.getPlainText() === 'Vote Labour on Thursday! x'")
