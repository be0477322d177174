"""child-consent: a photo or video with children in it, without confirmed parent/guardian consent.

Clause OC-9: "If using interviews, videos or photos that clearly identify a child or young
person, staff must ensure they have the consent of a parent or guardian before using them on
social media."

Fires when an image or video is attached (`media`), `consent_confirmed` is false, and either the
text refers to children, young people or babies ("the kids", "our little ones", "3 year olds",
"stay and play"; `lists/child-consent.toml`) or the post goes out on one of the children's centre
or Sure Start channels (`channel`, kind `children-centre` in the pack's channel list). A
children's centre's name is not a reference to children, nor are animals' young, whatever else the
post says ("baby goats", "the baby lambs" beside a school class; "these babies" or "little explorers"
in a post about animals with no session or childhood in it; "kids" and "twins" in a post that calls
goats' young kids: "the nanny goat had twins, come and meet the kids"; "their children" in a saying
about all mothers in a post about animals: only the real child reference decides), adults
called girls, boys, lads or "baby" (these count only in a post that speaks of childhood: a school, a
nursery, an age, parents), someone's own childhood remembered ("when I was a kid"), things for
children ("kids eat free", "baby grows") or services named for children ("youth justice", "child
friendly"). Children in other languages count ("los niños", "les enfants"). From a personal account
it fires only when the post also mentions the organisation: a parent's own family photos are their
business. A post that says the parents or guardians agreed ("shared with parents' permission", "all
children pictured with parental consent"; `consent`) has the consent the policy asks for. The finding
asks the person to confirm consent; it never asks them to drop the photo.

Fires:
    [account=official media=image] Look at the kids enjoying messy play this morning!
    [account=official channel=kevinpearcechildrenscentre media=image] What a lovely morning at the garden party
    [account=personal media=video] My little ones loved the Wellholme Children's Centre stay and play
Does not fire:
    [account=official media=image consent_confirmed=true] Look at the kids enjoying messy play this morning!
    [account=official] Look at the kids enjoying messy play this morning!
    [account=official media=image] Our new sensory room at Kevin Pearce Children's Centre is ready
    [account=official media=image] Photos shared with parents' permission. What a fun morning at messy play!
    [account=personal media=image] My little ones at the beach today
    [account=official media=image] Our nanny goat had twins overnight, come and meet the kids on Saturday
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    ctx = post.context
    if not ctx.media or ctx.consent_confirmed:
        return
    if not ctx.official and not post.org_mentions:
        return
    if post.has("child-consent.consent"):  # consent said in the post is consent confirmed
        return
    children = _children(post)
    channel = post.pack.channel(ctx.channel) if ctx.official and ctx.channel else None
    centre_channel = channel is not None and channel.kind == "children-centre"
    if not children and not centre_channel:
        return
    kinds = " and ".join(sorted({m.kind for m in ctx.media}))
    why = rule.say(post, "why_children" if children else "why_channel")
    yield rule.finding(post, children[0] if children else post.whole, kinds=kinds, why=why)


def _children(post: Post) -> list[Span]:
    """Words for children, in text order: sure ones always; "babies", "little ones" unless the post is
    about animals and no session; "girls", "lads", "son" only where the post speaks of childhood.
    Animals' young never, whatever else the post says: "kids" in a post that calls goats' young kids,
    a mother's "children" in a saying about all mothers in a post about animals."""
    found = post.spans("child-consent.child")
    animals = post.has("child-consent.animal")
    if not animals or post.has("child-consent.session") or post.has("child-consent.childhood"):
        found += post.spans("child-consent.maybe")
    if post.has("child-consent.childhood"):
        found += post.spans("child-consent.young")
    if found and post.has("child-consent.goat-kids"):
        kids = post.word_set("child-consent.kid-word")
        found = [s for s in found if post.excerpt(s).lower() not in kids]
    if found and animals:
        found = _not_in_sayings(post, found)
    return sorted(found)


def _not_in_sayings(post: Post, found: list[Span]) -> list[Span]:
    """The words for children less those a possessive owns in a saying about all mothers or parents
    ("all mothers protect their children, whatever the species")."""
    sayings = post.sentences("child-consent.generic")
    if not sayings:
        return found
    owners = post.word_set("child-consent.possessive")
    text = post.original
    kept = []
    for span in found:
        before = text[max(0, span.start - 8) : span.start].split()
        if span.sentence in sayings and before and before[-1].lower() in owners:
            continue
        kept.append(span)
    return kept


RULE = Rule(
    id="child-consent",
    severity="error",
    summary="Photos or videos of children need confirmed parent/guardian consent.",
    run=run,
    lists=(
        "child-consent.child",
        "child-consent.maybe",
        "child-consent.young",
        "child-consent.animal",
        "child-consent.session",
        "child-consent.childhood",
        "child-consent.consent",
        "child-consent.goat-kids",
        "child-consent.kid-word",
        "child-consent.generic",
        "child-consent.possessive",
    ),
    texts={
        "message": "This post has an attached {kinds} and {why}. Before posting, confirm you have parent/guardian "
        "consent for everyone identifiable: {org_short}'s policy asks for the consent of a parent or guardian "
        "before any photo, video or interview that clearly identifies a child or young person is used on social "
        "media.",
        "why_children": "it refers to children",
        "why_channel": "it goes out on a children's centre channel",
        "clear_by": "Confirm you have parent/guardian consent for everyone identifiable.",
        # For a post already made, read from an account's export (pychecker/audit), whose consent
        # the export cannot show: the audit says these instead.
        "message_posted": "This {kind} went out with an attached {kinds} and {why}. An export cannot show whether "
        "consent was given: check that parent/guardian consent was recorded for everyone identifiable.",
        "why_children_posted": "it refers to children",
        "why_channel_posted": "it went out on a children's centre channel",
        "clear_by_posted": "Check that parent/guardian consent was recorded for everyone identifiable.",
    },
    doc=__doc__ or "",
)
