#!/usr/bin/env python3
"""What the tone rules fire on in large volumes of ordinary text: the false-alarm hunt (issue 11).

    python3 tools/tone_scan.py                    # every set: posts, fires per rule, fire rate
    python3 tools/tone_scan.py --show olid-not    # and each fire in that set, with its span
    python3 tools/tone_scan.py --show all --limit 2000

The sets are read from the source snapshots of tools/realworld/sources.toml (tools/realworld/snapshot.py),
and every record that a labelled post of tools/realworld/posts.jsonl points at, in any split, or
whose text equals one, is left out: the held-out slice's texts are never read here. Three sets were
labelled by their datasets' own annotators as neither offensive nor hateful (OLID's not-offensive
training tweets, HatEval's not-hate training tweets, Davidson's "neither"): a fire there is almost
always a false alarm. The others are ordinary posts nobody labelled: read what fires.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from tools.realworld import snapshot

HERE = Path(__file__).resolve().parent
TONE = ("respectful-tone", "discriminatory-language")

# name: (source, path, label path or None, the label value kept, account)
SETS = {
    "olid-not": ("tweeteval", "datasets/offensive/train_text.txt", "datasets/offensive/train_labels.txt", "0"),
    "hateval-not": ("tweeteval", "datasets/hate/train_text.txt", "datasets/hate/train_labels.txt", "0"),
    "davidson-neither": ("davidson", "data/labeled_data.csv", "class", "2"),
    "emotion": ("tweeteval", "datasets/emotion/train_text.txt", None, None),
    "irony": ("tweeteval", "datasets/irony/train_text.txt", None, None),
    "emoji": ("tweeteval", "datasets/emoji/train_text.txt", None, None),
    "sent140-pos": ("sent140", "data/tweets_100k/positive.txt", None, None),
    "sent140-neg": ("sent140", "data/tweets_100k/negative.txt", None, None),
    "twcs": ("twcs", "sample.csv", None, None),
    "cdp": ("cdp", "dev.json", None, None),
    "antiwork": ("antiwork", "antiwork_sample.csv", None, None),
    "yt2006": ("yt2006", "samples/videos_sample_1000.json", None, None),
}


def labelled_refs() -> tuple[set[tuple[str, str]], set[str]]:
    """(source, ref) and text fingerprints of every labelled post, all splits: kept out of the scan."""
    refs, shas = set(), set()
    for line in (HERE / "realworld" / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        refs.add((item["src"], item["ref"]))
        shas.add(item["sha"])
    return refs, shas


def _labels(src: str, path: str, label: str) -> list[str]:
    if label == "class":  # a column of the same CSV
        import csv
        import io

        return [row["class"] for row in csv.DictReader(io.StringIO(snapshot._file(src, path)))]
    return snapshot._file(src, label).split("\n")


def texts(name: str) -> Iterator[str]:
    src, path, label, keep = SETS[name]
    refs, shas = labelled_refs()
    records = snapshot.records(src, path)
    labels = _labels(src, path, label) if label else None
    base = 1 if snapshot.sources()[src]["kind"] == "lines" else 0
    for index, text in enumerate(records):
        if not text.strip() or (src, f"{path}:{index + base}") in refs or snapshot.text_hash(text) in shas:
            continue
        if labels is not None and (index >= len(labels) or labels[index].strip() != keep):
            continue
        yield text


def scan(name: str, show: bool, limit: int) -> tuple[int, dict[str, int]]:
    fires = dict.fromkeys(TONE, 0)
    count = 0
    for text in texts(name):
        count += 1
        if count > limit:
            break
        found = check(text[:2000], {"account": "personal", "surface": "post"}, rules=TONE)
        for rule in {f.rule for f in found}:
            fires[rule] += 1
        if found and show:
            spans = "; ".join(f"{f.rule[:4]}:{text[f.start : f.end]!r}" for f in found)
            print(f"  {name:16} {spans:50} | {' '.join(text.split())[:200]}")
    return min(count, limit), fires


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", default="", help="a set's name, or 'all': print each fire")
    parser.add_argument("--limit", type=int, default=100_000, help="posts per set at most")
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args(argv)
    for name in args.sets:
        count, fires = scan(name, args.show in (name, "all"), args.limit)
        rates = "  ".join(f"{rule} {n} ({n / max(count, 1):.2%})" for rule, n in fires.items())
        print(f"{name:18} {count:6} posts  {rates}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
