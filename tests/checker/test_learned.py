"""The learned respectful-tone model (`pychecker.learned`): the scorer says what its weights say,
deterministically, and the weights file says where it came from (`tools/train_tone.py`)."""

from __future__ import annotations

import json
import math
from importlib import resources

from pychecker import check
from pychecker.learned import Model, features, tone_model, word_keys

TEXTS = [
    "",
    "hello there",
    "@jo what a dumb take, you clearly have no idea what you are talking about",
    "Thank you so much for coming to the coffee morning on Friday! https://example.org/x",
    "you you you are are a a liar liar",
    "İstanbul straße Café naïve",
    "I feel so dumb and pathetic today, I missed the bus twice",
]
FIRES = "@jo what a dumb take, you clearly have no idea what you are talking about"
QUIET = "I feel so dumb and pathetic today, I missed the bus twice"


def _data() -> dict:
    return json.loads(resources.files("pychecker").joinpath("data", "tone-learned.json").read_text(encoding="utf-8"))


def _by_hand(data: dict, text: str) -> float:
    """The logit straight from the file: bias plus each distinct feature's weight."""
    weights = data["weights"]
    return (data["bias"] + sum(weights.get(f, 0) for f in set(features(word_keys(text))))) / data["scale"]


def test_scores_are_what_the_weights_say() -> None:
    data, model = _data(), tone_model()
    for text in TEXTS:
        assert math.isclose(model.logit(word_keys(text)), _by_hand(data, text), abs_tol=1e-12), text
        assert model.total(word_keys(text)) == round(_by_hand(data, text) * data["scale"]), text


def test_deterministic() -> None:
    fresh = Model(_data())
    for text in TEXTS:
        keys = word_keys(text)
        assert fresh.score(keys) == tone_model().score(keys) == tone_model().score(keys)


def test_threshold_and_heaviest() -> None:
    model = tone_model()
    keys = word_keys(FIRES)
    assert model.fires(keys) and model.score(keys) >= model.threshold
    first, last = model.heaviest(keys) or (0, 0)
    assert keys[first : last + 1] == ["dumb"]
    assert not model.fires(word_keys(QUIET))
    assert not model.fires([])


def test_the_rule_fires_on_the_heaviest_words() -> None:
    found = [f for f in check(FIRES, {"account": "personal", "surface": "reply"}) if f.rule == "respectful-tone"]
    assert [f.excerpt for f in found] == ["dumb"]
    assert not [f for f in check(QUIET, {"account": "personal"}) if f.rule == "respectful-tone"]


def test_the_file_says_where_it_came_from() -> None:
    data = _data()
    assert "dev split only" in data["trained_on"] and "tools/train_tone.py" in data["tool"]
    assert 0.5 <= data["threshold"] < 1 and data["scale"] == 1000
    assert all(isinstance(q, int) and abs(q) >= 50 for q in data["weights"].values())
