"""The repository explains itself: no module named like a standard-library one, one size limit."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile

from pychecker import RULES, bridge, limits
from tests.conftest import ROOT

PYTHON_FOLDERS = ("pychecker", "tools", "tests")


def test_no_module_shadows_the_standard_library():
    shadows = [
        str(path.relative_to(ROOT))
        for folder in PYTHON_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        if path.stem in sys.stdlib_module_names and "node_modules" not in path.parts
    ]
    assert shadows == []


def test_the_size_limit_is_defined_once():
    assert json.loads((ROOT / "pychecker" / "limits.json").read_text())["max_chars"] == 100_000
    assert bridge.MAX_CHARS == limits.MAX_CHARS == 100_000
    answer = json.loads(bridge.check_json(json.dumps({"text": "a" * (limits.MAX_CHARS + 1), "context": {}})))
    assert answer["truncated"] == limits.MAX_CHARS + 1


def test_the_wheel_carries_the_size_limit(extension_dir):
    with zipfile.ZipFile(extension_dir / "pyodide" / "pychecker.whl") as wheel:
        shipped = json.loads(wheel.read("pychecker/limits.json"))
    assert shipped == json.loads((ROOT / "pychecker" / "limits.json").read_text()) and shipped["max_chars"] == 100_000


# A relative path: one or more "../" then a path; and this machine's notes outside any checkout
# (spelt in two pieces so that this file does not name it).
_RELATIVE = re.compile(r"(?:\.\./)+[\w.\-/]*")
_MACHINE_NOTES = re.compile("/work/" + r"shared\b")


def test_no_tracked_file_points_outside_the_repository():
    """Someone who clones the project has only the repository: the contract and the platform facts
    are in docs/, and no file may send a reader (or an import) to a path above it."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    outside = []
    for name in files:
        path = ROOT / name
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files
        for match in _RELATIVE.finditer(text):
            target = (path.parent / match.group()).resolve()
            if not target.is_relative_to(ROOT):
                outside.append(f"{name}: {match.group()}")
        outside += [f"{name}: {m.group()}" for m in _MACHINE_NOTES.finditer(text)]
    assert outside == []


def test_the_docs_that_replace_the_shared_notes_are_there():
    contract = (ROOT / "docs" / "contract.md").read_text()
    for name in ("policy-guard-panel", "policy-guard-banner", "data-rules", "data-status", "regulated_periods"):
        assert name in contract
    assert all(f"`{rule.id}`" in contract for rule in RULES)
    assert "X weighs a character" in (ROOT / "docs" / "platform-facts.md").read_text()
