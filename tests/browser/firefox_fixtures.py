"""The Firefox the Firefox test files share: the built add-on (a private copy of dist/firefox) and one
firefox-esr per test module, driven over WebDriver BiDi (bidi.py). A plugin of tests/conftest.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.bidi import Firefox
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def firefox_extension(extension_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of dist/firefox (built with dist/chrome, which `extension_dir` keeps current)."""
    copy = tmp_path_factory.mktemp("firefox-extension") / "firefox"
    shutil.copytree(ROOT / "dist" / "firefox", copy)
    return copy


@pytest.fixture(scope="module")
def firefox(firefox_extension: Path, mock_bundles: Path, tmp_path_factory) -> Iterator[Firefox]:
    browser = Firefox(firefox_extension, mock_bundles, tmp_path_factory.mktemp("firefox-profile"))
    yield browser
    browser.close()
