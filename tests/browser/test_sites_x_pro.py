"""X Pro (pro.x.com), the column deck: its compose, reply and quote composers are X's Draft.js box;
who is posting is the account the composer shows; a video playing in a column is not the draft's;
labels in another language change nothing. In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import PANEL
from tests.browser.driver import BOOT_S, Tab, wait_count

DECK = "https://pro.x.com/i/decks/1"
EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]'
APOLOGY = "We're so sorry to hear about your experience, we'll look into this."


@pytest.fixture
def deck(tab: Tab) -> Tab:
    tab.site.handle = "NhxPartnership"
    return tab


def compose(tab: Tab, how: str) -> None:
    """Open the composer: the rail's Post button, or a post's Reply or Quote (the first post's)."""
    if how == "post":
        tab.click('[data-testid="SideNav_NewTweet_Button"]')
    else:
        tab.click(f'article[data-testid="tweet"] [data-testid="{how}"]')
    tab.click(EDITOR)


@pytest.mark.parametrize("lang", ["en", "cy", "pl"])
def test_a_post_from_the_deck_is_checked_as_the_account_the_composer_shows(deck: Tab, lang):
    deck.site.lang = lang
    deck.goto(DECK)
    compose(deck, "post")
    deck.type("Vote Labour on Thursday!")
    deck.wait_attribute("data-rules", "political", timeout=BOOT_S)
    assert "Checking as @NhxPartnership (official channel)" in deck.panel_text()
    # Switched to the person's own account in the composer: personal, and political is not an error there.
    deck.click('[data-testid="accountSwitcher"]')
    deck.click(EDITOR)
    deck.press("Control+End")  # on at the end of the draft, wherever the click put the caret
    deck.type(" ")
    deck.wait_for("s => document.querySelector(s).dataset.rules !== 'political'", PANEL)
    assert "Checking as @jo_bloggs (personal account)" in deck.panel_text()


def test_a_reply_is_a_reply_and_a_quote_is_a_post(deck: Tab):
    deck.goto(DECK)
    compose(deck, "reply")
    deck.type(APOLOGY)
    deck.wait_attribute("data-rules", "complaint-response", timeout=BOOT_S)
    deck.click('[data-testid="app-bar-close"]')
    wait_count(deck, PANEL, 0)
    compose(deck, "retweet")  # quote
    deck.type(APOLOGY)
    deck.wait_attribute("data-status", "ready")
    deck.wait_for("t => window.__mock.getPlainText('composer') === t", APOLOGY)
    deck.pause(0.3)  # give a wrong finding time to appear
    assert "complaint-response" not in deck.attribute("data-rules")


def test_the_columns_video_is_not_an_attachment_and_a_removed_photo_is_gone(deck: Tab, tmp_path: Path):
    deck.goto(DECK)
    wait_count(deck, '[data-testid="column"] video[src^="blob:"]', 1)  # a video plays in the deck
    compose(deck, "post")
    deck.type("Messy play fun with the little ones this morning!")
    deck.wait_attribute("data-status", "ready", timeout=BOOT_S)
    deck.pause(0.3)
    assert "child-consent" not in deck.attribute("data-rules")
    photo = tmp_path / "kids-party.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    deck.choose_files('[role="dialog"] input[data-testid="fileInput"]', [photo])
    deck.wait_attribute("data-rules", "child-consent")
    deck.click('[role="dialog"] [data-testid="attachments"] button')
    deck.wait_attribute("data-rules", "", timeout=10)
    assert "parent/guardian consent" not in deck.panel_text()
