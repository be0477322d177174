#!/usr/bin/env python3
"""What each rule costs of a check, on CPython: to find the rules that grew, or the dearest.

    python3 tools/bench_rules.py [--size 2000] [--runs 300] [--json out.json]

On `bench_checker.realistic_post(size)`, official and personal, the median over `runs` checks of:
- cold: the rule run in registry order on a fresh `Post`, as `check()` runs it: a rule pays for the
  lazy parts of the post it is the first to ask for (a word list's patterns, the post's words);
- warm: the rule run again on a post every rule has run on: its own work only.
Run it in two checkouts (a `git worktree` of the older commit) and compare the --json files.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from pychecker.context import Context
from pychecker.pack import default_pack
from pychecker.post import Post
from pychecker.rules import ALL
from tools.bench_checker import realistic_post

CONTEXTS = {"official": {"account": "official", "platform": "twitter"}, "personal": {"account": "personal"}}


def measure(text: str, context: dict, runs: int) -> dict:
    pack, ctx = default_pack(), Context.from_dict(context)
    check(text, context)  # warm the caches a second keystroke finds
    cold: dict[str, list[float]] = {rule.id: [] for rule in ALL}
    warm: dict[str, list[float]] = {rule.id: [] for rule in ALL}
    posts, totals = [], []
    for _ in range(runs):
        started = time.perf_counter()
        post = Post(text, ctx, pack)
        posts.append(time.perf_counter() - started)
        for rule in ALL:
            start = time.perf_counter()
            list(rule.check(post))
            cold[rule.id].append(time.perf_counter() - start)
        totals.append(time.perf_counter() - started)
        for rule in ALL:
            start = time.perf_counter()
            list(rule.check(post))
            warm[rule.id].append(time.perf_counter() - start)

    def ms(samples: list[float]) -> float:
        return statistics.median(samples) * 1000

    return {
        "total": ms(totals),
        "post": ms(posts),
        "cold": {rule: ms(s) for rule, s in cold.items()},
        "warm": {rule: ms(s) for rule, s in warm.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    text = realistic_post(args.size)
    results = {account: measure(text, context, args.runs) for account, context in CONTEXTS.items()}
    for account, result in results.items():
        print(f"{args.size} chars, {account}: check {result['total']:.3f} ms, of which Post() {result['post']:.3f} ms")
        print(f"  {'rule':<26}{'cold ms':>9}{'warm ms':>9}")
        for rule in sorted(result["cold"], key=lambda r: -result["cold"][r]):
            print(f"  {rule:<26}{result['cold'][rule]:9.3f}{result['warm'][rule]:9.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
