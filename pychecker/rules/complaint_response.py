"""complaint-response: an official channel replying to a complaint.

Clause OC-17: "If a complaint is made on North Halifax Partnership's social media channels, staff
should seek advice from the marketing manager before responding. If they are not available, then
staff should speak to the Chief Executive."
Clause OC-18 (for the why): "The nature of social media means that complaints are visible and can
escalate quickly."

Fires on an official account when the draft is a reply (`surface` = reply) that handles a
complaint: an apology for the service ("so sorry to hear about your experience", "we apologise
for the delay", "apologies for any inconvenience"), complaint handling ("we'll look into this",
"our complaints procedure", "we've passed your comments on") (`lists/complaint-response.toml`).
It does not fire on new posts or direct messages, on personal accounts, on sympathy ("sorry to
hear you're poorly"), on "no complaints", or on a reply about someone's safety (a safeguarding
worry is not a complaint: that is `safeguarding-concern`'s business).

Fires:
    [account=official surface=reply] So sorry to hear about your experience at the centre, we'll look into this.
    [account=official surface=reply] Apologies for the confusion over Tuesday's session times.
Does not fire:
    [account=official surface=post] We apologise for the delay in reopening the centre after the flood.
    [account=official surface=reply] So sorry to hear you're poorly! Hope to see you next week x
    [account=official surface=reply] Sorry to hear you're worried about a child's safety: please call 999.
    [account=personal surface=reply] So sorry to hear about your experience at the centre.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post
from .base import Rule, finding


def check(post: Post) -> Iterator[Finding]:
    ctx = post.context
    if not ctx.official or ctx.surface != "reply" or post.has("complaint-response.safety"):
        return
    spans = post.spans("complaint-response.complaint")
    if not spans:
        return
    pack = post.pack
    yield finding(
        RULE,
        post,
        spans[0],
        f"This reply seems to answer a complaint. Complaints on {pack.short_name}'s channels are public and can "
        f"escalate quickly, so the policy asks staff to get advice from the marketing manager (or, if they are "
        f"not available, the Chief Executive) before responding.",
    )


RULE = Rule(
    id="complaint-response",
    clauses=("OC-17",),
    severity="warning",
    summary="Replying to a complaint from an official channel: get the marketing manager's advice first.",
    check=check,
    doc=__doc__ or "",
)
