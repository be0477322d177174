"""The audit's face to the extension: the same reader and audit as the command line, fed in batches.

The extension's audit page lists the zip's entries, asks `audit_plan` which to read, inflates
those one by one and passes their text in pieces to `audit_feed`; the answers carry how many posts
were read, checked and flagged so far, the problems met, and whether the rest of a file is needed.
The flagged posts stay here, kept once (rows.py): the page asks for them a page at a time
(`audit_page`) and for the reports a piece at a time (`audit_report_bytes`).
Every function but `audit_report_bytes` takes and returns strings (JSON out) and never raises: a
failure is `{"error": …}`.

    audit_start('{"paths": [every path in the zip], "name": "the zip's name", "options": {…AuditOptions}, "pack": ""}')
                                                          -> {"session": "1", "read": [the paths to read, in order]}
    audit_feed(session, path, text, final)                -> {"problems": [..], "done": bool,
                                                              "read": n, "checked": n, "flagged": n}
    audit_fail(session, path, why)                        -> the same, for a file that could not be inflated
    audit_note(session, message)                          -> {"ok": true}: a problem with the zip as a whole
    audit_summary(session)                                -> {"summary": {…}, "line": "Checked …", "empty": "" | why}
    audit_page(session, '{"rule": "", "severity": "", "year": "", "start": 0, "size": 50}')
                                      -> {"rows": [flagged posts, newest first], "start": n, "total": n}
    audit_report_bytes(session, "html" | "csv" | "jsonl") -> the report's next piece (about a megabyte) as UTF-8
                                                              bytes, b"" after the last
    audit_report(session, "html" | "csv" | "jsonl")       -> {"content": "…"}: the whole report at once
    audit_end(session)                                    -> {"ok": true}

A problem with `"refused": true` takes back its file's posts from the counts and the rows.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any

from . import report_pieces
from .audit import Audit, AuditOptions
from .model import ExportPost, Problem
from .reader import Event, ExportReader, FileReader, nothing_read, plan
from .report import one_line

_SESSIONS: dict[str, _Session] = {}
_IDS = itertools.count(1)


class _Session:
    def __init__(self, audit: Audit, paths: list[str], name: str) -> None:
        self.audit = audit
        self.paths = paths  # every path in the zip
        self.name = name
        self.reader = ExportReader(audit.options.platform)
        self.files: dict[str, FileReader] = {}  # being read
        self.closed: set[str] = set()  # read, or given up
        self.report: tuple[str, Iterator[str]] | None = None  # the report being handed out a piece at a time
        self.reported: str | None = None  # audit_report_bytes: the form whose last piece was just given


def _answer(work: Callable[[], dict[str, Any]]) -> str:
    try:
        return json.dumps(work(), ensure_ascii=False)
    except Exception as error:  # a bad request or a bug: say so, never go silent
        return json.dumps({"error": f"{type(error).__name__}: {error}"})


def _session(session: str) -> _Session:
    if session not in _SESSIONS:
        raise ValueError(f"no audit session {session!r} (it ended, or never started)")
    return _SESSIONS[session]


def audit_start(request: str) -> str:
    def work() -> dict[str, Any]:
        from ..bridge import _pack  # the extension's packs, registered there

        data = json.loads(request)
        paths = data.get("paths")
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise ValueError('"paths" must list the paths in the zip')
        audit = Audit(AuditOptions.from_dict(data.get("options") or {}), _pack(data.get("pack")))
        session = str(next(_IDS))
        _SESSIONS[session] = _Session(audit, paths, str(data.get("name") or "the zip"))
        return {"session": session, "read": plan(paths)}

    return _answer(work)


def audit_feed(session: str, path: str, text: str, final: bool = False) -> str:
    def work() -> dict[str, Any]:
        state = _session(session)
        if path in state.closed:
            return _progress(state, [], done=True)  # more of a file already finished: nothing to do
        file = state.files.get(path) or state.files.setdefault(path, state.reader.open(path))
        events = file.feed(text)
        if final or file.done:
            events += file.close()
            state.files.pop(path, None)
            state.closed.add(path)
        return _progress(state, events, done=path in state.closed)

    return _answer(work)


def audit_fail(session: str, path: str, why: str) -> str:
    def work() -> dict[str, Any]:
        state = _session(session)
        file = state.files.pop(path, None) or state.reader.open(path)
        state.closed.add(path)
        return _progress(state, file.fail(why), done=True)

    return _answer(work)


def audit_note(session: str, message: str) -> str:
    def work() -> dict[str, Any]:
        _session(session).audit.add(Problem("", message))
        return {"ok": True}

    return _answer(work)


def _progress(state: _Session, events: list[Event], done: bool) -> dict[str, Any]:
    problems = []
    for event in events:
        state.audit.add(event)
        if isinstance(event, Problem):
            problems.append({"source": event.source, "message": event.message, "refused": event.refused})
    posts = sum(isinstance(e, ExportPost) for e in events)
    return {
        "problems": problems,
        "done": done,
        "posts": posts,
        "read": state.audit.read,
        "checked": state.audit.checked,
        "flagged": state.audit.flagged,
    }


def audit_summary(session: str) -> str:
    def work() -> dict[str, Any]:
        state = _session(session)
        summary = state.audit.summary()
        empty = "" if state.audit.read else nothing_read(state.name, state.paths, state.audit.options.platform)
        return {"summary": summary, "line": one_line(summary), "empty": empty}

    return _answer(work)


def audit_page(session: str, request: str) -> str:
    def work() -> dict[str, Any]:
        asked = json.loads(request)
        filters = {name: str(asked.get(name) or "") for name in ("rule", "severity", "year")}
        where = {"start": int(asked.get("start") or 0), "size": int(asked.get("size") or 50)}
        return _session(session).audit.page(**filters, **where)

    return _answer(work)


REPORT_PIECE = 1 << 20  # characters: a few calls for a big report, little held at once


def _next_piece(state: _Session, form: str) -> tuple[str, bool]:
    """The report's next piece (about REPORT_PIECE characters), and whether it is the last."""
    if state.report is None or state.report[0] != form:
        state.report = (form, report_pieces(state.audit, form))
    held, size = [], 0
    for piece in state.report[1]:
        held.append(piece)
        size += len(piece)
        if size >= REPORT_PIECE:
            return "".join(held), False
    state.report = None
    return "".join(held), True


def audit_report_bytes(session: str, form: str) -> bytes:
    """The report's next piece as UTF-8, b"" once it has all been given: for the page's worker, which
    copies it from Pyodide's memory straight into a Blob (no string, no JSON: nothing for the worker's
    garbage collector to catch up with). Unlike the others it raises, on a session or form there is not."""
    state = _session(session)
    if state.report is None and state.reported == form:
        state.reported = None  # the last piece was given: this call says so, and the next starts again
        return b""
    content, done = _next_piece(state, form)
    state.reported = form if done and content else None  # an empty last piece already says it is over
    return content.encode()


def audit_report(session: str, form: str) -> str:
    def work() -> dict[str, Any]:
        return {"content": "".join(report_pieces(_session(session).audit, form))}

    return _answer(work)


def audit_end(session: str) -> str:
    def work() -> dict[str, Any]:
        _SESSIONS.pop(session, None)
        return {"ok": True}

    return _answer(work)
