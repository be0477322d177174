"""What the panel does beside X's composer: fixes through the editor, highlights in place, media and
consent, settings, the post-anyway question and the toolbar state. Real Draft.js, real Chromium
(and real Firefox for the tests on `tab`: tests/browser/driver.py)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser import driver
from tests.browser.conftest import (
    PANEL,
    X_EDITOR,
    choose_files,
    click_in_panel,
    drawn,
    hold_back_a_post,
    open_x_composer,
    panel_text,
    set_settings,
    toolbar_badges,
    wait_for_site_state,
)
from tests.browser.driver import Tab

POST = '[data-testid="tweetButtonInline"]'
DISCLAIMER = "The views expressed here are my own"
JPEG = b"\xff\xd8\xff\xe0fakejpeg"


def plain_text(page: Page) -> str:
    return page.evaluate("window.__mock.getPlainText()")


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


def test_flagged_words_are_underlined_in_place_after_emoji_and_edits(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("👋🏽 Hi all! Vote Labour on Thursday")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    page.wait_for_function("() => CSS.highlights.has('policy-guard-error')")
    assert drawn(page, "error") == ["Vote Labour"]
    # An edit before the flagged words: the underline follows them.
    page.keyboard.press("Home")
    page.keyboard.type("🌍🌍 ")
    page.wait_for_function(
        "() => { const h = CSS.highlights.get('policy-guard-error');"
        " return h && [...h].map(r => r.toString()).join() === 'Vote Labour'; }"
    )
    # The editor's DOM holds no trace of the extension.
    assert page.locator(f"{X_EDITOR} {PANEL}, {X_EDITOR} mark, {X_EDITOR} [class*=policy]").count() == 0


def test_photo_of_children_needs_consent_until_confirmed(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Messy play fun with the little ones this morning!")
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready")
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")
    choose_files(page.locator('input[data-testid="fileInput"]'), [{"name": "messy-play.jpg", "buffer": JPEG}])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in panel_text(page)
    click_in_panel(page, "I have parent/guardian consent for everyone identifiable")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    page.locator('[aria-label="Remove media"]').first.click()
    page.locator(POST).click()  # posted: the draft is gone, and so is its confirmation
    expect(page.locator('article[data-testid="tweet"]').first).to_contain_text("Messy play fun")
    page.locator(X_EDITOR).click()
    page.keyboard.type("More messy play with the kids!")
    choose_files(page.locator('input[data-testid="fileInput"]'), [{"name": "kids2.jpg", "buffer": JPEG}])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")


def test_error_mode_confirm_asks_before_post_and_posts_anyway_when_told(x):
    page, site = x
    posts_before = hold_back_a_post(page, site)  # held back, nothing lost, "Post anyway?" asked
    click_in_panel(page, "Post anyway")
    expect(page.locator('article[data-testid="tweet"]')).to_have_count(posts_before + 1)
    expect(page.locator('article[data-testid="tweet"]').first).to_contain_text("Vote Labour on Thursday!")


def test_turned_off_rule_is_not_reported_and_says_so(x):
    page, site = x
    set_settings(page.context, {"disabled_rules": ["political"]})
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    page.wait_for_timeout(300)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    assert "Turned off: political" in panel_text(page)


def test_disclaimer_in_profile_setting_reaches_the_checker(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    set_settings(page.context, {"disclaimer_in_profile": {"twitter": True}})
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")


def test_added_official_channel_makes_the_account_official(x):
    page, site = x
    set_settings(page.context, {"official_channels": [{"platform": "twitter", "handle": "nhp_events"}]})
    site.handle = "nhp_events"
    open_x_composer(page)
    page.keyboard.type("Proud to work at NHP. Vote Labour!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    assert "Checking as @nhp_events (official channel)" in panel_text(page)


def test_paused_site_shows_no_panel_and_the_toolbar_says_so(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    set_settings(page.context, {"paused_sites": ["twitter"]})
    expect(page.locator(PANEL)).to_have_count(0)
    wait_for_site_state(page, "paused")
    assert "off" in toolbar_badges(page.context)


def test_when_the_composer_cannot_be_found_the_toolbar_says_not_checking_here(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    # The site changes its markup: the box we look for is gone.
    page.evaluate(f"document.querySelector('{X_EDITOR}').removeAttribute('data-testid')")
    expect(page.locator(PANEL)).to_have_count(0)
    wait_for_site_state(page, "not-found")
    assert "!" in toolbar_badges(page.context)


def test_a_clause_in_the_panel_opens_the_policy_at_that_clause(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    with page.context.expect_page() as opened:
        click_in_panel(page, "PA-1")
    policy = opened.value
    expect(policy).to_have_url(re.compile(r"/popup/popup\.html\?tab=policy&for=\d+#PA-1$"))
    clause = policy.get_by_role("article", name="PA-1 Say the views are your own (disclaimer)")
    expect(clause).to_be_focused(timeout=30_000)
    expect(clause).to_contain_text("you must use a disclaimer")
    policy.close()
