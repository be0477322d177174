"""Text as the rules see it: folded for matching, with every position mapped back to the original.

Rules match on a *folded* copy of the post: compatibility forms unified (full-width letters,
ligatures), look-alike Cyrillic/Greek letters turned into Latin ones, accents and hidden
characters dropped, case folded. Each folded character remembers the code point it came from,
so a finding's span always points into the text the person wrote.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cached_property

# Characters that render as nothing: a word split by one is still the same word.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\ufeff\u3164\uffa0"
)
# Letters that look like Latin ones; used to dodge word lists, on purpose or by keyboard.
_HOMOGLYPHS = dict(
    zip(
        "АВЕКМНОРСТХаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοτνικ",
        "ABEKMHOPCTXaeopcyxijsdgABEZHIKMNOPTYXaotvik",
        strict=True,
    )
)
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4\u2032"
# A word: letters/digits/underscore (handles), apostrophes inside ("children's", "don't").
_TOKEN = re.compile(r"\w+(?:'\w+)*")
_SENTENCE_END = re.compile(r"[.!?\n]+")


def _fold_char(char: str) -> str:
    """The folded form of one code point: '' (dropped), or exactly one character."""
    if char in _INVISIBLE:
        return ""
    if char in _APOSTROPHES:
        return "'"
    if char.isspace():
        return "\n" if char in "\n\r\u2028\u2029" else " "
    if 0xD800 <= ord(char) <= 0xDFFF:  # a lone surrogate from a page: keep the place, not the char
        return "\ufffd"
    decomposed = unicodedata.normalize("NFKD", _HOMOGLYPHS.get(char, char))
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not base:  # a combining mark on its own
        return ""
    # Ligatures and the like expand ("ﬁ" -> "fi"); anything else keeps one character.
    return base if base.isalnum() else base[0]


_FOLD_CACHE: dict[str, str] = {}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(original: str) -> tuple[str, list[int]]:
    """Fold the non-ASCII characters; ASCII runs are copied whole. Returns text and origins."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _NON_ASCII.finditer(original):
        index = match.start()
        pieces.append(original[last:index])
        origin.extend(range(last, index))
        char = match.group()
        folded = _FOLD_CACHE.get(char)
        if folded is None:
            folded = _fold_char(char)
            if len(_FOLD_CACHE) < 65536:
                _FOLD_CACHE[char] = folded
        pieces.append(folded)
        origin.extend([index] * len(folded))
        last = index + 1
    pieces.append(original[last:])
    origin.extend(range(last, len(original)))
    return "".join(pieces), origin


class Text:
    """A post's text, folded for matching. `span(a, b)` maps folded offsets to the original's."""

    def __init__(self, original: str) -> None:
        self.original = original
        if original.isascii():
            # Fast path for the common case: folding is lower-casing, positions are unchanged.
            self.plain = original
            self.folded = original.lower()
            self._origin: list[int] | None = None
        else:
            self.plain, self._origin = _fold(original)
            self.folded = self.plain.lower()
            if len(self.folded) != len(self.plain):
                # Lower-casing one character may give two (İ -> i̇): keep the first, so positions stay 1:1.
                self.folded = "".join(c.lower()[0] for c in self.plain)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span to code-point offsets in the original text."""
        if self._origin is None:
            return start, end
        if start >= len(self._origin):
            return len(self.original), len(self.original)
        last = self._origin[end - 1] + 1 if end > start else self._origin[start]
        return self._origin[start], last

    @cached_property
    def words(self) -> list[str]:
        """The folded text's words, apostrophes kept ("children's")."""
        return _TOKEN.findall(self.folded)

    @cached_property
    def word_spans(self) -> list[tuple[int, int]]:
        """Where each of `words` stands in the folded text."""
        return [m.span() for m in _TOKEN.finditer(self.folded)]

    def cased(self, index: int) -> str:
        """Word `index` as written (normalised but not lower-cased)."""
        start, end = self.word_spans[index]
        return self.plain[start:end]

    @cached_property
    def _sentence_breaks(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.folded)]

    def sentence_of(self, folded_offset: int) -> int:
        """Index of the sentence (or line) holding a folded offset."""
        return bisect.bisect_right(self._sentence_breaks, folded_offset)


def tokenize(phrase: str) -> list[str]:
    """The words of a word-list phrase as lists compare them: folded as post text is, no apostrophes."""
    return [word.replace("'", "") for word in Text(phrase).words]
