#!/usr/bin/env python3
"""Would alt-profanity-check's model (tools/tone_model.py) help respectful-tone? The trial, repeatable.

    python3 tools/tone_model_trial.py        # needs tools/realworld/cache/ (tools/realworld/build.py)

Two ways of using the model as evidence beside the rule's own structure, each tried with a few
thresholds and compared with the rule alone on the development split (never the held-out slice),
the clean sets and the hand-written probes (tools/tone_probes.toml):

- `lead`: a word after one of the rule's leads ("you", "that", "he's a", modifiers between), not
  an expletive, whose model weight is at least W, in a sentence the model scores at least P: the
  model as a learned list of names ("that rat lied");
- `addressed`: a sentence the model scores at least P, with "you" or "he"/"she"/"they" in it,
  whose heaviest word weighs at least 1.5 and is not an expletive.

Everything the rule keeps out (said of oneself, told, among friends, a name, a quoted line) still
applies: the model's spans join the rule's names before those filters. The model's training data
includes t-davidson/hate-speech-and-offensive-language, also a source of the development set, so
the dev figures flatter it.
"""

from __future__ import annotations

import bisect
import json
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check
from pychecker.post import Post, Span
from pychecker.rules import respectful_tone
from tools.tone_model import tone_model

HERE = Path(__file__).resolve().parent
TONE = {"respectful-tone", "discriminatory-language"}
EXPLETIVES = frozenset(
    "shit shits fuck fucks fucking fuckin fucked fck damn hell crap bloody goddamn freaking friggin ass arse "
    "suck sucks dick pussy cock penis sex porn boobs".split()
)
_PERSON = frozenset("you u ur your youre he she hes shes him her they theyre".split())

Finder = Callable[[Post], list[Span]]


def sentence_text(post: Post, sentence: int) -> str:
    return " ".join(k for k, s in zip(post.word_keys, post.text.word_sentences, strict=True) if s == sentence)


def by_lead(weight_min: float, p_min: float) -> Finder:
    def find(post: Post) -> list[Span]:
        leads = post.spans("respectful-tone.lead") + post.spans("respectful-tone.lead-person")
        model, keys, sentences = tone_model(), post.word_keys, post.text.word_sentences
        modifiers, out = post.word_set("respectful-tone.modifier"), []
        for lead in leads:
            first = bisect.bisect_left(post.word_starts, lead.end)
            for j in range(first, min(first + 4, len(keys))):
                if sentences[j] != lead.sentence:
                    break
                if keys[j] in modifiers and j < first + 3:
                    continue
                weight = model.weight(keys[j]) or 0.0
                charged = weight >= weight_min and keys[j] not in EXPLETIVES
                if charged and model.probability(sentence_text(post, lead.sentence)) >= p_min:
                    out.append(Span(lead.start, post.word_span(j).end, lead.sentence))
                break
        return out

    return find


def addressed(p_min: float) -> Finder:
    def find(post: Post) -> list[Span]:
        model, keys, out = tone_model(), post.word_keys, []
        for sentence in sorted(set(post.text.word_sentences)):
            numbers = [j for j, s in enumerate(post.text.word_sentences) if s == sentence]
            if not _PERSON & {keys[j] for j in numbers}:
                continue
            heaviest = max(numbers, key=lambda j: model.weight(keys[j]) or 0.0)
            charged = (model.weight(keys[heaviest]) or 0.0) >= 1.5 and keys[heaviest] not in EXPLETIVES
            if charged and model.probability(sentence_text(post, sentence)) >= p_min:
                out.append(post.word_span(heaviest))
        return out

    return find


def with_model(find: Finder | None) -> None:
    """Put the model's spans beside the rule's names (None: the rule alone)."""
    rule_aimed = ORIGINAL_AIMED

    def aimed(post: Post, words: str, leads: tuple[str, ...], gap: object) -> list[Span]:
        found = rule_aimed(post, words, leads, gap)
        return found + find(post) if find and words == "respectful-tone.noun" else found

    respectful_tone._aimed = aimed  # the trial's one seam: the rule's first gathering of names


ORIGINAL_AIMED = respectful_tone._aimed


def load(name: str) -> list[dict]:
    path = HERE / "realworld" / "cache" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def figures(posts: list[dict], clean: list[dict], probes: list[dict]) -> tuple[str, dict[str, set[str]]]:
    fired = {}
    tp = fp = fn = rt_tp = rt_fp = rt_fn = 0
    for item in posts:
        got = {f.rule for f in check(item["text"], item["context"])} & TONE
        fired[item["id"]] = got
        want = TONE & set(item["labels"])
        tp += bool(got and want)
        fp += bool(got and not want)
        fn += bool(want and not got)
        rt = "respectful-tone"
        rt_tp += rt in got and rt in want
        rt_fp += rt in got and rt not in want
        rt_fn += rt in want and rt not in got
    clean_sets: dict[str, list[int]] = {}
    for item in clean:
        hit = any(check(item["text"], item["context"]))
        clean_sets.setdefault(item["set"], []).append(hit)
    misses = sum(not ({f.rule for f in check(p["text"], _context(p))} & TONE) for p in probes if p["want"])
    alarms = sum(bool({f.rule for f in check(p["text"], _context(p))} & TONE) for p in probes if not p["want"])
    line = (
        f"tone R {tp / (tp + fn):.2f} P {tp / max(1, tp + fp):.2f} ({tp + fp} fired); "
        f"respectful-tone P {rt_tp / max(1, rt_tp + rt_fp):.2f} R {rt_tp / (rt_tp + rt_fn):.2f}; "
        + "; ".join(f"{name} {100 * sum(v) / len(v):.1f}%" for name, v in sorted(clean_sets.items()))
        + f"; probes: misses {misses}, false alarms {alarms}"
    )
    return line, fired


def _context(probe: dict) -> dict:
    return {"account": probe.get("account", "personal"), "surface": probe.get("surface", "post")}


def main() -> int:
    posts = [p for p in load("posts") if p["split"] == "dev"]
    clean = load("clean")
    probes = tomllib.loads((HERE / "tone_probes.toml").read_text(encoding="utf-8"))["probe"]
    texts = {p["id"]: p for p in posts}
    base_line, base = figures(posts, clean, probes)
    print(f"{'rule alone':22} {base_line}")
    trials: list[tuple[str, Finder]] = [
        *((f"lead W>={w} P>={p}", by_lead(w, p)) for w in (1.0, 1.5, 2.0) for p in (0.5, 0.8)),
        *((f"addressed P>={p}", addressed(p)) for p in (0.8, 0.9, 0.95)),
    ]
    for name, find in trials:
        with_model(find)
        line, got = figures(posts, clean, probes)
        print(f"{name:22} {line}")
        for post_id, rules in got.items():
            if rules != base[post_id]:
                item = texts[post_id]
                print(f"    {sorted(base[post_id])} -> {sorted(rules)} (labels {sorted(item['labels'])}) {post_id}")
    with_model(None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
