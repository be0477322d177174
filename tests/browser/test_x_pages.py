"""Every X composer the extension watches: the compose dialog, replies (dialog and tweet page),
mobile web (X Chat: test_sites_x_chat.py); re-rendered editors, client-side navigation and the sign-up banner."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PANEL, X_EDITOR, clear_settings, click_in_panel, open_x_composer, panel_text

COMPLAINT_REPLY = "We're so sorry to hear about your experience, we'll look into this."


@pytest.fixture
def x(x_home):
    page, site = x_home
    clear_settings(page.context)
    site.handle = "NhxPartnership"
    return page, site


def test_compose_dialog_gets_its_own_panel_and_both_go_with_it(x):
    page, _ = x
    page.goto("https://x.com/home")
    expect(page.locator(PANEL)).to_have_count(1)
    page.locator('a[data-testid="SideNav_NewTweet_Button"]').click()  # client-side, as X does
    dialog_editor = page.locator(f'[role="dialog"] {X_EDITOR}')
    expect(page.locator(PANEL)).to_have_count(2)
    dialog_editor.click()
    page.keyboard.type("Vote Labour!")
    expect(page.locator(f'{PANEL}[data-rules="political"]')).to_have_count(1, timeout=30_000)
    page.locator('[data-testid="app-bar-close"]').click()
    expect(page.locator(PANEL)).to_have_count(1)  # the dialog's panel went with it
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")


def test_a_reply_is_a_reply_in_the_dialog_and_on_the_tweet_page(x):
    page, _ = x
    page.goto("https://x.com/home")
    page.locator('article[data-testid="tweet"] [data-testid="reply"]').first.click()
    page.locator(f'[role="dialog"] {X_EDITOR}').click()
    page.keyboard.type(COMPLAINT_REPLY)
    expect(page.locator(f'{PANEL}[data-rules~="complaint-response"]')).to_have_count(1, timeout=30_000)
    page.locator('[data-testid="app-bar-close"]').click()
    # The same words as a new post are not a reply to a complaint.
    page.locator(X_EDITOR).click()
    page.keyboard.type(COMPLAINT_REPLY)
    expect(page.locator(PANEL)).to_have_count(1)
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready")
    page.wait_for_timeout(300)
    assert "complaint-response" not in page.locator(PANEL).get_attribute("data-rules")
    # On a tweet's own page, the inline box replies.
    page.goto("https://x.com/weather_today/status/1")
    page.locator(X_EDITOR).click()
    page.keyboard.type(COMPLAINT_REPLY)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "complaint-response", timeout=30_000)


def test_mobile_textarea_is_checked_and_fixed_through_its_own_input_path(x):
    page, site = x
    site.handle = "jo_bloggs"
    page.goto("https://mobile.x.com/compose/post")
    box = page.locator(f"textarea{X_EDITOR}")
    box.click()
    typed = "Proud of the team at NHP 💙"
    page.keyboard.type(typed)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    click_in_panel(page, "Add disclaimer")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    value = page.evaluate("window.__mock.getPlainText()")
    assert value.startswith(typed + "\n\n") and value.endswith("positions, policies or opinions.")
    assert box.input_value() == value  # the page's state and the box agree
    expect(page.locator('[data-testid="tweetButton"]')).to_be_enabled()
    page.keyboard.press("Control+Z")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    assert box.input_value() == typed


def test_a_re_rendered_editor_is_found_again_with_one_panel(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page, ready=False)
    page.keyboard.type("Proud of NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    page.evaluate("window.__mock.remount('composer')")
    expect(page.locator(PANEL)).to_have_count(1)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    page.locator(X_EDITOR).click()
    page.keyboard.press("End")
    page.keyboard.type(". Views my own.")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    expect(page.locator(PANEL)).to_have_count(1)


def test_client_side_navigation_brings_and_takes_panels_and_banners(x):
    page, _ = x
    page.goto("https://x.com/home")
    expect(page.locator(PANEL)).to_have_count(1)
    page.evaluate("window.__mock.navigate('/i/flow/signup')")
    banner = page.locator('policy-guard-banner[data-rules="unofficial-channel"]')
    expect(banner).to_have_count(1, timeout=30_000)
    assert "marketing team" in panel_text(page)
    expect(page.locator(PANEL)).to_have_count(0)
    page.evaluate("window.__mock.navigate('/home')")
    expect(banner).to_have_count(0)
    expect(page.locator(PANEL)).to_have_count(1)
    click_target = page.locator(X_EDITOR)
    click_target.click()
    page.keyboard.type("Vote Labour")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
