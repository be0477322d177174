"""respectful-tone: insults, name-calling, hostile or aggressive language toward people.

Clause PA-10: "Think about your reputation as well as the charity's. Express your opinions and
deal with differences of opinion respectfully. Don't insult people or treat them badly. Disputes
that arise over social media should be passed directly to the marketing manager where they will
be taken offline to be followed up over email. Be polite and the first to correct your own
mistakes."

Fires on strong insults and hostile phrases on their own ("idiots", "scumbag", "shut up", "do
one", "watch your back"), and on milder words only when aimed at someone: a name ("clown",
"muppet", "loser") up to two words after "you're a", "what a", "bunch of", "he's a"..., or a
description ("stupid", "useless", "pathetic") right after "you're", "they are", "you're so"...
(`lists/respectful-tone.toml`). Does not fire on the same words about things or said of oneself
("I'm such an idiot", "what a joke this weather is", "the printer is useless"), on "jerk
chicken", a clown at a party, or "grow up" about children. From any account, on any surface.

Fires:
    [account=personal] You're an absolute muppet mate
    [surface=reply account=official] Shut up and read the post properly
    [account=personal] The people running that group are a bunch of clowns
Does not fire:
    [account=personal] I'm such an idiot, left my keys at the Staying Well cafe 😂
    [account=official] Jerk chicken and rice at our community lunch on Friday!
    [account=official] Watch them grow up so fast at Stay and Play
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule, needs
from .kinds import each_sentence, uses
from .shared import PlainGap, follows

_AFTER_LEAD = PlainGap(2)  # "you absolute idiot"
_AFTER_LEAD_ADJECTIVE = PlainGap(1)  # "you're so pathetic"


@uses(
    "respectful-tone.strong",
    "respectful-tone.lead",
    "respectful-tone.noun",
    "respectful-tone.lead-adj",
    "respectful-tone.adjective",
    *needs(_AFTER_LEAD),
)
def tone_spans(post: Post) -> list[Span]:
    """Every insulting or hostile piece of the post, in order."""
    spans = post.spans("respectful-tone.strong")
    lead, lead_adjective = post.spans("respectful-tone.lead"), post.spans("respectful-tone.lead-adj")
    spans += follows(post, lead, post.spans("respectful-tone.noun"), _AFTER_LEAD)
    spans += follows(post, lead_adjective, post.spans("respectful-tone.adjective"), _AFTER_LEAD_ADJECTIVE)
    return sorted(spans, key=lambda s: s.start)


RULE = Rule(
    id="respectful-tone",
    severity="warning",
    summary="Insults, name-calling or hostile language toward people.",
    run=each_sentence(tone_spans),
    texts={
        "message": "This could read as insulting or hostile. The policy asks everyone to deal with differences of "
        "opinion respectfully and not to insult people or treat them badly. Say what you disagree with and why; if "
        "it has become a dispute, pass it to {social_media_manager} to take offline.",
    },
    doc=__doc__ or "",
)
