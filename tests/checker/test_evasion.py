"""Disguised words still match (issue 7, item 4): hidden characters, odd spaces, look-alike
letters, full-width and styled letters, combining marks, letters spaced out and leetspeak.

Each disguise is undone for matching only: a finding's excerpt is always the original text at
its span, covering the name as it was written, and digits stay digits for the rules that read
them (phone numbers, dates, percentages).
"""

from __future__ import annotations

import pytest

from pychecker import check

PERSONAL = {"account": "personal", "platform": "facebook"}
OFFICIAL = {"account": "official", "platform": "twitter"}

# (trick, how the organisation is written): a personal post about it needs a disclaimer.
DISGUISED_ORG = [
    ("zero-width space", "N\u200bH\u200bP"),
    ("zero-width joiner and BOM", "North\u200d Hali\ufefffax Partnership"),
    ("soft hyphen", "Kevin Pe\u00adarce Children's Centre"),
    ("no-break spaces", "North\u00a0Halifax\u202fPartnership"),
    ("Cyrillic look-alikes", "NНР"),
    ("Greek look-alikes", "ΝΗΡ"),
    ("mixed-script name", "Νоrth Ηalifax Рartnership"),
    ("Latin letter with hook", "ƝHƤ"),
    ("small capitals", "ɴʜᴘ"),
    ("full-width letters", "ＮＨＰ"),
    ("mathematical bold", "𝐍𝐇𝐏"),
    ("circled letters", "ⓃⒽⓅ"),
    ("regional indicators", "🇳🇭🇵"),
    ("combining marks", "N\u0301H\u0308P\u0336"),
    ("accents", "Stäying Wéll team"),
    ("spaced letters", "N H P"),
    ("dotted letters", "N.H.P"),
    ("dotted and spaced", "N. H. P."),
    ("dashed letters", "N-H-P"),
    ("starred letters", "N*H*P"),
    ("spaced words", "S t a y i n g  W e l l"),
    ("spaced name, then words", "N o r t h Halifax Partnership"),
    ("leet symbol", "NH₽"),
    ("leet digits", "N0rth H4lifax P4rtnership"),
    ("leet, two digits a word", "N0rth H4l1f4x P4rtn3rsh1p"),
    ("leet service", "St4ying W3ll team"),
    ("leet dollar", "$taying Well team"),
    ("leet possessive", "N0rth H4lifax P4rtnership's"),
    ("spaced leet", "N . H . ₽"),
]


@pytest.mark.parametrize(("trick", "name"), DISGUISED_ORG, ids=[t for t, _ in DISGUISED_ORG])
def test_disguised_org_needs_a_disclaimer(trick, name):
    text = f"So proud of everyone at {name} this week!"
    found = [f for f in check(text, PERSONAL) if f.rule == "missing-disclaimer"]
    assert found, f"{trick}: {text!r}"
    [finding] = found
    assert finding.excerpt == text[finding.start : finding.end]
    # The excerpt covers the whole disguised name (less any trailing possessive or punctuation).
    assert finding.start == text.index(name), (trick, finding.excerpt)
    assert finding.end >= len(text[: text.index(name)] + name.rstrip(".")) - len("'s") * name.endswith("'s")


DISGUISED_PARTY = [
    ("hooked T", "The Ƭories have let us down."),
    ("Cyrillic o", "The Tоries have let us down."),
    ("leet vote", "V0te L4bour on Thursday."),
    ("leet party", "Get the T0ries out."),
    ("spaced party", "The T o r i e s have let us down."),
    ("dotted party", "Vote L.A.B.O.U.R on Thursday."),
    ("zero-width", "Vote Lab\u200bour on Thursday."),
    ("full-width", "Ｖｏｔｅ Ｇｒｅｅｎ on Thursday."),
    ("leet hashtag", "#T0ries0ut"),
    ("small capitals", "ᴠᴏᴛᴇ ʀᴇꜰᴏʀᴍ on Thursday."),
]


@pytest.mark.parametrize(("trick", "text"), DISGUISED_PARTY, ids=[t for t, _ in DISGUISED_PARTY])
def test_disguised_party_is_political_on_an_official_channel(trick, text):
    found = [f for f in check(text, OFFICIAL) if f.rule == "political"]
    assert found, f"{trick}: {text!r}"
    for finding in found:
        assert finding.excerpt == text[finding.start : finding.end]
        assert finding.severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Waiting at the N H S walk-in centre.",  # spaced letters that spell another name
        "A B C of baby massage.",
        "Plan B. A new session starts soon.",
        "Call me on 07700 900123 about the 4 x 4.",
        "Meeting in Room 101 on the 2nd, 10am-12pm.",
        "We reached 95% of families in 2024, up 4.5%.",
        "Buses 508 and 576 stop outside.",
        "It's a 50/50 raffle, £5 a strip, 3 for £10!",
        "Ages 0-5, H4 and HX3 areas.",
        "Great session today!!! Loved it!",
        "Thanks @halifaxcourier for the 1st prize!",
        "I l o v e this.",
    ],
)
def test_near_misses_do_not_mention_the_org(text):
    rules = {f.rule for f in check(text, PERSONAL)}
    assert "missing-disclaimer" not in rules, text
    assert "political" not in {f.rule for f in check(text, OFFICIAL)}, text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ring N0rth H4lifax P4rtnership on 07700 900123.", "personal-data"),
        ("N H P: 73% of parents say it helped.", "verify-facts"),
    ],
)
def test_digits_still_reach_the_rules_that_read_them(text, rule):
    rules = {f.rule for f in check(text, PERSONAL)}
    assert {rule, "missing-disclaimer"} <= rules, (text, rules)


def test_disguise_is_not_a_rewrite():
    """A phone number next to a disguised name keeps its digits in the finding's excerpt."""
    text = "N H P 07700 900123"
    found = {f.rule: f for f in check(text, PERSONAL)}
    assert found["missing-disclaimer"].excerpt == "N H P"
    assert "07700 900123" in found["personal-data"].excerpt


def test_case_sensitive_party_names_are_not_undone():
    """Case-sensitive "Labour" counts only as written; a disguise of it is no proof of a capital."""
    assert "political" not in {f.rule for f in check("Signs of l4bour and what to pack.", OFFICIAL)}
    assert "political" not in {f.rule for f in check("The l a b o u r ward tour is on Friday.", OFFICIAL)}


def test_a_lists_cased_phrases_match_only_as_written():
    """A case-blind list's `cased` phrases ("Staying Well", the service) count only as written, beside
    its case-blind phrases ("staying well team"); a disguise is no proof of a capital, and a hashtag
    must carry the capitals ("#StayingWell" is a name of the list's own anyway)."""
    from pychecker.lexicon import Lexicon, WordList
    from pychecker.text import Text

    lexicon = Lexicon([WordList("org.mention", phrases=["staying well team"], cased=["Staying Well"], fuzzy=True)], {})

    def hits(text: str) -> list[str]:
        t = Text(text)
        return [t.folded[h.start : h.end] for h in lexicon.scan(t).get("org.mention", [])]

    assert hits("Volunteering with Staying Well again") == ["staying well"]
    assert hits("hope you're all staying well this winter") == []
    assert hits("the staying well team were great") == ["staying well team"]
    assert hits("Stayng Well were great") == []  # cased phrases are exact: no typo forgiven
    assert hits("St4ying Well were great") == []
    with pytest.raises(ValueError):
        WordList("x.y", phrases=["a"], cased=["B"], word_set=True)
