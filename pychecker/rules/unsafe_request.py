"""unsafe-request: asking the audience to take risks to supply material.

Clause OC-13: "It is vital that North Halifax Partnership does not encourage others to risk
their personal safety or that of others, to gather materials. For example, a video of a stunt."

Fires when the post asks people for material or to take part ("send us", "show us", "film
yourself", "best video wins", "I dare you") and names a risky act ("stunt", "jump off the
bridge", "on the roof", "railway line", "frozen lake"; `lists/unsafe-request.toml`), or names a
known dangerous challenge ("blackout challenge"). Safety advice that names the same acts ("never
play on railway lines", "stay off the frozen canal"), asking for ordinary photos, and everyday
challenges ("reading challenge", "plank challenge") do not fire. Any account.

Fires:
    [account=official] Send us a video of your best stunt to win a family day pass!
    [account=personal] I dare you to film yourself jumping off the canal bridge #NHPchallenge
    [account=official] Who's doing the blackout challenge? Tag us!
Does not fire:
    [account=official] Stay off the frozen canal this winter: the ice is thinner than it looks.
    [account=official] Send us your photos from the summer fun day!
    [account=official] Take part in our summer reading challenge at Wellholme Children's Centre
    [account=official] Our photographer will shoot the family portraits from 10am
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule, finding


def check(post: Post) -> Iterator[Finding]:
    named = post.spans("unsafe-request.named-challenge")
    requests = post.spans("unsafe-request.request")
    warnings = post.spans("unsafe-request.safety")
    risky = [s for s in post.spans("unsafe-request.risky") if requests and not _advice(s, warnings, requests)]
    spans = named + risky
    if not spans:
        return
    pack = post.pack
    yield finding(
        RULE,
        post,
        min(spans, key=lambda s: s.start),
        f"This asks people to do something risky to get a photo or video. {pack.short_name}'s policy says it "
        f"must never encourage anyone to risk their own or others' safety to supply material (a video of a "
        f"stunt, for example). Ask for something that can be filmed safely instead.",
    )


def _advice(risky: Span, warnings: list[Span], requests: list[Span]) -> bool:
    """A risky act warned against: after "never", "stay off" ... in its sentence, no request between.
    Only the last warning before the act needs testing: any request after an earlier one but before
    the act either comes after the last warning too, or the earlier warning was not the nearest."""
    i = bisect.bisect_left(warnings, risky.start, key=lambda s: s.start) - 1
    if i < 0 or warnings[i].sentence != risky.sentence:
        return False
    j = bisect.bisect_left(requests, warnings[i].end, key=lambda s: s.start)
    return j == len(requests) or requests[j].start >= risky.start


RULE = Rule(
    id="unsafe-request",
    clauses=("OC-13",),
    severity="warning",
    summary="Asking people to take risks (stunts, dares, dangerous challenges) to supply material.",
    check=check,
    doc=__doc__ or "",
)
