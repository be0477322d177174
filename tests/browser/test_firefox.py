"""What only Firefox has (Debian's firefox-esr, the extension built as dist/firefox/ and installed as a
temporary add-on, driven over WebDriver BiDi: tests/browser/bidi.py): its build, the event page that
hosts the checker and is unloaded when idle, and the organisation's settings from Firefox's own
policies.json or managed-storage file. What both browsers do is tested once, in both, on the driver
interface (tests/browser/driver.py)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.browser.bidi import GECKO_ID, Firefox
from tests.browser.conftest import X_EDITOR
from tests.browser.driver import BOOT_S, open_x_composer
from tests.browser.driver_firefox import FirefoxBrowser, FirefoxTab


@pytest.mark.only_in("firefox", "compares the Firefox build with the Chrome build")
def test_the_firefox_build_is_the_chrome_build_but_for_where_the_checker_runs(extension_dir, firefox_extension):
    manifest = json.loads((firefox_extension / "manifest.json").read_text())
    assert manifest["background"] == {"scripts": ["background/event-page.js"], "type": "module"}
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["id"] == GECKO_ID and gecko["data_collection_permissions"] == {"required": ["none"]}
    assert manifest["permissions"] == ["storage"]  # no offscreen document: the event page hosts the checker
    assert not (firefox_extension / "offscreen").exists()
    chrome = json.loads((extension_dir / "manifest.json").read_text())
    assert manifest["content_scripts"] == chrome["content_scripts"]
    assert manifest["content_security_policy"] == chrome["content_security_policy"]
    # The same checker, byte for byte: Pyodide, the wheel with its bytecode, the build record.
    for file in sorted((extension_dir / "pyodide").iterdir()):
        assert (firefox_extension / "pyodide" / file.name).read_bytes() == file.read_bytes(), file.name
    assert sorted(p.name for p in (firefox_extension / "pyodide").iterdir()) == sorted(
        p.name for p in (extension_dir / "pyodide").iterdir()
    )


@pytest.mark.only_in("firefox", "Firefox's event page is unloaded when idle (Chrome's checker: test_resilience.py)")
def test_after_the_checker_slept_the_first_check_boots_it_and_the_panel_says_so(
    firefox_extension, mock_bundles, tmp_path
):
    # Firefox unloads an idle event page after 30 s; here after 10 s (longer than a boot on a busy
    # machine: an event page is unloaded mid-boot too), with no composer in use (the content script
    # keeps it awake while one is).
    prefs = {"extensions.background.idle.timeout": 10_000}
    browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", prefs=prefs)
    try:
        tab = browser.new_tab("https://x.com/home")
        tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
        first = tab.checker_state()
        assert first["snapshot"] == "full"  # a fresh profile: booted in full, then made a snapshot
        for _ in range(int(BOOT_S * 4)):
            if tab.checker_state()["snapshotMade"]:
                break
            time.sleep(0.25)
        assert "kept" in tab.checker_state()["snapshotMade"]
        booted = first["startedAt"]
        time.sleep(14)
        tab.evaluate(
            """() => { const panel = document.querySelector('policy-guard-panel'); window.__statuses = [];
               new MutationObserver(() => __statuses.push(panel.dataset.status))
                 .observe(panel, {attributes: true, attributeFilter: ['data-status']}); }"""
        )
        tab.click(X_EDITOR)
        tab.type("Proud to work at NHP")
        tab.wait_attribute("data-rules", "missing-disclaimer", timeout=BOOT_S)
        assert "loading" in tab.evaluate("() => window.__statuses"), tab.evaluate(
            "() => window.__statuses"
        )  # "Starting the policy checker…" meanwhile
        woken = tab.checker_state()
        assert woken["startedAt"] != booted  # a fresh boot: the event page had been unloaded
        assert woken["snapshot"] == "restored"  # from the snapshot the first boot left
        assert tab.plain_text() == "Proud to work at NHP"
    finally:
        browser.close()


MANAGED = {"official_channels": [{"platform": "twitter", "handle": "jo_bloggs"}], "error_mode": "confirm"}
# Where Debian's Firefox reads machine policy (its SysConfD): the tests write it only while a browser starts.
POLICIES = Path("/etc/firefox/policies/policies.json")


@contextmanager
def firefox_policy(values: dict) -> Iterator[None]:
    """policies.json with the extension's settings under 3rdparty.Extensions.<id>, as an administrator
    writes it, for as long as the block runs (a browser reads it as it starts). Needs root, as the
    Chromium managed tests do; the file is always removed, and one already there is never touched."""
    if POLICIES.exists():
        pytest.fail(f"{POLICIES} exists already (another run, or this machine's own policy): not overwriting it")
    created = [d for d in (POLICIES.parent.parent, POLICIES.parent) if not d.exists()]
    try:
        POLICIES.parent.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        pytest.fail(f"this test writes Firefox machine policy to {POLICIES} and needs to run as root")
    POLICIES.write_text(json.dumps({"policies": {"3rdparty": {"Extensions": {GECKO_ID: values}}}}))
    try:
        yield
    finally:
        POLICIES.unlink(missing_ok=True)
        for directory in reversed(created):
            if not any(directory.iterdir()):
                directory.rmdir()


def managed_storage_file(home: Path, values: dict) -> None:
    """~/.mozilla/managed-storage/<id>.json, the other way Firefox takes an extension's managed settings."""
    storage = home / ".mozilla" / "managed-storage"
    storage.mkdir(parents=True)
    manifest = {"name": GECKO_ID, "description": "NHP's settings", "type": "storage", "data": values}
    (storage / f"{GECKO_ID}.json").write_text(json.dumps(manifest))


@pytest.mark.only_in("firefox", "Firefox's policies.json and managed-storage file (Chromium's policy: test_managed.py)")
@pytest.mark.parametrize("way", ["policies.json", "managed-storage file"])
def test_the_organisations_settings_reach_the_panel(way, firefox_extension, mock_bundles, tmp_path):
    home = tmp_path / "home"  # this browser's own HOME: no managed-storage file but the one written here
    home.mkdir()
    if way == "policies.json":
        with firefox_policy(MANAGED):
            browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", home=home)
    else:
        managed_storage_file(home, MANAGED)
        browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", home=home)
    try:
        tab = FirefoxTab(FirefoxBrowser(browser), browser.new_tab())
        open_x_composer(tab, "jo_bloggs")  # an official channel only by the organisation's settings
        tab.type("Vote Labour on Thursday!")
        tab.wait_attribute("data-rules", "political")
        assert "Checking as @jo_bloggs (official channel)" in tab.panel_text()
        assert browser.site.requests == []
    finally:
        browser.close()
