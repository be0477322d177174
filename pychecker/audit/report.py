"""The report's rows (one per finding, the same in CSV and JSONL) and its one-line summary."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

PLATFORM_NAMES = {"twitter": "X", "facebook": "Facebook", "instagram": "Instagram"}
EXPORT_NAMES = {"twitter": "X archive", "facebook": "Facebook export", "instagram": "Instagram export"}

# The columns of a finding's row, in order.
FIELDS = (
    "date",
    "time",
    "platform",
    "kind",
    "reply_to",
    "link",
    "severity",
    "rule",
    "clauses",
    "message",
    "excerpt",
    "start",
    "end",
    "text",
    "media",
    "source",
    "id",
)
# Spreadsheets run a cell that starts like a formula: these cells are written with a leading '.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = ("reply_to", "message", "excerpt", "text", "media", "source")


def finding_rows(posts: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per finding of each flagged post (as Audit.rows gives them)."""
    for post in posts:
        for finding in post["findings"]:
            yield {
                "date": post["time"][:10],
                "time": post["time"],
                "platform": post["platform"],
                "kind": post["kind"],
                "reply_to": post["reply_to"],
                "link": post["link"],
                "severity": finding["severity"],
                "rule": finding["rule"],
                "clauses": finding["clauses"],
                "message": finding["message"],
                "excerpt": finding["excerpt"],
                "start": finding["start"],
                "end": finding["end"],
                "text": post["text"],
                "media": [f"{m['kind']}:{m['name']}" for m in post["media"]],
                "source": post["source"],
                "id": post["id"],
            }


def write_jsonl(posts: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.writelines(jsonl_pieces(posts))


def jsonl_pieces(posts: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in finding_rows(posts):
        yield json.dumps(row, ensure_ascii=False) + "\n"


def write_csv(posts: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.writelines(csv_pieces(posts))


def csv_pieces(posts: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The CSV report, a line at a time."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")
    rows = ([_cell(name, row[name]) for name in FIELDS] for row in finding_rows(posts))
    for cells in itertools.chain([FIELDS], rows):
        writer.writerow(cells)
        yield line.getvalue()
        line.seek(0)
        line.truncate()


def _cell(name: str, value: Any) -> Any:
    if isinstance(value, list):
        value = " ".join(value) if name == "clauses" else "; ".join(value)
    if name in _TEXT_COLUMNS and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(posts: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    write_csv(posts, out)
    return out.getvalue()


def jsonl_text(posts: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    write_jsonl(posts, out)
    return out.getvalue()


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def one_line(summary: dict[str, Any]) -> str:
    """'Checked 1,234 posts, replies and comments (2014-03-01 to 2024-05-02) from @x's X archive as official: …'"""
    whose = ", ".join(_whose(a) for a in summary["accounts"]) or "the export"
    span = f" ({summary['first'][:10]} to {summary['last'][:10]})" if summary["first"] else ""
    line = f"Checked {what_was_checked(summary)}{span} from {whose}: "
    if summary["flagged"]:
        severities = ", ".join(plural(n, s, "info" if s == "info" else None) for s, n in summary["by_severity"].items())
        line += f"{plural(summary['flagged'], 'post')} with findings ({severities})."
    else:
        line += "no findings."
    if summary["outside_dates"]:
        line += f" {plural(summary['outside_dates'], 'post')} outside the dates asked for."
    if summary["problems"]:
        line += f" {plural(len(summary['problems']), 'problem')} reading the export."
    return line


KIND_NAMES = {
    "post": ("post", "posts"),
    "reply": ("reply", "replies"),
    "comment": ("comment", "comments"),
    "repost": ("repost", "reposts"),
}


def what_was_checked(summary: dict[str, Any]) -> str:
    """'1,000 posts, 200 replies and 34 comments'."""
    kinds = summary["checked_by_kind"]
    parts = [plural(kinds[k], *KIND_NAMES[k]) for k in KIND_NAMES if kinds.get(k)]
    if not parts:
        return "0 posts"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _whose(account: dict[str, Any]) -> str:
    owner = f"@{account['handle']}'s " if account["handle"] else ""
    return f"{owner}{EXPORT_NAMES.get(account['platform'], account['platform'])} as {account['account']}"
