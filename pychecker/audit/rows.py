"""The flagged posts, kept once and compactly, for the reports and for the page that shows them a page at a time.

A flagged post is kept as a `Kept`: its time, its rules and severities as bit masks (for the page's
filters), and the rest packed as UTF-8 JSON. A finding's words (its rule, clauses, severity, message
and what clears it) are the same for thousands of posts: they are kept once, in the store's table, and
a post's finding keeps only its place in the table and what is its own (where it is, its excerpt, its fix).
Everything comes back as the dicts `Audit` made (`unpack`), in the same order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

# What differs from one post's finding to the next; the rest of a finding is shared.
OWN = ("start", "end", "excerpt", "fix")
POST_FIELDS = ("platform", "kind", "text", "link", "id", "reply_to", "media", "source")


class Kept(NamedTuple):
    time: str  # ISO 8601, UTC: sorts as the time does
    rules: int  # one bit per rule (RowStore.bits)
    severities: int
    packed: bytes


class RowStore:
    def __init__(self) -> None:
        self._shared: list[dict[str, Any]] = []  # findings' shared words, each once
        self._place: dict[str, int] = {}
        self._bits: dict[str, int] = {}  # rule or severity -> its bit

    def bit(self, name: str) -> int:
        """The bit that stands for a rule or a severity (a name no post has gets one too: it matches none)."""
        return self._bits.setdefault(name, 1 << len(self._bits))

    def pack(self, row: dict[str, Any]) -> Kept:
        findings = []
        for finding in row["findings"]:
            shared = {k: v for k, v in finding.items() if k not in OWN}
            key = json.dumps(shared, ensure_ascii=False, sort_keys=True)
            place = self._place.get(key)
            if place is None:
                place = self._place[key] = len(self._shared)
                self._shared.append(shared)
            findings.append([place, *(finding.get(k) for k in OWN)])
        post = [row[name] for name in POST_FIELDS]
        packed = json.dumps([*post, findings], ensure_ascii=False, separators=(",", ":")).encode()
        rules = severities = 0
        for finding in row["findings"]:
            rules |= self.bit(finding["rule"])
            severities |= self.bit(finding["severity"])
        return Kept(row["time"], rules, severities, packed)

    def unpack(self, kept: Kept) -> dict[str, Any]:
        *post, findings = json.loads(kept.packed)
        row: dict[str, Any] = {"time": kept.time, **dict(zip(POST_FIELDS, post, strict=True)), "findings": []}
        for place, *own in findings:
            finding = dict(self._shared[place])
            finding.update((k, v) for k, v in zip(OWN, own, strict=True) if v is not None)
            row["findings"].append(finding)
        return row

    def select(self, kept: Iterable[Kept], rule: str = "", severity: str = "", year: str = "") -> list[Kept]:
        """The posts with this rule, severity and year ("": any)."""
        rules = self.bit(rule) if rule else 0
        severities = self.bit(severity) if severity else 0
        return [
            k
            for k in kept
            if (not rules or k.rules & rules)
            and (not severities or k.severities & severities)
            and k.time.startswith(year)
        ]
