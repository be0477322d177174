"""Word lists as data, matched in one pass over the post's words.

A policy pack's `lists/*.toml` files hold named lists of phrases (and, where words cannot say
it, regular expressions). They are compiled once into a `Lexicon`; `Lexicon.scan(text)` then
finds every list's hits with one walk over the words, so adding a list costs almost nothing.

Phrase syntax: words separated by spaces; `{slot}` stands for every entry of `[slots] slot`;
a word ending in `?` is optional. Lists may set `fuzzy = true` (forgive one typo in words of
four or more letters), `match_case = true` (compare as written: "Labour", not "labour"), and
`exceptions` (phrases inside which a hit does not count: "labour ward").
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .text import Text, Token, tokenize

_SLOT = re.compile(r"\{(\w+)\}")
_FUZZY_MIN = 4


@dataclass(frozen=True)
class Hit:
    """Where a list matched, in folded-text offsets (`Post` maps them to the original)."""

    list: str
    start: int
    end: int


@dataclass
class _Entry:
    words: tuple[str, ...]
    list: str
    match_case: bool
    fuzzy: bool


@dataclass
class WordList:
    name: str
    phrases: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    fuzzy: bool = False
    match_case: bool = False


def expand(phrase: str, slots: dict[str, list[str]]) -> list[str]:
    """All phrases a pattern phrase stands for: slots filled, optional words in and out."""
    found = _SLOT.search(phrase)
    if found:
        name = found.group(1)
        if name not in slots:
            raise ValueError(f"phrase {phrase!r} names unknown slot {{{name}}}")
        return [
            result
            for value in slots[name]
            for result in expand(phrase[: found.start()] + value + phrase[found.end() :], slots)
        ]
    words = phrase.split()
    choices = [[w[:-1], ""] if w.endswith("?") else [w] for w in words]
    return [" ".join(w for w in combo if w) for combo in itertools.product(*choices)]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Lexicon:
    """Every word list of a pack, compiled for one-pass scanning."""

    def __init__(self, lists: list[WordList], slots: dict[str, list[str]]) -> None:
        self._by_first: dict[str, list[_Entry]] = defaultdict(list)
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        self._exceptions: dict[str, dict[str, list[_Entry]]] = {}
        self._vocabulary: set[str] = set()
        self._near: dict[str, set[str]] = defaultdict(set)  # one-deletion variant -> fuzzy words
        self._fuzzy_cache: dict[str, str | None] = {}
        self.names = sorted(wl.name for wl in lists)
        for wl in lists:
            _index(self._entries(wl, wl.phrases, slots), self._by_first)
            for pattern in wl.patterns:
                self._patterns.append((wl.name, re.compile(pattern)))
            if wl.exceptions:
                shields = self._entries(wl, wl.exceptions, slots, exception=True)
                self._exceptions[wl.name] = _index(shields, defaultdict(list))

    def _entries(
        self, wl: WordList, phrases: list[str], slots: dict[str, list[str]], exception: bool = False
    ) -> list[_Entry]:
        """Compile phrases; exceptions are always exact and case-blind."""
        match_case = wl.match_case and not exception
        fuzzy = wl.fuzzy and not exception
        entries: list[_Entry] = []
        seen: set[tuple[str, ...]] = set()
        for phrase in phrases:
            for variant in expand(phrase, slots):
                words = tuple(variant.split()) if match_case else tuple(tokenize(variant))
                if not words:
                    raise ValueError(f"list {wl.name}: phrase {phrase!r} has no words")
                if words in seen:
                    continue
                seen.add(words)
                entries.append(_Entry(words, wl.name, match_case, fuzzy))
                for word in words:
                    self._vocabulary.add(word.lower())
                    if fuzzy and len(word) >= _FUZZY_MIN:
                        for variant_word in _deletions(word) | {word}:
                            self._near[variant_word].add(word)
        return entries

    def _fuzzy(self, key: str) -> str | None:
        """The list word `key` is one typo away from (missing, extra, wrong or swapped letter)."""
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        found: set[str] = set(self._near.get(key, ()))
        for variant in _deletions(key):
            found |= self._near.get(variant, set())
        best = min(found) if found else None
        if len(self._fuzzy_cache) > 50_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[key] = best
        return best

    def _keys(self, token: Token) -> tuple[str, ...]:
        """The list words a text word can stand for: itself, without a possessive 's, a near miss."""
        key = token.key
        if key in self._vocabulary:
            return (key,)
        if token.cased.endswith("'s") and key[:-1] in self._vocabulary:
            return (key[:-1],)
        if len(key) >= _FUZZY_MIN and not key.isdigit():
            near = self._fuzzy(key)
            if near:
                return (key, near)
        return (key,)

    def _match_word(self, entry: _Entry, token: Token, keys: tuple[str, ...], word: str) -> bool:
        if entry.match_case:
            cased = token.cased[:-2] if token.cased.endswith("'s") else token.cased
            return word in (cased, cased.replace("'", ""))
        return word == keys[0] or (entry.fuzzy and word in keys)

    def _scan_words(self, text: Text, index: dict[str, list[_Entry]]) -> list[Hit]:
        tokens = text.tokens
        keys = [self._keys(token) for token in tokens]
        hits = []
        for i, token_keys in enumerate(keys):
            for key in token_keys:
                for entry in index.get(key, ()):
                    last = i + len(entry.words)
                    if last <= len(tokens) and all(
                        self._match_word(entry, tokens[i + k], keys[i + k], word) for k, word in enumerate(entry.words)
                    ):
                        hits.append(Hit(entry.list, tokens[i].start, tokens[last - 1].end))
        return hits

    def scan(self, text: Text) -> dict[str, list[Hit]]:
        """Every list's hits in the text, in order; a hit inside a longer one of its list is dropped."""
        hits = self._scan_words(text, self._by_first)
        for name, pattern in self._patterns:
            hits.extend(Hit(name, m.start(), m.end()) for m in pattern.finditer(text.folded))
        by_list: dict[str, list[Hit]] = defaultdict(list)
        reach: dict[str, int] = {}
        for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
            if hit.end > reach.get(hit.list, -1):
                by_list[hit.list].append(hit)
                reach[hit.list] = hit.end
        for name, index in self._exceptions.items():
            if name in by_list:
                shields = self._scan_words(text, index)
                kept = [h for h in by_list[name] if not any(s.start <= h.start and h.end <= s.end for s in shields)]
                by_list[name] = kept
        return by_list


def _index(entries: list[_Entry], index: dict[str, list[_Entry]]) -> dict[str, list[_Entry]]:
    """File entries under their first word (lower-cased, so case-sensitive ones are found too)."""
    for entry in entries:
        index[entry.words[0].lower() if entry.match_case else entry.words[0]].append(entry)
    return index
