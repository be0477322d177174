"""Keyboard paths through Policy Guard on the mocks, in real Chromium (issue 17): the shortcut that
moves to the panel (given on install, changed as a person changes it), focus after
"Switch to …" and the consent button (kept in the panel, never on <body>), and a banner that
Escape dismisses, announced when it comes and handing the focus back when it goes."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, expect

from tests.browser import test_facebook as facebook
from tests.browser.a11y import announcements, expect_focus, frame_of, page_focus, record_announcements
from tests.browser.conftest import PANEL, X_EDITOR, extension_worker, open_x_composer, panel_text
from tests.browser.test_facebook import APOLOGY, BANNER, PAGE_HANDLE, PAGE_NAME, attach, go, open_composer

SHORTCUT = "Alt+Shift+G"  # the manifest's suggested key
CONSENT = "I have parent/guardian consent for everyone identifiable"


fb = facebook.fb  # a fresh tab, the person's settings cleared before and after


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


def test_switch_account_by_keyboard_keeps_the_focus_and_says_so(fb):
    page, site = fb
    go(page, site, "/jane.doe")  # nothing on someone else's profile says who is commenting
    page.locator('[aria-label="Write a comment…"]').first.click()
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)
    page.keyboard.type(APOLOGY)
    page.wait_for_timeout(300)
    frame = frame_of(page)
    record_announcements(frame)
    frame.get_by_role("button", name="Switch to official channel").focus()
    page.keyboard.press("Enter")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "complaint-response")
    frame_of(page)
    expect_focus(frame, ("button", "Switch to personal account"))  # the same control, now the other way
    said = announcements(frame)
    assert any(line.startswith("Now assuming an official channel.") for line in said), said
    assert said[-1].endswith("1 issue: warning, complaint response.")
    page.keyboard.press("Escape")  # back in Lexical's comment box, the caret where it was (the end)
    page.keyboard.type(" Thanks")
    page.wait_for_function("t => window.__mock.getPlainText('comment-pp-janedoe') === t", arg=APOLOGY + " Thanks")


def test_the_consent_button_by_keyboard_leaves_the_focus_in_the_panel(fb):
    page, site = fb
    go(page, site, handle=PAGE_HANDLE, name=PAGE_NAME)
    open_composer(page, f"What's on your mind, {PAGE_NAME}?")
    page.keyboard.type("Messy play fun with the little ones this morning!")
    attach(page, "messy-play.jpg")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    frame = frame_of(page)
    record_announcements(frame)
    frame.get_by_role("button", name=CONSENT).focus()
    page.keyboard.press("Space")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    frame_of(page)
    expect_focus(frame, ("heading", "Policy Guard · no issues"))  # the button went: the header, not <body>
    assert page_focus(page) == "panel"
    assert announcements(frame)[-1] == "No policy issues now."


def test_a_banner_is_announced_and_escape_dismisses_it_handing_the_focus_back(fb):
    page, site = fb
    go(page, site, "/jane.doe")
    banner = page.locator(f"{BANNER}[data-rules='friend-request']")
    expect(banner).to_have_count(1, timeout=30_000)
    frame = frame_of(page, "/panel/banner.html")
    assert (frame.locator("#announce").text_content() or "").startswith("Policy Guard: Friend and follow requests")
    assert "Policy Guard: Friend and follow requests" in panel_text(page)  # in the tree, as a status
    comment = page.locator('[aria-label="Write a comment…"]').first
    comment.click()
    frame.get_by_role("button", name="Dismiss").focus()
    assert page_focus(page) == "banner"
    page.keyboard.press("Escape")
    expect(banner).to_have_count(0)
    expect(comment).to_be_focused()  # back where the person was, not <body>
