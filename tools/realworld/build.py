#!/usr/bin/env python3
"""Write the development set's texts into tools/realworld/cache/ from snapshots of their sources.

    python3 tools/realworld/build.py            # needs the snapshots named in sources.toml

The label files (posts.jsonl, clean.jsonl, spelling.jsonl) hold where each text is, a fingerprint
of it, its context and its labels, never the text itself (the sources' licences do not let us
commit tweets); questions.jsonl likewise holds each look-up question's clause, page address and
fingerprint, while the questions' words (quoted from web pages that carry no open licence) are kept
outside the repository, in `pages/questions.json` under the snapshot root (id -> text). This reads
each text out of its snapshot, checks the fingerprint, applies a recorded adaptation (an org mention
appended, marked "ADAPTED" in the note) and writes one JSON line per item with its text to
cache/<name>.jsonl, which tools/realworld_report.py reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.realworld.snapshot import HERE, MIRROR, SnapshotMissingError, resolve, text_hash

LABEL_FILES = ("posts", "clean", "spelling", "questions")
CACHE = HERE / "cache"
QUESTIONS = MIRROR / "pages" / "questions.json"  # id -> the question as its page words it


class QuestionMissingError(KeyError):
    """One question's words are not in the kept file (its page could not be read again)."""


def question_text(item: dict) -> str:
    if not QUESTIONS.is_file():
        raise SnapshotMissingError(f"no {QUESTIONS}: the look-up questions' words are kept outside the repository")
    words = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    if item["id"] not in words:
        raise QuestionMissingError(item["id"])
    return words[item["id"]]


def materialise(item: dict) -> dict:
    if item.get("source", "").startswith("http"):  # a look-up question, quoted from a web page
        original = question_text(item)
        if text_hash(original) != item["sha"]:
            raise ValueError(f"{item['id']}: the question's words changed (fingerprint {text_hash(original)})")
        return {**item, "question": original}
    original = resolve(item["src"], item["ref"])
    if text_hash(original) != item["sha"]:
        raise ValueError(f"{item['id']}: {item['src']} {item['ref']} changed (fingerprint {text_hash(original)})")
    return {**item, "text": original + item.get("adapt", {}).get("append", "")}


def main() -> int:
    CACHE.mkdir(exist_ok=True)
    for name in LABEL_FILES:
        path = HERE / f"{name}.jsonl"
        if not path.exists():
            continue
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows, missing = [], 0
        for item in items:
            try:
                rows.append(materialise(item))
            except SnapshotMissingError as error:
                print(f"build: {error}", file=sys.stderr)
                return 1
            except QuestionMissingError:
                missing += 1  # measured without it, and said so below
        if missing:
            print(f"build: {missing} of the {len(items)} {name} have no kept words here: left out", file=sys.stderr)
        out = CACHE / f"{name}.jsonl"
        out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        print(f"{out.relative_to(HERE.parents[1])}: {len(rows)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
