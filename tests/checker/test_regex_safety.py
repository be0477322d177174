"""A pack's patterns are read as the pack loads, and one that could backtrack catastrophically (a
repeated group that can split the same text in more than one way) is refused, naming its list:
packs are data another organisation writes, and one such pattern would freeze the checker on a
draft of a few dozen characters (issue 18: `(a+)+$` took 1.15 s at 24 characters, doubling with each)."""

from __future__ import annotations

import shutil
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from pychecker import pack
from pychecker.regex_safety import backtracking_risk
from tests.conftest import ROOT

REFUSED = [
    r"(a+)+$",  # the issue's
    r"(a*)*b",
    r"(\w+\s?)+$",  # words and optional spaces, repeated
    r"(?:\d+,?)*x",  # digits and optional commas
    r"(a+){2,10}$",  # a bounded outer repeat still multiplies
    r"((ab)*a?)+$",
    r"(x+x+)+y",
    r"(.*a){12}",  # the inner repeat can give back what follows it
    r"(?:aa|a)+$",  # alternatives the parser reads as a(?:a|)
    r"(a|a)+$",  # two alternatives that match the same
    r"(?:a?a?)+b",
    r"(?:ab|\wc)+$",  # alternatives that start alike
]
ALLOWED = [
    r"\d[\d,.]*k?",
    r"(?:[ -]?\d){6,8}\b",  # a phone number: the optional separator cannot be a digit
    r"(?:[a-z]+ ){0,3}(?:lead|leads)\b",  # each word ends at its space
    r"@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}",  # each label starts at its dot
    r"(?:cat|dog)+",
    r"(?>a+)+$",  # atomic: never gives back
    r"(?:a++)+$",  # possessive
    r"\d+\d+x",  # no repeated group: not exponential
]


@pytest.mark.parametrize("pattern", REFUSED)
def test_a_pattern_that_can_split_text_many_ways_is_refused(pattern):
    assert backtracking_risk(pattern) == "a repeated group that can split the same text in more than one way"


@pytest.mark.parametrize("pattern", ALLOWED)
def test_a_pattern_that_splits_text_one_way_is_allowed(pattern):
    assert backtracking_risk(pattern) == ""


def _pack_patterns() -> list[tuple[str, str]]:
    built_in = Path(str(resources.files("pychecker") / "packs" / "nhp"))
    folders = [built_in, *(ROOT / "tests" / "fixtures" / "packs").iterdir()]
    found = []
    for folder in folders:
        for path in sorted((folder / "lists").glob("*.toml")):
            for name, entry in tomllib.loads(path.read_text()).get("lists", {}).items():
                if isinstance(entry, dict):
                    found += [(f"{folder.name}/{path.stem}.{name}", p) for p in entry.get("patterns", [])]
    return found


def test_every_pattern_of_the_bundled_packs_is_allowed():
    patterns = _pack_patterns()
    assert len(patterns) > 20  # the lists were read
    assert [(name, p) for name, p in patterns if backtracking_risk(p)] == []


def test_a_pack_with_such_a_pattern_is_refused_as_it_loads_naming_its_list(tmp_path):
    folder = tmp_path / "nhp"
    shutil.copytree(resources.files("pychecker") / "packs" / "nhp", folder)
    lists = folder / "lists" / "personal-data.toml"
    lists.write_text(lists.read_text().replace("patterns = ['@[", "patterns = ['(a+)+$', '@[", 1))
    refused = r"list personal-data\.email-domain: pattern '\(a\+\)\+\$' could take far too long"
    with pytest.raises(ValueError, match=refused):
        pack.pack_from_path(folder)
