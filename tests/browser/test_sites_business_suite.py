"""Meta Business Suite (business.facebook.com), where Pages and their Instagram accounts post from:
its composer is Meta's Draft.js box (`role=combobox`), checked for the placement that is on and as
the Page or account that placement posts to, in any interface language; Publish (and Ctrl+Enter) is
held back in "confirm" mode like any other send."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, choose_files, click_in_panel, panel_text, set_settings

COMPOSER = "https://business.facebook.com/latest/composer?asset_id=1"
EDITOR = '[contenteditable="true"][role="combobox"]'
JPEG = {"name": "messy-play.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}


@pytest.fixture
def suite(x):
    """The organisation's Page in Business Suite (its Instagram account: staying_well_team)."""
    page, site = x
    site.handle, site.name = "NorthHalifaxPartnership", "North Halifax Partnership"
    yield page, site
    site.handle, site.name, site.lang = "jo_bloggs", "Jo Bloggs", "en"


def placement(page: Page, network: str):
    return page.locator(f'[role="switch"][aria-label="{network}"]')


@pytest.mark.parametrize("lang", ["en", "cy", "pl"])
def test_the_composer_is_checked_as_the_page_and_then_as_the_instagram_account(suite, lang):
    page, site = suite
    site.lang = lang
    page.goto("https://business.facebook.com/latest/home")
    page.locator('[role="main"] [role="button"]').click()  # "Create post", in any language
    page.locator(EDITOR).click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    assert "Checking as @NorthHalifaxPartnership (official channel)" in panel_text(page)
    placement(page, "Facebook").click()  # Instagram only now
    expect(placement(page, "Facebook")).to_have_attribute("aria-checked", "false")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    page.locator(EDITOR).click()
    page.keyboard.type(" ")
    page.wait_for_timeout(300)
    assert "Checking as @staying_well_team (official channel)" in panel_text(page)
    assert page.evaluate("() => window.__mock.getPlainText('composer')") == "Vote Labour on Thursday! "


def test_a_photo_needs_consent_and_publish_is_held_back_until_post_anyway(suite):
    page, _ = suite
    set_settings(page.context, {"error_mode": "confirm"})
    page.goto(COMPOSER)
    page.locator(EDITOR).click()
    page.keyboard.type("Messy play fun with the little ones this morning! Vote Labour!")
    choose_files(page.locator('input[type="file"]'), [JPEG])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent political", timeout=30_000)
    publish = page.locator('[role="button"]', has_text="Publish")
    publish.click()
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__mock.posted()") == []
    assert "Post anyway?" in panel_text(page)
    page.locator(EDITOR).click()
    page.keyboard.press("Control+Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__mock.posted()") == []
    click_in_panel(page, "Post anyway")
    page.wait_for_function("() => window.__mock.posted().length === 1")
    sent = page.evaluate("() => window.__mock.posted()")[0]
    assert sent["text"] == "Messy play fun with the little ones this morning! Vote Labour!"
    assert sent["media"] == ["messy-play.jpg"]
