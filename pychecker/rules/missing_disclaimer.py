"""missing-disclaimer: a personal post about the organisation that does not say the views are the writer's own.

Clause PA-1: "If you are using your personal social media accounts to promote and talk about
North Halifax Partnership's work, you must use a disclaimer such as: 'The views expressed on this
site are my own and don't necessarily represent North Halifax Partnership's positions, policies
or opinions.'"

Fires when the account is personal, the text mentions the organisation (its names, handles,
hashtags, named services or centres, as people name them: "Staying Well" written as the name, "at
Creations", "the Ash Green stay and play", "the Sure Start centres"; see `lists/org.toml`; the
name is underlined, not the words before it), the text carries no own-views
disclaimer and the person's profile does not carry one either (`disclaimer_in_profile`). A
disclaimer is recognised in the many ways people write one, forgiving a typo
(`lists/disclaimer.toml`): "views my own", "all opinions mine", "tweets are my own", "views mine
not my employer's", "opinions expressed here are my own", "(own views)", "RTs ≠ endorsements",
"#viewsmyown", "posting in a personal capacity"; "my views on ..." is not one. The fix appends the
policy's disclaimer, or its short form where the long one would take the post past the platform's
length limit.

Fires:
    [account=personal] Such a lovely stay and play at Kevin Pearce Children's Centre this morning!
    [account=personal platform=twitter] Proud to work for @NhxPartnership
    [account=personal] Two years volunteering with Staying Well this month!
    [account=personal] Back at Creations tomorrow after half term
Does not fire:
    [account=personal] Such a lovely stay and play at Kevin Pearce Children's Centre this morning! Views my own.
    [account=personal] Loving the new NHP hub. Views mine not my employer's
    [account=personal disclaimer_in_profile=true] Proud to work for @NhxPartnership
    [account=personal] Lovely walk up at Illingworth this morning.
    [account=personal] Hope you're all staying well this winter.
    [account=official] Stay and play at Kevin Pearce Children's Centre, Tuesdays 10am.
"""

from __future__ import annotations

from ..findings import Fix
from ..post import Post, Span
from ..post_length import fits
from .base import Rule
from .kinds import first_hit, personal, uses


def no_disclaimer_in_profile(post: Post) -> bool:
    return not post.context.disclaimer_in_profile


def disclaimer_fix(rule: Rule, post: Post, span: Span) -> Fix:
    """The pack's disclaimer at the end of the post; its short form where the long one would not fit."""
    text = post.original
    end = len(text)
    long_form = ("" if not text or text.endswith("\n") else "\n\n") + post.pack.disclaimer
    if fits(text + long_form, post.context.platform, post.pack.limits):
        return Fix(rule.say(post, "fix"), end, end, long_form)
    short_form = ("" if not text or text[-1].isspace() else " ") + post.pack.disclaimer_short
    return Fix(rule.say(post, "fix_short"), end, end, short_form)


@uses("org.mention", "org.lead")
def org_names(post: Post) -> list[Span]:
    """The post's org mentions, each less the words a mention may need before the name but that are
    not the name ("at Creations", "volunteering with Staying Well": `org.lead`), so that the name is
    what is underlined."""
    spans = post.org_mentions
    if not spans:
        return spans
    lead = post.word_set("org.lead")
    text = post.original
    found = []
    for span in spans:
        start = span.start
        gap = text.find(" ", start, span.end)
        while gap != -1 and text[start:gap].lower().replace("'", "") in lead:
            start = gap + 1
            gap = text.find(" ", start, span.end)
        found.append(span._replace(start=start) if start != span.start else span)
    return sorted(found, key=lambda span: (span.start, -span.end))  # the whole name where two begin alike


RULE = Rule(
    id="missing-disclaimer",
    severity="warning",
    summary="A personal post about the organisation needs an own-views disclaimer.",
    run=first_hit(
        org_names, when=(personal, no_disclaimer_in_profile), unless="disclaimer.own-views", fix=disclaimer_fix
    ),
    texts={
        "message": "You're posting about {org_short} from a personal account without saying these are your own "
        "views. The policy asks personal posts about {org_short}'s work to carry a disclaimer, so nobody takes them "
        "for {org}'s position.",
        "fix": "Add disclaimer",
        "fix_short": "Add short disclaimer",
    },
    doc=__doc__ or "",
)
