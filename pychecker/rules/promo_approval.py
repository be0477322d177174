"""promo-approval: promotional material posted from an official channel.

Clause OC-1: "... Photos of the service can be shared without approval, but all other promotional
material should be approved by the marketing team before being shared."

Fires on an official account when the text promotes something: an event or session to come to
("join us", "come along", "save the date"; an open day or session when the post gives a day or
time and the sentence does not look back on it), booking or signing up ("book your place",
"sign up", "register now", "limited places"), offers and giveaways, flyers, posters and leaflets
(`lists/promo-approval.toml`). It is info: a reminder that the marketing team approves promotional
material. It does not fire on posts that only share what happened ("lovely photos from this
morning's stay and play", "thanks to everyone who came along"), on "in the event of", or on personal
accounts (their promotion of the organisation is other rules' business).

Fires:
    [account=official] Join us for our Easter fun day on Saturday 10am-2pm! 🐣
    [account=official] Limited places, book your place now: 01422 123456
    [account=official] Our new autumn timetable flyer is out, grab one at reception.
Does not fire:
    [account=official] Lovely photos from this morning's stay and play 😊
    [account=official] Thanks to everyone who came along to the fun day yesterday!
    [account=personal] Join us for our Easter fun day on Saturday 10am-2pm!
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule, finding


def promo_spans(post: Post) -> list[Span]:
    """Calls to come, book or sign up; events only with a day or time in the post, not looked back on."""
    spans = list(post.spans("promo-approval.promo"))
    if post.has("promo-approval.when"):
        past = post.sentences("promo-approval.past")
        spans += [s for s in post.spans("promo-approval.event") if s.sentence not in past]
    return sorted(spans, key=lambda s: s.start)


def check(post: Post) -> Iterator[Finding]:
    if not post.context.official:
        return
    spans = promo_spans(post)
    if not spans:
        return
    yield finding(
        RULE,
        post,
        spans[0],
        "This looks like promotional material (an event, offer, sign-up or flyer). Photos of the service can be "
        "shared freely, but the policy asks for other promotional material to be approved by the marketing team "
        "before it is shared. If they have approved it, go ahead.",
    )


RULE = Rule(
    id="promo-approval",
    clauses=("OC-1",),
    severity="info",
    summary="Promotional material from an official channel needs the marketing team's approval.",
    check=check,
    doc=__doc__ or "",
)
