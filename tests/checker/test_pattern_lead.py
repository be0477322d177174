"""A pattern's leading word boundary moved behind its literal matches exactly what it did."""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

from pychecker.pattern_lead import lead_with_literal

ROOT = Path(__file__).resolve().parents[2]


def _patterns() -> list[str]:
    found = []
    for path in sorted((ROOT / "pychecker" / "packs" / "nhp" / "lists").glob("*.toml")):
        for table in tomllib.loads(path.read_text(encoding="utf-8")).get("lists", {}).values():
            found.extend(table.get("patterns", []))
    return found


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "fixtures" / "rules").glob("*.toml")):
        corpus = tomllib.loads(path.read_text(encoding="utf-8"))
        for cases in corpus.values():
            for case in cases if isinstance(cases, list) else []:
                if isinstance(case, dict) and isinstance(case.get("text"), str):
                    texts.append(case["text"].lower())
    rng = random.Random(7)
    pieces = ["photo", "study", "report", "from", " ", "x", "_", "9", "é", "-", ".", "'s", "\n", "a"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return texts


@pytest.mark.parametrize(
    ("written", "led"),
    [
        (r"\bphoto ?:", r"photo(?<!\wphoto) ?:"),
        (r"\bphotos? ?:", r"photo(?<!\wphoto)s? ?:"),
        (r"(?i)\bsay cheese\b", r"(?i)say cheese(?<!\wsay cheese)\b"),
        (r"\b(?:study|report) from", r"(?:study(?<!\wstudy)|report(?<!\wreport)) from"),
        (r"\b(?:a|b)? c", r"\b(?:a|b)? c"),  # the choice may match nothing: left alone
        (r"\b\d+ days", r"\b\d+ days"),
        (r"(?x)\bfoo bar", r"(?x)\bfoo bar"),
        (r"photo\b", r"photo\b"),
    ],
)
def test_a_literal_leads_where_there_is_one(written, led):
    assert lead_with_literal(written) == led


def test_every_pack_pattern_matches_as_written():
    texts = _texts()
    rewritten = [(p, lead_with_literal(p)) for p in _patterns() if lead_with_literal(p) != p]
    for written, led in rewritten:
        a, b = re.compile(written), re.compile(led)
        for text in texts:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (written, text)
