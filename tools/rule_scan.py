#!/usr/bin/env python3
"""How often one rule fires on large sets of ordinary posts, checked as an official account: every
finding there is worth reading, and most are false alarms.

    python3 tools/rule_scan.py political [--limit 30000] [--show]

Reads, at the commits `tools/realworld/sources.toml` records, from local snapshots (the search
tool's `fetch github:OWNER/NAME` puts one at /work/.mirror/OWNER+NAME/repo): Sentiment140's 100,000
personal tweets of 2009, TweetEval's emoji training tweets (ordinary personal posts), r/antiwork
posts, brands' customer-service tweets and an animal-advocacy charity's own posts. Items of the
real-posts set's held-out slice are skipped by reference, never read. Prints the count per set and,
with --show, each post that fired.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pychecker import check  # noqa: E402

MIRROR = Path("/work/.mirror")
REALWORLD = ROOT / "tools" / "realworld"
_GENV = ("facebook", "twitter", "youtube", "tik_tok", "linkedin")  # Generation Vegan's channels
# set name -> (source id in sources.toml, files, how a record is read: lines or CSV columns)
SETS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...] | None]] = {
    "sent140": ("sent140", ("data/tweets_100k/positive.txt", "data/tweets_100k/negative.txt"), None),
    "tweeteval-emoji": ("tweeteval", ("datasets/emoji/train_text.txt",), None),
    "antiwork": ("antiwork", ("antiwork_sample.csv",), ("title", "selftext")),
    "twcs": ("twcs", ("sample.csv",), ("text",)),
    "openpaws": ("openpaws", tuple(f"social_media_analytics/genv_{name}.csv" for name in _GENV), ("Content",)),
}


def _show(repo: str, commit: str, path: str) -> str:
    where = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "-C", str(where), "show", f"{commit}:{path}"], check=True, capture_output=True, text=True
    ).stdout


def posts(source: dict[str, str], paths: tuple[str, ...], columns: tuple[str, ...] | None) -> Iterator[tuple[str, str]]:
    """(reference, text) as the real-posts set refers to them: "PATH:LINE" (1-based) or "PATH:ROW"."""
    for path in paths:
        text = _show(source["repo"], source["commit"], path)
        if columns is None:
            for number, line in enumerate(text.splitlines(), 1):
                yield f"{path}:{number}", line
        else:
            for number, row in enumerate(csv.DictReader(io.StringIO(text))):
                yield f"{path}:{number}", " ".join(row.get(column) or "" for column in columns)


def held_out() -> set[tuple[str, str]]:
    """(source, reference) of the held-out slice, from the built set if there is one."""
    built = REALWORLD / "cache" / "posts.jsonl"
    if not built.exists():
        built = REALWORLD / "posts.jsonl"
    return {
        (item["src"], item["ref"])
        for item in map(json.loads, built.read_text(encoding="utf-8").splitlines())
        if item.get("split") == "heldout"
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rule")
    parser.add_argument("--limit", type=int, default=30_000, help="posts read from each set at most")
    parser.add_argument("--show", action="store_true", help="print each post that fired")
    args = parser.parse_args(argv)
    sources = tomllib.loads((REALWORLD / "sources.toml").read_text(encoding="utf-8"))["sources"]
    skip = held_out()
    for name, (source_id, paths, columns) in SETS.items():
        read = fired = 0
        for ref, text in posts(sources[source_id], paths, columns):
            if read >= args.limit:
                break
            if (source_id, ref) in skip or not text.strip():
                continue
            read += 1
            if any(f.rule == args.rule for f in check(text, {"account": "official"})):
                fired += 1
                if args.show:
                    print(f"  {name} {ref}: {text[:200]}")
        print(f"{name}: {fired} of {read} posts ({fired / max(read, 1):.2%})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
