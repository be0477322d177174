"""A policy pack: one organisation's policy, channels and word lists, as data.

A pack is a folder: `pack.toml` (organisation, official channels, platform limits),
`clauses.toml` (the policy clause by clause, with the ids rules cite), `lists/*.toml` (word
lists, see `lexicon`), `lookup.toml` (question words for the policy lookup) and `policy.txt`
(the policy as published). The default pack is North Halifax Partnership's, inside this package.

Compiling the word lists is most of the cost of loading a pack, so the build saves the compiled
lexicon beside them (`SAVED_LEXICON`, like Python's own __pycache__), keyed by a digest of the lists:
a list edited since is compiled afresh, never read stale.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
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

    @cached_property
    def channels_by_handle(self) -> dict[str, Channel]:
        """The official channels by casefolded handle; the first listed wins a duplicate handle.
        Built once: rules look handles up for every word of every check."""
        by_handle: dict[str, Channel] = {}
        for channel in self.channels:
            by_handle.setdefault(channel.handle.casefold(), channel)
        return by_handle

    def channel(self, handle: str) -> Channel | None:
        """The official channel with this handle or page slug, case-blind."""
        return self.channels_by_handle.get(handle.strip().lstrip("@").casefold())


def _read(folder: Any, name: str) -> dict[str, Any]:
    return tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8"))


# Where a pack keeps its compiled word lists: marshal's format belongs to one Python version.
SAVED_LEXICON = ("lists", "__cache__", f"lexicon.{sys.implementation.cache_tag}.marshal")


def _list_files(folder: Any) -> list[tuple[str, bytes]]:
    entries = sorted(folder.joinpath("lists").iterdir(), key=lambda e: e.name)
    return [(e.name, e.read_bytes()) for e in entries if e.name.endswith(".toml")]


def _digest(files: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(f"{name}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def _compile_lexicon(files: list[tuple[str, bytes]]) -> Lexicon:
    lists: list[WordList] = []
    slots: dict[str, list[str]] = {}
    for file_name, data in files:
        parsed = tomllib.loads(data.decode("utf-8"))
        stem = file_name.removesuffix(".toml")
        for slot, values in parsed.get("slots", {}).items():
            if slot in slots:
                raise ValueError(f"slot {{{slot}}} is defined twice (in {file_name})")
            slots[slot] = values
        for name, spec in parsed.get("lists", {}).items():
            lists.append(WordList(name=f"{stem}.{name}", **spec))
    return Lexicon(lists, slots)


def _lexicon(folder: Any) -> Lexicon:
    """The pack's word lists compiled: the saved compilation when it is of these very lists."""
    files = _list_files(folder)
    saved = folder.joinpath(*SAVED_LEXICON)
    if saved.is_file():
        try:
            state = marshal.loads(saved.read_bytes())
            if state["digest"] == _digest(files):
                return Lexicon.from_state(state)
        except (ValueError, EOFError, TypeError, KeyError):
            pass  # damaged or of another format: compile the lists instead
    return _compile_lexicon(files)


def saved_lexicon(folder: Any) -> bytes:
    """What the build writes to `SAVED_LEXICON` in a pack: its word lists compiled, for this Python."""
    files = _list_files(folder)
    return marshal.dumps({**_compile_lexicon(files).state(), "digest": _digest(files)})


def load_pack(folder: Any) -> Pack:
    """Load a pack from a folder (a `Path` or an importlib resource)."""
    meta = _read(folder, "pack.toml")
    org = meta["organisation"]
    clauses = {
        c["id"]: Clause(c["id"], c["section"], c["heading"], c["text"].strip())
        for c in _read(folder, "clauses.toml")["clause"]
    }
    lookup = _read(folder, "lookup.toml") if folder.joinpath("lookup.toml").is_file() else {}
    return Pack(
        organisation=org["name"],
        short_name=org["short_name"],
        disclaimer=org["disclaimer"],
        disclaimer_short=org["disclaimer_short"],
        channels=[Channel(**c) for c in meta["channel"]],
        limits=meta["limits"],
        clauses=clauses,
        lexicon=_lexicon(folder),
        lookup_terms=lookup.get("terms", {}),
        page_rules=meta.get("page_rules", {}),
    )


@cache
def default_pack() -> Pack:
    return load_pack(resources.files("pychecker").joinpath("packs", "nhp"))


def pack_from_path(path: str | Path) -> Pack:
    return load_pack(Path(path))
