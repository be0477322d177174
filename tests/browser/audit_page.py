"""The "Audit an export" page as a person uses it, in either browser: what they do (choose the export,
start it, pick a filter, turn a page, download the CSV) and read (the status line, the summary, the
posts listed), written once over a small driver with one browser's way of running a script in the
page, clicking, choosing a file and saving a download: Playwright's in Chromium (`ChromiumAuditPage`)
and WebDriver BiDi's in Firefox (tests/browser/test_firefox_audit_page.py). The checks the two
browsers share (`check_an_x_archive`, `check_paging`) are here too."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from pychecker.cli import main as pychecker
from tests.audit.exports import day, write_zip, x_archive
from tests.checker.test_audit_exports import MESSY_PLAY, SORRY, VOTE

AUDIT_S = 90.0  # Pyodide's boot in the page's worker, then the audit
CLEAN = day("Lovely morning in the garden at the centre.", "2018-04-04")

# Every status line the page shows, with its state and the progress bar's value, as it changes.
SAID = """() => {
  window.__said = [];
  const main = document.querySelector("main"), status = document.querySelector("#status");
  const progress = document.querySelector("#progress");
  new MutationObserver(() => {
    const now = [main.dataset.status, status.textContent, progress.getAttribute("value")];
    if (JSON.stringify(now) !== JSON.stringify(window.__said.at(-1))) window.__said.push(now);
  }).observe(main, {subtree: true, childList: true, characterData: true, attributes: true});
}"""

# Each flagged post the page lists: its header's words, its text, its marked words, its findings.
POSTS = """() => [...document.querySelectorAll("#posts > li")].map((item) => ({
  head: item.querySelector("header").innerText,
  text: item.querySelector(".text").textContent,
  marked: [...item.querySelectorAll(".text mark")].map((m) => m.textContent),
  link: item.querySelector("header a")?.getAttribute("href") ?? null,
  media: item.querySelector(".media")?.textContent ?? null,
  findings: [...item.querySelectorAll(".findings > li")].map((f) => ({rule: f.dataset.rule, text: f.innerText})),
}))"""


def cli(export: Path, tmp: Path, fmt: str, *options: str, pack: Path | None = None) -> tuple[str, str]:
    """The command line's report on the same export (checked against `pack`, a pack's folder, when given),
    and its one-line summary."""
    out = tmp / f"cli.{fmt}"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        pychecker(
            [*(["--pack", str(pack)] if pack else []), "audit", str(export), *options, "--format", fmt, "-o", str(out)]
        )
    line = next(text for text in err.getvalue().splitlines() if text.startswith("Checked "))
    return out.read_text(encoding="utf-8"), line.split(" Report: ")[0]  # less where the command line wrote it


class AuditPage:
    """The audit page in one browser. A driver gives `evaluate`, `click`, `choose` and `download`."""

    def evaluate(self, function: str, *args: Any) -> Any:
        raise NotImplementedError

    def click(self, selector: str) -> None:
        """A person's click on the element."""
        raise NotImplementedError

    def choose(self, selector: str, path: Path) -> None:
        """A file (or a folder) chosen in the file input, through the browser's own file chooser path."""
        raise NotImplementedError

    def download(self, selector: str) -> tuple[str, str]:
        """Click the button and save what it downloads: its suggested name and its text."""
        raise NotImplementedError

    # ---- written once, for both browsers ----

    def wait(self, function: str, *args: Any, timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        while not (value := self.evaluate(function, *args)):
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout} s for {function!r}")
            time.sleep(0.05)
        return value

    def audit(self, export: Path, *, folder: bool = False) -> list[tuple[str, str, str | None]]:
        """Choose the export as a person does, start the audit and wait for the page to finish.
        Returns what the page said meanwhile: each (state, status line, progress bar's value) in turn."""
        self.choose("#export-folder" if folder else "#export", export)
        self.evaluate(SAID)
        self.click("#start")
        self.wait("() => /^(done|error)$/.test(document.querySelector('main').dataset.status)", timeout=AUDIT_S)
        return [tuple(said) for said in self.evaluate("() => window.__said")]

    def text(self, selector: str) -> str:
        """The element's words, spaces run together, as a person reads them."""
        return " ".join(self.evaluate("s => document.querySelector(s).textContent", selector).split())

    def posts(self) -> list[dict]:
        return self.evaluate(POSTS)

    def listed(self) -> str:
        """The line that says which of the posts are listed ("1–50 of 120 posts shown")."""
        self.wait("() => document.querySelector('#posts').getAttribute('aria-busy') === 'false'")
        return self.text("#shown")

    def choose_filter(self, label: str, value: str) -> str:
        """Pick a filter's value (its select's `value`, "" for all), as a person does; then what is listed."""
        self.evaluate(
            """(label, value) => {
              const select = [...document.querySelectorAll(".filters select")]
                .find((s) => s.labels[0].textContent === label);
              select.focus();
              select.value = value;
              select.dispatchEvent(new Event("input", {bubbles: true}));
              select.dispatchEvent(new Event("change", {bubbles: true}));
            }""",
            label,
            value,
        )
        return self.listed()

    def turn(self, button: str) -> str:
        """Click "Next 50 posts" or "Previous 50 posts"; then what is listed."""
        before = self.text("#shown")
        self.click(f"#{button}")
        self.wait("before => document.querySelector('#shown').textContent !== before", before)
        return self.listed()


class ChromiumAuditPage(AuditPage):
    def __init__(self, page: Page) -> None:
        self.page = page

    def evaluate(self, function: str, *args: Any) -> Any:
        return self.page.evaluate(f"args => ({function})(...args)", list(args))

    def click(self, selector: str) -> None:
        self.page.locator(selector).click()

    def choose(self, selector: str, path: Path) -> None:
        self.page.locator(selector).set_input_files(path)

    def download(self, selector: str) -> tuple[str, str]:
        with self.page.expect_download() as download:
            self.page.locator(selector).click()
        return download.value.suggested_filename, Path(download.value.path()).read_text(encoding="utf-8")


def check_an_x_archive(page: AuditPage, export: Path, tmp_path: Path) -> None:
    """An X archive (X_ITEMS and CLEAN) audited in the page gives the command line's findings, shown
    as a person reads them, filtered as they choose, saved as the command line's CSV."""
    report, line = cli(export, tmp_path, "csv")
    said = page.audit(export)
    # The person watched it: the checker starting (the bar moving, no value), each file read, the bar filling.
    assert said[:2] == [("loading", "Starting the policy checker…", None), ("loading", "Reading the export…", None)]
    reading = [(text, int(value or 0)) for state, text, value in said if state == "reading"]
    assert re.fullmatch(r"Reading account\.js… 0 posts checked \(\d%\)\.", reading[0][0])
    assert reading[-1][0] == "Reading tweets.js… 6 posts checked (100%)."
    assert [value for _, value in reading] == sorted(value for _, value in reading)
    assert said[-1][0] == "done"
    assert page.text("#status") == (
        "Done: Checked 5 posts and 1 reply (2018-04-04 to 2024-06-03) from @NhxPartnership's X archive as official. "
        "The report is below."
    )
    assert page.text("#summary-line") == line  # the command line's one-line summary, word for word
    assert line.startswith("Checked 5 posts and 1 reply (2018-04-04 to 2024-06-03) from @NhxPartnership's X archive")
    assert page.evaluate("() => document.querySelector('#progress').getAttribute('value')") == "1"
    assert "X: checked as official (@NhxPartnership is one of NHP's official channels)." in page.text("#accounts")
    by_rule = page.evaluate("() => [...document.querySelectorAll('#by-rule tr')].map((r) => r.innerText)")
    assert any(re.fullmatch(r"child-consent\s*OC-9\s*error\s*2\s*2", row.strip()) for row in by_rule), by_rule

    shown = page.posts()
    expected = list(csv.DictReader(io.StringIO(report)))  # one row per finding, newest first
    assert [(p["head"][:10], f["rule"]) for p in shown for f in p["findings"]] == [
        (row["date"], row["rule"]) for row in expected
    ]
    vote = next(p for p in shown if p["text"] == VOTE.text)
    assert vote["head"].startswith("2019-03-04 12:00 UTC") and "X" in vote["head"].split("\n")
    assert vote["marked"] == ["Vote Labour"]
    assert re.fullmatch(r"https://x\.com/i/status/\d+", vote["link"])
    (political,) = vote["findings"]
    assert political["rule"] == "political"
    assert "not a political organisation" in political["text"]
    assert "political · policy clause OC-16, PA-7" in political["text"]
    assert page.listed() == "4 of 4 posts shown"

    # Filtered: only the posts with a warning, then only 2020's.
    assert page.choose_filter("Severity", "warning") == "1 of 1 posts shown"
    (reply,) = page.posts()
    assert reply["text"] == SORRY.text and "reply to @annsmith" in reply["head"]
    page.choose_filter("Severity", "")
    page.choose_filter("Year", "2020")
    (messy,) = page.posts()
    assert messy["text"] == MESSY_PLAY.text and "With image messy.jpg" in messy["media"]
    assert "check that parent/guardian consent was recorded" in messy["findings"][0]["text"]
    page.choose_filter("Year", "")

    # The CSV saved from the page is the command line's, row for row.
    name, saved = page.download("#download-csv")
    assert re.fullmatch(r"policy-audit-\d{4}-\d\d-\d\d\.csv", name)
    assert saved == report


def big_x_archive(folder: Path) -> Path:
    """An X archive of 240 posts over eight years, half of them flagged: a quarter political, a quarter
    replies to a complaint."""
    said = [(VOTE.text, "post"), (SORRY.text, "reply"), (CLEAN.text, "post"), ("Proud to work at NHP", "post")] * 60
    items = [
        day(f"{text} ({n})", f"{2016 + n % 8}-0{1 + n % 9}-{10 + n % 18}", kind=kind, reply_to="@annsmith")
        for n, (text, kind) in enumerate(said)
    ]
    return write_zip(x_archive(items), folder / "twitter-big.zip")


def check_paging(page: AuditPage, export: Path, tmp_path: Path) -> None:
    """An export with more flagged posts than a page holds: fifty at a time, newest first, the filters
    choosing among all of them (not only the page shown), the CSV still every one of them."""
    report, line = cli(export, tmp_path, "csv")
    rows = list(csv.DictReader(io.StringIO(report)))
    flagged = list(dict.fromkeys((row["time"], row["text"]) for row in rows))  # the posts, newest first
    assert len(flagged) > 100
    page.audit(export)
    assert page.text("#summary-line") == line
    total = f"{len(flagged):,}"
    assert page.listed() == f"1–50 of {total} posts shown"
    assert [(p["head"][:10], p["text"]) for p in page.posts()] == [(t[:10], text) for t, text in flagged[:50]]
    assert page.turn("next") == f"51–100 of {total} posts shown"
    assert [p["text"] for p in page.posts()] == [text for _, text in flagged[50:100]]
    assert page.evaluate("() => document.querySelector('#posts').start") == 51  # numbered on from the page before
    assert page.turn("previous") == f"1–50 of {total} posts shown"
    assert page.evaluate("() => document.querySelector('#previous').hidden")
    # A rule chosen: every post with it, from the whole export, the first page of them shown.
    political = [key for key in flagged if any(r["rule"] == "political" for r in rows if (r["time"], r["text"]) == key)]
    listed = page.choose_filter("Rule", "political")
    assert listed == (
        f"{len(political)} of {len(political)} posts shown"
        if len(political) <= 50
        else f"1–50 of {len(political):,} posts shown"
    )
    assert [p["text"] for p in page.posts()] == [text for _, text in political[:50]]
    assert all(any(f["rule"] == "political" for f in p["findings"]) for p in page.posts())
    page.choose_filter("Rule", "")
    _, saved = page.download("#download-csv")
    assert saved == report
