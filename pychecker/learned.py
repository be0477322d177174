"""A small linear model trained on the contract's own labels (issue 11), for the insults word lists
cannot reach: respectful-tone's extra trigger (`rules/respectful_tone.py`).

Features: the words of the text as the checker folds them (`Text.folded`: look-alike letters,
accents, case), apostrophes dropped, every web address read as the one word `httpurl` and every
@handle as `atuser`, and each pair of neighbouring words ("you are"), present or absent. The score
is a logistic regression's probability: the bias plus the weights of the features present, through
the logistic function; it fires at the weights file's `threshold`. Pure Python, a dict look-up per
word (and per pair whose first word starts a weighted pair): the same answer in CPython and Pyodide.

The weights are `data/tone-learned.json` (with where they came from), written by
`tools/train_tone.py` from the development set's dev split (`tools/realworld/`), rounded to
1/`scale`: regenerate them with that tool, never by hand.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

_FILE = ("data", "tone-learned.json")
# A web address, an @handle, or a word (apostrophes inside: "don't").
_TOKEN = re.compile(r"(https?://\S+|www\.\S+)|(@\w+)|(\w+(?:'\w+)*)")


def tokens(folded: str) -> Iterator[tuple[str, int, int]]:
    """Each word of a folded text with where it stands: (word, start, end)."""
    for match in _TOKEN.finditer(folded):
        url, handle, word = match.groups()
        key = "httpurl" if url else "atuser" if handle else word.replace("'", "")
        yield key, match.start(), match.end()


def features(folded: str) -> list[str]:
    """Each word and each pair of neighbouring words, in order (the scorer counts each once)."""
    words = [w for w, _, _ in tokens(folded)]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


class Model:
    def __init__(self, data: dict) -> None:
        scale = data["scale"]
        self.bias: float = data["bias"] / scale
        self.weights: dict[str, float] = {f: q / scale for f, q in data["weights"].items()}
        self.heads = frozenset(f.split(" ", 1)[0] for f in self.weights if " " in f)
        self.threshold: float = data["threshold"]
        self.cut = math.log(self.threshold / (1 - self.threshold))  # the logit at the threshold

    def logit(self, folded: str) -> float:
        weights, heads, seen = self.weights, self.heads, set()
        total, prev = self.bias, ""
        for word, _, _ in tokens(folded):
            if word not in seen:
                seen.add(word)
                total += weights.get(word, 0.0)
            if prev in heads:
                pair = f"{prev} {word}"
                if pair not in seen:
                    seen.add(pair)
                    total += weights.get(pair, 0.0)
            prev = word
        return total

    def score(self, folded: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(folded)))

    def fires(self, folded: str) -> bool:
        return self.logit(folded) >= self.cut

    def heaviest(self, folded: str) -> tuple[int, int] | None:
        """Where the feature weighing most towards a finding stands (folded offsets; its first
        place), or None if no feature weighs for it."""
        best: tuple[float, int, int] | None = None
        prev: tuple[str, int, int] | None = None
        for word, start, end in tokens(folded):
            candidates = [(self.weights.get(word, 0.0), start, end)]
            if prev is not None:
                candidates.append((self.weights.get(f"{prev[0]} {word}", 0.0), prev[1], end))
            for weight, a, b in candidates:
                if weight > 0 and (best is None or weight > best[0]):
                    best = (weight, a, b)
            prev = (word, start, end)
        return None if best is None else (best[1], best[2])


@cache
def tone_model() -> Model:
    """respectful-tone's model, read on first use."""
    with resources.files("pychecker").joinpath(*_FILE).open("r", encoding="utf-8") as f:
        return Model(json.load(f))
