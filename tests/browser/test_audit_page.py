"""The "Audit an export" page, in the real extension (issue 15, item 3): opened from the popup and
the options page, it reads an export chosen by the person (a zip or its folder) on this machine,
shows its progress and then the report the command line gives for the same export (the summary,
each flagged post with its date, platform, text and findings with their clauses, drawn by the one
finding renderer), filters it and saves it as CSV; a broken zip gets a clear message."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

import build
from tests.audit.exports import (
    day,
    encrypted_zip,
    facebook_export,
    instagram_export,
    write_folder,
    write_zip,
    x_archive,
)
from tests.browser.audit_page import (
    CLEAN,
    ChromiumAuditPage,
    big_x_archive,
    check_an_x_archive,
    check_paging,
    cli,
)
from tests.browser.conftest import launch
from tests.browser.extension_pages import extension_id, extension_id_for, managed_policy, open_page
from tests.checker.test_audit_exports import CAFE, MESSY_PLAY, X_ITEMS
from tests.checker.test_second_pack import PACK_DIR, THEATRE_POSTS

CANARY = "https://canary.invalid/policy-guard-audit-test"
# Meta writes every non-ASCII character as its UTF-8 bytes (exports.mojibake): the page must show the words.
THANKS = day("Thank you Løye café — “brilliant” 🎉 Vote Labour on Thursday!", "2022-07-08")


def audit(page: Page, export: Path, *, folder: bool = False) -> list[tuple[str, str, str | None]]:
    """Choose the export as a person does, start the audit and wait for the page to finish (audit_page.py)."""
    return ChromiumAuditPage(page).audit(export, folder=folder)


def posts_shown(page: Page) -> list[dict]:
    """Each flagged post the page lists: its header's words, its text, its marked words, its findings."""
    return ChromiumAuditPage(page).posts()


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


def test_the_page_audits_against_the_organisations_pack(extension_dir, mock_bundles, tmp_path):
    # Also first in this file (its own browser): the theatre's pack bundled (build.py --pack), chosen by
    # enterprise policy; an audit started at once still waits for that policy and uses the theatre's pack.
    extension = tmp_path / "policy-guard"
    shutil.copytree(extension_dir, extension)
    build.bundle_pack(PACK_DIR, extension)
    export = write_zip(x_archive(THEATRE_POSTS, username="HarboursideYT"), tmp_path / "twitter-hyt.zip")
    report, line = cli(export, tmp_path, "csv", pack=PACK_DIR)
    assert "from @HarboursideYT's X archive as official" in line and "HYT-A5" in report
    with (
        managed_policy(extension_id_for(extension), {"policy_pack": "harbourside"}),
        launch(extension, mock_bundles, tmp_path / "profile") as (context, site),
    ):
        page = open_page(context, "audit/audit.html")
        audit(page, export)
        expect(page.locator("#summary-line")).to_have_text(line)
        expect(
            page.get_by_text("X: checked as official (@HarboursideYT is one of HYT's official channels).")
        ).to_be_visible()
        political = page.locator("#posts > li").filter(has_text="Fianna")
        expect(political).to_contain_text("Harbourside Youth Theatre takes no side in party politics")
        expect(political).to_contain_text("political · policy clause HYT-A5")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        assert Path(download.value.path()).read_text(encoding="utf-8") == report
        assert site.requests == []


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
    check_an_x_archive(ChromiumAuditPage(page), export, tmp_path)  # the same checks as in Firefox
    # A clause opens in the policy, in a new tab.
    with page.context.expect_page() as opened:
        page.get_by_role("button", name="OC-9: read this clause of the policy").first.click()
    assert re.search(r"/popup/popup\.html\?tab=policy.*#OC-9$", opened.value.url)
    opened.value.close()


def test_a_big_audit_is_shown_fifty_posts_at_a_time_and_filtered_as_a_whole(page, tmp_path):
    check_paging(ChromiumAuditPage(page), big_x_archive(tmp_path), tmp_path)


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
