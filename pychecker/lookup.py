"""Policy lookup: rank the policy's clauses for a plain question (BM25 over clause text).

Each clause is indexed by its heading, its text and the question words `lookup.toml` gives it
(the words people ask with, which the policy itself may not use: "logo", "complain", "DM").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .pack import Clause, Pack, default_pack
from .text import tokenize

_STOP = frozenset(
    "a an and are as at be by can could do does for from how i if in is it its me my of on or our "
    "should so that the their them there they this to was we what when where which who why will with "
    "would you your am any about into not no tell allowed ok okay ".split()
)
_K1, _B = 1.2, 0.75
_WEIGHTS = {"heading": 2, "terms": 3, "text": 1}


def stem(word: str) -> str:
    """A light English stemmer: enough to meet "requests" with "request", "announced" with "announce"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _terms(text: str) -> list[str]:
    return [stem(w) for w in tokenize(text) if w not in _STOP]


@dataclass(frozen=True)
class Answer:
    clause: Clause
    score: float
    matched: tuple[str, ...]  # the query's words (stemmed) found in the clause


class _Index:
    def __init__(self, pack: Pack) -> None:
        self.clauses = list(pack.clauses.values())
        self.docs: list[Counter[str]] = []
        for clause in self.clauses:
            doc: Counter[str] = Counter()
            fields = {
                "heading": clause.heading,
                "text": clause.text,
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

    def rank(self, query: str, limit: int) -> list[Answer]:
        terms = list(dict.fromkeys(_terms(query)))
        answers = []
        for clause, doc, length in zip(self.clauses, self.docs, self.lengths, strict=True):
            score = 0.0
            matched = []
            for term in terms:
                tf = doc.get(term, 0)
                if tf:
                    matched.append(term)
                    score += self.idf[term] * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / self.avg_len))
            if score > 0:
                answers.append(Answer(clause, score, tuple(matched)))
        answers.sort(key=lambda a: -a.score)
        return answers[:limit]


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
