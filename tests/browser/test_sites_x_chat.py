"""X Chat (x.com/i/chat), as X draws it now: an embedded app in an open shadow root under
`xchatEmbedRoute`, a React-controlled textarea (`dm-composer-textarea`) whose send button exists only
while there is text, Enter to send. Its drafts are messages, checked and guarded like any other."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, click_in_panel, overlaps, panel_text, set_settings

CHAT = "https://x.com/i/chat/123-456"
BOX = '[data-testid="xchatEmbedRoute"] textarea[data-testid="dm-composer-textarea"]'  # Playwright pierces open roots
SEND = '[data-testid="xchatEmbedRoute"] [data-testid="dm-composer-send-button"]'


def chat_text(page: Page) -> str:
    return page.evaluate("() => window.__mock.getPlainText('chat')")


def test_a_chat_message_is_checked_as_a_message_in_its_shadow_root(x):
    page, site = x
    site.handle = "jo_bloggs"
    page.goto(CHAT)
    expect(page.locator(SEND)).to_have_count(0)  # no text, no send button
    page.locator(BOX).click()
    typed = "Hi Jane, lovely to meet your family at stay and play. Add me on WhatsApp!"
    page.keyboard.type(typed)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "private-contact", timeout=30_000)
    said = panel_text(page)
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-12" in said
    assert chat_text(page) == typed  # React's own state: the extension only read it
    expect(page.locator(SEND)).to_be_visible()
    # The panel stands beside the composer, not over the send button.
    assert not overlaps(page.locator(PANEL).bounding_box(), page.locator(SEND).bounding_box())
    page.keyboard.press("Enter")  # warnings do not hold a message back
    expect(page.locator('[data-testid="xchatEmbedRoute"] [data-testid="dm-message"]').last).to_have_text(typed)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    assert chat_text(page) == ""


def test_enter_and_the_send_button_are_held_back_until_post_anyway(x):
    page, site = x
    set_settings(page.context, {"error_mode": "confirm"})
    site.handle = "NhxPartnership"
    page.goto(CHAT)
    page.locator(BOX).click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__mock.posted()") == []
    assert chat_text(page) == "Vote Labour on Thursday!"
    assert "Post anyway?" in panel_text(page)
    page.locator(SEND).click()  # the form's submit button: held back as well
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__mock.posted()") == []
    click_in_panel(page, "Post anyway")
    page.wait_for_function("() => window.__mock.posted().length === 1")
    assert page.evaluate("() => window.__mock.posted()")[0]["text"] == "Vote Labour on Thursday!"
    expect(page.locator(SEND)).to_have_count(0)  # empty again: X takes its button away
