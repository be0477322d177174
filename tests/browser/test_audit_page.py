"""The "Audit an export" page, in the real extension (issue 15, item 3): opened from the popup and
the options page, it reads an export chosen by the person (a zip or its folder) on this machine,
shows its progress and then the report the command line gives for the same export (the summary,
each flagged post with its date, platform, text and findings with their clauses, drawn by the one
finding renderer), filters it and saves it as CSV; a broken zip gets a clear message."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from pychecker.cli import main as pychecker
from tests.audit.exports import (
    day,
    encrypted_zip,
    facebook_export,
    instagram_export,
    write_folder,
    write_zip,
    x_archive,
)
from tests.browser.conftest import launch
from tests.browser.extension_pages import extension_id, open_page
from tests.checker.test_audit_exports import CAFE, MESSY_PLAY, SORRY, VOTE, X_ITEMS

CANARY = "https://canary.invalid/policy-guard-audit-test"
AUDIT_MS = 90_000  # Pyodide's boot in the page's worker, then the audit
CLEAN = day("Lovely morning in the garden at the centre.", "2018-04-04")
# Meta writes every non-ASCII character as its UTF-8 bytes (exports.mojibake): the page must show the words.
THANKS = day("Thank you Løye café — “brilliant” 🎉 Vote Labour on Thursday!", "2022-07-08")


def cli(export: Path, tmp: Path, fmt: str, *options: str) -> tuple[str, str]:
    """The command line's report on the same export, and its one-line summary."""
    out = tmp / f"cli.{fmt}"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        pychecker(["audit", str(export), *options, "--format", fmt, "-o", str(out)])
    line = next(text for text in err.getvalue().splitlines() if text.startswith("Checked "))
    return out.read_text(encoding="utf-8"), line.split(" Report: ")[0]  # less where the command line wrote it


def audit(page: Page, export: Path, *, folder: bool = False) -> list[tuple[str, str]]:
    """Choose the export as a person does, start the audit and wait for the page to finish.
    Returns what the page said meanwhile: each (state, status line, progress bar's value) in turn."""
    page.get_by_label("The export (a zip)" if not folder else "or the folder it was unpacked to").set_input_files(
        export
    )
    page.evaluate(SAID)
    page.get_by_role("button", name="Audit this export").click()
    expect(page.locator("main")).to_have_attribute("data-status", re.compile("done|error"), timeout=AUDIT_MS)
    return [tuple(said) for said in page.evaluate("window.__said")]


# Every status line the page shows, with its state and the progress bar's value, as it changes.
SAID = """
window.__said = [];
const main = document.querySelector("main"), status = document.querySelector("#status");
const progress = document.querySelector("#progress");
new MutationObserver(() => {
  const now = [main.dataset.status, status.textContent, progress.getAttribute("value")];
  if (JSON.stringify(now) !== JSON.stringify(window.__said.at(-1))) window.__said.push(now);
}).observe(main, {subtree: true, childList: true, characterData: true, attributes: true});
"""


def posts_shown(page: Page) -> list[dict]:
    """Each flagged post the page lists: its header's words, its text, its marked words, its findings."""
    return (
        page.get_by_role("list", name="Posts with findings")
        .locator(":scope > li")
        .evaluate_all(
            """items => items.map((item) => ({
            head: item.querySelector("header").innerText,
            text: item.querySelector(".text").textContent,
            marked: [...item.querySelectorAll(".text mark")].map((m) => m.textContent),
            findings: [...item.querySelectorAll(".findings > li")]
                .map((f) => ({rule: f.dataset.rule, text: f.innerText})),
        }))"""
        )
    )


def test_the_page_reads_an_unpacked_export_and_asks_nothing_of_the_network(extension_dir, mock_bundles, tmp_path):
    # First in this file: it launches its own browser, which it cannot do while the module's shared
    # one (another Playwright) runs. The test's router sees every request the browser's pages and
    # workers make (and refuses it); the audit's own worker too, as the canary below shows.
    folder = write_folder(x_archive([*X_ITEMS, CLEAN]), tmp_path / "twitter-2024-06-30")
    with launch(extension_dir, mock_bundles, tmp_path / "profile") as (context, site):
        page = open_page(context, "audit/audit.html")
        audit(page, folder, folder=True)
        expect(page.locator("#summary-line")).to_have_text(
            re.compile(r"^Checked 5 posts and 1 reply .* 4 posts with findings")
        )
        with page.expect_download() as download:
            page.get_by_role("button", name="Download the report (HTML)").click()
        assert re.fullmatch(r"policy-audit-\d{4}-\d\d-\d\d\.html", download.value.suggested_filename)
        saved = Path(download.value.path()).read_text(encoding="utf-8")
        assert saved.startswith("<!doctype html>") and "<h1>Policy audit: @NhxPartnership on X</h1>" in saved
        assert page.script_errors == []
        assert site.requests == []  # nothing: not the page, not its worker
        # The worker that read the export, asked to make one request on purpose: the extension's CSP
        # (connect-src 'self') refuses it before it is made; the page sent to an address, the router sees it.
        (worker,) = page.workers
        assert worker.url.endswith("/audit/worker.js")
        assert worker.evaluate("url => fetch(url).then(() => 'fetched', () => 'refused')", CANARY) == "refused"
        page.wait_for_timeout(500)
        assert site.requests == []
        page.evaluate("url => { location.href = url; }", CANARY)
        for _ in range(50):
            if site.requests:
                break
            context.pages[0].wait_for_timeout(100)
        assert site.requests == [CANARY]


@pytest.fixture(scope="module")
def context(extension_dir: Path, mock_bundles: Path, tmp_path_factory) -> Iterator[BrowserContext]:
    with launch(extension_dir, mock_bundles, tmp_path_factory.mktemp("profile")) as (launched, _site):
        yield launched


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    opened = open_page(context, "audit/audit.html")
    yield opened
    assert opened.script_errors == []
    opened.close()


@pytest.mark.parametrize("start", ["popup/popup.html", "options/options.html"])
def test_the_popup_and_the_options_page_open_the_audit_page(context, start):
    origin = open_page(context, start)
    with context.expect_page() as opened:
        origin.get_by_role("link", name="Audit an export").click()
    audit_page = opened.value
    expect(audit_page.get_by_role("heading", name="Audit an export")).to_be_visible()
    assert audit_page.url == f"chrome-extension://{extension_id(context)}/audit/audit.html"
    audit_page.close()
    origin.close()


def test_an_x_archive_gives_the_command_lines_findings_each_post_quoted_with_its_clauses(page, tmp_path):
    export = write_zip(x_archive([*X_ITEMS, CLEAN]), tmp_path / "twitter-2024-06-30-abc.zip")
    report, line = cli(export, tmp_path, "csv")
    said = audit(page, export)
    # The person watched it: the checker starting (the bar moving, no value), each file read, the bar filling.
    assert said[:2] == [("loading", "Starting the policy checker…", None), ("loading", "Reading the export…", None)]
    reading = [(text, int(value)) for state, text, value in said if state == "reading"]
    assert re.fullmatch(r"Reading account\.js… 0 posts checked \(\d%\)\.", reading[0][0])
    assert reading[-1][0] == "Reading tweets.js… 6 posts checked (100%)."
    assert [value for _, value in reading] == sorted(value for _, value in reading)
    assert said[-1][0] == "done"
    expect(page.locator("main")).to_have_attribute("data-status", "done")
    expect(page.get_by_role("status").first).to_have_text(
        "Done: Checked 5 posts and 1 reply (2018-04-04 to 2024-06-03) from @NhxPartnership's X archive as official. "
        "The report is below."
    )
    expect(page.locator("#summary-line")).to_have_text(line)  # the command line's one-line summary, word for word
    assert line.startswith("Checked 5 posts and 1 reply (2018-04-04 to 2024-06-03) from @NhxPartnership's X archive")
    expect(page.locator("#progress")).to_have_attribute("value", "1")
    expect(
        page.get_by_text("X: checked as official (@NhxPartnership is one of NHP's official channels).")
    ).to_be_visible()
    by_rule = page.get_by_role("table", name="Findings by rule")
    expect(by_rule.get_by_role("row").filter(has_text="child-consent")).to_have_text(
        re.compile(r"child-consent\s*OC-9\s*error\s*2\s*2")
    )

    shown = posts_shown(page)
    expected = list(csv.DictReader(io.StringIO(report)))  # one row per finding, newest first
    assert [(p["head"][:10], f["rule"]) for p in shown for f in p["findings"]] == [
        (row["date"], row["rule"]) for row in expected
    ]
    vote = next(p for p in shown if p["text"] == VOTE.text)
    assert vote["head"].startswith("2019-03-04 12:00 UTC") and "X" in vote["head"].split("\n")
    assert vote["marked"] == ["Vote Labour"]
    (political,) = vote["findings"]
    assert political["rule"] == "political"
    assert "not a political organisation" in political["text"]
    assert "political · policy clause OC-16, PA-7" in political["text"]
    expect(page.get_by_text("4 of 4 posts shown")).to_be_visible()
    vote_item = page.get_by_role("list", name="Posts with findings").get_by_role("listitem").filter(has_text=VOTE.text)
    expect(vote_item.get_by_role("link", name="Open the post")).to_have_attribute(
        "href", re.compile(r"^https://x\.com/i/status/\d+$")
    )

    # Filtered: only the posts with a warning, then only 2020's.
    page.get_by_role("combobox", name="Severity").select_option("warning")
    expect(page.get_by_text("1 of 1 posts shown")).to_be_visible()
    (reply,) = posts_shown(page)
    assert reply["text"] == SORRY.text and "reply to @annsmith" in reply["head"]
    page.get_by_role("combobox", name="Severity").select_option("")
    page.get_by_role("combobox", name="Year").select_option("2020")
    (messy,) = posts_shown(page)
    assert messy["text"] == MESSY_PLAY.text and "With image messy.jpg" in page.locator(".post .media").inner_text()
    assert "check that parent/guardian consent was recorded" in messy["findings"][0]["text"]

    # A clause opens in the policy, in a new tab.
    with page.context.expect_page() as opened:
        page.get_by_role("button", name="OC-9: read this clause of the policy").click()
    assert re.search(r"/popup/popup\.html\?tab=policy.*#OC-9$", opened.value.url)
    opened.value.close()

    # The CSV saved from the page is the command line's, row for row.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == report


def test_a_facebook_export_is_read_through_its_mojibake(page, tmp_path):
    files = facebook_export([THANKS, MESSY_PLAY, CAFE])
    assert b"Thank you L\\u00c3\\u00b8ye caf\\u00c3\\u00a9" in files[next(f for f in files if "your_posts" in f)]
    export = write_zip(files, tmp_path / "facebook-nhp-2024.zip")
    report, line = cli(export, tmp_path, "csv")
    audit(page, export)
    expect(page.locator("#summary-line")).to_have_text(line)
    assert line.startswith("Checked 2 posts and 1 comment (2020-05-06 to 2022-07-08)")
    shown = posts_shown(page)
    thanks = next(p for p in shown if p["text"].startswith("Thank you"))
    assert thanks["text"] == THANKS.text  # "Løye café — “brilliant” 🎉", not "LÃ¸ye cafÃ©"
    assert thanks["head"].startswith("2022-07-08 12:00 UTC") and "Facebook" in thanks["head"].split("\n")
    assert thanks["marked"] == ["Vote Labour"]
    assert "political · policy clause OC-16, PA-7" in thanks["findings"][0]["text"]
    assert "Ã" not in page.locator("#report").inner_text()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == report


def test_an_instagram_export_gives_the_command_lines_findings(page, tmp_path):
    export = write_zip(instagram_export([THANKS, MESSY_PLAY, CAFE], version="2025"), tmp_path / "instagram.zip")
    report, line = cli(export, tmp_path, "csv")
    assert "Instagram" in line
    audit(page, export)
    expect(page.locator("#summary-line")).to_have_text(line)
    thanks = next(p for p in posts_shown(page) if p["text"].startswith("Thank you"))
    assert thanks["text"] == THANKS.text and "Instagram" in thanks["head"].split("\n")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == report


def test_the_pages_choices_are_the_command_lines_options(page, tmp_path):
    export = write_zip(x_archive([*X_ITEMS, CLEAN]), tmp_path / "twitter.zip")
    options = ("--account", "personal", "--since", "2020-01-01", "--until", "2023-12-31")
    report, line = cli(export, tmp_path, "csv", *options)
    assert line.startswith("Checked 2 posts and 1 reply (2020-05-06 to 2023-02-01)")
    page.get_by_label("Check it as").select_option(label="a personal account")
    page.get_by_label("From", exact=True).fill("2020-01-01")
    page.get_by_label("To", exact=True).fill("2023-12-31")
    audit(page, export)
    expect(page.locator("#summary-line")).to_have_text(line)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == report


def test_a_big_export_says_only_its_text_is_read(page, tmp_path):
    files = x_archive([*X_ITEMS, CLEAN])
    files["data/tweets_media/1000000000000000004-stay-and-play.mp4"] = bytes(40 * 2**20)  # a video, stored
    export = write_zip(files, tmp_path / "twitter-with-videos.zip")
    said = audit(page, export)
    reading = [text for state, text, _ in said if state == "reading"]
    assert reading[-1] == (
        "Reading tweets.js… 6 posts checked (100%). Only its text (7 KB of 40 MB) is read; its photos and videos "
        "are not opened."
    )
    expect(page.locator("main")).to_have_attribute("data-status", "done")
    expect(page.locator("#summary-line")).to_contain_text("Checked 5 posts and 1 reply")


def test_a_file_that_is_not_a_zip_gets_a_clear_message(page, tmp_path):
    broken = tmp_path / "notes.zip"
    broken.write_text("These are my notes, not an export.")
    audit(page, broken)
    expect(page.locator("main")).to_have_attribute("data-status", "error")
    expect(page.get_by_role("status").filter(has_text="Nothing could be audited")).to_have_text(
        "Nothing could be audited — notes.zip: it is not a zip file."
    )
    expect(page.locator("#report")).to_be_hidden()
    expect(page.get_by_role("button", name="Audit this export")).to_be_enabled()


def test_a_zip_cut_short_is_reported_as_far_as_it_goes_and_says_so(page, tmp_path):
    whole = write_zip(x_archive([*X_ITEMS, CLEAN]), tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "twitter-cut.zip"
    cut.write_bytes(whole[: len(whole) - 200])  # the directory at the end is gone
    audit(page, cut)
    expect(page.locator("main")).to_have_attribute("data-status", "done")
    problems = page.locator("#problems")
    expect(problems).to_contain_text("twitter-cut.zip is cut short")
    expect(problems).to_contain_text("download it again")


def test_a_zip_with_no_posts_says_what_the_page_looked_for(page, tmp_path):
    photos = write_zip({"holiday/IMG_0001.jpg": b"\xff\xd8" + bytes(1000), "notes.txt": b"hi"}, tmp_path / "photos.zip")
    audit(page, photos)
    expect(page.locator("main")).to_have_attribute("data-status", "error")
    expect(page.locator("#status")).to_have_text(
        "No posts, replies or comments found in photos.zip (2 files): is it an X archive, or a Facebook or "
        "Instagram 'Download your information' export in JSON format?"
    )
    expect(page.locator("#report")).to_be_hidden()


def test_a_password_protected_zip_says_so_and_what_to_do(page, tmp_path):
    files = x_archive(X_ITEMS)
    locked = encrypted_zip({p: d for p, d in files.items() if p.endswith(".js")}, tmp_path / "locked.zip")
    audit(page, locked)
    expect(page.locator("main")).to_have_attribute("data-status", "error")
    expect(page.locator("#status")).to_contain_text(
        "data/tweets.js: it is encrypted (the zip is password-protected): unzip it with its password, "
        "then audit the folder; no posts could be read from it."
    )
