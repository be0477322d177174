"""Running the audit on an export built in memory, as the command line does (plan order, in pieces)."""

from __future__ import annotations

from typing import Any

from pychecker.audit import Audit, AuditOptions, ExportPost, plan, read_export
from pychecker.context import Period


def pieces(data: bytes, size: int) -> list[bytes]:
    return [data[at : at + size] for at in range(0, len(data), size)] or [b""]


def events(files: dict[str, bytes], platform: str | None = None, piece: int = 4096) -> list[Any]:
    return list(read_export(((path, pieces(files[path], piece)) for path in plan(files)), platform))


def posts(files: dict[str, bytes], **kw: Any) -> list[ExportPost]:
    return [e for e in events(files, **kw) if isinstance(e, ExportPost)]


def audit(files: dict[str, bytes], piece: int = 4096, **options: Any) -> Audit:
    if "regulated_periods" in options:
        options["regulated_periods"] = tuple(Period(*p) for p in options["regulated_periods"])
    result = Audit(AuditOptions(**options))
    for event in events(files, options.get("platform"), piece):
        result.add(event)
    return result


def found(result: Audit) -> list[tuple[str, str, str]]:
    """(day, rule, excerpt) for every finding, in the report's order."""
    return [(row["time"][:10], f["rule"], f["excerpt"]) for row in result.rows() for f in row["findings"]]
