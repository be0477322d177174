"""The "Audit an export" page in real Firefox (firefox-esr, the Firefox build, over WebDriver BiDi):
opened from the popup as a person opens it, it reads the export chosen, shows its progress and the
report, pages through a big one, and saves the CSV the command line writes. The checks are the
Chromium test's (tests/browser/audit_page.py), run here against Firefox."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.audit.exports import write_zip, x_archive
from tests.browser.audit_page import CLEAN, AuditPage, big_x_archive, check_an_x_archive, check_paging
from tests.browser.bidi import Firefox, Tab, extension_page
from tests.browser.conftest import X_EDITOR
from tests.checker.test_audit_exports import X_ITEMS

BOOT_S = 60.0  # Pyodide's first boot in a fresh profile, on a busy machine


def download_prefs(folder: Path) -> dict[str, object]:
    """Firefox saves what a page downloads into `folder`, without asking."""
    return {
        "browser.download.folderList": 2,
        "browser.download.dir": str(folder),
        "browser.download.useDownloadDir": True,
        "browser.download.always_ask_before_handling_new_types": False,
        "browser.download.start_downloads_in_tmp_dir": False,
        "browser.download.alwaysOpenPanel": False,
        "browser.helperApps.neverAsk.saveToDisk": "text/csv,text/html",
    }


class FirefoxAuditPage(AuditPage):
    def __init__(self, tab: Tab, downloads: Path) -> None:
        self.tab = tab
        self.downloads = downloads

    def evaluate(self, function: str, *args: Any) -> Any:
        return self.tab.evaluate(function, *args)

    def click(self, selector: str) -> None:
        self.tab.click(selector)

    def choose(self, selector: str, path: Path) -> None:
        self.tab.choose_files(selector, [path])

    def download(self, selector: str) -> tuple[str, str]:
        before = set(self.downloads.iterdir())
        self.click(selector)
        deadline = time.monotonic() + 30
        while True:
            new = [p for p in set(self.downloads.iterdir()) - before if not p.name.endswith(".part")]
            if new and not any(p.name.endswith(".part") for p in self.downloads.iterdir()):
                (saved,) = new
                return saved.name, saved.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "nothing was downloaded"
            time.sleep(0.1)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def firefox_saving(firefox_extension: Path, mock_bundles: Path, downloads: Path, tmp_path_factory) -> Iterator[Firefox]:
    """firefox-esr with the Firefox build, saving downloads into `downloads`."""
    browser = Firefox(
        firefox_extension, mock_bundles, tmp_path_factory.mktemp("firefox-profile"), prefs=download_prefs(downloads)
    )
    yield browser
    browser.close()


@pytest.fixture
def page(firefox_saving: Firefox, downloads: Path) -> Iterator[FirefoxAuditPage]:
    """The audit page, opened as a person opens it: the popup's "Audit an export" link."""
    site = firefox_saving.new_tab()
    site.goto("https://x.com/home")
    site.click(X_EDITOR)
    site.wait_attribute("data-status", "ready", timeout=BOOT_S)
    popup = extension_page(site)
    popup.click("#open-audit")
    audit = firefox_saving.extension_tab("audit/audit.html")
    audit.wait_for("() => document.readyState === 'complete' && document.querySelector('#start')")
    yield FirefoxAuditPage(audit, downloads)
    audit.close()
    site.close()


def test_an_x_archive_gives_the_command_lines_findings_in_firefox(page: FirefoxAuditPage, tmp_path):
    export = write_zip(x_archive([*X_ITEMS, CLEAN]), tmp_path / "twitter-2024-06-30-abc.zip")
    check_an_x_archive(page, export, tmp_path)
    assert page.tab.firefox.site.requests == []  # nothing asked of the network


def test_a_big_audit_is_shown_fifty_posts_at_a_time_in_firefox(page: FirefoxAuditPage, tmp_path):
    check_paging(page, big_x_archive(tmp_path), tmp_path)
