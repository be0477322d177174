#!/usr/bin/env python3
"""How fast `check()` is on CPython, and that its cost grows linearly with the text.

    python3 tools/bench_checker.py

Posts are built from the rule corpora (real sentences, emoji, handles), cut to each size.
Prints the median and p95 of one whole check (all rules, personal and official accounts).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from pychecker.limits import MAX_CHARS
from pychecker.pack import default_pack
from tests.corpus import load_cases

BUDGET_MS_2000 = 2.0


def realistic_post(size: int, *, mixed: bool = False) -> str:
    """The corpora's texts one after another, cut to `size`. In the corpora's order (the benchmark's
    posts, comparable across runs) the texts come rule by rule, so the two halves of a long post hold
    different rules; `mixed` takes one text of each rule in turn, so any part of the post holds every
    rule's texts alike (what a test of growth with length needs: a half that is like its whole)."""
    sentences = [case.text for case in (_round_robin(load_cases()) if mixed else load_cases())]
    text, i = "", 0
    while len(text) < size:
        text += sentences[i % len(sentences)] + ("\n" if i % 3 == 0 else " ")
        i += 1
    return text[:size]


def _round_robin(cases: list) -> list:
    """The cases one rule at a time in turn: the first of each rule, then the second of each, …"""
    by_rule: dict[str, list] = {}
    for case in cases:
        by_rule.setdefault(case.rule, []).append(case)
    queues = list(by_rule.values())
    return [queue[i] for i in range(max(map(len, queues))) for queue in queues if i < len(queue)]


def runs_for(size: int) -> int:
    """How many timed checks a size gets: many where one is quick, few where one is slow."""
    return 200 if size <= 2_000 else 30 if size <= 10_000 else 5


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed(text: str, context: dict, runs: int) -> list[float]:
    check(text, context)  # warm caches, as a second keystroke would find them
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        check(text, context)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    default_pack()  # loading the pack is start-up, not checking
    contexts = {"personal": {"account": "personal"}, "official": {"account": "official", "platform": "twitter"}}
    print(f"{'chars':>8} {'account':<9} {'median ms':>10} {'p95 ms':>8}")
    medians: dict[tuple[int, str], float] = {}
    for size in (280, 2_000, 10_000, MAX_CHARS):  # up to the longest draft the checker takes
        text = realistic_post(size)
        for name, context in contexts.items():
            samples = timed(text, context, runs_for(size))
            median = statistics.median(samples)
            medians[(size, name)] = median
            print(f"{size:>8} {name:<9} {median:>10.3f} {p95(samples):>8.3f}")
    for name in contexts:
        at_2000 = medians[(2_000, name)]
        verdict = "met" if at_2000 <= BUDGET_MS_2000 else "NOT met"
        print(f"budget: 2,000 chars ({name}) ≤ {BUDGET_MS_2000} ms: {at_2000:.3f} ms, {verdict}")
        ratio = medians[(MAX_CHARS, name)] / medians[(10_000, name)]
        print(f"growth: {MAX_CHARS // 1000}k/10k time ratio ({name}) = {ratio:.1f} (linear ≈ 10)")


if __name__ == "__main__":
    main()
