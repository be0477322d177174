"""English words, how often they are written, and the slips one letter away from them.

The data is `pychecker/data/english.txt.gz`, made by `tools/make_wordlist.py` from maintained
sources (Hunspell's en_GB and en_US dictionaries, wordfreq's frequencies, cspell's lists of common
misspellings, people's names and companies, GeoNames' places: the file's head names each, with its
version and licence). It is read once, when first asked (the first official post checked), not as
the checker starts.

Kept small in memory: only the words a slip may be corrected to are a dict (word -> frequency
band); the other words (rare dictionary words, the words people write that a dictionary lacks,
names) stay as a few thousand strings, each holding the words that share their first three
letters, and are looked up with one substring search.

Words are *keys*: folded as the checker folds a post (accents dropped, lower case) with
apostrophes removed ("don't" -> "dont").

    >>> english().is_word("favorite"), english().is_word("favourite"), english().is_word("buidling")
    (True, True, False)
    >>> english().band("the") > english().band("building") > english().band("bridling")
    True
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

_FILE = ("data", "english.txt.gz")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_BUCKET = 3  # the file groups keys by their first three letters
_FOREIGN_MIN = 4  # shorter words of other languages are too often an English slip ("tem", "ist")


class _Buckets:
    """A set of keys kept as one string per three-letter start (" abbey abbot "): one dict look-up
    and one substring search per question, a fraction of the memory of a set of strings."""

    def __init__(self, lines: list[str]) -> None:
        self._by_start = {line.split(" ", 1)[0][:_BUCKET]: f" {line} " for line in lines}

    def __contains__(self, key: str) -> bool:
        bucket = self._by_start.get(key[:_BUCKET])
        return bucket is not None and f" {key} " in bucket


@dataclass(frozen=True)
class English:
    frequency: dict[str, int]  # key -> band (twice its Zipf frequency): the words a slip is corrected to
    display: dict[str, str]  # key -> how it is written, where that is not the key ("dont" -> "don't")
    calendar: frozenset[str]  # days, months and holidays: what a capitalised word may be corrected to
    rare: _Buckets  # dictionary words never suggested: rare forms, swear words, names ("paris")
    common: _Buckets  # words people write often that the dictionary lacks ("vibes", "bae", "por")
    names: _Buckets  # people, places and companies: words when written with a capital
    misspelt: dict[str, tuple[str, ...]]  # known misspellings -> their corrections, as written
    foreign: frozenset[str]  # frequent words of other languages that English seldom writes ("que", "avec")

    def in_dictionary(self, key: str) -> bool:
        """A word of the dictionaries (British or American spelling)."""
        return key in self.frequency or key in self.rare

    def is_word(self, key: str) -> bool:
        """A word of the dictionaries, one people write often ("bae", "vibes", "por"), or a frequent
        word of another language ("gracias", "mucho")."""
        return (
            key in self.frequency
            or key in self.rare
            or key in self.common
            or (len(key) >= _FOREIGN_MIN and key in self.foreign)
        )

    def is_name(self, key: str) -> bool:
        """A person's, place's or company's name (a word when written with a capital)."""
        return key in self.names

    def band(self, key: str) -> int:
        """How often the word is written: twice its Zipf frequency ("the" 15, "building" 10), 1 for a
        word too rare to be suggested, 0 for no word."""
        return self.frequency.get(key) or int(self.is_word(key) or self.is_name(key))

    def written(self, key: str) -> str:
        return self.display.get(key, key)


def _read() -> English:
    raw = resources.files("pychecker").joinpath(*_FILE).read_bytes()
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in gzip.decompress(raw).decode("utf-8").split("\n"):
        if line.startswith("@"):
            current = sections.setdefault(line, [])
        elif line and line[0] != "#":
            current.append(line)
    frequency: dict[str, int] = {}
    for name, lines in sections.items():
        if name.startswith("@suggest "):
            band = int(name.split()[1])
            for line in lines:
                frequency.update(dict.fromkeys(line.split(), band))
    display = dict(line.split(" ", 1) for line in sections["@display"])
    misspelt = {k: tuple(v.split(",")) for k, v in (line.split(" ", 1) for line in sections["@misspelt"])}
    return English(
        frequency=frequency,
        display=display,
        calendar=frozenset(" ".join(sections["@calendar"]).split()),
        rare=_Buckets(sections["@words"]),
        common=_Buckets(sections["@common"]),
        names=_Buckets(sections["@names"]),
        misspelt=misspelt,
        foreign=frozenset(" ".join(sections["@foreign"]).split()),
    )


@cache
def english() -> English:
    """The English word data, read on first use."""
    return _read()


def edits(word: str) -> tuple[list[str], list[str]]:
    """Strings one slip from `word`, likeliest first, as (sure slips, other edits). Sure slips: two
    letters swapped, a double letter missed or doubled. Others: a letter missing, extra or wrong.
    The first letter is kept, except in a swap (people rarely slip there)."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    swapped = [word[1] + word[0] + word[2:]] + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    missed_double = [a + a[-1] + b for a, b in splits]
    extra_double = [a + b[1:] for a, b in splits if b and b[0] == a[-1]]
    missing = [a + c + b for a, b in splits for c in _ALPHABET]
    extra = [a + b[1:] for a, b in splits if b]
    wrong = [a + c + b[1:] for a, b in splits if b for c in _ALPHABET if c != b[0]]
    return swapped + missed_double + extra_double, missing + extra + wrong
