"""How rules are built: each declares the word lists it reads and says its words in plain templates;
the declarative kinds (first_hit, each_sentence, hits, confirmed) do what they say."""

from __future__ import annotations

import re

import pytest

from pychecker import RULES, check, default_pack
from pychecker.context import Context
from pychecker.lexicon import UnknownListError
from pychecker.post import REQUIRED_LISTS, Post
from pychecker.rules.base import Rule
from pychecker.rules.kinds import NAMED, QUESTION, confirmed, each_sentence, first_hit, hits, official
from pychecker.wording import ROLES, placeholders
from tests.corpus import load_cases

CASES = load_cases()


class RecordingPost(Post):
    """A post that notes every word list and word set asked of it."""

    asked: set[str]

    def _hits_of(self, list_name):
        self.asked.add(list_name)
        return super()._hits_of(list_name)

    def word_set(self, list_name):
        self.asked.add(list_name)
        return super().word_set(list_name)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_a_rule_reads_only_the_lists_it_declares(rule):
    """`load_pack` checks a pack for the lists rules declare: a list read but not declared would
    slip past that check, so every corpus text is run with a post that notes what is read."""
    asked: set[str] = set()
    for case in CASES:
        post = RecordingPost(case.text, Context.from_dict(case.context), default_pack())
        post.asked = asked
        list(rule.check(post))
    assert asked - set(rule.lists) - set(REQUIRED_LISTS) == set()
    assert asked, "the corpus never made the rule read a list"


# Words of North Halifax Partnership's that must come from its pack, never from a rule's own text.
NHP_WORDS = re.compile(r"North Halifax|NHP|marketing|Chief Executive|Sure Start|Staying Well|Calderdale|Halifax")


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_a_rules_own_words_are_plain(rule):
    for name, template in rule.texts.items():
        assert not NHP_WORDS.search(template), f"{rule.id} text {name!r} names the organisation: {template!r}"
        filled_in_by_rule = placeholders(template) - set(ROLES) - {"org", "org_short", "date"}
        assert all(p.isidentifier() for p in filled_in_by_rule), (rule.id, name)


def test_roles_come_from_the_pack():
    [finding] = check(
        "So sorry to hear about your experience, we'll look into this.", {"account": "official", "surface": "reply"}
    )
    assert "the marketing manager" in finding.message and "the Chief Executive" in finding.message


# --- the kinds, on a rule made here ----------------------------------------------------------------


def _rule(run, texts=None):
    return Rule(id="media-contact", severity="warning", summary="s", run=run, texts=texts or {"message": "{org_short}"})


def _spans(run, text, **context):
    """What a rule of this `run` quotes in `text`."""
    post = Post(text, Context.from_dict(context), default_pack())
    return [f.excerpt for f in _rule(run).check(post)]


def test_first_hit_makes_one_finding_on_the_first_hit_unless():
    run = first_hit("confidential.secret", unless="copyright.permission")
    assert _spans(run, "Internal use only. Embargoed until Monday.") == ["Internal use only"]
    assert _spans(run, "Internal use only, shared with permission") == []


def test_each_sentence_makes_one_finding_per_sentence():
    run = each_sentence(hits("confidential.secret"))
    assert _spans(run, "Internal use only, embargoed. Embargoed until Monday.") == [
        "Internal use only",
        "Embargoed until",
    ]


def test_confirmed_needs_its_confirmation_in_the_same_sentence():
    run = first_hit(confirmed("recruitment.seeking", by="recruitment.job"))
    assert _spans(run, "We're looking for a family support worker!") == ["looking for a"]
    assert _spans(run, "We're looking for a venue. A family support worker visited.") == []


def test_confirmed_within_the_post():
    run = first_hit(confirmed("promo-approval.event", by="promo-approval.when", within="post"))
    assert _spans(run, "Fun day! It starts at 10am on Saturday.") == ["Fun day"]
    assert _spans(run, "Fun day!") == []


def test_confirmed_by_a_question_or_someone_named():
    asks = first_hit(confirmed("confidential.secret", by=QUESTION))
    assert _spans(asks, "Anyone seen the internal memo?") == ["internal memo"]
    assert _spans(asks, "Anyone seen the internal memo.") == []
    named = first_hit(confirmed("confidential.secret", by=NAMED))
    assert _spans(named, "Did Dave Smith see the internal memo") == ["internal memo"]
    assert _spans(named, "did anyone see the internal memo") == []


def test_when_conditions_and_outside_sentences():
    run = first_hit("confidential.secret", when=official, outside="copyright.permission")
    assert _spans(run, "Internal memo", account="personal") == []
    assert _spans(run, "Internal memo", account="official") == ["Internal memo"]
    assert _spans(run, "Internal memo shared with permission. Internal memo", account="official") == ["Internal memo"]


def test_a_kind_declares_what_it_reads():
    run = first_hit(("a.one", confirmed("a.two", by=("a.three", NAMED))), unless="a.four", outside="a.five")
    assert set(run.lists) == {"a.one", "a.two", "a.three", "a.four", "a.five", *NAMED.lists}
    assert QUESTION.lists == ()


def test_a_finding_says_the_accounts_version_of_its_message():
    run = first_hit("confidential.secret")
    rule = _rule(run, {"message_official": "{org} speaks", "message_personal": "you speak", "clear_by": "by {date}"})
    context = {"account": "official", "date": "2030-01-02"}
    [finding] = rule.check(Post("Internal memo", Context.from_dict(context), default_pack()))
    assert (finding.message, finding.clear_by) == ("North Halifax Partnership speaks", "by 2030-01-02")
    [finding] = rule.check(Post("Internal memo", Context.from_dict({"account": "personal"}), default_pack()))
    assert finding.message == "you speak" and finding.clauses == ("PA-6",)


def test_asking_for_an_unknown_list_is_an_error():
    post = Post("Vote Labour", Context(), default_pack())
    with pytest.raises(UnknownListError, match=r"political\.nonsense"):
        post.spans("political.nonsense")
    with pytest.raises(UnknownListError):
        post.has("nonsense")
    with pytest.raises(UnknownListError, match="word set"):
        post.spans("common.negation")  # a word set is asked word by word, never searched for
    with pytest.raises(UnknownListError, match="word set"):
        post.word_set("political.party")
    assert "not" in post.word_set("common.negation")
