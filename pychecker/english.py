"""English words, how often they are written, and the slips one letter away from them.

The data is `pychecker/data/english.txt.gz`, made by `tools/make_wordlist.py` from maintained
sources (Hunspell's en_GB and en_US dictionaries, wordfreq's frequencies, cspell's lists of common
misspellings, people's names and companies, GeoNames' places: the file's head names each, with its
version and licence). It is read once, when first asked (the first official post checked), not as
the checker starts.

Kept small in memory (about 2 MB for 160,000 words): the 3,000 most frequent words are a set (most
of a post's words); every other list stays as a few thousand strings, each holding the words that
share their first three letters (" build5 builder6 building: "), looked up with one substring
search. A suggestable word carries its frequency band as the character after it.

Words are *keys*: folded as the checker folds a post (accents dropped, lower case) with
apostrophes removed ("don't" -> "dont").

    >>> words = english()
    >>> words.is_word("favorite"), words.is_word("favourite"), words.is_word("buidling")
    (True, True, False)
    >>> words.band("the") > words.band("building") > words.band("bridling")
    True

`band` is also a word-frequency list for other uses (reading a hashtag as words): twice the word's
Zipf frequency ("the" 15, "building" 10), 1 for a known word too rare to rank, 0 for no word.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_FILE = ("data", "english.txt.gz")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_BUCKET = 3  # the file groups keys by their first three letters
_BAND_ZERO = ord("0")  # a band is written as one character from "0" on, below the letters
_SHORT_WORD = 7  # shorter words' extra last letter is not read as a slip
_FOREIGN_MIN = 4  # shorter words of other languages are too often an English slip ("tem", "ist")


class Buckets:
    """A set of keys kept as one string per three-letter start (" abbey abbot "): one dict look-up
    and one substring search per question, a fraction of the memory of a set of strings. In a
    banded set each key is followed by its band's character ("building:")."""

    def __init__(self, lines: list[str]) -> None:
        # The three-letter starts are interned: one string for each, whichever sets have it.
        self._by_start = {
            sys.intern("".join(c for c in line[1 : 1 + _BUCKET] if c.isalpha())): line for line in lines if line
        }

    def __contains__(self, key: str) -> bool:
        bucket = self._by_start.get(key[:_BUCKET])
        return bucket is not None and f" {key} " in bucket

    def band(self, key: str) -> int | None:
        """The band written after `key` in a banded set, or None when it is not there. Keys are
        sorted and band characters sort below letters, so the first " key" is the key itself."""
        bucket = self._by_start.get(key[:_BUCKET])
        if bucket is None:
            return None
        at = bucket.find(f" {key}")
        if at < 0:
            return None
        after = bucket[at + 1 + len(key)]
        return ord(after) - _BAND_ZERO if after < "a" else None

    def longer(self, key: str) -> Iterator[tuple[str, int]]:
        """The keys of a banded set that start with `key` and go on, each with its band."""
        bucket = self._by_start.get(key[:_BUCKET])
        if bucket is None:
            return
        at = bucket.find(f" {key}")
        while at >= 0:
            end = bucket.index(" ", at + 1)
            token = bucket[at + 1 : end - 1]
            if len(token) > len(key):
                yield token, ord(bucket[end - 1]) - _BAND_ZERO
            at = bucket.find(f" {key}", end)


@dataclass(frozen=True)
class English:
    hot: frozenset[str]  # the most frequent words (Zipf 4.5 and up): most of a post's words
    suggest: Buckets  # the words a slip may be corrected to, with their bands
    display: dict[str, str]  # key -> how it is written, where that is not the key ("dont" -> "don't")
    calendar: frozenset[str]  # days, months and holidays: what a capitalised word may be corrected to
    rare: Buckets  # dictionary words never suggested: rare forms, swear words, names ("paris")
    common: Buckets  # words people write often that the dictionary lacks ("vibes", "bae", "por")
    seen: Buckets  # rarer strings people write that are not slips ("planty"), other languages' words ("planeta")
    names: Buckets  # people, places and companies: words when written with a capital
    foreign: Buckets  # frequent words of other languages that English seldom writes ("que", "avec")
    misspelt_lines: str  # "\nkey correction,correction\n...": known misspellings

    def in_dictionary(self, key: str) -> bool:
        """A word of the dictionaries (British or American spelling)."""
        return key in self.hot or self.suggest.band(key) is not None or key in self.rare

    def is_word(self, key: str) -> bool:
        """A word of the dictionaries, one people write often ("bae", "vibes", "por"), or a frequent
        word of another language ("gracias", "mucho")."""
        return self.in_dictionary(key) or key in self.common or (len(key) >= _FOREIGN_MIN and key in self.foreign)

    def is_written(self, key: str) -> bool:
        """A word, or a string people write on purpose that is no English word: rarer spellings that
        are not slips of a word ("planty"), a word of another language ("sayang", "planeta"). Not
        the base of a derived form: "wache" does not make "waching" a word."""
        return self.is_word(key) or key in self.seen

    def is_name(self, key: str) -> bool:
        """A person's, place's or company's name (a word when written with a capital)."""
        return key in self.names

    def suggestable(self, key: str) -> int | None:
        """The band of a word a slip may be corrected to, or None."""
        return self.suggest.band(key)

    def band(self, key: str) -> int:
        """How often the word is written: twice its Zipf frequency ("the" 15, "building" 10), 1 for
        a known word too rare to rank, 0 for no word."""
        found = self.suggest.band(key)
        return found if found is not None else int(self.is_word(key) or self.is_name(key))

    def misspelt(self, key: str) -> tuple[str, ...]:
        """The listed corrections of a known misspelling ("definately": "definitely"), or ()."""
        at = self.misspelt_lines.find(f"\n{key} ")
        if at < 0:
            return ()
        start = at + len(key) + 2
        return tuple(self.misspelt_lines[start : self.misspelt_lines.index("\n", start)].split(","))

    def written(self, key: str) -> str:
        return self.display.get(key, key)


def _read() -> English:
    """The file's sections, read line by line as it is unpacked: no copy of the whole file is ever
    held, so reading costs little more memory than the result."""
    part: dict[str, list[str]] = {}
    current: list[str] = []
    with (
        resources.files("pychecker").joinpath(*_FILE).open("rb") as packed,
        gzip.open(packed, "rt", encoding="utf-8") as lines,
    ):
        for line in lines:
            if line[0] == "@":
                current = part.setdefault(line[1:].strip(), [])
            elif line[0] not in "#\n":
                current.append(line.rstrip("\n"))
    return English(
        hot=frozenset(" ".join(part["hot"]).split()),
        suggest=Buckets(part["suggest"]),
        display=dict(line.split(" ", 1) for line in part["display"]),
        calendar=frozenset(" ".join(part["calendar"]).split()),
        rare=Buckets(part["words"]),
        common=Buckets(part["common"]),
        seen=Buckets(part["seen"]),
        names=Buckets(part["names"]),
        foreign=Buckets(part["foreign"]),
        misspelt_lines="\n" + "\n".join(part["misspelt"]) + "\n",
    )


@cache
def english() -> English:
    """The English word data, read on first use."""
    return _read()


def edits(word: str) -> tuple[list[str], list[str]]:
    """Strings one slip from `word`, likeliest first, as (sure slips, other edits). Sure slips: two
    letters swapped, a double letter missed or doubled. Others: a letter missing, extra or wrong.
    The first letter is kept, but for a swap or a missing first letter ("ither"); an extra last
    letter is left out of short words ("busto", "skewl": slang more often than a slip)."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    swapped = [word[1] + word[0] + word[2:]] + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    missed_double = [a + a[-1] + b for a, b in splits]
    extra_double = [a + b[1:] for a, b in splits if b and b[0] == a[-1]]
    missing = [a + c + b for a, b in [("", word), *splits] for c in _ALPHABET]
    extra = [a + b[1:] for a, b in splits if b and (len(b) > 1 or len(word) >= _SHORT_WORD)]
    wrong = [a + c + b[1:] for a, b in splits if b for c in _ALPHABET if c != b[0]]
    return swapped + missed_double + extra_double, missing + extra + wrong
