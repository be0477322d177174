"""Keyboard paths through Policy Guard on the mocks (issue 17): the shortcut that moves to the panel
(given on install, changed as a person changes it: Chromium; given its keys: Firefox), and, in both
browsers (tests/browser/driver.py), focus after "Switch to …" and the consent button (kept in the
panel, never on <body>), and a banner that Escape dismisses, announced when it comes and handing the
focus back when it goes. Controls are reached as a person reaches them: with Tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.browser.a11y import expect_focus, frame_of, page_focus
from tests.browser.conftest import PANEL, X_EDITOR, extension_worker, open_x_composer
from tests.browser.driver import (
    BANNER_PAGE,
    BOOT_S,
    PAGE_FOCUS,
    Tab,
    announcements,
    record_announcements,
    tab_to,
    wait_focus,
    wait_page_focus,
)
from tests.browser.test_facebook import APOLOGY, BANNER, DIALOG, EDITOR, JPEG, PAGE_HANDLE, PAGE_NAME

SHORTCUT = "Alt+Shift+G"  # the manifest's suggested key
CONSENT = "I have parent/guardian consent for everyone identifiable"
FB_COMMENT = '[aria-label="Write a comment…"]'


def set_shortcut(context: BrowserContext, keys: str) -> None:
    """Give the command its keys on chrome://extensions/shortcuts, as a person does."""
    page = context.new_page()
    page.goto("chrome://extensions/shortcuts")
    page.get_by_role("button", name="Edit shortcut Move to the Policy Guard panel").click()
    page.keyboard.press(keys)
    field = page.get_by_role("textbox", name="Shortcut Move to the Policy Guard panel")
    expect(field).to_have_value(keys.replace("+", " + "))
    page.close()


def shortcut(context: BrowserContext) -> str:
    """The keys Chromium gives the command now."""
    commands = extension_worker(context).evaluate("chrome.commands.getAll()")
    return next(c["shortcut"] for c in commands if c["name"] == "focus-panel")


def press_shortcut(context: BrowserContext, site: str) -> None:
    """What Chromium does on the shortcut: chrome.commands fires in the service worker, which tells
    the tab. (Headless Chromium does not route browser-level accelerators from the DevTools
    protocol's key events, so the test sends the service worker's own notice, to the active tab.)"""
    extension_worker(context).evaluate(
        """async (site) => { const states = await chrome.storage.session.get(null);
            const [tabId] = Object.entries(states).filter(([, s]) => s?.site === site)
              .map(([key]) => Number(key.slice(4)));
            await chrome.tabs.sendMessage(tabId, {type: 'focus-panel', target: 'content'}); }""",
        site,
    )


@pytest.mark.only_in("chromium", "sets the keys on chrome://extensions/shortcuts; Firefox's test is below")
def test_the_shortcut_moves_to_the_panel_and_escape_comes_back(x):
    page, site = x
    site.handle = "NhxPartnership"
    assert shortcut(page.context) == SHORTCUT  # given on install
    set_shortcut(page.context, "Alt+Shift+K")  # and the person's to change
    assert shortcut(page.context) == "Alt+Shift+K"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    page.keyboard.press("Home")  # the caret at the start of the line
    press_shortcut(page.context, "twitter")
    frame = frame_of(page)
    expect_focus(frame, ("heading", "Policy Guard · 1 issue"))
    assert page_focus(page) == "panel"
    page.keyboard.press("Tab")  # on into the panel's controls
    expect_focus(frame, ("button", "OC-16: read this clause of the policy"))
    page.keyboard.press("Escape")
    expect(page.locator(X_EDITOR)).to_be_focused()
    page.keyboard.type("Please ")
    page.wait_for_function("() => window.__mock.getPlainText() === 'Please Vote Labour on Thursday!'")


def test_switch_account_by_keyboard_keeps_the_focus_and_says_so(tab: Tab):
    tab.goto("https://www.facebook.com/jane.doe")  # nothing on someone else's profile says who is commenting
    tab.click(FB_COMMENT)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type(APOLOGY)
    tab_to(tab, "button", "Switch to official channel")
    record_announcements(tab)
    tab.press("Enter")
    tab.wait_attribute("data-rules", "complaint-response")
    wait_focus(tab, "button", "Switch to personal account")  # the same control, now the other way
    said = announcements(tab)
    assert any(line.startswith("Now assuming an official channel.") for line in said), said
    assert said[-1].endswith("1 issue: warning, complaint response."), said
    tab.press("Escape")  # back in Lexical's comment box, the caret where it was (the end)
    wait_page_focus(tab, FB_COMMENT)  # the frame hears the key, then the page moves the focus: not at once
    tab.type(" Thanks")
    tab.wait_for("t => window.__mock.getPlainText('comment-pp-janedoe') === t", APOLOGY + " Thanks")


def test_the_consent_button_by_keyboard_leaves_the_focus_in_the_panel(tab: Tab, tmp_path: Path):
    tab.site.handle, tab.site.name = PAGE_HANDLE, PAGE_NAME
    tab.goto("https://www.facebook.com/")
    tab.click(".composer-trigger", f"What's on your mind, {PAGE_NAME}?")
    wait_page_focus(tab, f"{DIALOG} {EDITOR}")
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type("Messy play fun with the little ones this morning!")
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(JPEG)
    tab.choose_files(f'{DIALOG} input[type="file"]', [photo])
    tab.wait_attribute("data-rules", "child-consent")
    tab.click(f"{DIALOG} {EDITOR}")  # back in the composer (choosing the photo took the focus)
    tab_to(tab, "button", CONSENT)
    record_announcements(tab)
    tab.press("Space")
    tab.wait_attribute("data-rules", "")
    wait_focus(tab, "heading", "Policy Guard · no issues")  # the button went: the header, not <body>
    assert tab.evaluate(PAGE_FOCUS) == "panel"
    assert announcements(tab)[-1] == "No policy issues now."


def test_a_banner_is_announced_and_escape_dismisses_it_handing_the_focus_back(tab: Tab):
    tab.goto("https://www.facebook.com/jane.doe")
    banner = f"{BANNER}[data-rules='friend-request']"
    tab.wait_for("s => document.querySelectorAll(s).length === 1", banner, timeout=BOOT_S)
    assert tab.accessible("status", page=BANNER_PAGE) == 1
    said = tab.in_frame("() => document.querySelector('[role=status]').textContent", page=BANNER_PAGE)
    assert said.startswith("Policy Guard: Friend and follow requests")
    assert "Policy Guard: Friend and follow requests" in tab.panel_text()
    tab.click(FB_COMMENT)
    wait_page_focus(tab, FB_COMMENT)
    tab_to(tab, "button", "Dismiss", page=BANNER_PAGE)
    assert tab.evaluate(PAGE_FOCUS) == "banner"
    tab.press("Escape")
    tab.wait_for("s => !document.querySelector(s)", banner)
    wait_page_focus(tab, FB_COMMENT)  # back where the person was, not <body>


@pytest.mark.only_in("firefox", "Chromium's test above sets and presses the keys; Firefox's cannot be pressed")
def test_the_shortcut_is_given_its_keys_in_firefox(tab: Tab):
    """Firefox gives the command Alt+Shift+G (the manifest's suggestion; a person changes it in
    about:addons, Manage Extension Shortcuts), as an extension page reads it. Pressing it is not
    tested: `input.performActions` dispatches its key events in the page's process, where the page
    sees Alt+Shift+G as an ordinary key and Firefox's add-on shortcuts (the browser window's own key
    set) never hear it; and WebDriver BiDi cannot reach the event page to send the notice it sends
    on the command, as the Chromium test does from the service worker."""
    commands = tab.in_extension("() => browser.commands.getAll()")
    assert [(c["name"], c["shortcut"]) for c in commands] == [("focus-panel", SHORTCUT)]
