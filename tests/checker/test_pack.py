"""The policy as data: every clause id of the contract, in the policy's own words."""

from __future__ import annotations

import importlib
import io
import json
import marshal
import re
import shutil
from importlib import resources

import pytest

from pychecker import RULES, bridge, default_pack, pack
from pychecker.checker import check
from pychecker.cli import main
from pychecker.context import Context

SPEC_IDS = (
    ["intro", "scope", "internet-access", "contact", "channels"]
    + [f"OC-{n}" for n in range(1, 19)]
    + [f"PA-{n}" for n in range(1, 13)]
    + [
        "libel",
        "copyright",
        "confidentiality",
        "discrimination",
        "lobbying-act",
        "recruitment",
        "protection",
        "under-18s",
        "breach",
        "public-interest-disclosure",
    ]
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_clause_id_in_order():
    assert list(default_pack().clauses) == SPEC_IDS


def test_clause_text_is_the_policys_own():
    pack = default_pack()
    policy = _squash((resources.files("pychecker") / "packs/nhp/policy.txt").read_text())
    for clause in pack.clauses.values():
        for paragraph in clause.text.split("\n\n"):
            assert _squash(paragraph) in policy, f"{clause.id}: {paragraph[:60]!r}"


def test_every_rule_cites_real_clauses():
    pack = default_pack()
    for rule in RULES:
        clauses = pack.clauses_of(rule.id)
        assert clauses and all(c in pack.clauses for c in clauses), rule.id


def test_official_channels_from_the_policy():
    pack = default_pack()
    assert pack.channel("@NhxPartnership").kind == "organisation"
    assert pack.channel("staying_well_team").platform == "instagram"
    assert len(pack.channels) == 13
    assert pack.channel("someone_else") is None


def test_another_organisation_brings_its_own_pack(tmp_path):
    """A pack folder with other names and channels changes what the checker knows, with no code change."""
    pack_dir = tmp_path / "acme"
    shutil.copytree(resources.files("pychecker") / "packs" / "nhp", pack_dir)
    meta = (pack_dir / "pack.toml").read_text().replace('short_name = "NHP"', 'short_name = "ACME"')
    meta = meta.replace('name = "North Halifax Partnership"', 'name = "Acme Family Trust"')
    (pack_dir / "pack.toml").write_text(
        meta + '\n[[channel]]\nplatform = "twitter"\nhandle = "AcmeTrust"\nkind = "organisation"\n'
    )
    org = (pack_dir / "lists" / "org.toml").read_text().replace('"nhp",', '"nhp", "acme family trust", "acmetrust",')
    (pack_dir / "lists" / "org.toml").write_text(org)

    out = io.StringIO()
    code = main(["--pack", str(pack_dir), "check", "--json", "Proud to work at Acme Family Trust"], stdout=out)
    [finding] = json.loads(out.getvalue())["findings"]
    assert code == 1 and finding["rule"] == "missing-disclaimer" and "ACME" in finding["message"]
    assert main(["check", "--json", "Proud to work at Acme Family Trust"], stdout=io.StringIO()) == 0


# --- the saved (compiled) word lists -------------------------------------------------------------


@pytest.fixture
def pack_copy(tmp_path):
    folder = tmp_path / "nhp"
    shutil.copytree(resources.files("pychecker") / "packs" / "nhp", folder)
    return folder


def _save_lexicon(folder):
    saved = folder.joinpath(*pack.SAVED_LEXICON)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_bytes(pack.saved_lexicon(folder))
    return saved


DRAFT = "Proud to work at NHP! Vote Labour, and pics of the kids at Kevin Pearce Children's Centre"


def _rules(folder, text=DRAFT, account="personal"):
    return sorted(f.rule for f in check(text, Context(account=account), pack=pack.pack_from_path(folder)))


def test_a_saved_lexicon_is_used_and_checks_alike(pack_copy, monkeypatch):
    compiled = _rules(pack_copy)
    _save_lexicon(pack_copy)

    def no_compiling(files):
        raise AssertionError("compiled the lists although a saved lexicon of them was there")

    monkeypatch.setattr(pack, "_compile_lexicon", no_compiling)
    assert _rules(pack_copy) == compiled
    assert "political" in compiled and "missing-disclaimer" in compiled


def test_a_list_edited_after_saving_is_compiled_afresh(pack_copy):
    _save_lexicon(pack_copy)
    political = pack_copy / "lists" / "political.toml"
    assert "political" in _rules(pack_copy, "Ukip again?", "official")
    political.write_text(political.read_text().replace('"ukip"', '"ukipx"'))
    assert "political" not in _rules(pack_copy, "Ukip again?", "official")


def test_the_saved_lexicon_holds_the_look_ups_clause_words_and_it_answers_alike(pack_copy, monkeypatch):
    lookup_module = importlib.import_module("pychecker.lookup")  # the module (the package exports its function)

    questions = ["can I share the Tories' post on my Insta?", "Sure Start photos of kids?", "a journalist DMed me"]
    scanned = pack.pack_from_path(pack_copy)
    assert scanned.lookup_clause_words == {}
    expected = [[(a.clause.id, a.score) for a in lookup_module.lookup(q, pack=scanned)] for q in questions]
    _save_lexicon(pack_copy)
    saved = pack.pack_from_path(pack_copy)
    index = lookup_module._Index(scanned)
    assert saved.lookup_clause_words == {c.text: index.pack_words_removed(c.text) for c in scanned.clauses.values()}

    def no_scanning(self, query):
        raise AssertionError("scanned a clause for the organisation's names although the pack saved its words")

    monkeypatch.setattr(lookup_module._Index, "pack_words_removed", no_scanning)
    monkeypatch.setattr(lookup_module._Index, "rank", lambda self, q, limit: [])  # building the index is the test
    lookup_module._Index(saved)
    monkeypatch.undo()
    assert [[(a.clause.id, a.score) for a in lookup_module.lookup(q, pack=saved)] for q in questions] == expected


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe3" + b"\x00" * 20])
def test_a_damaged_saved_lexicon_is_ignored(pack_copy, damage):
    expected = _rules(pack_copy)
    _save_lexicon(pack_copy).write_bytes(damage)
    assert _rules(pack_copy) == expected


def test_a_lexicon_saved_in_another_format_is_ignored(pack_copy):
    expected = _rules(pack_copy)
    state = marshal.loads(pack.saved_lexicon(pack_copy))
    _save_lexicon(pack_copy).write_bytes(marshal.dumps({**state, "format": -1}))
    assert _rules(pack_copy) == expected


# --- a pack is checked against the rules as it loads ----------------------------------------------


def _edit(path, old, new):
    """Replace `old` by `new` in a pack's file (`old` empty: add `new` at its end)."""
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new) if old else text + new)


# Damage done to a copy of the built-in pack, and what loading it must then say: (file, old, new).
BROKEN = {
    "lists a rule reads": (
        [
            ("lists/political.toml", "[lists.stance]", "[lists.stances]"),
            ("lists/common.toml", "[lists.negation]", "[lists.negations]"),
        ],
        [
            "rule political reads word list(s) political.stance, which it lacks",
            "rule respectful-tone reads word list(s) common.negation",
            "rule discriminatory-language reads word list(s) common.negation",
        ],
    ),
    "clauses a rule cites": (
        [
            ("rules.toml", '[copyright]\nclauses = ["copyright"]', '[copyright]\nclauses = ["CR-1"]'),
            ("rules.toml", '[spelling]\nclauses = ["OC-6"]\n', ""),
            ("rules.toml", "[whistleblowing]", '[whistle-blowing]\nclauses = ["OC-1"]\n\n[whistleblowing]'),
        ],
        [
            "rule copyright cites clause(s) CR-1, which clauses.toml lacks",
            "rules.toml gives rule spelling no clauses to cite",
            "rules.toml names 'whistle-blowing', which is no rule",
        ],
    ),
    "wording": (
        [
            (
                "rules.toml",
                "",
                '\n[copyright.texts]\nmessage = "Ask {copyright_officer} about {thing}"\nmesage = "x"\n',
            ),
            ("rules.toml", "", '\n[political.texts]\nsummary = "Politics on {date}"\n'),
        ],
        [
            "rule copyright's text 'message' names copyright_officer, thing: nothing fills it in",
            "rule copyright has no text 'mesage' to reword",
            "rule political's text 'summary' names date",
        ],
    ),
    "page rules and the senior roles clause": (
        [
            ("pack.toml", 'senior_roles_clause = "PA-3"', 'senior_roles_clause = "PA-33"'),
            ("pack.toml", 'clause = "PA-12"', 'clause = "PA-13"'),
        ],
        ["senior_roles_clause 'PA-33' is not in clauses.toml", "page rule friend-request cites clause 'PA-13'"],
    ),
}


@pytest.mark.parametrize(("edits", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_a_pack_that_does_not_fit_the_rules_says_what_is_missing(pack_copy, edits, expected):
    for name, old, new in edits:
        _edit(pack_copy / name, old, new)
    with pytest.raises(pack.PackError) as raised:
        pack.pack_from_path(pack_copy)
    for problem in expected:
        assert problem in str(raised.value)


def test_a_pattern_that_does_not_compile_names_its_list(pack_copy):
    _edit(pack_copy / "lists" / "personal-data.toml", "patterns = ['@[", "patterns = ['(@[")
    with pytest.raises(ValueError, match=r"list personal-data\.email-domain: pattern .* does not compile"):
        pack.pack_from_path(pack_copy)


def test_a_pack_rewords_a_rule_and_names_its_roles(pack_copy):
    _edit(pack_copy / "pack.toml", 'social_media_team = "the marketing team"', 'social_media_team = "the comms desk"')
    with (pack_copy / "rules.toml").open("a") as rules:
        rules.write('\n[copyright.texts]\nmessage = "Whose is it? {org_short} asks {social_media_manager}."\n')
    loaded = pack.pack_from_path(pack_copy)
    [promo] = check("Book now for the fun day", Context(account="official"), pack=loaded)
    assert "approved by the comms desk" in promo.message
    # (third-party-content fires on it too: someone else's picture reposted)
    [found] = [
        f
        for f in check("Found this online and it made us smile", Context(account="official"), pack=loaded)
        if f.rule == "copyright"
    ]
    assert found.message == "Whose is it? NHP asks the marketing manager."


def test_a_broken_pack_registered_with_the_bridge_says_why(pack_copy):
    _edit(pack_copy / "lists" / "political.toml", "[lists.stance]", "[lists.stances]")
    answer = json.loads(bridge.register_pack("broken", str(pack_copy)))
    assert "political.stance" in answer["error"] and "'broken'" in answer["error"]


def test_the_extension_learns_the_packs_names_and_clauses_from_hello():
    info = json.loads(bridge.info())
    assert (info["organisation"], info["short_name"]) == ("North Halifax Partnership", "NHP")
    assert info["senior_roles_clause"] == "PA-3"
    rules = {r["rule"]: r for r in info["rules"]}
    assert rules["political"]["clauses"] == ["OC-16", "PA-7"]
    assert (
        rules["promo-approval"]["summary"]
        == "Promotional material from an official channel needs the marketing team's approval."
    )


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("folder", ["pychecker/packs/nhp/lists", "tests/fixtures/packs/harbourside/lists"])
def test_no_list_holds_a_control_character(folder):
    """A pattern written "\\bword\\b" in a TOML basic string holds backspaces, not word boundaries, and
    silently never matches: list words and patterns hold no control characters."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / folder
    bad = [
        (path.name, text)
        for path in sorted(root.glob("*.toml"))
        for text in _strings(tomllib.loads(path.read_text(encoding="utf-8")))
        if any(ord(char) < 32 and char not in "\t\n" for char in text)
    ]
    assert bad == []
