"""A checker that cannot start is shown as such, with its reason: never a silent stop."""

from __future__ import annotations

import shutil

from playwright.sync_api import expect

from tests.browser.conftest import PANEL, launch, open_x_composer, panel_text


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
