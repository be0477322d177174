#!/usr/bin/env python3
"""How long the policy look-up takes per question, on CPython and in the built extension's Pyodide.

    python3 tools/bench_lookup.py [--runtime dist/chrome/pyodide]

The questions are every everyday and phrasing question in tests/fixtures/lookup. Prints the first
question's time (it builds the look-up's index) and the median and p95 of the rest, warm.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pychecker import lookup  # noqa: E402


def questions() -> list[str]:
    folder = ROOT / "tests" / "fixtures" / "lookup"
    files = [folder / "questions.toml", folder / "everyday.toml"]
    return [q["text"] for path in files for q in tomllib.loads(path.read_text(encoding="utf-8"))["q"]]


def summary(name: str, first_ms: float, samples: list[float]) -> str:
    p95 = statistics.quantiles(samples, n=20)[-1]
    return f"{name}: first {first_ms:.1f} ms, then median {statistics.median(samples):.2f} ms, p95 {p95:.2f} ms"


def cpython(asked: list[str]) -> str:
    started = time.perf_counter()
    lookup(asked[0])
    first_ms = (time.perf_counter() - started) * 1000
    for question in asked:
        lookup(question)
    samples = []
    for question in asked:
        started = time.perf_counter()
        lookup(question)
        samples.append((time.perf_counter() - started) * 1000)
    return summary("CPython", first_ms, samples)


def pyodide(asked: list[str], runtime: Path) -> str:
    out = subprocess.run(
        ["node", str(ROOT / "tools" / "bench_lookup.mjs"), str(runtime)],
        input=json.dumps(asked),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result = json.loads(out.stdout)
    return summary("Pyodide", result["firstMs"], result["samples"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runtime", type=Path, default=ROOT / "dist" / "chrome" / "pyodide")
    args = parser.parse_args()
    asked = questions()
    print(f"{len(asked)} questions")
    print(cpython(asked))
    print(pyodide(asked, args.runtime))


if __name__ == "__main__":
    main()
