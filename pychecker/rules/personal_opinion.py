"""personal-opinion: a first-person opinion posted from one of the organisation's channels.

Clause OC-12: "Staff should refrain from offering personal opinions via North Halifax
Partnership's social media accounts, either directly by commenting or indirectly by 'liking',
'sharing' or 'retweeting'. If you are in doubt about North Halifax Partnership's position on a
particular issue, please speak to the marketing team."

Fires on an official account when the text gives a first-person-singular opinion: "I think", "I
reckon", "I genuinely believe", "in my opinion", "personally", "IMO", "ngl", "my two cents",
"unpopular opinion", "I'm not convinced", "I'm all for", "I'd rather see", "if it were up to me",
"am I the only one who thinks", "speaking as a parent myself", a verb that judges or takes a side ("I
strongly condemn", "I applaud", "I guarantee"), disappointment ("I was disappointed"), a vote of one's
own ("I'd vote for", "I'm voting for"), a wish for how a group of people would act ("I wish the
fans would stop ...", not "I wish it would stop raining") (`lists/personal-opinion.toml`). It
does not fire on "we think" (the organisation's voice), on "personally" meaning in person
("personally invited", "our manager will personally call", "I'll come and find you personally"), on
a thank-you ("I'd personally like to thank"), on help given to a customer ("a link that I believe
will help", "I think you need to reset it", "I think you'll love it"), on a guess at a fact ("I
think I left my umbrella", "I think it's closed, but I'll double check"), on words inside quotation
marks, double or single (someone quoted, not the writer's opinion), or on personal accounts, where
opinions are the writer's own business.

Fires:
    [account=official] I think the new opening hours are a big mistake.
    [account=official] IMO this is the best stay and play in Halifax
    [account=official] Personally, I'd skip the new parking scheme.
Does not fire:
    [account=official] We think you'll love our new Tuesday sessions!
    [account=official] What do you think of our new timetable?
    [account=official] “I think the group saved my sanity,” one mum told us (shared with her permission).
    [account=personal] I think the new opening hours are a big mistake.
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import each_sentence, official, uses
from .shared import outside_handles

_QUOTES = frozenset('"“”«»')
# A single quotation mark opens where a word starts after it ("said: 'I think", "‘Personally") and
# closes where one ends before it; an apostrophe inside a word ("we've") or after one ("parents'
# evening") opens nothing.
_SINGLE_OPEN = re.compile(r"‘|(?<![\w'’])['’](?=\w)")
_SINGLE_CLOSE = re.compile(r"’(?!\w)|(?<=[\w.,!?])'(?!\w)")


def quoted(post: Post, span: Span) -> bool:
    """Whether a span sits inside quotation marks opened earlier on its line (double marks by
    their count, single ones by openings not yet closed)."""
    text = post.original
    line_start = text.rfind("\n", 0, span.start) + 1
    if sum(text.count(q, line_start, span.start) for q in _QUOTES) % 2 == 1:
        return True
    # Up to the span's first letter, so that a mark just before it can see the word it opens.
    opens = sum(1 for m in _SINGLE_OPEN.finditer(text, line_start, span.start + 1) if m.start() < span.start)
    return opens > len(_SINGLE_CLOSE.findall(text, line_start, span.start))


@uses("personal-opinion.opinion")
def unquoted_opinions(post: Post) -> list[Span]:
    """First-person opinions, but not those quoted from someone else, nor words in an @handle ("@imo_jo")."""
    return [span for span in outside_handles(post, post.spans("personal-opinion.opinion")) if not quoted(post, span)]


RULE = Rule(
    id="personal-opinion",
    severity="warning",
    summary="A first-person opinion posted from an official channel.",
    run=each_sentence(unquoted_opinions, when=official, outside="personal-opinion.hedge"),
    texts={
        "message": "This reads as a personal opinion. Posts from {org_short}'s channels speak for {org}, and the "
        "policy asks staff not to offer personal opinions there. Put it as {org_short}'s agreed position, or ask "
        "{social_media_team} if you are unsure what that is.",
    },
    doc=__doc__ or "",
)
