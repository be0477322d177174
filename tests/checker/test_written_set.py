"""tools/written/posts.jsonl, the posts written blind to the rules: well formed for the report."""

import json
from pathlib import Path

from pychecker import RULES, check

POSTS = Path(__file__).resolve().parents[2] / "tools" / "written" / "posts.jsonl"
ITEMS = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
DRAFT_RULES = {rule.id for rule in RULES}


def test_ids_are_unique_and_each_writer_is_one_split():
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    splits = {(item["src"], item["split"]) for item in ITEMS}
    dev, heldout = ("blindA", "wC", "wE", "wF", "wH"), ("blindB", "wD", "wG")
    assert splits == {(writer, "dev") for writer in dev} | {(writer, "heldout") for writer in heldout}


def test_labels_are_rule_ids_and_every_context_is_checked():
    for item in ITEMS:
        assert set(item["labels"]) <= DRAFT_RULES, item["ref"]
        check(item["text"], item["context"])  # a context the checker refused would raise
