"""personal-data: phone numbers, e-mail addresses, home addresses, dates of birth, NI numbers.

Clause PA-9: "Always protect yourself and the charity. Be careful with your privacy online and be
cautious when sharing personal information. What you publish is widely accessible and will be
around for a long time, so do consider the content carefully."
Clause confidentiality: "Any communications that staff make in a personal capacity must not
breach confidentiality."

Fires on a UK phone number, an e-mail address, a date of birth ("DOB 03/02/2015", "born on
3rd March 2015"), a National Insurance number, and a home address: a full postcode or a house
number and street, or an address said as someone's ("my address is"). Not personal data, and so
not fired on (`lists/personal-data.toml`): the organisation's own public contact details (its
domains and public numbers, kept in the pack), shared role mailboxes ("info@", "bookings@"), on
an official channel a landline or e-mail given to call, book or ask ("book: 01422 ..."), a
postcode district alone ("HX3"), a charity number, and a street address or postcode given in the
same sentence as a venue or the organisation ("Kevin Pearce Children's Centre, HX3 5AX"): that is
a public place, not someone's home. Every account: the policy's caution applies to personal
posts, and official channels must not publish anyone's details either.

Fires:
    [account=personal] Text me on 07700 900123 if you want the pram
    [account=official surface=reply] Hi Sam, email Jo directly at jo.bloggs@gmail.com
    [account=personal] Party at ours, 14 Beechwood Road, HX3 5QT!
    [account=official] Welcome baby Ava, born on 3rd March 2026!
Does not fire:
    [account=official] Email info@example.org.uk to book a place
    [account=official] Sessions at Kevin Pearce Children's Centre, Beechwood Road, HX3 5QT
    [account=official] Open to families in HX3 and HX2
    [account=personal] Join us for Ava's birthday party on Saturday!
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule

_DOT_RUNS = re.compile(r"\.+")
# List -> the text that says what it found.
_ALWAYS = {
    "personal-data.phone": "phone",
    "personal-data.birth-date": "birth_date",
    "personal-data.ni-number": "ni_number",
    "personal-data.home-address": "home_address",
}
_UNLESS_VENUE = {
    "personal-data.postcode": "postcode",
    "personal-data.address": "address",
}


def personal_data(post: Post) -> list[tuple[Span, str]]:
    """Every piece of personal data in the post, in order, with what kind it is (a text's name)."""
    public = post.spans("personal-data.org-contact")
    mailboxes = post.spans("personal-data.personal-mailbox")
    places = post.sentences("personal-data.venue", "org.mention")
    found = [(span, kind) for name, kind in _ALWAYS.items() for span in post.spans(name)]
    found += [(span, "email") for span in _emails(post)]
    if post.context.official:  # "Book your place: 01422 ..." on the organisation's channel is its own number
        service = post.sentences("personal-data.service-contact")
        found = [
            (span, kind)
            for span, kind in found
            if not (span.sentence in service and _service(post, span, kind, mailboxes))
        ]
    found += [
        (span, kind) for name, kind in _UNLESS_VENUE.items() for span in post.spans(name) if span.sentence not in places
    ]
    found = [(span, kind) for span, kind in found if not _holds(span, public)]
    found.sort(key=lambda item: (item[0].start, -item[0].end))
    kept: list[tuple[Span, str]] = []
    for span, kind in found:  # a postcode inside an address already reported is the same piece of data
        if not kept or span.start >= kept[-1][0].end:
            kept.append((span, kind))
    return kept


def _holds(span: Span, hits: list[Span]) -> bool:
    """Whether one of a list's hits lies inside `span`. A list's hits come in order, none inside
    another, so their ends rise with their starts: the first one starting inside is the one to test."""
    i = bisect.bisect_left(hits, span.start, key=lambda hit: hit.start)
    return i < len(hits) and hits[i].end <= span.end


def _service(post: Post, span: Span, kind: str, mailboxes: list[Span]) -> bool:
    """Could this be a service's contact detail: not a personal mailbox (gmail ...), nor a mobile
    number (one starting with a prefix of `personal-data.mobile-prefix`)?"""
    if kind == "email":
        return not _holds(span, mailboxes)
    digits = "".join(c for c in post.excerpt(span) if c.isdigit())
    return kind == "phone" and not digits.startswith(tuple(post.word_set("personal-data.mobile-prefix")))


def _emails(post: Post) -> list[Span]:
    """E-mail addresses: each "@domain" hit with the name before it, unless that is a role mailbox."""
    text = post.original
    roles = {(span.start, span.end) for span in post.spans("personal-data.role-mailbox")}
    found = []
    for domain in post.spans("personal-data.email-domain"):
        start = domain.start
        while start > max(0, domain.start - 64) and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            start -= 1
        if start < domain.start and (start, domain.start) not in roles:
            # The dots in "jo.bloggs@" end no sentence: count the address in the sentence it starts in.
            sentence = domain.sentence - len(_DOT_RUNS.findall(text, start, domain.start))
            found.append(Span(start, domain.end, max(sentence, 0)))
    return found


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    for span, kind in personal_data(post):
        yield rule.finding(post, span, kind=rule.say(post, kind))


RULE = Rule(
    id="personal-data",
    severity="warning",
    summary="Personal data in a post: phone numbers, e-mails, home addresses, dates of birth, NI numbers.",
    run=run,
    lists=(
        *_ALWAYS,
        *_UNLESS_VENUE,
        "personal-data.org-contact",
        "personal-data.personal-mailbox",
        "personal-data.venue",
        "personal-data.service-contact",
        "personal-data.mobile-prefix",
        "personal-data.role-mailbox",
        "personal-data.email-domain",
        "org.mention",
    ),
    texts={
        "message": "This looks like {kind}. What you publish is widely accessible and stays online for a long time, "
        "so {org_short}'s policy asks you to be cautious with personal information and never to share anyone "
        "else's without their say-so. If it's needed, share it privately instead; if it's {org_short}'s own public "
        "contact detail, ask {social_media_team} to add it to the checker's list of {org_short} contact details.",
        "phone": "a phone number",
        "birth_date": "a date of birth",
        "ni_number": "a National Insurance number",
        "home_address": "a home address",
        "email": "an e-mail address",
        "postcode": "a full postcode",
        "address": "a street address",
    },
    doc=__doc__ or "",
)
