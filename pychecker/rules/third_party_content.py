"""third-party-content: partners', participants' or others' content on an official channel, unlabelled.

Clause OC-8: "Staff shouldn't post content about partners or participants without their express
permission. If staff are sharing information about partners, participants or third-party
organisations, this content should be clearly labelled so our audiences know it has not come
directly from North Halifax Partnership."

Fires on an official account when the text carries an identifiable participant's story, words or
photos ("one of our mums", "Sarah's story", "mum of two Jess said", "testimonial", "sent us this
photo") or material reposted from a partner or another organisation or person ("repost", "our
friends at", "sharing this from", "great post from") (`lists/third-party-content.toml`), and
gives no sign of permission ("shared with permission", "kindly agreed to share") or of the source
("shared from", "via", "courtesy of", "photo credit", "RT @..."). For reposted material the fix adds
a "via @handle" label when the post names the source's handle, or a "Shared from …" label to fill
in. Photos of the organisation's own sessions are not third-party content (the policy lets service
photos be shared; children in them are `child-consent`'s business), nor are "our families" in
general, "parents' evening", or anything from a personal account.

Fires:
    [account=official] One of our lovely mums shared her story with us this week 💜
    [account=official] Brilliant post from our friends at @CalderdaleCAB about energy bills, have a read!
    [account=official] “Best group ever, it saved my sanity” said mum of two Jess.
Does not fire:
    [account=official] One of our lovely mums shared her story with us this week (shared with her permission) 💜
    [account=official] Energy bill advice via @CalderdaleCAB, have a read!
    [account=official] Lovely photos from this morning's stay and play at Ash Green Children's Centre
    [account=personal] One of our lovely mums shared her story with us this week 💜
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Fix
from ..post import Post, Span
from .base import Rule

_HANDLE = re.compile(r"(?<![\w@])@(\w{1,30})")


def _source_handle(post: Post) -> str | None:
    """The first @handle in the post that is not one of the organisation's own channels."""
    for match in _HANDLE.finditer(post.original):
        if post.pack.channel(match.group(1)) is None:
            return match.group(0)
    return None


def _label_fix(rule: Rule, post: Post) -> Fix:
    text = post.original
    handle = _source_handle(post)
    if handle:
        sep = "" if not text or text[-1].isspace() else " "
        label = rule.say(post, "fix_via", handle=handle)
        return Fix(label, len(text), len(text), sep + rule.say(post, "via", handle=handle))
    return Fix(rule.say(post, "fix_shared_from"), 0, 0, rule.say(post, "shared_from"))


def _with_name(post: Post, span: Span) -> Span:
    """An "'s story" hit widened to the name before it: "Sarah's story"."""
    start, text = span.start, post.original
    while start > 0 and text[start - 1].isalnum() and span.start - start < 40:
        start -= 1
    return Span(start, span.end, span.sentence)


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if not post.context.official or post.has("third-party-content.label"):
        return
    spans = post.spans("third-party-content.participant")
    if spans:
        yield rule.finding(post, _with_name(post, spans[0]), "participant", clear_by="participant_clear_by")
        return
    spans = post.spans("third-party-content.repost")
    if spans:
        yield rule.finding(post, spans[0], "repost", fix=_label_fix(rule, post))


RULE = Rule(
    id="third-party-content",
    severity="warning",
    summary="Partners', participants' or others' content on an official channel needs permission and a label.",
    run=run,
    lists=("third-party-content.label", "third-party-content.participant", "third-party-content.repost"),
    texts={
        "participant": "This shares a participant's story, words or photos. The policy asks for their express "
        'permission before {org_short} posts about them; once you have it, say so ("shared with permission") so '
        "readers know it is their story, told with their agreement.",
        "participant_clear_by": 'Get their express permission, then say so ("shared with permission").',
        "repost": "This shares material from a partner or another organisation or person. The policy asks for such "
        "content to be clearly labelled, so readers know it has not come directly from {org}.",
        "fix_via": "Label it 'via {handle}'",
        "via": "(via {handle})",
        "fix_shared_from": "Add a 'Shared from' label",
        "shared_from": "Shared from …: ",
    },
    doc=__doc__ or "",
)
