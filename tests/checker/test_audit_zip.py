"""The audit page's zip reader (extension/audit/zip.js), run under Node on zips Python wrote:
the same entries and the same text as Python's zipfile, media never inflated, Zip64 understood,
a zip cut short read up to the cut, and encryption named."""

from __future__ import annotations

import json
import subprocess
import zipfile

from tests.audit.exports import encrypted_zip, write_zip, x_archive
from tests.checker.test_audit_exports import X_ITEMS
from tests.conftest import ROOT

READER = ROOT / "tests" / "audit" / "zip_entries.mjs"


def read(path, *wanted):
    proc = subprocess.run(["node", str(READER), str(path), *wanted], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_entries_and_text_match_pythons_zipfile(tmp_path):
    files = x_archive(X_ITEMS)
    path = write_zip(files, tmp_path / "x.zip")
    got = read(path, "data/tweets.js", "data/account.js")
    with zipfile.ZipFile(path) as archive:
        assert [e["path"] for e in got["entries"]] == archive.namelist()
        assert [e["size"] for e in got["entries"]] == [i.file_size for i in archive.infolist()]
    assert got["cutShort"] is False
    assert got["texts"]["data/tweets.js"] == files["data/tweets.js"].decode()
    assert got["texts"]["data/account.js"] == files["data/account.js"].decode()
    media = [e for e in got["entries"] if "tweets_media" in e["path"]]
    assert media and all(e["method"] == 0 for e in media)  # listed, stored, and never read


def test_zip64_entries_are_read(tmp_path):
    path = tmp_path / "zip64.zip"
    text = "window.YTD.tweets.part0 = [ ]" + " " * 1000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("data/tweets.js", "w", force_zip64=True) as entry:
            entry.write(text.encode())
        archive.writestr("data/account.js", "window.YTD.account.part0 = []")
    got = read(path, "data/tweets.js", "data/account.js")
    assert got["texts"] == {"data/tweets.js": text, "data/account.js": "window.YTD.account.part0 = []"}


def test_a_zip_cut_short_is_read_up_to_the_cut(tmp_path):
    files = {"data/account.js": b"window.YTD.account.part0 = []", **x_archive(X_ITEMS)}
    whole = write_zip(files, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) - 1500])
    got = read(cut, "data/tweets.js", "data/account.js")
    assert got["cutShort"] is True
    assert {"data/tweets.js", "data/account.js"} <= {e["path"] for e in got["entries"]}
    assert got["texts"]["data/tweets.js"] == files["data/tweets.js"].decode()


def test_encrypted_entries_are_named_and_not_a_zip_is_said(tmp_path):
    locked = encrypted_zip({"data/tweets.js": b"window.YTD.tweets.part0 = []"}, tmp_path / "locked.zip")
    got = read(locked, "data/tweets.js")
    assert got["entries"][0]["encrypted"] is True
    assert "password-protected" in got["texts"]["data/tweets.js"]["error"]
    other = tmp_path / "notes.zip"
    other.write_text("just some notes")
    assert read(other) == {"error": "it is not a zip file"}
