"""X Chat (x.com/i/chat), as X draws it now: an embedded app in an open shadow root under
`xchatEmbedRoute`, a React-controlled textarea (`dm-composer-textarea`) whose send button exists only
while there is text, Enter to send. Its drafts are messages, checked and guarded like any other."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, choose_files, click_in_panel, overlaps, panel_text, set_settings

CHAT = "https://x.com/i/chat/123-456"
BOX = '[data-testid="xchatEmbedRoute"] textarea[data-testid="dm-composer-textarea"]'  # Playwright pierces open roots
SEND = '[data-testid="xchatEmbedRoute"] [data-testid="dm-composer-send-button"]'
FORM = '[data-testid="xchatEmbedRoute"] [data-testid="dm-composer-form"]'
FILE_INPUT = f'{FORM} input[type="file"]'
JPEG = {"name": "messy-play.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}
KIDS = "Messy play fun with the little ones this morning!"


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


def kids_message_from_the_organisation(x) -> None:
    """Chat open as the organisation's account, a message about children typed, the checker ready."""
    page, site = x
    site.handle = "NhxPartnership"
    page.goto(CHAT)
    page.locator(BOX).click()
    page.keyboard.type(KIDS)
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)


def test_a_photo_chosen_in_chat_needs_consent_as_on_a_post(x):
    """A photo chosen in Chat's composer (its file input is in the shadow root, whose `change` never
    reaches the document) is the draft's, as on X's post composer: child-consent asks for consent,
    a removed photo is gone, and the consent button clears it."""
    page, _ = x
    kids_message_from_the_organisation(x)
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")  # words alone: no photo
    choose_files(page.locator(FILE_INPUT), [JPEG])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in panel_text(page)
    page.locator(f"{FORM} button[aria-label='Remove media']").click()
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "", timeout=10_000)
    choose_files(page.locator(FILE_INPUT), [JPEG])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    click_in_panel(page, "I have parent/guardian consent for everyone identifiable")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    assert chat_text(page) == KIDS


def test_a_file_a_page_script_sets_in_chat_is_not_the_persons(x):
    """In Chat's shadow root too, a page script that fills the file input and fires its change adds nothing."""
    page, _ = x
    kids_message_from_the_organisation(x)
    page.evaluate(
        """() => { const data = new DataTransfer();
        data.items.add(new File(["x"], "kids_party.jpg", {type: "image/jpeg"}));
        const root = document.querySelector('[data-testid="xchatEmbedRoute"]').shadowRoot;
        const input = root.querySelector('[data-testid="dm-composer-form"] input[type="file"]');
        input.files = data.files; input.dispatchEvent(new Event("change", {bubbles: true})); }"""
    )
    expect(page.locator(f'{FORM} img[src^="blob:"]')).to_have_count(1)
    page.wait_for_timeout(1800)  # past the time a new file's preview may take
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")
