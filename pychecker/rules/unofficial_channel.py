"""unofficial-channel: announcing or inviting people to a new page, group or account for the organisation.

Clause OC-15: "Staff should not set up other Facebook groups or pages, Twitter accounts or any
other social media channels on behalf of North Halifax Partnership. This could confuse messaging
and brand awareness. By having official social media accounts in place, the marketing team can
ensure consistency of the brand and focus on building a strong following."

Fires, in a post about the organisation (an org mention, or posted from an official account), when
a sentence (`lists/unofficial-channel.toml`):
- says a page, group or account is new or has been set up, or invites people to join one: a `new`
  phrase ("I've set up", "our new", "started a", "join the", "its own") at most three words (not
  counting the organisation's names) before a `channel` ("Facebook group", "group chat", "Discord
  server", "Instagram"), with no "on", "in", "about"... between; or before a page, account or
  profile with only words like "our", "official", "separate" between, or a plain "group" in a post
  that shows it is online ("we've set up a group for the dads, link below");
- invites people to the organisation on a platform where it has no official channel ("follow us on
  TikTok", "add us on Snapchat", "we're on YouTube", `elsewhere`);
- says the organisation is somewhere new ("we're now on Instagram", "we've finally joined
  Twitter", "NHP Youth is now on Instagram", "now has its own Instagram"; from an official channel,
  any name of its own: "Halifax Dads Club is now on Facebook");
- says, after naming a channel, that the writer made or runs it ("a walkers group on Facebook? I've
  just created one");
- from an official account, promotes a staff member's own page ("check out my Facebook fanpage").
Does not fire on the official channels themselves (a sentence naming `facebook.com/...` or
`@NhxPartnership`), on an existing platform presence ("follow us on Facebook", "like our page"), on
new posts, videos or cover photos, sessions or groups that meet in person ("our new toddler
group"), news shared on a page ("new on our Facebook page"), web pages, bank, e-mail or app
accounts, scams, or a personal channel that has nothing to do with the organisation.

Fires:
    [account=personal] I've set up a Facebook group for Wellholme Children's Centre parents, come and join!
    [account=personal] Follow our new Staying Well team Insta page @stayingwell_halifax_walks
    [account=official] Our new TikTok account is live, follow for more!
    [account=official] We're now on TikTok! Follow us for behind-the-scenes fun
    [account=official] Join our new WhatsApp group for updates on sessions
Does not fire:
    [account=official] Our new toddler group starts Tuesday at Kevin Pearce Children's Centre
    [account=official] New on our Facebook page: photos from the NHP fun day
    [account=personal] I've set up a Facebook group for my running club
    [account=official] Like our page facebook.com/wellholmechildrenscentre for new session dates
    [account=official] Find us on Facebook for session updates
"""

from __future__ import annotations

import re

from ..post import Post, Span
from ..text import Text
from .base import Rule
from .kinds import about_org, first_hit, uses
from .shared import NAMED_LISTS, follows, named_spans

_MAX_GAP = 3
_WORD_AFTER = re.compile(r"\s+(\w+)")


def _official_sentences(post: Post) -> set[int]:
    """Sentences that name one of the organisation's official channels by handle or page slug."""
    text = post.text
    handles = post.pack.channels_by_handle  # built once per pack, not per check
    return {text.sentence_of(a) for word, (a, _) in zip(text.words, text.word_spans, strict=True) if word in handles}


def _gap_words(post: Post, gap: str) -> list[str] | None:
    """The words between a `new` phrase and a channel, the organisation's names left out ("a
    separate North Halifax Partnership page"); None if punctuation or a linking word stands
    between ("new recipes on our Facebook page")."""
    if any(c in gap for c in ",.!?:;\n"):
        return None
    words = [w.strip("'\u2019\"").lower() for w in gap.split()]
    if post.word_set("unofficial-channel.link") & set(words):
        return None
    if len(words) > 1 and post.org_mentions:
        mentions = post.pack.lexicon.scan(Text(gap)).get("org.mention", ())
        named = {w for hit in mentions for w in Text(gap).folded[hit.start : hit.end].split()}
        words = [w for w in words if w not in named]
    return words


def _announcing_gap(post: Post, gap: str) -> bool:
    """A few words, no punctuation and no linking word between: "new Facebook group"."""
    words = _gap_words(post, gap)
    return words is not None and len(words) <= _MAX_GAP


def _generic_gap(post: Post, gap: str) -> bool:
    """Only words like "our", "official", "separate" between: "our new page", not "a safe Roblox account"."""
    words = _gap_words(post, gap)
    return words is not None and set(words) <= post.word_set("unofficial-channel.generic-gap")


def _channels(post: Post) -> list[Span]:
    """Channels named by platform or kind, but not a platform's scam, video or cover photo (a word of
    `not-channel` right after it)."""
    text = post.original
    not_channel = post.word_set("unofficial-channel.not-channel")
    found = []
    for span in post.spans("unofficial-channel.channel"):
        after = _WORD_AFTER.match(text, span.end, span.end + 24)
        if not (after and after.group(1).lower() in not_channel):
            found.append(span)
    return found


@uses(
    "unofficial-channel.new",
    "unofficial-channel.not-channel",
    "unofficial-channel.channel",
    "unofficial-channel.generic",
    "unofficial-channel.generic-gap",
    "unofficial-channel.group",
    "unofficial-channel.online",
    "unofficial-channel.link",
    "unofficial-channel.elsewhere",
    "unofficial-channel.presence",
    "unofficial-channel.now-on",
    "unofficial-channel.mine",
    "unofficial-channel.made-one",
    *NAMED_LISTS,
)
def channel_spans(post: Post) -> list[Span]:
    """Each new or unofficial page, group or account the post announces or invites people to, in
    text order, outside sentences that name an official channel."""
    news = post.spans("unofficial-channel.new")
    channels = _channels(post)
    found = follows(post, news, channels, _announcing_gap)
    if channels or post.has("unofficial-channel.generic"):  # "a walkers group on Facebook? I've just created one"
        found += post.spans("unofficial-channel.made-one")
    found += follows(post, news, post.spans("unofficial-channel.generic"), _generic_gap)
    if post.has("unofficial-channel.online"):
        found += follows(post, news, post.spans("unofficial-channel.group"), _generic_gap)
    found += post.spans("unofficial-channel.elsewhere") + post.spans("unofficial-channel.presence")
    now_on = post.spans("unofficial-channel.now-on")
    if now_on:
        # Named as the organisation, or, from an official channel, by a name of its own ("Car-Scrapyards
        # is now on Facebook"): not "the timetable is now on Facebook".
        named = post.sentences("org.mention")
        if post.context.official:
            named |= {span.sentence for span in named_spans(post) if post.original[span.start] != "@"}
        found += [span for span in now_on if span.sentence in named]
    if post.context.official:
        found += post.spans("unofficial-channel.mine")
    if not found:
        return []
    official = _official_sentences(post)
    return sorted((span for span in found if span.sentence not in official), key=lambda span: span.start)


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
