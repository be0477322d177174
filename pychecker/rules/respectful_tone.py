"""respectful-tone: insults, name-calling, hostile or aggressive language toward people.

Clause PA-10: "Think about your reputation as well as the charity's. Express your opinions and
deal with differences of opinion respectfully. Don't insult people or treat them badly. Disputes
that arise over social media should be passed directly to the marketing manager where they will
be taken offline to be followed up over email. Be polite and the first to correct your own
mistakes."

Fires on strong insults and hostile phrases on their own ("idiots", "scumbag", "shut up", "do one",
"I'll smack you", masked or stretched: "f*ck off", "stuuupid"), hostile phrases with no swear word
or insult in them (`hostile-plain`: "you haven't got a clue", "mouthing off", "wind your neck in",
"give it up love", "get over yourself", "nobody wants her there", dismissive orders: "get off this
page", "take your moaning elsewhere", "Do one.", "nobody asked" ending a sentence, "do grow up"; not
"I haven't got a clue", "give it up for our volunteers"); on names that insult only when aimed at
someone: after "you", "you're a", "what a",
"bunch of", "this", "you look like a" (`lead-like`), or a third person's "he's a", "X
is a" ("Fallon is a total wuss", "this sicko", "politicians are liars"), or said to someone as a
sentence's first or last word ("@jo loser", "gotcha bitch", after a command: "dm me now slut"); on
animals and descriptions only said of a person ("she's a cow", "you're so pathetic", "people are
stupid", "he is shit", "Kane is shit"), or an animal doing what people do ("that rat lied", "the
same snake who"), or after "is a" / "was a" when a person is the clause's subject, by a role or a
name ("the lad behind the bar was a rude rat", "the councillor for our ward is a useless lump");
"'s a" after a name is "is a" ("Kev's a prick"); a name with an insulting description straight
before it, with no lead ("pathetic loser, go home", "useless prat"); an age may stand between ("a
stupid 40 year old man"); a failing pinned on people as a whole ("the stupidity of liberals", "the
cowardice of politicians"); a group by who they are insulted as a whole ("girls are just stupid"),
or called vermin ("immigrant parasites"), or a slur said of someone ("he retarded", "full of white
trash", "those beaners"); a word for what kind of person between ("a political muppet", "another
billionaire buffoon") (`lists/respectful-tone.toml`). Does not fire on the same words about
things or said of oneself ("I'm such an idiot", "I was crying like a little bitch", "the printer is
useless", "this is a joke"), told of someone else ("she called me a lazy cow", "my boss said we were
useless", "the councillor called the protesters 'a bunch of thugs'": their words, as a quotation's
are; "so I called him a prat" is the writer's own and fires), among friends ("love these idiots",
"happy birthday you brat"), said of an animal ("my dog is a greedy pig", "the doctor said it was a
nasty infection"), the mildest hostile phrases said laughing or fondly ("omg shut up 😂", "you suck
lol"), a label heading a post ("Another loser: lost the game"), on a hashtag ("#mug"), a name
("Cretins Clubhouse"), a title ("the novel
called The Idiot"), a line quoted from a show or a song, in double or single quotation marks
('"You absolute muppet" is my favourite line', "the line 'you absolute muppet'"), "jerk chicken", a
clown at a party, a pig farm, "life's a bitch", "Life is shit", "karma is a bitch", "a bitch to park",
"a prick of light", a garden hoe, or "grow up" about children; a thing
said to be bad ("my laptop is a useless piece of crap", "that match was a disgrace", "Tesco is
shit", "insomnia is a bitch", "Damn you, rain!": a business, a device, an act or a state is not a
person, `thing`, `not-person`); words inside an @handle ("@squareSTFU") or inside a hashtag that
runs on after them ("#shutupandplay"); "drop dead gorgeous", "kicked some ass", the word talked
about ("the word 'slag'"); a name said to the day or the weather ("Monday you slag"); "what a loser"
as a sentence of its own after one telling of oneself ("I'm in bed by nine again. What a loser"); a
generalisation denied ("not all men are useless").
Hostile-plain also holds a reader told they did not bother to read or cannot ("if you'd actually bothered
to read the post", "if reading is a struggle"), no brain ("has the brain of a sponge", "couldn't organise a
raffle in a tombola factory"), a "sad little" life, condescension ("do grow up", "you were out of your
depth", "just who do you think you are"), a name said of a company after it ("muppets, the lot of you").
Beyond the lists, a post that a small model trained on the contract's labels scores as insulting
(`pychecker/learned.py`) fires on the words that weigh most, with the same exceptions.
From any account, on any surface.

Fires:
    [account=personal] You're an absolute muppet mate
    [surface=reply account=official] Shut up and read the post properly
    [account=personal] The people running that group are a bunch of clowns
    [account=personal] Fallon is a total wuss
    [account=personal] oi muppet, you've parked across my drive again
Does not fire:
    [account=personal] I'm such an idiot, left my keys at the Staying Well cafe 😂
    [account=official] Jerk chicken and rice at our community lunch on Friday!
    [account=official] Watch them grow up so fast at Stay and Play
    [account=personal] Life's a bitch sometimes, but the pig farm visit cheered me up
    [account=personal] Hey, stupid question: is the Staying Well cafe open on Mondays?
    [account=personal] My favourite line in the show is 'you absolute muppet'
"""

from __future__ import annotations

import bisect
import re

from .. import learned
from ..post import Post, Span
from .aim import (
    TOLD_LISTS,
    AimedAlone,
    ModifierGap,
    Quoted,
    SelfGap,
    hashtag,
    in_quotes,
    mentioned,
    negated,
    not_names,
    not_self_aimed,
    said_of_a_thing,
    said_to_a_thing,
    sentence_opening,
    tag_fragment,
    told_by_others,
)
from .base import Rule, needs
from .discriminatory_language import dehumanised_spans, slur_spans
from .kinds import each_sentence, uses
from .shared import NAMED_LISTS, PlainGap, follows, named_spans

_AIMED = ModifierGap(3, "respectful-tone.modifier")  # "you absolute muppet", "he's a lying little rat"
_ADJACENT = ModifierGap(0, "respectful-tone.modifier")  # "stupid woman", "clown of a president"
_AGED = ModifierGap(3, "respectful-tone.age")  # "stupid 16 yr old bitch": an age, or nothing, between
_TOLD = Quoted(_AIMED)  # "she called me a lazy cow", "he yelled 'shut up'"
_SELF = SelfGap(7)  # "I'm such an idiot", "hoping I'm not going to seem like a total idiot"
_ALONE = AimedAlone("respectful-tone.not-vocative", "respectful-tone.command")  # "@jo loser", "gotcha bitch"
_SLUR_AIM = PlainGap(1)  # "butthurt liberal retards": at most a word between insult and slur
_ANIMAL_SUBJECT = SelfGap(4)  # "my dog is a greedy pig": plain words, none naming a person


@uses(
    "respectful-tone.strong",
    "respectful-tone.hostile",
    "respectful-tone.lead",
    "respectful-tone.noun",
    "respectful-tone.lead-person",
    "respectful-tone.animal",
    "respectful-tone.adjective",
    "respectful-tone.vocative",
    "respectful-tone.affection",
    "respectful-tone.joking",
    "respectful-tone.mild",
    "respectful-tone.laughing",
    *TOLD_LISTS,
    "respectful-tone.adj-strong",
    "respectful-tone.human",
    "respectful-tone.noun-of",
    "respectful-tone.of-human",
    "respectful-tone.pet",
    "respectful-tone.thing",
    "respectful-tone.thing-word",
    "respectful-tone.fiction",
    "respectful-tone.person-verb",
    "respectful-tone.is-shit",
    "respectful-tone.not-person",
    "respectful-tone.insult-lead",
    "respectful-tone.how",
    "respectful-tone.exclaimed-of",
    "respectful-tone.hail",
    "respectful-tone.hailed",
    "respectful-tone.greeted-fondly",
    "respectful-tone.not-vocative",
    "respectful-tone.command",
    "respectful-tone.hostile-plain",
    "respectful-tone.lead-like",
    *NAMED_LISTS,
    *needs(_AIMED, _AGED, _SELF, _ALONE, _SLUR_AIM, slur_spans, dehumanised_spans),
)
def tone_spans(post: Post) -> list[Span]:
    """Every insulting or hostile piece of the post, in order, less what the speaker says of
    themselves, names among friends ("love these idiots") and names that are names ("Cretins FC")."""
    leads = ("respectful-tone.lead", "respectful-tone.lead-person", "respectful-tone.lead-like")
    names = _aimed(post, "respectful-tone.noun", leads, _AIMED)
    names += _aimed(post, "respectful-tone.adjective", ("respectful-tone.lead-person",), _AIMED)
    names += _aimed(post, "respectful-tone.animal", ("respectful-tone.lead-person",), _AIMED)
    names += _animals_acting_as_people(post)
    names += _said_of_people(post, "respectful-tone.animal", by_name=True)
    names += _said_of_people(post, "respectful-tone.adj-strong", by_name=False)
    names += _named_is_a(post)
    names += _named_and_called_shit(post)
    names += _aimed(post, "respectful-tone.human", ("respectful-tone.adj-strong",), _AGED)
    # an insulting description straight before a name is name-calling with no lead ("stupid poser",
    # "pathetic loser, go home", "useless prat")
    # (not the "-ass" intensifier: "lazy ass", "stupid ass comments")
    names += [
        s
        for s in _aimed(post, "respectful-tone.noun", ("respectful-tone.adj-strong",), _ADJACENT)
        if post.excerpt(s).split()[-1].lower() not in _INTENSIFIERS
    ]
    names += _aimed(post, "respectful-tone.of-human", ("respectful-tone.noun-of",), _ADJACENT)
    names += _slurs_as_names(post)
    names += _exclaimed(post)
    names += _hailed(post)
    names += dehumanised_spans(post)  # "muslim invaders", "immigrant parasites"
    names += learned.spans(post, "respectful-tone")  # what the lists cannot reach: the learned model's trigger
    # "#mug", "#dog" tag a photo; "insomnia is a bitch" is said of a thing
    names = [
        s
        for s in names
        if not hashtag(post, s)
        and not _said_of_a_thing(post, s)
        and not _heading(post, s)
        and not said_to_a_thing(post, s)
    ]
    names += [s for s in post.spans("respectful-tone.strong") if not negated(post, s, "respectful-tone.modifier")]
    names += [span for span in post.spans("respectful-tone.vocative") if _ALONE(post, span)]
    if post.has("respectful-tone.joking"):  # "you suck lol jk": taken back
        return []
    if names:
        banter = post.sentences("respectful-tone.affection")
        names = not_names(post, [s for s in names if s.sentence not in banter])
    spans = [s for s in names + _hostile(post) if not tag_fragment(post, s, tone_spans)]
    if spans:
        reported = told_by_others(post, spans, _TOLD)
        reported.update(mentioned(post, spans, "respectful-tone.pet", lambda p, gap: _ANIMAL_SUBJECT(p, gap, "")))
        things = mentioned(post, spans, "respectful-tone.thing", _thing_subject)
        reported.update(s for s in things if not _person_clause(post, s))
        spans = [s for s in spans if s not in reported]
    if spans and post.spans("respectful-tone.fiction"):  # a quoted line of a show, a song, a book
        spans = [s for s in spans if not in_quotes(post, s)]
    spans = _not_exclaimed_of_self(post, spans)
    return not_self_aimed(post, sorted(spans, key=lambda s: s.start), _SELF)


def _slurs_as_names(post: Post) -> list[Span]:
    """A slur thrown with an insult before it is name-calling as well as discrimination ("butthurt
    liberal retards", "pos muzzie", "delusional retards"), and so is one said of someone after a
    personal lead ("they're white trash", "he's a wetback", `lead-person`); a slur naming a group
    with nothing insulting said ("damn niggers", "the muzzie bros") is discrimination's alone."""
    slurs = slur_spans(post)
    if not slurs:
        return slurs
    insults = post.spans("respectful-tone.adjective") + post.spans("respectful-tone.adj-strong")
    insults += post.spans("respectful-tone.insult-lead")
    # a slur said of someone by a lead is calling them it ("they're white trash", "he's a wetback")
    leads = post.spans("respectful-tone.lead-person")
    of_people = [s for s in slurs if post.excerpt(s).split()[0].lower() not in _SAID_OF_THING]
    likened = follows(post, post.spans("respectful-tone.lead-like"), slurs, _AIMED)  # "he walks like a proper spaz"
    return follows(post, insults, slurs, _SLUR_AIM) + follows(post, leads, of_people, _article_gap) + likened


def _article_gap(post: Post, gap: str) -> bool:
    """For `follows`: nothing between but spaces and an article ("they're white trash", "he's a ...")."""
    return gap.strip().lower() in {"", "a", "an"}


# A slur construction said of a thing ("that's retarded", "so gay"): not a slur said of a person.
_SAID_OF_THING = frozenset({"that", "thats", "that's", "that\u2019s", "this", "its", "it's", "so", "how"})


def _exclaimed(post: Post) -> list[Span]:
    """A description exclaimed of someone: "how" before it, who it is said of straight after ("how
    pathetic you are", "I'll show him how actually stupid he is"; not "how stupid is this form")."""
    found = _aimed(post, "respectful-tone.adjective", ("respectful-tone.how",), _AIMED)
    if not found:
        return []
    said_of = {s.start: s for s in post.spans("respectful-tone.exclaimed-of")}
    out = []
    for span in found:
        gap = post.original[span.end : span.end + 2]
        at = span.end + len(gap) - len(gap.lstrip())
        if at in said_of and said_of[at].sentence == span.sentence:
            out.append(Span(span.start, said_of[at].end, span.sentence))
    return out


_HAIL_OPENS = re.compile(r"(?:[@#]\w+|[^\w\s]|\s)*")  # only handles, hashtags and punctuation before the hail
_HAIL_GAP = re.compile(r"[\s,]*(?:(?:you|ya|u)\s+)?")  # "Hey stupid", "oi, muppet", "oi you muppet"
_HAIL_AFTER = re.compile(r"\s*(?:[^\w\s]|$|(\w+))")  # what the name is followed by: punctuation, the end, a word


def _hailed(post: Post) -> list[Span]:
    """A name said to someone hailed as the sentence opens ("Hey stupid, that was ...", "oi muppet",
    "listen here idiot, ..."): a `vocative` name or a `hailed` description straight after a `hail`
    word, and nothing after it but punctuation, the end or a command ("oi muppet move your car");
    not "hey, stupid question", nor a greeting's fond name ("hey bitch", "hiya loser")."""
    hails = post.spans("respectful-tone.hail")
    if not hails:
        return []
    names = post.spans("respectful-tone.vocative") + post.spans("respectful-tone.hailed")
    if not names:
        return []
    text = post.original
    greetings = post.word_set("respectful-tone.not-vocative")
    fond = post.word_set("respectful-tone.greeted-fondly")
    commands = post.word_set("respectful-tone.command")
    found = []
    for name in names:
        hail = next((h for h in hails if h.end <= name.start and _HAIL_GAP.fullmatch(text, h.end, name.start)), None)
        if hail is None or hail.sentence != name.sentence:
            continue
        if _HAIL_OPENS.fullmatch(text, sentence_opening(text, hail.start), hail.start) is None:
            continue  # the hail does not open the sentence ("I said hey stupid things happen")
        after = _HAIL_AFTER.match(text, name.end)
        if after is None or (after.group(1) and after.group(1).lower() not in commands):
            continue
        said = post.excerpt(hail).split()[-1].lower()
        if said in greetings and post.excerpt(name).lower() in fond:
            continue
        found.append(name)
    return found


def _hostile(post: Post) -> list[Span]:
    """The hostile phrases, and those without a swear word or an insult (`hostile-plain`: "you haven't
    got a clue", "mouthing off", "give it up love"), less the mildest ones said laughing or fondly
    ("omg shut up 😂")."""
    hostile = post.spans("respectful-tone.hostile") + post.spans("respectful-tone.hostile-plain")
    if not hostile or not (post.has("respectful-tone.laughing") or post.has("respectful-tone.affection")):
        return hostile
    mild = post.spans("respectful-tone.mild")
    return [s for s in hostile if not any(m.start <= s.start and s.end <= m.end for m in mild)]


def _heading(post: Post, span: Span) -> bool:
    """A name that heads the post as a label, a colon after it ("Another loser: lost the game", a
    game's automated post), not a name said to someone ("You loser: go away")."""
    return (
        not post.original[: span.start].strip()
        and post.original[span.end : span.end + 1] == ":"
        and post.excerpt(span).split()[0].lower() in _LABEL_LEADS
    )


_LABEL_LEADS = frozenset({"another", "the", "today's", "todays", "this", "new"})  # not "you", "what a"


_INTENSIFIERS = frozenset({"ass", "arse", "asses", "arses"})  # "lazy ass", "ugly ass backhand"
_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "my", "myself"})  # "its saturday and i am home again"
_OTHERS = frozenset({"he", "she", "him", "her", "his", "hes", "shes", "they", "them", "you", "u", "your", "ur"})


def _not_exclaimed_of_self(post: Post, spans: list[Span]) -> list[Span]:
    """The spans less a "what a loser" said as a sentence of its own straight after one the speaker
    tells of themselves ("I'm home alone on a Friday night again. What a loser"), not after one
    about someone else ("He skipped the meeting again. What a loser", "I met Dave. What an idiot")."""
    told_of = {span: sentence for span in spans if (sentence := _told_of_self(post, span)) is not None}
    if not told_of:
        return spans
    named = {n.sentence for n in named_spans(post, set(told_of.values()))}  # one pass for them all
    return [s for s in spans if s not in told_of or told_of[s] in named]


def _told_of_self(post: Post, span: Span) -> int | None:
    """The sentence before a short "what a ..." sentence ending with the span, when it says "I" and
    no "he", "she" or "you"."""
    keys, sentences = post.word_keys, post.text.word_sentences
    last = bisect.bisect_left(post.word_starts, span.end)
    first = bisect.bisect_left(post.word_starts, span.start)
    if first >= len(keys) or (last < len(keys) and sentences[last] == sentences[first]):  # more said after it
        return None
    reach = max(0, last - _EXCLAMATION_WORDS)
    while first > reach and sentences[first - 1] == sentences[first]:
        first -= 1  # the sentence's first word, if near
    if first < 1 or keys[first] != "what" or sentences[first - 1] == sentences[first]:
        return None
    opener = first - 1
    while opener > 0 and sentences[opener - 1] == sentences[first - 1]:
        opener -= 1
    told = keys[opener:first]
    if _FIRST_PERSON.isdisjoint(told) or not _OTHERS.isdisjoint(told):
        return None
    return sentences[opener]


_EXCLAMATION_WORDS = 5  # "what a total and utter idiot"


_COPULA = re.compile(r"\s*(?:['\u2019]s|is|was|are|were|has been|have been|keeps being)\b", re.I)


def _thing_subject(post: Post, gap: str) -> bool:
    """A thing is what the name is said of when "is", "was" or "'s" follows it straight away ("my
    laptop is a useless piece of crap"), not a person named after it ("the bus driver is a prick")."""
    return _COPULA.match(gap) is not None and _ANIMAL_SUBJECT(post, gap, "")


_WHO = re.compile(r"\b(?:who|whoever|whom|whose|someone|somebody|anyone|anybody)\b", re.I)
_CLAUSE_START = re.compile(r"[^.!?\n,;:]*$")


def _person_clause(post: Post, span: Span) -> bool:
    """Whether the clause before a span has a person for its subject, the thing only in what they
    did or where they are ("whoever designed this form is a complete imbecile", "the guy who fixed
    my car is a crook", "that woman on reception is a nasty old hag")."""
    clause = _CLAUSE_START.search(post.original, max(0, span.start - 80), span.start)
    if clause is None:
        return False
    if _WHO.search(clause.group()) is not None:
        return True
    # a person word opening the clause, as its subject ("that woman on reception", "the bus driver"),
    # not one further on ("I know you guys missed me, sleep deprivation is a bitch")
    people = [
        s.end
        for s in post.spans("respectful-tone.human")
        if clause.start() <= s.start
        and s.end <= span.start
        and len(post.original[clause.start() : s.start].split()) <= _SUBJECT_OPENING
        and not post.excerpt(s).lower().startswith("you")  # "you guys" is whom a post speaks to
    ]
    if not people:
        return False
    # the person must be the last thing named before it: not "the manager said the fridge is a pig sty"
    # (a time said of them does not count: "the driver this morning was a rude pig")
    return not any(
        max(people) <= t.start < span.start and not _WHEN.search(post.original, max(0, t.start - 10), t.start)
        for t in post.spans("respectful-tone.thing")
    )


_IS_A = re.compile(r"(?:is|was)\s+an?\s", re.I)
_SUBJECT_OPENING = 2  # words before a clause's subject: "that", "the new", "my ex"
_WHEN = re.compile(r"\b(?:this|last|yesterday|on|every)\s+$", re.I)


def _said_of_a_thing(post: Post, span: Span) -> bool:
    """A name said of a thing (`aim.said_of_a_thing`), unless a person is named in its clause."""
    return said_of_a_thing(post, span) and not _person_clause(post, span)


def _animals_acting_as_people(post: Post) -> list[Span]:
    """An animal after any lead that does what people do ("that rat lied", "the same snake who",
    "same rat that said"): the word after it (or after "that") is a `person-verb`."""
    animals = _aimed(post, "respectful-tone.animal", ("respectful-tone.lead",), _AIMED)
    if not animals:
        return []
    acts, keys, sentences = post.word_set("respectful-tone.person-verb"), post.word_keys, post.text.word_sentences
    found = []
    for span in animals:
        after = bisect.bisect_left(post.word_starts, span.end)
        if after < len(keys) and keys[after] == "that":
            after += 1
        if after < len(keys) and sentences[after] == sentences[after - 1] and keys[after] in acts:
            found.append(span)
    return found


def _said_of_people(post: Post, words: str, by_name: bool) -> list[Span]:
    """An animal, or the strongest insulting description, after "is a" / "was a" when the clause's
    subject is a person, named by a person word or "who" ("the bus driver this morning was a rude
    pig", "the councillor for our ward is a useless lump"), or for an animal by a name ("Gary from
    accounts is a weasel"; a description may be of a name's book or firm: "Coraline is a creepy
    book"): not "my dog is a greedy pig"."""
    found = _aimed(post, words, ("respectful-tone.lead",), _AIMED)
    found = [s for s in found if _IS_A.match(post.original, s.start) and not _thing_pronoun(post, s)]
    if not found:
        return []
    if not by_name:
        return [s for s in found if _person_clause(post, s)]
    things = post.word_set("respectful-tone.not-person")
    names = [n for n in named_spans(post, {s.sentence for s in found}) if post.excerpt(n).lower() not in things]
    return [s for s in found if _person_clause(post, s) or _named_in_clause(post, names, s)]


# a thing for the subject ("the doctor said it was a nasty infection"); not "the bloke in IT"
_IT = re.compile(r"\b(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]hich|[Tt]here|[Ww]hat|[Ee]verything|[Ss]omething|[Nn]othing)\s*$")


def _thing_pronoun(post: Post, span: Span) -> bool:
    return _IT.search(post.original, max(0, span.start - 12), span.start) is not None


def _named_in_clause(post: Post, names: list[Span], span: Span) -> bool:
    """Whether a person's name stands in the clause before a span ("Gary from accounts is a weasel")."""
    clause = _CLAUSE_START.search(post.original, max(0, span.start - 80), span.start)
    return clause is not None and any(clause.start() <= n.start and n.end <= span.start for n in names)


_NAME_IS_A = re.compile(r"['\u2019]s (?:a|an) ", re.I)


def _named_is_a(post: Post) -> list[Span]:
    """A name or an animal after a person named with "'s a" ("Kev's a prick", "Sharon's an absolute
    cow"): "'s a" is "is a" said of them. Not a thing capitalised ("Life's a bitch", `not-person`)."""
    if "s a" not in post.text.folded:
        return []
    found = post.spans("respectful-tone.noun") + post.spans("respectful-tone.animal")
    if not found:
        return []
    things = post.word_set("respectful-tone.not-person")
    leads = []
    for name in named_spans(post, {s.sentence for s in found}):
        said = _NAME_IS_A.match(post.original, name.end - 2)
        if said and post.excerpt(name)[:-2].lower() not in things:
            leads.append(Span(name.start, said.end() - 1, name.sentence))
    return follows(post, leads, sorted(found, key=lambda s: s.start), _AIMED)


def _named_and_called_shit(post: Post) -> list[Span]:
    """A person named just before "is shit" ("Kane is shit", "@jo is rubbish"): an @handle or a
    capitalised name, but not one that names a thing or a place ("Life is shit", "Ovenden Road")."""
    said = post.spans("respectful-tone.is-shit")
    if not said:
        return []
    names = {name.end: name for name in named_spans(post, {s.sentence for s in said})}
    things = post.word_set("respectful-tone.not-person")
    found = []
    for span in said:
        name = names.get(span.start - 1)
        if name is not None and post.original[span.start - 1] == " " and post.excerpt(name).lower() not in things:
            found.append(Span(name.start, span.end, span.sentence))
    return found


def _aimed(post: Post, words: str, leads: tuple[str, ...], gap: ModifierGap) -> list[Span]:
    """`words` after one of `leads` (its leads looked up only when a word is there: most posts have none)."""
    found = post.spans(words)
    if not found:
        return []
    return follows(post, sorted((s for name in leads for s in post.spans(name)), key=lambda s: s.end), found, gap)


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
