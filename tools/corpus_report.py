#!/usr/bin/env python3
"""Per-rule precision and recall over the rule corpora (tests/fixtures/rules/).

    python3 tools/corpus_report.py

A `fires` case the rule reports is a true positive, one it misses a false negative; a `passes`
case (a near-miss) it reports is a false positive. Findings of *other* rules are ignored here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import RULES, check
from tests.corpus import load_cases


def main() -> int:
    counts: dict[str, Counter[str]] = {rule.id: Counter() for rule in RULES}
    misses: list[str] = []
    for case in load_cases():
        fired = case.rule in {f.rule for f in check(case.text, case.context)}
        outcome = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}
        kind = outcome[(case.fires, fired)]
        counts.setdefault(case.rule, Counter())[kind] += 1
        if kind in ("fn", "fp"):
            misses.append(f"  {kind} {case.rule}: {case.text[:70]!r}")
    print(f"{'rule':<24}{'fires':>6}{'passes':>7}{'precision':>11}{'recall':>8}")
    for rule, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(f"{rule:<24}{c['tp'] + c['fn']:>6}{c['tn'] + c['fp']:>7}{precision:>11.1%}{recall:>8.1%}")
    if misses:
        print("\nMisses:\n" + "\n".join(misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
