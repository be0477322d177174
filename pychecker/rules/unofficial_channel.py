"""unofficial-channel: announcing or inviting people to a new page, group or account for the organisation.

Clause OC-15: "Staff should not set up other Facebook groups or pages, Twitter accounts or any
other social media channels on behalf of North Halifax Partnership. This could confuse messaging
and brand awareness. By having official social media accounts in place, the marketing team can
ensure consistency of the brand and focus on building a strong following."

Fires when a sentence says a page, group or account is new or has been set up ("I've set up a
Facebook group", "our new Insta page", "join my group chat", "unofficial page"; a `new` phrase at
most three words before a `channel` phrase, with no "on", "in", "about"... between, see
`lists/unofficial-channel.toml`) and the post is about the organisation (an org mention, or
posted from an official account). Does not fire on the official channels themselves
(`facebook.com/wellholmechildrenscentre`, `@NhxPartnership`), on new posts, sessions or groups
that meet in person ("our new toddler group"), on news shared on a page ("new on our Facebook
page"), on web pages or bank accounts, or on a personal channel that has nothing to do with the
organisation.

Fires:
    [account=personal] I've set up a Facebook group for Wellholme Children's Centre parents, come and join!
    [account=personal] Follow our new Staying Well team Insta page @stayingwell_halifax_walks
    [account=official] Our new TikTok account is live, follow for more!
Does not fire:
    [account=official] Our new toddler group starts Tuesday at Kevin Pearce Children's Centre
    [account=official] New on our Facebook page: photos from the NHP fun day
    [account=personal] I've set up a Facebook group for my running club
    [account=official] Like our page facebook.com/wellholmechildrenscentre for new session dates
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule
from .kinds import about_org, first_hit, uses
from .shared import follows

_MAX_GAP = 3


def _official_sentences(post: Post) -> set[int]:
    """Sentences that name one of the organisation's official channels by handle or page slug."""
    text = post.text
    handles = post.pack.channels_by_handle  # built once per pack, not per check
    return {text.sentence_of(a) for word, (a, _) in zip(text.words, text.word_spans, strict=True) if word in handles}


def _announcing_gap(post: Post, gap: str) -> bool:
    """A few words, no punctuation and no linking word (`unofficial-channel.link`: "on", "about" ...)
    between: "new Facebook group", not "new recipes on our Facebook page"."""
    words = [w.strip(".,!?:;'\u2019\"").lower() for w in gap.split()]
    return (
        len(words) <= _MAX_GAP
        and not post.word_set("unofficial-channel.link") & set(words)
        and not any(c in gap for c in ",.!?:;\n")
    )


@uses("unofficial-channel.new", "unofficial-channel.channel", "unofficial-channel.link")
def channel_spans(post: Post) -> list[Span]:
    """Each new page, group or account the post announces, from the `new` words to the channel."""
    channels = post.spans("unofficial-channel.channel")
    news = post.spans("unofficial-channel.new")
    if not channels or not news:
        return []
    official = _official_sentences(post)
    return follows(post, news, [c for c in channels if c.sentence not in official], _announcing_gap)


RULE = Rule(
    id="unofficial-channel",
    severity="warning",
    summary="A new page, group or account for the organisation needs {social_media_team}.",
    run=first_hit(channel_spans, when=about_org),
    texts={
        "message": "This announces a new page, group or account for {org_short}. The policy asks staff not to set "
        "up social media channels on {org}'s behalf: extra channels confuse messaging and the brand. Talk to "
        "{social_media_team}, who can share it through the official channels or set one up.",
    },
    doc=__doc__ or "",
)
