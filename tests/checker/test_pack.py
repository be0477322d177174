"""The policy as data: every clause id of the contract, in the policy's own words."""

from __future__ import annotations

import re

from pychecker import RULES, default_pack

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
    policy = _squash(
        (__import__("importlib.resources").resources.files("pychecker") / "packs/nhp/policy.txt").read_text()
    )
    for clause in pack.clauses.values():
        for paragraph in clause.text.split("\n\n"):
            assert _squash(paragraph) in policy, f"{clause.id}: {paragraph[:60]!r}"


def test_every_rule_cites_real_clauses():
    pack = default_pack()
    for rule in RULES:
        assert rule.clauses and all(c in pack.clauses for c in rule.clauses), rule.id


def test_official_channels_from_the_policy():
    pack = default_pack()
    assert pack.channel("@NhxPartnership").kind == "organisation"
    assert pack.channel("staying_well_team").platform == "instagram"
    assert len(pack.channels) == 13
    assert pack.channel("someone_else") is None


def test_another_organisation_brings_its_own_pack(tmp_path):
    """A pack folder with other names and channels changes what the checker knows, with no code change."""
    import io
    import json
    import shutil
    from importlib import resources

    from pychecker.cli import main

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
