"""complaint-response: an official channel replying to a complaint.

Clause OC-17: "If a complaint is made on North Halifax Partnership's social media channels, staff
should seek advice from the marketing manager before responding. If they are not available, then
staff should speak to the Chief Executive."
Clause OC-18 (for the why): "The nature of social media means that complaints are visible and can
escalate quickly."

Fires on an official account when the draft is a reply (`surface` = reply) that handles a
complaint (`lists/complaint-response.toml`): it apologises for the service ("so sorry to hear
about your experience", "apologies for the mix-up", "sorry you weren't told"), owns a failure
("that's not good enough", "we dropped the ball", "that shouldn't have happened", "we hold our hands
up", "not our finest hour"), thanks someone for flagging a problem or hands it to a manager ("the
centre manager will be in touch"), acknowledges
frustration ("I understand how frustrating this is", "we hear you", "we see where you're coming
from", "queues are no fun, we're here to help"), points to the complaints
procedure or offers redress; or it promises to act ("we'll look into it", "I've passed your
comments on", "we'll put it right") on a problem the reply names ("your concern", "the delay",
"not happy", "sorry"). It does not fire on new posts or direct messages, on personal accounts, on
a support reply with no complaint in it ("DM us so we can look into this"), on sympathy ("sorry to
hear you're poorly", "sorry for your loss"), on "sorry, we're closed on Mondays", on "no
complaints", or on a reply about someone's safety (a safeguarding worry is not a complaint: that
is `safeguarding-concern`'s business).

Fires:
    [account=official surface=reply] So sorry to hear about your experience at the centre, we'll look into this.
    [account=official surface=reply] Apologies for the confusion over Tuesday's session times.
    [account=official surface=reply] That's not the experience we want anyone to have. Can you DM us?
    [account=official surface=reply] Thanks for raising your concern, the centre manager will be in touch.
Does not fire:
    [account=official surface=post] We apologise for the delay in reopening the centre after the flood.
    [account=official surface=reply] So sorry to hear you're poorly! Hope to see you next week x
    [account=official surface=reply] Send us a DM so we can look into this together.
    [account=official surface=reply] Sorry to hear you're worried about a child's safety: please call 999.
    [account=personal surface=reply] So sorry to hear about your experience at the centre.
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, joined, official, replying, uses

# Promising to act ("we'll look into it") counts only when the reply names a problem.
_HANDLED = confirmed("complaint-response.handling", by="complaint-response.problem", within="post")
# "So sorry about your experience", "I understand how frustrating": two short lists joined.
_APOLOGY = joined("complaint-response.apology", "complaint-response.bad", gap=4)
# "Sorry the toys in the soft play room weren't clean enough": what went wrong, said further on.
_WENT_WRONG = joined("complaint-response.apology", "complaint-response.went-wrong", gap=8)
_KNOWING = joined("complaint-response.know", "complaint-response.feel", gap=4)
# Empathy in everyday wording: how the trouble sounds, said back ("that sounds so frustrating", "sounds
# like a nightmare", "how annoying"); sympathy for a hard day or an illness is left out.
_SOUNDS = joined("complaint-response.sounds", "complaint-response.hard", gap=3)
# "Dropped calls are no fun, our team is here to help": trouble owned and help offered.
_TROUBLE = confirmed("complaint-response.trouble", by="complaint-response.help", within="post")


@uses("complaint-response.complaint", "complaint-response.apology", "complaint-response.sympathy")
def handled(post: Post) -> list[Span]:
    """A complaint handled (apology, owning a failure, …) in a sentence that is not sympathy ("sorry to
    hear you're poorly", "sad to hear the screen is cracked": an apology or regret and a word of
    sympathy in one sentence)."""
    sounds = _SOUNDS(post)
    found = (
        post.spans("complaint-response.complaint")
        + sounds
        + [span for find in (_APOLOGY, _WENT_WRONG, _KNOWING, _HANDLED, _TROUBLE) for span in find(post)]
    )
    if not found:
        return []
    kind = post.sentences("complaint-response.sympathy")
    if kind:
        kind &= post.sentences("complaint-response.apology", "complaint-response.complaint") | {
            s.sentence for s in sounds
        }
        found = [s for s in found if s.sentence not in kind]
    return sorted(found, key=lambda s: s.start)


RULE = Rule(
    id="complaint-response",
    severity="warning",
    summary="Replying to a complaint from an official channel: get {social_media_manager}'s advice first.",
    run=first_hit(
        handled,
        when=(official, replying),
        unless="complaint-response.safety",
    ),
    lists=(*_APOLOGY.lists, *_WENT_WRONG.lists, *_KNOWING.lists, *_SOUNDS.lists, *_HANDLED.lists, *_TROUBLE.lists),
    texts={
        "message": "This reply seems to answer a complaint. Complaints on {org_short}'s channels are public and can "
        "escalate quickly, so the policy asks staff to get advice from {social_media_manager} (or, if they are not "
        "available, {chief_executive}) before responding.",
    },
    doc=__doc__ or "",
)
