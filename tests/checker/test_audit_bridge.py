"""The extension's way in: the same export fed through `pychecker.bridge`'s audit functions, in
pieces, gives the same report as the command line, in CPython and in the real Pyodide."""

from __future__ import annotations

import base64
import io
import json
import subprocess

import pytest

from pychecker import bridge
from pychecker.audit import bridge as audit_bridge
from pychecker.cli import main
from tests.audit.exports import facebook_export, write_zip, x_archive
from tests.checker.test_audit_exports import META_ITEMS, VOTE, X_ITEMS
from tests.conftest import ROOT

RUNNER = ROOT / "tests" / "audit" / "run_audit_in_pyodide.mjs"
OPTIONS = {"regulated_periods": [{"start": "2024-05-30", "end": "2024-07-04"}]}


def cli_report(files, tmp_path, *extra):
    export = write_zip(files, tmp_path / "export.zip")
    out = io.StringIO()
    main(
        ["audit", str(export), "--format", "jsonl", "--regulated-period", "2024-05-30..2024-07-04", *extra], stdout=out
    )
    return out.getvalue()


def call(name, *args):
    answer = json.loads(getattr(bridge, name)(*args))
    assert "error" not in answer, answer
    return answer


def feed(files, options=OPTIONS, piece=1000):
    """As the audit page does: ask what to read, then give each file's text a piece at a time."""
    start = call("audit_start", json.dumps({"paths": list(files), "options": options}))
    session, problems = start["session"], []
    for path in start["read"]:
        text = files[path].decode("utf-8")
        for at in range(0, max(len(text), 1), piece):
            answer = call("audit_feed", session, path, text[at : at + piece], at + piece >= len(text))
            problems += answer["problems"]
            if answer["done"]:
                break
    return session, every_row(session), problems


def every_row(session):
    """Every flagged post, as the page asks for them: a page at a time."""
    rows, start = [], 0
    while True:
        page = call("audit_page", session, json.dumps({"start": start, "size": 3}))
        rows += page["rows"]
        start += 3
        if start >= page["total"]:
            return rows


@pytest.mark.parametrize("build", [x_archive, facebook_export])
def test_the_bridge_fed_in_pieces_gives_the_command_lines_report(build, tmp_path):
    files = build(X_ITEMS if build is x_archive else META_ITEMS)
    session, rows, problems = feed(files)
    report = call("audit_report", session, "jsonl")["content"]
    assert report == cli_report(files, tmp_path)
    assert problems == []
    assert len(rows) == len({line["time"] for line in map(json.loads, report.splitlines())})
    summary = call("audit_summary", session)
    assert summary["line"].startswith("Checked ") and summary["empty"] == ""
    assert summary["summary"]["flagged"] == len(rows)
    call("audit_end", session)
    assert "error" in json.loads(bridge.audit_report(session, "jsonl"))  # ended


def test_the_html_and_csv_reports_come_through_the_bridge_too(tmp_path):
    session, _, _ = feed(x_archive(X_ITEMS))
    assert call("audit_report", session, "html")["content"].startswith("<!doctype html>")
    assert call("audit_report", session, "csv")["content"].startswith("date,time,platform,kind")


def test_the_page_gets_the_posts_a_page_at_a_time_filtered_as_the_report_would_be(tmp_path):
    files = x_archive(X_ITEMS * 4)
    session, rows, _ = feed(files)
    report = [json.loads(line) for line in cli_report(files, tmp_path).splitlines()]
    # the command line's posts, newest first, each with its findings
    assert [(r["time"], f["rule"], f["excerpt"]) for r in rows for f in r["findings"]] == [
        (f["time"], f["rule"], f["excerpt"]) for f in report
    ]
    for where, wanted in [
        ({"rule": "political"}, lambda r: any(f["rule"] == "political" for f in r["findings"])),
        ({"severity": "warning"}, lambda r: any(f["severity"] == "warning" for f in r["findings"])),
        ({"year": "2020"}, lambda r: r["time"].startswith("2020")),
        ({"rule": "political", "year": "2019"}, lambda r: r["time"][:4] == "2019" and "political" in str(r)),
        ({"rule": "no-such-rule"}, lambda r: False),
    ]:
        page = call("audit_page", session, json.dumps({**where, "start": 1, "size": 2}))
        chosen = [r for r in rows if wanted(r)]
        assert (page["total"], page["rows"]) == (len(chosen), chosen[1:3]), where
    assert call("audit_page", session, json.dumps({"start": 10**6}))["rows"] == []


@pytest.mark.parametrize("form", ["csv", "html", "jsonl"])
def test_the_report_comes_a_piece_at_a_time_and_whole_is_the_command_lines(form, tmp_path, monkeypatch):
    monkeypatch.setattr(audit_bridge, "REPORT_PIECE", 500)
    session, _, _ = feed(x_archive(X_ITEMS * 4))
    # As the page's worker takes it: UTF-8 bytes a piece at a time, b"" once it has all been given.
    given = [bridge.audit_report_bytes(session, form)]
    while given[-1]:
        given.append(bridge.audit_report_bytes(session, form))
    assert len(given) > 4
    assert b"".join(given).decode() == call("audit_report", session, form)["content"]
    assert bridge.audit_report_bytes(session, form) == given[0]  # and again from the start


def test_a_refused_file_takes_back_the_posts_it_had_flagged():
    files = x_archive(X_ITEMS, parts=2)
    files["data/tweets.js"] += b"\n;alert(1)"
    start = call("audit_start", json.dumps({"paths": list(files)}))
    session, flagged = start["session"], []
    for path in start["read"]:
        text = files[path].decode()
        cut = text.find(";alert") if path == "data/tweets.js" else len(text)
        answer = call("audit_feed", session, path, text[:cut], cut == len(text))
        if cut < len(text):
            flagged.append(answer["flagged"])  # counted before the code was met…
            answer = call("audit_feed", session, path, text[cut:], True)
            assert [p["source"] for p in answer["problems"] if p["refused"]] == ["data/tweets.js"]
        flagged.append(answer["flagged"])
    rows = every_row(session)
    assert rows and {row["source"] for row in rows} == {"data/tweets-part1.js"}  # …and taken back
    assert call("audit_summary", session)["summary"]["flagged"] == len(rows) == flagged[-1]
    assert max(flagged) > len(rows)


def test_a_file_the_page_could_not_inflate_is_named_and_the_rest_still_read():
    files = x_archive(X_ITEMS, parts=2)
    start = call("audit_start", json.dumps({"paths": list(files)}))
    answer = call("audit_fail", start["session"], "data/tweets.js", "it is damaged (invalid deflate data)")
    assert answer["problems"] == [
        {
            "source": "data/tweets.js",
            "message": "it is damaged (invalid deflate data); no posts could be read from it",
            "refused": False,
        }
    ]
    text = files["data/tweets-part1.js"].decode()
    assert call("audit_feed", start["session"], "data/tweets-part1.js", text, True)["read"] == 2
    more = call("audit_feed", start["session"], "data/tweets.js", "window.YTD", False)
    assert more["done"] and more["read"] == 2  # a file given up is not read after all


def test_an_export_without_posts_says_why():
    start = call("audit_start", json.dumps({"paths": ["your_facebook_activity/posts/your_posts_1.html"]}))
    assert start["read"] == []
    assert "HTML format" in call("audit_summary", start["session"])["empty"]


@pytest.mark.parametrize(
    ("name", "args", "says"),
    [
        ("audit_start", ["not json"], "JSONDecodeError"),
        ("audit_start", ['{"paths": "x"}'], '"paths" must list'),
        ("audit_start", ['{"paths": [], "options": {"account": "boss"}}'], "account must be one of"),
        ("audit_start", ['{"paths": [], "options": {"since": "May"}}'], "since must be a date"),
        ("audit_start", ['{"paths": [], "options": {"rules": ["no-such-rule"]}}'], "rules must be a list of rule ids"),
        ("audit_feed", ["999", "data/tweets.js", "", True], "no audit session '999'"),
        ("audit_report", ["999", "pdf"], "no audit session"),
    ],
)
def test_the_bridge_never_raises_it_says_what_was_wrong(name, args, says):
    answer = json.loads(getattr(bridge, name)(*args))
    assert says in answer["error"]


def test_the_real_pyodide_gives_the_same_report(extension_dir, tmp_path):
    files = {**x_archive(X_ITEMS * 3, parts=2)}
    request = {
        "paths": list(files),
        "files": {path: base64.b64encode(data).decode() for path, data in files.items()},
        "options": OPTIONS,
        "piece": 777,  # cuts through multi-byte characters and emoji
    }
    proc = subprocess.run(
        ["node", str(RUNNER), str(extension_dir / "pyodide")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    answer = json.loads(proc.stdout)
    assert answer["python"].startswith("3.14")  # Pyodide's Python, not this one
    assert answer["report"] == cli_report(files, tmp_path)
    assert answer["summary"]["checked"] == 15 and len(answer["rows"]) == answer["summary"]["flagged"]


AUDITOR = ROOT / "tests" / "audit" / "run_auditor_in_pyodide.mjs"


def page_audit(extension_dir, export, options=OPTIONS):
    proc = subprocess.run(
        ["node", str(AUDITOR), str(extension_dir / "pyodide"), str(export), json.dumps(options)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_the_audit_pages_steps_give_the_command_lines_report(extension_dir, tmp_path):
    files = facebook_export(META_ITEMS * 30)
    export = write_zip(files, tmp_path / "facebook-nhp.zip")
    answer = page_audit(extension_dir, export)
    assert answer["report"] == cli_report(files, tmp_path)
    assert answer["problems"] == [] and answer["empty"] == ""
    assert len(answer["rows"]) == answer["summary"]["flagged"] > 30


def test_the_audit_pages_steps_on_broken_zips(extension_dir, tmp_path):
    files = x_archive(X_ITEMS * 40, parts=2)
    whole = write_zip(files, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "x-cut.zip"
    cut.write_bytes(whole[: len(whole) * 3 // 4])  # the directory and part of the last files gone
    answer = page_audit(extension_dir, cut)
    assert answer["problems"][0]["message"].startswith("x-cut.zip is cut short")
    assert answer["summary"]["checked"] > 100
    notes = tmp_path / "notes.zip"
    notes.write_text("not a zip")
    assert page_audit(extension_dir, notes) == {"error": "notes.zip: it is not a zip file"}
    empty = write_zip({"README.txt": b"hi"}, tmp_path / "empty.zip")
    assert "no posts, replies or comments found in empty.zip (1 file)" in page_audit(extension_dir, empty)["empty"]


def test_the_pages_settings_reach_the_audit():
    files = x_archive([VOTE], username="NHPYouthTeam")
    options = {
        "official_channels": [{"platform": "twitter", "handle": "@NHPYouthTeam"}],
        "disclaimer_in_profile": {"twitter": True, "facebook": False},
    }
    session, rows, _ = feed(files, options)
    account = call("audit_summary", session)["summary"]["accounts"][0]
    assert (account["account"], account["channel"]) == ("official", "NHPYouthTeam")
    assert {f["rule"] for row in rows for f in row["findings"]} == {"political"}
