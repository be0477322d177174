"""defamation-risk: accusing an identifiable person or organisation of wrongdoing.

Clause libel: "Libel is when a false written statement that is damaging to a person's reputation
is published online or in print. Whether staff are posting content on social media as part of
their job or in a personal capacity, they should not bring North Halifax Partnership into
disrepute by making defamatory comments about individuals or other organisations or groups."

Fires on an accusation said as a claim about someone ("is a fraud", "are crooks", "stole",
"took bribes", "lining their pockets", "should be locked up"; `lists/defamation-risk.toml`) when
the sentence names who it is about before the claim: an @handle, a capitalised name ("John
Smith", "Tesco"), or a role or organisation ("the council", "my landlord", "Mr", "Ltd"). Does not
fire on wrongdoing as a topic ("fraud awareness", "scam calls"), on victims ("Mum was scammed"),
on an unnamed doer ("someone stole my bike"), on titles ("The Boy Who Stole Christmas"), on
idioms ("stole the show", "is a steal"), or on accusations against the organisation itself or
the writer's own workplace: those are `whistleblowing`'s.

Fires:
    [account=personal] Calderdale Council are a bunch of crooks
    [account=personal] @JoeBloggsBuilds ripped us off and should be locked up
    [account=official] Our landlord has been fiddling the books for years.
Does not fire:
    [account=official] Fraud awareness session at Staying Well: how to spot scam calls
    [account=personal] Someone stole my bike outside the gym today
    [account=official] Little Maisie stole the show at the nativity!
    [account=personal] NHP are a bunch of crooks
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule
from .shared import NAMED_LISTS, named_spans, shouting


def _target(post: Post, accusation: Span, targets: list[Span], ends: list[int]) -> Span | None:
    """The nearest thing named before the accusation in its sentence (all of a name of several
    words: "Tesco Express", "Cllr Smith"), or else an @handle anywhere in the sentence.
    `targets` are sorted by end; `ends` are their ends."""
    k = bisect.bisect_right(ends, accusation.start) - 1
    if k >= 0 and targets[k].sentence == accusation.sentence:
        nearest = targets[k]
        while k > 0 and targets[k - 1].sentence == accusation.sentence:
            gap = post.original[targets[k - 1].end : nearest.start]
            if gap.strip() or targets[k - 1].end > nearest.start:
                break
            k -= 1
            nearest = Span(targets[k].start, nearest.end, nearest.sentence)
        return nearest
    for index in range(k + 1, len(targets)):
        target = targets[index]
        if target.sentence > accusation.sentence:
            break
        if target.sentence == accusation.sentence and post.original[target.start : target.start + 1] == "@":
            return target
    return None


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    accusations = post.spans("defamation-risk.accusation")
    if not accusations:
        return
    own = post.sentences("org.mention", "whistleblowing.workplace")
    wanted = {s.sentence for s in accusations} - own
    if not wanted:
        return
    targets = sorted(named_spans(post, wanted) + post.spans("defamation-risk.target"), key=lambda t: (t.end, t.start))
    ends = [t.end for t in targets]
    loud: bool | None = None
    seen: set[int] = set()
    for accusation in accusations:
        if accusation.sentence in seen or accusation.sentence in own:
            continue
        if post.original[accusation.start].isupper():
            if loud is None:
                loud = shouting(post.original)
            if not loud:
                continue  # a title ("The Thief Who Stole Christmas"), not a claim
        target = _target(post, accusation, targets, ends)
        if target is None:
            continue
        seen.add(accusation.sentence)
        start, end = min(target.start, accusation.start), max(target.end, accusation.end)
        yield rule.finding(post, Span(start, end, accusation.sentence))


RULE = Rule(
    id="defamation-risk",
    severity="warning",
    summary="Accusing an identifiable person or organisation of wrongdoing risks libel.",
    run=run,
    lists=("defamation-risk.accusation", "defamation-risk.target", "whistleblowing.workplace", *NAMED_LISTS),
    texts={
        "message": "This accuses someone who can be identified of wrongdoing. If it can't be proved it may be "
        "libel, and the policy asks staff not to make defamatory comments about people or organisations, which "
        "could bring {org} into disrepute. Stick to what you know and can show, or report concerns through the "
        "proper route.",
    },
    doc=__doc__ or "",
)
