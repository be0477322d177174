"""Meta Business Suite (business.facebook.com), where Pages and their Instagram accounts post from:
its composer is Meta's Draft.js box (`role=combobox`), checked for every placement that is on (the
Page and its Instagram account, side by side), each as the Page or account it posts to, in one panel
whose findings say which placement they apply to when not all; in any interface language. Publish
(and Ctrl+Enter) is held back in "confirm" mode like any other send."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    PANEL,
    choose_files,
    click_in_panel,
    panel_text,
    policy_guard_frames,
    set_settings,
)

COMPOSER = "https://business.facebook.com/latest/composer?asset_id=1"
EDITOR = '[contenteditable="true"][role="combobox"]'
BOTH = (
    "Checking for Facebook as @NorthHalifaxPartnership (official channel)"
    " and for Instagram as @staying_well_team (official channel)"
)
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
    assert BOTH in panel_text(page)
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


def account_switch(page: Page, handle: str):
    """The switch of one asset in "Post to", by the account its row links to."""
    return page.locator(f'[role="listitem"]:has(a[href$="/{handle}/"]) [role="switch"]')


def findings_in_panel(page: Page) -> list[str]:
    """The panel's findings as the person reads them, one string each (once the panel drew the page's state)."""
    panel_text(page)
    (frame,) = [f for f in policy_guard_frames(page) if f.url.split("?")[0].endswith("/panel/panel.html")]
    return frame.get_by_role("list", name="Findings").get_by_role("listitem").all_inner_texts()


def panel_saying(page: Page, words: str) -> str:
    """The panel's text once it says `words` (the page watch sees a switched placement within a second)."""
    for _ in range(50):
        said = panel_text(page)
        if words in said:
            return said
        page.wait_for_timeout(200)
    raise AssertionError(f"the panel does not say {words!r}: {said!r}")


def test_both_placements_are_checked_and_a_finding_says_where_it_applies(suite):
    """The Page (an official channel) and, side by side, an Instagram account that is not one: one
    panel, the findings both share once, and each of the others marked with the placement it is for."""
    page, _ = suite
    page.goto(COMPOSER)
    account_switch(page, "staying_well_team").click()
    account_switch(page, "nhp_stayandplay").click()
    expect(account_switch(page, "nhp_stayandplay")).to_have_attribute("aria-checked", "true")
    page.locator(EDITOR).click()
    page.keyboard.type("Vote Labour on Thursday! Proud of the team at NHP today")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political missing-disclaimer", timeout=30_000)
    said = panel_text(page)
    assert (
        "Checking for Facebook as @NorthHalifaxPartnership (official channel)"
        " and for Instagram as @nhp_stayandplay (personal account)"
    ) in said
    findings = findings_in_panel(page)
    assert len(findings) == 3, findings
    political_error, political_warning, disclaimer = findings  # in reading order: errors first
    on_facebook, on_instagram = "Only on Facebook (@NorthHalifaxPartnership)", "Only on Instagram (@nhp_stayandplay)"
    assert political_error.lower().startswith("error") and on_facebook in political_error
    assert political_warning.lower().startswith("warning") and on_instagram in political_warning
    assert "missing-disclaimer" in disclaimer and on_instagram in disclaimer
    # The Facebook placement off: only the Instagram account's findings, with no placement to name.
    placement(page, "Facebook").click()
    said = panel_saying(page, "Checking as @nhp_stayandplay (personal account)")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political missing-disclaimer")
    assert "Only on" not in said and len(findings_in_panel(page)) == 2
    assert page.evaluate("() => window.__mock.getPlainText('composer')") == (
        "Vote Labour on Thursday! Proud of the team at NHP today"
    )


def test_a_finding_both_placements_share_is_shown_once(suite):
    """Page and Instagram account both official: the same error for both is one finding, for both."""
    page, _ = suite
    page.goto(COMPOSER)
    page.locator(EDITOR).click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    said = panel_text(page)
    assert BOTH in said and "Only on" not in said
    assert len(findings_in_panel(page)) == 1
