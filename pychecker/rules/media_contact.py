"""media-contact: dealing with journalists or the press directly.

Clause PA-6: "If a staff member is contacted by the media about their social media posts that
relate to North Halifax Partnership, they should talk to the marketing team immediately and under
no circumstances respond directly."

Fires on dealing with the press (`lists/media-contact.toml`): phrases only said about or to a
journalist ("for your story", "on the record", "a journalist messaged me", "the Courier rang",
"asked me for a statement", "going on the radio tomorrow", "any journalists want the real story?",
"happy to chat on camera", calling the press to one's event or offering them places: "media friends,
do come along", "press passes left"; being interviewed oneself: "I'm being interviewed", "loved being
interviewed", "got interviewed by"); or a press word (a journalist, a paper, a programme, an outlet or its
handle: "Halifax Courier", "Radio Leeds", "@BBCLookNorth") with a dealing word (contacted, an
interview, a quote, a statement, talking or appearing on air, "DM me") in the same sentence. From a
personal account it asks the writer to pass the press to the marketing team; from an official
account (an interview, an appearance, a comment) it asks them to check the marketing team is
handling it; an official channel sharing its own coverage ("watch our CEO's interview", "read the
write-up") is not dealing with the press. Does not fire where the sentence sends the press to the
marketing team or turns them down ("passed it to our marketing team", "no comment"), on coverage merely mentioned ("we
made the Courier!", "thanks to the Courier for covering our fair"), on a press release, on someone else
seen being interviewed ("that footballer being interviewed after the match"), or on "story time", job
interviews and the like.

Fires:
    [account=personal] @HalifaxCourier happy to give you a quote for your story about the NHP cuts, DM me
    [account=personal] A reporter from Look North just messaged me about my post, I'll give you the details later
    [account=official surface=reply] Off the record, the centre is closing in March.
    [account=official] Our CEO will be talking to BBC Radio Leeds at 8am about Sure Start, tune in
Does not fire:
    [account=official] For press enquiries please contact our marketing team.
    [account=official] Bring a book for your story time at Wellholme Children's Centre!
    [account=personal] Good luck to everyone with job interviews this week
    [account=personal] A journalist contacted me about NHP, so I've passed it to our marketing team
    [account=official] Thanks to the Halifax Courier for covering our summer fair!
    [account=official] Watch our chief executive's interview on BBC Look North tonight
"""

from __future__ import annotations

from .base import Rule
from .kinds import Condition, Finder, confirmed, first_hit, hits, joined, official, personal

# An official channel sharing its own coverage ("watch our CEO's interview") is not dealing with the press.
_COVERAGE = "media-contact.coverage"
# The press by kind or name, and outlets named with everyday words, only capitalised ("The Sun").
_PRESS = ("media-contact.press", "media-contact.press-name")


def _dealing(when: Condition, outside: tuple[str, ...]) -> tuple[Finder, ...]:
    """Every way a post deals with the press, from one kind of account."""
    return (
        hits("media-contact.direct", when=when, outside=outside),
        hits("media-contact.interview", when=when, outside=outside, unless="media-contact.job"),
        confirmed("media-contact.for-your", by="media-contact.engage", within="post", when=when, outside=outside),
        *(joined(press, "media-contact.contacted", gap=2, when=when, outside=outside) for press in _PRESS),
        *(confirmed(press, by="media-contact.engage", when=when, outside=outside) for press in _PRESS),
    )


RULE = Rule(
    id="media-contact",
    severity="warning",
    summary="Dealing with journalists or the press: pass it to {social_media_team}.",
    run=first_hit(
        (*_dealing(personal, ()), *_dealing(official, (_COVERAGE,))),
        outside="media-contact.referral",
    ),
    texts={
        "message_personal": "This looks like dealing with the press directly. If journalists contact you about posts "
        "that relate to {org_short}, the policy asks you to talk to {social_media_team} straight away and not to "
        "respond yourself: they handle {org}'s media contact.",
        "message_official": "This is about dealing with the press (an interview, a comment, an appearance). The policy "
        "asks that {org}'s media contact goes through {social_media_team}: check they are handling it and have "
        "agreed what is said before it goes out.",
    },
    doc=__doc__ or "",
)
