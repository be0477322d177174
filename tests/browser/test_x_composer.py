"""The X timeline composer, with the built extension and a Draft.js mock of x.com: in real Chromium, and
(the tests on `tab`, tests/browser/driver.py) in real Firefox too."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser import driver
from tests.browser.conftest import PANEL, open_x_composer, panel_text
from tests.browser.driver import Tab, plain_text


def test_personal_post_about_the_organisation_warns_until_disclaimer_added(x_home):
    page, site = x_home
    site.handle = "jo_bloggs"
    open_x_composer(page, ready=False)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-status", "ready", timeout=30_000)  # Pyodide booted
    expect(panel).to_have_attribute("data-rules", "")
    expect(panel).to_be_visible()

    typed = "Such a lovely stay and play at Kevin Pearce Children's Centre today 🎉"
    page.keyboard.type(typed)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    snapshot = panel_text(page)
    assert "personal account" in snapshot and "PA-1" in snapshot and "warning" in snapshot.lower()
    assert "Checking as @jo_bloggs (personal account)" in snapshot

    page.keyboard.type(" Views my own.")
    expect(panel).to_have_attribute("data-rules", "")
    assert "No policy issues found." in panel_text(page)

    # The extension only read the editor: Draft's own state holds exactly what was typed.
    assert page.evaluate("window.__mock.getPlainText()") == typed + " Views my own."
    expect(page.locator('[data-testid="tweetButtonInline"]')).to_be_enabled()
    assert page.locator(PANEL).count() == 1


def test_official_account_party_political_post_is_an_error(tab: Tab):
    driver.open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    snapshot = tab.panel_text()
    assert "Checking as @NhxPartnership (official channel)" in snapshot
    assert "error" in snapshot.lower() and "OC-16" in snapshot
    assert plain_text(tab) == "Vote Labour on Thursday!"  # nothing of it lost


def test_official_account_needs_no_disclaimer_and_near_misses_stay_quiet(x_home):
    page, site = x_home
    site.handle = "nhxpartnership"  # handles are case-blind
    open_x_composer(page, ready=False)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-status", "ready", timeout=30_000)
    page.keyboard.type("Antenatal class at Kevin Pearce Children's Centre: signs of labour")
    page.keyboard.press("Enter")
    page.keyboard.type("and a tour of the labour ward.")
    page.wait_for_timeout(300)  # give a wrong warning time to appear
    expect(panel).to_have_attribute("data-rules", "")
    assert page.evaluate("window.__mock.getPlainText()").count("\n") == 1


def test_the_warning_goes_when_the_text_is_deleted_and_undo_brings_it_back(x_home):
    page, site = x_home
    site.handle = "jo_bloggs"
    open_x_composer(page, ready=False)
    panel = page.locator(PANEL)
    page.keyboard.type("Proud of @NhxPartnership")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    expect(panel).to_have_attribute("data-rules", "")
    expect(page.locator('[data-testid="tweetButtonInline"]')).to_be_disabled()
    page.keyboard.press("Control+Z")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    assert page.evaluate("window.__mock.getPlainText()") == "Proud of @NhxPartnership"


def test_no_network_requests_were_made(tab: Tab):
    assert tab.site.requests == []
