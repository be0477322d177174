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

from typing import Any, TextIO

from ..pack import Pack
from .audit import Audit, AuditOptions
from .model import ExportPost, Identity, Problem
from .page import write_html
from .reader import ExportReader, plan, read_export
from .report import csv_text, jsonl_text, one_line, write_csv, write_jsonl

FORMATS = ("html", "csv", "jsonl")


def write_report(audit: Audit, form: str, out: TextIO) -> dict[str, Any]:
    """Write the report in `form` (html, csv or jsonl) to `out`; returns its summary."""
    whole = audit.total()
    summary = audit.summary(whole)
    if form == "html":
        write_html(summary, audit.rows(whole), audit.pack, out)
    elif form == "csv":
        write_csv(audit.rows(whole), out)
    elif form == "jsonl":
        write_jsonl(audit.rows(whole), out)
    else:
        raise ValueError(f"the report's format must be one of {', '.join(FORMATS)}, not {form!r}")
    return summary


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
    "write_report",
]
