"""The popup's draft check takes what the panel reads from a page: an attachment (a photo or a video,
its file name) and recorded consent, so the rules about media fire there too: a photo of children
needs consent until it is recorded, and a logo's file name is a logo. In both browsers
(tests/browser/driver.py)."""

from __future__ import annotations

from tests.browser.driver import Tab, check_draft, choose_option

OFFICIAL = "@NhxPartnership (official channel)"
FINDINGS = "want => document.querySelector('#findings').dataset.rules === want"


def test_a_photo_needs_consent_until_it_is_recorded_and_a_logo_file_is_a_logo(tab: Tab):
    popup = tab.open_popup()
    found = check_draft(popup, "Messy play fun with the little ones this morning!", platform="X", account=OFFICIAL)
    assert "child-consent" not in found  # words alone: no photo, no consent needed
    choose_option(popup, "media-kind", "A photo")
    popup.click("#media-name")
    popup.type("messy-play.jpg")
    popup.wait_for(FINDINGS, "child-consent")
    popup.click("#consent")
    popup.wait_for(FINDINGS, "")
    check_draft(popup, "Had a great day at the centre", platform="X", account="My own account (personal)")
    popup.wait_for(FINDINGS, "")  # no logo yet
    popup.click("#media-name")
    popup.press("Control+a")
    popup.type("creations-cc-logo.png")
    popup.wait_for(FINDINGS, "logo-use")
    popup.close()
