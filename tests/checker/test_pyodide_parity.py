"""The checker gives identical findings in the real Pyodide: the extension's own files (the pinned
Pyodide, with the bytecode the build adds), booted as the extension boots them, under Node."""

from __future__ import annotations

import json
import subprocess

import pytest

from pychecker.bridge import check_json
from tests.conftest import ROOT
from tests.corpus import load_cases

RUNNER = ROOT / "tests" / "pyodide" / "run_in_pyodide.mjs"
REFUSER = ROOT / "tests" / "pyodide" / "snapshot_refused.mjs"

# Beyond the corpus: odd Unicode, emoji, a long post and a bad request.
EXTRAS = [
    {
        "text": "🎉 N\u200bHP 𝐍𝐇𝐏 \ud83d lone surrogate, RTL \u202e mark, NUL \x00 end",
        "context": {"account": "personal"},
    },
    {"text": "Vote Labour at Kevin Pearce Children's Centre! " * 300, "context": {"account": "personal"}},
    {"text": "x", "context": {"account": "nobody"}},
]


@pytest.mark.parametrize("boot", ["full", "restored"])
def test_corpus_gives_identical_answers_in_pyodide(extension_dir, boot):
    """Booted in full, and restored from a snapshot of a booted checker (as after the extension's first boot)."""
    requests = [json.dumps({"text": c.text, "context": c.context}) for c in load_cases()]
    requests += [json.dumps(x) for x in EXTRAS]
    proc = subprocess.run(
        ["node", str(RUNNER), str(extension_dir / "pyodide"), *(["--restored"] if boot == "restored" else [])],
        input="\n".join(requests),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    meta = json.loads(proc.stderr.strip().splitlines()[-1])
    assert meta["python"].startswith("3.14")  # really Pyodide's Python, not the host's
    assert meta["compiled"]  # the checker ran from the bytecode the build made
    assert meta["restored"] == (boot == "restored")  # the fast path was the one taken
    in_pyodide = proc.stdout.splitlines()
    assert len(in_pyodide) == len(requests)
    for request, answer in zip(requests, in_pyodide, strict=True):
        assert json.loads(answer) == json.loads(check_json(request)), request[:80]
    assert sum(bool(json.loads(a).get("findings")) for a in in_pyodide) > 20  # the corpus really fired


def test_a_stale_or_damaged_snapshot_is_refused_and_the_checker_boots_in_full(extension_dir):
    proc = subprocess.run(
        ["node", str(REFUSER), str(extension_dir / "pyodide")], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    outcome = json.loads(proc.stdout)
    assert outcome["sameBuild"] == "" and outcome["whole"] == ""  # a good one is trusted
    assert outcome["otherBuild"].startswith("stale")  # another build's or browser's
    assert outcome["noSeal"].startswith("stale")
    assert outcome["damaged"].startswith("damaged")  # one byte changed
    assert outcome["truncated"].startswith("damaged")
    # The boot given the damaged one did not restore it, said why, and answers as a full boot does.
    assert outcome["bootRestored"] is False
    assert outcome["bootRefusedBecause"].startswith("damaged")
    assert outcome["sameAnswer"] is True
    # Bytes that pass a seal but are no snapshot: Pyodide refuses them, and the checker boots in full.
    assert outcome["foreignRestored"] is False
    assert "magic" in outcome["foreignRefusedBecause"]
    assert outcome["foreignSameAnswer"] is True
