"""A policy pack: one organisation's policy, channels and word lists, as data.

A pack is a folder (docs/packs.md): `pack.toml` (organisation, the roles its policy sends people
to, official channels, platform limits, page banners), `clauses.toml` (the policy clause by clause,
with the ids rules cite), `rules.toml` (the clauses each rule cites, and any of a rule's texts the
organisation words its own way), `lists/*.toml` (word lists, see `lexicon`), `lookup.toml` (question
words for the policy lookup) and `policy.txt` (the policy as published). The default pack is North
Halifax Partnership's, inside this package.

`load_pack` checks a pack against the rules: every list and word set a rule reads, every clause it
cites and every placeholder of every reworded text must be there, or it says what is missing.

Compiling the word lists is most of the cost of loading a pack, so the build saves the compiled
lexicon beside them (`SAVED_LEXICON`, like Python's own __pycache__), keyed by a digest of the lists:
a list edited since is compiled afresh, never read stale.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .lexicon import Lexicon, WordList
from .wording import ROLES, placeholders


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


class PackError(ValueError):
    """A pack that lacks what the rules need, or says something they cannot use."""


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
    roles: dict[str, str]  # role -> what this organisation calls it (`wording.ROLES` where it says nothing)
    rule_clauses: dict[str, tuple[str, ...]]  # rule id -> the clauses its findings cite
    rule_texts: dict[str, dict[str, str]]  # rule id -> text name -> this organisation's wording
    senior_roles_clause: str = ""  # the clause the extension cites for people in senior roles
    # The look-up's own words (lookup.toml): what people say -> the policy's words, and words every
    # clause of a section answers to ("my own page" for the personal-accounts section).
    lookup_synonyms: dict[str, list[str]] = field(default_factory=dict)
    lookup_sections: dict[str, list[str]] = field(default_factory=dict)
    lookup_weak: list[str] = field(default_factory=list)  # words that say where, not what ("page")
    # Clause text -> its words without the organisation's names, as the look-up indexes them: worked
    # out when the build compiled the lists (`saved_lexicon`), so the first question need not scan
    # every clause; a clause not here (no saved lexicon, or its text edited since) is scanned then.
    lookup_clause_words: dict[str, list[str]] = field(default_factory=dict)

    @cached_property
    def words(self) -> dict[str, str]:
        """What every text's placeholders stand for in this pack (but `date`, which is the post's)."""
        return {**self.roles, "org": self.organisation, "org_short": self.short_name}

    def clauses_of(self, rule_id: str) -> tuple[str, ...]:
        return self.rule_clauses[rule_id]

    def text(self, rule_id: str, name: str, default: str) -> str:
        """The template of a rule's text `name`: the pack's wording, or the rule's own (`default`)."""
        return self.rule_texts.get(rule_id, {}).get(name, default)

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


def _lexicon(folder: Any) -> tuple[Lexicon, dict[str, list[str]]]:
    """The pack's word lists compiled: the saved compilation when it is of these very lists (with the
    look-up's clause words saved beside it, `Pack.lookup_clause_words`)."""
    files = _list_files(folder)
    saved = folder.joinpath(*SAVED_LEXICON)
    if saved.is_file():
        try:
            state = marshal.loads(saved.read_bytes())
            if state["digest"] == _digest(files):
                return Lexicon.from_state(state), state.get("clause_words", {})
        except (ValueError, EOFError, TypeError, KeyError):
            pass  # damaged or of another format: compile the lists instead
    return _compile_lexicon(files), {}


def _clauses(folder: Any) -> dict[str, Clause]:
    return {
        c["id"]: Clause(c["id"], c["section"], c["heading"], c["text"].strip())
        for c in _read(folder, "clauses.toml")["clause"]
    }


def saved_lexicon(folder: Any) -> bytes:
    """What the build writes to `SAVED_LEXICON` in a pack: its word lists compiled, for this Python,
    and each clause's words as the look-up indexes them (by clause text: a text edited since is not found)."""
    from .lookup import names_removed  # here, not above: the look-up imports this module

    files = _list_files(folder)
    lexicon = _compile_lexicon(files)
    state = {**lexicon.state(), "digest": _digest(files)}
    if folder.joinpath("clauses.toml").is_file():
        state["clause_words"] = {c.text: names_removed(lexicon, c.text) for c in _clauses(folder).values()}
    return marshal.dumps(state)


def load_pack(folder: Any) -> Pack:
    """Load a pack from a folder (a `Path` or an importlib resource); PackError if the rules cannot use it."""
    meta = _read(folder, "pack.toml")
    org = meta["organisation"]
    clauses = _clauses(folder)
    lookup = _read(folder, "lookup.toml") if folder.joinpath("lookup.toml").is_file() else {}
    rules = _read(folder, "rules.toml")
    lexicon, clause_words = _lexicon(folder)
    pack = Pack(
        organisation=org["name"],
        short_name=org["short_name"],
        disclaimer=org["disclaimer"],
        disclaimer_short=org["disclaimer_short"],
        channels=[Channel(**c) for c in meta["channel"]],
        limits=meta["limits"],
        clauses=clauses,
        lexicon=lexicon,
        lookup_terms=lookup.get("terms", {}),
        page_rules=meta.get("page_rules", {}),
        roles={**ROLES, **meta.get("roles", {})},
        rule_clauses={rule: tuple(entry.get("clauses", ())) for rule, entry in rules.items()},
        rule_texts={rule: dict(entry.get("texts", {})) for rule, entry in rules.items()},
        senior_roles_clause=org.get("senior_roles_clause", ""),
        lookup_synonyms=lookup.get("synonyms", {}),
        lookup_sections=lookup.get("sections", {}),
        lookup_weak=lookup.get("weak", {}).get("words", []),
        lookup_clause_words=clause_words,
    )
    problems = pack_problems(pack)
    if problems:
        raise PackError("the policy pack does not fit the rules: " + "; ".join(problems))
    return pack


def _lookup_problems(pack: Pack) -> list[str]:
    """lookup.toml giving words to a clause or section the pack does not have."""
    sections = {clause.section for clause in pack.clauses.values()}
    missing = [("section", s) for s in pack.lookup_sections if s not in sections]
    missing += [("clause", c) for c in pack.lookup_terms if c not in pack.clauses]
    return [f"lookup.toml gives words to {kind} {name!r}, which clauses.toml lacks" for kind, name in missing]


def pack_problems(pack: Pack) -> list[str]:
    """What the rules need that the pack lacks, or what it says that they cannot use, in words."""
    from .post import REQUIRED_LISTS  # here, not above: the rules import this module
    from .rules import ALL

    known = {rule.id for rule in ALL}
    lists = set(pack.lexicon.names)
    absent = [name for name in REQUIRED_LISTS if name not in lists]
    problems = [f"it has no word list {name!r}, which every pack needs" for name in absent]
    problems += [f"rules.toml names {rule!r}, which is no rule" for rule in pack.rule_clauses if rule not in known]
    for rule in ALL:
        problems += _rule_problems(pack, lists, rule.id, rule.lists, rule.texts)
    for page_rule, banner in pack.page_rules.items():
        if banner.get("clause") not in pack.clauses:
            problems.append(f"page rule {page_rule} cites clause {banner.get('clause')!r}, which clauses.toml lacks")
    problems += _lookup_problems(pack)
    if pack.senior_roles_clause and pack.senior_roles_clause not in pack.clauses:
        problems.append(f"senior_roles_clause {pack.senior_roles_clause!r} is not in clauses.toml")
    return problems


def _rule_problems(pack: Pack, has: set[str], rule: str, reads: tuple[str, ...], texts: Mapping[str, str]) -> list[str]:
    """What one rule lacks in the pack (`has`: its lists): word lists it reads, clauses to cite,
    placeholders of its texts."""
    problems = []
    missing = [name for name in reads if name not in has]
    if missing:
        problems.append(f"rule {rule} reads word list(s) {', '.join(missing)}, which it lacks")
    cited = pack.rule_clauses.get(rule, ())
    if not cited:
        problems.append(f"rules.toml gives rule {rule} no clauses to cite")
    unknown = [clause for clause in cited if clause not in pack.clauses]
    if unknown:
        problems.append(f"rule {rule} cites clause(s) {', '.join(unknown)}, which clauses.toml lacks")
    for name, template in pack.rule_texts.get(rule, {}).items():
        if name not in texts:
            problems.append(f"rule {rule} has no text {name!r} to reword (it has {', '.join(sorted(texts))})")
            continue
        filled = set(pack.words) | placeholders(texts[name]) | ({"date"} if name != "summary" else set())
        unfilled = placeholders(template) - filled
        if unfilled:
            problems.append(f"rule {rule}'s text {name!r} names {', '.join(sorted(unfilled))}: nothing fills it in")
    return problems


@cache
def default_pack() -> Pack:
    return load_pack(resources.files("pychecker").joinpath("packs", "nhp"))


def pack_from_path(path: str | Path) -> Pack:
    return load_pack(Path(path))
