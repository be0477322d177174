"""verify-facts: a statistic or research claim with no source given.

Clause OC-10: "Facts should always be checked. Staff should not automatically assume that material
is accurate and should take reasonable steps where necessary to seek verification, for example,
by checking data/statistics and being wary of photo manipulation."
Clause OC-11 (for the why): "Say what you know to be true or have a good source for."

Fires (as info) on percentages ("23%", "40 per cent"), "1 in 4 children", "twice as likely",
large counts of people ("12,000 families", "thousands of children", "2m households"), large sums
("$8 billion a year", "spent £140m"), a measure at its extreme ("the highest suicide rate") and research
claims ("studies show", "research proves", "experts say", "clinically proven")
(`lists/verify-facts.toml`), when the post names no source: no link, no "source:", "according to",
"via", "<someone> reports that", and no named body (ONS, NHS, NSPCC, Ofsted, Calderdale Council...). It does not fire on
discounts ("50% off"), on "100%" or "110%" (said for effort, not counted), on times, ages, prices
("bought it for £1.2 million"), marks and scores ("scored 78% in the test")
or years, on the writer's own sums ("we raised £1.2 million"), on
"one in a million", or on research mentioned without a claim ("join our research project").

Fires:
    [account=official] 1 in 3 children in North Halifax grow up in poverty.
    [account=personal] Studies show that reading to your baby boosts their IQ by 20%!
    [account=official] Over 12,000 families rely on Sure Start every year.
Does not fire:
    [account=official] 1 in 3 children in North Halifax grow up in poverty (source: ONS 2024).
    [account=official] 50% off all pre-loved uniform at the Wellholme sale!
    [account=official] We're 100% behind our amazing volunteers.
    [account=official] Doors open 9:30am, for ages 0-5, £2 per family.
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import each_sentence, joined, uses

# "100%" and "110%" are effort, not a measurement.
_IDIOM_PERCENT = re.compile(r"^1[01]0\s?(?:%|per ?cent)$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s?(\w+)")
_WORDS_BEFORE = 3  # "battery at 60%", "phone on just 2%"
# "90% of my timeline", "99% of the time": a share of one's own life or an idiom, not a statistic.
_OWN_SHARE = re.compile(r"\s+of\s+(?:my|mine|your|his|her|the\s+time)\b", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"\w+")
_COUNTED_WITHIN = 3  # "a quarter of 5 year olds", "thousands of local families"
# A sum in millions or billions ("$8 billion a year", "raised £140m").
_SUM = re.compile(r"(?:illion|\dbn|\dmn|\dm)$", re.IGNORECASE)
# "the highest suicide rate", "the lowest literacy levels": a measure at its extreme.
_EXTREME = joined("verify-facts.extreme", "verify-facts.measure", gap=2)


def counts_of_people(post: Post) -> list[Span]:
    """Shares and vague counts of people ("two thirds of children", "thousands of local
    families"), each from the share to who is counted."""
    text = post.original
    counted = post.word_set("verify-facts.counted")
    found = []
    for span in post.spans("verify-facts.portion"):
        for i, word in enumerate(_WORDS_AFTER.finditer(text, span.end, span.end + 48)):
            if i == _COUNTED_WITHIN:
                break
            if word.group().lower() in counted:
                found.append(Span(span.start, word.end(), span.sentence))
                break
    return found


@uses(
    "verify-facts.claim",
    "verify-facts.portion",
    "verify-facts.counted",
    "verify-facts.not-stat-after",
    "verify-facts.not-stat-before",
    "verify-facts.not-sum-before",
    "verify-facts.own-sum",
    *_EXTREME.lists,
)
def claim_spans(post: Post) -> list[Span]:
    """Every statistic or research claim in the post, in order; idioms ("100%", "99% of the time"),
    shares of one's own life ("90% of my timeline"), sums that are a price or one's own ("for $1.1
    million", "a £2m house", "my 10 million", "we raised £1.2 million"), and percentages that are a
    price, a charge, pay or certainty ("50% off", "60% battery", "2.5% pay rise", "99% sure", "save 20%": a word of
    `not-stat-after` right after, or of `not-stat-before` just before) left out."""
    text = post.original
    after_words = post.word_set("verify-facts.not-stat-after")
    before_words = post.word_set("verify-facts.not-stat-before")
    money_before = post.word_set("verify-facts.not-sum-before")
    own_words = post.word_set("verify-facts.own-sum")
    spans = []
    for span in post.spans("verify-facts.claim"):
        excerpt = post.excerpt(span)
        if "%" in excerpt or excerpt.lower().endswith("cent"):
            after = _WORD_AFTER.match(text, span.end, span.end + 16)
            before = text[max(0, span.start - 40) : span.start].lower().split()[-_WORDS_BEFORE:]
            if (
                _IDIOM_PERCENT.match(excerpt)
                or _OWN_SHARE.match(text, span.end)
                or (after and after.group(1).lower() in after_words)
                or any(word.strip(".,:;!?()") in before_words for word in before)
            ):
                continue
        elif _SUM.search(excerpt):
            before = [w.strip(".,:;!?()\"'") for w in text[max(0, span.start - 40) : span.start].lower().split()[-4:]]
            if before and (before[-1] in money_before or any(w.replace("’", "'") in own_words for w in before)):
                continue
        spans.append(span)
    more = counts_of_people(post) + _EXTREME(post)
    return sorted(spans + more, key=lambda span: span.start) if more else spans


RULE = Rule(
    id="verify-facts",
    severity="info",
    summary="A statistic or research claim with no source: check it and say where it comes from.",
    run=each_sentence(claim_spans, unless="verify-facts.source"),
    texts={
        "message": "This gives a statistic or research claim without saying where it comes from. The policy asks "
        'for facts to be checked before they are posted: check the figure, and name your source ("Source: …" or a '
        "link) so readers can trust what {org_short} says.",
        "clear_by": "Add the source (a link, or who published the figure).",
    },
    doc=__doc__ or "",
)
