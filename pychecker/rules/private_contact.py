"""private-contact: inviting service users or young people into private, off-platform contact.

Clause under-18s: "Where known, when communicating with young people under 18-years-old via
social media, staff should ensure the online relationship with North Halifax Partnership follows
the same rules as the offline 'real-life' relationship."
Clause PA-12: "Professionals entering into informal relationships with people they have had
contact with in the course of their work (i.e. a child, young person or adult) can increase the
likelihood of ethical issues, as well as the potential to open the professional to allegations
of ethical breaches or misconduct."

Fires on an invitation to private contact with the writer: a private channel ("add me on
Snapchat", "my personal number", "WhatsApp me", "keep this between us"; `off-platform` in
`lists/private-contact.toml`) or a private message ("DM me", "inbox me"; `dm-me`).
From an official account either counts: its audience is service users, and "me" there is a
staff member rather than the organisation's inbox ("DM us", "message this page" never count;
"DM me" does not count in a direct message, where it says nothing). From a personal account it
fires only when the post is to young people, families or service users ("any of the mums from
group, add me on WhatsApp"): "DM me" among friends, or to a journalist, is not this rule's
business.

Fires:
    [account=official surface=reply] Hi hun, add me on WhatsApp and we can chat about it
    [account=personal] Any of the mums from Wellholme stay and play, DM me!
    [account=official surface=message] Here's my personal number if you need me after hours
Does not fire:
    [account=official] DM us for more information about our baby massage course
    [account=official surface=reply] Please message this page and a member of the team will get back to you
    [account=personal] DM me for the recipe x
    [account=personal] Add me on snapchat lol
"""

from __future__ import annotations

from ..post import Post
from .base import Rule
from .kinds import first_hit, hits, uses


def not_a_message(post: Post) -> bool:
    """Not already a direct message ("DM me" inside one is no invitation to go private)."""
    return post.context.surface != "message"


@uses("private-contact.audience")
def official_or_audience(post: Post) -> bool:
    """From an official account, or a personal post to service users or young people."""
    return post.context.official or post.has("private-contact.audience")


RULE = Rule(
    id="private-contact",
    severity="warning",
    summary="Don't invite service users or young people to private or off-platform contact.",
    run=first_hit(
        ("private-contact.off-platform", hits("private-contact.dm-me", when=not_a_message)), when=official_or_audience
    ),
    texts={
        "message": "This invites private, one-to-one contact outside {org_short}'s channels. With young people and "
        "the people you work with, the policy asks the online relationship to follow the same rules as the "
        "real-life one, and informal contact can open you to allegations. Point them to {org_short}'s official "
        "page, inbox or phone line instead.",
    },
    doc=__doc__ or "",
)
