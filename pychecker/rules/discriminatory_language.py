"""discriminatory-language: offensive or derogatory language about who people are; bullying.

Clause discrimination: "Staff should not post content that could be considered discriminatory
against, or bullying or harassment of, any individual, on either an official North Halifax
Partnership's social media channel or a personal account. For example: Making offensive or
derogatory comments relating to sex, gender, race, disability, sexual orientation, age, religion
or belief; Using social media to bully another individual; Posting images that are discriminatory
or offensive or links to such content"

Fires on well-known slurs ("retard", "paki", "tranny"), derogatory constructions ("bloody
immigrants", "women can't drive", "go back to your own country"), a group said as a whole to be
something derogatory ("immigrants are all scroungers", "old people are a burden", "gays should be
banned"), and bullying ("nobody likes you", "kill yourself", "you're so ugly")
(`lists/discriminatory-language.toml`). From any account, on any surface. Does not fire on naming
a group ("disability access", "our LGBT+ group", "Muslim women's group", "age group", "Race for
Life"), on a group with something neutral or good ("young people are the future", "disabled
people are not a burden"), or on words that are slurs only elsewhere ("faggots and peas",
"Offa's Dyke", "a chink in the armour").

Fires:
    [account=personal] Immigrants are all scroungers
    [account=official] That's so gay lol
    [account=personal] @jess_b nobody likes you, just leave the group
Does not fire:
    [account=official] Step-free disability access at Wellholme Children's Centre
    [account=official] Our LGBT+ group meets every Thursday at the Staying Well hub
    [account=official] Which age group is the Race for Life for? Everyone!
    [account=official] Young people are the future of North Halifax
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule, needs
from .kinds import each_sentence, uses
from .shared import PlainGap, follows

_ADJACENT = PlainGap(0)  # "typical foreigners", not "typical of foreigners"


@uses(
    "discriminatory-language.offensive",
    "discriminatory-language.bullying",
    "discriminatory-language.generalise",
    "discriminatory-language.derogatory",
    *needs(_ADJACENT),
)
def discriminatory_spans(post: Post) -> list[Span]:
    """Every offensive, derogatory or bullying piece of the post, in order."""
    spans = post.spans("discriminatory-language.offensive") + post.spans("discriminatory-language.bullying")
    generalise = post.spans("discriminatory-language.generalise")
    spans += follows(post, generalise, post.spans("discriminatory-language.derogatory"), _ADJACENT)
    return sorted(spans, key=lambda s: s.start)


_MESSAGE = (
    "This could be read as offensive or derogatory about who people are (sex, gender, race, disability, sexual "
    "orientation, age, religion or belief), or as bullying. The policy does not allow discriminatory, bullying or "
    "harassing content, whether on {where} or anywhere else."
)

RULE = Rule(
    id="discriminatory-language",
    severity="error",
    summary="Offensive or derogatory language about who people are, or bullying.",
    run=each_sentence(discriminatory_spans),
    texts={
        "message_official": _MESSAGE.format(where="{org_short}'s channels"),
        "message_personal": _MESSAGE.format(where="a personal account"),
    },
    doc=__doc__ or "",
)
