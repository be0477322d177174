"""The popup's draft check takes what the panel reads from a page: an attachment (a photo or a video,
its file name) and recorded consent, so the rules about media fire there too: a photo of children
needs consent until it is recorded, and a logo's file name is a logo."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.extension_pages import check_draft, open_popup, popup_rules

OFFICIAL = "@NhxPartnership (official channel)"


def test_a_photo_needs_consent_until_it_is_recorded_and_a_logo_file_is_a_logo(browser):
    context, _ = browser
    popup = open_popup(context)
    check_draft(popup, "Messy play fun with the little ones this morning!", platform="X", account=OFFICIAL)
    assert "child-consent" not in popup_rules(popup)  # words alone: no photo, no consent needed
    popup.get_by_label("Attached").select_option(label="A photo")
    popup.get_by_label("File name").fill("messy-play.jpg")
    expect(popup.get_by_role("list", name="Findings")).to_have_attribute("data-rules", "child-consent")
    popup.get_by_label("I have parent/guardian consent for everyone identifiable").check()
    expect(popup.get_by_role("list", name="Findings")).to_have_attribute("data-rules", "")
    check_draft(popup, "Had a great day at the centre", platform="X", account="My own account (personal)")
    expect(popup.get_by_role("list", name="Findings")).to_have_attribute("data-rules", "")  # no logo yet
    popup.get_by_label("File name").fill("creations-cc-logo.png")
    expect(popup.get_by_role("list", name="Findings")).to_have_attribute("data-rules", "logo-use")
    assert popup.script_errors == []
    popup.close()
