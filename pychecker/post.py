"""A draft as the rules see it: text, context and every word-list hit, computed once."""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from .context import Context
from .lexicon import UnknownListError
from .pack import Pack
from .text import Text

# Lists every pack must have, whatever its rules: what counts as a mention of the organisation.
REQUIRED_LISTS = ("org.mention",)
_DOUBLE_QUOTES = re.compile(r'["“”]')


class Span(NamedTuple):
    """A piece of the original text, in code points (a tuple: rules make many, on every keystroke)."""

    start: int
    end: int
    sentence: int


class Post:
    def __init__(self, text: str, context: Context, pack: Pack) -> None:
        self.text = Text(text)
        self.context = context
        self.pack = pack
        self._hits = pack.lexicon.scan_spans(self.text)
        self._searched = pack.lexicon.searched
        self._spans: dict[str, list[Span]] = {}  # list -> its hits mapped to the original, once per post
        self._sentence_sets: dict[str, frozenset[int]] = {}  # list -> the sentences it matched in, once per post

    @property
    def original(self) -> str:
        return self.text.original

    def _hits_of(self, list_name: str) -> list[tuple[int, int]] | tuple[()]:
        """Where a word list matched: (start, end) in the folded text."""
        if list_name not in self._searched:
            if list_name in self.pack.lexicon.names:
                raise UnknownListError(f"{list_name!r} is a word set, asked word by word (Post.word_set)")
            raise UnknownListError(f"the pack has no word list {list_name!r}")
        return self._hits.get(list_name, ())

    def spans(self, list_name: str) -> list[Span]:
        """Where a word list matched, in the original text's code points, in order (a new list each call:
        several rules ask for the same list, and mapping a hit back to the original is done once)."""
        found = self._spans.get(list_name)
        if found is None:
            found = self._spans[list_name] = [self._span(*hit) for hit in self._hits_of(list_name)]
        return list(found)

    def sentences(self, *list_names: str) -> set[int]:
        """The sentences any of these word lists matched in (each hit's `Span.sentence`)."""
        found: set[int] = set()
        for name in list_names:
            sentences = self._sentence_sets.get(name)
            if sentences is None:  # straight from the hits: no need to map each back to the original first
                sentences = frozenset(self.text.sentence_of(start) for start, _ in self._hits_of(name))
                self._sentence_sets[name] = sentences
            found |= sentences
        return found

    def has(self, list_name: str) -> bool:
        return bool(self._hits_of(list_name))

    def word_set(self, list_name: str) -> frozenset[str]:
        """A word set of the pack (folded words): for rules that ask about one word at a time."""
        return self.pack.lexicon.word_set(list_name)

    def _span(self, folded_start: int, folded_end: int) -> Span:
        start, end = self.text.to_original(folded_start, folded_end)
        return Span(start, end, self.text.sentence_of(folded_start))

    def excerpt(self, span: Span) -> str:
        return self.original[span.start : span.end]

    # The post's words one by one, for rules that ask about a common word ("is", "my": a word set)
    # only beside a rarer hit, instead of searching for it everywhere. Each worked out on first use.
    @property
    def word_keys(self) -> list[str]:
        """Each word as word sets hold them: folded, without apostrophes (`Text.word_keys`)."""
        return self.text.word_keys

    @property
    def word_starts(self) -> list[int]:
        """Where each word starts in the original text (in order: for bisect)."""
        return self.text.original_word_starts

    def word_span(self, index: int) -> Span:
        """Word `index` as a span of the original text."""
        spans = self.text.word_spans
        start = spans.starts[index]
        return Span(*self.text.to_original(start, spans.ends[index]), self.text.sentence_of(start))

    @cached_property
    def double_quotes(self) -> list[int]:
        """Where the double quotation marks stand in the original text, in order (for bisect: a span
        after an odd number of them is inside a quotation)."""
        return [mark.start() for mark in _DOUBLE_QUOTES.finditer(self.original)]

    @cached_property
    def org_mentions(self) -> list[Span]:
        """References to the organisation: names, handles, hashtags, named services."""
        return self.spans("org.mention")

    @property
    def whole(self) -> Span:
        return Span(0, len(self.original), 0)
