"""spelling: misspelt or doubled words in a post from one of the organisation's channels.

Clause OC-6: "Staff should take care with the presentation of content. Make sure that there are no
typos, misspellings, or grammatical errors. The quality of images should also be checked."

Fires (as info) on an official account for each word that is not in the British English word list
(`pychecker/data/british-english.txt.gz`: common words from Debian's wbritish-small, SCOWL, regenerated
by `tools/make_wordlist.py`) but is one letter away from a word that is (two letters swapped, a
double letter missed or doubled, a letter missing, extra or wrong; the first letter is taken as
right): the fix replaces it with the likeliest word, and the message names up to three. Also fires
on the same word twice in a row ("the the"), with a fix that removes the second. Words are: the
organisation's own names, channel handles and centres (`lists/org.toml`), local place names, social
media and sector words (`lists/spelling.toml`), and regular forms of list words the common list
leaves out ("messaging", "wackiest"), unless a surer slip explains them ("occured", "begining").
Left alone: @handles, #hashtags, links and e-mail addresses, words with digits, ACRONYMS, names (a
capitalised word inside a sentence or before another capitalised word, unless it is one letter from
a day, month or holiday: "Tuesdya"), a word with no close match (more likely a name or a rare word
than a slip), doubles that are right ("had had", "bye bye") and personal accounts.

Fires:
    [account=official] Join us on Tuesdya for stay and play!
    [account=official] We have moved to a new buidling.
    [account=official] Stay and play is is back next week.
Does not fire:
    [account=official] Stay and play is back at Wellholme Children's Centre, Mixenden, on Tuesday!
    [account=official] Follow @NhxPartnership and #StayingWell for updates: www.facebook.com/StayingWellCalderdale
    [account=official] Thank you to Kate Dearden MP for visiting Illingworth today. She had had a busy morning!
    [account=personal] We have moved to a new buidling.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..findings import Finding, Fix
from ..post import Post, Span
from ..text import Text
from .base import Rule

_WORDS_FILE = ("data", "british-english.txt.gz")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_CONTRACTION_ENDS = ("s", "re", "ve", "ll", "d", "m")
_REACH = 200
_MAX_UNKNOWN = 1000  # words outside the list looked at per post, so a paste of data stays fast
_MAX_FINDINGS = 50  # past this a post is not prose with slips in it; more would only bury the rest
_ADDRESS = re.compile(r"@|://|www\.|\w\.\w")  # handles, e-mail addresses, links, domains
_MIN_LENGTH = 3  # shorter words have too many neighbours to guess at
_MAX_LENGTH = 30  # longer "words" are data (or a stuck key), and their edits cost the square of their length


@dataclass(frozen=True)
class Dictionary:
    words: frozenset[str]  # keys: lower case, apostrophes removed, as the post's words are
    proper: frozenset[str]  # keys of words written with a capital (days, months, "English")
    display: dict[str, str]  # key -> how to write it, where that differs ("tuesday" -> "Tuesday")


@cache
def dictionary() -> Dictionary:
    """The word list, read once, on the first official post checked."""
    raw = resources.files("pychecker").joinpath(*_WORDS_FILE).read_bytes()
    words: set[str] = set()
    proper: set[str] = set()
    display: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        key = line.replace("'", "").lower()
        words.add(key)
        if line != key:
            display[key] = line
            if line[0].isupper():
                proper.add(key)
    return Dictionary(frozenset(words), frozenset(proper), display)


def _edits(word: str) -> tuple[list[str], list[str]]:
    """Words one edit away, likeliest slip first, as (sure slips, other edits). Sure slips: two
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


@lru_cache(maxsize=8192)
def suggestions(key: str) -> tuple[tuple[str, ...], bool]:
    """Up to three list words one edit from `key`, likeliest first, and whether the first is a sure slip."""
    words = dictionary().words
    sure, other = _edits(key)
    found: list[str] = []
    for candidate in sure + other:
        if candidate in words and candidate != key and candidate not in found:
            found.append(candidate)
            if len(found) == 3:
                break
    return tuple(found), bool(found) and found[0] in sure


_VOWELS = frozenset("aeiou")
_NO_DOUBLE = _VOWELS | {"w", "x", "y"}


def _stem_ok(base: str, words: frozenset[str]) -> bool:
    """Whether `base` + "ing"/"ed"/"er"/"est" is a regular form of a list word ("messag(e)ing", "run(n)ing")."""
    if len(base) < 2:
        return False
    if len(base) >= 3 and base[-1] == base[-2] and base[:-1] in words:
        return True  # doubled final letter: "running"
    if base in words:
        # "runing": a short consonant-vowel-consonant word doubles its last letter, so this is a slip.
        cvc = len(base) == 3 and base[0] not in _VOWELS and base[1] in _VOWELS and base[2] not in _NO_DOUBLE
        return not cvc
    return base + "e" in words


def _inflected(key: str, words: frozenset[str]) -> bool:
    """A regular form of a list word the common list leaves out ("messaging", "wackiest", "olds")."""
    for ending in ("iness", "iest", "ies", "ied", "ier", "ily"):
        if key.endswith(ending) and key[: -len(ending)] + "y" in words:
            return True
    for ending in ("ing", "est", "ed", "er"):
        if key.endswith(ending) and len(key) > len(ending) + 2 and _stem_ok(key[: -len(ending)], words):
            return True
    return any(key.endswith(e) and key[: -len(e)] in words for e in ("ness", "ment", "less", "ful", "ly", "es", "s"))


def _is_word(key: str, cased: str, words: frozenset[str]) -> bool:
    if key in words:
        return True
    if "'" in cased:  # "we'll", "Sarah's", "shouldn't"
        base, end = cased.lower().rsplit("'", 1)
        base = base.replace("'", "")
        if end in _CONTRACTION_ENDS and base in words:
            return True
        if end == "t" and base.endswith("n") and base[:-1] in words:
            return True
    return False


def _write_like(word: str, model: str) -> str:
    """`word` in the case the person used for `model`."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class _Cover:
    """Answers "is this original-text span inside one of these spans?" for spans asked in order."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda s: s.start):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._spans = merged
        self._at = 0

    def covers(self, start: int, end: int) -> bool:
        while self._at < len(self._spans) and self._spans[self._at][1] < end:
            self._at += 1
        return self._at < len(self._spans) and self._spans[self._at][0] <= start


def _in_address(folded: str, start: int, end: int) -> bool:
    """Whether a word is part of a link, e-mail address or handle: its run of non-space holds '@',
    '://', 'www.' or 'a.b'. Looks at most _REACH characters either side, so long runs cost no more."""
    before = folded[max(0, start - _REACH) : start]
    after = folded[end : end + _REACH]
    run = before[len(before) - len(before.split()[-1]) :] if before and not before[-1].isspace() else ""
    tail = after.split(maxsplit=1)[0] if after and not after[0].isspace() else ""
    return bool(_ADDRESS.search(run + folded[start:end] + tail))


def _doubled(
    rule: Rule, post: Post, first: tuple[int, int], second: tuple[int, int], double_ok: _Cover
) -> Finding | None:
    """A finding for a word written twice in a row, unless `double_ok` covers it ("had had").
    Pairs must be asked in text order: the cover's cursor only moves forward."""
    text = post.text
    start, first_end = text.to_original(*first)
    _, end = text.to_original(*second)
    span = Span(start, end, text.sentence_of(second[0]))
    if double_ok.covers(start, end):
        return None
    word = post.original[first_end:end].strip()
    fix = Fix(rule.say(post, "fix_doubled", word=word), first_end, end, "")
    return rule.finding(post, span, "doubled", fix=fix, word=word)


def _name_follows(text: Text, index: int) -> bool:
    """Whether the next word is capitalised too ("Keir Starmer"): a name, even at a sentence's start."""
    return index + 1 < len(text.words) and text.cased(index + 1)[:1].isupper()


def _misspelt(rule: Rule, post: Post, index: int, dic: Dictionary, known: _Cover) -> Finding | None:
    """A finding for word `index` if it is not a word but one letter from one; None when it is left alone."""
    text = post.text
    word_start, word_end = text.word_spans[index]
    key = text.words[index].replace("'", "")
    cased = text.cased(index)
    if (
        not _MIN_LENGTH <= len(key) <= _MAX_LENGTH
        or not key.isalpha()
        or (word_start and text.folded[word_start - 1] in "@#")
        or (cased.isupper() and len(cased) > 1)
        or any(c.isupper() for c in cased[1:])
        or (cased[:1].isupper() and cased.endswith("'s"))  # a name's possessive: "St Mary's"
        or _is_word(key, cased, dic.words)
        or key in _pack_words(post)
        or post.pack.channel(key) is not None
        or _in_address(text.folded, word_start, word_end)
    ):
        return None
    start, end = text.to_original(word_start, word_end)
    if known.covers(start, end):
        return None
    found, sure = suggestions(key)
    if not sure and _inflected(key, dic.words):
        return None  # "messaging", "olds": a regular form of a list word, not a slip
    sentence = text.sentence_of(word_start)
    sentence_start = index == 0 or text.sentence_of(text.word_spans[index - 1][0]) != sentence
    if cased[:1].isupper() and (not sentence_start or _name_follows(text, index)):
        # A name, unless it is a day or month misspelt ("Tuesdya"); never a plural month ("Junes").
        found = tuple(w for w in found if w in dic.proper and w[:-1] not in dic.proper)
    if not found:
        return None
    written = [_write_like(dic.display.get(w, w), cased) for w in found]
    word = post.original[start:end]
    listed = ", ".join(f"“{w}”" for w in written)
    fix = Fix(rule.say(post, "fix_misspelt", suggestion=written[0]), start, end, written[0])
    return rule.finding(post, Span(start, end, sentence), "misspelt", fix=fix, word=word, suggestions=listed)


def _pack_words(post: Post) -> frozenset[str]:
    """The pack's own names are words: the organisation's, its services', parties' and politicians'."""
    return post.pack.lexicon.words_of("org.", "political.")


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if not post.context.official:
        return
    text = post.text
    words, spans = text.words, text.word_spans
    if not words:
        return
    dic = dictionary()
    known: _Cover | None = None
    double_ok: _Cover | None = None  # built once, on the first double: per pair it made long posts quadratic
    previous = ""
    unknown = 0
    found = 0
    for index, word in enumerate(words):
        if found >= _MAX_FINDINGS:
            return
        if word == previous and not text.folded[spans[index - 1][1] : spans[index][0]].strip() and word.isalpha():
            if double_ok is None:
                double_ok = _Cover(post.spans("spelling.double-ok"))
            doubled = _doubled(rule, post, spans[index - 1], spans[index], double_ok)
            if doubled:
                found += 1
                yield doubled
        previous = word
        if word in dic.words:  # most words: nothing more to do
            continue
        unknown += 1
        if unknown > _MAX_UNKNOWN:  # not prose (a paste of code or data): doubles only from here
            continue
        if known is None:
            known = _Cover(post.spans("spelling.known") + post.org_mentions)
        misspelt = _misspelt(rule, post, index, dic, known)
        if misspelt:
            found += 1
            yield misspelt


RULE = Rule(
    id="spelling",
    severity="info",
    summary="Misspelt or doubled words in a post from an official channel.",
    run=run,
    lists=("spelling.known", "spelling.double-ok", "org.mention"),
    texts={
        "doubled": "“{word}” appears twice in a row. Posts from {org_short}'s channels should be free of typos (the "
        "policy asks staff to check for typos, misspellings and grammatical errors).",
        "fix_doubled": "Remove the second “{word}”",
        "misspelt": "“{word}” looks misspelt: did you mean {suggestions}? Posts from {org_short}'s channels should "
        "be free of typos and misspellings. If it is a name or a word you meant, leave it.",
        "fix_misspelt": "Change to “{suggestion}”",
    },
    doc=__doc__ or "",
)
