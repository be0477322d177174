"""Who is posting can't be switched under the person (issue 18 item 3): a page that rewrites what it
shows about the account mid-draft is said to have done so, in the panel and aloud; where the page's
account disagrees with the person's settings, the official channels' rules still warn; and nothing a
page does writes to the person's settings. In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

from tests.browser.conftest import PANEL
from tests.browser.driver import Tab, open_x_composer, set_settings, stored_settings, wait_until

PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]'
POLITICAL = "Vote Labour on Thursday!"  # from an official account: the political rule's error
# What the panel's live region says aloud (None: it is not there).
ALERT = "() => document.querySelector('[role=\"alert\"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null"


def test_an_account_switched_by_the_page_mid_draft_is_said_aloud(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political")
    # The page makes the official account look like a personal one.
    tab.evaluate(f"() => document.querySelector('{PROFILE_LINK}').setAttribute('href', '/jo_bloggs')")
    said = (
        "Who is posting changed while you wrote this: it was @NhxPartnership (official channel), it is now "
        "@jo_bloggs (personal account). Make sure this is the account you mean to post from."
    )
    wait_until(lambda: tab.in_frame(ALERT), said)
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()
    # A new draft starts afresh with whoever is posting now.
    tab.press("Control+a")
    tab.press("Delete")
    tab.wait_attribute("data-rules", "")
    wait_until(lambda: tab.in_frame(ALERT), None)


def test_official_rules_still_warn_when_the_page_shows_a_personal_account_against_the_settings(tab: Tab):
    # The person said they post on X as an official channel; the page shows a personal account.
    set_settings(tab, {"default_account": {"twitter": "official"}})
    open_x_composer(tab, "jo_bloggs")
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political")
    said = tab.panel_text()
    assert "This page says you are posting as @jo_bloggs (personal account)" in said
    assert "your settings say you post here as an official channel" in said


def test_nothing_a_page_does_writes_the_persons_settings(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    # The page hides who is posting: the panel offers the person "Switch to official channel".
    tab.evaluate(
        f"""() => {{ document.querySelector('{PROFILE_LINK}').remove();
             document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.remove();
             document.querySelectorAll('[data-testid^="UserAvatar-Container-"]').forEach((a) => a.remove()); }}"""
    )
    button = """() => [...document.querySelectorAll('button')].some((b) => b.checkVisibility()
                  && b.textContent.replace(/\\s+/g, ' ').trim() === 'Switch to official channel')"""
    wait_until(lambda: tab.in_frame(button), True)
    # Everything the page's script can do at the panel's place: click what its hit test finds there,
    # click the host, press keys, post messages to every window.
    tab.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}'); const box = host.getBoundingClientRect();
             for (let x = box.left + 4; x < box.right; x += 12) for (let y = box.top + 4; y < box.bottom; y += 8) {{
               const at = document.elementFromPoint(x, y); if (!at) continue;
               for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
                 at.dispatchEvent(new MouseEvent(type, {{bubbles: true, composed: true, clientX: x, clientY: y}}));
               at.click?.();
             }}
             host.focus(); host.click();
             for (const key of ['Tab', 'Enter', ' '])
               host.dispatchEvent(new KeyboardEvent('keydown', {{key, bubbles: true}}));
             for (let i = 0; i < window.frames.length; i++)
               window.frames[i].postMessage({{type: 'action', action: 'switch-account'}}, '*');
             window.postMessage({{type: 'action', action: 'switch-account'}}, '*'); }}"""
    )
    tab.pause(0.5)  # give a write that got through time to land
    assert stored_settings(tab) == {}
    assert "Assuming a personal account" in tab.panel_text()
