"""Auditing what is already posted: a whole account's history, read from its data export.

The pieces, each usable on its own, in the command line and in the browser (Pyodide) alike:

    plan(paths)                  which text files of the export to read, in which order
    ExportReader / read_export   those files' text in, posts with their context out (reader.py)
    Audit                        each post checked as it was posted; counts and flagged posts kept
    write_html / write_csv / write_jsonl, one_line   the report

`pychecker audit EXPORT` (cli.py) reads a zip or folder with them; `pychecker.bridge`'s `audit_*`
functions let the extension feed them the files it inflates. See docs/exports.md for the formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from ..pack import Pack
from .audit import Audit, AuditOptions, _Tally
from .model import ExportPost, Identity, Problem
from .page import html_pieces, write_html
from .reader import ExportReader, plan, read_export
from .report import csv_pieces, csv_text, jsonl_pieces, jsonl_text, one_line, write_csv, write_jsonl

FORMATS = ("html", "csv", "jsonl")


def write_report(audit: Audit, form: str, out: TextIO) -> dict[str, Any]:
    """Write the report in `form` (html, csv or jsonl) to `out`; returns its summary."""
    whole = audit.total()
    out.writelines(report_pieces(audit, form, whole))
    return audit.summary(whole)


def report_pieces(audit: Audit, form: str, whole: _Tally | None = None) -> Iterator[str]:
    """The report in `form`, in order, a piece at a time (a ValueError at once for a form there is not)."""
    if form not in FORMATS:
        raise ValueError(f"the report's format must be one of {', '.join(FORMATS)}, not {form!r}")
    whole = whole or audit.total()
    rows = audit.rows(whole)
    if form == "html":
        return html_pieces(audit.summary(whole), rows, audit.pack)
    return csv_pieces(rows) if form == "csv" else jsonl_pieces(rows)


__all__ = [
    "FORMATS",
    "Audit",
    "AuditOptions",
    "ExportPost",
    "ExportReader",
    "Identity",
    "Pack",
    "Problem",
    "csv_text",
    "jsonl_text",
    "one_line",
    "plan",
    "read_export",
    "report_pieces",
    "write_csv",
    "write_html",
    "write_jsonl",
    "write_report",
]
