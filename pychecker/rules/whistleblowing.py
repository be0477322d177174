"""whistleblowing: disclosing wrongdoing at the organisation in public.

Clause public-interest-disclosure: "Under the Public Interest Disclosure Act 1998, if a staff
member releases information through North Halifax Partnerships' social media channels that is
considered to be in the interest of the public, North Halifax Partnership's Whistleblowing Policy
... must be initiated before any further action is taken"

Fires when a post that refers to the organisation (an org mention, or the writer's own workplace: "my
manager", "senior management", "our trustees", "where I work", "I've worked at") also discloses
wrongdoing there (`lists/whistleblowing.toml`): whistleblowing and cover-up words ("cover-up", "swept
under the carpet", "it got buried", "turned a blind eye", "told to delete emails before the audit",
"raised concerns and got nowhere"), a call to tell ("parents have a right to know", "I'm done keeping
quiet", "going public", "the truth about…"), anywhere in the post; wrongdoing said as a state of things
("kids were left unsupervised", "staff unpaid", "falsifying the paperwork", "no DBS checks"; a call to look:
"someone should ask why", "look at the books"; the writer's evidence: "I've kept copies"; silence ended or
ordered: "sat on it for months", "told to keep our mouths shut") in a
sentence that names the organisation or workplace; or an accusation (`defamation-risk.accusation`: "are
crooks", "fiddled the books") after the organisation or workplace in the same sentence; or wrongdoing as
a frame, an act on an object: a record made false ("the attendance figures were inflated", "written up
as no injury"), an order to hide or bend it ("told us not to report the fall", "makes us clock out"),
safety kit out of use ("the fire exit has been blocked"), checks nobody did ("not one of the new
starters has had a DBS check"), money used for oneself ("the petty cash for her own shopping"), the law
broken ("they ignore labor laws"), money meant for one thing spent on another ("the restricted grant … was spent
on the office refurbishment"), or speaking up and being punished for it later in the post ("reported
my supervisor … now I'm the one moved to nights"). "Staying Well" with capitals is the organisation (in lower case
it is how anyone is). The workplace is also "my" or "our" and a word for it
("our gaffer", "my firm"); one the writer has left ("twelve years ago my boss", "my old job", "I worked
there for five years") is not where they work now, unless the post says they still do. Harassment, union
busting, nepotism, sexist or racist attitudes, threats to sack, a legal right denied or "illegal"
count anywhere in a post about the workplace. A frame told in
the words of a working day ("the rota", "our day off", "the baby room") needs no "my manager". Does not
fire on the same words without the organisation ("cover up in the sun"), on the policy itself or
awareness ("whistleblowing policy training", "anti-bullying week"), on good news about work ("passed all
its safety checks"), or on accusations about other people and organisations (`defamation-risk`).

Fires:
    [account=personal] Time someone blew the whistle on what really goes on at NHP
    [account=personal] My manager covered up a safeguarding incident and senior management knew
    [account=official] North Halifax Partnership have been misusing funds
    [account=personal] Raised concerns about my centre three times and got nowhere. Parents have a right to know.
Does not fire:
    [account=official] Hot today! Cover up in the sun at Kevin Pearce Children's Centre's sports day
    [account=official] All NHP staff: whistleblowing policy training on Tuesday
    [account=personal] Someone covered up the graffiti on the bus shelter, great job
    [account=official] Anti-bullying week at NHP: wear odd socks on Monday
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, first_hit, hits, joined, uses

# "my gaffer", "our line manager": the writer's own workplace in other words.
_MY_WORK = joined("whistleblowing.mine", "whistleblowing.work-noun", gap=1)


@dataclass(frozen=True)
class _MyWorkSentences:
    """The sentences that name the writer's own workplace as "my/our" and a word for it (a confirmer)."""

    lists: tuple[str, ...] = _MY_WORK.lists

    def sentences(self, post: Post) -> set[int]:
        return {span.sentence for span in _MY_WORK(post)}


_SERVICE = "whistleblowing.service-name"  # "Staying Well", capitalised: the organisation's service


@uses(
    "org.mention",
    _SERVICE,
    "whistleblowing.hinted",
    "whistleblowing.workplace",
    "whistleblowing.former",
    "whistleblowing.present",
    *_MY_WORK.lists,
)
def about_work(post: Post) -> bool:
    """The post refers to the organisation, or to the writer's own workplace ("my manager", "our
    gaffer"), and not to one they have left ("twelve years ago my boss…", "my old job") unless it
    says they work there still."""
    if post.org_mentions or post.has(_SERVICE) or post.has("whistleblowing.hinted"):  # "a certain charity"
        return True
    if not (post.has("whistleblowing.workplace") or _MY_WORK(post)):
        return False
    return not post.has("whistleblowing.former") or post.has("whistleblowing.present")


# "are crooks", "is a fraud": defamation-risk's words for being something criminal.
_BEING = joined("defamation-risk.be", "defamation-risk.noun", gap=2)


@uses("defamation-risk.accusation", "whistleblowing.workplace", *_BEING.lists, *about_work.lists)
def accusations_at_work(post: Post) -> list[Span]:
    """Accusations after the organisation or the workplace in their sentence ("NHP are crooks")."""
    if not about_work(post):
        return []
    # Where each sentence's first place ends: one look per accusation, however long the post.
    first_place_end: dict[int, int] = {}
    for place in post.org_mentions + post.spans(_SERVICE) + post.spans("whistleblowing.workplace"):
        first_place_end[place.sentence] = min(place.end, first_place_end.get(place.sentence, place.end))
    return [
        s
        for s in post.spans("defamation-risk.accusation") + _BEING(post)
        if first_place_end.get(s.sentence, s.start + 1) <= s.start
    ]


# Wrongdoing said as a state of things ("kids were left unsupervised") is a disclosure beside the
# organisation or the workplace in its sentence.
_WRONGDOING = confirmed(
    "whistleblowing.wrongdoing",
    by=("org.mention", _SERVICE, "whistleblowing.workplace", _MyWorkSentences()),
    when=about_work,
)

# "where the grant money went".
_MONEY_WENT = joined("whistleblowing.where", "whistleblowing.money-went", gap=4, when=about_work)


@uses("whistleblowing.work-context", "whistleblowing.former", "whistleblowing.present", *about_work.lists)
def at_work(post: Post) -> bool:
    """About the writer's own workplace, or told in the words of a working day ("the rota", "our day
    off", "the baby room"): a wrongdoing frame there needs no "my manager" to be about work."""
    if about_work(post):
        return True
    if not post.has("whistleblowing.work-context"):
        return False
    return not post.has("whistleblowing.former") or post.has("whistleblowing.present")


# What wrongdoing at work looks like, as frames: a record made false, in either order ("the figures
# were inflated", "fiddled the timesheets"); an order to hide or bend it ("told us not to report the
# fall"); safety kit out of use ("the fire exit has been blocked"); checks nobody did ("not one of the
# new starters has had a DBS check", "no DBS"); money used for oneself ("the petty cash for her own
# shopping"); money given for one thing spent on another ("the restricted grant … was spent on the office").
_FRAMES = (
    joined("whistleblowing.record", "whistleblowing.falsified", gap=7, when=at_work),
    joined("whistleblowing.falsified", "whistleblowing.record", gap=3, when=at_work),
    joined("whistleblowing.ordered", "whistleblowing.conceal", gap=3, when=at_work),
    joined("whistleblowing.hazard", "whistleblowing.broken", gap=6, when=at_work),
    joined("whistleblowing.broken", "whistleblowing.hazard", gap=2, when=at_work),
    joined("whistleblowing.lacking", "whistleblowing.check", gap=7, when=at_work),
    joined("whistleblowing.lacking-near", "whistleblowing.check", gap=1, when=at_work),
    joined("whistleblowing.money", "whistleblowing.own-use", gap=6, when=at_work),
    joined("whistleblowing.restricted", "whistleblowing.spent", gap=8, when=at_work),
    joined("whistleblowing.flout", "whistleblowing.law", gap=3, when=at_work),
)


_SINCE = re.compile(r"\b(?:after|since|because|for)\b")


@uses("whistleblowing.spoke-up", "whistleblowing.punished", *at_work.lists)
def punished_for_speaking(post: Post) -> list[Span]:
    """Speaking up, then paying for it later in the post ("Reported my supervisor … now I'm the one
    moved to nights"): from the first `spoke-up` to the first `punished` after it; or, in one sentence,
    the punishment and then why ("moved to nights the week after I raised it")."""
    spoke = post.spans("whistleblowing.spoke-up")
    if not spoke or not at_work(post):
        return []
    punished = post.spans("whistleblowing.punished")
    after = [p for p in punished if p.start >= spoke[0].end]
    if after:
        return [Span(spoke[0].start, after[0].end, spoke[0].sentence)]
    # Told the other way round, in one sentence: "got moved to nights the week after I raised it".
    first_spoken = {}
    for speaking in spoke:
        first_spoken.setdefault(speaking.sentence, speaking)
    for punishment in punished:
        speaking = first_spoken.get(punishment.sentence)
        between = post.original[punishment.end : speaking.start] if speaking else ""
        if speaking and speaking.start >= punishment.end and _SINCE.search(between.lower()):
            return [Span(punishment.start, speaking.end, punishment.sentence)]
    return []


RULE = Rule(
    id="whistleblowing",
    severity="warning",
    summary="Disclosing wrongdoing at the organisation in public: start the Whistleblowing Policy first.",
    run=first_hit(
        (
            hits("whistleblowing.disclose", when=about_work),
            hits("whistleblowing.breach", when=about_work),
            accusations_at_work,
            _WRONGDOING,
            _MONEY_WENT,
            *_FRAMES,
            punished_for_speaking,
        ),
        outside="whistleblowing.not-a-case",
    ),
    texts={
        "message": "This reads as disclosing wrongdoing at {org_short} in public. If you have a concern, the policy "
        "asks that {org}'s Whistleblowing Policy is started first: it protects you under the Public Interest "
        "Disclosure Act and gets the concern looked into. Speak to {line_manager} or {chief_executive}, or follow "
        "the Whistleblowing Policy's steps.",
    },
    doc=__doc__ or "",
)
