"""Word lists as data, matched in one pass over the post's words.

A policy pack's `lists/*.toml` files hold named lists of phrases (and, where words cannot say
it, regular expressions). They are compiled once into a `Lexicon`; `Lexicon.scan(text)` then
finds every list's hits with one walk over the words, so adding a list costs almost nothing.

Phrase syntax: words separated by spaces; `{slot}` stands for every entry of `[slots] slot`;
a word ending in `?` is optional. Lists may set `fuzzy = true` (forgive one typo in words of
four or more letters), `match_case = true` (compare as written: "Labour", not "labour"), `cased`
(phrases of a case-blind list compared as written: "Staying Well", a name, beside "staying well
team"), and `exceptions` (phrases inside which a hit does not count: "labour ward").

Words written in disguise ("N0rth", "NH₽", "N H P": `Text.disguises`) are extra ways through the
trie, exact only and never for `match_case` entries: a disguise is no proof of a capital letter.
So are the words run together in a hashtag or handle ("#VoteGreen": `Text.tag_segments`), exact
only; a `match_case` entry read in one must have its capitals there ("#VoteReform").

A list with `word_set = true` is not searched for in posts: it is a set of single words a rule asks
about one at a time (`Lexicon.word_set`), such as the words that may stand between two hits.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from .digit_gate import digit_reach, stretches
from .draft_memory import DraftCache
from .pattern_lead import lead_with_literal
from .regex_safety import backtracking_risk
from .segment import Segmenter, segmenter
from .text import Disguise, Prefixes, Segment, Text

_SLOT = re.compile(r"\{(\w+)\}")
_FUZZY_MIN = 4


class Hit(NamedTuple):
    """Where a list matched, in folded-text offsets (`Post` maps them to the original)."""

    list: str
    start: int
    end: int


# Hits while a scan gathers them: list -> [(start, minus its end)], so that sorting puts them in order.
_Found = defaultdict[str, list[tuple[int, int]]]


# A phrase as filed in the trie: (words, list, match_case, fuzzy, shield). `shield`: an exception,
# inside which hits of `list` do not count. Plain tuples and dicts, so a compiled lexicon can be
# saved with `marshal` and loaded in a fraction of the time it takes to build (see `state`).
# `words` are needed only to compare a `match_case` entry's capitals: once the trie is built
# (`_shared`) the others hold None, so that equal entries, and equal branches, are one object.
_Entry = tuple[tuple[str, ...] | None, str, bool, bool, bool]
# A trie node: the next word -> its node, and under _ENDS the entries that end here (a list while the
# trie is built, then a tuple). No word is "\0": text words are runs of letters and digits.
_Node = dict[str, Any]
_ENDS = "\0"
# How a walk through the trie read the words: as written, some inside a hashtag or handle, or
# some undone from a disguise (never proof of a capital letter).
_AS_WRITTEN, _IN_TAG, _UNDONE = 0, 1, 2
# Contractions whose letters, the apostrophe dropped, spell another word: "I'll" is no "ill", "we're"
# no "were", "he'll" no "hell". Contractions are words, not their stems: a list word matches one only
# when the list writes it as the contraction ("i'll kill you"); a post's bare word may still be the
# contraction written informally ("ill see you outside"), so it is read both ways.
_CONTRACTIONS = {
    "i'll": "ill", "we'll": "well", "he'll": "hell", "she'll": "shell", "we're": "were", "who're": "whore",
    "i'd": "id", "we'd": "wed", "she'd": "shed",
}  # fmt: skip
_CONTRACTED = {bare: word for word, bare in _CONTRACTIONS.items()}
_STATE_FORMAT = 5  # bump when the layout of `state()` changes: saved lexicons are then rebuilt


class UnknownListError(LookupError):
    """A rule asked for a word list the pack does not have (or a word set as a list, or the reverse)."""


@dataclass
class WordList:
    name: str
    phrases: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    cased: list[str] = field(default_factory=list)  # phrases compared as written, whatever `match_case` says
    fuzzy: bool = False
    match_case: bool = False
    word_set: bool = False

    def __post_init__(self) -> None:
        if self.word_set and (self.patterns or self.exceptions or self.cased or self.fuzzy or self.match_case):
            raise ValueError(f"list {self.name}: a word set has phrases only (no patterns, exceptions, fuzzy, case)")


def compile_pattern(list_name: str, pattern: str) -> re.Pattern[str]:
    """A list's regular expression, compiled as its pack loads: the one place a pack's patterns pass
    through, so the place to refuse one that could take too long (catastrophic backtracking), and to
    let a literal lead one written with a leading word boundary (`pattern_lead`)."""
    try:
        compiled = re.compile(lead_with_literal(pattern))
    except re.error as error:
        raise ValueError(f"list {list_name}: pattern {pattern!r} does not compile: {error}") from None
    risk = backtracking_risk(pattern)
    if risk:
        raise ValueError(
            f"list {list_name}: pattern {pattern!r} could take far too long on some drafts ({risk}): "
            "write it so that each part of the text can be matched only one way (docs/packs.md)"
        )
    return compiled


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


def _word_set(wl: WordList, slots: dict[str, list[str]]) -> frozenset[str]:
    words = set()
    for phrase in wl.phrases:
        for variant in expand(phrase, slots):
            if len(variant.split()) != 1:
                raise ValueError(f"list {wl.name}: a word set holds single words, not {variant!r}")
            words.add(variant.lower().replace("'", ""))  # as `Text.word_keys` reads a post's words
    return frozenset(words)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Lexicon:
    """Every word list of a pack, compiled for one-pass scanning."""

    def __init__(self, lists: list[WordList], slots: dict[str, list[str]]) -> None:
        self._trie: _Node = {}
        # (list, pattern, how far from a digit its matches reach: None if they need none, `digit_gate`)
        self._patterns: list[tuple[str, re.Pattern[str], int | None]] = []
        self._vocabulary: set[str] = set()
        self._list_words: dict[str, set[str]] = defaultdict(set)  # list -> its words (not its exceptions)
        self._words_of: dict[tuple[str, ...], frozenset[str]] = {}
        self._near: dict[str, set[str]] = defaultdict(set)  # one-deletion variant -> fuzzy words
        self._fuzzy_cache: DraftCache[str, str | None] = DraftCache("lexicon.fuzzy", 50_000)
        self._keys_cache: DraftCache[str, tuple[tuple[str, bool], ...]] = DraftCache("lexicon.keys", 100_000)
        self._longest_fuzzy = 0  # a text word longer than this (+1) is no typo of a list word
        self.names = sorted(wl.name for wl in lists)
        self._word_sets: dict[str, frozenset[str]] = {}
        for wl in lists:
            if wl.word_set:
                self._word_sets[wl.name] = _word_set(wl, slots)
                continue
            _index(self._entries(wl, wl.phrases, slots), self._trie)
            _index(self._entries(wl, wl.cased, slots, cased=True), self._trie)
            for pattern in wl.patterns:
                self._patterns.append((wl.name, compile_pattern(wl.name, pattern), digit_reach(pattern)))
            # Exceptions live in the same trie, so one walk finds hits and shields together.
            _index(self._entries(wl, wl.exceptions, slots, exception=True), self._trie)
        self._trie = _shared(self._trie)

    def state(self) -> dict[str, Any]:
        """The compiled lexicon as plain data (for `marshal`); `from_state` makes it a lexicon again."""
        return {
            "format": _STATE_FORMAT,
            "names": self.names,
            "trie": self._trie,
            "patterns": [(name, pattern.pattern, reach) for name, pattern, reach in self._patterns],
            "vocabulary": frozenset(self._vocabulary),  # loaded so, it is `_words` too (not a copy)
            # Sets of words saved as sorted tuples: read only once loaded, a sixth of the memory.
            "list_words": {name: tuple(sorted(words)) for name, words in self._list_words.items()},
            "near": {variant: tuple(sorted(words)) for variant, words in self._near.items()},
            "longest_fuzzy": self._longest_fuzzy,
            "word_sets": self._word_sets,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Lexicon:
        """The lexicon `state()` saved; ValueError if it was saved in another format."""
        if state.get("format") != _STATE_FORMAT:
            raise ValueError(f"a saved lexicon of format {state.get('format')!r}, not {_STATE_FORMAT}")
        lexicon = cls([], {})
        lexicon.names = state["names"]
        lexicon._trie = state["trie"]
        lexicon._patterns = [
            (name, compile_pattern(name, pattern), reach) for name, pattern, reach in state["patterns"]
        ]
        lexicon._vocabulary = state["vocabulary"]
        lexicon._list_words.update(state["list_words"])
        lexicon._near.update(state["near"])
        lexicon._longest_fuzzy = state["longest_fuzzy"]
        lexicon._word_sets = state["word_sets"]
        return lexicon

    @cached_property
    def searched(self) -> frozenset[str]:
        """The names of the lists a scan looks for (every list but the word sets)."""
        return frozenset(self.names) - self._word_sets.keys()

    def word_set(self, name: str) -> frozenset[str]:
        """The words (folded, no apostrophes) of the word set `name`."""
        try:
            return self._word_sets[name]
        except KeyError:
            kind = "a searched list, not a word set" if name in self.names else "not in the pack"
            raise UnknownListError(f"word set {name!r} is {kind}") from None

    def _entries(
        self,
        wl: WordList,
        phrases: list[str],
        slots: dict[str, list[str]],
        exception: bool = False,
        cased: bool = False,
    ) -> list[_Entry]:
        """Compile phrases; exceptions are always exact and case-blind, `cased` phrases exact and as written."""
        match_case = (wl.match_case or cased) and not exception
        fuzzy = wl.fuzzy and not exception and not cased
        entries: list[_Entry] = []
        seen: set[tuple[str, ...]] = set()
        words_seen: set[str] = set()
        for phrase in phrases:
            for variant in expand(phrase, slots):
                # One string per distinct word, shared by every phrase that has it (slots repeat the
                # same words across thousands of phrases; `marshal` keeps the sharing when saved).
                words = tuple(map(sys.intern, variant.split() if match_case else _phrase_words(variant)))
                if not words:
                    raise ValueError(f"list {wl.name}: phrase {phrase!r} has no words")
                if words in seen:
                    continue
                seen.add(words)
                entries.append((words, wl.name, match_case, fuzzy, exception))
                for word in words:
                    if word in words_seen:  # lists repeat their words across thousands of phrases
                        continue
                    words_seen.add(word)
                    folded = sys.intern(_fold_word(word))  # the same string as the trie's key for it
                    self._vocabulary.add(folded)
                    if not exception:
                        self._list_words[wl.name].add(folded)
                    if fuzzy and len(word) >= _FUZZY_MIN:
                        self._longest_fuzzy = max(self._longest_fuzzy, len(word))
                        for variant_word in _deletions(word) | {word}:
                            self._near[variant_word].add(word)
        return entries

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(self._vocabulary)

    def words_of(self, *prefixes: str) -> frozenset[str]:
        """The words (folded) of the lists whose names start with one of `prefixes`, e.g. "political."."""
        if prefixes not in self._words_of:
            lists = (words for name, words in self._list_words.items() if name.startswith(prefixes))
            self._words_of[prefixes] = frozenset().union(*lists)
        return self._words_of[prefixes]

    def _fuzzy(self, key: str) -> str | None:
        """The list word `key` is one typo away from (missing, extra, wrong or swapped letter)."""
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        found: set[str] = set(self._near.get(key, ()))
        for variant in _deletions(key):
            found.update(self._near.get(variant, ()))
        return self._fuzzy_cache.keep(key, min(found) if found else None)

    def _keys(self, word: str) -> tuple[tuple[str, bool], ...]:
        """The list words a text word can stand for, each with whether it is a near miss:
        itself, itself without a possessive 's, or (failing both) a word one typo away."""
        keys = self._keys_cache.get(word)
        if keys is not None:
            return keys
        if word in _CONTRACTIONS:  # "i'll": the contraction only, never the bare word "ill"
            return self._keys_cache.keep(word, ((word, False),))
        key = word.replace("'", "")
        found = [(key, False)]
        contracted = _CONTRACTED.get(key)
        if contracted is not None and contracted in self._vocabulary:  # "ill" written for "I'll"
            found.append((contracted, False))
        elif word.endswith("'s") and key[:-1] in self._vocabulary:
            found.append((key[:-1], False))
        elif key not in self._vocabulary and _FUZZY_MIN <= len(key) <= self._longest_fuzzy + 1 and not key.isdigit():
            near = self._fuzzy(key)
            if near:
                found.append((near, True))
        return self._keys_cache.keep(word, tuple(found))

    @staticmethod
    def _same_case(words: tuple[str, ...], text: Text, first: int) -> bool:
        """A case-sensitive entry matches only words written as it is ("Labour", not "labour")."""
        for offset, word in enumerate(words):
            cased = text.cased(first + offset)
            if cased[:1] != word[:1]:  # most lookups end here: "the" is no "The"
                return False
            bare = cased.replace("'", "")
            if word.replace("'", "") not in (bare, bare[:-1] if cased.endswith("'s") else bare):
                return False
        return True

    @cached_property
    def _segment(self) -> Segmenter:
        """Reads hashtags and handles into words, the lists' own words among them."""
        return segmenter(self._words)

    @cached_property
    def _prefixes(self) -> Prefixes:
        """Every prefix of every list word, so disguised words are undone only toward list words."""
        return Prefixes(self._vocabulary)

    def _scan_words(
        self,
        text: Text,
        keys: list[tuple[tuple[str, bool], ...]],
        disguises: dict[int, list[Disguise]],
        segments: dict[int, tuple[Segment, ...]],
    ) -> tuple[_Found, _Found]:
        """Walk the phrase trie from every word: cost follows the words that match, not list sizes.
        A disguised word ("N0rth", "N H P") is one more way through the trie, from its first word
        to the word after its last; the words of a hashtag or handle ("#VoteGreen": vote, green)
        are another, word by word, and a phrase may start at any of them (a hit that reads part of
        a tag covers all of it). Returns the hits and the exception (shield) hits, by list, as
        (start, -end) (sorted so, they come in the order a scan reports them).

        Most walks read plain words only: they take `_walk_plain`, and only a walk that meets a
        disguised word or a tag is done (again) the general way, `_walk`."""
        hits: _Found = defaultdict(list)
        shields: _Found = defaultdict(list)
        root = self._trie
        special = disguises.keys() | segments.keys()
        word_starts, word_ends = text.word_spans.starts, text.word_spans.ends
        count = len(keys)
        # Each word's one key where it is a plain word read one way (the commonest case), else None.
        plain = [None if len(found) > 1 or i in special else found[0][0] for i, found in enumerate(keys)]
        for i, key in enumerate(plain):
            if key is None:
                token_keys = keys[i]
                if i in special or token_keys[0][0] in root or token_keys[1][0] in root:
                    self._walk_from(text, keys, disguises, segments, special, i, hits, shields)
                continue
            node = root.get(key)
            if node is None:
                continue
            # The commonest walk: one way through, word after plain word. Where it meets a word read
            # otherwise, the walk from `i` is done again the general way: the hits it repeats are
            # the same hits, dropped as one when they are put in order (`scan_spans`).
            start = word_starts[i]
            j = i + 1
            while True:
                ends = node.get(_ENDS)
                if ends is not None:
                    minus_end = -word_ends[j - 1]
                    for words, name, match_case, _, shield in ends:
                        if not match_case or self._same_case(words, text, i):
                            (shields if shield else hits)[name].append((start, minus_end))
                if j >= count or len(node) == (ends is not None):
                    break
                key = plain[j]
                if key is None:
                    self._walk_from(text, keys, disguises, segments, special, i, hits, shields)
                    break
                node = node.get(key)
                if node is None:
                    break
                j += 1
        return hits, shields

    def _walk_from(
        self,
        text: Text,
        keys: list[tuple[tuple[str, bool], ...]],
        disguises: dict[int, list[Disguise]],
        segments: dict[int, tuple[Segment, ...]],
        special: Set[int],
        i: int,
        hits: _Found,
        shields: _Found,
    ) -> None:
        """The walks from word `i`: plain words only where they are (`_walk_plain`), else `_walk`."""
        if not self._walk_plain(text, keys, special, i, hits, shields):
            self._walk(text, keys, disguises, segments, i, hits, shields)

    def _walk_plain(
        self,
        text: Text,
        keys: list[tuple[tuple[str, bool], ...]],
        special: Set[int],
        i: int,
        hits: _Found,
        shields: _Found,
    ) -> bool:
        """`_walk` from word `i` while every word read is a plain one; False (nothing recorded) as
        soon as it would read a disguised word or a tag."""
        word_ends = text.word_spans.ends
        start = text.word_spans.starts[i]
        found: list[tuple[str, int, bool]] = []  # (list, end, shield)
        frontier: list[tuple[_Node, bool]] = [(self._trie, False)]
        j = i
        count = len(keys)
        while frontier and j < count:
            if j in special:
                return False
            advanced = []
            for node, fuzzy_used in frontier:
                for word, near in keys[j]:
                    child = node.get(word)
                    if child is not None:
                        advanced.append((child, fuzzy_used or near))
            end = word_ends[j]
            j += 1
            for node, fuzzy_used in advanced:
                ends = node.get(_ENDS)
                if ends is None:
                    continue
                for words, name, match_case, fuzzy, shield in ends:
                    if fuzzy_used and not fuzzy:
                        continue
                    if match_case and not self._same_case(words, text, i):
                        continue
                    found.append((name, end, shield))
            frontier = advanced
        for name, end, shield in found:
            (shields if shield else hits)[name].append((start, -end))
        return True

    def _walk(
        self,
        text: Text,
        keys: list[tuple[tuple[str, bool], ...]],
        disguises: dict[int, list[Disguise]],
        segments: dict[int, tuple[Segment, ...]],
        i: int,
        hits: _Found,
        shields: _Found,
    ) -> None:
        """Every way through the trie from word `i`: plain words, disguised words, tags' words."""
        root = self._trie
        word_ends = text.word_spans.ends
        count = len(keys)
        tag = segments.get(i)
        # (node, a typo forgiven on the way, how the words were read (_AS_WRITTEN, _IN_TAG or
        # _UNDONE: a disguise undone), next word, next word of that word's tag (0: the word
        # itself), start, end)
        frontier: list[tuple[_Node, bool, int, int, int, int, int]] = [
            (root, False, _AS_WRITTEN, i, 0, text.word_spans.starts[i], 0)
        ]
        if tag is not None:
            frontier.extend((root, False, _IN_TAG, i, k, tag[k].start, 0) for k in range(1, len(tag)))
        while frontier:
            advanced = []
            for node, fuzzy_used, read, j, k, start, _ in frontier:
                if j >= count:
                    continue
                if k:  # inside a tag: its next word, then the word after the tag
                    piece = segments[j][k]
                    child = node.get(piece.key)
                    if child is not None:
                        after = (j, k + 1) if k + 1 < len(segments[j]) else (j + 1, 0)
                        advanced.append((child, fuzzy_used, max(read, _IN_TAG), *after, start, piece.end))
                    continue
                for word, near in keys[j]:
                    child = node.get(word)
                    if child is not None:
                        advanced.append((child, fuzzy_used or near, read, j + 1, 0, start, word_ends[j]))
                if j in disguises:
                    for disguise in disguises[j]:
                        child = node.get(disguise.key)
                        if child is not None:
                            first = disguise.start if j == i else start
                            advanced.append((child, fuzzy_used, _UNDONE, disguise.after, 0, first, disguise.end))
                if j in segments:
                    piece = segments[j][0]
                    child = node.get(piece.key)
                    if child is not None:
                        advanced.append((child, fuzzy_used, max(read, _IN_TAG), j, 1, start, piece.end))
            for node, fuzzy_used, read, _, _, start, end in advanced:
                if _ENDS not in node:
                    continue
                for words, name, match_case, fuzzy, shield in node[_ENDS]:
                    if fuzzy_used and not fuzzy:
                        continue
                    if match_case and (
                        read == _UNDONE
                        or not (
                            self._same_case(words, text, i)
                            if read == _AS_WRITTEN
                            else _same_letters(words, text.plain[start:end])
                        )
                    ):
                        continue
                    hit = (start, end) if read != _IN_TAG else _whole_tags(text, start, end)
                    (shields if shield else hits)[name].append((hit[0], -hit[1]))
            frontier = advanced

    def scan(self, text: Text) -> dict[str, list[Hit]]:
        """Every list's hits in the text, in order; a hit inside a longer one of its list is dropped."""
        found = self.scan_spans(text)
        return {name: [Hit(name, *span) for span in spans] for name in self.searched if (spans := found.get(name))}

    def scan_spans(self, text: Text) -> Hits:
        """`scan`, each hit as its (start, end) only, and each list's worked out when first asked for
        (`Hits.get`): a post's checks ask for half the lists, and rarely for a `Hit`."""
        keys = [self._keys(word) for word in text.words]
        disguises: dict[int, list[Disguise]] = defaultdict(list)
        for disguise in text.disguises(self._prefixes, self._words):
            disguises[disguise.first].append(disguise)
        segments = text.tag_segments(self._segment) if text.tags else {}
        hits, shields = self._scan_words(text, keys, disguises, segments)
        return Hits(text.folded, hits, shields, self._patterns_of, self._digit_reach)

    @cached_property
    def _digit_reach(self) -> int:
        """How far from a digit the matches of the patterns that need one reach, at most."""
        return max((reach for _, _, reach in self._patterns if reach is not None), default=0)

    @cached_property
    def _patterns_of(self) -> dict[str, list[tuple[re.Pattern[str], int | None]]]:
        by_list: dict[str, list[tuple[re.Pattern[str], int | None]]] = defaultdict(list)
        for name, pattern, reach in self._patterns:
            by_list[name].append((pattern, reach))
        return dict(by_list)


class Hits:
    """A text's hits, by list, as (start, end) in the folded text: the phrases' hits found in one walk
    over the words, a list's patterns run and its hits put in order only when the list is asked for."""

    def __init__(
        self,
        folded: str,
        found: _Found,
        shields: _Found,
        patterns: dict[str, list[tuple[re.Pattern[str], int | None]]],
        reach: int,
    ) -> None:
        self._folded = folded
        self._found = found
        self._shields = shields
        self._patterns = patterns
        self._lists: dict[str, list[tuple[int, int]]] = {}
        self._reach = reach
        self._near_digits: list[tuple[int, int]] | None = None  # the text within `_reach` of a digit

    def get(self, name: str, default: Any = None) -> Any:
        """List `name`'s hits in order (a hit inside a longer one of the list dropped), or `default`."""
        kept = self._lists.get(name)
        if kept is None:
            kept = self._lists[name] = self._work_out(name)
        return kept or default

    def _work_out(self, name: str) -> list[tuple[int, int]]:
        found = self._found.pop(name, [])  # worked out once: the raw hits are not kept beside the result
        folded = self._folded
        for pattern, reach in self._patterns.get(name, ()):
            if reach is None:
                found.extend((m.start(), -m.end()) for m in pattern.finditer(folded))
                continue
            # A pattern that matches only around a digit: run over the text near the digits only
            # (near enough for the pattern that reaches furthest: one set of stretches for all).
            if self._near_digits is None:
                self._near_digits = stretches(folded, self._reach)
            for start, end in self._near_digits:
                found.extend((m.start(), -m.end()) for m in pattern.finditer(folded, start, end))
        found.sort()  # by start, the longest first
        kept: list[tuple[int, int]] = []
        reach = -1
        for start, minus_end in found:
            if -minus_end > reach:
                kept.append((start, -minus_end))
                reach = -minus_end
        shields = self._shields.pop(name, None)
        if kept and shields:
            kept = _outside(kept, shields)
        return kept


def _outside(hits: list[tuple[int, int]], shields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits ((start, end)) not inside any shield ((start, -end)): in linear-logarithmic time,
    for very long posts."""
    shields.sort()
    starts = [start for start, _ in shields]
    reach = list(itertools.accumulate((-minus_end for _, minus_end in shields), max))
    kept = []
    for start, end in hits:
        before = bisect.bisect_right(starts, start)
        if not before or reach[before - 1] < end:
            kept.append((start, end))
    return kept


def _index(entries: list[_Entry], root: _Node) -> _Node:
    """File entries in the trie by their words, folded as text words are (case-sensitive ones too)."""
    for entry in entries:
        words, _, match_case, _, _ = entry
        node = root
        for word in words:
            key = _fold_word(word) if match_case else word  # the others are folded already
            child = node.get(key)
            if child is None:
                child = node[key] = {}
            node = child
        node.setdefault(_ENDS, []).append(entry)
    return root


def _shared(root: _Node) -> _Node:
    """The trie with every branch that equals another made one object with it (a graph of words, no
    longer a tree: nothing changes it once built). Phrases filled in from slots end in the same words
    in thousands of places ("… {council}"), so this keeps a tenth of the nodes; `marshal` keeps the
    sharing when the lexicon is saved. Entries that are not `match_case` drop their words (walks
    need them only to compare capitals)."""
    nodes: dict[tuple[tuple[str, int], ...], _Node] = {}
    values: dict[Any, Any] = {}  # entries and tuples of entries, one object per value

    def share(node: _Node) -> _Node:
        items: list[tuple[str, Any]] = []
        for key, child in node.items():
            if key == _ENDS:
                ends = tuple(values.setdefault(e, e) for e in (e if e[2] else (None, *e[1:]) for e in child))
                child = values.setdefault(ends, ends)
            else:
                child = share(child)
            items.append((key, child))
        shape = tuple((key, id(child)) for key, child in items)
        found = nodes.get(shape)
        if found is None:
            found = nodes[shape] = dict(items)
        return found

    return share(root)


_ASCII_WORD = re.compile(r"\w+(?:'\w+)*", re.ASCII)


def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's trie keys (`_key`), with a fast path for plain ASCII phrases (most of them, thousands per pack)."""
    if phrase.isascii():
        return tuple(_key(word) for word in _ASCII_WORD.findall(phrase.lower()))
    return tuple(_key(word) for word in Text(phrase).words)


def _whole_tags(text: Text, start: int, end: int) -> tuple[int, int]:
    """A hit that reads part of a hashtag or handle, widened to the whole of it (as the tag read
    as one word would be: `#` and `@` left out)."""
    spans, folded = text.word_spans, text.folded  # a word's (s, e) <= (offset, len(folded)) when s <= offset
    first = spans[bisect.bisect_right(spans.starts, start) - 1]
    last = spans[bisect.bisect_right(spans.starts, end - 1) - 1]
    if first[0] and folded[first[0] - 1] in "#@":
        start = first[0]
    if last[0] and folded[last[0] - 1] in "#@":
        end = last[1]
    return start, end


_NOT_LETTER = re.compile(r"[\W_]+")


def _same_letters(words: tuple[str, ...], written: str) -> bool:
    """A case-sensitive entry read (partly) inside a tag: written as it is, letter for letter,
    whatever stands between its words ("#VoteReform" has "Reform", "#votereform" has not)."""
    return _NOT_LETTER.sub("", written) == "".join(words).replace("'", "")


def _fold_word(word: str) -> str:
    return _key(word.lower())


def _key(word: str) -> str:
    """A folded word's key in the trie: without its apostrophes, unless it is one of `_CONTRACTIONS`."""
    return word if word in _CONTRACTIONS else word.replace("'", "")
