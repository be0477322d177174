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

from .base import Rule
from .kinds import confirmed, first_hit

# Harm or worry counts only about a person (a child, someone at risk), and not in a post that says
# it is no case at all ("not a safeguarding issue").
_NOT_A_CASE = "safeguarding-concern.not-a-case"
_HARM = confirmed("safeguarding-concern.harm", by="safeguarding-concern.subject", unless=_NOT_A_CASE)
_WORRY = confirmed("safeguarding-concern.worry", by="safeguarding-concern.at-risk-person", unless=_NOT_A_CASE)

RULE = Rule(
    id="safeguarding-concern",
    severity="error",
    summary="A child or vulnerable person at risk: report it, don't handle it on social media.",
    run=first_hit(("safeguarding-concern.concern", _HARM, _WORRY)),
    texts={
        "message": "This reads as a safeguarding concern: someone who may be at risk of harm. {org_short}'s policy "
        "asks you to report it to {social_media_manager} immediately and to speak to {safeguarding_lead}, rather "
        "than handle it on social media, where it is public, can identify the person and can escalate quickly. If "
        "someone is in immediate danger, call 999.",
    },
    doc=__doc__ or "",
)
