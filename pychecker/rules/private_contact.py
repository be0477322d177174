"""private-contact: inviting service users or young people into private, off-platform contact.

Clause under-18s: "Where known, when communicating with young people under 18-years-old via
social media, staff should ensure the online relationship with North Halifax Partnership follows
the same rules as the offline 'real-life' relationship."
Clause PA-12: "Professionals entering into informal relationships with people they have had
contact with in the course of their work (i.e. a child, young person or adult) can increase the
likelihood of ethical issues, as well as the potential to open the professional to allegations
of ethical breaches or misconduct."

Fires on an invitation to private contact with the writer, off the organisation's channels
(`lists/private-contact.toml`): a phone ("call me", "text me", "you've got my number", "my mobile"),
an app or a personal account ("add me on Snapchat", "I'm on WhatsApp", "follow my personal account",
"hit me up"), an e-mail to the writer ("email me"), or a secret ("keep this between us", "don't tell
your mum", "delete these messages"); or someone else's own line or account given out in a sentence
that asks to get in touch ("text Dan on his personal number", "message Sue on her own Insta", "ring Carol on her
mobile"); from an official account, someone's own mobile number or mailbox given to get in touch ("text Amy on
07700 …"), not a line the post calls the service's ("text us on our team mobile"); the writer's home ("come round
to mine for a cuppa") or "off the record". The page's own inbox offered in the sentence ("if you'd rather talk
privately, DM us") makes it no invitation.

From an official account these count whoever the post is to: its audience is service users, and "me"
there is a member of staff. Not from an official account: "DM me" or "inbox me" (that reaches the
page's own inbox, the way brands' agents ask for details), "DM us", "message this page", and a
member of staff giving the organisation's line or mailbox ("call me at the centre", "ring me on 0800
...", "email me at bookings@..."). From a personal account an invitation (a "DM me" too, but not
inside a direct message, where it says nothing) counts only when the post is to young people,
families or service users ("Mums from Tuesday group, add me on Facebook", "no need to go through the
office", "the u14s", "after club", "easier than the page"; a children's centre or a youth worker named is
not who the post is to): among friends, or to a journalist, it is not this rule's business.

Fires:
    [account=official surface=reply] Hi hun, add me on WhatsApp and we can chat about it
    [account=official surface=reply] Call me anytime if you need a chat x
    [account=personal] Any of the mums from Wellholme stay and play, DM me!
    [account=official surface=message] Here's my personal number if you need me after hours
Does not fire:
    [account=official] DM us for more information about our baby massage course
    [account=official surface=reply] DM me your postcode and order number and I'll look into it
    [account=official surface=reply] You can call me at the centre on 01422 123 456, ask for Jo
    [account=personal] DM me for the recipe x
    [account=personal] Add me on snapchat lol
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, in_own_words, uses
from .shared import EMAIL_LISTS, email_addresses, outside_handles


@uses(
    "private-contact.off-platform",
    "private-contact.email-me",
    "private-contact.dm-me",
    "private-contact.call-after",
    *EMAIL_LISTS,
)
def invitations(post: Post) -> list[Span]:
    """Every invitation to private contact in the post, in order: off-platform ones; "email me"
    unless the post gives only shared mailboxes; from a personal account (outside a direct message)
    "DM me" too. Words inside an @handle ("@justcallmeLZ") are someone's name."""
    spans = post.spans("private-contact.off-platform")
    emails = post.spans("private-contact.email-me")
    if emails:
        addresses = email_addresses(post)
        if not addresses or not all(address.shared for address in addresses):
            spans = spans + emails
    if not post.context.official and post.context.surface != "message":
        spans = spans + post.spans("private-contact.dm-me")
    return sorted(outside_handles(post, [s for s in spans if not _naming(post, s)]), key=lambda span: span.start)


_NEXT_WORD = re.compile(r"[^\w.,;:!?()\n]*(\w+)")


def _naming(post: Post, span: Span) -> bool:
    """Whether a "call me" names the writer rather than asks for a call: a word follows it that no
    phone call would ("call me infidel", "call me Ishmael"); a full stop, a time or "anytime" is a call."""
    text = post.original
    if text[span.start : span.end].lower() != "call me":
        return False
    following = _NEXT_WORD.match(text, span.end)
    if following is None or following.start(1) - span.end > 1:  # nothing, or punctuation, after it
        return False
    word = following.group(1).lower()
    return not word.isdigit() and word not in post.word_set("private-contact.call-after")


@uses("private-contact.audience")
def official_or_audience(post: Post) -> bool:
    """From an official account, or a personal post to service users or young people."""
    return post.context.official or post.has("private-contact.audience")


@uses(
    "personal-data.phone",
    "personal-data.mobile-prefix",
    "personal-data.service-line",
    "private-contact.reach",
    *EMAIL_LISTS,
)
def staff_line(post: Post) -> list[Span]:
    """From an official account, someone's own mobile or mailbox given to get in touch ("text Amy on 07700 …",
    "Margaret can be reached on margaret62@gmail.com"), not a line the post calls the service's ("text us on …",
    "our team mobile")."""
    if not post.context.official:
        return []
    reach = post.sentences("private-contact.reach")
    if not reach:
        return []
    prefixes = tuple(post.word_set("personal-data.mobile-prefix"))
    service = post.sentences("personal-data.service-line")
    found = [
        s
        for s in post.spans("personal-data.phone")
        if s.sentence in reach
        and s.sentence not in service
        and "".join(c for c in post.excerpt(s) if c.isdigit()).startswith(prefixes)
    ]
    found += [a.span for a in email_addresses(post) if not a.shared and a.span.sentence in reach]
    return sorted(found, key=lambda span: span.start)


# Another person's own line or account given out ("text Dan on his personal number", "message Sue on
# her own Insta"), in a sentence that asks to get in touch.
_THEIR_OWN = in_own_words(confirmed("private-contact.their-own", by="private-contact.reach"))


RULE = Rule(
    id="private-contact",
    severity="warning",
    summary="Don't invite service users or young people to private or off-platform contact.",
    run=first_hit((invitations, _THEIR_OWN, staff_line), when=official_or_audience, outside="private-contact.via-page"),
    texts={
        "message": "This invites private, one-to-one contact outside {org_short}'s channels. With young people and "
        "the people you work with, the policy asks the online relationship to follow the same rules as the "
        "real-life one, and informal contact can open you to allegations. Point them to {org_short}'s official "
        "page, inbox or phone line instead.",
    },
    doc=__doc__ or "",
)
