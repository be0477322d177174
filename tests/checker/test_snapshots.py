"""What each rule says on its corpus matches its snapshot (tests/fixtures/rules/<rule>.snap).

On a deliberate change: `python3 tools/update_snapshots.py`, then review the snapshots' diff.
"""

from __future__ import annotations

import difflib

import pytest

from pychecker import RULES
from tests.checker.snapshots import render, rules_with_corpus, snapshot_path
from tests.corpus import load_cases

CASES = load_cases()


@pytest.mark.parametrize("rule", rules_with_corpus())
def test_findings_match_the_snapshot(rule):
    path = snapshot_path(rule)
    assert path.is_file(), f"{path.name} is missing: run python3 tools/update_snapshots.py"
    expected = path.read_text(encoding="utf-8")
    actual = render(rule, CASES)
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True), path.name, "now", n=1
            )
        )
        pytest.fail(f"{rule} now says something else (python3 tools/update_snapshots.py if meant):\n{diff}")


def test_every_rule_has_a_snapshot_and_every_snapshot_a_rule():
    snapshots = {p.stem for p in snapshot_path("x").parent.glob("*.snap")}
    assert snapshots == {r.id for r in RULES}


def test_a_snapshot_shows_every_finding_of_its_rule():
    text = render("political", CASES)
    assert '"Vote Labour on Thursday!"' in text and "0-11 error [OC-16, PA-7]" in text
    assert text.count("    message: ") >= sum(c.rule == "political" and c.fires for c in CASES)
