"""`pychecker audit`: a zip or its folder in, the report a communications lead reads out (HTML,
CSV, JSONL), a progress bar and a one-line summary on the terminal."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from pychecker.audit import cli as audit_cli
from pychecker.audit.report import FIELDS
from pychecker.cli import _parser, main
from pychecker.pack import default_pack
from tests.audit.exports import day, facebook_export, instagram_export, write_folder, write_zip, x_archive
from tests.checker.test_audit_exports import CAFE, MESSY_PLAY, PETITION, SORRY, STAY, VOTE, X_ITEMS

CLEAN = day("Lovely morning in the garden at the centre.", "2018-04-04")


def run(*argv, capsys):
    out = io.StringIO()
    code = main(["audit", *map(str, argv)], stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture
def x_zip(tmp_path):
    return write_zip(x_archive([*X_ITEMS, CLEAN]), tmp_path / "twitter-2024-06-30-abc.zip")


def test_the_html_report_summarises_then_lists_every_flagged_post(x_zip, tmp_path, capsys):
    report = tmp_path / "audit.html"
    code, out, err = run(x_zip, "-o", report, "--regulated-period", "2024-05-30..2024-07-04", capsys=capsys)
    assert code == 1 and out == ""
    page = report.read_text(encoding="utf-8")
    assert "<h1>Policy audit: @NhxPartnership on X</h1>" in page
    assert (
        "Checked 5 posts and 1 reply (2018-04-04 to 2024-06-03) from @NhxPartnership&#x27;s X archive as official"
        in page
    )
    assert "checked as <b>official</b> (@NhxPartnership is one of NHP&#x27;s official channels)" in page
    assert "Regulated periods: 2024-05-30 to 2024-07-04." in page
    for rule, clauses in [
        ("political", "OC-16, PA-7"),
        ("child-consent", "OC-9"),
        ("regulated-period", "lobbying-act"),
    ]:
        assert re.search(rf"<tr><td><code>{rule}</code></td><td>{clauses}</td>", page), rule
    assert re.search(r"<tr><td>2019</td><td class=n>1</td><td class=n>1</td>", page)  # by year
    assert re.search(r"<tr><td>2018</td><td class=n>1</td><td class=n>0</td>", page)  # the clean post counted
    # each flagged post: its date, its text with the matched words marked, its findings, a link to it
    article = page.split('data-year="2019"', 1)[1].split("</article>", 1)[0]
    assert "2019-03-04 12:00 UTC" in article
    assert '<mark title="political">Vote Labour</mark>' in article
    assert "<code>political</code>" in article and 'href="#clause-OC-16"' in article
    assert 'href="https://x.com/i/status/' in article
    assert CLEAN.text not in page  # posts without findings are counted, not listed
    assert 'id="clause-OC-9">OC-9: ' in page  # the clauses cited, in the policy's words
    assert err.strip().splitlines()[-1].startswith("Checked 5 posts and 1 reply")
    assert err.strip().endswith(f"Report: {report}")


def test_the_html_report_is_one_file_that_asks_for_nothing(x_zip, tmp_path, capsys):
    report = tmp_path / "audit.html"
    run(x_zip, "-o", report, capsys=capsys)
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page)
    external = set(re.findall(r'href="(https?://[^"]+)"', page))
    assert external and all(re.fullmatch(r"https://x\.com/i/status/\d+", link) for link in external)  # links out only


def test_text_from_the_export_is_escaped_in_the_html(tmp_path, capsys):
    hostile = day('<script>alert(1)</script> "Vote Labour" & <b>', "2020-01-01")
    export = write_zip(x_archive([hostile]), tmp_path / "x.zip")
    _, out, _ = run(export, "--format", "html", capsys=capsys)
    assert "<script>alert(1)" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;<mark" in out


def test_csv_and_jsonl_carry_the_same_rows_one_per_finding(x_zip, tmp_path, capsys):
    run(x_zip, "-o", tmp_path / "a.csv", capsys=capsys)
    run(x_zip, "-o", tmp_path / "a.jsonl", capsys=capsys)
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines) >= 4
    assert list(rows[0]) == list(lines[0]) == list(FIELDS)
    for row, line in zip(rows, lines, strict=True):
        assert row["rule"] == line["rule"] and row["excerpt"] == line["excerpt"]
        assert row["clauses"] == " ".join(line["clauses"])
        assert int(row["start"]) == line["start"] and row["time"] == line["time"]
        assert row["text"].lstrip("'") == line["text"]
    political = next(line for line in lines if line["rule"] == "political")
    assert political["date"] == "2019-03-04" and political["link"].startswith("https://x.com/i/status/")
    assert political["text"][political["start"] : political["end"]] == political["excerpt"] == "Vote Labour"
    reply = next(row for row in rows if row["kind"] == "reply")
    assert reply["reply_to"] == "'@annsmith"  # a cell starting with @ would be a formula in a spreadsheet


def test_a_folder_reads_as_its_zip_does(tmp_path, capsys):
    files = facebook_export([VOTE, MESSY_PLAY, PETITION, STAY, CAFE])
    zipped = write_zip(files, tmp_path / "facebook-nhp.zip")
    folder = write_folder(files, tmp_path / "facebook-nhp")
    _, from_zip, _ = run(zipped, "--format", "jsonl", capsys=capsys)
    _, from_folder, _ = run(folder, "--format", "jsonl", capsys=capsys)
    assert from_zip == from_folder and from_zip.count("\n") >= 3


def test_an_export_in_parts_is_audited_as_one(tmp_path, capsys):
    files = instagram_export([VOTE, MESSY_PLAY, STAY, CAFE])
    posts_file = next(p for p in files if p.endswith("posts_1.json"))
    first = write_zip({p: d for p, d in files.items() if p != posts_file}, tmp_path / "instagram-part1.zip")
    second = write_zip({posts_file: files[posts_file]}, tmp_path / "instagram-part2.zip")
    code, _, err = run(first, second, "--format", "csv", capsys=capsys)
    assert code == 1
    assert "Checked 3 posts and 1 comment" in err


def test_dates_limit_what_is_checked(x_zip, capsys):
    _, out, err = run(x_zip, "--since", "2020-01-01", "--until", "2023-12-31", "--format", "jsonl", capsys=capsys)
    days = {json.loads(line)["date"] for line in out.splitlines()}
    assert days and all("2020-01-01" <= d <= "2023-12-31" for d in days)
    assert "3 posts outside the dates asked for" in err


def test_the_account_type_given_wins_and_a_personal_guess_says_how_to_change_it(tmp_path, capsys):
    export = write_zip(x_archive([VOTE, SORRY], username="janedoe"), tmp_path / "x.zip")
    _, _, err = run(export, "--format", "csv", capsys=capsys)
    assert "as personal" in err and "give --account official" in err
    _, out, err = run(export, "--format", "csv", "--account", "official", capsys=capsys)
    assert "as official" in err and "give --account" not in err and "complaint-response" in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--since", "2020-13-01"], "--since takes a date as YYYY-MM-DD"),
        (["--regulated-period", "2024-07-04..2024-05-30"], "--regulated-period takes START..END"),
        (["--since", "2024-01-01", "--until", "2023-01-01"], "is before --since"),
    ],
)
def test_bad_usage_says_what_is_wrong(x_zip, capsys, argv, says):
    code, _, err = run(x_zip, *argv, capsys=capsys)
    assert code == 2
    assert says in err


def test_a_terminal_sees_a_progress_bar_then_the_summary(x_zip):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    args = _parser().parse_args(["audit", str(x_zip), "--format", "csv"])
    code = audit_cli.run(args, default_pack(), io.StringIO(), terminal)
    shown = terminal.getvalue()
    assert code == 1
    assert re.search(r"\r\[#*\s*\]\s+\d+%  \d+ posts checked", shown)
    assert shown.rstrip().splitlines()[-1].startswith("Checked 5 posts and 1 reply")


def test_exit_code_is_0_without_findings(tmp_path, capsys):
    export = write_zip(x_archive([CLEAN]), tmp_path / "x.zip")
    code, out, err = run(export, "--format", "jsonl", capsys=capsys)
    assert (code, out) == (0, "")
    assert "Checked 1 post (2018-04-04 to 2018-04-04) from @NhxPartnership's X archive as official: no findings." in err
