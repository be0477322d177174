"""Policy lookup: rank the policy's clauses for a plain question (BM25 over clause text), by meaning.

Each clause is indexed by its heading, its text and the question words `lookup.toml` gives it
(`[terms]`: the words people ask with, which the policy itself may not use: "logo", "complain",
"DM"). A question is read in the policy's words: `[synonyms]` says what people's words mean, and each
phrase is read as its meaning ("slide into my DMs" as "message", "Insta" as "instagram", "the
Tories" as "political party"). And a
question that says whose account it is about (`[sections]`: "my own page", "our page") prefers
the clauses of that section, so "can I share the Tories' post on my Insta?" finds party politics
on personal accounts first, and "… on our page?" the official channels' clause.

    >>> [a.clause.id for a in lookup("can I add a service user on Facebook?", limit=1)]
    ['PA-12']
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from .english import english
from .lexicon import Lexicon
from .pack import Clause, Pack, default_pack
from .text import Text, tokenize

_NOT_PLURAL = frozenset(("news", "this", "its", "was", "has", "is", "us", "yes", "less"))  # no "-s" to take off
# Words whose "-ing" is no ending ("evening" is not "even" + "-ing").
_NOT_INFLECTED = frozenset(
    ("evening", "morning", "during", "thing", "nothing", "something", "anything", "everything", "bring", "string")
)
# Plurals no ending says: "young people" in a clause meets "a young person" in a question.
_IRREGULAR = {"people": "person", "children": "child", "women": "woman", "men": "man"}
_STOP = frozenset(
    "a an and are as at be by can could do does for from how i if in is it its me my of on or our "
    "should so that the their them there they this to was we what when where which who will with "
    "would you your am any about into not no tell allowed ok okay even just really please "
    # chat spellings of the same ("wat do i do", "u", "pls")
    "wat wot whats u ur r im pls plz hi hey ".split()
)
_K1, _B = 1.2, 0.75
_WEIGHTS = {"heading": 2, "terms": 3, "text": 1}
_LONGEST = 5  # the longest phrase `[synonyms]` or `[sections]` may give, in words
_SECTION_BOOST = 1.25  # a clause of the section the question points to (whose account) scores this much more
_COMMON_BAND, _PLAIN_SPAN, _PLAINEST = 14, 4, 0.2  # band 10 (Zipf 5) and rarer count fully; band 13 a quarter
_PARTICLES = frozenset(("off", "up", "out", "down", "over", "back"))  # of a phrasal verb ("rip off")
_MIN_SLIP = 4  # shorter words are too near too many others to guess a letter missed or doubled in
_MIN_TYPO = 5  # nor a wrong letter or two swapped in a word shorter than this
_WEAK = 0.5  # how much a `[weak]` word counts: it says where ("page", "Facebook"), not what is asked


def stem(word: str) -> str:
    """A light English stemmer: enough to meet "requests" with "request", "announced" with
    "announce", "bullied" with "bully"."""
    if word in _NOT_PLURAL or word in _NOT_INFLECTED:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    word = _derived(word)
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if word.endswith("ments"):
        word = word[:-1]
    if word.endswith("ment") and len(word) >= 9:  # "announcement" meets "announce"; "comment" stays
        word = word[:-4]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
                word = word[:-1]  # "ripping" meets "rip", "chatted" "chat"; "called" stays "call"
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _derived(word: str) -> str:
    """The word an adverb or adjective is made from, where its ending says so plainly: "legally" ->
    "legal", "careful" -> "care", "reputational" -> "reputation" -> "reputate", "political" -> "politic" (as
    "politics" is), so a question meets a clause that uses the other form."""
    if len(word) > 5 and word.endswith("ly") and not word.endswith("ily") and english().is_word(word[:-2]):
        word = word[:-2]
    if len(word) > 5 and word.endswith("ful"):
        return word[:-3]
    if len(word) > 6 and word.endswith(("ional", "ical")):
        word = word[:-2]
    if len(word) > 7 and word.endswith(("isation", "ization")):
        return word[:-5] + "e"  # "organisation" meets "organise"
    if len(word) > 7 and word.endswith("ation"):
        return word[:-3] + "e"  # "escalation" meets "escalate"
    return word


def _plainness(word: str) -> float:
    """How much a question's word says, by how rare it is in English (`pychecker.english`'s
    frequency bands): 1 for words written less than 10 times in a million, down to a fifth for
    the commonest ("people", "time", "know")."""
    band = english().band(word)
    return max(_PLAINEST, min(1.0, (_COMMON_BAND - band) / _PLAIN_SPAN)) if band else 1.0


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _terms(text: str) -> list[str]:
    return [stem(w) for w in tokenize(text) if w not in _STOP]


def _singular(word: str) -> str:
    """A plural's singular ("CEOs" -> "ceo", "MPs" -> "mp"); any other word as it is."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL:
        return word[:-1]
    return word


def _phrase_key(words: list[str]) -> tuple[str, ...]:
    """How a `[synonyms]` or `[sections]` phrase is filed and looked up (`_Phrases`)."""
    return tuple(words) if len(words) == 1 else tuple(stem(w) for w in words)


class _Phrases:
    """Phrases found in a question, longest first: `table` maps a meaning to the phrases that say it."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        # A phrase of several words is matched on their stems, so one entry meets every form of
        # its words ("slide into my DMs", "sliding into my DMs"); a single word as written or as its
        # singular ("CEOs" meets "CEO"), since its other forms may mean something else ("opening").
        self._meaning: dict[tuple[str, ...], list[str]] = {}
        for meaning, phrases in table.items():
            for phrase in phrases:
                words = _phrase_key(tokenize(phrase))
                if words and meaning not in self._meaning.get(words, ()):
                    self._meaning.setdefault(words, []).append(meaning)

    def _split_verb(self, words: list[str], at: int) -> list[str]:
        """The meaning of a verb and its particle written apart ("ripping tenants off", "slagging the
        centre off"): a two-word phrase ending in a particle, with one or two words between."""
        verb = stem(words[at])
        for gap in (1, 2):
            end = at + gap + 1
            if end < len(words) and words[end] in _PARTICLES:
                found = self._meaning.get((verb, stem(words[end])))
                if found:
                    return found
        return []

    def _pieces(self, words: list[str]) -> Iterator[tuple[list[str], list[str]]]:
        """`words` cut into phrases with their meanings and single words with none, left to right."""
        at = 0
        while at < len(words):
            for size in range(min(_LONGEST, len(words) - at), 0, -1):
                found = self._meaning.get(_phrase_key(words[at : at + size]))
                if not found and size == 1:
                    found = self._meaning.get((_singular(words[at]),)) or self._split_verb(words, at)
                if found:
                    yield words[at : at + size], found
                    at += size
                    break
            else:
                yield words[at : at + 1], []
                at += 1

    def meaning(self, words: list[str], keep: Container[str]) -> list[str]:
        """`words` with each phrase replaced by its meaning (a single word is kept too when `keep` has
        it: "footage" means a video, and is a word a clause answers to itself)."""
        out: list[str] = []
        for piece, found in self._pieces(words):
            if not found or (len(piece) == 1 and stem(piece[0]) in keep):
                out += piece
            out += found
        return out

    def read(self, words: list[str]) -> tuple[list[str], list[str]]:
        """The meanings of the phrases in `words`, and the words outside them."""
        pieces = list(self._pieces(words))
        return [m for _, found in pieces for m in found], [w for piece, found in pieces if not found for w in piece]


class _Slips:
    """The words the look-up knows, to read a misspelt question word as the one it is a slip from
    ("pary": "party", "blogg": "blog", "permision": "permission", "defamtory": "defamatory")."""

    def __init__(self, words: Iterable[str]) -> None:
        self.known = frozenset(words)
        self.near: dict[str, set[str]] = defaultdict(set)  # a known word under each of its one-letter deletions
        for word in self.known:
            if len(word) >= _MIN_SLIP:
                for variant in _deletions(word):
                    self.near[variant].add(word)

    def read(self, word: str) -> str:
        if word in self.known or len(word) < _MIN_SLIP or not word.isalpha() or english().is_word(word):
            return word
        # A letter left out or one too many first; then, in longer words, one wrong or two swapped.
        found = self.near.get(word, set()) | {v for v in _deletions(word) if v in self.known}
        if not found and len(word) >= _MIN_TYPO:
            found = {near for v in _deletions(word) for near in self.near.get(v, ())}
        return max(sorted(found), key=english().band) if found else word


@dataclass(frozen=True)
class Answer:
    clause: Clause
    score: float
    matched: tuple[str, ...]  # the query's words (stemmed) found in the clause


class _Index:
    def __init__(self, pack: Pack) -> None:
        self.clauses = list(pack.clauses.values())
        self.synonyms = _Phrases(pack.lookup_synonyms)
        self.cues = _Phrases(pack.lookup_sections)
        self.weak = frozenset(_terms(" ".join(pack.lookup_weak)))
        self.lexicon = pack.lexicon
        self.docs: list[Counter[str]] = []
        for clause in self.clauses:
            doc: Counter[str] = Counter()
            # The clause's words without the organisation's names: saved with the pack's compiled lists
            # at build time (a scan of every clause, else paid by the first question), else found now.
            words = pack.lookup_clause_words.get(clause.text)
            fields = {
                "heading": clause.heading,
                "text": " ".join(self.pack_words_removed(clause.text) if words is None else words),
                "terms": " ".join(pack.lookup_terms.get(clause.id, [])),
            }
            for name, value in fields.items():
                for term in _terms(value):
                    doc[term] += _WEIGHTS[name]
            self.docs.append(doc)
        # Each clause's length, once: every query's ranking needs it.
        self.lengths = [sum(doc.values()) for doc in self.docs]
        self.avg_len = sum(self.lengths) / max(len(self.docs), 1)
        frequency: Counter[str] = Counter(term for doc in self.docs for term in doc)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        self.slips = _Slips(self._vocabulary(pack))

    def _vocabulary(self, pack: Pack) -> Iterator[str]:
        """Every word the look-up knows: the clauses', their question words', and what people say."""
        for clause in self.clauses:
            yield from tokenize(f"{clause.heading} {clause.text}")
        for table in (pack.lookup_terms, pack.lookup_synonyms, pack.lookup_sections):
            for key, phrases in table.items():
                yield from tokenize(" ".join([key, *phrases]))

    def pack_words_removed(self, query: str) -> list[str]:
        return names_removed(self.lexicon, query)

    def rank(self, query: str, limit: int) -> list[Answer]:
        words = [self.slips.read(word) for word in self.pack_words_removed(query)]
        sections = set(self.cues.read(words)[0])  # whose account the question is about ("our page")
        read = self.synonyms.meaning(words, self.idf)
        plain: dict[str, float] = {}  # each term's weight: words all English uses often say less
        for word in " ".join(read).split():
            if word not in _STOP and word not in _PARTICLES:  # a particle says nothing outside its phrase
                term = stem(word)
                plain[term] = max(plain.get(term, 0.0), _plainness(word))
        terms = list(plain)
        answers = []
        for clause, doc, length in zip(self.clauses, self.docs, self.lengths, strict=True):
            score = 0.0
            matched = []
            for term in terms:
                tf = doc.get(term, 0)
                if tf:
                    matched.append(term)
                    weight = (_WEAK if term in self.weak else 1.0) * self.idf[term] * plain[term]
                    score += weight * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / self.avg_len))
            if score > 0:
                boost = _SECTION_BOOST if clause.section in sections else 1.0
                answers.append(Answer(clause, score * boost, tuple(matched)))
        answers.sort(key=lambda a: -a.score)
        return answers[:limit]


def names_removed(lexicon: Lexicon, query: str) -> list[str]:
    """The words of `query` without the organisation's own names ("Sure Start", "Staying Well"):
    they say whose page, not what is asked, and would meet every clause that names a service."""
    text = Text(query)
    names = lexicon.scan_spans(text).get("org.mention", [])  # that list's hits only: the others unread
    return [
        w.replace("'", "")
        for w, (start, end) in zip(text.words, text.word_spans, strict=True)
        if not any(first <= start and end <= last for first, last in names)
    ]


@cache
def _index(pack: Pack) -> _Index:
    return _Index(pack)


def lookup(question: str, *, pack: Pack | None = None, limit: int = 5) -> list[Answer]:
    """The clauses that best answer `question`, best first (empty when nothing matches)."""
    return _index(pack or default_pack()).rank(question, limit)


_WORD = re.compile(r"\w+")


def matched_words(text: str, matched: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the matched query words stand in `text` (code points), for marking them up."""
    wanted = set(matched)
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if stem(m.group().lower()) in wanted]
