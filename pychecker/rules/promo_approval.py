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

from .base import Rule
from .kinds import confirmed, first_hit, official

# Events only with a day or time anywhere in the post, and not in a sentence looking back on one.
_EVENTS = confirmed("promo-approval.event", by="promo-approval.when", within="post", outside="promo-approval.past")

RULE = Rule(
    id="promo-approval",
    severity="info",
    summary="Promotional material from an official channel needs {social_media_team}'s approval.",
    run=first_hit(("promo-approval.promo", _EVENTS), when=official),
    texts={
        "message": "This looks like promotional material (an event, offer, sign-up or flyer). Photos of the "
        "service can be shared freely, but the policy asks for other promotional material to be approved by "
        "{social_media_team} before it is shared. If they have approved it, go ahead.",
    },
    doc=__doc__ or "",
)
