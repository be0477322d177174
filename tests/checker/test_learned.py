"""The learned triggers (`pychecker.learned`): each scorer says what its weights say, deterministically,
and each weights file says where it came from (`tools/train_learned.py`)."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from pychecker import check, learned
from pychecker.learned import Model, features, word_keys

SHIPPED = sorted(
    p.name.removeprefix("learned-").removesuffix(".json")
    for p in resources.files("pychecker").joinpath("data").iterdir()
    if p.name.startswith("learned-") and p.name.endswith(".json")
)

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


def _data(rule: str = "respectful-tone") -> dict:
    return json.loads(resources.files("pychecker").joinpath(*learned.path(rule).split("/")).read_text(encoding="utf-8"))


def _by_hand(data: dict, text: str) -> float:
    """The logit straight from the file: bias plus each distinct feature's weight."""
    weights = data["weights"]
    return (data["bias"] + sum(weights.get(f, 0) for f in set(features(word_keys(text))))) / data["scale"]


@pytest.mark.parametrize("rule", SHIPPED)
def test_scores_are_what_the_weights_say(rule: str) -> None:
    data, model = _data(rule), learned.model(rule)
    assert model is not None
    for text in TEXTS:
        assert math.isclose(model.logit(word_keys(text)), _by_hand(data, text), abs_tol=1e-12), text
        assert model.total(word_keys(text)) == round(_by_hand(data, text) * data["scale"]), text


@pytest.mark.parametrize("rule", SHIPPED)
def test_deterministic(rule: str) -> None:
    fresh, shipped = Model(_data(rule)), learned.model(rule)
    assert shipped is not None
    for text in TEXTS:
        keys = word_keys(text)
        assert fresh.total(keys) == shipped.total(keys)
        assert fresh.score(keys) == shipped.score(keys)


def test_a_rule_without_a_model() -> None:
    assert learned.model("spelling") is None
    assert "respectful-tone" in SHIPPED


def test_switched_off() -> None:
    context = {"account": "personal", "surface": "reply"}
    assert [f for f in check(FIRES, context) if f.rule == "respectful-tone"]
    learned.OFF.add("respectful-tone")
    try:
        assert not [f for f in check(FIRES, context) if f.rule == "respectful-tone"]
    finally:
        learned.OFF.discard("respectful-tone")


def test_threshold_and_heaviest() -> None:
    model = learned.model("respectful-tone")
    assert model is not None
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


@pytest.mark.parametrize("rule", SHIPPED)
def test_the_file_says_where_it_came_from(rule: str) -> None:
    data = _data(rule)
    made_by = f"tools/train_learned.py --rule {rule}"
    assert "dev split" in data["trained_on"] and made_by in data["tool"]
    assert data["what"].startswith(f"{rule}:") and "C" in data and "cross_validation" in data
    assert 0.5 <= data["threshold"] < 1 and data["scale"] == 1000
    assert all(isinstance(q, int) and abs(q) >= 50 for q in data["weights"].values())
