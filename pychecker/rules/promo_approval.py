"""promo-approval: promotional material posted from an official channel.

Clause OC-1: "... Photos of the service can be shared without approval, but all other promotional
material should be approved by the marketing team before being shared."

Fires on an official account when the post promotes something (`lists/promo-approval.toml`): it asks
people to book, sign up, register or enter ("book your place", "spaces still available", "register
your interest", "like and share to win"), advertises an offer, a giveaway, a flyer or a newsletter
("half price", "grab a leaflet"), or invites people to come ("join us", "join me", "come and visit",
"pop in", "bring the little ones", "who's coming?", "see you there") to an event or session it names
or on a day or at a time it gives ("coffee morning on Thursday", "Stay and play, Tuesdays 9:30"), or
gives a price per head, child or go ("£2 a head", "50p each") for one, or asks people to take up
something to sign up to ("join our 30-day pledge", "try our free 7-day challenge", "comment YES to
get the guide"); a reply counts only when it asks people to book, sign up or enter (one that says
when a session runs answers a question). A word such as "join", "free", "tickets" or "more info" is
not enough on its own: customer service says "join us in DM", "DM us more info", "your ticket
reference". It is info: a reminder that the marketing team approves promotional material. It does
not fire on posts that only share what happened ("thanks to everyone who came along"), on events
called off or something not working ("today's session is cancelled", "a problem with our booking
line today"), on words inside a web address or hashtag ("a-tt.org/join-us", "#sundayfunday"), on "in
the event of", on news "events", an industry's "market", a question ("what do you think would be the
main challenges?"), a bare "tag a friend", or on personal accounts (their promotion of the
organisation is other rules' business). Nor on news that promotes nothing: photos taken or people
shown busy at a session, someone's routine ("now he's at lunch club every Wednesday"), a session
that is off, moved or going ahead, governance papers made public ("the minutes of our AGM"), staff
arriving or leaving, a vacancy ("volunteer drivers wanted"), or a new online page, group or channel
(`unofficial-channel`'s business).

Fires:
    [account=official] Join us for our Easter fun day on Saturday 10am-2pm! 🐣
    [account=official] Limited places, book your place now: 01422 123456
    [account=official] Fancy a cuppa and a chat? Our coffee morning is back on Thursday ☕
    [account=official] Our new autumn timetable flyer is out, grab one at reception.
    [account=official] Come and visit us at the summer fair, we'll have a stall all weekend!
Does not fire:
    [account=official] Lovely photos from this morning's stay and play 😊
    [account=official] Thanks to everyone who came along to the fun day yesterday!
    [account=official surface=reply] Please join us in DM with more info so we can help.
    [account=official] Today's stay and play is cancelled due to the snow, sorry everyone.
    [account=personal] Join us for our Easter fun day on Saturday 10am-2pm!
    [account=official] The events of this week are a stark reminder of how much we rely on each other
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..post import Post
from .base import Rule
from .kinds import confirmed, first_hit, in_own_words, joined, official
from .shared import in_tag_or_link

_LOOKING_BACK = ("promo-approval.past", "promo-approval.called-off")


@dataclass(frozen=True)
class _Ahead:
    """Sentences with a hit of `name` that neither look back on an event nor call one off, outside
    web addresses and hashtags ("#veganukgroup" names no group)."""

    name: str

    @property
    def lists(self) -> tuple[str, ...]:
        return (self.name, *_LOOKING_BACK)

    def sentences(self, post: Post) -> frozenset[int]:
        return _ahead(self.name, post)


@lru_cache(maxsize=2)  # the post being checked asks for _EVENT's and _WHEN's sentences twice each
def _ahead(name: str, post: Post) -> frozenset[int]:
    found: set[int] = set()
    for span in post.spans(name):  # a sentence already found needs no look at its other hits
        if span.sentence not in found and not in_tag_or_link(post, span):
            found.add(span.sentence)
    return frozenset(found - post.sentences(*_LOOKING_BACK) if found else found)


_EVENT, _WHEN = _Ahead("promo-approval.event"), _Ahead("promo-approval.when")


def _posting(post: Post) -> bool:
    """A new post or a message, not a reply: a reply that says when a session runs answers a question."""
    return post.context.surface != "reply"


RULE = Rule(
    id="promo-approval",
    severity="info",
    summary="Promotional material from an official channel needs {social_media_team}'s approval.",
    run=first_hit(
        tuple(
            in_own_words(find)
            for find in (
                "promo-approval.promo",
                joined("promo-approval.booking", "promo-approval.place", gap=1),  # "book your place", "grab a spot"
                joined("promo-approval.place", "promo-approval.left", gap=2),  # "spaces still available"
                joined("promo-approval.take-up", "promo-approval.offer", gap=6),  # "join our 30-day pledge"
                joined("promo-approval.wins", "promo-approval.prize", gap=4),  # "best one wins a £20 voucher"
                confirmed("promo-approval.invite", by=(_EVENT, _WHEN), within="post", when=_posting),
                confirmed("promo-approval.info", by=_EVENT, within="post", when=_posting),
                confirmed("promo-approval.event", by=_WHEN, within="post", when=_posting),
                confirmed("promo-approval.price", by=(_EVENT, _WHEN), within="post", when=_posting),
            )
        ),
        when=official,
        outside=(*_LOOKING_BACK, "promo-approval.news", "promo-approval.new-channel"),
    ),
    texts={
        "message": "This looks like promotional material (an event, offer, sign-up or flyer). Photos of the "
        "service can be shared freely, but the policy asks for other promotional material to be approved by "
        "{social_media_team} before it is shared. If they have approved it, go ahead.",
    },
    doc=__doc__ or "",
)
