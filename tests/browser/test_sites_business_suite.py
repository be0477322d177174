"""Meta Business Suite (business.facebook.com), where Pages and their Instagram accounts post from:
its composer is Meta's Draft.js box (`role=combobox`), checked for every placement that is on (the
Page and its Instagram account, side by side), each as the Page or account it posts to, in one panel
whose findings say which placement they apply to when not all; in any interface language. Publish
(and Ctrl+Enter) is held back in "confirm" mode like any other send. In both browsers
(tests/browser/driver.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.driver import BOOT_S, Tab, plain_text, set_settings, wait_until

COMPOSER = "https://business.facebook.com/latest/composer?asset_id=1"
EDITOR = '[contenteditable="true"][role="combobox"]'
BOTH = (
    "Checking for Facebook as @NorthHalifaxPartnership (official channel)"
    " and for Instagram as @staying_well_team (official channel)"
)
POSTED = "() => window.__mock.posted()"


@pytest.fixture
def suite(tab: Tab) -> Tab:
    """The organisation's Page in Business Suite (its Instagram account: staying_well_team)."""
    tab.site.handle, tab.site.name = "NorthHalifaxPartnership", "North Halifax Partnership"
    return tab


def placement(network: str) -> str:
    return f'[role="switch"][aria-label="{network}"]'


@pytest.mark.parametrize("lang", ["en", "cy", "pl"])
def test_the_composer_is_checked_as_the_page_and_then_as_the_instagram_account(suite: Tab, lang):
    suite.site.lang = lang
    suite.goto("https://business.facebook.com/latest/home")
    suite.click('[role="main"] [role="button"]')  # "Create post", in any language
    suite.click(EDITOR)
    suite.type("Vote Labour on Thursday!")
    suite.wait_attribute("data-rules", "political", timeout=BOOT_S)
    assert BOTH in suite.panel_text()
    suite.click(placement("Facebook"))  # Instagram only now
    suite.wait_attribute("aria-checked", "false", placement("Facebook"))
    suite.wait_attribute("data-rules", "political")
    suite.click(EDITOR)
    suite.type(" ")
    suite.pause(0.3)
    assert "Checking as @staying_well_team (official channel)" in suite.panel_text()
    assert plain_text(suite, "composer") == "Vote Labour on Thursday! "


def test_a_photo_needs_consent_and_publish_is_held_back_until_post_anyway(suite: Tab, tmp_path: Path):
    set_settings(suite, {"error_mode": "confirm"})
    suite.goto(COMPOSER)
    suite.click(EDITOR)
    suite.type("Messy play fun with the little ones this morning! Vote Labour!")
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    suite.choose_files('input[type="file"]', [photo])
    suite.wait_attribute("data-rules", "child-consent political", timeout=BOOT_S)
    suite.click('[role="button"]', "Publish")
    suite.pause(0.3)
    assert suite.evaluate(POSTED) == []
    wait_until(lambda: "Post anyway?" in suite.panel_text(), True)
    suite.click(EDITOR)
    suite.press("Control+Enter")
    suite.pause(0.3)
    assert suite.evaluate(POSTED) == []
    suite.click_in_panel("Post anyway")
    suite.wait_for("() => window.__mock.posted().length === 1")
    sent = suite.evaluate(POSTED)[0]
    assert sent["text"] == "Messy play fun with the little ones this morning! Vote Labour!"
    assert sent["media"] == ["messy-play.jpg"]


def account_switch(handle: str) -> str:
    """The switch of one asset in "Post to", by the account its row links to."""
    return f'[role="listitem"]:has(a[href$="/{handle}/"]) [role="switch"]'


def findings_in_panel(tab: Tab) -> list[str]:
    """The panel's findings as the person reads them, one string each (once the panel drew the page's state)."""
    tab.panel_text()
    return tab.in_frame(
        "() => [...document.querySelectorAll('ul[aria-label=Findings] > li')].map((li) => li.innerText)"
    )


def panel_saying(tab: Tab, words: str) -> str:
    """The panel's text once it says `words` (the page watch sees a switched placement within a second)."""
    said = ""
    for _ in range(50):
        said = tab.panel_text()
        if words in said:
            return said
        tab.pause(0.2)
    raise AssertionError(f"the panel does not say {words!r}: {said!r}")


def test_both_placements_are_checked_and_a_finding_says_where_it_applies(suite: Tab):
    """The Page (an official channel) and, side by side, an Instagram account that is not one: one
    panel, the findings both share once, and each of the others marked with the placement it is for."""
    suite.goto(COMPOSER)
    suite.click(account_switch("staying_well_team"))
    suite.click(account_switch("nhp_stayandplay"))
    suite.wait_attribute("aria-checked", "true", account_switch("nhp_stayandplay"))
    suite.click(EDITOR)
    suite.type("Vote Labour on Thursday! Proud of the team at NHP today")
    suite.wait_attribute("data-rules", "political missing-disclaimer", timeout=BOOT_S)
    said = suite.panel_text()
    assert (
        "Checking for Facebook as @NorthHalifaxPartnership (official channel)"
        " and for Instagram as @nhp_stayandplay (personal account)"
    ) in said
    findings = findings_in_panel(suite)
    assert len(findings) == 3, findings
    political_error, political_warning, disclaimer = findings  # in reading order: errors first
    on_facebook, on_instagram = "Only on Facebook (@NorthHalifaxPartnership)", "Only on Instagram (@nhp_stayandplay)"
    assert political_error.lower().startswith("error") and on_facebook in political_error
    assert political_warning.lower().startswith("warning") and on_instagram in political_warning
    assert "missing-disclaimer" in disclaimer and on_instagram in disclaimer
    # The Facebook placement off: only the Instagram account's findings, with no placement to name.
    suite.click(placement("Facebook"))
    said = panel_saying(suite, "Checking as @nhp_stayandplay (personal account)")
    suite.wait_attribute("data-rules", "political missing-disclaimer")
    assert "Only on" not in said and len(findings_in_panel(suite)) == 2
    assert plain_text(suite, "composer") == "Vote Labour on Thursday! Proud of the team at NHP today"


def test_a_finding_both_placements_share_is_shown_once(suite: Tab):
    """Page and Instagram account both official: the same error for both is one finding, for both."""
    suite.goto(COMPOSER)
    suite.click(EDITOR)
    suite.type("Vote Labour on Thursday!")
    suite.wait_attribute("data-rules", "political", timeout=BOOT_S)
    said = suite.panel_text()
    assert BOTH in said and "Only on" not in said
    assert len(findings_in_panel(suite)) == 1
