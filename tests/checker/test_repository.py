"""The repository explains itself: no module named like a standard-library one, one size limit."""

from __future__ import annotations

import json
import sys
import zipfile

from pychecker import bridge, limits
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
    assert json.loads((ROOT / "pychecker" / "limits.json").read_text()) == {"max_chars": 100_000}
    assert bridge.MAX_CHARS == limits.MAX_CHARS == 100_000
    answer = json.loads(bridge.check_json(json.dumps({"text": "a" * (limits.MAX_CHARS + 1), "context": {}})))
    assert answer["truncated"] == limits.MAX_CHARS + 1


def test_the_wheel_carries_the_size_limit(extension_dir):
    with zipfile.ZipFile(extension_dir / "pyodide" / "pychecker.whl") as wheel:
        assert json.loads(wheel.read("pychecker/limits.json")) == {"max_chars": 100_000}
