#!/usr/bin/env python3
"""Train a rule's learned trigger (issue 11: `pychecker/learned.py`) on the dev splits' labels,
choose its settings by cross-validation inside dev, grouped by writer, and write
pychecker/data/learned-<rule>.json (deterministic: same data, same file).

    python3 -m venv /tmp/learn-venv && /tmp/learn-venv/bin/pip install scikit-learn==1.9.1
    python3 tools/realworld/build.py                       # the real posts' texts, into tools/realworld/cache/
    /tmp/learn-venv/bin/python tools/train_learned.py --rule discriminatory-language   # cross-validate, print
    /tmp/learn-venv/bin/python tools/train_learned.py --rule R --write                 # ... and write the weights
    /tmp/learn-venv/bin/python tools/train_learned.py --rule R --measure               # dev (out of fold), clean sets
    /tmp/learn-venv/bin/python tools/train_learned.py --rule R --measure --heldout     # + held-out FIGURES (once)

Training data, dev splits only: the real posts (tools/realworld/posts.jsonl, texts from the cache),
the posts written blind (tools/written/posts.jsonl, every writer of split "dev") and the rule's own
corpus (tests/fixtures/rules/<rule>.toml: its fires and near-misses); y = R in the post's labels.
The writers' near-misses are negatives like any other post. No held-out text is read for training
(`--measure --heldout` prints figures only).

Cross-validation: each written writer is a fold of its own (leave one writer out: a model that learns
one writer's phrasing scores nothing on the others), the real posts and the corpus spread over the
same folds (stratified, one shuffle per seed); with fewer than two writers, five stratified folds.
Settings tried (`--kinds`, `--cs`): features (words and word pairs, or words alone), the positives
weighed up or not (class_weight balanced), C, the threshold. The choice: the best mean F1 gain of the
rule OR the model over the sources, among settings whose own out-of-fold precision is >= 0.90 overall
and on the written posts. The rule alone is the checker without R's learned trigger (`learned.OFF`).
Model: scikit-learn's LogisticRegression (liblinear, L2) on binary features kept when at least two
training posts have them; weights below 0.05 dropped, the rest rounded to 1/1000.

Measured 2026-12-08 (held-out figures printed once, rule without -> with its model, F1):
safeguarding-concern (words, balanced, C=1, t=0.95) written 0.633 -> 0.754, real 0.316 -> 0.381;
the clean sets: the model fires on none of 683. Not shipped: unlawful-request (pairs, balanced, C=1,
t=0.95; grid words/pairs x balanced x C 1,3) written 0.627 -> 0.793, real 0.000 unchanged, but it
fires on a near-miss of the corpus as tuned since ("Can anyone get us some photos of the new...");
defamation-risk (words, C=1, t=0.85) written 0.691 -> 0.714 but real 0.543 -> 0.535;
respectful-tone retrained on real and written (pairs, C=3, t=0.95) real 0.687 -> 0.677 against the
weights it had (tools/train_tone.py's, real posts only), written 0.522 -> 0.543; those were then
remade by this tool on the real dev posts as they are now (2,043), at their own setting (`--sources real
--kinds pairs --cs 1 --threshold 0.85`), which no longer passes the choice above (out-of-fold precision
0.93 but no mean F1 gain); discriminatory-language: no setting
reached a written miss at precision 0.90 out of fold (the best added 2-4 of 37 written misses at
precision 0.70-0.75), so it was not measured on held-out.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check, learned
from pychecker.learned import Model, features, word_keys

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "tools" / "realworld" / "cache"
WRITTEN = ROOT / "tools" / "written" / "posts.jsonl"
CS = (0.3, 1.0, 3.0, 10.0)
# features (words and word pairs, or words alone), then ",balanced" when the few positives are weighed up
KINDS = ("pairs", "words", "pairs,balanced", "words,balanced")
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))  # 0.50 .. 0.95
SEEDS = (0, 1, 2)
MIN_PRECISION = 0.90
SCALE = 1000
KEEP = 50  # weights below 50/1000 are dropped (in cross-validation too)
REAL = "real"
CORPUS = "corpus"
SOURCES = ("real", "written", "corpus")


def weights_file(rule: str) -> Path:
    return ROOT / "pychecker" / learned.path(rule)


def load_jsonl(path: Path, split: str | None) -> list[dict]:
    """Only the items of `split` are kept (texts of other splits are dropped unread)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i for i in items if split is None or i.get("split") == split]


def dataset(split: str, rule: str, sources: tuple[str, ...] = SOURCES) -> list[dict]:
    """The real posts and the written ones of `split` (and for dev, the rule's own corpus: its fires
    and near-misses, tests/fixtures/rules/<rule>.toml); each item's `group` is "real", "corpus" or
    its writer."""
    real = [dict(i, group=REAL) for i in load_jsonl(CACHE / "posts.jsonl", split)] if "real" in sources else []
    written = [dict(i, group=i["src"]) for i in load_jsonl(WRITTEN, split)] if "written" in sources else []
    corpus = []
    if split == "dev" and CORPUS in sources:
        from tests.corpus import load_cases

        corpus = [
            {"text": c.text, "context": c.context, "labels": [rule] if c.fires else [], "group": CORPUS}
            for c in load_cases()
            if c.rule == rule
        ]
    return real + written + corpus


@cache
def keys_of(text: str) -> list[str]:
    return word_keys(text)


def analyser(kind: str):  # noqa: ANN201
    if kind.split(",")[0] == "words":
        return keys_of
    return lambda text: features(keys_of(text))


def rule_fires(rule: str, items: list[dict], model: bool = False) -> list[bool]:
    """Where the rule fires: without its learned trigger (the lists alone), or as shipped."""
    if not model:
        learned.OFF.add(rule)
    try:
        return [any(f.rule == rule for f in check(i["text"], i["context"])) for i in items]
    finally:
        learned.OFF.discard(rule)


def fit(texts: list[str], y: list[int], c: float, kind: str):  # noqa: ANN201
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=analyser(kind), min_df=2, binary=True, dtype="float64")
    x = vec.fit_transform(texts)
    weighting = "balanced" if kind.endswith(",balanced") else None
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, class_weight=weighting).fit(x, y)
    model.coef_[0][abs(model.coef_[0]) * SCALE < KEEP] = 0.0  # pruned as the file keeps them
    return vec, model


def folds(items: list[dict], y: list[int], seed: int) -> list[int]:
    from sklearn.model_selection import StratifiedKFold

    writers = sorted({i["group"] for i in items} - {REAL, CORPUS})
    fold = [0] * len(items)
    if len(writers) >= 2:
        for n, i in enumerate(items):
            if i["group"] in writers:
                fold[n] = writers.index(i["group"])
        spread = [n for n, i in enumerate(items) if i["group"] in (REAL, CORPUS)]
        k = len(writers)
    else:
        spread, k = list(range(len(items))), 5
    if not spread:
        return fold
    split = StratifiedKFold(k, shuffle=True, random_state=seed).split(spread, [y[n] for n in spread])
    for f, (_, test) in enumerate(split):
        for t in test:
            fold[spread[t]] = f
    return fold


def out_of_fold(items: list[dict], y: list[int], c: float, kind: str, seed: int) -> list[float]:
    fold = folds(items, y, seed)
    oof = [0.0] * len(items)
    for f in sorted(set(fold)):
        train = [n for n in range(len(items)) if fold[n] != f]
        test = [n for n in range(len(items)) if fold[n] == f]
        vec, model = fit([items[n]["text"] for n in train], [y[n] for n in train], c, kind)
        probs = model.predict_proba(vec.transform([items[n]["text"] for n in test]))[:, 1]
        for n, p in zip(test, probs, strict=True):
            oof[n] = float(p)
    return oof


def prf(fire: list[bool], y: list[int]) -> tuple[int, int, int, float, float, float]:
    tp = sum(f and t for f, t in zip(fire, y, strict=True))
    fp = sum(f and not t for f, t in zip(fire, y, strict=True))
    fn = sum(t and not f for f, t in zip(fire, y, strict=True))
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return tp, fp, fn, p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(name: str, fire: list[bool], y: list[int]) -> str:
    tp, fp, fn, p, r, f = prf(fire, y)
    return f"{name:36} tp {tp:4} fp {fp:3} fn {fn:4}   P {p:.3f} R {r:.3f} F1 {f:.3f}"


def parts(items: list[dict]) -> dict[str, list[int]]:
    """The items of each source present."""
    found = {
        "real": [n for n, i in enumerate(items) if i["group"] == REAL],
        "written": [n for n, i in enumerate(items) if i["group"] not in (REAL, CORPUS)],
        "corpus": [n for n, i in enumerate(items) if i["group"] == CORPUS],
    }
    return {k: v for k, v in found.items() if v}


def cross_validate(
    items: list[dict],
    y: list[int],
    rule: list[bool],
    kinds: tuple[str, ...] = KINDS,
    cs: tuple[float, ...] = CS,
    forced: float | None = None,
) -> tuple[float, str, float, dict]:
    """Every setting, averaged over the seeds; the choice as the module says (or `forced`'s threshold)."""
    best: tuple[float, float, str, float] | None = None
    table = {}
    where = parts(items)
    base = {k: prf([rule[n] for n in idx], [y[n] for n in idx]) for k, idx in where.items()}
    print("the rule alone: " + "; ".join(f"{k} tp {b[0]} fp {b[1]} F1 {b[5]:.3f}" for k, b in base.items()))
    for kind in kinds:
        for c in cs:
            oofs = [out_of_fold(items, y, c, kind, seed) for seed in SEEDS]
            for t in THRESHOLDS:
                row: dict[str, float] = {}
                own = [prf([p >= t for p in oof], y) for oof in oofs]
                row["own_precision"] = sum(o[3] if o[0] + o[1] else 1.0 for o in own) / len(own)
                gains = []
                for k, idx in where.items():
                    yy = [y[n] for n in idx]
                    own_k = [prf([oof[n] >= t for n in idx], yy) for oof in oofs]
                    both = [prf([rule[n] or oof[n] >= t for n in idx], yy) for oof in oofs]
                    row[f"{k}_own_precision"] = sum(o[3] if o[0] + o[1] else 1.0 for o in own_k) / len(own_k)
                    row[f"{k}_or_f1"] = sum(b[5] for b in both) / len(both)
                    row[f"{k}_added_hits"] = sum(b[0] for b in both) / len(both) - base[k][0]
                    row[f"{k}_added_false_alarms"] = sum(b[1] for b in both) / len(both) - base[k][1]
                    gains.append(row[f"{k}_or_f1"] - base[k][5])
                score = row["mean_gain"] = sum(gains) / len(gains)
                name = f"{kind} C={c:g} t={t:.2f}"
                table[name] = {k: round(v, 3) for k, v in row.items()}
                print(
                    f"{name:31} own P {row['own_precision']:.3f}  "
                    + "  ".join(
                        f"{k}: own P {row[f'{k}_own_precision']:.3f} F1 {row[f'{k}_or_f1']:.3f} "
                        f"+{row[f'{k}_added_hits']:.1f}/+{row[f'{k}_added_false_alarms']:.1f}"
                        for k in where
                    )
                    + f"  mean gain {score:+.3f}"
                )
                ok = row["own_precision"] >= MIN_PRECISION and row.get("written_own_precision", 1.0) >= MIN_PRECISION
                if ok and score > 0 and (best is None or score > best[0]):
                    best = (score, c, kind, t)
    ranked = sorted(table.items(), key=lambda kv: -kv[1]["mean_gain"])[:5]
    if forced is not None:  # a setting chosen before: one kind, one C, this threshold
        return cs[0], kinds[0], forced, table
    print(
        "best mean gains: "
        + "; ".join(f"{k} {v['mean_gain']:+.3f} (own P {v['own_precision']:.3f})" for k, v in ranked)
    )
    if best is None:
        raise SystemExit(f"no setting adds F1 at precision {MIN_PRECISION} out of fold: nothing to write")
    return best[1], best[2], best[3], table


def export(rule: str, items: list[dict], y: list[int], c: float, kind: str, t: float, table: dict) -> dict:
    vec, model = fit([i["text"] for i in items], y, c, kind)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w) * SCALE) for n, w in zip(names, model.coef_[0], strict=True)}
    weights = {n: q for n, q in sorted(weights.items()) if abs(q) >= KEEP}
    where = parts(items)
    writers = sorted({i["group"] for i in items} - {REAL, CORPUS})
    used = []
    if "real" in where:
        used.append(
            f"tools/realworld/posts.jsonl (texts from its sources' snapshots; {len(where['real'])} posts, "
            f"{sum(y[n] for n in where['real'])} positive)"
        )
    if "written" in where:
        used.append(
            f"tools/written/posts.jsonl (writers {', '.join(writers)}; {len(where['written'])} posts, "
            f"{sum(y[n] for n in where['written'])} positive)"
        )
    if "corpus" in where:
        used.append(
            f"tests/fixtures/rules/{rule}.toml (the rule's corpus: {len(where['corpus'])} texts, "
            f"{sum(y[n] for n in where['corpus'])} fires)"
        )
    return {
        "what": f"{rule}: logistic regression on {'words and word pairs' if kind.startswith('pairs') else 'words'} "
        "(pychecker/learned.py)",
        "trained_on": f"dev splits only: {' and '.join(used)}; y = '{rule}' in labels",
        "tool": f"tools/train_learned.py --rule {rule} --sources {','.join(where)} (scikit-learn 1.9.1, "
        "LogisticRegression liblinear L2, features kept in >= 2 posts, |weight| >= 0.05; cross-validation "
        + ("leaving one writer out)" if len(writers) >= 2 else "in five stratified folds)"),
        "features": kind.split(",")[0],
        "class_weight": "balanced" if kind.endswith(",balanced") else None,
        "C": c,
        "threshold": t,
        "cross_validation": table,
        "scale": SCALE,
        "bias": round(float(model.intercept_[0]) * SCALE),
        "weights": weights,
    }


def measure(rule: str, heldout: bool) -> None:
    data = json.loads(weights_file(rule).read_text(encoding="utf-8"))
    scorer = Model(data)
    dev = dataset("dev", rule)
    y = [int(rule in i["labels"]) for i in dev]
    alone = rule_fires(rule, dev)
    oof = out_of_fold(
        dev, y, float(data["C"]), data.get("features", "pairs") + (",balanced" if data.get("class_weight") else ""), 0
    )
    print(f"dev (the model out of fold, seed 0; threshold {scorer.threshold})")
    for k, idx in parts(dev).items():
        yy = [y[n] for n in idx]
        print(f" {k} ({len(idx)} posts)")
        print(line("  rule alone", [alone[n] for n in idx], yy))
        print(line("  rule OR model", [alone[n] or oof[n] >= scorer.threshold for n in idx], yy))
        print(line("  model alone", [oof[n] >= scorer.threshold for n in idx], yy))
    for name in ("clean-official", "clean-personal"):
        items = [i for i in load_jsonl(CACHE / "clean.jsonl", None) if i.get("set") == name]
        fired = sum(scorer.fires(word_keys(i["text"])) for i in items)
        print(f"{name}: the model fires on {fired} of {len(items)}")
    if heldout:  # figures only: no text is printed
        held = dataset("heldout", rule)
        hy = [int(rule in i["labels"]) for i in held]
        without, shipped = rule_fires(rule, held), rule_fires(rule, held, model=True)
        model = [scorer.fires(word_keys(i["text"])) for i in held]
        for k, idx in parts(held).items():
            yy = [hy[n] for n in idx]
            print(f"held-out {k} ({len(idx)} posts; figures only)")
            print(line("  rule without its model", [without[n] for n in idx], yy))
            print(line("  rule with its model (as shipped)", [shipped[n] for n in idx], yy))
            print(line("  model alone", [model[n] for n in idx], yy))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rule", required=True)
    parser.add_argument("--sources", default=",".join(SOURCES), help="of real, written, corpus (default: all)")
    parser.add_argument(
        "--kinds",
        default=",".join(KINDS).replace(",balanced", "+balanced"),
        help="the features tried (pairs, words, pairs+balanced, words+balanced)",
    )
    parser.add_argument("--cs", default=",".join(f"{c:g}" for c in CS), help="the Cs tried")
    parser.add_argument(
        "--threshold",
        type=float,
        help="with one kind and one C: write that setting at this threshold rather than choose one "
        "(how respectful-tone's shipped weights are remade: --sources real --kinds pairs --cs 1 --threshold 0.85)",
    )
    parser.add_argument("--write", action="store_true", help="write the chosen model's weights")
    parser.add_argument("--measure", action="store_true", help="measure the written weights (dev, clean sets)")
    parser.add_argument("--heldout", action="store_true", help="with --measure: print the held-out figures too")
    args = parser.parse_args()
    if args.measure:
        measure(args.rule, args.heldout)
        return
    dev = dataset("dev", args.rule, tuple(args.sources.split(",")))
    y = [int(args.rule in i["labels"]) for i in dev]
    kinds = tuple(k.replace("+", ",") for k in args.kinds.split(","))
    cs = tuple(float(c) for c in args.cs.split(","))
    if args.threshold is not None and (len(kinds) > 1 or len(cs) > 1):
        parser.error("--threshold needs one kind and one C")
    c, kind, t, table = cross_validate(dev, y, rule_fires(args.rule, dev), kinds, cs, args.threshold)
    print(f"chosen: {kind}, C={c:g}, threshold {t}")
    if args.write:
        data = export(args.rule, dev, y, c, kind, t, table)
        out = weights_file(args.rule)
        out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(data['weights'])} weights, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
