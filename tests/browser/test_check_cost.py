"""Cost that grows as it should (issue 6): one checker boot per browser session, shared by every
tab; a draft that has not changed is not checked again; a fast typist's keystrokes coalesce into
a few checks rather than queueing one each. Counted by the checker itself (its status says how
many drafts it has checked, and which document it is)."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import (
    PANEL,
    X_EDITOR,
    checker_status,
    clear_settings,
    offscreen_documents,
    offscreen_evaluate,
    open_x_composer,
)


def open_composer(context: BrowserContext) -> Page:
    page = context.new_page()
    open_x_composer(page)
    return page


@pytest.fixture
def x(browser):
    context, _ = browser
    clear_settings(context)
    page = open_composer(context)
    yield page
    page.close()


def test_one_checker_serves_every_tab(browser):
    context, _ = browser
    clear_settings(context)
    pages = [open_composer(context)]
    first = checker_status(context)
    pages += [open_composer(context) for _ in range(2)]
    for number, page in enumerate(pages):
        page.keyboard.type(f"Proud to work at NHP, tab {number}")
        expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    documents = offscreen_documents(context)
    now = checker_status(context)
    assert documents == 1
    assert now["startedAt"] == first["startedAt"] and now["timings"] == first["timings"]  # not booted again
    assert now["checks"] > first["checks"]
    for page in pages:
        page.close()


# In the offscreen document: note for each request the checker gets whether the service worker relayed it
# (its requests carry a `reply`) or a content script's port brought it.
NOTE_ROUTES = """
    globalThis.routes = [];
    const ask = policyGuardChecker.ask.bind(policyGuardChecker);
    policyGuardChecker.ask = (request) => {
      routes.push(`${request.type} ${request.reply ? 'relayed' : 'port'}`);
      return ask(request);
    };
    'noting'"""


def test_a_composers_checks_go_straight_to_the_checker_not_through_the_service_worker(x):
    """Each relayed check was two more messages each way and ~13 KB of garbage in the extension's process."""
    assert offscreen_evaluate(x, NOTE_ROUTES) == "noting"
    x.keyboard.type("Proud to work at NHP")
    expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    routes = offscreen_evaluate(x, "routes")
    assert routes and set(routes) == {"check port"}


def test_a_draft_that_has_not_changed_is_not_checked_again(x):
    x.keyboard.type("Proud to work at NHP")
    expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    x.wait_for_timeout(300)  # let the last keystroke's check land
    before = checker_status(x.context)["checks"]
    # Moving the caret, clicking in the draft, and the page changing around it: no new text.
    for key in ("ArrowLeft", "ArrowLeft", "Home", "End", "ArrowRight"):
        x.keyboard.press(key)
    x.locator(X_EDITOR).click()
    x.evaluate("document.body.appendChild(document.createElement('div')).textContent = 'a new tweet in the feed'")
    x.wait_for_timeout(1000)
    assert checker_status(x.context)["checks"] == before
    expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    x.keyboard.type(" Vote Labour!")  # and a real change is checked
    expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer political")
    assert checker_status(x.context)["checks"] > before


def test_a_fast_typists_keystrokes_coalesce(x):
    before = checker_status(x.context)["checks"]
    text = "Proud to work at NHP and our brilliant volunteers!"
    x.keyboard.type(text)  # as fast as the browser takes keys
    expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    x.wait_for_timeout(500)
    checks = checker_status(x.context)["checks"] - before
    assert 1 <= checks <= len(text) // 3, f"{checks} checks for {len(text)} keystrokes"
