"""The command line as docs/contract.md specifies it: output shapes and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from pychecker.cli import main


def run(*args, stdin=""):
    out = io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def test_check_json_with_findings_exits_1():
    code, out = run("check", "--account", "official", "--json", "Vote Labour on Thursday!")
    assert code == 1
    [finding] = json.loads(out)["findings"]
    assert finding["rule"] == "political" and finding["clauses"] == ["OC-16", "PA-7"]
    assert finding["excerpt"] == "Vote Labour" and (finding["start"], finding["end"]) == (0, 11)


def test_check_clean_exits_0():
    code, out = run("check", "--json", "Lovely sunny day")
    assert (code, json.loads(out)) == (0, {"findings": []})


def test_check_reads_stdin_and_prints_readable_text():
    code, out = run("check", "--platform", "twitter", "-", stdin="Proud to work at NHP")
    assert code == 1
    assert "missing-disclaimer" in out and "[PA-1]" in out and "fix: Add disclaimer" in out


def test_jsonl_answers_line_by_line_in_order():
    lines = [
        {"text": "Vote Labour", "context": {"account": "official"}},
        {"text": "Nice day", "context": {}},
        {"text": "Proud of NHP", "context": {"account": "personal", "disclaimer_in_profile": True}},
    ]
    code, out = run("check", "--jsonl", "-", stdin="\n".join(json.dumps(x) for x in lines))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [[f["rule"] for f in a["findings"]] for a in answers] == [["political"], [], []]


def test_bad_context_in_jsonl_is_usage_error(capsys):
    code, _ = run("check", "--jsonl", "-", stdin='{"text": "x", "context": {"account": "boss"}}')
    assert code == 2
    assert "line 1" in capsys.readouterr().err


def test_bad_usage_exits_2_with_message():
    proc = subprocess.run(
        [sys.executable, "-m", "pychecker", "check", "--platform", "myspace", "hi"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "pychecker", "check", "--media", "gif:x.gif", "hi"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and "--media" in proc.stderr


def test_media_and_date_flags_reach_the_context():
    code, _ = run("check", "--media", "image:kids.jpg", "--date", "2026-05-01", "--json", "Nice day")
    assert code == 0
    code, _ = run("check", "--date", "01/05/2026", "hi")
    assert code == 2


def test_rules_lists_every_rule_with_clauses():
    code, out = run("rules", "--json")
    rows = {r["rule"]: r for r in json.loads(out)["rules"]}
    assert code == 0 and rows["missing-disclaimer"]["clauses"] == ["PA-1"]
    assert rows["political"]["clauses"] == ["OC-16", "PA-7"]


LOOKUP_QUESTIONS = [
    ("can I accept a friend request from a parent?", "PA-12"),
    ("can I use the logo on my blog?", "PA-8"),
    ("who do I tell about a complaint?", "OC-17"),
    ("a journalist rang me about my post", "PA-6"),
    ("can I post photos of children at the centre?", "OC-9"),
    ("can I set up a facebook group for my centre?", "OC-15"),
    ("is it ok to share a job vacancy?", "recruitment"),
    ("someone left an angry comment on our page", "OC-17"),
    ("can I use a picture I found on google?", "copyright"),
    ("I think a child is being harmed", "protection"),
    ("can I post about it on my lunch break?", "internet-access"),
    ("do volunteers have to follow this?", "scope"),
    ("who runs the official accounts?", "OC-1"),
    ("can I share news before it is announced?", "confidentiality"),
    ("what happens if I break the policy?", "breach"),
    ("a young person wants to message me on snapchat", "under-18s"),
    ("I saw something wrong at work, can I post about it?", "public-interest-disclosure"),
    ("do I need approval to post a flyer?", "OC-1"),
    ("how should I check statistics?", "OC-10"),
]


def test_lookup_puts_the_right_clause_first():
    wrong = []
    for question, clause in LOOKUP_QUESTIONS:
        code, out = run("lookup", "--json", question)
        assert code == 0
        results = json.loads(out)["results"]
        if not results or results[0]["clause"] != clause:
            wrong.append((question, clause, [r["clause"] for r in results[:3]]))
    assert wrong == []


def test_lookup_with_nothing_to_match_says_so():
    code, out = run("lookup", "zzzz qqqq")
    assert code == 0 and "No clause matches" in out
