"""The "post anyway?" question, however a draft is sent: a click on the site's button, Ctrl/Cmd+Enter on X, Enter in
Facebook's and Instagram's comment and message boxes, a form's submit. In "confirm" mode a draft with
errors is held back whichever way it goes, nothing of it is lost or changed, and the person decides:
"Post anyway" sends it, or the next press does. In both browsers (tests/browser/driver.py), the built
extension, mocks on the real editors (Draft.js for X, Lexical for Facebook, React textareas for
Instagram's comments)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import X_EDITOR
from tests.browser.driver import Tab, open_x_composer, plain_text, set_settings, wait_until

POLITICAL = "Vote Labour on Thursday!"  # from an official account: the political rule's error
FB_PAGE = ("NorthHalifaxPartnership", "North Halifax Partnership")  # the organisation's Facebook Page
IG_OFFICIAL = "staying_well_team"


def posted(tab: Tab) -> list[dict]:
    return tab.evaluate("() => window.__mock.posted()")


def expect_held_back(tab: Tab, editor: str | None, text: str, posts_before: int) -> None:
    """Nothing was sent, the draft is as written, and the panel asks."""
    tab.pause(0.3)  # give a send that got through time to land
    assert len(posted(tab)) == posts_before
    assert plain_text(tab, editor) == text
    wait_until(lambda: "Post anyway?" in tab.panel_text(), True)  # drawn by the frame a moment later
    assert len(posted(tab)) == posts_before


def enter_is_held_back(tab: Tab, editor: str) -> int:
    """In the focused comment or message box: an error typed, Enter pressed, and the draft held back;
    how many posts there were before."""
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    before = len(posted(tab))
    tab.press("Enter")
    expect_held_back(tab, editor, POLITICAL, before)
    return before


def wait_for_post(tab: Tab, text: str) -> None:
    tab.wait_for(
        "t => document.querySelector('article[data-testid=\"tweet\"]')?.textContent.includes(t)", text, timeout=15
    )


def test_ctrl_enter_on_x_is_held_back_and_post_anyway_sends(tab: Tab):
    set_settings(tab, {"error_mode": "confirm"})
    open_x_composer(tab, "NhxPartnership")
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political")
    tab.press("Control+Enter")
    expect_held_back(tab, None, POLITICAL, 0)
    # The question has the keyboard now (on "Keep editing"): back to the composer, and Cmd+Enter from there.
    tab.click_in_panel("Keep editing")
    wait_until(lambda: tab.evaluate(f"() => !!document.activeElement?.closest('{X_EDITOR}')"), True)
    wait_until(lambda: "Post anyway?" in tab.panel_text(), False)
    tab.press("Meta+Enter")  # Cmd+Enter, as on a Mac
    expect_held_back(tab, None, POLITICAL, 0)
    tab.click_in_panel("Post anyway")
    wait_for_post(tab, POLITICAL)
    assert posted(tab)[-1]["text"] == POLITICAL


def test_without_errors_or_outside_confirm_mode_keys_send_at_once(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type(POLITICAL)  # an error, but "confirm" is off: warn only
    tab.wait_attribute("data-rules", "political")
    tab.press("Control+Enter")
    wait_for_post(tab, POLITICAL)
    set_settings(tab, {"error_mode": "confirm"})
    open_x_composer(tab, "NhxPartnership")
    tab.type("Lovely morning at the centre.")  # no error: nothing to ask
    tab.wait_attribute("data-rules", "")
    tab.press("Control+Enter")
    wait_for_post(tab, "Lovely morning at the centre.")


@pytest.fixture
def fb_page(tab: Tab) -> Tab:
    """A fresh tab on Facebook as the organisation's Page, in "confirm" mode."""
    set_settings(tab, {"error_mode": "confirm"})
    tab.site.handle, tab.site.name = FB_PAGE
    tab.goto("https://www.facebook.com/")
    return tab


@pytest.fixture
def ig_official(tab: Tab) -> Tab:
    """A fresh tab on an Instagram post as an official account, in "confirm" mode."""
    set_settings(tab, {"error_mode": "confirm"})
    tab.site.handle = IG_OFFICIAL
    tab.goto("https://www.instagram.com/p/ABC123/")
    return tab


def test_enter_in_a_facebook_comment_is_held_back_and_the_next_enter_after_post_anyway_sends(fb_page: Tab):
    tab = fb_page
    tab.click('[aria-label="Write a comment…"]')
    enter_is_held_back(tab, "comment-p1")
    tab.click_in_panel("Post anyway")  # the comment box's own Comment button sends it
    tab.wait_for(
        '() => document.querySelectorAll(\'[role="article"][aria-label^="Comment by North Halifax Partnership"]\')'
        ".length === 1"
    )
    assert posted(tab)[-1]["text"] == POLITICAL


def test_enter_in_messenger_is_held_back(fb_page: Tab):
    tab = fb_page
    tab.click('[role="button"][aria-label="Messenger"]')
    tab.click('[role="dialog"][aria-label^="Chat with"] [aria-label="Message"]')
    before = enter_is_held_back(tab, "message")
    tab.click_in_panel("Post anyway")
    tab.wait_for("n => window.__mock.posted().length > n", before)
    assert posted(tab)[-1]["text"] == POLITICAL


def test_instagram_comment_enter_and_form_submit_are_held_back(ig_official: Tab):
    tab = ig_official
    comment = 'textarea[aria-label="Add a comment…"]'
    tab.click(comment)
    assert enter_is_held_back(tab, "comment-ABC123") == 0
    tab.evaluate("() => document.querySelector('form.ig-comment-form').requestSubmit()")  # the form's own submit
    expect_held_back(tab, "comment-ABC123", POLITICAL, 0)
    assert tab.evaluate("s => document.querySelector(s).value", comment) == POLITICAL
    tab.click_in_panel("Post anyway")
    tab.wait_for("() => window.__mock.posted().length === 1")
    assert posted(tab)[-1]["text"] == POLITICAL
    tab.wait_for("s => document.querySelector(s).value === ''", comment)


def test_a_pages_composer_is_held_back_at_its_next_step(fb_page: Tab):
    """A Page's composer goes Next -> Post settings -> Post, and the box is gone after Next: Next is
    where the draft leaves it, so Next is what "post anyway?" holds back."""
    tab = fb_page
    tab.goto(f"https://www.facebook.com/{FB_PAGE[0]}")
    tab.click(".composer-trigger")  # the profile's "What's on your mind?"
    editor = '[role="dialog"] [data-lexical-editor="true"]'
    tab.wait_for("s => document.activeElement === document.querySelector(s)", editor)
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    tab.click('[role="dialog"] [role="button"][aria-label="Next"]')
    expect_held_back(tab, "composer", POLITICAL, 0)
    assert tab.evaluate("s => document.querySelector(s)?.checkVisibility() ?? false", editor)  # still at the first step
    tab.click_in_panel("Post anyway")
    tab.wait_for("() => document.querySelector('[role=\"dialog\"] h2')?.textContent === 'Post settings'")
    tab.click('[role="dialog"] [role="button"][aria-label="Post"]')
    tab.wait_for("() => window.__mock.posted().length === 1")
    assert posted(tab)[0]["text"] == POLITICAL
