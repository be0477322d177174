"""The checker's walls towards the extension (issue 18 item 6): a draft with thousands of findings is
sent as at most MAX_FINDINGS_PER_RULE of each rule and how many more there were, and when a draft
goes, every word of it the checker kept (its caches) is forgotten."""

from __future__ import annotations

import json

from pychecker import bridge, text
from pychecker.limits import MAX_FINDINGS_PER_RULE
from pychecker.rules import shared, spelling


def test_a_draft_with_thousands_of_findings_is_sent_capped_with_how_many_more():
    draft = "Call me on 07700 900123. " * 4000  # 100,000 characters of phone numbers
    answer = json.loads(bridge.check_json(json.dumps({"text": draft, "context": {"account": "personal"}})))
    phones = [f for f in answer["findings"] if f["rule"] == "personal-data"]
    assert len(phones) == MAX_FINDINGS_PER_RULE == 20
    assert phones[0]["start"] == draft.index("07700")  # the first ones, in the checker's order
    assert answer["more"] == {"personal-data": 4000 - MAX_FINDINGS_PER_RULE}
    assert len(json.dumps(answer)) < 50_000


def test_a_draft_under_the_cap_says_nothing_more():
    answer = json.loads(bridge.check_json(json.dumps({"text": "Call me on 07700 900123", "context": {}})))
    assert [f["rule"] for f in answer["findings"]] == ["personal-data"] and "more" not in answer


def _kept_words() -> str:
    """Every word the checker keeps in its caches of draft text, as one string to search."""
    lexicon = bridge._builtin_pack().lexicon
    kept = [*lexicon._fuzzy_cache, *lexicon._keys_cache, *text._LEET_CACHE, *text._STRETCH_CACHE]
    return repr(kept)


def test_when_a_draft_goes_the_checker_forgets_its_words():
    # An official post (spelling is checked on those), shouted, with a misspelt name, leet and stretched words.
    draft = "SHOUTING ABOUT THE SECRET PLAN: Zanzibarr w1ll b3 c1os3d, we are definately sooooo saaaad"
    bridge.check_json(json.dumps({"text": draft, "context": {"account": "official"}}))
    assert "zanzibarr" in _kept_words().lower()
    assert spelling._known.cache_info().currsize
    assert json.loads(bridge.forget_drafts()) == {"ok": True}
    assert "zanzibarr" not in _kept_words().lower() and _kept_words() == "[]"
    assert [spelling.suggestions.cache_info().currsize, spelling._known.cache_info().currsize] == [0, 0]
    assert [spelling._language.cache_info().currsize, shared.shouting.cache_info().currsize] == [0, 0]
