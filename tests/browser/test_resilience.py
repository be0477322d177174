"""Trustworthy under attack and accident (issue 7): nothing lost, not steered by the page, and
working again by itself when the checker goes away or a draft is too long."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    PANEL,
    clear_settings,
    extension_worker,
    offscreen_documents,
    open_x_composer,
    panel_text,
    paste_into,
)


@pytest.fixture
def x(x_home):
    page, site = x_home
    clear_settings(page.context)
    site.handle = "jo_bloggs"
    open_x_composer(page)
    return page, site


def test_long_draft_with_emoji_line_breaks_and_paste_is_kept_exactly(x):
    page, _ = x
    typed = "Morning all 👋🏽 at Kevin Pearce Children's Centre!"
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    pasted = (
        "Stay and play 🧸 is back on Tuesdays, 10am till noon. Bring a snack; we'll bring the paint.\n" * 25
    ).rstrip("\n")
    paste_into(page, pasted)
    page.keyboard.type(" 🎉 See you there!")
    expected = typed + "\n" + pasted + " 🎉 See you there!"
    assert len(expected) > 2000
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    assert page.evaluate("window.__mock.getPlainText()") == expected
    # Undo still belongs to the editor: the typing goes, then the paste, leaving the first line.
    for _ in range(20):
        if page.evaluate("window.__mock.getPlainText()") == typed + "\n":
            break
        page.keyboard.press("Control+Z")
    assert page.evaluate("window.__mock.getPlainText()") == typed + "\n"


def test_page_scripts_cannot_reach_the_checker_or_the_panel(x):
    page, _ = x
    page.keyboard.type("Proud to work at NHP")
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    # No way in from the page: no runtime messaging (no externally_connectable), a closed shadow root.
    assert page.evaluate("typeof (window.chrome && chrome.runtime && chrome.runtime.sendMessage)") == "undefined"
    assert page.evaluate(f"document.querySelector('{PANEL}').shadowRoot") is None
    # Forged messages and forged findings get nowhere.
    page.evaluate(
        """() => { window.postMessage({target: 'background', type: 'check', text: 'x'}, '*');
        window.postMessage({target: 'offscreen', type: 'hello'}, '*');
        document.dispatchEvent(new CustomEvent('policy-guard', {detail: {findings: []}})); }"""
    )
    page.evaluate(f"document.querySelector('{PANEL}').setAttribute('data-rules', '')")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    page.evaluate(f"document.querySelector('{PANEL}').setAttribute('data-status', 'error')")
    expect(panel).to_have_attribute("data-status", "ready")
    # Removed by the page, the panel comes back, still telling the truth.
    page.evaluate(f"document.querySelector('{PANEL}').remove()")
    expect(panel).to_have_count(1)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    assert "personal account" in panel_text(page)


def test_checker_closed_or_crashed_comes_back_by_itself(x):
    page, _ = x
    page.keyboard.type("Proud to work at NHP")
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    extension_worker(page.context).evaluate("() => chrome.offscreen.closeDocument()")
    assert offscreen_documents(page.context) == 0
    page.keyboard.type(". Views my own.")
    expect(panel).to_have_attribute("data-rules", "", timeout=30_000)  # re-created, re-booted, checked
    expect(panel).to_have_attribute("data-status", "ready")
    assert offscreen_documents(page.context) == 1


def test_a_draft_over_the_size_limit_is_checked_in_part_and_says_so(x):
    page, _ = x
    paste_into(page, "Proud to work at NHP. " + "All good here. " * 7000)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    assert "only the first 100,000 were checked" in panel_text(page)


def test_a_check_that_throws_answers_with_its_reason_and_the_next_one_works(x):
    page, _ = x
    worker = extension_worker(page.context)
    ask = "message => chrome.runtime.sendMessage({target: 'offscreen', ...message})"
    # A request the checker cannot take (the extension never sends one; its checks are validated first).
    failed = worker.evaluate(ask, {"type": "check", "text": "Proud of NHP", "context": {"account": "the boss"}})
    assert "account must be one of official, personal" in failed["error"]
    answer = worker.evaluate(ask, {"type": "check", "text": "Proud of NHP", "context": {"account": "personal"}})
    assert [f["rule"] for f in answer["findings"]] == ["missing-disclaimer"]
    # And the page's own checking carries on.
    page.keyboard.type("Proud of NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
