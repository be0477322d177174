"""copyright: using someone else's images or words without permission or credit.

Clause copyright: "It is critical that all staff abide by the laws governing copyright, under the
Copyright, Designs and Patents Act 1988. Never use or adapt someone else's images or written
content without permission. Failing to acknowledge the source/author/resource citation, where
permission has been given to reproduce content, is also considered a breach of copyright."

Fires when the post itself says the material is someone else's and unlicensed
(`lists/copyright.toml`): it disowns it ("not my photo", "I don't own this", "no copyright
intended", "credit to the owner"), does not know whose it is ("author unknown", "no idea who drew
this", "don't know where this came from"), says it was taken from online ("saw this on Pinterest",
"random pic I got off Google", "grabbed this cartoon off Twitter", "screenshotted this", "copied
and pasted"), or shrugs off the owner of a work it names ("using this song for our video, hope
nobody minds"), or posts someone else's footage or music: a fan video ("my first AMV", "fan
edit"), a compilation of clips or scenes, or, with a video attached, a song, theme or music video by
someone else ("set to Coldplay", "this song by the Proclaimers"; not "a song by our choir"). A credit
to "the owner" or "whoever made this" is no credit: the policy wants the source named, with
permission. Posts that say permission was given ("used with permission",
"thanks for letting us share", "licensed", "Creative Commons", a stock library, "my own photo") do
not fire, nor do near-misses like "found this online safety course", "found out", a copyright
notice, "copy and paste this link", or a bike "stolen from outside", nor in a sentence that asks
for material rather than uses it ("send us the TV clips", "anyone got the episodes downloaded off
one of those sites?": `unlawful-request`'s). Any account; a "Shared
from"/"via" label alone is not permission, so no automatic fix is offered.

Fires:
    [account=official] Found this online and it made us smile 😂
    [account=personal] Not my photo but had to share, credit to the owner
    [account=official] Saw this on Pinterest and had to share it, so true!
    [account=official] Using this song from the charts for our Christmas video, hope nobody minds 🎄
    [account=personal media=video] Holiday montage set to Coldplay, enjoy x
Does not fire:
    [account=official] Found this online safety course really useful, sign up via the link
    [account=official] Photo used with permission from @JaneSmithPhoto
    [account=official] © North Halifax Partnership 2026. All rights reserved.
    [account=official] Copy and paste this link into your browser to book
    [account=official] Hope nobody minds, we've moved Tuesday's session to 10am
    [account=personal] Holiday montage set to Coldplay, enjoy x
    [account=official media=video] Our new music video is out, written and sung by the youth club!
"""

from __future__ import annotations

import bisect
import re

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, joined, uses

_HOPE_MIND = joined("copyright.hope", "copyright.mind", gap=2)  # "fingers crossed Disney don't mind"


@uses(*_HOPE_MIND.lists, "copyright.work")
def _hoping_owner_minds(post: Post) -> list[Span]:
    """A hope that the owner won't mind, in a post that names a work."""
    return _HOPE_MIND(post) if post.has("copyright.work") else []


# "Full House clip", "Simpsons Clips": a clip named after a show or performer, capitalised, not ours.
# Two names at least ("Charlie Clips" is a rapper); "Flow clip of our skate session" is one's own.
_NAMED_CLIP = re.compile(
    r"\b(?!(?:The|This|That|A|An|Our|My|Your|New|Short|Quick|Watch|Video|Some|Funny|Great)\b)"
    r"[A-Z][\w']*(?: [A-Z][\w']*){1,3} [Cc]lips?\b(?! (?:of|from)\b)"
)
_OURS = "copyright.ours"


@uses(_OURS)
def _named_clips(post: Post) -> list[Span]:
    """Clips named after someone else's show or act, in sentences that do not speak of our own."""
    text = post.original
    # The pattern tries every word of the post (no literal leads it): first ask for the one it needs.
    if " clip" not in text and " Clip" not in text:
        return []
    matches = list(_NAMED_CLIP.finditer(text))
    if not matches:
        return []
    own = post.word_set(_OURS)
    ours = {post.word_span(i).sentence for i, word in enumerate(post.word_keys) if word in own}
    starts, found = post.word_starts, []
    for match in matches:
        sentence = post.word_span(max(0, bisect.bisect_right(starts, match.start()) - 1)).sentence
        if sentence not in ours:
            found.append(Span(match.start(), match.end(), sentence))
    return found


# Someone else's music in a video the post attaches: "set to Morrissey", "this song by the Polysics",
# "music video" (`copyright.soundtrack`; "song by our choir" is not).
_SET_TO = re.compile(r"\bset to (?:the )?[A-Z][\w']+")


def _sentence_at(post: Post, offset: int) -> int:
    return post.word_span(max(0, bisect.bisect_right(post.word_starts, offset) - 1)).sentence


@uses("copyright.soundtrack")
def _others_music_in_video(post: Post) -> list[Span]:
    """Another's song or music named in a post with a video attached ("our summer, set to Coldplay")."""
    if not any(media.kind == "video" for media in post.context.media):
        return []
    found = post.spans("copyright.soundtrack")
    return found + [Span(m.start(), m.end(), _sentence_at(post, m.start())) for m in _SET_TO.finditer(post.original)]


def _not_ours(post: Post, found: list[Span]) -> list[Span]:
    own = post.word_set(_OURS)
    ours = {post.word_span(i).sentence for i, word in enumerate(post.word_keys) if word in own}
    return [span for span in found if span.sentence not in ours]


@uses("copyright.compilation", _OURS)
def _compilations(post: Post) -> list[Span]:
    """A compilation of clips or scenes ("a compilation video of clips from the show"), not of our own."""
    found = post.spans("copyright.compilation")
    return _not_ours(post, found) if found else []


RULE = Rule(
    id="copyright",
    severity="warning",
    summary="Someone else's images or words used without permission or credit.",
    run=first_hit(
        (
            "copyright.unlicensed",
            "copyright.taken-from",
            confirmed("copyright.disown", by="copyright.work", within="post"),
            confirmed("copyright.took", by="copyright.online"),
            confirmed("copyright.shrug", by="copyright.work", within="post"),
            joined("copyright.take", "copyright.source", gap=3),
            _hoping_owner_minds,
            confirmed("copyright.broadcast", by="copyright.footage", within="post"),
            _named_clips,
            _others_music_in_video,
            _compilations,
            "copyright.fan-video",
        ),
        unless="copyright.permission",
        outside="copyright.request",
    ),
    texts={
        "message": "This says the image or words are someone else's, without their permission. {org_short}'s "
        "policy follows copyright law: never use or adapt someone else's images or writing without the owner's "
        "permission, and once you have it, name the source or author in the post.",
    },
    doc=__doc__ or "",
)
