"""political: party-political content, from an official channel or tied to the organisation.

Clause OC-16: "North Halifax Partnership is not a political organisation and does not hold a
view on party politics or have any affiliation with or links to political parties."
Clause PA-7: "... When representing North Halifax Partnership, staff are expected to hold North
Halifax Partnership's position of neutrality. Staff who are politically active in their spare
time need to be clear in separating their personal political identity from North Halifax
Partnership ..."

Fires on a party named as a party ("the Tories", "Labour's plan", "Reform UK"), on telling people
how to vote ("vote Green", "#ToriesOut", "vote tactically"), and on a politician in a party role
(a named politician with praise, blame, backing or election talk in the same sentence). Party
names that are also ordinary words count only as written, and not in phrases like "labour ward"
(`lists/political.toml`). From an official account it is an error; from a personal account it
fires only when the post also mentions the organisation, as a warning.

Fires:
    [account=official] Vote Labour on Thursday!
    [account=personal] Great to see the Tories finally funding Sure Start children's centres
    [account=official] Keir Starmer must go.
Does not fire:
    [account=official] Our antenatal group covers the signs of labour and what to pack for the labour ward.
    [account=official] Vote for your favourite cake at the Wellholme Children's Centre bake-off!
    [account=personal] Vote Labour on Thursday!
    [account=official] Thank you to Kate Dearden MP for visiting Kevin Pearce Children's Centre today.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule, finding, one_per_sentence

_SIGNALS = ("political.party", "political.party-capitalised", "political.vote-directive")


def political_spans(post: Post) -> list[Span]:
    """Every party-political piece of the post, in order."""
    spans = [span for name in _SIGNALS for span in post.spans(name)]
    charged = post.sentences(*_SIGNALS, "political.stance")
    spans += [span for span in post.spans("political.politician") if span.sentence in charged]
    return sorted(spans, key=lambda s: s.start)


def check(post: Post) -> Iterator[Finding]:
    official = post.context.official
    if not official and not post.org_mentions:
        return
    pack = post.pack
    if official:
        message = (
            f"{pack.organisation} is not a political organisation and holds no view on party politics. "
            f"Posts from its channels must stay neutral: no backing or attacking parties or candidates, "
            f"and no telling people how to vote."
        )
    else:
        message = (
            f"This ties {pack.short_name} to party politics. Staff must keep their own political views "
            f"separate from {pack.short_name}: leave {pack.short_name} out of this post, or the politics."
        )
    for span in one_per_sentence(political_spans(post)):
        yield finding(RULE, post, span, message, severity="error" if official else "warning")


RULE = Rule(
    id="political",
    clauses=("OC-16", "PA-7"),
    severity="error",
    summary="Party-political content from an official channel, or tied to the organisation.",
    check=check,
    doc=__doc__ or "",
)
