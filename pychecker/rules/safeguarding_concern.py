"""safeguarding-concern: a child or vulnerable person at risk, raised on social media.

Clause OC-18: "Sometimes issues can arise on social media which can escalate into a crisis
situation because they are sensitive or risk serious damage to the charity's reputation.
Examples might include: Safeguarding concerns."
Clause protection: "... if a staff member considers that a person/people is/are at risk of
harm, they should report this to the marketing manager immediately."
Clause under-18s: "... Please speak to the safeguarding lead and marketing team if you encounter
any issues."

Fires when the post reports that someone may be at risk (`lists/safeguarding-concern.toml`): a
concern said outright ("a safeguarding concern", "not safe at home", "being groomed", "her stepdad
hits her", "left home alone", "self-harming", "an older man messaging my niece", "takes her
pension"); serious harm (abuse, neglect, bruises, hitting, drunk) in a sentence that names a child
(any child word or an age under 18) or a vulnerable adult; worry ("I'm worried about…", "something's
not right", "what do I do?"; not "one more thing to worry about") about someone at risk in a post
that also gives a sign (crying, hungry, no coat, on their own, scared); a stranger reaching out to a
child ("some bloke offering the kids lifts", "messages off a 30 year old man"); sexual content
beside a child's age; someone else thinking of ending their life (in a post about advice or a
service only when it replies to someone who raised it); two different signs of neglect in a sentence
naming a child ("out till midnight, no coat, no tea"); safeguarding reports ignored or covered up;
an older or vulnerable person taken in at the door or over money ("posing as", "conned"), and one of
a service's own members not seen or not eating; someone at home losing their temper, told of a child ("his step dad
goes mad when he gets in late", "daddy hurts mummy"); someone not seen, by two signs ("hasn't answered her door,
curtains still shut"); what to do, asked or done ("Who do you even tell?", "handed it to the DSL"), in a post with a
sentence naming someone at risk and a sign; in a reply, the worry passed to the safeguarding lead ("our
safeguarding lead is following this up"); casework a front-line worker names ("rang the LADO",
"a CP referral", "he's being cuckooed", "missing from care"; not in a post about training or a
service). A concern said outright in a sentence of advice ("if you're worried a child is being
neglected, call …") counts only in a reply. Harm and worry do not count in a post about training,
awareness, advice or a service ("safeguarding training", "spot the signs of neglect", "if you're
worried about a child, call…"), nor a death that has happened ("committed suicide last year": grief,
no one at risk now), nor bumps and scrapes ("bruised her knee at football"), idioms ("hit by the
storm", "I'm starving"), hunger or going missing said of oneself ("nothing to eat", "my keys went
missing"), wanting to die denied or being suicidal supposed ("I don't want to die young", "what if I
was suicidal?"), an adult worker exploited by an employer ("I was being exploited" on minimum wage),
animals ("dog grooming", "the cat thinks she's being abused", "mothers exploited on dairy farms"),
things ("my phone is being neglected"), places ("neglected garden"), jokes ("want to die lol") or a
child afraid of the dark, getting hurt as a possibility ("no video is worth getting hurt for"), or
the organisation's youth team or youth workers (staff, not young people). Any account, any surface:
a reply to someone worried about a child's safety is this rule's business, not a complaint. The
finding asks the writer to take it off social media and to the people the policy names; it does not
ask them to say less. Where the lists find nothing, a post that a small model trained on the
contract's labels scores as a concern (`pychecker/learned.py`) fires on the words that weigh most.

Fires:
    [account=official surface=reply] Thanks for telling us you're worried the little boy next door is being hit.
    [account=personal] Pretty sure the kids at number 4 are left home alone every night
    [account=personal] The little lad next door is always crying and has no coat, I'm worried something's not right
    [account=personal] My friend's 15 yr old is going out with a 24 year old man
Does not fire:
    [account=official] Our staff completed their safeguarding training this week.
    [account=official] Spot the signs of neglect: free workshop for parents on Tuesday.
    [account=personal] Dog grooming appointments available this Saturday
    [account=personal] My little one fell off the slide and bruised her knee, she's fine now
    [account=personal] My son is worried about starting school in September
"""

from __future__ import annotations

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, else_learned, first_hit, hits, in_own_words, joined, replying, uses

# Harm and worry count only about someone at risk, and not in a post about training, advice or a
# service ("if you're worried about a child, call …").
_NOT_A_CASE = "safeguarding-concern.not-a-case"
_PET = "safeguarding-concern.pet"  # a sentence about animals ("mothers are exploited for their calves")
_HARM = confirmed("safeguarding-concern.harm", by="safeguarding-concern.at-risk", unless=_NOT_A_CASE, outside=_PET)
# Someone doing harm to a child ("hits the kids", "smacking that baby").
_AFRAID = joined("safeguarding-concern.afraid", "safeguarding-concern.family", gap=2)  # "scared of his dad"
_DOING = joined("safeguarding-concern.doing", "safeguarding-concern.small", gap=1, unless=_NOT_A_CASE)
_CASEWORK = hits("safeguarding-concern.casework", unless=_NOT_A_CASE)  # "rang the LADO", "a CP referral"
_SEXUAL = confirmed("safeguarding-concern.sexual", by="safeguarding-concern.at-risk", within="post")


@uses(
    "safeguarding-concern.concern",
    _PET,
    "safeguarding-concern.joking",
    "safeguarding-concern.at-risk",
    "safeguarding-concern.advice",
)
def concerns(post: Post) -> list[Span]:
    """A concern said outright, except in a sentence about a pet ("the cat thinks she's being abused") or in a
    post that jokes ("lol"), when the sentence names no one at risk, and in a sentence of advice ("if you're
    worried a child is being neglected, call …") unless it replies to someone."""
    spans = post.spans("safeguarding-concern.concern")
    if not spans:
        return spans
    if post.context.surface != "reply" and post.has("safeguarding-concern.advice"):
        advice = post.sentences("safeguarding-concern.advice")
        spans = [s for s in spans if s.sentence not in advice]
    aside = post.sentences(_PET)
    if post.has("safeguarding-concern.joking"):
        aside = {s.sentence for s in spans}
    if aside:
        aside -= post.sentences("safeguarding-concern.at-risk")
    return [s for s in spans if s.sentence not in aside]


@uses("safeguarding-concern.stranger", "safeguarding-concern.lure", "safeguarding-concern.at-risk", _NOT_A_CASE)
def strangers(post: Post) -> list[Span]:
    """A stranger reaching out to a child: a man, a bloke, an adult's age, with messages, lifts, gifts or
    hanging about, in a sentence that names a child."""
    spans = post.spans("safeguarding-concern.stranger")
    if not spans or post.has(_NOT_A_CASE):
        return []
    near = post.sentences("safeguarding-concern.lure") & post.sentences("safeguarding-concern.at-risk")
    return [s for s in spans if s.sentence in near]


@uses("safeguarding-concern.worry", "safeguarding-concern.at-risk", "safeguarding-concern.sign", _NOT_A_CASE)
def worries(post: Post) -> list[Span]:
    """Worry about someone at risk (in its sentence) in a post that gives a sign something is wrong."""
    spans = post.spans("safeguarding-concern.worry")
    if not spans or post.has(_NOT_A_CASE) or not post.has("safeguarding-concern.sign"):
        return []
    at_risk = post.sentences("safeguarding-concern.at-risk")
    return [s for s in spans if s.sentence in at_risk]


@uses("safeguarding-concern.ideation", _NOT_A_CASE)
def ideation(post: Post) -> list[Span]:
    """Someone else thinking of ending their life, except in a post (not a reply to someone who raised
    it) about advice or a service ("if someone is thinking of ending their life, call …")."""
    spans = post.spans("safeguarding-concern.ideation")
    if spans and post.context.surface != "reply" and post.has(_NOT_A_CASE):
        return []
    return spans


@uses("safeguarding-concern.neglect-sign", "safeguarding-concern.at-risk", "safeguarding-concern.joking", _NOT_A_CASE)
def neglect(post: Post) -> list[Span]:
    """Two different signs of neglect in a sentence that names a child or someone vulnerable ("out till
    midnight, no coat, no tea"): the first of them. Not in a post about advice or a service, nor one that
    jokes."""
    signs = post.spans("safeguarding-concern.neglect-sign")
    if len(signs) < 2 or post.has(_NOT_A_CASE) or post.has("safeguarding-concern.joking"):
        return []
    return _two_kinds(post, signs, post.sentences("safeguarding-concern.at-risk"))


# Someone at home losing their temper, told of a child ("his step dad goes mad when he gets in late",
# "daddy hurts mummy"), in a sentence that names someone at risk.
_TEMPER = joined("safeguarding-concern.their-family", "safeguarding-concern.temper", gap=2, unless=_NOT_A_CASE)


@uses(*_TEMPER.lists, "safeguarding-concern.at-risk", "safeguarding-concern.joking")
def temper(post: Post) -> list[Span]:
    """Someone at home who goes mad, shouts or hurts, in a sentence naming a child, in a post that does not joke."""
    spans = _TEMPER(post)
    if not spans or post.has("safeguarding-concern.joking"):
        return []
    at_risk = post.sentences("safeguarding-concern.at-risk")
    return [s for s in spans if s.sentence in at_risk]


def _two_kinds(post: Post, spans: list[Span], sentences: set[int] | None = None) -> list[Span]:
    """The first of two different hits in one sentence (of `sentences`, when given)."""
    seen: dict[int, set[str]] = {}
    for span in spans:
        if sentences is None or span.sentence in sentences:
            seen.setdefault(span.sentence, set()).add(post.excerpt(span).lower())
    found: list[Span] = []
    for span in spans:
        if len(seen.get(span.sentence, ())) >= 2:
            found.append(span)
            seen.pop(span.sentence)
    return found


@uses("safeguarding-concern.unseen", _NOT_A_CASE)
def unseen(post: Post) -> list[Span]:
    """Someone not seen, told by two signs in a sentence ("hasn't answered her door, curtains still shut")."""
    spans = post.spans("safeguarding-concern.unseen")
    if len(spans) < 2 or post.has(_NOT_A_CASE):
        return []
    return _two_kinds(post, spans)


@uses(
    "safeguarding-concern.next-step",
    "safeguarding-concern.at-risk",
    "safeguarding-concern.sign",
    "safeguarding-concern.joking",
    _NOT_A_CASE,
)
def next_step(post: Post) -> list[Span]:
    """What to do about it, asked or done ("Who do you even tell?", "Handed it to the DSL"), in a post with a
    sentence that names someone at risk and a sign that something is wrong."""
    spans = post.spans("safeguarding-concern.next-step")
    if not spans or post.has(_NOT_A_CASE) or post.has("safeguarding-concern.joking"):
        return []
    if not post.sentences("safeguarding-concern.at-risk") & post.sentences("safeguarding-concern.sign"):
        return []
    return spans


# A reply to someone who raised a worry, passing it to the safeguarding lead ("our safeguarding lead is
# following this up").
_REPLY_LEAD = hits("safeguarding-concern.reply-lead", when=replying)


# Safeguarding reports not acted on ("ignored three safeguarding reports", "abuse allegations were covered up").
_DISMISSED = (
    joined("safeguarding-concern.dismissed", "safeguarding-concern.reports", gap=3),
    joined("safeguarding-concern.reports", "safeguarding-concern.dismissed", gap=5),
)


RULE = Rule(
    id="safeguarding-concern",
    severity="error",
    summary="A child or vulnerable person at risk: report it, don't handle it on social media.",
    run=first_hit(
        else_learned(
            tuple(
                in_own_words(f)
                for f in (
                    concerns,
                    _CASEWORK,
                    _AFRAID,
                    _DOING,
                    _HARM,
                    worries,
                    strangers,
                    _SEXUAL,
                    ideation,
                    neglect,
                    temper,
                    unseen,
                    next_step,
                    _REPLY_LEAD,
                    *_DISMISSED,
                )
            ),
            "safeguarding-concern",  # where the lists find nothing, the learned model (`pychecker/learned.py`)
        ),
        outside="safeguarding-concern.song",  # lyrics sung or quoted ("🎵 hit me baby one more time 🎵")
    ),
    texts={
        "message": "This reads as a safeguarding concern: someone who may be at risk of harm. {org_short}'s policy "
        "asks you to report it to {social_media_manager} immediately and to speak to {safeguarding_lead}, rather "
        "than handle it on social media, where it is public, can identify the person and can escalate quickly. If "
        "someone is in immediate danger, call 999.",
    },
    doc=__doc__ or "",
)
