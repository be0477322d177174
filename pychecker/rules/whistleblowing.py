"""whistleblowing: disclosing wrongdoing at the organisation in public.

Clause public-interest-disclosure: "Under the Public Interest Disclosure Act 1998, if a staff
member releases information through North Halifax Partnerships' social media channels that is
considered to be in the interest of the public, North Halifax Partnership's Whistleblowing Policy
... must be initiated before any further action is taken"

Fires when a post that refers to the organisation (an org mention, or the writer's own workplace:
"my manager", "senior management", "our trustees", "where I work") also discloses wrongdoing
there: whistleblowing and cover-up words ("cover-up", "swept under the carpet", "exposing",
"ignored safeguarding", "misusing funds") anywhere in the post, or an accusation
(`defamation-risk.accusation`: "are crooks", "fiddled the books") after the organisation or
workplace in the same sentence. Does not fire on the same words without the organisation ("cover up
in the sun"), on the policy itself ("whistleblowing policy training"), or on accusations about
other people and organisations (`defamation-risk`).

Fires:
    [account=personal] Time someone blew the whistle on what really goes on at NHP
    [account=personal] My manager covered up a safeguarding incident and senior management knew
    [account=official] North Halifax Partnership have been misusing funds
Does not fire:
    [account=official] Hot today! Cover up in the sun at Kevin Pearce Children's Centre's sports day
    [account=official] All NHP staff: whistleblowing policy training on Tuesday
    [account=personal] Someone covered up the graffiti on the bus shelter, great job
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post
from .base import Rule, finding


def check(post: Post) -> Iterator[Finding]:
    places = post.org_mentions + post.spans("whistleblowing.workplace")
    if not places:
        return
    spans = post.spans("whistleblowing.disclose") + [
        s
        for s in post.spans("defamation-risk.accusation")
        if any(p.sentence == s.sentence and p.end <= s.start for p in places)
    ]
    if not spans:
        return
    pack = post.pack
    span = min(spans, key=lambda s: s.start)
    yield finding(
        RULE,
        post,
        span,
        f"This reads as disclosing wrongdoing at {pack.short_name} in public. If you have a concern, "
        f"the policy asks that {pack.organisation}'s Whistleblowing Policy is started first: it protects "
        f"you under the Public Interest Disclosure Act and gets the concern looked into. Speak to "
        f"your line manager or the Chief Executive, or follow the Whistleblowing Policy's steps.",
    )


RULE = Rule(
    id="whistleblowing",
    clauses=("public-interest-disclosure",),
    severity="warning",
    summary="Disclosing wrongdoing at the organisation in public: start the Whistleblowing Policy first.",
    check=check,
    doc=__doc__ or "",
)
