"""Masked spellings reach the word lists (issue 11): letters starred out ("f*ck", "c**t"),
stretched ("fuuuck", "stuuupid"), leetspeak ("sh1t", "b!tch") and spaced out ("f u c k"). Each is
undone for matching only: the finding quotes the text as written, and numbers, prices, e-mail
addresses and handles read as they were.
"""

from __future__ import annotations

import pytest

from pychecker import check

PERSONAL = {"account": "personal", "platform": "twitter", "surface": "reply"}


def _tone(text: str) -> list:
    return [f for f in check(text, PERSONAL) if f.rule in ("respectful-tone", "discriminatory-language")]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("f*ck off and leave us alone", "f*ck off"),
        ("F**K OFF", "F**K OFF"),
        ("go f**k yourself", "f**k yourself"),
        ("you stuuuupid idiot", "stuuuupid"),
        ("fuuuuck off mate", "fuuuuck off"),
        ("what a sh1thead", "sh1thead"),
        ("you b!tch", "b!tch"),
        ("shut up you f*ggot", "f*ggot"),
        ("f u c k off", "f u c k off"),
        ("a$$hole", "a$$hole"),
    ],
)
def test_masked_insults_are_found_and_quoted_as_written(text, masked):
    found = _tone(text)
    assert found, text
    assert any(masked in f.excerpt or f.excerpt in masked for f in found), [f.excerpt for f in found]
    for finding in found:
        assert finding.excerpt == text[finding.start : finding.end]


@pytest.mark.parametrize(
    "text",
    [
        "*sigh* the bus is late again",
        "**Important**: the centre is closed on Monday",
        "Rated 5* by parents, tickets £5*",
        "Email info@nhp.org.uk or call 01422 000000",
        "Thanks @b_tch_ley for the photos",
        "Sooooo proud of our volunteers!!!",
        "Zzzzz, long week",
        "Booked for 10am-12pm, 3 x 4 tables",
    ],
)
def test_ordinary_stars_stretches_and_numbers_are_not_insults(text):
    assert not _tone(text), text


def test_a_star_needs_two_letters_shown():
    """A star needs two letters shown: "f***" could be any word."""
    assert not _tone("what the f***")
