"""The learned respectful-tone model (`pychecker.learned`): the scorer says what its weights say,
deterministically, and the weights file says where it came from (`tools/train_tone.py`)."""

from __future__ import annotations

import json
import math
from importlib import resources

from pychecker.learned import Model, features, tokens, tone_model
from pychecker.text import Text

TEXTS = [
    "",
    "hello there",
    "@jo what a dumb take, you clearly have no idea what you are talking about",
    "Thank you so much for coming to the coffee morning on Friday! https://example.org/x",
    "you you you are are a a liar liar",
    "İstanbul straße Café naïve",
    "I feel so dumb and pathetic today, I missed the bus twice",
]


def _data() -> dict:
    return json.loads(resources.files("pychecker").joinpath("data", "tone-learned.json").read_text(encoding="utf-8"))


def _by_hand(data: dict, text: str) -> float:
    """The logit straight from the file: bias plus each distinct feature's weight."""
    weights = data["weights"]
    total = data["bias"] + sum(weights.get(f, 0) for f in set(features(Text(text).folded)))
    return total / data["scale"]


def test_scores_are_what_the_weights_say() -> None:
    data, model = _data(), tone_model()
    for text in TEXTS:
        assert math.isclose(model.logit(Text(text).folded), _by_hand(data, text), abs_tol=1e-9), text


def test_deterministic() -> None:
    fresh = Model(_data())
    for text in TEXTS:
        folded = Text(text).folded
        assert fresh.score(folded) == tone_model().score(folded) == tone_model().score(folded)


def test_threshold_and_heaviest() -> None:
    model = tone_model()
    fires = Text("@jo what a dumb take, you clearly have no idea what you are talking about").folded
    assert model.fires(fires) and model.score(fires) >= model.threshold
    start, end = model.heaviest(fires) or (0, 0)
    assert fires[start:end] == "dumb"
    assert not model.fires(Text("I feel so dumb and pathetic today, I missed the bus twice").folded)
    assert not model.fires("")


def test_handles_and_addresses_are_one_word() -> None:
    assert [w for w, _, _ in tokens("@jo_99 see https://x.org/a?b=1 don't")] == ["atuser", "see", "httpurl", "dont"]


def test_the_file_says_where_it_came_from() -> None:
    data = _data()
    assert "dev split only" in data["trained_on"] and "tools/train_tone.py" in data["tool"]
    assert 0.5 <= data["threshold"] < 1 and data["scale"] == 1000
    assert all(isinstance(q, int) and abs(q) >= 50 for q in data["weights"].values())
