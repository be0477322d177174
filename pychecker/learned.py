"""Small linear models trained on the contract's own labels (issue 11), for what a rule's word lists
cannot reach: one more trigger of the rules that have one (`data/learned-<rule>.json`; the rule
calls `spans(post, rule)` where its lists' hits are found, before its exceptions).

Features: the post's words as the rules see them (`Post.word_keys`: folded, apostrophes dropped),
and each pair of neighbouring words ("you are"), present or absent. The score is a logistic
regression's probability: the bias plus the weights of the features present, through the logistic
function; the model fires at the weights file's `threshold`. Pure Python, a dict look-up per
distinct word (and per pair whose first word starts a weighted pair), over the words the checker
has already split: the same answer in CPython and Pyodide, and little added to a check.

The weights are `data/learned-<rule>.json` (with where they came from and the settings chosen),
written by `tools/train_learned.py --rule <rule>` from the dev splits only (real posts,
`tools/realworld/`, and posts written blind, `tools/written/`), rounded to 1/`scale`: regenerate
them with that tool, never by hand. (respectful-tone's are trained on the real posts only, at the
setting chosen on 2026-12-07: `--sources real --kinds pairs --cs 1 --threshold 0.85`; retrained on
both sources they did not do better on both held-outs.)
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources

from .post import Post, Span
from .text import Text

# Rules whose model is switched off: for tools measuring a rule without its model (never in use).
OFF: set[str] = set()


def word_keys(text: str) -> list[str]:
    """A text's words as `Post.word_keys` has them (for tools and tests that have no Post)."""
    return Text(text).word_keys


def features(keys: Sequence[str]) -> list[str]:
    """Each word and each pair of neighbouring words, in order (the scorer counts each once)."""
    return [*keys, *(f"{a} {b}" for a, b in itertools.pairwise(keys))]


class Model:
    """The weights are kept as the file's integers (1/`scale` each), so a score is an exact sum,
    whatever order a set of words is read in (string hashes differ from run to run)."""

    def __init__(self, data: dict) -> None:
        self.scale: int = data["scale"]
        self.bias: int = data["bias"]
        self.weights: dict[str, int] = dict(data["weights"])
        self.heads = frozenset(f.split(" ", 1)[0] for f in self.weights if " " in f)
        self.threshold: float = data["threshold"]
        self.cut = math.log(self.threshold / (1 - self.threshold)) * self.scale  # the sum at the threshold

    def total(self, keys: Sequence[str]) -> int:
        """The bias plus the weights of the features present, in 1/`scale`."""
        get, heads = self.weights.get, self.heads
        words = set(keys)
        pairs = {f"{a} {b}" for a, b in itertools.pairwise(keys) if a in heads}
        zeros = itertools.repeat(0)
        return self.bias + sum(map(get, words, zeros)) + sum(map(get, pairs, zeros))

    def logit(self, keys: Sequence[str]) -> float:
        return self.total(keys) / self.scale

    def score(self, keys: Sequence[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(keys)))

    def fires(self, keys: Sequence[str]) -> bool:
        return self.total(keys) >= self.cut

    def heaviest(self, keys: Sequence[str]) -> tuple[int, int] | None:
        """The first and last word of the feature weighing most towards a finding (its first
        place), or None if no feature weighs for it."""
        best: tuple[float, int, int] | None = None
        get = self.weights.get
        for i, key in enumerate(keys):
            candidates = [(get(key, 0), i, i)]
            if i:
                candidates.append((get(f"{keys[i - 1]} {key}", 0), i - 1, i))
            for weight, first, last in candidates:
                if weight > 0 and (best is None or weight > best[0]):
                    best = (weight, first, last)
        return None if best is None else (best[1], best[2])


def path(rule: str) -> str:
    """A rule's weights file, in the package."""
    return f"data/learned-{rule}.json"


@cache
def model(rule: str) -> Model | None:
    """A rule's model, read on first use; None when the rule has none."""
    file = resources.files("pychecker").joinpath(*path(rule).split("/"))
    if not file.is_file():
        return None
    with file.open("r", encoding="utf-8") as f:
        return Model(json.load(f))


def spans(post: Post, rule: str) -> list[Span]:
    """Where `rule`'s model fires on the post (at or above its threshold): the words that weigh most,
    as one span; nothing when it does not fire or the rule has no model. The rule's exceptions (said
    of oneself, quoted, a name...) are the rule's to apply after it."""
    found = None if rule in OFF else model(rule)
    if found is None:
        return []
    keys = post.word_keys
    if not found.fires(keys):
        return []
    at = found.heaviest(keys)
    if at is None:
        return []
    first, last = post.word_span(at[0]), post.word_span(at[1])
    return [Span(first.start, last.end, first.sentence)]
