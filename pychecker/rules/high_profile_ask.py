"""high-profile-ask: asking a named or @-mentioned person, from a personal account, to support the charity.

Clause PA-5: "Please don't approach high profile people from your personal social media accounts
to ask them to support the charity, as this could hinder any potential relationships that are
being managed by North Halifax Partnership. This includes asking for retweets about the charity.
If you have any information about high profile people that have a connection to our cause, or if
there is someone who you would like to support the charity, please speak to the marketing team
to share the details."

Fires on a personal account when the post asks someone to share, retweet, support, donate to,
back, mention or be a patron of the organisation (`lists/high-profile-ask.toml`: "please RT",
"could you give our appeal a shout?", "would you consider supporting…", "any chance of a share?",
"it would mean the world if you…", "with your platform…", or any question that asks for a share, a
mention or a donation: "is there any way you might share…?"), the person asked is named or
@-mentioned (an @handle other than the organisation's own, not one being thanked; or a name of two
or more capitalised words in the sentence that asks or the one before, in a post that speaks to
someone: "you", "Dear", "Tagging"), and the post is about the organisation (an org mention, or "the
charity", "our appeal", "the children's centre"). Does not fire from an official account (the
marketing team's own outreach), on a general ask with nobody named ("please share with your
friends"), on thanks ("thanks @EdSheeran for sharing"), on asks about something else, or on a
request to the organisation's own account.

Fires:
    [account=personal platform=twitter] @MarcusRashford please RT! Kevin Pearce Children's Centre needs winter coats
    [account=personal] Dear Ed Sheeran, would you consider supporting the charity I work for? NHP does amazing work
    [account=personal platform=twitter] @jamieoliver could you give the Staying Well cafe a mention? #NHP
Does not fire:
    [account=official platform=twitter] @MarcusRashford please RT! Kevin Pearce Children's Centre needs winter coats
    [account=personal] Please share with your friends: NHP's winter coat appeal is open till Friday
    [account=personal platform=twitter] Thanks @EdSheeran for visiting the Staying Well cafe!
    [account=personal] Please share! Summer Fair at Wellholme Children's Centre on Saturday
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule
from .kinds import QUESTION, confirmed, joined
from .shared import NAMED_LISTS, named_spans

# "could you give us a shout", "would you consider backing": a modal and what it asks for, joined.
_MODAL_ASK = joined("high-profile-ask.modal", "high-profile-ask.verb", gap=2)
_PLEASE_ASK = joined("high-profile-ask.please", "high-profile-ask.verb", gap=1)  # "please RT"
_ASK_PLEASE = joined("high-profile-ask.verb", "high-profile-ask.please", gap=2)  # "share this please"
# Any question that asks for a share, a mention, a donation ("is there any way you might share…?",
# "retweet this for the centre?"): the question mark is the request, whatever its wording.
_ASKED = confirmed("high-profile-ask.asked", by=QUESTION)


def _full_names(post: Post, names: list[Span], asks: list[Span]) -> list[Span]:
    """Names of two or more capitalised words ("Ed Sheeran", "Sir Lenny Henry"), outside the asks."""
    asked = {i for a in asks for i in range(a.start, a.end)}
    names = [n for n in names if n.start not in asked]
    groups: list[list[Span]] = []
    for name in names:
        if groups and post.original[groups[-1][-1].end : name.start] == " ":
            groups[-1].append(name)
        else:
            groups.append([name])
    return [Span(g[0].start, g[-1].end, g[0].sentence) for g in groups if len(g) > 1]


def _greeted(post: Post, names: list[Span]) -> set[int]:
    """Sentences of a name greeted on its own ("Hi Jodie,", "Dear Mel B"): one word is a name there."""
    greeting = post.word_set("high-profile-ask.greeting")
    text = post.original
    found = set()
    for name in names:
        before = text[max(0, name.start - 10) : name.start].split()
        if before and before[-1].lower() in greeting and text[name.start - 1 : name.start] == " ":
            found.add(name.sentence)
    return found


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if post.context.official:
        return
    # Someone asked: an @handle, or a name in a post that speaks to someone ("you", "Dear").
    if "@" not in post.original and post.word_set("high-profile-ask.address").isdisjoint(post.word_keys):
        return
    asks = post.spans("high-profile-ask.ask") + _MODAL_ASK(post) + _PLEASE_ASK(post) + _ASK_PLEASE(post) + _ASKED(post)
    asks.sort(key=lambda s: s.start)
    if not asks or not (post.org_mentions or post.has("high-profile-ask.cause")):
        return
    wanted = {a.sentence for a in asks} | {a.sentence - 1 for a in asks}
    names = named_spans(post, wanted)
    thanked = post.sentences("high-profile-ask.thanks")
    # An @handle asks its person wherever it stands, unless it is being thanked.
    handles = [n for n in names if post.original[n.start : n.start + 1] == "@" and n.sentence not in thanked]
    if handles:
        yield rule.finding(post, asks[0])
        return
    # A name of two or more words ("Ed Sheeran") in the ask's sentence or the one before, when the
    # post speaks to someone ("you", "Dear", "Tagging").
    if post.word_set("high-profile-ask.address").isdisjoint(post.word_keys):
        return
    others = [n for n in names if post.original[n.start : n.start + 1] != "@"]
    people = {n.sentence for n in _full_names(post, others, asks)} | _greeted(post, others)
    for ask in asks:
        if ask.sentence in people or ask.sentence - 1 in people:
            yield rule.finding(post, ask)
            return


RULE = Rule(
    id="high-profile-ask",
    severity="warning",
    summary="Asking a named person from a personal account to support or share the organisation.",
    run=run,
    lists=(
        "high-profile-ask.ask",
        "high-profile-ask.cause",
        "high-profile-ask.address",
        "high-profile-ask.greeting",
        "high-profile-ask.thanks",
        *_MODAL_ASK.lists,
        *_PLEASE_ASK.lists,
        *_ASK_PLEASE.lists,
        *_ASKED.lists,
        *NAMED_LISTS,
    ),
    texts={
        "message": "This asks someone by name to support {org_short} from a personal account. The policy asks staff "
        "not to approach high-profile people for support or retweets themselves, as it could get in the way of "
        "relationships {org_short} is managing: pass their details to {social_media_team} instead, who will make "
        "the approach.",
    },
    doc=__doc__ or "",
)
