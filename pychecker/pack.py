"""A policy pack: one organisation's policy, channels and word lists, as data.

A pack is a folder: `pack.toml` (organisation, official channels, platform limits),
`clauses.toml` (the policy clause by clause, with the ids rules cite), `lists/*.toml` (word
lists, see `lexicon`), `lookup.toml` (question words for the policy lookup) and `policy.txt`
(the policy as published). The default pack is North Halifax Partnership's, inside this package.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .lexicon import Lexicon, WordList


@dataclass(frozen=True)
class Clause:
    id: str
    section: str
    heading: str
    text: str


@dataclass(frozen=True)
class Channel:
    platform: str
    handle: str
    kind: str  # organisation | children-centre | service


@dataclass(eq=False)  # compared (and cached) by identity
class Pack:
    organisation: str
    short_name: str
    disclaimer: str
    disclaimer_short: str
    channels: list[Channel]
    limits: dict[str, int]
    clauses: dict[str, Clause]
    lexicon: Lexicon
    lookup_terms: dict[str, list[str]]
    page_rules: dict[str, dict[str, str]]  # rule id -> {clause, title, text}: the banners' words

    def clause(self, clause_id: str) -> Clause:
        return self.clauses[clause_id]

    def channel(self, handle: str) -> Channel | None:
        """The official channel with this handle or page slug, case-blind."""
        wanted = handle.strip().lstrip("@").casefold()
        return next((c for c in self.channels if c.handle.casefold() == wanted), None)


def _read(folder: Any, name: str) -> dict[str, Any]:
    return tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8"))


def load_pack(folder: Any) -> Pack:
    """Load a pack from a folder (a `Path` or an importlib resource)."""
    meta = _read(folder, "pack.toml")
    org = meta["organisation"]
    clauses = {
        c["id"]: Clause(c["id"], c["section"], c["heading"], c["text"].strip())
        for c in _read(folder, "clauses.toml")["clause"]
    }
    lists: list[WordList] = []
    slots: dict[str, list[str]] = {}
    for entry in sorted(folder.joinpath("lists").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        stem = entry.name.removesuffix(".toml")
        for slot, values in data.get("slots", {}).items():
            if slot in slots:
                raise ValueError(f"slot {{{slot}}} is defined twice (in {entry.name})")
            slots[slot] = values
        for name, spec in data.get("lists", {}).items():
            lists.append(WordList(name=f"{stem}.{name}", **spec))
    lookup = _read(folder, "lookup.toml") if folder.joinpath("lookup.toml").is_file() else {}
    return Pack(
        organisation=org["name"],
        short_name=org["short_name"],
        disclaimer=org["disclaimer"],
        disclaimer_short=org["disclaimer_short"],
        channels=[Channel(**c) for c in meta["channel"]],
        limits=meta["limits"],
        clauses=clauses,
        lexicon=Lexicon(lists, slots),
        lookup_terms=lookup.get("terms", {}),
        page_rules=meta.get("page_rules", {}),
    )


@cache
def default_pack() -> Pack:
    return load_pack(resources.files("pychecker").joinpath("packs", "nhp"))


def pack_from_path(path: str | Path) -> Pack:
    return load_pack(Path(path))
