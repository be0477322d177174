"""X Chat (x.com/i/chat), as X draws it now: an embedded app in an open shadow root under
`xchatEmbedRoute`, a React-controlled textarea (`dm-composer-textarea`) whose send button exists only
while there is text, Enter to send. Its drafts are messages, checked and guarded like any other.
In both browsers (tests/browser/driver.py; its selectors reach into open shadow roots)."""

from __future__ import annotations

from pathlib import Path

from tests.browser.conftest import PANEL, overlaps
from tests.browser.driver import BOOT_S, Tab, box, plain_text, set_settings, texts, wait_count, wait_until

CHAT = "https://x.com/i/chat/123-456"
BOX = 'textarea[data-testid="dm-composer-textarea"]'  # in the chat's open shadow root
SEND = '[data-testid="dm-composer-send-button"]'
MESSAGES = '[data-testid="dm-message"]'
FORM = '[data-testid="dm-composer-form"]'
FILE_INPUT = f'{FORM} input[type="file"]'
KIDS = "Messy play fun with the little ones this morning!"
POSTED = "() => window.__mock.posted()"


def test_a_chat_message_is_checked_as_a_message_in_its_shadow_root(tab: Tab):
    tab.goto(CHAT)
    assert tab.count(SEND) == 0  # no text, no send button
    tab.click(BOX)
    typed = "Hi Jane, lovely to meet your family at stay and play. Add me on WhatsApp!"
    tab.type(typed)
    tab.wait_attribute("data-rules", "private-contact", timeout=BOOT_S)
    said = tab.panel_text()
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-12" in said
    assert plain_text(tab, "chat") == typed  # React's own state: the extension only read it
    wait_count(tab, SEND, 1)
    # The panel stands beside the composer, not over the send button.
    assert not overlaps(box(tab, PANEL), box(tab, SEND))
    sent = tab.count(MESSAGES)
    tab.press("Enter")  # warnings do not hold a message back
    wait_count(tab, MESSAGES, sent + 1)
    assert texts(tab, MESSAGES)[-1] == typed
    tab.wait_attribute("data-rules", "")
    assert plain_text(tab, "chat") == ""


def test_enter_and_the_send_button_are_held_back_until_post_anyway(tab: Tab):
    set_settings(tab, {"error_mode": "confirm"})
    tab.site.handle = "NhxPartnership"
    tab.goto(CHAT)
    tab.click(BOX)
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political", timeout=BOOT_S)
    tab.press("Enter")
    tab.pause(0.3)
    assert tab.evaluate(POSTED) == []
    assert plain_text(tab, "chat") == "Vote Labour on Thursday!"
    wait_until(lambda: "Post anyway?" in tab.panel_text(), True)
    tab.click(SEND)  # the form's submit button: held back as well
    tab.pause(0.3)
    assert tab.evaluate(POSTED) == []
    tab.click_in_panel("Post anyway")
    tab.wait_for("() => window.__mock.posted().length === 1")
    assert tab.evaluate(POSTED)[0]["text"] == "Vote Labour on Thursday!"
    wait_count(tab, SEND, 0)  # empty again: X takes its button away


def kids_message_from_the_organisation(tab: Tab) -> None:
    """Chat open as the organisation's account, a message about children typed, the checker ready."""
    tab.site.handle = "NhxPartnership"
    tab.goto(CHAT)
    tab.click(BOX)
    tab.type(KIDS)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def test_a_photo_chosen_in_chat_needs_consent_as_on_a_post(tab: Tab, tmp_path: Path):
    """A photo chosen in Chat's composer (its file input is in the shadow root, whose `change` never
    reaches the document) is the draft's, as on X's post composer: child-consent asks for consent,
    a removed photo is gone, and the consent button clears it."""
    kids_message_from_the_organisation(tab)
    assert "child-consent" not in tab.attribute("data-rules")  # words alone: no photo
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    tab.choose_files(FILE_INPUT, [photo])
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    tab.click(f"{FORM} button[aria-label='Remove media']")
    tab.wait_attribute("data-rules", "", timeout=10)
    tab.choose_files(FILE_INPUT, [photo])
    tab.wait_attribute("data-rules", "child-consent")
    tab.click_in_panel("I have parent/guardian consent for everyone identifiable")
    tab.wait_attribute("data-rules", "")
    assert plain_text(tab, "chat") == KIDS


def test_a_file_a_page_script_sets_in_chat_is_not_the_persons(tab: Tab):
    """In Chat's shadow root too, a page script that fills the file input and fires its change adds nothing."""
    kids_message_from_the_organisation(tab)
    tab.evaluate(
        """() => { const data = new DataTransfer();
        data.items.add(new File(["x"], "kids_party.jpg", {type: "image/jpeg"}));
        const root = document.querySelector('[data-testid="xchatEmbedRoute"]').shadowRoot;
        const input = root.querySelector('[data-testid="dm-composer-form"] input[type="file"]');
        input.files = data.files; input.dispatchEvent(new Event("change", {bubbles: true})); }"""
    )
    wait_count(tab, f'{FORM} img[src^="blob:"]', 1)
    tab.pause(1.8)  # past the time a new file's preview may take
    assert "child-consent" not in tab.attribute("data-rules")
