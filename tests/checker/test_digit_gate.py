"""A pattern that needs a digit, run only near the digits (`pychecker.digit_gate`), finds exactly
what it finds over the whole text: checked for every such pattern of the pack on random drafts made
of the characters they read, and on the rule corpora."""

from __future__ import annotations

import random

from pychecker.digit_gate import digit_reach, stretches
from pychecker.pack import default_pack
from pychecker.text import Text
from tests.corpus import load_cases

_NOISE = "0123456789abcdehjklnmorstuxy  .,-/:()+@#£%'\n"
# Pieces that some of the patterns match (phone numbers, postcodes, addresses, dates, election tags,
# ratios, citations, ages, times), joined and broken up at random.
_PIECES = [
    "call 07700 900123",
    "01422 123456",
    "+44 7700 900123",
    "+44 (0)1422 123456",
    "(555) 234-5678",
    "555 234 5678",
    "+1 555 123 4567",
    "555-123-4567",
    "+33 6 12 34 56 78",
    "hx3 5ax",
    "ls1 4dy",
    "12 beechwood road",
    "4b station lane",
    "dob 03/02/2015",
    "date of birth: 3rd march 2015",
    "birthdate 1.2.99",
    "ab 12 34 56 c",
    "#ge2024",
    "#localelections2026",
    "1 in 4",
    "one in 5",
    "3/4 of",
    "(smith, 2020)",
    "(ons, 2023)",
    ", 7, who",
    ", aged 9, said",
    "at 10am",
    "7.30pm",
    "on 8th",
    "2/3 of",
    "10:45",
]


def _drafts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    drafts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 30)):
            piece = rng.choice(_PIECES) if rng.random() < 0.5 else rng.choice(_NOISE) * rng.randint(1, 3)
            if rng.random() < 0.2:  # broken: a character dropped or one of the noise put in
                at = rng.randrange(len(piece))
                piece = piece[:at] + rng.choice(["", rng.choice(_NOISE)]) + piece[at + 1 :]
            pieces.append(piece)
        drafts.append(rng.choice(["", " ", "\n"]).join(pieces))
    return drafts


def _gated() -> list:
    return [(p, reach) for _, p, reach in default_pack().lexicon._patterns if reach is not None]


def _near_digits(pattern, text: str, reach: int) -> list[tuple[int, int]]:
    return [m.span() for start, end in stretches(text, reach) for m in pattern.finditer(text, start, end)]


def test_the_pack_has_patterns_that_need_a_digit():
    assert len(_gated()) >= 8


def test_near_the_digits_finds_what_the_whole_text_finds():
    texts = _drafts(11, 1500) + [Text(case.text).folded for case in load_cases()]
    for pattern, reach in _gated():
        for text in texts:
            assert _near_digits(pattern, text, reach) == [m.span() for m in pattern.finditer(text)], pattern.pattern


def test_a_pattern_that_may_match_without_a_digit_is_not_gated():
    assert digit_reach(r"\d?[a-z]+") is None
    assert digit_reach(r"(?:\d|one) in") is None
    assert digit_reach(r"\d+ items") is None  # no bound on how far it reaches
    assert digit_reach(r"tel: ?\d{3}") == len("tel: 123") + 2
