"""whistleblowing: disclosing wrongdoing at the organisation in public.

Clause public-interest-disclosure: "Under the Public Interest Disclosure Act 1998, if a staff
member releases information through North Halifax Partnerships' social media channels that is
considered to be in the interest of the public, North Halifax Partnership's Whistleblowing Policy
... must be initiated before any further action is taken"

Fires when a post that refers to the organisation (an org mention, or the writer's own workplace:
"my manager", "senior management", "our trustees", "where I work", "I've worked at") also discloses
wrongdoing there (`lists/whistleblowing.toml`): whistleblowing and cover-up words ("cover-up",
"swept under the carpet", "it got buried", "turned a blind eye", "told to delete emails before the
audit", "raised concerns and got nowhere"), a call to tell ("parents have a right to know", "I'm done
keeping quiet", "going public", "the truth about…"), anywhere in the post; wrongdoing said as a
state of things ("kids were left unsupervised", "staff unpaid", "falsifying the paperwork", "no DBS
checks") in a sentence that names the organisation or workplace; or an accusation
(`defamation-risk.accusation`: "are crooks", "fiddled the books") after the organisation or
workplace in the same sentence. Does not fire on the same words without the organisation ("cover
up in the sun"), on the policy itself or awareness ("whistleblowing policy training", "anti-bullying
week"), on good news about work ("passed all its safety checks"), or on accusations about other
people and organisations (`defamation-risk`).

Fires:
    [account=personal] Time someone blew the whistle on what really goes on at NHP
    [account=personal] My manager covered up a safeguarding incident and senior management knew
    [account=official] North Halifax Partnership have been misusing funds
    [account=personal] Raised concerns about my centre three times and got nowhere. Parents have a right to know.
Does not fire:
    [account=official] Hot today! Cover up in the sun at Kevin Pearce Children's Centre's sports day
    [account=official] All NHP staff: whistleblowing policy training on Tuesday
    [account=personal] Someone covered up the graffiti on the bus shelter, great job
    [account=official] Anti-bullying week at NHP: wear odd socks on Monday
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, joined, uses


@uses("org.mention", "whistleblowing.workplace")
def about_work(post: Post) -> bool:
    """The post refers to the organisation, or to the writer's own workplace ("my manager")."""
    return bool(post.org_mentions) or post.has("whistleblowing.workplace")


# "are crooks", "is a fraud": defamation-risk's words for being something criminal.
_BEING = joined("defamation-risk.be", "defamation-risk.noun", gap=2)


@uses("defamation-risk.accusation", "whistleblowing.workplace", *_BEING.lists)
def accusations_at_work(post: Post) -> list[Span]:
    """Accusations after the organisation or the workplace in their sentence ("NHP are crooks")."""
    places = post.org_mentions + post.spans("whistleblowing.workplace")
    return [
        s
        for s in post.spans("defamation-risk.accusation") + _BEING(post)
        if any(p.sentence == s.sentence and p.end <= s.start for p in places)
    ]


# Wrongdoing said as a state of things ("kids were left unsupervised") is a disclosure beside the
# organisation or the workplace in its sentence.
_WRONGDOING = confirmed("whistleblowing.wrongdoing", by=("org.mention", "whistleblowing.workplace"))

# "where the grant money went".
_MONEY_WENT = joined("whistleblowing.where", "whistleblowing.money-went", gap=4)

RULE = Rule(
    id="whistleblowing",
    severity="warning",
    summary="Disclosing wrongdoing at the organisation in public: start the Whistleblowing Policy first.",
    run=first_hit(
        ("whistleblowing.disclose", accusations_at_work, _WRONGDOING, _MONEY_WENT),
        when=about_work,
        outside="whistleblowing.not-a-case",
    ),
    texts={
        "message": "This reads as disclosing wrongdoing at {org_short} in public. If you have a concern, the policy "
        "asks that {org}'s Whistleblowing Policy is started first: it protects you under the Public Interest "
        "Disclosure Act and gets the concern looked into. Speak to {line_manager} or {chief_executive}, or follow "
        "the Whistleblowing Policy's steps.",
    },
    doc=__doc__ or "",
)
