"""How offensive a piece of text reads, by the linear model of `alt-profanity-check` (MIT), scored
in pure Python: no scikit-learn, about 12 microseconds a sentence in CPython.

Not shipped: tried as evidence for the tone rules (issue 11), it did not earn its place
(`tools/tone_model_trial.py` gives the figures; `tools/bench_tone_model.mjs` its cost in Pyodide).
Kept here, with its exporter, so the trial can be run again, or the model shipped later, without
scikit-learn.

The data is `tools/tone-model/model.bin.gz`, exported by `tools/make_tone_model.py` (its head
names the package, its version, licence and training data). It is read once, when first asked.

The model is a bag of words: each word of two or more letters (lower case; English stop words are
not in its vocabulary) counts times its idf, the vector is scaled to length 1, and each of five
linear classifiers gives a score that its sigmoid calibration turns into a probability; the
package's `predict_prob` is their mean, reproduced here to within 1e-6.

    >>> model = tone_model()
    >>> model.probability("go to hell, you scum") > 0.5 > model.probability("hello there")
    True
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "tone-model" / "model.bin.gz"
_BUCKET = 3  # words are kept grouped by their first three letters
_FIELDS = 6  # per word: idf, then its weight in each of the five folds


@dataclass(frozen=True)
class Fold:
    intercept: float
    a: float  # the sigmoid calibration: p = 1 / (1 + exp(a * score + b))
    b: float


class ToneModel:
    """The vocabulary as a few thousand strings (one per three-letter start, " abbey abbot ") with
    each group's first word's number, and the weights as one float array: a fraction of the memory
    of a dict of 15,000 words."""

    def __init__(self, header: dict, words: str, weights: array) -> None:
        self.header = header
        self.folds = tuple(Fold(f["intercept"], f["a"], f["b"]) for f in header["folds"])
        self._token = re.compile(header["token_pattern"])
        self._weights = weights
        self._groups: dict[str, tuple[str, int]] = {}
        group: list[str] = []
        for number, word in enumerate([*words.split(" "), ""]):  # "" closes the last group
            if group and word[:_BUCKET] != group[0][:_BUCKET]:
                self._groups[group[0][:_BUCKET]] = (" " + " ".join(group) + " ", number - len(group))
                group = []
            group.append(word)

    def number(self, word: str) -> int | None:
        """The word's place in the vocabulary, or None."""
        found = self._groups.get(word[:_BUCKET])
        if found is None:
            return None
        line, first = found
        at = line.find(f" {word} ")
        return None if at < 0 else first + line.count(" ", 0, at)

    def weight(self, word: str) -> float | None:
        """A vocabulary word's weight averaged over the folds (> 0: toward offensive), or None."""
        number = self.number(word)
        if number is None:
            return None
        row = number * _FIELDS
        return sum(self._weights[row + 1 : row + 1 + len(self.folds)]) / len(self.folds)

    def _counts(self, text: str) -> dict[int, int]:
        counts: dict[int, int] = {}
        for token in self._token.findall(text.lower()):
            number = self.number(token)
            if number is not None:
                counts[number] = counts.get(number, 0) + 1
        return counts

    def probability(self, text: str) -> float:
        """The package's `predict_prob([text])[0]`: how likely the text is offensive, 0 to 1."""
        return self._calibrated(self._scores(self._counts(text)))

    def word_weights(self, text: str) -> dict[str, float]:
        """Each vocabulary word of `text` (lower case) with its weight averaged over the folds: what
        pushes the text toward offensive (> 0) or away from it."""
        weights, n = self._weights, len(self.folds)
        found = {}
        for token in self._token.findall(text.lower()):
            number = self.number(token)
            if number is not None:
                row = number * _FIELDS
                found[token] = sum(weights[row + 1 : row + 1 + n]) / n
        return found

    def _scores(self, counts: dict[int, int]) -> list[float]:
        weights = self._weights
        sums = [0.0] * len(self.folds)
        square = 0.0
        for number, count in counts.items():
            row = number * _FIELDS
            value = count * weights[row]  # tf * idf
            square += value * value
            for k in range(len(sums)):
                sums[k] += value * weights[row + 1 + k]
        norm = math.sqrt(square) or 1.0
        return [fold.intercept + total / norm for fold, total in zip(self.folds, sums, strict=True)]

    def _calibrated(self, scores: list[float]) -> float:
        total = 0.0
        for fold, score in zip(self.folds, scores, strict=True):
            z = fold.a * score + fold.b
            total += 1.0 / (1.0 + math.exp(z)) if z < 700 else 0.0  # exp overflows past ~709
        return total / len(self.folds)


@cache
def tone_model(path: Path = DATA) -> ToneModel:
    raw = gzip.decompress(path.read_bytes())
    head_end = raw.index(b"\n")
    words_end = raw.index(b"\n", head_end + 1)
    header = json.loads(raw[:head_end])
    weights = array("f")
    weights.frombytes(raw[words_end + 1 :])
    if sys.byteorder != "little":
        weights.byteswap()
    if len(weights) != header["words"] * _FIELDS:
        raise ValueError(f"{path}: {len(weights)} weights for {header['words']} words")
    return ToneModel(header, raw[head_end + 1 : words_end].decode(), weights)
