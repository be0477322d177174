#!/usr/bin/env python3
"""How often rules fire on large sets of ordinary posts that nobody labelled for them: every finding
there is worth reading, and most are false alarms (issue 11).

    python3 tools/rule_scan.py political                          # every set, as an official account
    python3 tools/rule_scan.py political --sets sent140-pos antiwork --show
    python3 tools/rule_scan.py respectful-tone discriminatory-language --account personal --show olid-not
    python3 tools/rule_scan.py child-consent --media --show all        # each post as if it had a photo

The sets are read from the source snapshots of tools/realworld/sources.toml (tools/realworld/snapshot.py;
the search tool's `fetch github:OWNER/NAME` puts one at /work/.mirror/OWNER+NAME/repo). Every record a
labelled post of tools/realworld/posts.jsonl points at, in any split, or whose text equals one, is left
out: the held-out slice's texts are never read here. Three sets were labelled by their datasets' own
annotators as neither offensive nor hateful (OLID's not-offensive training tweets, HatEval's not-hate
training tweets, Davidson's "neither"): a tone finding there is almost always a false alarm.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from tools.realworld import snapshot

_GENV = ("facebook", "twitter", "youtube", "tik_tok", "linkedin")  # Generation Vegan's channels
# name: (source, files, the file of labels or "class" (a column of the same CSV) or None, the label kept)
SETS: dict[str, tuple[str, tuple[str, ...], str | None, str | None]] = {
    "olid-not": ("tweeteval", ("datasets/offensive/train_text.txt",), "datasets/offensive/train_labels.txt", "0"),
    "hateval-not": ("tweeteval", ("datasets/hate/train_text.txt",), "datasets/hate/train_labels.txt", "0"),
    "davidson-neither": ("davidson", ("data/labeled_data.csv",), "class", "2"),
    "emotion": ("tweeteval", ("datasets/emotion/train_text.txt",), None, None),
    "irony": ("tweeteval", ("datasets/irony/train_text.txt",), None, None),
    "emoji": ("tweeteval", ("datasets/emoji/train_text.txt",), None, None),
    "sent140-pos": ("sent140", ("data/tweets_100k/positive.txt",), None, None),
    "sent140-neg": ("sent140", ("data/tweets_100k/negative.txt",), None, None),
    "twcs": ("twcs", ("sample.csv",), None, None),
    "cdp": ("cdp", ("dev.json",), None, None),
    "antiwork": ("antiwork", ("antiwork_sample.csv",), None, None),
    "yt2006": ("yt2006", ("samples/videos_sample_1000.json",), None, None),
    "openpaws": ("openpaws", tuple(f"social_media_analytics/genv_{name}.csv" for name in _GENV), None, None),
}


def labelled() -> tuple[set[tuple[str, str]], set[str]]:
    """(source, ref) and text fingerprints of every labelled post, all splits: kept out of the scan."""
    refs, shas = set(), set()
    for line in (snapshot.HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        refs.add((item["src"], item["ref"]))
        shas.add(item["sha"])
    return refs, shas


def _labels(src: str, path: str, label: str) -> list[str]:
    if label == "class":
        return [row["class"] for row in csv.DictReader(io.StringIO(snapshot._file(src, path)))]
    return snapshot._file(src, label).split("\n")


def texts(name: str, refs: set[tuple[str, str]], shas: set[str]) -> Iterator[str]:
    """The set's texts, labelled posts left out (and, for a set labelled by its dataset, only those it kept)."""
    src, paths, label, keep = SETS[name]
    base = 1 if snapshot.sources()[src]["kind"] == "lines" else 0
    for path in paths:
        labels = _labels(src, path, label) if label else None
        for index, text in enumerate(snapshot.records(src, path)):
            if not text.strip() or (src, f"{path}:{index + base}") in refs or snapshot.text_hash(text) in shas:
                continue
            if labels is not None and (index >= len(labels) or labels[index].strip() != keep):
                continue
            yield text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rules", nargs="+", help="the rule ids counted (only they are run)")
    parser.add_argument("--account", default="official", choices=("official", "personal"))
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--show", default="", help="a set's name, or 'all': print each post that fired")
    parser.add_argument("--limit", type=int, default=30_000, help="posts read from each set at most")
    parser.add_argument("--media", action="store_true", help="as if each post had a photo attached (child-consent)")
    args = parser.parse_args(argv)
    refs, shas = labelled()
    context: dict[str, object] = {"account": args.account, "surface": "post"}
    if args.media:
        context["media"] = [{"kind": "image", "name": "photo.jpg"}]
    for name in args.sets:
        count, fires = 0, dict.fromkeys(args.rules, 0)
        for text in texts(name, refs, shas):
            if count >= args.limit:
                break
            count += 1
            found = check(text[:2000], context, rules=args.rules)
            for rule in {f.rule for f in found}:
                fires[rule] += 1
            if found and args.show in (name, "all"):
                spans = "; ".join(f"{f.rule}:{text[f.start : f.end]!r}" for f in found)
                print(f"  {name:16} {spans:50} | {' '.join(text.split())[:200]}")
        rates = "  ".join(f"{rule} {n} ({n / max(count, 1):.2%})" for rule, n in fires.items())
        print(f"{name:18} {count:6} posts  {rates}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
