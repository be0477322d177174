"""Hashtags and handles read as words (issue 11): what `pychecker.segment` splits, what it keeps
whole, and what the word lists then find in a post through `Text.tag_segments`."""

import pytest

from pychecker import check
from pychecker.segment import segmenter
from pychecker.text import Text

READ = segmenter(frozenset({"tories", "labour", "uk", "gtto", "snp"}))


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("ToryDoorstep", ["Tory", "Doorstep"]),  # CamelCase
        ("VoteGreen", ["Vote", "Green"]),
        ("HollyLynch5", ["Holly", "Lynch", "5"]),  # a handle with digits
        ("GE2024", ["GE", "2024"]),
        ("Keir_Starmer", ["Keir", "Starmer"]),
        ("theSNP", ["the", "SNP"]),
        ("SNPdoorstep", ["SNP", "doorstep"]),  # capitals straight before a lower-case word
        ("SNPDoorstep", ["SNP", "Doorstep"]),
        ("HTMLParser", ["HTML", "Parser"]),  # CamelCase after capitals stays as written
        ("toriesout", ["tories", "out"]),  # lower case: the fewest known words
        ("votelabour", ["vote", "labour"]),
        ("labourdoorstep", ["labour", "doorstep"]),
        ("reformuk", ["reform", "uk"]),
        ("VOTELABOUR", ["VOTE", "LABOUR"]),
        ("mammothstories", ["mammoth", "stories"]),  # a tie: the more frequent words, not "mammoths tories"
        ("coverstory", ["cover", "story"]),
        ("therapist", ["therapist"]),  # a word is never split ("the rapist")
        ("gtto", ["gtto"]),  # too short to split
        ("xyzvotelabour", ["xyzvotelabour"]),  # not all known words: kept whole, no guess
    ],
)
def test_a_tag_splits_into_the_words_written(tag, words):
    assert [tag[a:b] for a, b in READ(tag)] == words


def test_the_text_offers_each_tags_words_at_their_place():
    text = Text("Out on the #LabourDoorstep with @HollyLynch5, email me@example.org")
    assert [mark for mark, _ in text.tags] == ["#", "@"]  # an address is no handle
    segments = text.tag_segments(READ)
    words = [[(s.key, text.original[s.start : s.end]) for s in tag] for tag in segments.values()]
    assert words == [
        [("labour", "Labour"), ("doorstep", "Doorstep")],
        [("holly", "Holly"), ("lynch", "Lynch"), ("5", "5")],
    ]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Great morning on the #LabourDoorstep!", "LabourDoorstep"),  # the whole tag is shown
        ("#votegreen", "votegreen"),
        ("Thanks @UKLabour", "@UKLabour"),
        ("Proud to back #KeirStarmer", "Proud to back #KeirStarmer"),  # a phrase that runs into a tag
    ],
)
def test_a_list_phrase_is_found_inside_a_tag(text, excerpt):
    [finding] = [f for f in check(text, {"account": "official"}) if f.rule == "political"]
    assert finding.excerpt == excerpt


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("#VoteReform", True),
        ("Our #therapist group starts Tuesday", False),  # not "the rapist"
        ("#LabourWard tour for mums-to-be", False),  # the exceptions read tags too
        ("Have your say on the #ReformOfSEND consultation", False),
    ],
)
def test_exceptions_and_capitals_hold_inside_tags(text, fires):
    assert ("political" in [f.rule for f in check(text, {"account": "official"})]) == fires
