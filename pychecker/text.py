"""Text as the rules see it: folded for matching, with every position mapped back to the original.

Rules match on a *folded* copy of the post: compatibility forms unified (full-width letters,
ligatures), look-alike Cyrillic/Greek letters turned into Latin ones, accents and hidden
characters dropped, case folded. Each folded character remembers the code point it came from,
so a finding's span always points into the text the person wrote (and keeps any combining
marks that sit on its last letter).

More disguises cannot be folded away without changing what other rules read, so they are
offered to the word lists as *variants* instead (`Text.disguises`): leetspeak inside a word
("N0rth H4lifax", "NH₽", "$taying", "V0te L4bour", "sh1t", "b!tch"), letters starred out ("f*ck",
"c**t": a star stands for any one letter, in a word with at least two letters shown), letters
stretched ("fuuuck", "stuuupid": a letter written three times or more stands for one or two of
it) and letters spaced out ("N H P", "N.H.P", "T o r i e s", "f u c k"). A variant exists only
where it spells a list word, and the text keeps its digits, so phone numbers, dates, prices and
percentages read as they were written; e-mail addresses and @handles are never read as leetspeak.

Hashtags and handles are read as the words they run together (`Text.tags`, `Text.tag_segments`:
"#ToryDoorstep" is "tory doorstep", "@HollyLynch5" "holly lynch 5"; `pychecker.segment`), again
as variants the word lists may take, never as changes to `words`.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from array import array
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

from .draft_memory import DraftCache
from .segment import Segmenter

# Characters that render as nothing: a word split by one is still the same word.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\ufeff\u3164\uffa0"
)
# Letters that look like Latin ones; used to dodge word lists, on purpose or by keyboard:
# Cyrillic, Greek, Armenian and Cherokee look-alikes, Latin letters with hooks, "small capitals".
_HOMOGLYPHS = dict(
    zip(
        "АВЕКМНОРСТХаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοτνικ"
        "ЅІЈԚԜԝҺһӀӏВМНТКаеѵѴЬьԌԍ"
        "ϲϹϳρυιβεωϜ"
        "օսհոցզԁ"
        "ᎪᏴᏟᎠᎬᎻᎫᏦᏞᎷᏢᏚᎢᏙᏔᏃ"
        "ƬƭƤƥƁɓƊɗƘƙƝɲƓɠƇƈƑƒƖƗɪıȷɑɒʋⱱℓ"
        "ᴀʙᴄᴅᴇғꜰɢʜᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ",
        "ABEKMHOPCTXaeopcyxijsdgABEZHIKMNOPTYXaotvik"
        "SIJQWwhhIlBMHTKaevVbbGg"
        "cCjpuibewF"
        "ouhngqd"
        "ABCDEHJKLMPSTVWZ"
        "TtPpBbDdKkNnGgCcFflIiijaavvl"
        "abcdeffghjklmnopqrstuvwyz",
        strict=True,
    )
)
# Enclosed letters with no compatibility decomposition: regional indicators (🇳🇭🇵) and
# negative circled/squared capitals (🅝, 🅽).
for _first in (0x1F1E6, 0x1F150, 0x1F170):
    _HOMOGLYPHS.update((chr(_first + i), chr(0x41 + i)) for i in range(26))
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4\u2032"
# A word: letters/digits/underscore (handles), apostrophes inside ("children's", "don't").
_TOKEN = re.compile(r"\w+(?:'\w+)*")
_SENTENCE_END = re.compile(r"[.!?\n]+")

# Leetspeak: what a digit or symbol written inside a word stands for ("N0rth", "NH₽", "$taying").
# Digits are never rewritten in the text (phone numbers, dates and percentages stay as they are):
# they only offer *variants* of mixed words to the word lists (`Text.disguises`).
LEET: dict[str, str] = {
    "0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "$": "s", "@": "a", "€": "e", "₽": "p", "£": "l", "|": "li", "!": "i", "¢": "c", "¥": "y",
}  # fmt: skip
_LEET_SYMBOLS = "$@€₽£|!¢¥"
# A star inside a word hides one letter, any letter ("f*ck", "b**ch"); it never stands for itself.
MASK = "*"
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_MIN_SHOWN = 2  # letters a starred word must show: "f***" could be anything
_WORDISH = rf"[\w'{re.escape(_LEET_SYMBOLS + MASK)}]"
_WORDISH_RUN = re.compile(rf"{_WORDISH}+")
# Where a disguised word may be: a digit, or a symbol that can stand for a letter or hide one.
_WORDISH_CHARS = frozenset("_'" + _LEET_SYMBOLS + MASK)
_LEET_CHAR = re.compile(rf"[0-9{re.escape(_LEET_SYMBOLS + MASK)}]")  # one class: a fast scan
# A letter written three times or more in a row ("fuuuck", "soooo"): English words have none.
_STRETCHED = re.compile(r"([a-z])\1\1+")
_MAX_STRETCHES = 3  # stretched runs read in one word (each run reads two ways)
# Letters spaced out: single letters (or leet symbols) joined by spaces, dots, dashes, stars or
# bullets ("N H P", "N.H.P", "T-o-r-i-e-s", "N . H . ₽").
_SPACED_SYMBOLS = re.escape("$€₽£|¢¥")
_SPACED_ITEM = rf"(?:[^\W_]|[{_SPACED_SYMBOLS}])"
_SPACED_RUN = re.compile(
    rf"(?<![\w{_SPACED_SYMBOLS}]){_SPACED_ITEM}(?:[ .\-*·•~–—]{{1,3}}{_SPACED_ITEM})+(?![\w{_SPACED_SYMBOLS}])"
)
_SPACED_PIECE = re.compile(_SPACED_ITEM)
_MIN_SPACED = 3  # two spaced letters ("a b", "B. A") say nothing


def _domain_at(folded: str, end: int) -> bool:
    """Whether the word after an `@` that ends at `end` goes on as a domain (".gov", ".co.uk"): an
    e-mail address, not a handle."""
    return folded[end : end + 1] == "." and folded[end + 1 : end + 2].isalnum()


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


_FOLD_CACHE: DraftCache[str, str] = DraftCache("text.fold", 65536)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(original: str) -> tuple[str, array[int] | None]:
    """Fold the non-ASCII characters; ASCII runs are copied whole. Returns the text and each folded
    character's origin, or None for the origin where every character folded to exactly one (emoji,
    look-alike letters: positions are unchanged, as in an ASCII text). The origin is an array of
    machine integers: four bytes a character, not a list's pointer and an int object each (a
    100,000-character draft's would be megabytes, and the browser's heap never shrinks)."""
    pieces: list[str] = []
    changes: list[tuple[int, str]] = []  # (index, folded) where a character folded to none or several
    last = 0
    for match in _NON_ASCII.finditer(original):
        index = match.start()
        pieces.append(original[last:index])
        char = match.group()
        folded = _FOLD_CACHE.get(char)
        if folded is None:
            folded = _FOLD_CACHE.keep(char, _fold_char(char))
        pieces.append(folded)
        if len(folded) != 1:
            changes.append((index, folded))
        last = index + 1
    pieces.append(original[last:])
    if not changes:
        return "".join(pieces), None
    origin = array("i")
    last = 0
    for index, folded in changes:
        origin.extend(range(last, index))
        origin.extend([index] * len(folded))
        last = index + 1
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
            self._origin: array[int] | None = None
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
        if end <= start:
            return self._origin[start], self._origin[start]
        last = self._origin[end - 1] + 1
        # Marks that folding dropped stay with the letter they sit on ("P̶" is one character to a reader).
        original = self.original
        while last < len(original) and unicodedata.category(original[last]) in ("Mn", "Me"):
            last += 1
        return self._origin[start], last

    @cached_property
    def words(self) -> list[str]:
        """The folded text's words, apostrophes kept ("children's")."""
        return _TOKEN.findall(self.folded)

    @cached_property
    def word_keys(self) -> list[str]:
        """Each word as word sets hold them: folded, without apostrophes."""
        return [word.replace("'", "") for word in self.words]

    @cached_property
    def word_spans(self) -> WordSpans:
        """Where each of `words` stands in the folded text: (start, end), read as from a list."""
        starts = array("i", [match.start() for match in _TOKEN.finditer(self.folded)])
        return WordSpans(starts, array("i", map(operator.add, starts, map(len, self.words))))

    def cased(self, index: int) -> str:
        """Word `index` as written (normalised but not lower-cased)."""
        spans = self.word_spans  # its arrays, read directly: a hot path
        return self.plain[spans.starts[index] : spans.ends[index]]

    @cached_property
    def tags(self) -> list[tuple[str, int]]:
        """The hashtags and handles: (`#` or `@`, index of the word after it), in order. A `#` inside
        a word is part of it ("C#"); an `@` inside one is an e-mail address when a domain follows
        ("vote@fvap.gov"), and otherwise a handle run on to the word before it, as old retweets and
        hurried typing leave them ("the ones@HillaryClinton makes")."""
        folded = self.folded
        if "#" not in folded and "@" not in folded:
            return []
        return [
            (folded[a - 1], i)
            for i, (a, b) in enumerate(self.word_spans)
            if a
            and folded[a - 1] in "#@"
            and not (a > 1 and folded[a - 2].isalnum() and (folded[a - 1] == "#" or _domain_at(folded, b)))
        ]

    def tag_segments(self, segment: Segmenter) -> dict[int, tuple[Segment, ...]]:
        """The words run together in each hashtag or handle that holds more than one, as
        `segment` (`pychecker.segment.Segmenter`) reads them, by the index of its word:
        "#VoteGreen" -> vote, green."""
        if not self.tags:
            return {}
        found: dict[int, tuple[Segment, ...]] = {}
        for _, index in self.tags:
            start, end = self.word_spans[index]
            pieces = segment(self.plain[start:end])
            if len(pieces) > 1:
                folded = self.folded
                found[index] = tuple(
                    Segment(folded[start + a : start + b].replace("'", ""), start + a, start + b) for a, b in pieces
                )
        return found

    @cached_property
    def _sentence_breaks(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.folded)]

    def sentence_of(self, folded_offset: int) -> int:
        """Index of the sentence (or line) holding a folded offset."""
        return bisect.bisect_right(self._sentence_breaks, folded_offset)

    @cached_property
    def word_sentences(self) -> array[int]:
        """The sentence of each of `words` (`sentence_of` its start), read as from a list."""
        breaks = self._sentence_breaks
        return array("i", [bisect.bisect_right(breaks, start) for start in self.word_spans.starts])

    @cached_property
    def questions(self) -> frozenset[int]:
        """The sentences that end in a question mark ("Can anyone help?")."""
        return frozenset(i for i, m in enumerate(_SENTENCE_END.finditer(self.folded)) if "?" in m.group())

    def disguises(self, prefixes: Container[str], words: frozenset[str]) -> list[Disguise]:
        """List words written in disguise: leetspeak inside a word ("N0rth", "NH₽", "$taying") and
        letters spaced out ("N H P", "N.H.P", "T o r i e s"), as variants of the words they cover.
        `words` are the list words (folded, no apostrophes) and `prefixes` all their prefixes.
        The text itself is left alone, so rules that look at digits still see them."""
        found: list[Disguise] = []
        folded = self.folded
        reach = 0
        for char in _LEET_CHAR.finditer(folded):
            at = char.start()
            if at < reach:
                continue
            # "@" before a handle, "!" after a word, "|" between words and "*" around one
            # ("*sigh*") are punctuation.
            if (folded[at] == "@" and not folded[at - 1 : at].isalnum()) or (
                folded[at] in "!|*" and not folded[at + 1 : at + 2].isalnum()
            ):
                continue
            start = at
            while start and (folded[start - 1].isalnum() or folded[start - 1] in _WORDISH_CHARS):
                start -= 1
            token_match = _WORDISH_RUN.match(folded, start)
            if token_match is None:  # pragma: no cover - `at` itself is always a word character
                continue
            token, end = token_match.group(), token_match.end()
            reach = end
            while token[:1] in ("@", "|", "!", "'", MASK) and len(token) > 1:
                token, start = token[1:], start + 1
            while token[-1:] in ("!", "|", "'", MASK) and len(token) > 1:
                token, end = token[:-1], end - 1
            if "@" in token and "." in folded[end : end + 2]:  # an e-mail address, not leetspeak
                continue
            for key in _leet_readings(token, prefixes, words):
                self._add(found, key, start, end)
        found += self._stretched(prefixes, words)
        if not self._spaced_letters:
            return found
        for match in _SPACED_RUN.finditer(folded):
            pieces = list(_SPACED_PIECE.finditer(folded, *match.span()))
            chars = "".join(piece.group() for piece in pieces)
            undo = _undo if any(char in LEET for char in chars) else _undo_plain
            for first in range(len(pieces)):
                for key, last in undo(chars, first, prefixes, words):
                    if len(key) >= _MIN_SPACED:
                        self._add(found, key, pieces[first].start(), pieces[last].end())
        return found

    def _stretched(self, prefixes: Container[str], words: frozenset[str]) -> list[Disguise]:
        """List words with a letter stretched ("fuuuck", "stuuupid", "loooser"): each run of three
        or more of one letter reads as one or two of it."""
        found: list[Disguise] = []
        reach = -1
        for run in _STRETCHED.finditer(self.folded):
            if run.start() < reach:
                continue
            index = bisect.bisect_right(self._word_starts, run.start()) - 1
            if index < 0:
                continue
            start, end = self.word_spans[index]
            reach = end
            if run.end() > end:
                continue
            for key in _stretch_readings(self.words[index].replace("'", ""), prefixes, words):
                found.append(Disguise(key, index, index + 1, start, end))
        return found

    @property
    def _spaced_letters(self) -> bool:
        """Whether two one-character words follow each other, as letters spaced out need (cheap)."""
        words = self.words
        return any(len(a) == 1 == len(b) for a, b in itertools.pairwise(words))

    def _add(self, found: list[Disguise], key: str, start: int, end: int) -> None:
        """Record a disguise over folded [start, end) if it covers at least one whole word."""
        starts = self._word_starts
        first = bisect.bisect_left(starts, start)
        after = bisect.bisect_left(starts, end)
        if first < after and self.word_spans.ends[after - 1] <= end:
            found.append(Disguise(key, first, after, start, end))

    @cached_property
    def original_word_starts(self) -> array[int]:
        """Where each of `words` starts in the original text (in order: for bisect)."""
        if self._origin is None:
            return self._word_starts
        origin = self._origin
        return array("i", [origin[start] for start in self._word_starts])

    @property
    def _word_starts(self) -> array[int]:
        return self.word_spans.starts


class Prefixes(Container[str]):
    """Every prefix of some words ("n", "no", "nor", ... of "north"), as `in` asks: one sorted tuple of
    the words, looked up by bisection, not a set of every prefix (the built-in pack's 9,000 list words
    have 28,000 prefixes: over a megabyte that the browser's heap would hold for good)."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(sorted(words))

    def __contains__(self, prefix: object) -> bool:
        if not isinstance(prefix, str) or not prefix:
            return False
        words = self._words
        at = bisect.bisect_left(words, prefix)  # the first word >= prefix: one that starts with it, if any does
        return at < len(words) and words[at].startswith(prefix)


class WordSpans(Sequence[tuple[int, int]]):
    """The words' (start, end) offsets in the folded text, read as a list of pairs: kept as two arrays
    of machine integers, eight bytes a word rather than a pair and two int objects (a 100,000-character
    draft has 17,000 words, and the browser's heap never shrinks). `starts` and `ends` may be read
    directly (`starts` is in order: for bisect)."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self.starts[index], self.ends[index], strict=True))
        return self.starts[index], self.ends[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, WordSpans) else other)

    __hash__ = None  # type: ignore[assignment]  # as a list's

    def __repr__(self) -> str:
        return f"WordSpans({list(self)!r})"


@dataclass(frozen=True)
class Segment:
    """One word of a hashtag or handle: `key` (folded, no apostrophes) at folded offsets [start, end)."""

    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Disguise:
    """A word written in disguise, undone: `key` (folded, no apostrophes) stands for the text's
    words `first` to `after - 1`, at folded offsets [start, end)."""

    key: str
    first: int
    after: int
    start: int
    end: int


def _undo(chars: str, first: int, prefixes: Container[str], words: frozenset[str]) -> list[tuple[str, int]]:
    """Every reading of `chars` from index `first` on that spells a list word: (word, index of
    its last character). A character reads as itself or, a digit or symbol, as the letters it
    stands for (never a digit as itself, and at least as many letters as stand-ins), and a star
    as any letter (with at least two letters shown); readings that stop being a prefix of a list
    word are dropped at once, so the work is bounded by the longest list word, not by the text."""
    found: list[tuple[str, int]] = []
    readings = {""}
    letters = disguised = masked = 0
    for index in range(first, len(chars)):
        char = chars[index]
        if char == "'":
            continue
        if char == MASK:
            masked += 1
            options = _ALPHABET
        elif char in LEET:
            disguised += 1
            options = LEET[char]
        elif char.isdigit():
            break
        else:
            letters += 1
            options = char
        readings = {r + c for r in readings for c in options if r + c in prefixes}
        if not readings:
            break
        if letters >= disguised and (not masked or letters >= _MIN_SHOWN):
            found.extend((r, index) for r in readings if r in words)
    return found


def _undo_plain(chars: str, first: int, prefixes: Container[str], words: frozenset[str]) -> list[tuple[str, int]]:
    """`_undo` for letters only (no digit or symbol to read otherwise): one reading, by slicing."""
    found: list[tuple[str, int]] = []
    end = first + 1
    while end <= len(chars) and (reading := chars[first:end]) in prefixes:
        if reading in words and not reading.isdigit():
            found.append((reading, end - 1))
        end += 1
    return found


_LEET_CACHE: DraftCache[tuple[str, frozenset[str]], list[str]] = DraftCache("text.leet", 65536)


def _leet_readings(token: str, prefixes: Container[str], words: frozenset[str]) -> list[str]:
    """The list words a mixed word ("n0rth", "nh₽", "l4bour's") reads as, or none (remembered)."""
    key = (token, words)
    readings = _LEET_CACHE.get(key)
    if readings is None:
        readings = _LEET_CACHE.keep(key, _read_leet(token, prefixes, words))
    return readings


def _read_leet(token: str, prefixes: Container[str], words: frozenset[str]) -> list[str]:
    if not _LEET_CHAR.search(token) or token[0] == MASK:
        return []
    letters = sum(c.isalpha() for c in token)
    disguised = sum(c in LEET for c in token)
    # Only words that mix letters with digits/symbols, mostly letters; "2nd" or "4x4" never.
    if not letters or letters < disguised or any(c.isdigit() and c not in LEET for c in token):
        return []
    readings = [word for word, last in _undo(token, 0, prefixes, words) if last == len(token) - 1]
    if token.endswith("'s"):  # a possessive: "l4bour's" stands for "labour"
        readings += [word for word, last in _undo(token[:-2], 0, prefixes, words) if last == len(token) - 3]
    return readings


_STRETCH_CACHE: DraftCache[tuple[str, frozenset[str]], list[str]] = DraftCache("text.stretch", 65536)


def _stretch_readings(token: str, prefixes: Container[str], words: frozenset[str]) -> list[str]:
    """The list words a stretched word ("fuuuck", "shiiit") reads as: each run of three or more of
    one letter as one or two of it (remembered)."""
    key = (token, words)
    readings = _STRETCH_CACHE.get(key)
    if readings is None:
        pieces = _STRETCHED.split(token)  # text, letter, text, letter, ...: the runs' letters at odd places
        if len(pieces) > 2 * _MAX_STRETCHES + 1:
            readings = []
        else:
            options = [[piece] if i % 2 == 0 else [piece, piece * 2] for i, piece in enumerate(pieces)]
            spelled = ("".join(choice) for choice in itertools.product(*options))
            readings = sorted({word for word in spelled if word in words and word[:1] in prefixes})
        _STRETCH_CACHE.keep(key, readings)
    return readings


def tokenize(phrase: str) -> list[str]:
    """The words of a word-list phrase as lists compare them: folded as post text is, no apostrophes."""
    return [word.replace("'", "") for word in Text(phrase).words]
