"""media-contact: dealing with journalists or the press directly.

Clause PA-6: "If a staff member is contacted by the media about their social media posts that
relate to North Halifax Partnership, they should talk to the marketing team immediately and under
no circumstances respond directly."

Fires on talking to or answering the press: phrases only said to a journalist ("for your
story", "on the record", "happy to give you a quote", "press enquiry", "asked me for a comment"),
or, from a personal account, a press word ("journalist", "reporter", "BBC Look North", "Halifax
Courier") with a dealing word ("DM me", "interview", "quote", "statement", "got in touch") in the
same sentence (`lists/media-contact.toml`). Does not fire where the sentence sends the press to
the marketing team ("for press enquiries contact our marketing team"), on an official channel
sharing its own coverage, on coverage merely mentioned ("we made the Courier!"), or on
"story time", job interviews and the like.

Fires:
    [account=personal] @HalifaxCourier happy to give you a quote for your story about the NHP cuts, DM me
    [account=personal] A reporter from Look North just messaged me about my post, I'll give you the details later
    [account=official surface=reply] Off the record, the centre is closing in March.
Does not fire:
    [account=official] For press enquiries please contact our marketing team.
    [account=official] Bring a book for your story time at Wellholme Children's Centre!
    [account=personal] Good luck to everyone with job interviews this week
    [account=official] Watch our chief executive's interview on BBC Look North tonight
"""

from __future__ import annotations

from .base import Rule
from .kinds import confirmed, first_hit, personal

RULE = Rule(
    id="media-contact",
    severity="warning",
    summary="Dealing with journalists or the press: pass it to {social_media_team}.",
    run=first_hit(
        ("media-contact.direct", confirmed("media-contact.press", by="media-contact.engage", when=personal)),
        outside="media-contact.referral",
    ),
    texts={
        "message": "This looks like dealing with the press directly. If journalists contact you about posts that "
        "relate to {org_short}, the policy asks you to talk to {social_media_team} straight away and not to "
        "respond yourself: they handle {org}'s media contact.",
    },
    doc=__doc__ or "",
)
