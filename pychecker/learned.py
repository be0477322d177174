"""A small linear model trained on the contract's own labels (issue 11), for the insults word lists
cannot reach: respectful-tone's extra trigger (`rules/respectful_tone.py`).

Features: the post's words as the rules see them (`Post.word_keys`: folded, apostrophes dropped),
and each pair of neighbouring words ("you are"), present or absent. The score is a logistic
regression's probability: the bias plus the weights of the features present, through the logistic
function; the model fires at the weights file's `threshold`. Pure Python, a dict look-up per
distinct word (and per pair whose first word starts a weighted pair), over the words the checker
has already split: the same answer in CPython and Pyodide, and little added to a check.

The weights are `data/tone-learned.json` (with where they came from), written by
`tools/train_tone.py` from the development set's dev split (`tools/realworld/`), rounded to
1/`scale`: regenerate them with that tool, never by hand.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources

from .text import Text

_FILE = ("data", "tone-learned.json")


def word_keys(text: str) -> list[str]:
    """A text's words as `Post.word_keys` has them (for tools and tests that have no Post)."""
    return [word.replace("'", "") for word in Text(text).words]


def features(keys: Sequence[str]) -> list[str]:
    """Each word and each pair of neighbouring words, in order (the scorer counts each once)."""
    return [*keys, *(f"{a} {b}" for a, b in itertools.pairwise(keys))]


class Model:
    def __init__(self, data: dict) -> None:
        scale = data["scale"]
        self.bias: float = data["bias"] / scale
        self.weights: dict[str, float] = {f: q / scale for f, q in data["weights"].items()}
        self.heads = frozenset(f.split(" ", 1)[0] for f in self.weights if " " in f)
        self.threshold: float = data["threshold"]
        self.cut = math.log(self.threshold / (1 - self.threshold))  # the logit at the threshold

    def logit(self, keys: Sequence[str]) -> float:
        get, heads = self.weights.get, self.heads
        pairs = {f"{a} {b}" for a, b in itertools.pairwise(keys) if a in heads}
        return self.bias + sum(get(k, 0.0) for k in set(keys)) + sum(get(p, 0.0) for p in pairs)

    def score(self, keys: Sequence[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(keys)))

    def fires(self, keys: Sequence[str]) -> bool:
        return self.logit(keys) >= self.cut

    def heaviest(self, keys: Sequence[str]) -> tuple[int, int] | None:
        """The first and last word of the feature weighing most towards a finding (its first
        place), or None if no feature weighs for it."""
        best: tuple[float, int, int] | None = None
        get = self.weights.get
        for i, key in enumerate(keys):
            candidates = [(get(key, 0.0), i, i)]
            if i:
                candidates.append((get(f"{keys[i - 1]} {key}", 0.0), i - 1, i))
            for weight, first, last in candidates:
                if weight > 0 and (best is None or weight > best[0]):
                    best = (weight, first, last)
        return None if best is None else (best[1], best[2])


@cache
def tone_model() -> Model:
    """respectful-tone's model, read on first use."""
    with resources.files("pychecker").joinpath(*_FILE).open("r", encoding="utf-8") as f:
        return Model(json.load(f))
