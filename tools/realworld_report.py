#!/usr/bin/env python3
"""How the checker does on real posts written by others (issue 11): the development set's report.

    python3 tools/realworld/build.py                  # once: texts from the sources' snapshots
    python3 tools/realworld_report.py                 # the dev split
    python3 tools/realworld_report.py --split heldout # the slice tuners do not look at
    python3 tools/realworld_report.py --rule political  # its misses and false alarms, with texts
    python3 tools/realworld_report.py --lookup        # the questions the look-up ranks wrongly

Reads tools/realworld/cache/ (or --data DIR): posts.jsonl (labelled posts: the rules that should
fire), clean.jsonl (ordinary posts on which nothing should fire), spelling.jsonl (official posts
with their truly misspelt words) and questions.jsonl (questions people asked and the clause that
answers them: the look-up's top-1 and top-3).
A rule "fires" on a post when the checker returns a finding of that rule. A label file's item
says which split it is in; clean, spelling and question sets are reported whatever the split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import RULES, check, lookup

DATA = Path(__file__).resolve().parent / "realworld" / "cache"
TONE = {"respectful-tone", "discriminatory-language"}


def load(data: Path, name: str) -> list[dict]:
    path = data / f"{name}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fired(item: dict) -> list:
    return check(item["text"], item["context"])


def ratio(num: int, den: int) -> float:
    return num / den if den else float("nan")


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pct(x: float) -> str:
    return "   -" if x != x else f"{x:4.2f}"  # NaN when there is nothing to divide by


def short(text: str, n: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def where(item: dict) -> str:
    ctx = item["context"]
    return f"{ctx.get('account', 'personal')}/{ctx.get('surface', 'post')}"


class Scores:
    """Per-rule confusion counts over a labelled set, and each post's outcome for listings."""

    def __init__(self, items: Iterable[dict]) -> None:
        self.rules = [rule.id for rule in RULES]
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.contexts: dict[str, Counter[str]] = defaultdict(Counter)
        self.outcomes: list[tuple[dict, set[str], set[str]]] = []
        for item in items:
            got = {f.rule for f in fired(item)}
            want = set(item["labels"])
            self.outcomes.append((item, want, got))
            ctx = self.contexts[where(item)]
            ctx["posts"] += 1
            ctx["any"] += bool(got)
            for rule in set(self.rules) | want | got:
                kind = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}
                outcome = kind[(rule in want, rule in got)]
                self.counts[rule][outcome] += 1
                ctx[outcome] += 1
                self.counts[rule]["fired"] += rule in got

    def prf(self, c: Counter[str]) -> tuple[float, float, float]:
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        return p, r, f1(p, r) if p == p and r == r else float("nan")


def report_rules(scores: Scores, n: int) -> None:
    print(f"\nPer rule ({n} labelled posts)")
    print(f"{'rule':<25}{'pos':>5}{'neg':>5}{'fire%':>7}{'P':>6}{'R':>6}{'F1':>6}")
    f1s, total = [], Counter()
    for rule in scores.rules:
        c = scores.counts[rule]
        p, r, f = scores.prf(c)
        pos = c["tp"] + c["fn"]
        if pos:
            f1s.append(f if f == f else 0.0)
        total.update({k: c[k] for k in ("tp", "fp", "fn")})
        print(f"{rule:<25}{pos:>5}{n - pos:>5}{100 * c['fired'] / n:>6.1f}%{pct(p):>6}{pct(r):>6}{pct(f):>6}")
    p, r = ratio(total["tp"], total["tp"] + total["fp"]), ratio(total["tp"], total["tp"] + total["fn"])
    print(
        f"macro-F1 {pct(ratio(sum(f1s), len(f1s)))} over the {len(f1s)} rules with positives; "
        f"micro P {pct(p)} R {pct(r)}"
    )


def report_contexts(scores: Scores) -> None:
    print("\nPer context (account/surface)")
    print(f"{'context':<20}{'posts':>6}{'any finding':>13}{'P':>6}{'R':>6}")
    for name, c in sorted(scores.contexts.items()):
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        print(f"{name:<20}{c['posts']:>6}{100 * c['any'] / c['posts']:>12.1f}%{pct(p):>6}{pct(r):>6}")


def report_focus(scores: Scores) -> None:
    party = [(w, g) for item, w, g in scores.outcomes if "political" in w]
    civic = [(w, g) for item, w, g in scores.outcomes if "civic" in item.get("tags", [])]
    hit = sum("political" in g for _, g in party)
    print(
        f"\npolitical recall on party-political posts: {hit}/{len(party)} = {pct(ratio(hit, len(party)))}; "
        f"civic posts with a political finding: {sum('political' in g for _, g in civic)}/{len(civic)}"
    )
    tone_pos = [(w, g) for _, w, g in scores.outcomes if w & TONE]
    tone_fired = [(w, g) for _, w, g in scores.outcomes if g & TONE]
    print(
        f"tone (respectful-tone or discriminatory-language): recall "
        f"{pct(ratio(sum(bool(g & TONE) for _, g in tone_pos), len(tone_pos)))} on {len(tone_pos)}, precision "
        f"{pct(ratio(sum(bool(w & TONE) for w, _ in tone_fired), len(tone_fired)))} on {len(tone_fired)} fired"
    )


def report_clean(items: list[dict]) -> None:
    if not items:
        print("\nclean sets: none in the data folder")
        return
    print("\nClean sets (ordinary posts: every finding is a false alarm)")
    by_set: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_set[item["set"]].append(item)
    for name, group in sorted(by_set.items()):
        rules: Counter[str] = Counter()
        flagged = 0
        for item in group:
            got = {f.rule for f in fired(item)}
            flagged += bool(got)
            rules.update(got)
        top = ", ".join(f"{rule} {k}" for rule, k in rules.most_common(6))
        print(f"{name:<16}{len(group):>5} posts, {100 * flagged / len(group):5.1f}% with a finding  ({top or 'none'})")


def report_spelling(items: list[dict]) -> None:
    if not items:
        print("\nspelling set: none in the data folder")
        return
    flagged = right = 0
    for item in items:
        truly = {w.lower() for w in item.get("misspelt", [])}
        for finding in fired(item):
            if finding.rule == "spelling":
                flagged += 1
                right += finding.excerpt.lower() in truly or finding.excerpt.lower().split()[0] in truly
    print(
        f"\nspelling precision: {right}/{flagged} flags are real misspellings = {pct(ratio(right, flagged))} "
        f"({len(items)} official posts)"
    )


def ranked(question: str) -> list[str]:
    return [answer.clause.id for answer in lookup(question, limit=3)]


def report_lookup(items: list[dict]) -> None:
    if not items:
        print("\nlookup: no question set in the data folder")
        return
    ranks = [ranked(q["question"]) for q in items]
    top1 = sum(r[:1] == [q["clause"]] for q, r in zip(items, ranks, strict=True))
    top3 = sum(q["clause"] in r for q, r in zip(items, ranks, strict=True))
    print(
        f"\nlookup ({len(items)} questions, {len({q['clause'] for q in items})} clauses): "
        f"top-1 {top1}/{len(items)} = {pct(ratio(top1, len(items)))}, "
        f"top-3 {top3}/{len(items)} = {pct(ratio(top3, len(items)))}"
    )


def report_lookup_misses(items: list[dict]) -> None:
    misses = [(q, r) for q in items if (r := ranked(q["question"]))[:1] != [q["clause"]]]
    print(f"\nlookup: {len(misses)} questions whose clause is not first")
    for q, r in misses:
        print(f"  [{q['clause']} <- {', '.join(r) or 'nothing'}] {short(q['question'])}")


def report_rule(scores: Scores, rule: str) -> None:
    misses = [item for item, w, g in scores.outcomes if rule in w and rule not in g]
    alarms = [item for item, w, g in scores.outcomes if rule in g and rule not in w]
    for title, group in (("misses (should fire, did not)", misses), ("false alarms (fired, should not)", alarms)):
        print(f"\n{rule}: {len(group)} {title}")
        for item in group:
            print(f"  [{item['id']} {where(item)}] {short(item['text'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--rule", help="list this rule's misses and false alarms")
    parser.add_argument("--lookup", action="store_true", help="list the questions the look-up ranks wrongly")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the built set (default: the cache)")
    args = parser.parse_args(argv)
    if args.lookup:
        report_lookup_misses(load(args.data, "questions"))
        return 0
    posts = [p for p in load(args.data, "posts") if args.split == "all" or p["split"] == args.split]
    if not posts:
        print(f"no labelled posts in {args.data} (run python3 tools/realworld/build.py first)", file=sys.stderr)
        return 2
    if args.rule and args.rule not in {rule.id for rule in RULES}:
        print(f"unknown rule {args.rule!r}", file=sys.stderr)
        return 2
    scores = Scores(posts)
    print(f"Real-posts report: split {args.split}, data {args.data}")
    if args.rule:
        report_rule(scores, args.rule)
        return 0
    report_rules(scores, len(posts))
    report_contexts(scores)
    report_focus(scores)
    report_clean(load(args.data, "clean"))
    report_spelling(load(args.data, "spelling"))
    report_lookup(load(args.data, "questions"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
