"""Each rule against its corpus (tests/fixtures/rules/) and its own docstring examples."""

from __future__ import annotations

import re

import pytest

from pychecker import RULES, check
from tests.corpus import load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus(case):
    findings = check(case.text, case.context)
    rules = [f.rule for f in findings]
    if case.fires:
        assert case.rule in rules, f"{case.rule} should fire on {case.text!r} ({case.context})"
    else:
        assert case.rule not in rules, f"{case.rule} should not fire on {case.text!r}: {findings}"


def test_every_rule_has_a_corpus():
    covered = {c.rule for c in CASES}
    assert {r.id for r in RULES} <= covered


_EXAMPLE = re.compile(r"^\s+\[(?P<ctx>[^\]]*)\] (?P<text>.+)$")


def _examples(doc: str) -> list[tuple[bool, dict, str]]:
    out, fires = [], None
    for line in doc.splitlines():
        if line.strip() == "Fires:":
            fires = True
        elif line.strip() == "Does not fire:":
            fires = False
        elif fires is not None and (m := _EXAMPLE.match(line)):
            ctx = {}
            for pair in m["ctx"].split():
                key, value = pair.split("=")
                if key == "media":  # media=image:kids.jpg,video:clip.mp4
                    items = [item.split(":", 1) for item in value.split(",")]
                    ctx[key] = [dict(zip(("kind", "name"), item, strict=False)) for item in items]
                elif ".." in value:  # regulated_periods=START..END[,START..END]
                    ctx[key] = [dict(zip(("start", "end"), p.split(".."), strict=True)) for p in value.split(",")]
                else:
                    ctx[key] = {"true": True, "false": False}.get(value, value)
            out.append((fires, ctx, m["text"]))
        elif line.strip():
            fires = None
    return out


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_docstring_examples_hold(rule):
    examples = _examples(rule.doc)
    assert any(f for f, _, _ in examples) and any(not f for f, _, _ in examples), "docstring needs both kinds"
    for fires, ctx, text in examples:
        found = rule.id in [f.rule for f in check(text, ctx)]
        assert found == fires, f"{rule.id} docstring example {'fires' if fires else 'passes'}: {text!r}"


def test_political_severity_depends_on_account():
    official = check("Vote Labour!", {"account": "official"})
    personal = check("Vote Labour! Proud of the NHP team. Views my own.", {"account": "personal"})
    assert [(f.rule, f.severity) for f in official] == [("political", "error")]
    assert [(f.rule, f.severity) for f in personal] == [("political", "warning")]


def test_missing_disclaimer_span_and_fix():
    text = "Lovely morning at Kevin Pearce Children's Centre"
    [finding] = check(text, {"account": "personal", "platform": "facebook"})
    assert text[finding.start : finding.end] == finding.excerpt == "Kevin Pearce Children's Centre"
    assert finding.fix.replace_start == finding.fix.replace_end == len(text)
    assert "my own" in finding.fix.text and "North Halifax Partnership" in finding.fix.text


def test_disclaimer_fix_uses_short_form_when_x_would_overflow():
    text = "Proud of @NhxPartnership " + "x" * 240
    [finding] = check(text, {"account": "personal", "platform": "twitter"})
    assert finding.fix.text == " Views my own."
    fixed = text + finding.fix.text
    assert check(fixed, {"account": "personal", "platform": "twitter"}) == []


def test_spans_point_into_the_original_text_past_emoji_and_hidden_characters():
    text = "🎉🎉 Great day with N\u200bHP"
    [finding] = check(text, {"account": "personal"})
    assert text[finding.start : finding.end] == "N\u200bHP"


def test_a_finding_says_what_would_clear_it():
    context = {"account": "official", "media": [{"kind": "image", "name": "kids.jpg"}]}
    [finding] = [f for f in check("Fun at messy play with the kids today", context) if f.rule == "child-consent"]
    assert finding.severity == "error" and "consent" in finding.clear_by
    assert finding.to_dict()["clear_by"] == finding.clear_by
    confirmed = check("Fun at messy play with the kids today", {**context, "consent_confirmed": True})
    assert "child-consent" not in [f.rule for f in confirmed]
