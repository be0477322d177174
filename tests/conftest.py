"""Shared fixtures: the built extension (rebuilt when its sources are newer than the build)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# The browsers' fixtures: Firefox's, and the driver's that run a test in each browser.
pytest_plugins = ["tests.browser.firefox_fixtures", "tests.browser.driver_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "chrome"
STAMP = DIST / "pyodide" / "BUILD.json"
SOURCES = (
    "pychecker",
    "extension",
    "package-lock.json",
    "build.py",
    "pyproject.toml",
    "pyodide.sha256",
    "tools/boot_node.mjs",
    "tools/pyodide_bytecode.mjs",
    "tools/pyodide_bytecode.py",
)


def _newest_source() -> float:
    paths = [p for name in SOURCES for p in ([ROOT / name] if (ROOT / name).is_file() else (ROOT / name).rglob("*"))]
    return max(p.stat().st_mtime for p in paths if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="session")
def extension_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of dist/chrome (built by build.py; rebuilt here if a source changed since),
    so a rebuild elsewhere cannot change the extension under a running browser."""
    if not STAMP.is_file() or STAMP.stat().st_mtime < _newest_source():
        subprocess.run([sys.executable, str(ROOT / "build.py")], check=True, cwd=ROOT)
    copy = tmp_path_factory.mktemp("extension") / "chrome"
    shutil.copytree(DIST, copy)
    return copy
