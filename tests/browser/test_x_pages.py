"""Every X composer the extension watches: the compose dialog, replies (dialog and tweet page),
mobile web (X Chat: test_sites_x_chat.py); re-rendered editors, client-side navigation and the sign-up
banner. In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

from tests.browser.conftest import PANEL, X_EDITOR
from tests.browser.driver import BOOT_S, Tab, open_x_composer, plain_text, wait_count

COMPLAINT_REPLY = "We're so sorry to hear about your experience, we'll look into this."
MOBILE_BOX = f"textarea{X_EDITOR}"


def test_compose_dialog_gets_its_own_panel_and_both_go_with_it(tab: Tab):
    tab.site.handle = "NhxPartnership"
    tab.goto("https://x.com/home")
    wait_count(tab, PANEL, 1)
    tab.click('a[data-testid="SideNav_NewTweet_Button"]')  # client-side, as X does
    wait_count(tab, PANEL, 2)
    tab.click(f'[role="dialog"] {X_EDITOR}')
    tab.type("Vote Labour!")
    wait_count(tab, f'{PANEL}[data-rules="political"]', 1, within_s=BOOT_S)
    tab.click('[data-testid="app-bar-close"]')
    wait_count(tab, PANEL, 1)  # the dialog's panel went with it
    tab.wait_attribute("data-rules", "")


def test_a_reply_is_a_reply_in_the_dialog_and_on_the_tweet_page(tab: Tab):
    tab.site.handle = "NhxPartnership"
    tab.goto("https://x.com/home")
    tab.click('article[data-testid="tweet"] [data-testid="reply"]')
    tab.click(f'[role="dialog"] {X_EDITOR}')
    tab.type(COMPLAINT_REPLY)
    wait_count(tab, f'{PANEL}[data-rules~="complaint-response"]', 1, within_s=BOOT_S)
    tab.click('[data-testid="app-bar-close"]')
    # The same words as a new post are not a reply to a complaint.
    tab.click(X_EDITOR)
    tab.type(COMPLAINT_REPLY)
    wait_count(tab, PANEL, 1)
    tab.wait_attribute("data-status", "ready")
    tab.pause(0.3)
    assert "complaint-response" not in tab.attribute("data-rules")
    # On a tweet's own page, the inline box replies.
    tab.goto("https://x.com/weather_today/status/1")
    tab.click(X_EDITOR)
    tab.type(COMPLAINT_REPLY)
    tab.wait_attribute("data-rules", "complaint-response", timeout=BOOT_S)


def test_mobile_textarea_is_checked_and_fixed_through_its_own_input_path(tab: Tab):
    tab.goto("https://mobile.x.com/compose/post")
    tab.click(MOBILE_BOX)
    typed = "Proud of the team at NHP 💙"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer", timeout=BOOT_S)
    tab.click_in_panel("Add disclaimer")
    tab.wait_attribute("data-rules", "")
    value = plain_text(tab)
    assert value.startswith(typed + "\n\n") and value.endswith("positions, policies or opinions.")
    box_value = "s => document.querySelector(s).value"
    assert tab.evaluate(box_value, MOBILE_BOX) == value  # the page's state and the box agree
    assert tab.evaluate("() => !document.querySelector('[data-testid=\"tweetButton\"]').disabled")
    tab.press("Control+z")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    assert tab.evaluate(box_value, MOBILE_BOX) == typed


def test_a_re_rendered_editor_is_found_again_with_one_panel(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    tab.type("Proud of NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer", timeout=BOOT_S)
    tab.evaluate("() => window.__mock.remount('composer')")
    wait_count(tab, PANEL, 1)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    tab.click(X_EDITOR)
    tab.press("End")
    tab.type(". Views my own.")
    tab.wait_attribute("data-rules", "")
    assert tab.count(PANEL) == 1


def test_client_side_navigation_brings_and_takes_panels_and_banners(tab: Tab):
    tab.site.handle = "NhxPartnership"
    tab.goto("https://x.com/home")
    wait_count(tab, PANEL, 1)
    tab.evaluate("() => window.__mock.navigate('/i/flow/signup')")
    banner = 'policy-guard-banner[data-rules="unofficial-channel"]'
    wait_count(tab, banner, 1, within_s=BOOT_S)
    assert "marketing team" in tab.panel_text()
    wait_count(tab, PANEL, 0)
    tab.evaluate("() => window.__mock.navigate('/home')")
    wait_count(tab, banner, 0)
    wait_count(tab, PANEL, 1)
    tab.click(X_EDITOR)
    tab.type("Vote Labour")
    tab.wait_attribute("data-rules", "political", timeout=BOOT_S)
