"""How offensive a piece of text reads, by a small linear model in pure Python.

The model is `alt-profanity-check`'s (PyPI, MIT licence): TF-IDF over words of two or more
letters and a calibrated linear SVM, trained on about 200,000 human-labelled comments and
tweets. `tools/export_profanity_model.py` writes its weights to `data/offensive-model.tsv.gz`
(one word a line: idf and weight); scoring is a dictionary look-up per word, a few microseconds
for a sentence. It knows profanity and abuse, not who is aimed at: rules use it only to confirm
what their word lists have found aimed at someone (respectful-tone).
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_FILE = ("data", "offensive-model.tsv.gz")
_TOKEN = re.compile(r"\b\w\w+\b")  # scikit-learn's default token pattern, as the model was trained


@dataclass(frozen=True)
class OffensiveModel:
    idf: dict[str, float]
    weight: dict[str, float]  # coefficient x idf
    intercept: float
    a: float  # sigmoid calibration: p = 1 / (1 + exp(a * f + b))
    b: float

    @classmethod
    def from_bytes(cls, raw: bytes) -> OffensiveModel:
        idf: dict[str, float] = {}
        weight: dict[str, float] = {}
        intercept = a = b = 0.0
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line.startswith("#"):
                fields = line.split("\t")
                if fields[0] == "#intercept":
                    intercept = float(fields[1])
                elif fields[0] == "#calibration":
                    a, b = float(fields[1]), float(fields[2])
                continue
            word, word_idf, word_weight = line.split("\t")
            idf[word] = float(word_idf)
            weight[word] = float(word_weight)
        return cls(idf, weight, intercept, a, b)

    def score(self, text: str) -> float:
        """The probability, 0 to 1, that the model would call `text` offensive."""
        counts: dict[str, int] = {}
        idf = self.idf
        for token in _TOKEN.findall(text.lower()):
            if token in idf:
                counts[token] = counts.get(token, 0) + 1
        if not counts:
            decision = self.intercept
        else:
            weight = self.weight
            norm = math.sqrt(sum((n * idf[w]) ** 2 for w, n in counts.items()))
            decision = sum(n * weight[w] for w, n in counts.items()) / norm + self.intercept
        return 1.0 / (1.0 + math.exp(self.a * decision + self.b))


@cache
def model() -> OffensiveModel:
    """The shipped model, read once, on the first post that asks."""
    return OffensiveModel.from_bytes(resources.files("pychecker").joinpath(*_FILE).read_bytes())
