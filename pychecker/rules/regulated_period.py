"""regulated-period: campaigning from an official channel during an election's regulated period.

Clause lobbying-act: "... the Lobbying Act, which was passed in January 2014, states that during
national elections (known as regulated periods) spending on campaigning activities may be
regulated. ... To abide by the Lobbying Act, campaigning activities on social media must not be
seen as intending to influence people's voting choice. During these periods, all campaigning
activity will be reviewed by the marketing team."

Fires on an official account, on a `date` inside one of the `regulated_periods` (first and last days
included), when the text campaigns (`lists/regulated-period.toml`): calls to change a policy or law
(a verb of change aimed at a policy within a few words: "scrap the two-child limit", "stop the
closure", "#FarmBillNow"; "change the law"), petitions, lobbying representatives ("write to your
MP", "urge the government", "we're urging ministers", "time for the Senate to act", "Congress must
pass", a letter handed to every candidate), joining others' campaign calls, asks of candidates
and the next government, protests and rallies, "save our Sure Start", criticising a policy ("the
government's cuts"), and telling people how to vote (the `political` rule's how-to-vote and party-
as-actor lists: influencing a vote is what the clause is about). It does not fire outside a
regulated period, on personal accounts, on a fundraising campaign, on everyday contact with the
council ("contact the council to apply for free school meals"), on registering to vote, on "save the
date" or on "in the lobby".

Fires:
    [account=official date=2029-05-03 regulated_periods=2029-01-01..2029-05-03] Write to your MP today!
    [account=official date=2029-01-01 regulated_periods=2029-01-01..2029-05-03] Sign our petition ✍️
    [account=official date=2029-03-01 regulated_periods=2029-01-01..2029-05-03] Help us stop the closure of Field Lane.
Does not fire:
    [account=official date=2029-05-04 regulated_periods=2029-01-01..2029-05-03] Write to your MP today!
    [account=official date=2029-03-01 regulated_periods=2029-01-01..2029-05-03] Save the date: summer fair 5 July.
    [account=personal date=2029-05-01 regulated_periods=2029-01-01..2029-05-03] Sign our petition ✍️
    [account=official date=2029-05-01 regulated_periods=2029-01-01..2029-05-03] Contact the council for help.
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import first_hit, official, uses
from .shared import follows

_GAP = re.compile(r"[\w'# ]*")
_REACH = 4  # words between a verb of change and what it would change ("stop the planned closure")


def _near(post: Post, gap: str) -> bool:
    """For `follows`: a few plain words between the verb and the policy, no punctuation."""
    return _GAP.fullmatch(gap) is not None and len(gap.split()) <= _REACH


@uses("regulated-period.change", "regulated-period.policy")
def _calls_for_change(post: Post) -> list[Span]:
    """A verb of change aimed at a policy, a law or a decision: "scrap the two-child limit"."""
    return follows(post, post.spans("regulated-period.change"), post.spans("regulated-period.policy"), _near)


def in_regulated_period(post: Post) -> bool:
    """The day of posting falls in one of the organisation's regulated periods (first and last days in)."""
    return any(post.context.date in period for period in post.context.regulated_periods)


RULE = Rule(
    id="regulated-period",
    severity="warning",
    summary="Campaigning from an official channel during an election's regulated period.",
    run=first_hit(
        ("regulated-period.campaign", _calls_for_change, "political.vote-directive", "political.party-actor"),
        when=(official, in_regulated_period),
    ),
    texts={
        "message": "This is campaigning, and {date} falls in an election's regulated period. Under the Lobbying "
        "Act, {org_short}'s campaigning on social media must not be seen as trying to influence how people vote, "
        "and during these periods {social_media_team} reviews all campaigning: ask them to check this before it "
        "goes out.",
    },
    doc=__doc__ or "",
)
