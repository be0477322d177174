"""The "post anyway?" question, however a draft is sent: a click on the site's button, Ctrl/Cmd+Enter on X, Enter in
Facebook's and Instagram's comment and message boxes, a form's submit. In "confirm" mode a draft with
errors is held back whichever way it goes, nothing of it is lost or changed, and the person decides:
"Post anyway" sends it, or the next press does. Real Chromium, the built extension, mocks on the real
editors (Draft.js for X, Lexical for Facebook, React textareas for Instagram's comments)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, clear_settings, click_in_panel, open_x_composer, panel_text, set_settings

POLITICAL = "Vote Labour on Thursday!"  # from an official account: the political rule's error
FB_PAGE = ("NorthHalifaxPartnership", "North Halifax Partnership")  # the organisation's Facebook Page
IG_OFFICIAL = "staying_well_team"


def posted(page: Page) -> list[dict]:
    return page.evaluate("() => window.__mock.posted()")


def expect_held_back(page: Page, editor: str | None, text: str, posts_before: int) -> None:
    """Nothing was sent, the draft is as written, and the panel asks."""
    page.wait_for_timeout(300)  # give a send that got through time to land
    assert len(posted(page)) == posts_before
    assert page.evaluate("id => window.__mock.getPlainText(id ?? undefined)", editor) == text
    assert "Post anyway?" in panel_text(page)


def test_ctrl_enter_on_x_is_held_back_and_post_anyway_sends(x):
    page, site = x
    set_settings(page.context, {"error_mode": "confirm"})
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type(POLITICAL)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    page.keyboard.press("Control+Enter")
    expect_held_back(page, None, POLITICAL, 0)
    page.keyboard.press("Meta+Enter")  # Cmd+Enter, as on a Mac
    expect_held_back(page, None, POLITICAL, 0)
    click_in_panel(page, "Post anyway")
    expect(page.locator('article[data-testid="tweet"]').first).to_contain_text(POLITICAL)
    assert posted(page)[-1]["text"] == POLITICAL


def test_without_errors_or_outside_confirm_mode_keys_send_at_once(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type(POLITICAL)  # an error, but "confirm" is off: warn only
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    page.keyboard.press("Control+Enter")
    expect(page.locator('article[data-testid="tweet"]').first).to_contain_text(POLITICAL)
    set_settings(page.context, {"error_mode": "confirm"})
    open_x_composer(page)
    page.keyboard.type("Lovely morning at the centre.")  # no error: nothing to ask
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    page.keyboard.press("Control+Enter")
    expect(page.locator('article[data-testid="tweet"]').first).to_contain_text("Lovely morning at the centre.")


def test_enter_in_a_facebook_comment_is_held_back_and_the_next_enter_after_post_anyway_sends(fb_page):
    page = fb_page
    set_settings(page.context, {"error_mode": "confirm"})
    comment = page.locator('[aria-label="Write a comment…"]').first
    comment.click()
    page.keyboard.type(POLITICAL)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    before = len(posted(page))
    page.keyboard.press("Enter")
    expect_held_back(page, "comment-p1", POLITICAL, before)
    click_in_panel(page, "Post anyway")  # the comment box's own Comment button sends it
    expect(page.locator('[role="article"][aria-label^="Comment by North Halifax Partnership"]')).to_have_count(1)
    assert posted(page)[-1]["text"] == POLITICAL


def test_enter_in_messenger_is_held_back(fb_page):
    page = fb_page
    set_settings(page.context, {"error_mode": "confirm"})
    page.get_by_role("button", name="Messenger", exact=True).click()
    page.locator('[role="dialog"][aria-label^="Chat with"] [aria-label="Message"]').click()
    page.keyboard.type(POLITICAL)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    before = len(posted(page))
    page.keyboard.press("Enter")
    expect_held_back(page, "message", POLITICAL, before)
    click_in_panel(page, "Post anyway")
    page.wait_for_function("n => window.__mock.posted().length > n", arg=before)
    assert posted(page)[-1]["text"] == POLITICAL


def test_instagram_comment_enter_and_form_submit_are_held_back(ig_official):
    page = ig_official
    set_settings(page.context, {"error_mode": "confirm"})
    comment = page.locator('textarea[aria-label="Add a comment…"]')
    comment.click()
    page.keyboard.type(POLITICAL)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    page.keyboard.press("Enter")
    expect_held_back(page, "comment-ABC123", POLITICAL, 0)
    page.evaluate("() => document.querySelector('form.ig-comment-form').requestSubmit()")  # the form's own submit
    expect_held_back(page, "comment-ABC123", POLITICAL, 0)
    expect(comment).to_have_value(POLITICAL)
    click_in_panel(page, "Post anyway")
    page.wait_for_function("() => window.__mock.posted().length === 1")
    assert posted(page)[-1]["text"] == POLITICAL
    expect(comment).to_have_value("")


# Fixtures: a fresh tab on each site as its official account, the person's settings cleared.


@pytest.fixture
def fb_page(browser):
    context, site = browser
    clear_settings(context)
    page = context.new_page()
    site.handle, site.name = FB_PAGE
    page.goto("https://www.facebook.com/")
    yield page
    page.close()
    clear_settings(context)
    site.handle, site.name = "jo_bloggs", "Jo Bloggs"


@pytest.fixture
def ig_official(browser):
    context, site = browser
    clear_settings(context)
    page = context.new_page()
    site.handle = IG_OFFICIAL
    page.goto("https://www.instagram.com/p/ABC123/")
    yield page
    page.close()
    clear_settings(context)
    site.handle = "jo_bloggs"


def test_a_pages_composer_is_held_back_at_its_next_step(fb_page):
    """A Page's composer goes Next -> Post settings -> Post, and the box is gone after Next: Next is
    where the draft leaves it, so Next is what "post anyway?" holds back."""
    page = fb_page
    set_settings(page.context, {"error_mode": "confirm"})
    page.goto(f"https://www.facebook.com/{FB_PAGE[0]}")
    page.locator(".composer-trigger").click()  # the profile's "What's on your mind?"
    editor = page.locator('[role="dialog"] [data-lexical-editor="true"]')
    expect(editor).to_be_focused()
    page.keyboard.type(POLITICAL)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    page.locator('[role="dialog"] [role="button"][aria-label="Next"]').click()
    expect_held_back(page, "composer", POLITICAL, 0)
    expect(editor).to_be_visible()  # still at the first step
    click_in_panel(page, "Post anyway")
    expect(page.locator('[role="dialog"] h2')).to_have_text("Post settings")
    page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click()
    page.wait_for_function("() => window.__mock.posted().length === 1")
    assert posted(page)[0]["text"] == POLITICAL
