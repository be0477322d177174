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

import re
from collections.abc import Iterator
from functools import lru_cache

from ..english import English, edits, english
from ..findings import Finding, Fix
from ..post import Post, Span
from ..text import Text
from .base import Rule

_CONTRACTION_ENDS = ("s", "re", "ve", "ll", "d", "m")
_REACH = 200
_MAX_UNKNOWN = 1000  # words outside the list looked at per post, so a paste of data stays fast
_MAX_FINDINGS = 50  # past this a post is not prose with slips in it; more would only bury the rest
_ADDRESS = re.compile(r"@|://|www\.|\w\.\w")  # handles, e-mail addresses, links, domains
_MIN_LENGTH = 3  # shorter words have too many neighbours to guess at
_MAX_LENGTH = 30  # longer "words" are data (or a stuck key), and their edits cost the square of their length
_VOWELS = frozenset("aeiouy")
_SURE_BONUS = 2  # in frequency bands: a sure slip counts as if its word were written ten times as often
_MIN_BAND = 6  # a correction that is not a sure slip must be a common word (Zipf 3: 1 in a million words)
_FOREIGN_WORDS = 2  # a sentence with this many frequent words of another language ...
_FOREIGN_SHARE = 0.3  # ... making up this share of its words is in that language,
_OUTSIDE_SHARE = 0.5  # and so is one with this share of words no English dictionary has ...
_MIN_SENTENCE = 3  # ... out of at least this many
_QUOTES_BEFORE = "\"“‘'«"
_QUOTES_AFTER = "\"”’'»"


@lru_cache(maxsize=8192)
def suggestions(key: str) -> tuple[tuple[str, ...], bool]:
    """Up to three words one slip from `key`, as written, likeliest first, and whether the first is a
    sure slip. A known misspelling gets its listed corrections ("definately": "definitely");
    otherwise the likeliest is the most frequent word, a sure slip counting ten times over."""
    dic = english()
    listed = dic.misspelt.get(key)
    if listed:
        return listed[:3], True
    sure, other = edits(key)
    scores: dict[str, int] = {}
    for candidates, bonus in ((sure, _SURE_BONUS), (other, 0)):
        for candidate in candidates:
            band = dic.frequency.get(candidate)
            if band is not None and candidate != key and band + bonus > scores.get(candidate, -1):
                scores[candidate] = band + bonus
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)[:3]
    sure_first = bool(ranked) and ranked[0] in sure
    return tuple(dic.written(w) for w in ranked), sure_first


def _stem_ok(base: str, dic: English) -> bool:
    """Whether `base` + "ing"/"ed"/"er"/"est" is a regular form of a word ("messag(e)ing", "run(n)ing")."""
    if len(base) < 2:
        return False
    if len(base) >= 3 and base[-1] == base[-2] and dic.is_word(base[:-1]):
        return True  # doubled final letter: "running"
    if dic.is_word(base):
        # "runing": a short consonant-vowel-consonant word doubles its last letter, so this is a slip.
        cvc = len(base) == 3 and base[0] not in _VOWELS and base[1] in _VOWELS and base[2] not in "aeiouwxy"
        return not cvc
    return dic.is_word(base + "e")


def _informal(key: str, dic: English) -> bool:
    """A regular form of a word the lists leave out ("wackiest", "convos", "olds"), or a dropped g
    ("chillin", "bummin"): written on purpose, not a slip."""
    if key.endswith("in") and dic.is_word(key + "g"):
        return True
    for ending in ("iness", "iest", "ies", "ied", "ier", "ily"):
        if key.endswith(ending) and dic.is_word(key[: -len(ending)] + "y"):
            return True
    for ending in ("ing", "est", "ed", "er"):
        if key.endswith(ending) and len(key) > len(ending) + 2 and _stem_ok(key[: -len(ending)], dic):
            return True
    return any(key.endswith(e) and dic.is_word(key[: -len(e)]) for e in ("ness", "ment", "less", "ful", "ly", "es", "s"))


def _is_word(key: str, cased: str, dic: English) -> bool:
    """A word, a name written as one, or a contraction of a word ("we'll", "Sarah's", "shouldn't")."""
    if dic.is_word(key) or (cased[:1].isupper() and dic.is_name(key)):
        return True
    if "'" in cased:
        base, end = cased.lower().rsplit("'", 1)
        base = base.replace("'", "")
        if end in _CONTRACTION_ENDS and (dic.is_word(base) or (cased[:1].isupper() and dic.is_name(base))):
            return True
        if end == "t" and base.endswith("n") and dic.is_word(base[:-1]):
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


class _Foreign:
    """Which sentences are in another language ("Feliz cumpleaños, mi amor"): those with several
    frequent words of another language, or mostly words no English dictionary has; every sentence
    of a post that is, as a whole. Counted over lower-case words (a capitalised one may be a name),
    on the first question, once per post."""

    def __init__(self, text: Text, dic: English) -> None:
        self._text = text
        self._dic = dic
        self._sentences: set[int] | None = None
        self._all = False

    def __contains__(self, sentence: int) -> bool:
        if self._sentences is None:
            self._count()
        return self._all or sentence in self._sentences  # type: ignore[operator]

    def _count(self) -> None:
        counts: dict[int, list[int]] = {}  # sentence -> [words, other language's, outside the dictionary]
        text, dic = self._text, self._dic
        for index, word in enumerate(text.words):
            key = word.replace("'", "")
            if not key.isalpha() or not text.cased(index)[:1].islower():
                continue
            count = counts.setdefault(text.sentence_of(text.word_spans[index][0]), [0, 0, 0])
            count[0] += 1
            count[1] += key in dic.foreign
            count[2] += not dic.in_dictionary(key)
        self._sentences = {sentence for sentence, count in counts.items() if _not_english(*count)}
        self._all = _not_english(*(sum(c[i] for c in counts.values()) for i in range(3)))


def _not_english(words: int, other: int, outside: int) -> bool:
    return (other >= _FOREIGN_WORDS and other >= _FOREIGN_SHARE * words) or (
        words >= _MIN_SENTENCE and outside >= _OUTSIDE_SHARE * words
    )


def _misspelt(rule: Rule, post: Post, index: int, dic: English, known: _Cover, foreign: _Foreign) -> Finding | None:
    """A finding for word `index` if it is not a word but one slip from one; None when it is left alone."""
    text = post.text
    word_start, word_end = text.word_spans[index]
    key = text.words[index].replace("'", "")
    cased = text.cased(index)
    if (
        not _MIN_LENGTH <= len(key) <= _MAX_LENGTH
        or not key.isalpha()
        or not key.isascii()  # another alphabet, or phonetic symbols
        or ("'" in cased and cased.rsplit("'", 1)[1].lower() not in (*_CONTRACTION_ENDS, "t"))  # "chick'n"
        or not _VOWELS.intersection(key)  # "ppl", "msg", "recd": abbreviations
        or (word_start and text.folded[word_start - 1] in "@#")
        or (cased.isupper() and len(cased) > 1)
        or any(c.isupper() for c in cased[1:])
        or (cased[:1].isupper() and cased.endswith("'s"))  # a name's possessive: "St Mary's"
        or _is_word(key, cased, dic)
        or key in _pack_words(post)
        or post.pack.channel(key) is not None
        or _in_address(text.folded, word_start, word_end)
    ):
        return None
    if word_start and text.folded[word_start - 1] in _QUOTES_BEFORE and text.folded[word_end : word_end + 1] in _QUOTES_AFTER:
        return None  # a word in quotation marks is a term being named (“nooch”), not a slip
    start, end = text.to_original(word_start, word_end)
    if known.covers(start, end):
        return None
    found, sure = suggestions(key)
    if not found or (not sure and _informal(key, dic)):
        return None  # no word close by, or a form written on purpose ("messaging", "convos", "chillin")
    sentence = text.sentence_of(word_start)
    if sentence in foreign:
        return None
    sentence_start = index == 0 or text.sentence_of(text.word_spans[index - 1][0]) != sentence
    if cased[:1].isupper():
        if not sentence_start or _name_follows(text, index):
            # A name, unless it is a day or month misspelt ("Tuesdya"); never a plural month ("Junes").
            found = tuple(w for w in found if w.lower() in dic.calendar and key[:-1] not in dic.calendar)
        elif not sure:
            return None  # a capitalised word that is not a sure slip is more likely a name ("Chuls")
    elif not sure and dic.frequency.get(found[0].lower().replace("'", ""), _MIN_BAND) < _MIN_BAND:
        return None  # the nearest word is rare: more likely a word the lists lack than a slip
    if not found:
        return None
    written = [_write_like(w, cased) for w in found]
    word = post.original[start:end]
    listed = ", ".join(f"“{w}”" for w in written)
    fix = Fix(rule.say(post, "fix_misspelt", suggestion=written[0]), start, end, written[0])
    return rule.finding(post, Span(start, end, sentence), "misspelt", fix=fix, word=word, suggestions=listed)


def _pack_words(post: Post) -> frozenset[str]:
    """The pack's own names are words: the organisation's, its services', parties' and politicians'."""
    return post.pack.lexicon.words_of("org.", "political.")


def _slip_double(text: Text, index: int, slips: frozenset[str]) -> bool:
    """Whether word `index` repeats the one before it as a slip does: a small word ("the the",
    "is is") after a single space. A repeated content word is usually meant ("sweet sweet",
    "Summer summer"), and a wider gap or a line break is a pause or a list."""
    word = text.words[index]
    return (
        index > 0
        and word == text.words[index - 1]
        and word.replace("'", "") in slips
        and text.folded[text.word_spans[index - 1][1] : text.word_spans[index][0]] == " "
    )


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if not post.context.official:
        return
    text = post.text
    words = text.words
    if not words:
        return
    dic = english()
    frequency = dic.frequency
    slips = post.word_set("spelling.slip-double")
    known: _Cover | None = None
    double_ok: _Cover | None = None  # built once, on the first double: per pair it made long posts quadratic
    foreign = _Foreign(text, dic)
    unknown = 0
    found = 0
    for index, word in enumerate(words):
        if found >= _MAX_FINDINGS:
            return
        if _slip_double(text, index, slips) and text.sentence_of(text.word_spans[index][0]) not in foreign:
            if double_ok is None:
                double_ok = _Cover(post.spans("spelling.double-ok"))
            doubled = _doubled(rule, post, text.word_spans[index - 1], text.word_spans[index], double_ok)
            if doubled:
                found += 1
                yield doubled
        if (word.replace("'", "") if "'" in word else word) in frequency:  # most words: nothing more to do
            continue
        unknown += 1
        if unknown > _MAX_UNKNOWN:  # not prose (a paste of code or data): doubles only from here
            continue
        if known is None:
            known = _Cover(post.spans("spelling.known") + post.org_mentions)
        misspelt = _misspelt(rule, post, index, dic, known, foreign)
        if misspelt:
            found += 1
            yield misspelt


RULE = Rule(
    id="spelling",
    severity="info",
    summary="Misspelt or doubled words in a post from an official channel.",
    run=run,
    lists=("spelling.known", "spelling.double-ok", "spelling.slip-double", "org.mention"),
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
