"""Regenerate pychecker/data/offensive-model.tsv.gz: the linear model of PyPI's `alt-profanity-check`
as plain weights that pure Python scores (`pychecker/offensive.py`), in Pyodide, offline.

Source: `alt-profanity-check` (MIT licence; Victor Zhou, Menelaos Kotoglou, Dimitrios Mistriotis):
a TF-IDF vectoriser (words of two or more letters, English stop words dropped, l2 norm) and a
linear SVM calibrated with five sigmoid folds (scikit-learn's CalibratedClassifierCV), trained on
about 200,000 human-labelled comments and tweets (Wikipedia talk pages, and Davidson et al.'s
hate-speech-and-offensive-language tweets). This tool averages the five folds' coefficients,
intercepts and calibrations (the scores it gives match the package's to within 0.01: it checks),
and writes one line per vocabulary word: `word<TAB>idf<TAB>weight`, the weight already multiplied
by the idf. The licence and the source's version go at the head as `#` lines.

A developer runs it, not CI: it needs scikit-learn, which the extension does not ship.

    python3 -m venv /tmp/apc && /tmp/apc/bin/pip install alt-profanity-check==1.9.1
    /tmp/apc/bin/python tools/export_profanity_model.py
"""

from __future__ import annotations

import gzip
import io
import math
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pychecker" / "data" / "offensive-model.tsv.gz"
PACKAGE = "alt-profanity-check"
CHECK_TEXTS = [
    "you are a stupid idiot",
    "have a lovely day at the centre",
    "fuck off",
    "she is a liar and a traitor",
    "Thanks for all your help with the food bank this week",
    "what a bunch of clowns running this council",
    "shut up you pathetic loser",
]


def _licence() -> list[str]:
    dist = metadata.distribution(PACKAGE)
    for name in ("licenses/LICENSE", "LICENSE"):
        text = dist.read_text(name)
        if text:
            return text.strip().splitlines()
    raise SystemExit(f"{PACKAGE}: no licence file found in its distribution")


def main() -> None:
    try:
        from profanity_check import profanity_check as package
    except ImportError:
        sys.exit(f"install {PACKAGE} first (see this tool's docstring)")
    vectoriser, model = package.vectorizer, package.model
    folds = model.calibrated_classifiers_
    size = len(vectoriser.vocabulary_)
    coef = [sum(fold.estimator.coef_[0][i] for fold in folds) / len(folds) for i in range(size)]
    intercept = sum(float(fold.estimator.intercept_[0]) for fold in folds) / len(folds)
    a = sum(float(fold.calibrators[0].a_) for fold in folds) / len(folds)
    b = sum(float(fold.calibrators[0].b_) for fold in folds) / len(folds)
    idf = vectoriser.idf_
    by_index = sorted(vectoriser.vocabulary_.items(), key=lambda item: item[1])

    out = io.StringIO()
    version = metadata.version(PACKAGE)
    out.write(f"# {PACKAGE} {version} (PyPI), exported by tools/export_profanity_model.py\n")
    out.write("# word<TAB>idf<TAB>weight (coefficient x idf, five calibrated folds averaged)\n")
    out.write(f"#intercept\t{intercept:.6f}\n#calibration\t{a:.6f}\t{b:.6f}\n")
    out.write(f"#token_pattern\t{vectoriser.token_pattern}\n")
    for line in _licence():
        out.write(f"# {line}\n".replace("#  \n", "#\n"))
    for word, index in by_index:
        out.write(f"{word}\t{idf[index]:.4g}\t{coef[index] * idf[index]:.4g}\n")
    data = out.getvalue().encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))

    # The exported weights give the package's own scores.
    sys.path.insert(0, str(ROOT))
    from pychecker.offensive import OffensiveModel

    mine = OffensiveModel.from_bytes(OUT.read_bytes())
    theirs = package.predict_prob(CHECK_TEXTS)
    worst = max(abs(mine.score(text) - float(p)) for text, p in zip(CHECK_TEXTS, theirs, strict=True))
    if worst > 0.01:
        sys.exit(f"exported model differs from {PACKAGE} by {worst:.3f}")
    assert re.fullmatch(r"\(\?u\)\\b\\w\\w\+\\b", vectoriser.token_pattern), "token pattern changed"
    assert not math.isnan(a)
    print(f"wrote {OUT.relative_to(ROOT)}: {size} words, {OUT.stat().st_size} bytes; max score difference {worst:.4f}")


if __name__ == "__main__":
    main()
