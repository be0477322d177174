"""Fuzzing the checker (issue 7, item 4): any text, any valid context.

`check()` never raises; every finding points inside the text it was given and quotes it exactly;
fixes stay in bounds; rules are the contract's. `bridge.check_json` never raises and always
answers JSON. Long and adversarial posts (up to the bridge's 100,000-character limit) cost work that
grows in step with their length: counted (the calls the check makes, from a cold start), not timed,
so that a busy machine fails nothing; how long a check takes is for the benchmark to print
(`tools/bench_checker.py`), and patterns that could backtrack are refused as a pack loads
(tests/checker/test_regex_safety.py).
"""

from __future__ import annotations

import json
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pychecker import RULES, check
from pychecker.bridge import MAX_CHARS, check_json, forget_drafts
from pychecker.context import ACCOUNTS, MEDIA_KINDS, PLATFORMS, SURFACES
from pychecker.findings import SEVERITIES

RULE_IDS = {r.id for r in RULES}

# Loading the pack and the spelling dictionary is start-up, not checking: done before anything is counted.
for _context in ({"account": "personal"}, {"account": "official", "platform": "twitter"}):
    check("Warm up at NHP: N0rth, N H P, Labour.", _context)

# Characters the checker must survive: every kind of whitespace, hidden and direction marks,
# NUL and controls, combining marks, look-alikes, emoji (with joiners and variation selectors),
# lone surrogates, full-width, styled and enclosed letters, leet symbols.
SPECIAL = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff\u00ad"
    "\x00\x01\x7f\ufffd\ufffe\uffff"
    "\u0300\u0301\u0308\u0336\u20dd\u0489\u034f"
    "АаНОРрΝΗΡоƬɴʜᴘİıßﬁ"
    "🎉👍🏽👨‍👩‍👧\ufe0f🇳🇭🇵🅽ⓝ𝐍ＮＨＰ"
    "\ud800\udc00\udfff"
    "0123456789$@€₽£|!¢¥'’.-*#_/"
)
WORDS = [
    "NHP", "N H P", "N.H.P", "N0rth", "H4lifax", "P4rtnership", "North", "Halifax", "Partnership",
    "Kevin", "Pearce", "Children's", "Centre", "Staying", "Well", "St4ying", "W3ll", "team", "Sure", "Start",
    "Vote", "V0te", "Labour", "L4bour", "Tories", "T o r i e s", "Reform", "ward", "signs", "of", "labour",
    "views", "my", "own", "@NhxPartnership", "#NHP", "07700", "900123", "HX3", "95%", "2024-01-01",
    "DM", "me", "kids", "photo", "research", "shows", "vacancy", "apply", "now", "idiot", "fraud",
    "I", "think", "a", "the", "and", "!", "?", ".", "\n",
]  # fmt: skip

texts = st.one_of(
    st.text(),  # any code point, surrogates included
    st.text(alphabet=st.sampled_from(SPECIAL), max_size=200),
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet=st.sampled_from(SPECIAL), min_size=1, max_size=3)),
        max_size=80,
    ).map(" ".join),
)
dates = st.dates().map(lambda d: d.isoformat())
periods = st.tuples(st.dates(), st.dates()).map(lambda p: {"start": min(p).isoformat(), "end": max(p).isoformat()})
contexts = st.fixed_dictionaries(
    {},
    optional={
        "platform": st.sampled_from(PLATFORMS),
        "account": st.sampled_from(ACCOUNTS),
        "channel": st.one_of(st.just(""), st.sampled_from(["NhxPartnership", "kevinpearcechildrenscentre"]), st.text()),
        "surface": st.sampled_from(SURFACES),
        "media": st.lists(
            st.fixed_dictionaries(
                {"kind": st.sampled_from(MEDIA_KINDS)},
                optional={
                    "name": st.one_of(
                        st.sampled_from(["kids.jpg", "nhp-logo.png", "creations-cc-logo.png"]), st.text(max_size=40)
                    )
                },
            ),
            max_size=3,
        ),
        "date": dates,
        "consent_confirmed": st.booleans(),
        "disclaimer_in_profile": st.booleans(),
        "regulated_periods": st.lists(periods, max_size=2),
    },
)


def assert_sound(text: str, findings: list) -> None:
    for f in findings:
        assert f.rule in RULE_IDS
        assert f.severity in SEVERITIES
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.excerpt == text[f.start : f.end], f
        assert f.clauses and isinstance(f.message, str) and f.message
        if f.fix is not None:
            assert 0 <= f.fix.replace_start <= f.fix.replace_end <= len(text), f.fix
            assert isinstance(f.fix.text, str)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, contexts)
def test_check_never_raises_and_spans_hold(text, context):
    assert_sound(text, check(text, context))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, contexts)
def test_check_json_always_answers_json(text, context):
    answer = json.loads(check_json(json.dumps({"text": text, "context": context})))
    assert "findings" in answer, answer
    for f in answer["findings"]:
        assert f["rule"] in RULE_IDS
        assert 0 <= f["start"] <= f["end"] <= len(text)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.dictionaries(st.text(max_size=10), st.one_of(st.none(), st.booleans(), st.integers(), st.text())).map(
            json.dumps
        ),
        st.builds(
            lambda text, ctx, rules: json.dumps({"text": text, "context": ctx, "rules": rules}),
            st.one_of(st.text(max_size=50), st.integers(), st.none()),
            st.one_of(contexts, st.dictionaries(st.text(max_size=10), st.text(max_size=10)), st.text(max_size=5)),
            st.one_of(st.none(), st.lists(st.sampled_from([*sorted(RULE_IDS), "nope"]), max_size=3), st.integers()),
        ),
    )
)
def test_check_json_never_raises_on_any_request(request):
    answer = json.loads(check_json(request))
    assert isinstance(answer, dict)
    assert ("findings" in answer) != ("error" in answer)


# Long posts: hypothesis-built up to the limit.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join),
    st.integers(min_value=1_000, max_value=MAX_CHARS),
    contexts,
)
def test_long_posts_are_checked_soundly(chunk, size, context):
    text = (chunk * (size // len(chunk) + 1))[:size]
    assert_sound(text, check(text, context))


ADVERSARIAL = {
    "one 100k word": "a" * MAX_CHARS,
    "one 100k word with digits": "a1" * (MAX_CHARS // 2),
    "a a a": "a " * (MAX_CHARS // 2),
    "single letters spaced": "N H " * (MAX_CHARS // 4),
    "dotted letters": "a." * (MAX_CHARS // 2),
    "emoji": "🎉" * 50_000,
    "emoji with joiners": "👨\u200d" * 50_000,
    "combining marks": "a" + "\u0301" * (MAX_CHARS - 1),
    "marked letters": "n\u0301" * (MAX_CHARS // 2),
    "zero-width": "N\u200b" * (MAX_CHARS // 2),
    "org names": "North Halifax Partnership " * (MAX_CHARS // 26),
    "leet org names": "N0rth H4lifax P4rtnership " * (MAX_CHARS // 26),
    "spaced org names": "N H P " * (MAX_CHARS // 6),
    "party names with exceptions": "Labour ward Labour Tories signs of labour Vote Labour " * (MAX_CHARS // 54),
    "one sentence of words": ("word " * (MAX_CHARS // 5)),
    "newlines": "\n" * MAX_CHARS,
    "lone surrogates": "\ud800" * MAX_CHARS,
    "digits": "0" * MAX_CHARS,
    "leet symbols": "$@€₽£|!" * (MAX_CHARS // 7),
    "apostrophes": "a'" * (MAX_CHARS // 2),
    "handles": "@a " * (MAX_CHARS // 3),
    "unicode 100k": "".join(chr(0x4E00 + i % 20000) for i in range(MAX_CHARS)),
}


# Twice the text may cost a little over twice the work (a few fixed costs aside), never four times.
LINEAR = 2.5


def work(text: str, context: dict) -> int:
    """The calls (Python functions and built-ins) checking `text` makes, from a cold start (no word of
    an earlier draft in the caches): a count, the same on any machine however busy."""
    forget_drafts()
    calls = 0

    def count(_frame, event, _arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        findings = check(text, context)
    finally:
        sys.setprofile(None)
    assert_sound(text, findings)
    return calls


def test_adversarial_posts_cost_work_in_step_with_their_length():
    steep = {}
    for name, text in ADVERSARIAL.items():
        half, whole = text[: len(text) // 20], text[: len(text) // 10]  # 5,000 and 10,000 characters
        for context in ({"account": "personal"}, {"account": "official", "platform": "twitter", "surface": "reply"}):
            check(half, context)  # data a kind of text needs read once (on first use) is not the check's work
            growth = work(whole, context) / work(half, context)
            if growth > LINEAR:
                steep[(name, context["account"])] = round(growth, 2)
    assert not steep, f"twice the text cost more than {LINEAR} times the work: {steep}"


def test_adversarial_posts_at_the_limit_are_checked_soundly():
    for text in ADVERSARIAL.values():
        assert_sound(text, check(text, {"account": "official", "platform": "twitter", "surface": "reply"}))


def test_bridge_truncates_past_the_limit():
    answer = json.loads(check_json(json.dumps({"text": "NHP " * 30_000, "context": {"account": "personal"}})))
    assert answer["truncated"] == 120_000
    assert all(f["end"] <= MAX_CHARS for f in answer["findings"])


def test_a_100k_post_costs_work_in_step_with_its_length():
    """The bridge's limit (issue 7, item 5): a full-size realistic post, every rule, both accounts,
    costs about twice the work of half of it (the benchmark prints how long that is)."""
    from tools.bench_checker import realistic_post

    text = realistic_post(MAX_CHARS, mixed=True)
    assert len(text) == MAX_CHARS
    for context in ({"account": "personal"}, {"account": "official", "platform": "twitter"}):
        check(text, context)  # data read on first use (any the text's words call for) is not the check's work
        growth = work(text, context) / work(text[: MAX_CHARS // 2], context)
        assert growth <= LINEAR, f"100,000 characters cost {growth:.2f} times the work of 50,000 ({context['account']})"
    answer = json.loads(check_json(json.dumps({"text": text + "more", "context": {"account": "personal"}})))
    assert answer["truncated"] == MAX_CHARS + 4 and answer["findings"]
