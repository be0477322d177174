"""X Pro (pro.x.com), the column deck: its compose, reply and quote composers are X's Draft.js box;
who is posting is the account the composer shows; a video playing in a column is not the draft's;
labels in another language change nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, choose_files, panel_text

DECK = "https://pro.x.com/i/decks/1"
EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]'
APOLOGY = "We're so sorry to hear about your experience, we'll look into this."
JPEG = {"name": "kids-party.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}


@pytest.fixture
def deck(x):
    page, site = x
    site.handle = "NhxPartnership"
    yield page, site
    site.lang = "en"


def compose(page: Page, how: str) -> None:
    """Open the composer: the rail's Post button, or a post's Reply or Quote (the first post's)."""
    if how == "post":
        page.locator('[data-testid="SideNav_NewTweet_Button"]').click()
    else:
        page.locator(f'article[data-testid="tweet"] [data-testid="{how}"]').first.click()
    page.locator(EDITOR).click()


@pytest.mark.parametrize("lang", ["en", "cy", "pl"])
def test_a_post_from_the_deck_is_checked_as_the_account_the_composer_shows(deck, lang):
    page, site = deck
    site.lang = lang
    page.goto(DECK)
    compose(page, "post")
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    assert "Checking as @NhxPartnership (official channel)" in panel_text(page)
    # Switched to the person's own account in the composer: personal, and political is not an error there.
    page.locator('[data-testid="accountSwitcher"]').click()
    page.locator(EDITOR).click()
    page.keyboard.type(" ")
    expect(page.locator(PANEL)).not_to_have_attribute("data-rules", "political")
    assert "Checking as @jo_bloggs (personal account)" in panel_text(page)


def test_a_reply_is_a_reply_and_a_quote_is_a_post(deck):
    page, _ = deck
    page.goto(DECK)
    compose(page, "reply")
    page.keyboard.type(APOLOGY)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "complaint-response", timeout=30_000)
    page.locator('[data-testid="app-bar-close"]').click()
    expect(page.locator(PANEL)).to_have_count(0)
    compose(page, "retweet")  # quote
    page.keyboard.type(APOLOGY)
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready")
    page.wait_for_function("t => window.__mock.getPlainText('composer') === t", arg=APOLOGY)
    page.wait_for_timeout(300)  # give a wrong finding time to appear
    assert "complaint-response" not in page.locator(PANEL).get_attribute("data-rules")


def test_the_columns_video_is_not_an_attachment_and_a_removed_photo_is_gone(deck):
    page, _ = deck
    page.goto(DECK)
    expect(page.locator('[data-testid="column"] video[src^="blob:"]')).to_have_count(1)  # a video plays in the deck
    compose(page, "post")
    page.keyboard.type("Messy play fun with the little ones this morning!")
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)
    page.wait_for_timeout(300)
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")
    choose_files(page.locator('[role="dialog"] input[data-testid="fileInput"]'), [JPEG])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    page.locator('[role="dialog"] [data-testid="attachments"] button').click()
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "", timeout=10_000)
    assert "parent/guardian consent" not in panel_text(page)
