"""The checker gives identical findings in the real Pyodide: the extension's own files (the pinned
Pyodide, with the bytecode the build adds), booted as the extension boots them, under Node."""

from __future__ import annotations

import json
import subprocess

from pychecker.bridge import check_json
from tests.conftest import ROOT
from tests.corpus import load_cases

RUNNER = ROOT / "tests" / "pyodide" / "run_in_pyodide.mjs"

# Beyond the corpus: odd Unicode, emoji, a long post and a bad request.
EXTRAS = [
    {
        "text": "🎉 N\u200bHP 𝐍𝐇𝐏 \ud83d lone surrogate, RTL \u202e mark, NUL \x00 end",
        "context": {"account": "personal"},
    },
    {"text": "Vote Labour at Kevin Pearce Children's Centre! " * 300, "context": {"account": "personal"}},
    {"text": "x", "context": {"account": "nobody"}},
]


def test_corpus_gives_identical_answers_in_pyodide(extension_dir):
    requests = [json.dumps({"text": c.text, "context": c.context}) for c in load_cases()]
    requests += [json.dumps(x) for x in EXTRAS]
    proc = subprocess.run(
        ["node", str(RUNNER), str(extension_dir / "pyodide")],
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
    in_pyodide = proc.stdout.splitlines()
    assert len(in_pyodide) == len(requests)
    for request, answer in zip(requests, in_pyodide, strict=True):
        assert json.loads(answer) == json.loads(check_json(request)), request[:80]
    assert sum(bool(json.loads(a).get("findings")) for a in in_pyodide) > 20  # the corpus really fired
