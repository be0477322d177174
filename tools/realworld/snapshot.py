"""Read the posts a label file points at out of local git snapshots of their source repositories.

A label's `src` names a source in sources.toml, its `ref` says where the text is ("PATH:N"): line N
(1-based) of a text file, data row N (0-based) of a CSV file or of a JSON list, row N of the
hotair sample, or turn N (0-based) of a customer-care conversation file. A source whose `column` is a
list joins those columns (a post's title and body) with a blank line.
Snapshots are bare git directories, by default /work/.mirror/OWNER+NAME/repo (where the search
tool's `fetch` puts them); REALWORLD_MIRROR changes the root.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIRROR = Path(os.environ.get("REALWORLD_MIRROR", "/work/.mirror"))


class SnapshotMissingError(RuntimeError):
    """The repository (or the commit) a source names is not on this machine."""


@functools.cache
def sources() -> dict[str, dict]:
    return tomllib.loads((HERE / "sources.toml").read_text(encoding="utf-8"))["sources"]


def text_hash(text: str) -> str:
    """A short fingerprint of a text, stored beside each label so a changed source is noticed."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def git_dir(repo: str) -> Path:
    path = MIRROR / repo.replace("/", "+") / "repo"
    if not path.is_dir():
        raise SnapshotMissingError(f"no snapshot of {repo} under {MIRROR} (fetch github:{repo} with the search tool)")
    return path


@functools.cache
def _file(src: str, path: str) -> str:
    source = sources()[src]
    try:
        blob = subprocess.run(
            ["git", "--git-dir", str(git_dir(source["repo"])), "show", f"{source['commit']}:{path}"],
            check=True,
            capture_output=True,
        ).stdout
    except subprocess.CalledProcessError as error:
        where = f"{source['repo']}@{source['commit'][:7]}"
        raise SnapshotMissingError(f"{where} has no {path}: {error.stderr.decode()}") from error
    return blob.decode("utf-8")


@functools.cache
def records(src: str, path: str) -> tuple[str, ...]:
    """Every text of one file of a source, in the order its refs count them."""
    source = sources()[src]
    raw = _file(src, path)
    if source["kind"] == "lines":
        return tuple(raw.split("\n"))
    if source["kind"] == "csv":
        column = source.get("columns", {}).get(path, source.get("column"))
        return tuple(joined(row, column) for row in csv.DictReader(io.StringIO(raw)))
    if source["kind"] == "json":
        return tuple(joined(row, source["column"]) for row in json.loads(raw))
    if source["kind"] == "hotair":
        data = json.loads(raw[raw.index("{") :].rstrip().rstrip(";"))
        return tuple(row["value"]["text"] for row in data["rows"])
    if source["kind"] == "cdp":
        return tuple(text for _, text in conversation_turns(raw))
    raise ValueError(f"unknown source kind {source['kind']!r}")


def joined(row: dict, column: str | list[str]) -> str:
    """A record's text: one column, or several (a post's title and body) joined by a blank line."""
    if isinstance(column, str):
        return row[column] or ""
    return "\n\n".join(row[name].strip() for name in column if (row.get(name) or "").strip())


def conversation_turns(raw: str) -> list[tuple[str, str]]:
    """(author, text) for every turn of a customer-care conversation file, in file order: each
    conversation's earlier turns, then the agent's closing reply (IBM's conversational-document set)."""
    turns = []
    for conversation in json.loads(raw):
        for turn in conversation["dialogContent"]:
            author = turn.get("agent") or "@" + (turn.get("client") or turn["client1"])
            turns.append((author, turn["message"]))
        turns.append((conversation["dialogHeader"]["company"], conversation["agentURL"]["url_utterance"]))
    return turns


def resolve(src: str, ref: str) -> str:
    path, _, index = ref.rpartition(":")
    n = int(index)
    return records(src, path)[n - 1 if sources()[src]["kind"] == "lines" else n]
