"""The caches the checker fills from drafts hold about one draft's words (issue 16 item 3: memory), and
never change an answer: `pychecker/draft_memory.py`."""

from __future__ import annotations

import json
import random
from typing import Any

from pychecker import bridge, draft_memory
from tests.corpus import load_cases


def _check(text: str, account: str = "official") -> Any:
    return json.loads(bridge.check_json(json.dumps({"text": text, "context": {"account": account}})))


def _entries() -> dict[str, int]:
    """Each cache's entries, by name (a cache per pack's lexicon: summed)."""
    sizes: dict[str, int] = {}
    for cache in draft_memory._caches.values():
        sizes[cache.name] = sizes.get(cache.name, 0) + len(cache)
    for cached in draft_memory._functions:
        sizes[cached.__name__] = cached.cache_info().currsize
    return sizes


def _drafts(count: int, seed: int = 16) -> list[str]:
    """Drafts of about 2,000 characters, each with words no other has (made-up names, slips, tags)."""
    rng = random.Random(seed)
    sentences = [case.text for case in load_cases()]
    drafts = []
    for _ in range(count):
        words = " ".join(rng.sample(sentences, 25)).split()
        for at in rng.sample(range(len(words)), len(words) // 5):
            made_up = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
            words[at] = rng.choice([made_up, made_up.title(), f"#{made_up}Now", f"{made_up[:2]}0{made_up[2:]}"])
        drafts.append(" ".join(words)[:2_000])
    return drafts


def test_many_drafts_leave_the_caches_no_bigger_than_one_draft_needs():
    bridge.forget_drafts()
    drafts = _drafts(30)
    for draft in drafts:
        _check(draft)
    # One more draft's words at most on top of what the check before it may keep.
    ceiling = draft_memory.FLOOR + len(drafts[-1].split())
    assert max(_entries().values()) <= ceiling, _entries()


def test_a_draft_typed_keeps_its_words_from_keystroke_to_keystroke():
    bridge.forget_drafts()
    draft = _drafts(1, seed=3)[0]
    _check(draft[:1_000])
    kept = _entries()
    assert kept["lexicon.keys"] > 100
    _check(draft[:1_001])
    assert all(_entries()[name] >= entries for name, entries in kept.items()), (kept, _entries())


def test_a_long_draft_keeps_all_its_words():
    bridge.forget_drafts()
    draft = " ".join(_drafts(50, seed=5))[:100_000]
    _check(draft)
    first = _entries()["lexicon.keys"]
    assert first > draft_memory.FLOOR  # more than the floor: the draft's own words are kept
    _check(draft + " x")
    assert _entries()["lexicon.keys"] >= first


def test_answers_are_the_same_with_the_caches_warm_full_or_empty():
    drafts = _drafts(12, seed=7)
    bridge.forget_drafts()
    cold = []
    for draft in drafts:
        cold.append([_check(draft, account) for account in ("official", "personal")])
        bridge.forget_drafts()
    for draft in drafts:  # warm: every draft's words kept, or emptied on the way (fit)
        assert [_check(draft, account) for account in ("official", "personal")] == cold.pop(0)


def test_when_a_draft_goes_every_cache_filled_from_it_is_emptied():
    _check("#ZanzibarrPlan: SHOUTING n0rth Halifax, definately sooooo saaad", "official")
    assert _entries()["segment.tags"] and _entries()["lexicon.keys"]  # the tags' words too (kept until now)
    bridge.forget_drafts()
    assert set(_entries().values()) == {0}, _entries()
