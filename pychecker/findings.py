"""A finding: what the checker tells the person (docs/contract.md, "A finding")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Fix:
    """Replace code points [replace_start, replace_end) of the text with `text`."""

    label: str
    replace_start: int
    replace_end: int
    text: str


@dataclass(frozen=True)
class Finding:
    rule: str
    clauses: tuple[str, ...]
    severity: str
    message: str
    start: int  # code points into the original text
    end: int
    excerpt: str
    fix: Fix | None = None
    clear_by: str | None = None  # what the person can do, besides editing, that would clear it

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "clauses": list(self.clauses),
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
        }
        if self.fix:
            out["fix"] = {
                "label": self.fix.label,
                "replace_start": self.fix.replace_start,
                "replace_end": self.fix.replace_end,
                "text": self.fix.text,
            }
        if self.clear_by:
            out["clear_by"] = self.clear_by
        return out
