"""tools/tone_model.py, the pure-Python scorer of alt-profanity-check's model: it gives what the
package's own predict_prob gave (tests/fixtures/tone-model.json, written by tools/make_tone_model.py
with scikit-learn), to within 1e-6, with no scikit-learn here."""

import json
from pathlib import Path

from tools.tone_model import tone_model

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "tone-model.json"


def test_the_scorer_gives_the_packages_probabilities() -> None:
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    model = tone_model()
    assert fixture["package"] == f"{model.header['package']} {model.header['version']}"
    cases = fixture["cases"]
    assert len(cases) >= 300
    worst = max(cases, key=lambda case: abs(model.probability(case["text"]) - case["p"]))
    assert abs(model.probability(worst["text"]) - worst["p"]) < 1e-6, worst["text"]


def test_every_vocabulary_word_is_found_at_its_place() -> None:
    model = tone_model()
    numbers = [model.number(word) for line, _ in model._groups.values() for word in line.split()]
    assert numbers == sorted(numbers) == list(range(model.header["words"]))
    assert model.number("zzzqqq") is None
    assert model.number("idiot") is not None


def test_the_data_names_its_source_and_licence() -> None:
    header = tone_model().header
    assert header["package"] == "alt-profanity-check" and header["licence"] == "MIT"
    assert "Copyright (c) 2018 Victor Zhou" in header["notice"]
    assert any("hate-speech-and-offensive-language" in source for source in header["training_data"])
