"""personal-data: phone numbers, e-mail addresses, home addresses, dates of birth, NI numbers.

Clause PA-9: "Always protect yourself and the charity. Be careful with your privacy online and be
cautious when sharing personal information. What you publish is widely accessible and will be
around for a long time, so do consider the content carefully."
Clause confidentiality: "Any communications that staff make in a personal capacity must not
breach confidentiality."

Fires on a person's own contact details and identity: a phone number (UK, North American or
international), an e-mail address, a date of birth ("DOB 03/02/2015", "born on 3rd March 2015"), a
National Insurance number, and a home address: a full postcode or a house number and street in a
home ("at ours", "my address is", "lives at"), or given from a personal account with no sign of a
public place. Every account: the policy's caution applies to personal posts, and official channels
must not publish anyone's details either.

Not personal data, and so not fired on (`lists/personal-data.toml`):
- a published service or customer line: UK 03, 080x and 084x/087x numbers, US toll-free ones
  (`service-prefix`), the organisation's own numbers (`org-contact`); on an official channel any
  landline that is nobody's own ("our main number is 01422 ...", a brand's "call us on ..."), and
  a mobile given as a service's text line; from a personal account, a landline in a sentence about
  a business or public body ("ring the Piece Hall on ...", "the council's number is ...");
- a shared role mailbox ("info@", "bookings@", "abuse@", "sales@") or one named after the
  organisation; a named person's address, even at work, is theirs;
- a postcode district alone ("HX3"), a charity or company number;
- a street address or postcode of a public place: a venue or business named beside it ("The Red
  Lion, HX3 5QT", "@ Nando's at 24 Broad Street"), the organisation, or any address an official
  channel gives that is not someone's home.

Fires:
    [account=personal] Text me on 07700 900123 if you want the pram
    [account=official surface=reply] Hi Sam, email Jo directly at jo.bloggs@gmail.com
    [account=personal] Party at ours, 14 Beechwood Road, HX3 5QT!
    [account=official] Welcome baby Ava, born on 3rd March 2026!
    [account=personal] text me (312) 555-0198 if you're still selling the bike
Does not fire:
    [account=official] Email info@example.org.uk to book a place
    [account=official] Sessions at Kevin Pearce Children's Centre, Beechwood Road, HX3 5QT
    [account=official] Open to families in HX3 and HX2
    [account=personal] Join us for Ava's birthday party on Saturday!
    [account=official surface=reply] Please call our customer service team on 0345 600 1234
    [account=personal] Sunday lunch at the Cross Keys, Siddal HX3 9LG
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule
from .shared import EMAIL_LISTS, email_addresses, is_role_address

# A place checked in at ("Great night @ The Grayston Unity"), or named ("at the Cross Keys", "The Red
# Lion, HX3 5QT"): "the" before a capitalised word is a pub, shop or hall, hardly ever a home.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’&.-]*[ ,]*$")  # "Dean Clough, " just before a postcode
# (Each branch starts with its first character, then looks behind: lets the regex skip ahead fast.)
_NAMED_PLACE = re.compile(r"@(?<!\S@)\s|[Tt](?<!\w[Tt])he\s+[A-Z][a-z]")
# A number given as one's own without its area code or separators ("text me 371.3716", "call me on
# 7144125888"): looked for only in a sentence that says the number is someone's (`owned`).
_OWN_NUMBER = re.compile(r"[2-9](?<![\w+/.,:(-][2-9])(?:\d\d[ .-]\d{4}|\d{9})(?![\d_/]|[.,-]\d)")
# An e-mail address spelled out to dodge scrapers ("jo dot bloggs at gmail dot com", "sam [at]
# hotmail.co.uk"): an "at" written as a word or in brackets, a domain after it with a dot, spelled
# ("dot") or written. A plain " at " counts only before a spelled dot or a personal mailbox's domain.
_AT = re.compile(r" ?[\[({<]at[\])}>]| at ")
_DOT = r"(?: ?[\[({<]dot[\])}>] ?| dot |\.)"
_DOMAIN = re.compile(
    r" ?([a-z0-9][\w-]{0,62}(?:" + _DOT + r"[a-z0-9][\w-]{0,62}){0,3}" + _DOT + r"[a-z]{2,10})"
    r"(?![\w.]| ?[\[({<]at[\])}>]| at )"  # the last "at" of "jo dot bloggs at gmail dot com" is the one
)
_MAILBOXES = ("gmail", "hotmail", "yahoo", "outlook", "icloud", "aol", "live", "btinternet", "googlemail", "protonmail")
_NAME_BEFORE_AT = re.compile(r"[a-z0-9][\w+-]{0,63}(?:(?: dot |\.)[a-z0-9][\w+-]{0,63}){0,3}$")
# List -> the text that says what it found.
_ALWAYS = {
    "personal-data.birth-date": "birth_date",
    "personal-data.ni-number": "ni_number",
    "personal-data.home-address": "home_address",
}
_PLACES = {
    "personal-data.postcode": "postcode",
    "personal-data.address": "address",
}


def personal_data(post: Post) -> list[tuple[Span, str]]:
    """Every piece of personal data in the post, in order, with what kind it is (a text's name)."""
    public = post.spans("personal-data.org-contact")
    found = [(span, kind) for name, kind in _ALWAYS.items() for span in post.spans(name)]
    found += [
        (_unbracketed(post, span), "phone")
        for span in post.spans("personal-data.phone")
        if not _public_number(post, span)
    ]
    found += [(address.span, "email") for address in email_addresses(post) if not address.shared]
    owned = post.sentences("personal-data.owned")
    if owned:
        found += [(span, "phone") for span in _own_numbers(post, owned, [span for span, _ in found])]
    # (the lexicon's own pass finds "at gmail", "dot com"; brackets it does not read are looked for)
    if post.spans("personal-data.spelled") or "at]" in post.text.folded or "at)" in post.text.folded:
        found += [(span, "email") for span in _spelled_addresses(post)]
    # A street or postcode in a sentence already reported as someone's address ("Her home address is
    # 12 Acacia Avenue") is the same piece of data.
    said = post.sentences("personal-data.home-address")
    located = [(span, kind) for name, kind in _PLACES.items() for span in post.spans(name) if span.sentence not in said]
    if located:  # (most posts give no address: look for homes and places only when one does)
        homes = post.sentences("personal-data.home")
        places = _public_places(post)
        streets = post.sentences("personal-data.address")
        for span, kind in located:
            a_place = _near(span.sentence, places) or post.context.official
            if kind == "postcode" and span.sentence not in streets:
                a_place = a_place or _named_before(post, span)
            if _near(span.sentence, homes) or not a_place:
                found.append((span, kind))
    found = [(span, kind) for span, kind in found if not _holds(span, public)]
    found.sort(key=lambda item: (item[0].start, -item[0].end))
    kept: list[tuple[Span, str]] = []
    for span, kind in found:  # a postcode inside an address already reported is the same piece of data
        if not kept or span.start >= kept[-1][0].end:
            kept.append((span, kind))
    return kept


def _own_numbers(post: Post, owned: set[int], taken: list[Span]) -> Iterator[Span]:
    """Numbers written without area code or separators in a sentence that gives them as someone's own."""
    text = post.text
    for match in _OWN_NUMBER.finditer(text.folded):
        sentence = text.sentence_of(match.start())
        start, end = text.to_original(match.start(), match.end())
        if sentence in owned and not any(s.start < end and start < s.end for s in taken):
            yield Span(start, end, sentence)


def _spelled_addresses(post: Post) -> Iterator[Span]:
    """E-mail addresses spelled out ("jo dot bloggs at gmail dot com"), a shared mailbox's left out."""
    text = post.text
    folded = text.folded
    for at in _AT.finditer(folded):
        domain = _DOMAIN.match(folded, at.end())
        name = _NAME_BEFORE_AT.search(folded, max(0, at.start() - 100), at.start())
        if not domain or not name:
            continue
        host = domain.group(1)
        plain = at.group() == " at "
        if plain and " dot " not in host and not host.startswith(_MAILBOXES):
            continue
        local = name.group().replace(" dot ", ".")
        if is_role_address(post, local):
            continue
        start, end = text.to_original(name.start(), domain.end())
        yield Span(start, end, text.sentence_of(name.start()))


def _unbracketed(post: Post, span: Span) -> Span:
    """A number's span without an opening bracket it does not close ("(07700 900321)" -> "07700 900321")."""
    excerpt = post.excerpt(span)
    if excerpt.startswith("(") and ")" not in excerpt:
        return Span(span.start + 1, span.end, span.sentence)
    return span


def _named_before(post: Post, span: Span) -> bool:
    """Whether a name stands just before a postcode given without a street ("Dean Clough, HX3 5AX",
    "Shibden Mill Inn HX3 7UL"): a place's postcode, as a home's comes after its house and street."""
    text = post.original
    line_start = text.rfind("\n", 0, span.start) + 1
    return _NAME_BEFORE.search(text, max(line_start, span.start - 40), span.start) is not None


def _near(sentence: int, sentences: set[int]) -> bool:
    """Whether a sentence, or the one before it, is one of these (an address is often set out over
    lines; "Anyone know the council's number? It's 01422 ...")."""
    return sentence in sentences or sentence - 1 in sentences


def _public_places(post: Post) -> set[int]:
    """Sentences that name a public place: a venue or business word, the organisation, a place
    checked in at ("@ Nando's"), or one named with "the" ("at the Cross Keys", "The Red Lion,")."""
    text = post.text
    places = post.sentences("personal-data.venue", "org.mention")
    places |= {text.sentence_of(m.start()) for m in _NAMED_PLACE.finditer(text.plain)}
    return places


def _public_number(post: Post, span: Span) -> bool:
    """A published line, not a person's own: a service prefix (03, 0800, 0845, US toll-free), or a
    landline given by an official channel, or about a business from a personal account, with
    nothing in its sentence saying whose it is ("his mobile", "my home number")."""
    digits = "".join(c for c in post.excerpt(span) if c.isdigit())
    if digits.startswith(tuple(post.word_set("personal-data.service-prefix"))):
        return True
    if span.sentence in post.sentences("personal-data.owned"):
        return False
    mobile = digits.startswith(tuple(post.word_set("personal-data.mobile-prefix")))
    if post.context.official:
        return not mobile or span.sentence in post.sentences("personal-data.service-line")
    return not mobile and _near(span.sentence, post.sentences("personal-data.business"))


def _holds(span: Span, hits: list[Span]) -> bool:
    """Whether one of a list's hits lies inside `span`. A list's hits come in order, none inside
    another, so their ends rise with their starts: the first one starting inside is the one to test."""
    i = bisect.bisect_left(hits, span.start, key=lambda hit: hit.start)
    return i < len(hits) and hits[i].end <= span.end


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
        *_PLACES,
        "personal-data.phone",
        "personal-data.service-prefix",
        "personal-data.mobile-prefix",
        "personal-data.owned",
        "personal-data.service-line",
        "personal-data.business",
        "personal-data.org-contact",
        "personal-data.venue",
        "personal-data.spelled",
        "personal-data.home",
        "org.mention",
        *EMAIL_LISTS,
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
