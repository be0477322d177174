"""unsafe-request: asking the audience to take risks to supply material.

Clause OC-13: "It is vital that North Halifax Partnership does not encourage others to risk
their personal safety or that of others, to gather materials. For example, a video of a stunt."

Fires when the post asks people for material or to take part ("send us", "show us", "film yourself",
"get a selfie", "best video wins", "who's brave enough…?", "bet you can't", "I dare you", "pics or
it didn't happen", "whoever films the best … gets a shout-out", "we need someone to", "any takers?",
"prove me wrong") and names a risky act
(`lists/unsafe-request.toml`): heights ("on the roof", "top of the mill chimney", "up the
scaffolding", "edge of the quarry"), water ("swim across the reservoir", "jump off the weir",
"frozen lake"), traffic ("railway line", "across the dual carriageway", "hanging off the back of the
bus"), fire ("as close as you can to the bonfire", "a lit sparkler in your mouth"), speed and stunts
("without brakes", "steepest street", "best crash", "most daring"), trespass ("into the old mill"),
climbing what is not made to be climbed ("climb the railings", "scale the scaffolding"), a little
one put somewhere high ("standing on the kitchen worktop"), eating or drinking to dare ("a whole
ghost chilli", "a spoonful of cinnamon"), riding what is not made to be ridden ("a shopping trolley
ride down the hill"), cold water in the open ("a cold water dip in the Calder"), the middle of a
road, a moving train, a car's stunts or a phone at the wheel ("from the driver's seat"), over a fence
into a closed site; or names a known dangerous challenge ("blackout challenge", "cinnamon
challenge") other than to warn about it ("the blackout challenge is dangerous"); egging on ("the
closer the better", "as high as you dare") asks too. Safety advice that names the same acts ("never
play on railway lines", "stay off the frozen canal"), asking for ordinary photos, everyday
challenges ("reading challenge", "5k challenge", "tallest tower of blocks") and someone else's stunt
told as news do not fire. Any account.

Fires:
    [account=official] Send us a video of your best stunt to win a family day pass!
    [account=personal] I dare you to film yourself jumping off the canal bridge #NHPchallenge
    [account=official] Who's doing the blackout challenge? Tag us!
    [account=official] Get as close as you can to the bonfire and send us your pics
Does not fire:
    [account=official] Stay off the frozen canal this winter: the ice is thinner than it looks.
    [account=official] Send us your photos from the summer fun day!
    [account=official] Take part in our summer reading challenge at Wellholme Children's Centre
    [account=official] Our photographer will shoot the family portraits from 10am
    [account=official] Have fun at the bonfire tonight and stay a safe distance away
"""

from __future__ import annotations

import bisect

from ..post import Post, Span
from .base import Rule
from .kinds import first_hit, uses


def _advice(risky: Span, warnings: list[Span], requests: list[Span]) -> bool:
    """A risky act warned against: after "never", "stay off" ... in its sentence, no request between.
    Only the last warning before the act needs testing: any request after an earlier one but before
    the act either comes after the last warning too, or the earlier warning was not the nearest."""
    i = bisect.bisect_left(warnings, risky.start, key=lambda s: s.start) - 1
    if i < 0 or warnings[i].sentence != risky.sentence:
        return False
    j = bisect.bisect_left(requests, warnings[i].end, key=lambda s: s.start)
    return j == len(requests) or requests[j].start >= risky.start


@uses(
    "unsafe-request.named-challenge",
    "unsafe-request.challenge-warning",
    "unsafe-request.request",
    "unsafe-request.egging",
    "unsafe-request.safety",
    "unsafe-request.risky",
)
def risky_asks(post: Post) -> list[Span]:
    """Dangerous challenges by name (not warned against), and risky acts in a post that asks for material
    or eggs people on ("the closer the better"), not warned against."""
    named = post.spans("unsafe-request.named-challenge")
    requests = post.spans("unsafe-request.request") + post.spans("unsafe-request.egging")
    if named:  # a challenge's name is not a request in itself: it is judged on its own, warned about or not
        requests = [r for r in requests if not any(n.start <= r.start and r.end <= n.end for n in named)]
        warned = post.sentences("unsafe-request.challenge-warning")
        named = [s for s in named if s.sentence not in warned]
    requests.sort(key=lambda s: s.start)
    warnings = post.spans("unsafe-request.safety")
    risky = [s for s in post.spans("unsafe-request.risky") if requests and not _advice(s, warnings, requests)]
    return sorted(named + risky, key=lambda s: s.start)


RULE = Rule(
    id="unsafe-request",
    severity="warning",
    summary="Asking people to take risks (stunts, dares, dangerous challenges) to supply material.",
    run=first_hit(risky_asks),
    texts={
        "message": "This asks people to do something risky to get a photo or video. {org_short}'s policy says it "
        "must never encourage anyone to risk their own or others' safety to supply material (a video of a stunt, "
        "for example). Ask for something that can be filmed safely instead.",
    },
    doc=__doc__ or "",
)
