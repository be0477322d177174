"""political: party-political content, from an official channel or tied to the organisation.

Clause OC-16: "North Halifax Partnership is not a political organisation and does not hold a
view on party politics or have any affiliation with or links to political parties."
Clause PA-7: "... When representing North Halifax Partnership, staff are expected to hold North
Halifax Partnership's position of neutrality. Staff who are politically active in their spare
time need to be clear in separating their personal political identity from North Halifax
Partnership ..."

Fires on what a post does in party politics (`lists/political.toml`, `lists/political-people.toml`):
- names a party as a party ("the Tories", "Labour's plan", "Reform UK", "the GOP", "Fine Gael",
  a party's @handle, "#LabourDoorstep", slang: "the Nats", "Starmer's lot"), or a party as the
  actor ("only one party will ...", "the greens want to ...");
- tells people how to vote or backs or opposes a party or person ("vote Green", "#ToriesOut",
  "re-elect", "#Trump2016", "I support Bernie"), or votes for someone not known as a politician
  in an election or on a polling day ("vote Mabon ap Gwynfor on Thursday", underlined whole; not
  "vote for Shadow here", a competition's vote);
- campaigns or stands for election ("out canvassing", "our candidate", "Alba candidates", "on the
  doorstep" or a party slogan with an election in the post, "#GE2024");
- names a party leader or candidate other than in their office (a visit, thanks, an announcement,
  unless it takes a side: "Badenoch slammed the budget"; not a namesake: "our cook Dave Swinney"),
  or another politician (any MP, or a minister of the Scottish Government, by name; any MP, MSP or
  MLA by @handle) with a stance or an election in the sentence; a first name alone ("Nigel",
  "Bernie") only with politics there, not praise or blame ("our volunteer Nigel is a legend").
Hashtags and handles are read as the words they run together (`pychecker.segment`). Party names
that are also ordinary words count only as written ("Labour", not "labour"), and not in phrases
like "labour ward". Civic posts are not party politics: registering to vote, polling hours, a
council meeting, an MP visiting a centre; nor is criticising a policy without a party
(campaigning: `regulated-period`). From an official account it is an error; from a personal
account it fires only when the post also mentions the organisation, as a warning.

Fires:
    [account=official] Vote Labour on Thursday!
    [account=personal] Great to see the Tories finally funding Sure Start children's centres
    [account=official] Keir Starmer must go.
    [account=official] Only one party will protect our children's centres.
    [account=official] Out on the #LabourDoorstep in Ovenden this morning!
    [account=official] Please re-elect Holly Lynch as our MP
    [account=official] Vote Mabon ap Gwynfor on Thursday
Does not fire:
    [account=official] Our antenatal group covers the signs of labour and what to pack for the labour ward.
    [account=official] Vote for your favourite cake at the Wellholme Children's Centre bake-off!
    [account=personal] Vote Labour on Thursday!
    [account=official] Thank you to Kate Dearden MP for visiting Kevin Pearce Children's Centre today.
    [account=official] Register to vote by 18 June. Polling stations are open 7am to 10pm.
    [account=official] Our volunteer Nigel is an absolute legend.
    [account=official] Our cook Dave Swinney makes the best soup in Halifax.
    [account=official] Please vote for Shadow in the dog show, link below
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import about_org, confirmed, each_sentence, hits, uses
from .shared import NAMED_LISTS, follows, named_spans, whole_names

# Named as a party, telling people how to vote, campaigning: party politics wherever they stand.
_SIGNALS = ("political.party", "political.party-capitalised", "political.vote-directive", "political.party-actor")
_PEOPLE = ("political.politician", "political-people.mp", "political-people.member", "political-people.handle")
_GAP = re.compile(r"[\w'#@ ]*")


def _close(post: Post, gap: str) -> bool:
    """For `follows`: a vote or backing aims at a name at most two plain words on ("vote for our
    Holly Lynch", "backing @Keir_Starmer")."""
    return _GAP.fullmatch(gap) is not None and len(gap.split()) <= 2


def _next(post: Post, gap: str) -> bool:
    """For `follows`: a vote for someone not known as a politician names them next ("vote Sarah
    Smith", not "a Senate vote on SC Pain-Capable ...")."""
    return gap.strip(" #@") == ""


_AFTER_CAPITAL = re.compile(r"([A-Z][\w'-]*) $")  # a capitalised word, then the span


def _namesakes(post: Post, spans: list[Span]) -> set[Span]:
    """Leaders' surnames alone straight after a name other than theirs ("our cook Dave Swinney"):
    someone else. Not after a title, the leader's own first name or a slogan's word
    (`political.leader-before`: "President Trump", "Vote Farage"), nor after a word capitalised
    because it opens the sentence (`common.not-name`: "Honestly Starmer ...")."""
    original = post.original
    found: set[Span] = set()
    openers: set[int] | None = None
    for span in spans:
        before = _AFTER_CAPITAL.search(original, max(0, span.start - 40), span.start)
        if before is None or " " in post.excerpt(span):
            continue
        if before.group(1).lower().replace("'", "") in post.word_set("political.leader-before"):
            continue
        if openers is None:
            openers = {other.start for other in post.spans("common.not-name")}
        if before.start() not in openers:
            found.add(span)
    return found


@uses(
    "political.leader",
    "political.leader-before",
    "political.civic",
    "political.stance",
    "political.opinion",
    *NAMED_LISTS,
)
def _leaders(post: Post) -> list[Span]:
    """Party leaders and candidates, except in a sentence that meets them in office without a stance,
    and a namesake ("Dave Swinney")."""
    spans = post.spans("political.leader")
    if not spans:
        return spans
    in_office = post.sentences("political.civic") - post.sentences("political.stance", "political.opinion")
    namesakes = _namesakes(post, spans)
    return [span for span in spans if span.sentence not in in_office and span not in namesakes]


@uses("political.stance", "political.opinion", "political.civic", "political.first-name", *_PEOPLE)
def _politicians(post: Post) -> list[Span]:
    """Other politicians, with a stance or an election in the sentence and no visit or thanks;
    praise or blame alone (`opinion`) counts for a full name or handle, not for a first name."""
    politics = post.sentences("political.stance")
    opinion = post.sentences("political.opinion")
    if not politics and not opinion:
        return []
    civic = post.sentences("political.civic")
    politics -= civic
    either = (politics | opinion) - civic
    found = [s for name in _PEOPLE for s in post.spans(name) if s.sentence in either]
    found += [s for s in post.spans("political.first-name") if s.sentence in politics]
    return sorted(found, key=lambda s: s.start)


_VOTES = ("political.endorse", "political.vote-for", "political.election", "political.contest", "political.leader")


@uses(*_VOTES, "political.polling-day", "political.first-name", *_PEOPLE, *NAMED_LISTS)
def _endorsed(post: Post) -> list[Span]:
    """A vote or backing aimed at a politician ("vote for Holly Lynch", "backing @Keir_Starmer";
    backing in a visit or thanks is support for the organisation: "thanks for the support Holly
    Lynch gave us"), or a vote for anyone named, in an election or in a sentence with no
    competition ("vote Sarah Smith on 2 May", not "vote for Sam in the Pride of Halifax awards")."""
    leads = post.spans("political.endorse")
    if not leads:
        return []
    votes = post.spans("political.vote-for")
    civic = post.sentences("political.civic")
    leads = [lead for lead in leads if lead.sentence not in civic] + votes
    people = [span for name in ("political.leader", "political.first-name", *_PEOPLE) for span in post.spans(name)]
    found = follows(post, leads, sorted(people, key=lambda s: s.start), _close)
    sentences = {vote.sentence for vote in votes}
    if sentences and not post.has("political.election"):
        sentences &= post.sentences("political.polling-day")
        sentences -= post.sentences("political.contest")
    if sentences:
        original = post.original
        voted = {i for vote in votes for i in range(vote.start, vote.end)}  # "Vote" opening the sentence
        names = [span for span in named_spans(post, sentences) if span.start not in voted]
        named = [
            span
            for span in whole_names(post, names)
            if not (span.start and original[span.start - 1].isalnum())  # "vote@fvap.gov" is an address
        ]
        found += follows(post, votes, named, _next)
    return found


RULE = Rule(
    id="political",
    severity="error",
    severity_by_account={"personal": "warning"},
    summary="Party-political content from an official channel, or tied to the organisation.",
    run=each_sentence(
        (
            hits(*_SIGNALS, "political.campaign"),
            confirmed("political.campaign-soft", by=("political.election", *_SIGNALS), within="post"),
            _leaders,
            _politicians,
            _endorsed,
        ),
        when=about_org,
    ),
    texts={
        "message_official": "{org} is not a political organisation and holds no view on party politics. Posts from "
        "its channels must stay neutral: no backing or attacking parties or candidates, and no telling people how to "
        "vote.",
        "message_personal": "This ties {org_short} to party politics. Staff must keep their own political views "
        "separate from {org_short}: leave {org_short} out of this post, or the politics.",
    },
    doc=__doc__ or "",
)
