"""The X timeline composer, in both browsers (tests/browser/driver.py) with the built extension and a
Draft.js mock of x.com."""

from __future__ import annotations

from tests.browser.conftest import PANEL
from tests.browser.driver import Tab, open_x_composer, plain_text

POST = '[data-testid="tweetButtonInline"]'
POST_LIVE = "s => !document.querySelector(s).disabled"


def test_personal_post_about_the_organisation_warns_until_disclaimer_added(tab: Tab):
    open_x_composer(tab, "jo_bloggs")  # Pyodide booted
    assert tab.attribute("data-rules") == ""
    assert tab.evaluate("s => document.querySelector(s).checkVisibility()", PANEL)

    typed = "Such a lovely stay and play at Kevin Pearce Children's Centre today 🎉"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    snapshot = tab.panel_text()
    assert "personal account" in snapshot and "PA-1" in snapshot and "warning" in snapshot.lower()
    assert "Checking as @jo_bloggs (personal account)" in snapshot

    tab.type(" Views my own.")
    tab.wait_attribute("data-rules", "")
    assert "No policy issues found." in tab.panel_text()

    # The extension only read the editor: Draft's own state holds exactly what was typed.
    assert plain_text(tab) == typed + " Views my own."
    assert tab.evaluate(POST_LIVE, POST)
    assert tab.count(PANEL) == 1


def test_official_account_party_political_post_is_an_error(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    snapshot = tab.panel_text()
    assert "Checking as @NhxPartnership (official channel)" in snapshot
    assert "error" in snapshot.lower() and "OC-16" in snapshot
    assert plain_text(tab) == "Vote Labour on Thursday!"  # nothing of it lost


def test_official_account_needs_no_disclaimer_and_near_misses_stay_quiet(tab: Tab):
    open_x_composer(tab, "nhxpartnership")  # handles are case-blind
    tab.type("Antenatal class at Kevin Pearce Children's Centre: signs of labour")
    tab.press("Enter")
    tab.type("and a tour of the labour ward.")
    tab.pause(0.3)  # give a wrong warning time to appear
    tab.wait_attribute("data-rules", "")
    assert plain_text(tab).count("\n") == 1


def test_the_warning_goes_when_the_text_is_deleted_and_undo_brings_it_back(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    tab.type("Proud of @NhxPartnership")
    tab.wait_attribute("data-rules", "missing-disclaimer", timeout=30)
    tab.press("Control+a")
    tab.press("Backspace")
    tab.wait_attribute("data-rules", "")
    tab.wait_for(f"s => !({POST_LIVE})(s)", POST)
    tab.press("Control+z")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    assert plain_text(tab) == "Proud of @NhxPartnership"


def test_no_network_requests_were_made(tab: Tab):
    assert tab.site.requests == []
