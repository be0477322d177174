#!/usr/bin/env python3
"""Add labelled items to the development set by reference (never by text).

    python3 tools/realworld/label.py posts PICKS.txt     # append the picks to posts.jsonl
    python3 tools/realworld/label.py clean PICKS.txt     # ... to clean.jsonl
    python3 tools/realworld/label.py spelling PICKS.txt  # ... to spelling.jsonl

A picks line is `SRC REF | CONTEXT | LABELS | NOTE [| APPEND]` (`#` starts a comment line):
- SRC REF: a source in sources.toml and where the text is in it (see snapshot.py);
- CONTEXT: space-separated words: `official`/`personal`, `post`/`reply`/`message`,
  `facebook`/`twitter`/`instagram`/`other`, `image` or `video` (an attachment), `media=NAME`
  (an image attachment with that file name), `channel=SLUG`, `consent`, `disclaimer-in-profile`,
  `period` (a regulated period around the post's date), `civic` (a civic post: a tag), and for the
  clean sets `clean-official`/`clean-personal`;
- LABELS: the rules that should fire, comma-separated (empty: none should); for the spelling set,
  the words in the post that are really misspelt (names, other languages, British and American
  spellings and informal spellings such as "gonna" are not);
- NOTE: why, in a few words;
- APPEND: text appended to the real post (an adaptation: say so in the note, "ADAPTED: ...").

Each item gets the text's fingerprint (checked against the snapshot now), an id (a hash of the
reference and the context, so the same post in two contexts is two items) and a split: `heldout`
when the id's number is a multiple of 4 (about a quarter), else `dev`. Items already in the file
(same id) are skipped.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.realworld.snapshot import HERE, resolve, sources, text_hash

DATE = "2024-06-10"
PERIOD = {"start": "2024-05-25", "end": "2024-07-04"}  # the 2024 general election's last weeks
PLATFORMS = ("facebook", "twitter", "instagram", "other")


def parse_context(words: list[str]) -> tuple[dict, list[str], str | None]:
    context: dict = {"account": "personal", "platform": "twitter", "surface": "post", "date": DATE}
    tags, clean_set = [], None
    for word in words:
        key, _, value = word.partition("=")
        if word in ("official", "personal"):
            context["account"] = word
        elif word in ("post", "reply", "message"):
            context["surface"] = word
        elif word in PLATFORMS:
            context["platform"] = word
        elif word in ("image", "video"):
            name = "image.jpg" if word == "image" else "clip.mp4"
            context.setdefault("media", []).append({"kind": word, "name": name})
        elif key == "media":
            context.setdefault("media", []).append({"kind": "image", "name": value})
        elif key == "channel":
            context["channel"] = value
        elif word == "consent":
            context["consent_confirmed"] = True
        elif word == "disclaimer-in-profile":
            context["disclaimer_in_profile"] = True
        elif word == "period":
            context["regulated_periods"] = [PERIOD]
        elif word == "civic":
            tags.append("civic")
        elif word in ("clean-official", "clean-personal"):
            clean_set = word
        else:
            raise ValueError(f"unknown context word {word!r}")
    return context, tags, clean_set


def item_id(src: str, ref: str, context: dict, append: str) -> str:
    key = json.dumps([src, ref, context, append], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def split_of(item_id_: str) -> str:
    return "heldout" if int(item_id_, 16) % 4 == 0 else "dev"


def pick(line: str, target: str = "posts") -> dict:
    parts = [*line.split("|", 4), "", "", "", ""]
    where, ctx, labels, note = (part.strip() for part in parts[:4])
    append = parts[4].rstrip("\n")
    src, ref = where.split(maxsplit=1)
    if src not in sources():
        raise ValueError(f"unknown source {src!r}")
    context, tags, clean_set = parse_context(ctx.split())
    text = resolve(src, ref)
    item: dict = {"id": item_id(src, ref, context, append), "src": src, "ref": ref, "sha": text_hash(text)}
    words = [word for word in labels.replace(" ", "").split(",") if word]
    if target == "spelling":
        clean_set = "spelling"
    if clean_set:
        item["set"] = clean_set
    item["context"] = context
    if target == "spelling":
        item["misspelt"] = words
    elif not clean_set:
        item["labels"] = sorted(words)
    if append:
        item["adapt"] = {"append": append}
    if tags:
        item["tags"] = tags
    if note:
        item["note"] = note
    if target == "posts":
        item["split"] = split_of(item["id"])
    return item


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("posts", "clean", "spelling"):
        print(__doc__, file=sys.stderr)
        return 2
    target = HERE / f"{argv[0]}.jsonl"
    have = {json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines() if line.strip()}
    added = 0
    with target.open("a", encoding="utf-8") as out:
        for n, line in enumerate(Path(argv[1]).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                item = pick(line, argv[0])
            except (ValueError, IndexError, KeyError) as error:
                print(f"{argv[1]}:{n}: {error}", file=sys.stderr)
                return 1
            if item["id"] in have:
                continue
            have.add(item["id"])
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            added += 1
    print(f"{target.name}: {added} items added")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
