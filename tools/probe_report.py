#!/usr/bin/env python3
"""Score probe texts of our own against the checker: how a rule does on wording it was not written with.

    python3 tools/probe_report.py tools/realworld/probes/*.toml

Each file is in the rule corpora's format (tests/fixtures/rules/), named after its rule: `fires`
texts the rule should catch, `passes` near-misses it should not. Prints the misses and false alarms
and a count per rule. Write a round of probes before tuning the rule and read its figure once:
after tuning on it, it measures nothing.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check


def score(path: Path) -> tuple[int, int, int, int]:
    """Right fires, fires, right passes, passes; prints each wrong answer."""
    rule = path.stem
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    right = {"fires": 0, "passes": 0}
    for kind in right:
        for item in data.get(kind, []):
            context = {**defaults, **{k: v for k, v in item.items() if k != "text"}}
            fired = any(f.rule == rule for f in check(item["text"], context))
            if fired == (kind == "fires"):
                right[kind] += 1
            else:
                print(f"  {'miss' if kind == 'fires' else 'false alarm'}: {item['text']}")
    n_fires, n_passes = len(data.get("fires", [])), len(data.get("passes", []))
    print(f"{rule}: caught {right['fires']}/{n_fires}, near-misses passed {right['passes']}/{n_passes}")
    return right["fires"], n_fires, right["passes"], n_passes


def main(argv: list[str]) -> int:
    totals = [0, 0, 0, 0]
    for name in argv:
        totals = [a + b for a, b in zip(totals, score(Path(name)), strict=True)]
    print(f"all: caught {totals[0]}/{totals[1]}, near-misses passed {totals[2]}/{totals[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
