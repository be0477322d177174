"""Helpers for the extension's own pages (the toolbar popup and the options page) in the browser tests."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import extension_worker

BOOT_MS = 30_000  # Pyodide's first boot in a fresh profile


def extension_id_for(path: Path) -> str:
    """Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits mapped 0-f to a-p."""
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def extension_id(context: BrowserContext) -> str:
    """The loaded extension's id, read from its service worker's URL."""
    return extension_worker(context).url.split("/")[2]


def open_page(context: BrowserContext, path: str) -> Page:
    """A new tab on chrome-extension://<id>/<path>, failing the test on any script error in it."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"chrome-extension://{extension_id(context)}/{path}")
    page.script_errors = errors  # type: ignore[attr-defined]
    return page


def open_popup(context: BrowserContext, query: str = "", *, ready: bool = True) -> Page:
    """The toolbar popup as a page (`query` like "?tab=policy#PA-1"), once the checker is ready."""
    page = open_page(context, f"popup/popup.html{query}")
    if ready:
        expect(page.get_by_text("The policy checker is ready.")).to_be_visible(timeout=BOOT_MS)
        expect(page.locator("body")).to_have_attribute("data-ready", "true")
    return page


def open_options(context: BrowserContext) -> Page:
    page = open_page(context, "options/options.html")
    # chrome.storage.managed answers only once Chrome has loaded policy: measured 2-6 s after a fresh start.
    expect(page.locator("body")).to_have_attribute("data-loaded", "true", timeout=BOOT_MS)
    return page


def reported_tab(extension_page: Page, site: str) -> int:
    """The id of the tab whose content script told the service worker it watches `site`.

    The extension has no "tabs" permission, so it cannot look tabs up by URL; the service worker
    keeps each reporting tab's state in session storage under `tab:<id>`.
    """
    expect(extension_page.locator("body")).to_be_attached()
    extension_page.wait_for_function(
        "async (site) => Object.values(await chrome.storage.session.get(null)).some((s) => s?.site === site)",
        arg=site,
    )
    ids = extension_page.evaluate(
        """async (site) => Object.entries(await chrome.storage.session.get(null))
            .filter(([key, state]) => key.startsWith("tab:") && state?.site === site)
            .map(([key]) => Number(key.slice(4)))""",
        site,
    )
    assert len(ids) == 1, f"expected one tab reporting {site}, found {ids}"
    return ids[0]


def check_draft(popup: Page, text: str, *, platform: str = "X", account: str | None = None) -> None:
    """Fill the popup's draft check and wait until its findings are for this text."""
    popup.get_by_role("tab", name="Check a draft").click()
    popup.get_by_label("Platform").select_option(label=platform)
    if account:
        popup.get_by_label("Posting as").select_option(label=account)
    popup.get_by_label("Your draft post").fill(text)
    popup.get_by_role("button", name="Check", exact=True).click()
    expect(popup.locator("#check-status")).to_have_text(re.compile(r"^(Found|No policy issues found)"))


def popup_rules(popup: Page) -> list[str]:
    """The rule ids of the findings the popup lists, in order (each item shows its rule id)."""
    return (
        popup.get_by_role("list", name="Findings")
        .get_by_role("listitem")
        .evaluate_all("items => items.map((i) => i.dataset.rule)")
    )


POLICY_DIR = Path("/etc/chromium/policies/managed")


@contextmanager
def managed_policy(extension_id: str, values: dict) -> Iterator[None]:
    """Chromium machine policy for one extension (what an IT administrator pushes), for as long as
    the block runs. Needs root, as the tests have here and in CI; the file is always removed."""
    if not os.access(POLICY_DIR if POLICY_DIR.exists() else Path("/etc"), os.W_OK):
        pytest.fail(f"this test writes Chromium machine policy to {POLICY_DIR} and needs to run as root")
    created = [d for d in (POLICY_DIR.parent.parent, POLICY_DIR.parent, POLICY_DIR) if not d.exists()]
    POLICY_DIR.mkdir(parents=True, exist_ok=True)
    policy = POLICY_DIR / f"policy-guard-test-{os.getpid()}-{extension_id}.json"
    policy.write_text(json.dumps({"3rdparty": {"extensions": {extension_id: values}}}))
    try:
        yield
    finally:
        policy.unlink(missing_ok=True)
        for directory in reversed(created):
            if not any(directory.iterdir()):
                directory.rmdir()
