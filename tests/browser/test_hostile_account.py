"""Who is posting can't be switched under the person (issue 18 item 3): a page that rewrites what it
shows about the account mid-draft is said to have done so, in the panel and aloud; where the page's
account disagrees with the person's settings, the official channels' rules still warn; and nothing a
page does writes to the person's settings."""

from __future__ import annotations

from playwright.sync_api import Frame, Page, expect

from tests.browser.conftest import (
    PANEL,
    extension_worker,
    open_x_composer,
    panel_text,
    policy_guard_frames,
    set_settings,
)

PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]'


def panel_frame(page: Page) -> Frame:
    (frame,) = [f for f in policy_guard_frames(page) if f.url.split("?")[0].endswith("/panel/panel.html")]
    return frame


def test_an_account_switched_by_the_page_mid_draft_is_said_aloud(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    # The page makes the official account look like a personal one.
    page.evaluate(f"document.querySelector('{PROFILE_LINK}').setAttribute('href', '/jo_bloggs')")
    alert = panel_frame(page).locator('[role="alert"]')
    expect(alert).to_have_text(
        "Who is posting changed while you wrote this: it was @NhxPartnership (official channel), it is now "
        "@jo_bloggs (personal account). Make sure this is the account you mean to post from."
    )
    assert "Checking as @jo_bloggs (personal account)" in panel_text(page)
    # A new draft starts afresh with whoever is posting now.
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    expect(alert).to_have_count(0)


def test_official_rules_still_warn_when_the_page_shows_a_personal_account_against_the_settings(x):
    page, site = x
    # The person said they post on X as an official channel; the page shows a personal account.
    set_settings(page.context, {"default_account": {"twitter": "official"}})
    site.handle = "jo_bloggs"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    said = panel_text(page)
    assert "This page says you are posting as @jo_bloggs (personal account)" in said
    assert "your settings say you post here as an official channel" in said


def test_nothing_a_page_does_writes_the_persons_settings(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    # The page hides who is posting: the panel offers the person "Switch to official channel".
    page.evaluate(
        f"""() => {{ document.querySelector('{PROFILE_LINK}').remove();
             document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.remove();
             document.querySelectorAll('[data-testid^="UserAvatar-Container-"]').forEach((a) => a.remove()); }}"""
    )
    expect(panel_frame(page).get_by_role("button", name="Switch to official channel")).to_be_visible()
    # Everything the page's script can do at the panel's place: click what its hit test finds there,
    # click the host, press keys, post messages to every window.
    page.evaluate(
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
    page.wait_for_timeout(500)
    assert extension_worker(page.context).evaluate("chrome.storage.sync.get(null)") == {}
    assert "Assuming a personal account" in panel_text(page)
