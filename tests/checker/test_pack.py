"""The policy as data: every clause id of the contract, in the policy's own words."""

from __future__ import annotations

import io
import json
import marshal
import re
import shutil
from importlib import resources

import pytest

from pychecker import RULES, default_pack, pack
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
    assert "political" in _rules(pack_copy, "Vote Labour", "official")
    political.write_text(political.read_text().replace('"labour"', '"labourx"').replace('"Labour"', '"Labourx"'))
    assert "political" not in _rules(pack_copy, "Vote Labour", "official")


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
