"""What the panel does beside X's composer: fixes through the editor, highlights in place, media and
consent, settings, the post-anyway question and the toolbar state. Real Draft.js, in both browsers
(tests/browser/driver.py). (A clause link opening the policy: test_popup.py.)"""

from __future__ import annotations

from pathlib import Path

from tests.browser import driver
from tests.browser.conftest import PANEL, X_EDITOR
from tests.browser.driver import DRAWN, Tab

POST = '[data-testid="tweetButtonInline"]'
POSTS = 'article[data-testid="tweet"]'  # the timeline's posts
FIRST_POST_SAYS = "t => document.querySelector('article[data-testid=\"tweet\"]')?.textContent.includes(t)"
DISCLAIMER = "The views expressed here are my own"
JPEG = b"\xff\xd8\xff\xe0fakejpeg"


def photo(path: Path) -> Path:
    path.write_bytes(JPEG)
    return path


def test_disclaimer_fix_goes_through_the_editor_and_keeps_the_text(tab: Tab):
    driver.open_x_composer(tab, "jo_bloggs")
    assert tab.attribute("data-rules") == ""
    typed = "🎉 Lovely stay and play at Kevin Pearce Children's Centre today"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    said = tab.panel_text()
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-1" in said
    tab.click_in_panel("Add disclaimer")
    tab.wait_attribute("data-rules", "")
    # Draft.js's own state holds the fix (the site would post it), after exactly what was typed, in a
    # paragraph of its own.
    fixed = driver.plain_text(tab)
    assert fixed.startswith(typed + "\n\n" + DISCLAIMER)
    assert fixed.endswith(
        "are my own and don't necessarily represent North Halifax Partnership's positions, policies or opinions."
    )
    assert "No policy issues found." in tab.panel_text()
    assert tab.evaluate("s => !document.querySelector(s).disabled", POST)  # the site's Post button is live
    # The caret is after the inserted text: typing goes on at the end.
    tab.type(" Thanks!")
    tab.wait_for("want => window.__mock.getPlainText() === want", fixed + " Thanks!")
    tab.wait_attribute("data-rules", "")
    # Undo is the editor's own: it takes back the typing, then the fix, leaving the original.
    for _ in range(10):
        if driver.plain_text(tab) == typed:
            break
        tab.press("Control+z")
        tab.pause(0.03)  # Draft applies an undo of typed text on its next tick
    assert driver.plain_text(tab) == typed
    # What the person sees, as the panel reads it.
    tab.wait_for("([s, t]) => document.querySelector(s).textContent === t", [X_EDITOR, typed])
    tab.wait_attribute("data-rules", "missing-disclaimer")


def test_flagged_words_are_underlined_in_place_after_emoji_and_edits(tab: Tab):
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("👋🏽 Hi all! Vote Labour on Thursday")
    tab.wait_attribute("data-rules", "political")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    # An edit before the flagged words: the underline follows them.
    driver.type_at_the_start(tab, "Home", "🌍🌍 ")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    # The editor's DOM holds no trace of the extension.
    assert driver.no_trace_in(tab, X_EDITOR)


def test_photo_of_children_needs_consent_until_confirmed(tab: Tab, tmp_path: Path):
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("Messy play fun with the little ones this morning!")
    tab.wait_attribute("data-status", "ready")
    assert "child-consent" not in tab.attribute("data-rules")
    tab.choose_files('input[data-testid="fileInput"]', [photo(tmp_path / "messy-play.jpg")])
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    tab.click_in_panel("I have parent/guardian consent for everyone identifiable")
    tab.wait_attribute("data-rules", "")
    tab.click('[aria-label="Remove media"]')
    tab.click(POST)  # posted: the draft is gone, and so is its confirmation
    tab.wait_for(FIRST_POST_SAYS, "Messy play fun")
    tab.click(X_EDITOR)
    tab.type("More messy play with the kids!")
    tab.choose_files('input[data-testid="fileInput"]', [photo(tmp_path / "kids2.jpg")])
    tab.wait_attribute("data-rules", "child-consent")


def test_error_mode_confirm_asks_before_post_and_posts_anyway_when_told(tab: Tab):
    driver.set_settings(tab, {"error_mode": "confirm"})
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    posts_before = tab.count(POSTS)
    tab.click(POST)
    tab.pause(0.2)
    assert tab.count(POSTS) == posts_before  # held back
    assert driver.plain_text(tab) == "Vote Labour on Thursday!"  # and nothing lost
    driver.wait_until(lambda: "Post anyway?" in tab.panel_text(), True)
    tab.click_in_panel("Post anyway")
    driver.wait_until(lambda: tab.count(POSTS), posts_before + 1)
    tab.wait_for(FIRST_POST_SAYS, "Vote Labour on Thursday!")


def test_turned_off_rule_is_not_reported_and_says_so(tab: Tab):
    driver.set_settings(tab, {"disabled_rules": ["political"]})
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.pause(0.3)
    tab.wait_attribute("data-rules", "")
    assert "Turned off: political" in tab.panel_text()


def test_disclaimer_in_profile_setting_reaches_the_checker(tab: Tab):
    driver.open_x_composer(tab, "jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    driver.set_settings(tab, {"disclaimer_in_profile": {"twitter": True}})
    tab.wait_attribute("data-rules", "")


def test_added_official_channel_makes_the_account_official(tab: Tab):
    driver.set_settings(tab, {"official_channels": [{"platform": "twitter", "handle": "nhp_events"}]})
    driver.open_x_composer(tab, "nhp_events")
    tab.type("Proud to work at NHP. Vote Labour!")
    tab.wait_attribute("data-rules", "political")
    assert "Checking as @nhp_events (official channel)" in tab.panel_text()


def site_states(tab: Tab) -> list[str]:
    """What each tab reports to the extension's background (its toolbar state: kept per tab)."""
    return tab.in_extension("async () => Object.values(await chrome.storage.session.get(null)).map((s) => s.state)")


def test_paused_site_shows_no_panel_and_the_toolbar_says_so(tab: Tab):
    driver.open_x_composer(tab, "jo_bloggs")
    driver.set_settings(tab, {"paused_sites": ["twitter"]})
    driver.wait_until(lambda: tab.count(PANEL), 0)
    driver.wait_until(lambda: "paused" in site_states(tab), True, within_s=15)
    assert "off" in [badge for badge, _ in driver.toolbar(tab)]


def test_when_the_composer_cannot_be_found_the_toolbar_says_not_checking_here(tab: Tab):
    driver.open_x_composer(tab, "jo_bloggs")
    # The site changes its markup: the box we look for is gone.
    tab.evaluate(f"() => document.querySelector('{X_EDITOR}').removeAttribute('data-testid')")
    driver.wait_until(lambda: tab.count(PANEL), 0)
    driver.wait_until(lambda: "not-found" in site_states(tab), True, within_s=15)
    assert "!" in [badge for badge, _ in driver.toolbar(tab)]
