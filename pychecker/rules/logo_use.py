"""logo-use: the organisation's logo or trademarks used from a personal account.

Clause PA-8: "Team members should never use North Halifax Partnership's logos or trademarks unless
approved to do so. Permission to use logos should be requested from the marketing team."

Fires on a personal account when the text speaks of a logo, trademark or branding in the same
sentence as the organisation or one of its services or centres ("made a banner with the NHP
logo", "the Sure Start logo"; `lists/logo-use.toml`), or when an attached file's name says it is
a logo of the organisation, a centre or a service ("creations-cc-logo.png", "NHP_logo.jpg",
"nhplogo.png"). Any other logo file ("bakery-logo.png") does not count. Official accounts use
their own logos and do not fire; nor does a post that says the use was approved by the marketing
team, or that permission was asked for ("asked the marketing team", "can I use the NHP logo?");
nor talk of a logo competition.

Fires:
    [account=personal] Made our team shirts with the NHP logo on!
    [account=personal media=image:creations-cc-logo.png] Come and join us at the summer fair
    [account=personal] Used the Sure Start logo on my flyer for the bake sale
Does not fire:
    [account=official media=image:creations-cc-logo.png] Come and join us at the summer fair
    [account=personal media=image:bakery-logo.png] My new logo for the cake business!
    [account=personal] Designed a new logo for my friend's dog grooming business
    [account=personal] Flyer with the NHP logo, approved by the marketing team
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post
from ..text import Text
from .base import Rule

_NAME_BREAKS = re.compile(r"[_\-.+]+|(?<=[a-z])(?=[A-Z])")  # "StayingWell_logo.png" -> "Staying Well logo png"


def logo_files(post: Post) -> list[str]:
    """Names of attachments named as a logo of the organisation, one of its centres or services:
    read as words ("StayingWell_logo.png" -> "Staying Well logo png"), or run together
    ("nhplogo.png", "illingworthcc_logo.jpg": a name of `logo-use.file-brand` inside it)."""
    named = []
    brands = post.word_set("logo-use.file-brand")
    for media in post.context.media:
        hits = post.pack.lexicon.scan(Text(_NAME_BREAKS.sub(" ", media.name)))
        compact = "".join(c for c in media.name.lower() if c.isalnum())
        if (hits.get("logo-use.logo") or "logo" in compact) and (
            hits.get("org.mention") or hits.get("logo-use.brand") or any(brand in compact for brand in brands)
        ):
            named.append(media.name)
    return named


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if post.context.official or post.has("logo-use.approved"):
        return
    brand = post.sentences("org.mention", "logo-use.brand")
    in_text = [span for span in post.spans("logo-use.logo") if span.sentence in brand]
    files = logo_files(post)
    if not in_text and not files:
        return
    what = rule.say(post, "what_file", file=repr(files[0])) if files and not in_text else rule.say(post, "what_logo")
    yield rule.finding(post, in_text[0] if in_text else post.whole, what=what)


RULE = Rule(
    id="logo-use",
    severity="warning",
    summary="A personal account using the organisation's logos or trademarks without approval.",
    run=run,
    lists=("logo-use.logo", "logo-use.brand", "logo-use.file-brand", "logo-use.approved", "org.mention"),
    texts={
        "message": "This uses {what} from a personal account. {org_short}'s policy says staff use its logos and "
        "trademarks only once approved: ask {social_media_team} for permission first.",
        "what_file": "the logo file {file}",
        "what_logo": "{org_short}'s logo or trademarks",
    },
    doc=__doc__ or "",
)
