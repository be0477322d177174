"""The policy look-up answers questions asked in people's own words (issue 11, item 5).

tests/fixtures/lookup/questions.toml: questions in many phrasings (synonyms, app names, slang,
whose account), each with the clause that answers it. The look-up must put the right clause first
for nearly all of them, and among the first three for almost all; what it gets wrong is printed.
"""

from __future__ import annotations

import tomllib

import pytest

from pychecker import lookup
from pychecker.lookup import stem
from pychecker.pack import default_pack, load_pack
from tests.conftest import ROOT
from tools.lookup_rounds import rounds

QUESTIONS = tomllib.loads((ROOT / "tests" / "fixtures" / "lookup" / "questions.toml").read_text())["q"]
# Everyday questions written apart from the synonyms (plurals, typos, "you" as well as "I", headlines),
# in rounds (tools/lookup_rounds.py). Rounds 1-7 are what the look-up's data was fitted to over two
# sessions (0.886 top-1 before look6, 0.91 after). Rounds 8 and 9 were written blind later (8: 0.63
# top-1 as written, then studied for kinds of misses with none of its words added, 0.67 after; 9: 0.77
# as written, never fitted to): held to what they score, they show how the look-up does on questions
# it was not fitted to, which is what the target (0.90 on questions written by others) is about.
_ROUNDS = rounds()
FITTED = [q for number, questions in _ROUNDS.items() if number <= 7 for q in questions]
LATER = [q for number, questions in _ROUNDS.items() if number >= 8 for q in questions]
FLOORS = {"questions": (0.88, 0.95), "fitted": (0.90, 0.95), "later": (0.70, 0.82)}  # top-1, top-3


def _first(question: str, n: int) -> list[str]:
    return [answer.clause.id for answer in lookup(question, limit=n)]


@pytest.mark.parametrize(("name", "questions"), [("questions", QUESTIONS), ("fitted", FITTED), ("later", LATER)])
def test_questions_in_peoples_own_words_find_their_clause(name, questions):
    wrong, missed = [], []
    for q in questions:
        first = _first(q["text"], 3)
        if first[:1] != [q["clause"]]:
            wrong.append(f"{q['text']!r}: want {q['clause']}, got {first}")
        if q["clause"] not in first:
            missed.append(q["text"])
    top1 = 1 - len(wrong) / len(questions)
    top3 = 1 - len(missed) / len(questions)
    print(f"lookup over {len(questions)} questions: top-1 {top1:.2f}, top-3 {top3:.2f}")
    floor1, floor3 = FLOORS[name]
    assert top1 >= floor1 and top3 >= floor3, "\n".join(wrong)


def test_every_clause_is_asked_about():
    assert {q["clause"] for q in QUESTIONS} == set(default_pack().clauses)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("a 15 year old from youth club slid into my DMs", "under-18s"),  # read as "young person", "message"
        ("can I add a service user on Facebook?", "PA-12"),
        ("can we share the Tories' post on our page?", "OC-16"),  # "our page": the official channels
        ("can I share the Tories' post on my own page?", "PA-7"),  # "my own page": a personal account
        ("can I post about the new Staying Well project before it's announced?", "confidentiality"),
    ],
)
def test_a_question_is_read_for_its_meaning(question, clause):
    assert _first(question, 1) == [clause]


def test_every_synonym_means_words_a_clause_answers_to():
    """A meaning no clause knows would silently drop the words people used."""
    from pychecker.lookup import _index, _terms

    index = _index(default_pack())
    unknown = [m for m in default_pack().lookup_synonyms if not any(t in index.idf for t in _terms(m))]
    assert unknown == []


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("could my post about the landlord be defamtory?", "libel"),  # a slip
        ("do CEOs have to be extra careful on LinkedIn?", "PA-3"),  # a plural of a synonym ("CEO")
        ("Are we allowed to post during purdah?", "lobbying-act"),
    ],
)
def test_a_question_is_read_through_slips_and_word_forms(question, clause):
    assert _first(question, 1) == [clause]


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("can i retweet the labour pary on my own acount", "PA-7"),  # a letter missed, in a short word
        ("can i start my own blogg about working here", "PA-2"),  # a letter doubled
        ("is it ok to tag a celebrty and ask them to suport us", "PA-5"),  # a synonym's word misspelt
        ("Can I say a local landlord is ripping tenants off?", "libel"),  # "rip off", written apart
        ("wat do i do if i see a kid getting threatened online", "protection"),  # chat spelling
        ("is a youth worker allowed to message me on snapchat? im 15", "under-18s"),  # an age as written
    ],
)
def test_a_question_is_read_through_slips_split_phrases_and_chat(question, clause):
    assert _first(question, 1) == [clause]


def test_derived_forms_meet_the_word_they_are_made_from():
    assert stem("legally") == stem("legal") and stem("careful") == stem("care")
    assert stem("reputational") == stem("reputation") and stem("political") == stem("politics")
    assert stem("ripping") == stem("rip") and stem("called") == stem("call") and stem("family") == "family"


def test_a_single_word_synonym_keeps_its_own_form():
    """A synonym given as "opening" (a vacancy) does not meet "open", as its stem would."""
    assert "recruitment" not in _first("am I ok to have Facebook open during my break?", 1)


def test_stemming_meets_word_forms():
    assert stem("bullied") == stem("bully") and stem("voting") == stem("vote") and stem("requests") == "request"
    assert stem("news") != stem("new")


def test_a_pack_naming_a_section_or_clause_it_lacks_is_refused(tmp_path):
    import shutil

    from pychecker.pack import PackError

    folder = tmp_path / "pack"
    shutil.copytree(ROOT / "pychecker" / "packs" / "nhp", folder)
    lookup_file = folder / "lookup.toml"
    text = lookup_file.read_text(encoding="utf-8")
    bad = text.replace("[sections]\n", '[sections]\n"No such section" = ["our page"]\n')
    lookup_file.write_text(bad, encoding="utf-8")
    with pytest.raises(PackError, match="No such section"):
        load_pack(folder)
