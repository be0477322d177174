"""Regenerate tools/tone-model/model.bin.gz, an offensive-language model tried for the tone rules
(issue 11; not shipped: tools/tone_model_trial.py), and tests/fixtures/tone-model.json, what the
package itself says on our own texts (the test of the pure-Python scorer, tools/tone_model.py).

    python3 -m venv /tmp/tone-venv                              # outside the repository's requirements
    /tmp/tone-venv/bin/pip install alt-profanity-check==1.9.1   # pulls scikit-learn 1.9.1 and joblib
    /tmp/tone-venv/bin/python tools/make_tone_model.py          # writes both files

Source: `alt-profanity-check` (PyPI; MIT, copyright (c) 2018 Victor Zhou, 2021 Menelaos Kotoglou and
Dimitrios Mistriotis; the notice is copied into the file written). Its model is scikit-learn's
TfidfVectorizer (words of two or more letters, lower case, English stop words dropped, l2 norm) and
a CalibratedClassifierCV of five LinearSVCs, each with a sigmoid calibration, trained (its README
says) on about 200,000 human-labelled texts: t-davidson/hate-speech-and-offensive-language (tweets;
also a source of our development set, tools/realworld/, so dev figures on those posts flatter the
model) and Kaggle's Jigsaw Toxic Comment Classification Challenge (Wikipedia talk-page comments).

The file is gzip'd (fixed mtime: byte-for-byte reproducible): a JSON line (the source, its licence,
training data, the five folds' intercepts and calibrations, the token pattern), a line of the
vocabulary's words in sorted order between spaces, then per word, in that order, six little-endian
float32s: its idf and its weight in each fold. `tools/tone_model.py` scores a text with it in
pure Python; predict_proba is reproduced to within 1e-6 (float32 weights).

The fixture holds a few hundred texts of ours (the rule corpora, the tone probes, edge cases) with
the package's own `predict_prob`, so the scorer's test needs no scikit-learn.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tomllib
from array import array
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tools" / "tone-model" / "model.bin.gz"
FIXTURE = ROOT / "tests" / "fixtures" / "tone-model.json"
PACKAGE = "alt-profanity-check"
TRAINING_DATA = [
    "t-davidson/hate-speech-and-offensive-language (tweets, MIT)",
    "Kaggle Jigsaw Toxic Comment Classification Challenge (Wikipedia talk-page comments, CC0 / CC BY-SA 3.0)",
]
CORPORA = ("respectful-tone", "discriminatory-language", "defamation-risk", "political", "safeguarding-concern")
EDGE_CASES = [
    "",
    "   ",
    "a",
    "I",
    "😀😀😀",
    "12345 67",
    "YOU ABSOLUTE IDIOT",
    "idiot idiot idiot idiot idiot",
    "the and of to a in",
    "Café naïve résumé façade",
    "İstanbul straße ǅemal",
    "f*ck off you b!tch",
    "s t u p i d",
    "go to hell, you scum",
    "hello there",
    "zzzzqqq xxyyzz unknownword",
    "Thank you so much for coming to the coffee morning on Friday!",
    "you are a complete and utter waste of space and everyone knows it",
]


def read_model():  # noqa: ANN201 (scikit-learn's objects: this tool alone imports them)
    from profanity_check import profanity_check  # present only in the tool's own venv

    return profanity_check


def export(pc) -> tuple[dict, list[str], array]:  # noqa: ANN001
    """The header, the sorted words and the weights (idf, fold weights) per word, as the file keeps them."""
    vectorizer, model = pc.vectorizer, pc.model
    params = vectorizer.get_params()
    assert params["analyzer"] == "word" and params["lowercase"] and params["norm"] == "l2", params
    assert not params["sublinear_tf"] and params["use_idf"] and params["ngram_range"] == (1, 1), params
    assert params["strip_accents"] is None and params["preprocessor"] is None and params["tokenizer"] is None
    assert list(model.classes_) == [0, 1]
    folds = []
    for calibrated in model.calibrated_classifiers_:
        assert calibrated.method == "sigmoid" and len(calibrated.calibrators) == 1
        calibrator = calibrated.calibrators[0]
        folds.append(
            {
                "intercept": float(calibrated.estimator.intercept_[0]),
                "a": float(calibrator.a_),
                "b": float(calibrator.b_),
            }
        )
    words = sorted(vectorizer.vocabulary_)
    assert all(" " not in w and "\n" not in w for w in words)
    weights = array("f")
    for word in words:
        column = vectorizer.vocabulary_[word]
        weights.append(float(vectorizer.idf_[column]))
        weights.extend(float(c.estimator.coef_[0, column]) for c in model.calibrated_classifiers_)
    if sys.byteorder != "little":
        weights.byteswap()
    licence = metadata.distribution(PACKAGE)
    notice = next(f for f in licence.files or [] if f.name == "LICENSE").read_text(encoding="utf-8")
    header = {
        "package": PACKAGE,
        "version": metadata.version(PACKAGE),
        "scikit_learn": metadata.version("scikit-learn"),
        "licence": "MIT",
        "notice": notice,
        "training_data": TRAINING_DATA,
        "token_pattern": params["token_pattern"],
        "words": len(words),
        "folds": folds,
    }
    return header, words, weights


def fixture_texts() -> list[str]:
    texts = list(EDGE_CASES)
    for rule in CORPORA:
        corpus = tomllib.loads((ROOT / "tests" / "fixtures" / "rules" / f"{rule}.toml").read_text(encoding="utf-8"))
        texts += [item["text"] for kind in ("fires", "passes") for item in corpus.get(kind, [])]
    probes = tomllib.loads((ROOT / "tools" / "tone_probes.toml").read_text(encoding="utf-8"))
    texts += [probe["text"] for probe in probes["probe"]]
    return list(dict.fromkeys(texts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    args = parser.parse_args()
    pc = read_model()
    header, words, weights = export(pc)
    body = json.dumps(header, sort_keys=True).encode() + b"\n" + " ".join(words).encode() + b"\n" + weights.tobytes()
    args.out.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    texts = fixture_texts()
    expected = [float(p) for p in pc.predict_prob(texts)]
    pairs = zip(texts, expected, strict=True)
    cases = ",\n".join(json.dumps({"text": t, "p": p}, ensure_ascii=False) for t, p in pairs)
    made = json.dumps({"made_by": "tools/make_tone_model.py", "package": f"{PACKAGE} {header['version']}"})[:-1]
    args.fixture.write_text(f'{made}, "cases": [\n{cases}\n]}}\n', encoding="utf-8")
    print(f"{args.out}: {len(words)} words, {args.out.stat().st_size} bytes; {args.fixture}: {len(texts)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
