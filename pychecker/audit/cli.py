"""`pychecker audit EXPORT…`: check a whole account's history from its data export.

    pychecker audit EXPORT [EXPORT…] [--account official|personal] [--platform twitter|x|facebook|instagram]
                    [--channel HANDLE] [--since DATE] [--until DATE] [--regulated-period START..END]…
                    [--disclaimer-in-profile] [--format html|csv|jsonl] [-o FILE]

EXPORT is the zip a platform sends (or the folder it unpacks to; several for an export sent in
parts). The report goes to FILE (its format from its name when --format is not given) or to
standard output; a progress bar (on a terminal) and a one-line summary go to standard error.
Exit codes: 0 no findings, 1 findings, 2 bad usage or nothing readable in the export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

from ..context import ACCOUNTS, PLATFORMS, ContextError, Period
from ..pack import Pack
from . import FORMATS, write_report
from .audit import Audit, AuditOptions
from .model import Problem
from .reader import ExportReader, nothing_read, plan
from .report import one_line
from .source import ReadError, Source, SourceError, open_export

PLATFORM_CHOICES = {"twitter": "twitter", "x": "twitter", "facebook": "facebook", "instagram": "instagram"}


class AuditError(Exception):
    """Bad usage, or an export with nothing to read: the message says which and what to do."""


ERRORS = (AuditError, SourceError)  # reported as `pychecker: message`, exit 2


def add_parser(commands: Any) -> None:
    a = commands.add_parser("audit", help="check a whole account's history from its data export")
    a.add_argument("export", nargs="+", metavar="EXPORT", help="the export's zip, or the folder it unpacks to")
    a.add_argument(
        "--account",
        choices=ACCOUNTS,
        help="default: official when the export's own handle is one of the policy's channels, else personal",
    )
    a.add_argument("--platform", choices=PLATFORM_CHOICES, help="read only this platform's posts")
    a.add_argument("--channel", default="", metavar="HANDLE", help="the account's handle, when the export lacks it")
    a.add_argument("--since", metavar="YYYY-MM-DD", help="only posts made on or after this day (UTC)")
    a.add_argument("--until", metavar="YYYY-MM-DD", help="only posts made on or before this day (UTC)")
    a.add_argument(
        "--regulated-period", action="append", default=[], metavar="START..END", help="an election's regulated period"
    )
    a.add_argument("--disclaimer-in-profile", action="store_true", help="the profile carries the own-views disclaimer")
    a.add_argument("--format", choices=FORMATS, help="default: from FILE's name, else html")
    a.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: standard output)")


def run(args: argparse.Namespace, pack: Pack, stdout: TextIO, stderr: TextIO | None = None) -> int:
    stderr = stderr or sys.stderr
    options = _options(args)
    form = args.format or _format_from_name(args.output)
    sources = [open_export(Path(p)) for p in args.export]  # SourceError: not a zip, nothing there
    audit = Audit(options, pack)
    progress = Progress(stderr, sum(_planned_bytes(s) for s in sources))
    try:
        for source in sources:
            _read(source, audit, options.platform, progress)
    finally:
        progress.finish()
        for source in sources:
            source.close()
    for problem in audit.problems:
        stderr.write(f"pychecker: {problem}\n")
    if not audit.read:
        raise AuditError(
            nothing_read(", ".join(s.name for s in sources), [p for s in sources for p in s.entries], options.platform)
        )
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output else nullcontext(stdout)  # noqa: SIM115
    with target as out:
        summary = write_report(audit, form, out)
    where = f" Report: {args.output}" if args.output else ""
    hints = [a for a in summary["accounts"] if a["account"] == "personal" and not options.account]
    stderr.write(one_line(summary) + where + "\n")
    if hints:
        stderr.write("(Checked as personal: give --account official if this is one of the organisation's channels.)\n")
    return 1 if summary["flagged"] else 0


def _options(args: argparse.Namespace) -> AuditOptions:
    try:
        periods = tuple(_period(value) for value in args.regulated_period)
        since, until = _date("--since", args.since), _date("--until", args.until)
    except ContextError as error:
        raise AuditError(str(error)) from None
    if since and until and until < since:
        raise AuditError(f"--until {until} is before --since {since}")
    return AuditOptions(
        account=args.account,
        platform=PLATFORM_CHOICES[args.platform] if args.platform else None,
        channel=args.channel.lstrip("@"),
        since=since,
        until=until,
        regulated_periods=periods,
        disclaimer_in_profile=PLATFORMS[:-1] if args.disclaimer_in_profile else (),
    )


def _date(option: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ContextError(f"{option} takes a date as YYYY-MM-DD, not {value!r}") from None


def _period(value: str) -> Period:
    start, sep, end = value.partition("..")
    first, last = _date("--regulated-period", start), _date("--regulated-period", end)
    if not sep or not first or not last or last < first:
        raise ContextError(f"--regulated-period takes START..END (YYYY-MM-DD..YYYY-MM-DD, in order), not {value!r}")
    return Period(first, last)


_SUFFIXES = {"html": "html", "htm": "html", "csv": "csv", "jsonl": "jsonl", "json": "jsonl", "ndjson": "jsonl"}


def _format_from_name(output: str | None) -> str:
    return _SUFFIXES.get(Path(output).suffix.lower().lstrip("."), "html") if output else "html"


def _planned_bytes(source: Source) -> int:
    return sum(max(source.entries[path].size, 0) for path in plan(source.entries))


def _read(source: Source, audit: Audit, platform: str | None, progress: Progress) -> None:
    """Feed the export's text files, in plan() order, to one reader and the audit."""
    for note in source.notes:
        audit.add(Problem("", note))
    reader = ExportReader(platform)
    for path in plan(source.entries):
        file = reader.open(path)
        size = max(source.entries[path].size, 0)
        done = 0
        try:
            for chunk in source.chunks(path):
                for event in file.feed_bytes(chunk):
                    audit.add(event)
                done += len(chunk)
                progress.show(done, audit.checked, path)
                if file.done:
                    break
            events = file.close()
        except ReadError as error:
            events = file.fail(str(error))
        for event in events:
            audit.add(event)
        progress.file_read(size)


class Progress:
    """A progress bar on standard error, when it is a terminal: bytes of text read, posts checked."""

    WIDTH = 30

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.done = 0
        self.shown = 0.0
        self.on = stream.isatty()

    def show(self, file_done: int, checked: int, path: str) -> None:
        if not self.on or time.monotonic() - self.shown < 0.1:
            return
        self.shown = time.monotonic()
        fraction = min(1.0, (self.done + file_done) / self.total)
        bar = "#" * int(fraction * self.WIDTH)
        name = path.rsplit("/", 1)[-1][:30]
        self.stream.write(f"\r[{bar:<{self.WIDTH}}] {fraction:4.0%}  {checked:,} posts checked  {name:<30}")
        self.stream.flush()

    def file_read(self, size: int) -> None:
        self.done += size

    def finish(self) -> None:
        if self.on and self.shown:
            self.stream.write("\r" + " " * (self.WIDTH + 80) + "\r")
            self.stream.flush()
