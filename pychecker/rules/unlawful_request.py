"""unlawful-request: asking for material that breaks the law or that nobody has the rights to.

Clause OC-14: "Staff should not encourage people to break the law to supply material for
social media, such as using unauthorised video footage. All relevant rights for usage must be
obtained before publishing material."

Fires on asking for covert or unauthorised capture ("secretly film", "record them without them
knowing", "sneak a pic", "film it in court", "don't worry about permission", "stream the match for
free", "just torrent it"; `unlawful-ask` in `lists/unlawful-request.toml`), on copying what is sold
or streamed for a fee ("screen-record the Netflix episode") in a post that asks for material, and on
naming unlawful or rights-less material (secret recordings, leaked or CCTV footage, someone's
private messages, a copy of a new film, Sky Sports clips, photos off Google or off someone's
Facebook, other people's children, a ban broken on purpose: "phones are banned inside, but we won't
tell", a closed session, a paywalled article, a book as a PDF, a fenced-off site, sites for
downloading what is sold, whatever photos can be found or a newspaper's archive, an episode downloaded,
what sits behind someone else's login: "the staff intranet"), and on a performance filmed whole ("film
the whole show for us"), in a post that asks for material ("send us", "anyone got…?", "get me",
"post it here", "a link to", "for our page"). Saying what is not allowed ("please don't film other
families without asking", "never without their permission"), telling people about CCTV on site,
"Secret Santa", asking for people's own photos, the writer's own plan ("might have to torrent it")
and "quietly" on its own do not fire. Any account.

Fires:
    [account=official] Secretly film the dinner ladies and send us the best bits!
    [account=personal] Anyone got the leaked CCTV footage from the fight at Ovenden? DM me
    [account=official] Share your photos from the gala, don't worry about permission, we'll post them all
    [account=personal] Get me screenshots of her private chats and I'll expose her
Does not fire:
    [account=official] Our Secret Santa swap is on Friday, bring a wrapped gift!
    [account=official] CCTV is in operation at this centre for everyone's safety.
    [account=official] Send us your own photos from the fun day (please ask before sharing anyone else's).
    [account=official] We never film or photograph children without their parents' permission.
    [account=official] Please don't film other families at the party without asking them first.
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, joined, uses

# Unlawful or rights-less material counts when the post asks for material; advice never counts.
_ASKS = ("unsafe-request.request", "unlawful-request.ask")
_MATERIAL = confirmed("unlawful-request.unlawful-material", by=_ASKS, within="post")

# Capturing people covertly ("film the staff secretly"), and what they are caught doing ("record
# the head shouting"), which counts when the post asks for material.
_COVERT = (
    joined("unlawful-request.capture", "unlawful-request.covertly", gap=4),  # "film the staff secretly"
    joined("unlawful-request.covertly", "unlawful-request.capture", gap=2),  # "secretly film"
    joined("unlawful-request.capture", "unlawful-request.where", gap=3),  # "film it in court"
)
# Footage from where nobody may film ("footage from inside the hospital ward"), when the post asks for it.
_FROM_INSIDE = joined("unlawful-request.shot", "unlawful-request.where", gap=3)
_FOR_FREE = joined("unlawful-request.pirate", "unlawful-request.for-free", gap=5)  # "stream the new film for free"
_COPY_PAID = joined("unlawful-request.copy", "unlawful-request.paid", gap=3)  # "screen-record the Netflix episode"
_CAUGHT_DOING = joined("unlawful-request.capture", "unlawful-request.caught", gap=4)
_PERFORMANCE = joined("unlawful-request.capture", "unlawful-request.performance", gap=2)  # "film the whole show"
_THERE_CAPTURE = joined("unlawful-request.where", "unlawful-request.capture", gap=4)  # "at court, grab a photo"


@uses(
    *_CAUGHT_DOING.lists,
    *_THERE_CAPTURE.lists,
    *_PERFORMANCE.lists,
    *_FROM_INSIDE.lists,
    *_FOR_FREE.lists,
    *_COPY_PAID.lists,
    *_ASKS,
)
def _caught(post: Post) -> list[Span]:
    """Someone captured in the act ("record the head shouting at the kids"), footage from where nobody
    may film, a performance filmed whole ("film the whole show for us"),
    or a copy of what is sold or streamed for a fee, in a post that asks for material."""
    if not any(post.has(name) for name in _ASKS):
        return []
    found = _CAUGHT_DOING(post) + _THERE_CAPTURE(post) + _FROM_INSIDE(post) + _PERFORMANCE(post)
    found += _FOR_FREE(post) + _COPY_PAID(post)
    return sorted(found, key=lambda s: s.start)


RULE = Rule(
    id="unlawful-request",
    severity="warning",
    summary="Asking for secret recordings, unauthorised footage or others' content without rights.",
    run=first_hit(("unlawful-request.unlawful-ask", *_COVERT, _MATERIAL, _caught), outside="unlawful-request.warning"),
    texts={
        "message": "This asks for material that may break the law or that nobody has the rights to (secret "
        "recordings, unauthorised footage, other people's content). {org_short}'s policy says staff must not "
        "encourage anyone to break the law to supply material, and all rights for usage must be obtained before "
        "publishing. Ask for material people made themselves, with permission.",
    },
    doc=__doc__ or "",
)
