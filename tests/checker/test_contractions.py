"""Contractions are words, not their stems: "I'll" is no "ill", "we're" no "were", "he'll" no "hell"."""

from __future__ import annotations

import pytest

from pychecker.lexicon import Lexicon, WordList
from pychecker.text import Text

LISTS = [
    WordList("t.ill", phrases=["ill", "so ill"]),
    WordList("t.threat", phrases=["i'll kill you"]),
    WordList("t.past", phrases=["were told"]),
    WordList("t.swear", phrases=["hell"]),
    WordList("t.new", phrases=["we're now on tiktok"]),
]


def _found(text: str) -> set[str]:
    return set(Lexicon(LISTS, {}).scan(Text(text)))


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("I'll look into it for you", set()),  # "I'll" is not the word "ill"
        ("I\u2019ll pass it on", set()),
        ("She has been so ill", {"t.ill"}),
        ("We're told it opens soon", set()),  # "we're" is not "were"
        ("We were told it opens soon", {"t.past"}),
        ("He'll be fine", set()),
        ("what the hell", {"t.swear"}),
        ("I'll kill you", {"t.threat"}),
        ("ill kill you", {"t.threat", "t.ill"}),  # a bare word may be the contraction written informally
        ("were now on TikTok", {"t.new"}),
        ("We\u2019re now on TikTok", {"t.new"}),
    ],
)
def test_a_contraction_matches_only_a_list_word_written_as_it(text, lists):
    assert _found(text) == lists
