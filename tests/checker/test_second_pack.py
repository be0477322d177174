"""Another organisation's pack (tests/fixtures/packs/harbourside: a youth theatre in Ireland, with
other roles, clause ids, channels and law): the command line, `check` and the extension's `hello`
speak its words, and never North Halifax Partnership's."""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import tomllib

import pytest

from pychecker import bridge, check
from pychecker.cli import main
from pychecker.pack import default_pack, pack_from_path
from tests.audit.exports import day, write_zip, x_archive
from tests.conftest import ROOT
from tests.corpus import load_cases

PACK_DIR = ROOT / "tests" / "fixtures" / "packs" / "harbourside"
THEATRE = pack_from_path(PACK_DIR)
THEATRE_CLAUSES = {c["id"] for c in tomllib.loads((PACK_DIR / "clauses.toml").read_text())["clause"]}

# North Halifax Partnership's words and clause ids, which must not reach a finding made with this pack.
NHP = re.compile(
    r"North Halifax|NHP|marketing|Chief Executive|safeguarding lead|\bHR\b|line manager|Views my own|"
    r"Lobbying Act|National Insurance|\b(?:OC|PA)-\d+\b|children's centre|Sure Start"
)

# Drafts from the theatre's world, each with the context it is posted in and the rule it must raise.
DRAFTS = [
    ("Vote Fianna Fail on Friday!", {"account": "official"}, "political"),
    ("Proud of everyone at Harbourside Youth Theatre tonight", {"account": "personal"}, "missing-disclaimer"),
    (
        "Sorry to hear about your experience, we'll look into this",
        {"account": "official", "surface": "reply"},
        "complaint-response",
    ),
    ("I'm worried about a young performer, she's scared to go home", {"account": "personal"}, "safeguarding-concern"),
    ("My PPS number is 1234567T, can someone fill in the form", {"account": "personal"}, "personal-data"),
    ("Send your CV to jo@gmail.com, we're hiring a stage manager!", {"account": "personal"}, "recruitment"),
    ("Auditions open, book now for Saturday at 10am", {"account": "official"}, "promo-approval"),
    ("Look at the kids in the junior cast!", {"account": "official", "media": [{"kind": "image"}]}, "child-consent"),
    (
        "Sign our petition to save our theatre",
        {
            "account": "official",
            "date": "2031-02-03",
            "regulated_periods": [{"start": "2031-01-20", "end": "2031-02-20"}],
        },
        "regulated-period",
    ),
    ("I've set up a new Facebook group for HYT parents, join!", {"account": "personal"}, "unofficial-channel"),
    ("Repost from @CorkArtsHub: open call for young writers", {"account": "official"}, "third-party-content"),
    ("The director is a thief and everyone knows it", {"account": "personal"}, "defamation-risk"),
    ("Our producer covered up what happened at HYT", {"account": "personal"}, "whistleblowing"),
    ("The cast list isn't out yet but between you and me it's Aoife", {"account": "personal"}, "confidential"),
    ("The show was brilliant and the the cast were amazing", {"account": "official"}, "spelling"),
]


def test_the_theatres_pack_loads_and_is_unlike_the_built_in_one():
    assert (THEATRE.organisation, THEATRE.short_name) == ("Harbourside Youth Theatre", "HYT")
    assert THEATRE.roles["social_media_team"] == "the Communications Office"
    assert not THEATRE_CLAUSES & {"OC-16", "PA-1", "PA-7", "copyright", "libel"}


@pytest.mark.parametrize(("text", "context", "rule"), DRAFTS, ids=[d[2] for d in DRAFTS])
def test_check_speaks_the_theatres_words(text, context, rule):
    findings = check(text, context, pack=THEATRE)
    assert rule in [f.rule for f in findings], findings
    for finding in findings:
        said = " ".join(filter(None, [finding.message, finding.clear_by, finding.fix and finding.fix.label]))
        assert not NHP.search(said), said
        assert finding.fix is None or not NHP.search(finding.fix.text)
        assert set(finding.clauses) <= THEATRE_CLAUSES and finding.clauses == THEATRE.clauses_of(finding.rule)


def _said(text, context):
    return {f.rule: f for f in check(text, context, pack=THEATRE)}


def test_its_roles_names_and_rewording_reach_the_findings():
    complaint = _said(*DRAFTS[2][:2])["complaint-response"]
    assert complaint.message == (
        "This answers a complaint. Before anyone replies on HYT's channels, pass it to the Communications "
        "Manager, or to the Artistic Director when they are away."
    )
    assert "the Designated Liaison Person" in _said(*DRAFTS[3][:2])["safeguarding-concern"].message
    assert _said(*DRAFTS[4][:2])["personal-data"].message.startswith("This looks like a PPS number.")
    recruitment = _said(*DRAFTS[5][:2])["recruitment"].message
    assert "through the People Team and the Communications Office" in recruitment
    assert "share HYT's official advert" in recruitment
    disclaimer = _said(*DRAFTS[1][:2])["missing-disclaimer"]
    assert disclaimer.fix.text.endswith("Opinions here are mine, not Harbourside Youth Theatre's.")
    assert "the Board of Directors" in _said(*DRAFTS[12][:2])["whistleblowing"].message
    assert _said(*DRAFTS[8][:2])["regulated-period"].message.startswith("This is campaigning, and 2031-02-03 falls")


def test_the_built_in_corpus_checked_with_the_theatres_pack_never_says_nhps_words():
    """Whatever fires on North Halifax Partnership's own corpus, with this pack, is said in the theatre's words."""
    fired = set()
    for case in load_cases():
        for finding in check(case.text, case.context, pack=THEATRE):
            fired.add(finding.rule)
            assert not NHP.search(finding.message), (case.text, finding.message)
            assert set(finding.clauses) <= THEATRE_CLAUSES
    assert len(fired) >= 15


def _cli(*args):
    out = io.StringIO()
    code = main(["--pack", str(PACK_DIR), *args], stdout=out)
    return code, out.getvalue()


def test_the_command_line_speaks_the_theatres_words():
    code, out = _cli("check", "--account", "official", "--json", "Vote Fianna Fail on Friday!")
    [finding] = json.loads(out)["findings"]
    assert code == 1 and finding["rule"] == "political" and finding["clauses"] == ["HYT-A5"]
    assert finding["message"].startswith("Harbourside Youth Theatre takes no side in party politics")
    code, out = _cli("check", "--platform", "twitter", "Proud of @HarboursideYT")
    assert code == 1 and "[HYT-B1]" in out and "Opinions here are mine" in out and not NHP.search(out)
    code, out = _cli("check", "--platform", "twitter", "--json", "Proud of @HarboursideYT " + "x" * 240)
    assert json.loads(out)["findings"][0]["fix"]["text"] == " My own opinions."
    code, out = _cli("rules", "--json")
    rules = {r["rule"]: r for r in json.loads(out)["rules"]}
    assert rules["complaint-response"] == {
        "rule": "complaint-response",
        "clauses": ["HYT-A9"],
        "severity": "warning",
        "summary": "A reply to a complaint goes to the Communications Manager first.",
    }
    assert rules["promo-approval"]["summary"].endswith("needs the Communications Office's approval.")
    assert not NHP.search(out)
    code, out = _cli("lookup", "--json", "can I post a photo of a child?")
    assert code == 0 and json.loads(out)["results"][0]["clause"] == "HYT-A8"


def test_hello_gives_the_extension_the_theatres_names_and_clauses():
    assert json.loads(bridge.register_pack("harbourside", str(PACK_DIR))) == {"ok": True}
    info = json.loads(bridge.info("harbourside"))
    assert (info["organisation"], info["short_name"], info["senior_roles_clause"]) == (
        "Harbourside Youth Theatre",
        "HYT",
        "HYT-B2",
    )
    assert {r["rule"]: r["clauses"] for r in info["rules"]}["political"] == ["HYT-A5"]
    assert info["page_rules"]["friend-request"]["clause"] == "HYT-B8"
    assert not NHP.search(json.dumps(info))
    answer = json.loads(
        bridge.check_json(
            json.dumps({"text": "Vote Sinn Fein", "context": {"account": "official"}, "pack": "harbourside"})
        )
    )
    assert [f["clauses"] for f in answer["findings"]] == [["HYT-A5"]]


# The theatre's X account, as its archive has it: what its pack must find, in its own words.
THEATRE_POSTS = [
    day("Vote Fianna Fail on Friday!", "2024-02-02"),
    day("Look at the kids in the junior cast!", "2023-05-06", media=(("image", "cast.jpg"),)),
    day("Sorry to hear about your experience, we'll look into this", "2022-03-04", kind="reply", reply_to="@aoife"),
    day("Lovely rehearsal tonight.", "2021-01-02"),
]


def test_the_audit_reads_an_export_against_the_organisations_pack(tmp_path):
    export = write_zip(x_archive(THEATRE_POSTS, username="HarboursideYT"), tmp_path / "twitter-hyt.zip")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code, out = _cli("audit", str(export), "--format", "jsonl")
    assert code == 1
    assert "from @HarboursideYT's X archive as official: 3 posts with findings" in err.getvalue()
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(r["date"], r["rule"]) for r in rows} == {
        ("2024-02-02", "political"),
        ("2023-05-06", "child-consent"),
        ("2022-03-04", "complaint-response"),
    }
    for row in rows:  # the theatre's clauses and words, never North Halifax Partnership's
        assert row["clauses"] == list(THEATRE.clauses_of(row["rule"])) and set(row["clauses"]) <= THEATRE_CLAUSES
        assert not NHP.search(row["message"]), row["message"]
    political = next(r for r in rows if r["rule"] == "political")
    assert political["message"].startswith("Harbourside Youth Theatre takes no side in party politics")
    consent = next(r for r in rows if r["rule"] == "child-consent")
    assert "check that parent/guardian consent was recorded" in consent["message"]
    page = html.unescape(_cli("audit", str(export), "--format", "html")[1])
    assert "Checked against Harbourside Youth Theatre's social media policy" in page
    assert "@HarboursideYT is one of HYT's official channels" in page
    assert 'id="clause-HYT-A5"' in page and "North Halifax" not in page
    # The same export against the built-in pack: another organisation's account, checked as personal.
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        main(["audit", str(export), "--format", "jsonl", "-o", str(tmp_path / "nhp.jsonl")])
    assert "from @HarboursideYT's X archive as personal" in err.getvalue()
    nhp = [json.loads(line) for line in (tmp_path / "nhp.jsonl").read_text().splitlines()]
    assert all(r["clauses"] == list(default_pack().clauses_of(r["rule"])) for r in nhp)
    assert len(nhp) < len(rows)  # its word lists know no Irish party, its channels not the theatre's


def test_the_extension_audit_uses_the_registered_pack_as_the_command_line_does(tmp_path):
    files = x_archive(THEATRE_POSTS, username="HarboursideYT")
    assert json.loads(bridge.register_pack("harbourside", str(PACK_DIR))) == {"ok": True}
    start = json.loads(bridge.audit_start(json.dumps({"paths": list(files), "pack": "harbourside"})))
    for path in start["read"]:
        assert "error" not in json.loads(bridge.audit_feed(start["session"], path, files[path].decode(), True))
    report = json.loads(bridge.audit_report(start["session"], "jsonl"))["content"]
    assert report == _cli("audit", str(write_zip(files, tmp_path / "x.zip")), "--format", "jsonl")[1]
