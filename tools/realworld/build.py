#!/usr/bin/env python3
"""Write the development set's texts into tools/realworld/cache/ from snapshots of their sources.

    python3 tools/realworld/build.py            # needs the snapshots named in sources.toml

The label files (posts.jsonl, clean.jsonl, spelling.jsonl) hold where each text is, a fingerprint
of it, its context and its labels, never the text itself (the sources' licences do not let us
commit tweets); questions.jsonl (the look-up's questions, one-sentence quotations with their
pages' addresses) is copied as it is. This reads each text out of its snapshot, checks the
fingerprint, applies a recorded adaptation (an org mention appended, marked "ADAPTED" in the note)
and writes one JSON line per item with its text to cache/<name>.jsonl, which
tools/realworld_report.py reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.realworld.snapshot import HERE, SnapshotMissingError, resolve, text_hash

LABEL_FILES = ("posts", "clean", "spelling", "questions")
CACHE = HERE / "cache"


def materialise(item: dict) -> dict:
    if "question" in item:  # the look-up questions are short quotations kept in the file itself
        return item
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
        try:
            rows = [materialise(item) for item in items]
        except SnapshotMissingError as error:
            print(f"build: {error}", file=sys.stderr)
            return 1
        out = CACHE / f"{name}.jsonl"
        out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        print(f"{out.relative_to(HERE.parents[1])}: {len(rows)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
