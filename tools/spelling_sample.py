#!/usr/bin/env python3
"""Spelling precision at scale (issue 11): the `spelling` rule, as an official account, over
thousands of real posts written by others, with every flagged word judged by hand.

    python3 tools/spelling_sample.py                 # the dev sample: flags, precision, suggestions
    python3 tools/spelling_sample.py --unjudged      # flagged words not yet judged, with where they were
    python3 tools/spelling_sample.py --split heldout # the held-out source, read once after the fixes

Texts come from the snapshots named in tools/realworld/sources.toml (see tools/realworld/README.md;
never committed): brands' customer-service replies (twcs), Generation Vegan's and Animal Think
Tank's own posts (openpaws), YouTube uploaders' titles and descriptions (yt2006), US Congress
members' tweets (hotair), and one in 40 of Sentiment140's personal tweets (sent140). Held out:
IBM's customer-care replies (cdp, 24 brands' agents, 2020) and another one in 40 of Sentiment140's
tweets: their words were judged only after the rule's fixes, and their figure reported once.
Items of the labelled set's held-out slice (posts.jsonl, "split": "heldout") are left out.

Judgements are in tools/realworld/spelling_judged.toml, one per distinct flagged word (lower
case): `verdict` is "misspelt" (a real slip; `fix` = the word meant) or why it is not one: "name"
(a person), "place", "brand" (a company, product or organisation), "gb-us" (a valid British or
American spelling), "informal" (a common informal spelling), "word" (another valid English word the
data lacks), "foreign" (another language), "fragment" (part of a handle, hashtag, link or
code), "tokenisation" (the rule cut the word wrongly). Precision = flags on words judged misspelt /
judged flags; suggestion top-1 = flags whose first suggestion is the judged `fix`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from tools.realworld.snapshot import HERE, _file, conversation_turns, records

JUDGED = HERE / "spelling_judged.toml"
VERDICTS = ("misspelt", "name", "place", "brand", "gb-us", "informal", "word", "foreign", "fragment", "tokenisation")
CONTEXT = {"account": "official", "platform": "twitter", "surface": "post", "date": "2024-06-10"}
SENT140_EVERY = 40  # one personal tweet in this many (by a hash of its ref): about 2,500
OPENPAWS = tuple(  # the organisations' own posts (other files there are one person's, or other columns)
    f"social_media_analytics/{name}.csv"
    for name in (
        "genv_facebook",
        "genv_twitter",
        "genv_youtube",
        "genv_tik_tok",
        "genv_linkedin",
        "Animal Think Tank Instagram",
        "Animal Think Tank Linkedin",
    )
)


def held_out_refs() -> set[tuple[str, str]]:
    """The labelled set's held-out items: never in this sample."""
    path = HERE / "posts.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(item["src"], item["ref"]) for item in items if item.get("split") == "heldout"}


def _picked(ref: str, split: str) -> bool:
    """Whether a personal tweet is in the split's slice: one in SENT140_EVERY, a different one each."""
    return int(hashlib.sha1(ref.encode()).hexdigest()[:8], 16) % SENT140_EVERY == (split == "heldout")


def texts(split: str) -> Iterator[tuple[str, str, str]]:
    """(source, ref, text) of every post in the sample's split."""
    if split == "heldout":
        for n, (author, text) in enumerate(conversation_turns(_file("cdp", "dev.json"))):
            if not author.startswith("@"):
                yield "cdp", f"dev.json:{n}", text
    yield from _sent140(split)
    if split == "heldout":
        return
    for n, row in enumerate(csv.DictReader(io.StringIO(_file("twcs", "sample.csv")))):
        if row["inbound"] == "False":
            yield "twcs", f"sample.csv:{n}", row["text"]
    for path in OPENPAWS:
        for n, text in enumerate(records("openpaws", path)):
            yield "openpaws", f"{path}:{n}", text
    for n, text in enumerate(records("yt2006", "samples/videos_sample_1000.json")):
        yield "yt2006", f"samples/videos_sample_1000.json:{n}", text
    for n, text in enumerate(records("hotair", "public/js/data/load_tweets.js")):
        yield "hotair", f"public/js/data/load_tweets.js:{n}", text


def _sent140(split: str) -> Iterator[tuple[str, str, str]]:
    for path in ("data/tweets_100k/positive.txt", "data/tweets_100k/negative.txt"):
        for n, text in enumerate(records("sent140", path), start=1):
            if _picked(f"{path}:{n}", split):
                yield "sent140", f"{path}:{n}", text


def flags(split: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(source, ref, flagged word, first suggestion, text) for every misspelt-word flag."""
    skip = held_out_refs()
    for src, ref, text in texts(split):
        if (src, ref) in skip or not text.strip():
            continue
        for finding in check(text, CONTEXT, rules=["spelling"]):
            if finding.fix and finding.fix.text:
                yield src, ref, text[finding.start : finding.end], finding.fix.text, text


def load_judged() -> dict[str, dict]:
    judged = tomllib.loads(JUDGED.read_text(encoding="utf-8"))["words"] if JUDGED.exists() else {}
    for word, judgement in judged.items():
        if judgement.get("verdict") not in VERDICTS:
            raise ValueError(f"{JUDGED.name}: {word!r} has verdict {judgement.get('verdict')!r}; one of {VERDICTS}")
    return judged


def report(split: str, unjudged: bool) -> None:
    judged = load_judged()
    posts = Counter(src for src, _, _ in texts(split))
    found = list(flags(split))
    per_source: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts: Counter[str] = Counter()
    top1 = with_fix = 0
    missing: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for src, _ref, word, suggestion, text in found:
        judgement = judged.get(word.lower())
        per_source[src]["flags"] += 1
        if judgement is None:
            missing[word.lower()].append((src, suggestion, text))
            continue
        verdict = judgement["verdict"]
        verdicts[verdict] += 1
        per_source[src]["right" if verdict == "misspelt" else "wrong"] += 1
        if verdict == "misspelt" and judgement.get("fix"):
            with_fix += 1
            top1 += suggestion.lower() == judgement["fix"].lower()
    print(f"spelling sample ({split}), checked as an official account:")
    for src, count in sorted(posts.items()):
        c = per_source[src]
        print(f"  {src:<9}{count:>6} posts {c['flags']:>5} flags  {c['right']:>4} right {c['wrong']:>4} wrong")
    right = verdicts["misspelt"]
    total = sum(verdicts.values())
    distinct = len({word.lower() for _, _, word, _, _ in found})
    print(f"  {len(found)} flags, {distinct} distinct words, {len(missing)} not judged")
    if total:
        print(f"  precision: {right}/{total} judged flags are real misspellings = {right / total:.2f}")
        wrong = ", ".join(f"{v} {n}" for v, n in verdicts.most_common() if v != "misspelt")
        print(f"  false flags by why: {wrong or 'none'}")
    if with_fix:
        print(f"  first suggestion is the word meant: {top1}/{with_fix} = {top1 / with_fix:.2f}")
    if unjudged:
        for word, seen in sorted(missing.items()):
            src, suggestion, text = seen[0]
            print(f"{word!r} x{len(seen)} -> {suggestion!r} [{src}] {' '.join(text.split())[:160]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--unjudged", action="store_true", help="list flagged words with no judgement")
    args = parser.parse_args()
    report(args.split, args.unjudged)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
