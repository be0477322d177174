"""A checker that cannot start is shown as such, with its reason: never a silent stop."""

from __future__ import annotations

import shutil

from playwright.sync_api import expect

from tests.browser.conftest import PANEL, launch, offscreen_evaluate, open_x_composer, panel_text, paste_into


def test_missing_checker_package_shows_error_with_reason(extension_dir, mock_bundles, tmp_path):
    broken = tmp_path / "extension"
    shutil.copytree(extension_dir, broken)
    (broken / "pyodide" / "pychecker.whl").unlink()  # as if the build lost the checker
    with launch(broken, mock_bundles, tmp_path / "profile") as (context, site):
        page = context.new_page()
        open_x_composer(page, ready=False)
        page.keyboard.type("Proud of @NhxPartnership")
        panel = page.locator(PANEL)
        expect(panel).to_have_attribute("data-status", "error", timeout=30_000)
        expect(panel).to_have_attribute("data-rules", "")
        assert "The checker failed to start" in panel_text(page)
        # The person's text is untouched.
        assert page.evaluate("window.__mock.getPlainText()") == "Proud of @NhxPartnership"
        assert site.requests == []


def test_a_check_over_its_time_limit_restarts_the_checker_and_says_so(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    panel = page.locator(PANEL)
    # A checker that never answers (as a runaway check would): its worker loses the next request, and
    # the time limit is taken away so that the test need not wait its 5 s (timers in the hidden
    # offscreen document may fire up to a second late, so a real worker could answer first).
    assert offscreen_evaluate(page, "policyGuardChecker.timeLimitMs = 0") == 0
    assert offscreen_evaluate(page, "policyGuardChecker.worker.postMessage = () => {}; 'hung'") == "hung"
    paste_into(page, "Proud to work at NHP")  # one edit, one check
    expect(panel).to_have_attribute("data-status", "error")
    assert "Checking this draft took too long, so checking was restarted." in panel_text(page)
    assert offscreen_evaluate(page, "policyGuardChecker.timeLimitMs = 5000") == 5000
    # The next keystroke is checked by the new worker (booted afresh), and the person's text is intact.
    page.keyboard.type("!")
    expect(panel).to_have_attribute("data-status", "ready", timeout=30_000)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    assert offscreen_evaluate(page, "policyGuardChecker.restarts") >= 1
    assert page.evaluate("window.__mock.getPlainText()") == "Proud to work at NHP!"
