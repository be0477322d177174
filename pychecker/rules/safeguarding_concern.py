"""safeguarding-concern: a child or vulnerable person at risk, raised on social media.

Clause OC-18: "Sometimes issues can arise on social media which can escalate into a crisis
situation because they are sensitive or risk serious damage to the charity's reputation.
Examples might include: Safeguarding concerns."
Clause protection: "... if a staff member considers that a person/people is/are at risk of
harm, they should report this to the marketing manager immediately."
Clause under-18s: "... Please speak to the safeguarding lead and marketing team if you encounter
any issues."

Fires on a safeguarding concern said outright ("a safeguarding concern", "at risk of harm",
"being groomed", "not safe at home", "left home alone", "self-harming"), and on harm words
("abused", "neglected", "bruises", "in danger") in the same sentence as a person they could be
happening to ("the kids", "she", "my neighbour"), and on worry ("worried about", "concerned for")
in the same sentence as someone who could be at risk ("a little girl", "the kids next door") — unless the post is about
training, awareness, a policy or a service ("safeguarding training", "spot the signs of
neglect", "call the helpline"). Any account, any surface: a reply to someone worried about a
child's safety is this rule's business, not a complaint. The finding asks the writer to take it
off social media and to the people the policy names; it does not ask them to say less.

Fires:
    [account=official surface=reply] Thanks for telling us you're worried the little boy next door is being hit.
    [account=personal] Pretty sure the kids at number 4 are left home alone every night
    [account=personal] One of the mums at group has bruises again and her son says he's scared of his dad
Does not fire:
    [account=official] Our staff completed their safeguarding training this week.
    [account=official] Spot the signs of neglect: free workshop for parents on Tuesday.
    [account=personal] Dog grooming appointments available this Saturday
    [account=personal] Our neglected garden has finally been tidied up!
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post
from .base import Rule, finding


def check(post: Post) -> Iterator[Finding]:
    spans = list(post.spans("safeguarding-concern.concern"))
    if not post.has("safeguarding-concern.not-a-case"):
        people = post.sentences("safeguarding-concern.subject")
        spans += [s for s in post.spans("safeguarding-concern.harm") if s.sentence in people]
        at_risk = post.sentences("safeguarding-concern.at-risk-person")
        spans += [s for s in post.spans("safeguarding-concern.worry") if s.sentence in at_risk]
    if not spans:
        return
    pack = post.pack
    first = min(spans, key=lambda s: s.start)
    yield finding(
        RULE,
        post,
        first,
        f"This reads as a safeguarding concern: someone who may be at risk of harm. {pack.short_name}'s "
        f"policy asks you to report it to the marketing manager immediately and to speak to the "
        f"safeguarding lead, rather than handle it on social media, where it is public, can identify the "
        f"person and can escalate quickly. If someone is in immediate danger, call 999.",
    )


RULE = Rule(
    id="safeguarding-concern",
    clauses=("OC-18", "protection", "under-18s"),
    severity="error",
    summary="A child or vulnerable person at risk: report it, don't handle it on social media.",
    check=check,
    doc=__doc__ or "",
)
