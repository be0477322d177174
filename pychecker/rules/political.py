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
  doorstep" or a party slogan with an election in the post, knocking on doors with an election, a
  party or a politician in it, "#GE2024", "running for Congress",
  "chip in" for a campaign with a race on), backs candidates by a test ("support only candidates
  who ...") or asks for a government to be voted out ("time to change the government");
- names a party leader or candidate other than in their office (a visit, thanks, an announcement,
  unless it takes a side: "Badenoch slammed the budget"; not a namesake: "our cook Dave Swinney"),
  or another politician (any MP, a minister of the Scottish Government or a member of the US
  Congress by name, anyone by an elected office's title: "Senator Jo Bloggs", "Rep. Olsen", "Cllr
  Patel"; any MP, MSP, MLA or member of Congress by @handle) with a stance or an election in the
  sentence; a first name alone ("Nigel", "Bernie") or initials ("HRC") only with politics there or a sentence or two on
  ("... Not who I want as president"), not praise or blame ("our volunteer Nigel is a legend").
- wants an office or campaigns for one ("wants to be president", "volunteering for her senate
  campaign", "supporting @AlexForOhio for Senate"), or weighs a vote for a person ("I'd never vote
  for that man", "how could anyone vote for her"; as for "vote for me", not in a competition or beside
  a link with no election in the post);
- tags a politician: a first name or nickname as a hashtag or inside one ("#Kamala", "#YaaasHillary",
  "#TheDonald"), a surname that is other people's too only opening one ("#BushLied", not "#katebush").
Hashtags and handles are read as the words they run together (`pychecker.segment`), a handle run on
to the word before it too ("the ones@HillaryClinton makes"); a party's or leader's word inside
someone else's handle is their name ("@torybear", "@FayeSwinney"). Party names
that are also ordinary words count only as written ("Labour", not "labour"), and not in phrases
like "labour ward", nor as part of a name ("Tory Jones", "12 Reform Street", "Eastlake Greens Golf
Course"), nor opening a sentence with no party politics in it ("Greens, beans and a jacket potato").
"Vote for me" is a competition's beside a link or a prize, with no election in the post; a leader
in a post about wrestling or a TV show is in show business (Trump as WWE Raw's owner in 2009).
Civic posts are not party politics: registering to vote, polling hours, a
council meeting, an MP visiting a centre; nor is criticising a policy without a party, or asking a
legislature to act ("time for the Senate to act": campaigning, `regulated-period`), nor talk about
the campaigning ("all the election campaigning on the news"). From an official account it is an error; from a personal
account it fires only when the post also mentions the organisation, as a warning.

Fires:
    [account=official] Vote Labour on Thursday!
    [account=personal] Great to see the Tories finally funding Sure Start children's centres
    [account=official] Keir Starmer must go.
    [account=official] Only one party will protect our children's centres.
    [account=official] Out on the #LabourDoorstep in Ovenden this morning!
    [account=official] Please re-elect Holly Lynch as our MP
    [account=official] Vote Mabon ap Gwynfor on Thursday
    [account=official] Time to change the government!
    [account=official] Senator Jo Bloggs voted against the bill
    [account=official] No scandal of ours comes close to the ones@HillaryClinton keeps having.
    [account=official] HRC lied about the emails again.
Does not fire:
    [account=official] Our antenatal group covers the signs of labour and what to pack for the labour ward.
    [account=official] Vote for your favourite cake at the Wellholme Children's Centre bake-off!
    [account=personal] Vote Labour on Thursday!
    [account=official] Thank you to Kate Dearden MP for visiting Kevin Pearce Children's Centre today.
    [account=official] Register to vote by 18 June. Polling stations are open 7am to 10pm.
    [account=official] Our volunteer Nigel is an absolute legend.
    [account=official] Our cook Dave Swinney makes the best soup in Halifax.
    [account=official] Please vote for Shadow in the dog show, link below
    [account=official] Thanks to Tory Jones from our baby group for the cakes
    [account=official] Huge thanks to @torybear for the donation
    [account=official] Time for the Senate to act on childcare funding.
    [account=official] Proud to have signed the HRC workplace pledge this week.
    [account=official] Questions about the event? Write to info@nhp.org.uk
    [account=official] A man is knocking on doors in Mixenden claiming to collect for our food bank.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..post import Post, Span
from .base import Rule
from .kinds import about_org, confirmed, each_sentence, uses
from .shared import NAMED_LISTS, follows, named_spans, shouting, whole_names

# Named as a party, telling people how to vote, campaigning: party politics wherever they stand.
_SIGNALS = ("political.party", "political.party-capitalised", "political.vote-directive", "political.party-actor")
_PEOPLE = (
    "political.politician",
    "political-people.mp",
    "political-people.member",
    "political-people.congress",
    "political-people.handle",
)
_GAP = re.compile(r"[\w'#@ ]*")
_SELF_VOTE = ("political.self-vote", "political.vote-weighed")
_NAMES = ("political.party", "political.party-capitalised")  # a party named by its one word may be a name's
_TOLD = ("political.vote-directive", "political.party-actor")


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
        word = before.group(1).lower().replace("\u2019", "'").removesuffix("'s").replace("'", "")  # "Kemi's Tories"
        if word in post.word_set("political.leader-before"):
            continue
        if openers is None:
            openers = {other.start for other in post.spans("common.not-name")}
        if before.start() not in openers:
            found.add(span)
    return found


_HANDLE_NOISE = re.compile(r"[\d_]+")


@lru_cache(maxsize=4)
def _political_pieces(words: frozenset[str]) -> re.Pattern[str]:
    """The words of `political.handle-word` as one pattern, longest first (built once per pack)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _someone_elses_handle(post: Post, span: Span, *, suffix: bool = True) -> bool:
    """A hit inside an @handle that holds more than political words and (with `suffix`, for a
    party) does not end with one ("@torybear", "@trumpfan", a leader's namesake "@FayeSwinney"):
    someone's name, not a party's, a leader's or a member's ("@UKLabour", "@realDonaldTrump",
    "@JeremyCorbyn4PM", "@StephenFlynnSNP")."""
    text = post.original
    if not (span.start and text[span.start - 1] == "@"):
        return False
    pieces = _political_pieces(post.word_set("political.handle-word"))
    handle = _HANDLE_NOISE.sub("", text[span.start : span.end].lower())
    left = pieces.sub(" ", handle)
    return bool(left.strip()) and not (suffix and left.endswith(" "))


# The next word, the punctuation after it, then what starts the word after.
_NEXT_WORD = re.compile(r" ([A-Z][\w'-]*)(?=([ ,.!?:;)]*)(\S?))")


def _in_a_name(post: Post, span: Span) -> bool:
    """A party's one word as the first part of a proper name: "Tory Jones from our baby group",
    "12 Reform Street, Dundee", "Greens Farm in Northowram": the next word is capitalised, is no
    word of party politics (`political.party-noun`: "Tory MP", "Reform UK"), and the word after it
    is not (a capitalised run is a headline: "Labour Wins Halifax")."""
    text = post.original
    excerpt = text[span.start : span.end]
    if " " in excerpt or not excerpt[:1].isupper():
        return False
    after = _NEXT_WORD.match(text, span.end)
    before = _WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
    if before is not None and before.group(1).lower() in post.word_set("political.person-before"):
        return True  # "thanks miss Tory for the cakes"
    if after is None or after.group(1).lower().replace("'", "") in post.word_set("political.party-noun"):
        return False
    if after.group(2).strip() == "" and after.group(3)[:1].isupper():
        return False
    return not shouting(text)


_WORD_BEFORE = re.compile(r"(\w+) $")
_SENTENCE_WORDS = re.compile(r"[\w']+")


def _unconfirmed_opener(post: Post, span: Span, others: list[Span]) -> bool:
    """A party's one word that is also an everyday word opening its sentence ("Greens, beans and a
    jacket potato", "Reform is needed"): a party only with other party politics in the post, or a
    word of it in the sentence (`political.party-noun`, `political.party-context`)."""
    text = post.original
    word = text[span.start : span.end].lower()
    if word not in post.word_set("political.everyday-word"):
        return False
    if text[: span.start].rstrip()[-1:] not in ("", ".", "!", "?", "\n", ":", "\u2026", '"'):
        return False
    if any(other.start != span.start for other in others):
        return False
    end = len(text)
    for mark in ".!?\n":
        found = text.find(mark, span.end)
        if found != -1:
            end = min(end, found)
    words = {w.replace("'", "") for w in _SENTENCE_WORDS.findall(text[span.end : end].lower())}
    return not words & (post.word_set("political.party-noun") | post.word_set("political.party-context"))


@uses(
    *_SIGNALS,
    "political.campaign",
    "political.handle-word",
    "political.party-noun",
    "political.party-context",
    "political.person-before",
    "political.everyday-word",
    "political.leader-before",
    "political.contest",
    "political.link",
    "political.election",
    *_SELF_VOTE,
    *NAMED_LISTS,
)
def _parties(post: Post) -> list[Span]:
    """Parties named, votes told, campaigning; not words inside someone else's handle, a party's
    word as part of a name or an everyday opener, nor "vote for me" in a competition or beside a
    link with no election in the post ("vote for me in the bake off, link below")."""
    named = [span for name in _NAMES for span in post.spans(name)]
    told = [span for name in (*_TOLD, "political.campaign") for span in post.spans(name)]
    if not named and not told and not any(post.has(name) for name in _SELF_VOTE):
        return []
    named = [span for span in named if not (_someone_elses_handle(post, span) or _in_a_name(post, span))]
    everyday = post.word_set("political.everyday-word")
    after_a_name = _namesakes(post, [span for span in named if post.excerpt(span).lower() in everyday])
    # "Eastlake Greens Golf Course", "Woodbridge Greens Club House"
    kept = [span for span in named if span not in after_a_name] + told  # the lists' order, for ties
    kept = [span for span in kept if not _unconfirmed_opener(post, span, kept)]
    selves = [span for name in _SELF_VOTE for span in post.spans(name)]
    if selves and not post.has("political.election") and (post.has("political.contest") or post.has("political.link")):
        selves = []
    return sorted(kept + selves, key=lambda s: s.start)


@uses(
    "political.leader",
    "political.leader-before",
    "political.handle-word",
    "political.entertainment",
    "political.party-group",
    "political.civic",
    "political.stance",
    "political.opinion",
    *NAMED_LISTS,
)
def _leaders(post: Post) -> list[Span]:
    """Party leaders and candidates, except in a sentence that meets them in office without a stance,
    and a namesake ("Dave Swinney")."""
    spans = [span for span in post.spans("political.leader") if not _someone_elses_handle(post, span, suffix=False)]
    if not spans or post.has("political.entertainment"):
        return []
    in_office = post.sentences("political.civic") - post.sentences("political.stance", "political.opinion")
    namesakes = _namesakes(post, spans)
    found = []
    for span in spans:
        if span in namesakes:
            continue
        people = _their_people(post, span)
        if people is not None:
            found.append(Span(span.start, people, span.sentence))  # "Farage's mob", underlined whole
        elif span.sentence not in in_office:
            found.append(span)
    return found


_POSSESSIVE = re.compile(r"(?:['\u2019]s)? (\w+)")  # the hit may hold the "'s" ("Farage's" is one word)


def _their_people(post: Post, span: Span) -> int | None:
    """A leader's people as a party ("Farage's mob", "Kemi's Tories": `political.party-group`):
    where the words for them end."""
    text = post.original
    after = _POSSESSIVE.match(text, span.end)
    if after is None or text[span.start : after.start(1)].rstrip()[-2:].lower() not in ("'s", "\u2019s"):
        return None
    return after.end(1) if after.group(1).lower() in post.word_set("political.party-group") else None


# A title's name: one or two capitalised words after it ("Senator Jane Smith", "Rep. Hanson").
_TITLED_NAME = re.compile(r"(\.?) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?")


def _titled(post: Post) -> list[tuple[Span, bool]]:
    """Politicians named by their title (`political.title`: "Senator Jane Smith", "Rep. Hanson", "Cllr
    Patel"), underlined with the name; and whether an abbreviation's dot (which ends a sentence for
    the checker) stands between them."""
    text = post.original
    found = []
    for span in post.spans("political.title"):
        name = _TITLED_NAME.match(text, span.end)
        if name is not None:
            found.append((Span(span.start, name.end(), span.sentence), bool(name.group(1))))
    return found


@uses(
    "political.stance",
    "political.opinion",
    "political.civic",
    "political.contest",
    "political.first-name",
    "political.initials",
    "political.title",
    *_PEOPLE,
)
def _politicians(post: Post) -> list[Span]:
    """Other politicians, with a stance or an election in the sentence and no visit or thanks;
    praise or blame alone (`opinion`) counts for a full name, a title and name or a handle, not for
    a first name."""
    politics = post.sentences("political.stance")
    opinion = post.sentences("political.opinion")
    if not politics and not opinion:
        return []
    civic = post.sentences("political.civic")
    politics -= civic
    either = (politics | opinion) - civic
    found = [s for name in _PEOPLE for s in post.spans(name) if s.sentence in either]
    found += [s for s, dotted in _titled(post) if s.sentence in either or (dotted and s.sentence + 1 in either)]
    # A first name's politics may come a sentence or two later ("Kamala was on telly again. Still voting for
    # her."), not in a competition ("Bernie from our dads' group. Vote for him in the awards").
    near = politics - post.sentences("political.contest")
    found += [
        s for s in _first_names(post) if s.sentence in politics or s.sentence + 1 in near or s.sentence + 2 in near
    ]
    return sorted(found, key=lambda s: s.start)


def _first_names(post: Post) -> list[Span]:
    """Politicians by a first name that is anyone's ("Bernie") or by initials ("HRC"): theirs only
    with politics near."""
    return post.spans("political.first-name") + post.spans("political.initials")


def _in_hashtag(text: str, span: Span) -> bool:
    """Whether a hit sits inside a #hashtag: the word run it is in starts with "#"."""
    start = span.start
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start > 0 and text[start - 1] == "#"


@uses("political.tag-name", "political.tag-opening-name")
def _tagged(post: Post) -> list[Span]:
    """A politician's name as a hashtag or in one ("#Hillary", "#YaaasHillary", "#TheDonald"), or a
    surname that is other people's too opening one ("#bushfail", not "#katebush"): a topic tag for
    them. The same words outside a tag are anyone's ("Bernie from our dads' group")."""
    anywhere = post.spans("political.tag-name")
    opening = post.spans("political.tag-opening-name")
    if not anywhere and not opening:
        return []
    text = post.original
    found = [span for span in anywhere if _in_hashtag(text, span)]
    found += opening  # its pattern starts at the "#"
    return sorted(found, key=lambda s: s.start)


_VOTES = ("political.endorse", "political.vote-for", "political.election", "political.contest", "political.leader")


@uses(*_VOTES, "political.polling-day", "political.first-name", "political.initials", *_PEOPLE, *NAMED_LISTS)
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
    people = [span for name in ("political.leader", *_PEOPLE) for span in post.spans(name)] + _first_names(post)
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
            _parties,
            confirmed("political.campaign-soft", by=("political.election", *_SIGNALS), within="post"),
            confirmed("political.canvass", by=("political.election", *_SIGNALS, *_PEOPLE), within="post"),
            _leaders,
            _politicians,
            _endorsed,
            _tagged,
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
