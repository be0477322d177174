"""Score the look-up on each round of everyday questions (tests/fixtures/lookup/everyday.toml).

A round starts at a comment line "# Round N" (the file's first questions are round 1, "# A second
round" round 2). Prints each round's top-1 and top-3 and, with --misses, what each miss ranked first.

    .venv/bin/python tools/lookup_rounds.py [--round 8] [--misses]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pychecker import lookup  # noqa: E402

EVERYDAY = ROOT / "tests" / "fixtures" / "lookup" / "everyday.toml"
_ROUND = re.compile(r"^# (?:Round (\d+)|A second round)")


def rounds(path: Path = EVERYDAY) -> dict[int, list[dict]]:
    """The file's questions by round, in order."""
    questions = tomllib.loads(path.read_text(encoding="utf-8"))["q"]
    numbers, current = [], 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _ROUND.match(line):
            current = int(m.group(1) or 2)
        elif line.strip() == "[[q]]":
            numbers.append(current)
    by_round: dict[int, list[dict]] = {}
    for number, question in zip(numbers, questions, strict=True):
        by_round.setdefault(number, []).append(question)
    return by_round


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, action="append", help="only this round (may repeat)")
    parser.add_argument("--misses", action="store_true", help="list the questions whose clause is not first")
    args = parser.parse_args()
    total = top1 = top3 = 0
    for number, questions in rounds().items():
        if args.round and number not in args.round:
            continue
        firsts = [[a.clause.id for a in lookup(q["text"], limit=3)] for q in questions]
        hits1 = sum(f[:1] == [q["clause"]] for q, f in zip(questions, firsts, strict=True))
        hits3 = sum(q["clause"] in f for q, f in zip(questions, firsts, strict=True))
        total, top1, top3 = total + len(questions), top1 + hits1, top3 + hits3
        n = len(questions)
        print(f"round {number}: {n} questions, top-1 {hits1 / n:.2f}, top-3 {hits3 / n:.2f}")
        if args.misses:
            for q, f in zip(questions, firsts, strict=True):
                if f[:1] != [q["clause"]]:
                    print(f"    [{q['clause']} <- {', '.join(f) or 'nothing'}] {q['text']}")
    print(f"all: {total} questions, top-1 {top1 / total:.3f}, top-3 {top3 / total:.3f}")


if __name__ == "__main__":
    main()
