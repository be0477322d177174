"""discriminatory-language: offensive or derogatory language about who people are; bullying.

Clause discrimination: "Staff should not post content that could be considered discriminatory
against, or bullying or harassment of, any individual, on either an official North Halifax
Partnership's social media channel or a personal account. For example: Making offensive or
derogatory comments relating to sex, gender, race, disability, sexual orientation, age, religion
or belief; Using social media to bully another individual; Posting images that are discriminatory
or offensive or links to such content"

Fires on slurs and blended slurs ("retard", "paki", "tranny", "libtard", "rapefugees", any word
built on a slur's ending: "snowtards"; slurs from a public lexicon, `insult-lexicon.toml`; masked
or stretched: "f*ggot", "n1gger"), derogatory constructions ("bloody immigrants", "women can't
drive", "go back to your own country", "typical woman", "dumb nigguh": an insult before the
n-word's "-a" spellings from the lexicon, "infestation of migrants"), a group said as
a whole to be something derogatory or to deserve something ("immigrants are all scroungers", "all
women are whores", "muslims are vermin", "gays should be banned", "refugees need to go back"),
a group named as vermin ("muslim invaders", "immigrant parasites", "gay scum") or people called
vermin in an order to expel them ("deport these animals"); a sex-specific slur aimed at a person
("you slag", "she's a skank", "@jo whore"; "bitch" and "cunt" when the post speaks of a woman or a
girl: "she was a bitch to the new starters"), derogatory about sex as well as rude; and the same in
other words: a group made of a kind and people ("black lads", "bi people", "every woman") said to
do something ("women can't drive", "jews only care about money", "boomers ruined everything"), not
to be fit for something ("gay couples should never adopt"), or asked why it is so ("why are
lesbians so ugly"); "go back to Poland" said as an order;
one person named by who they are said to be something demeaning ("the deaf lad is useless", "that
autistic kid was a nightmare", "the Polish fella's thick", or "he's useless" in its sentence or the
next: `person`, `judged`, `resumed`; not "the Polish
fella's van is a nightmare to park behind"); stereotypes in everyday words (`demeaning`): too many
of a people ("too many foreigners using our centres"), our own first ("locals should come first"), a
disability or condition said not to be real ("ADHD is just an excuse", "blue badge cheats"), hired
for who they are ("only got the job because
she's a woman", "diversity hire"), too old for work ("she's too old to be working with kids", "nobody
will hire a 58-year-old"), a gender denied ("I'm not calling him she"), being gay called a choice,
prejudice disclaimed before it is said ("I'm not racist but", "nothing against gay people but"),
English mocked ("can't even speak English") or demanded ("learn the language or go back", "this is England,
please speak English"), a disability as the insult ("proper special needs", "fit right in at the special
school", "deaf and dumb"), being gay hinted at ("a bit limp-wristed"), a sex or age as the insult ("like a
bunch of girls", "kids raising kids", "the committee are all past it"), a faith's practice sneered at ("stops
for prayers every five minutes", "fussing about halal"), "kids by different dads", "not racist, just saying",
"let's see how long she lasts"; bullying ("nobody likes you", "kill yourself", "you're so
ugly"), a person shut out ("nobody wants her there", "until she gets the hint") and sexual harassment
("send nudes") (`lists/discriminatory-language.toml`). From any account, on any surface. Does not fire on
naming a group ("disability access", "our LGBT+ group", "Muslim women's group", "age group", "Race
for Life"), on a group with something neutral or good ("young people are the future", "disabled
people are not a burden"), on words that are slurs only elsewhere ("faggots and peas", "Offa's
Dyke", "a chink in the armour", "space invaders", "doo-wop", "honky-tonk", "Mong Kok", "Squaw
Valley", "cuts will cripple charities"), on slurs that are more often other words unless aimed at
someone ("Free wop", "needs a new tranny"; but "you tranny", "dirty wops"), on words inside an
@handle ("@spazzyknits") or a hashtag that runs on after them ("#squawvalley"), on a slur written as
someone's name ("Greg Dyke"), said of oneself ("I'm basically retarded"), talked about as a word
("the word 'retard' hurts"), a generalisation talked about, reported or condemned ("stop saying
disabled people are a burden", "being called 'typical woman' is sexism", "sick of men claiming women
are hysterical", "not all men are the same"), or "go back to Poland" as a plan
("we go back to Poland every Christmas"), or a generalisation denied ("not all men are rapists").

Fires:
    [account=personal] Immigrants are all scroungers
    [account=official] That's so gay lol
    [account=personal] @jess_b nobody likes you, just leave the group
    [account=personal] Typical woman driver, can't even park
Does not fire:
    [account=official] Step-free disability access at Wellholme Children's Centre
    [account=personal] Greg Dyke was at the match on Saturday
    [account=official] Our LGBT+ group meets every Thursday at the Staying Well hub
    [account=official] Which age group is the Race for Life for? Everyone!
    [account=official] Young people are the future of North Halifax
"""

from __future__ import annotations

import re

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
    not_names,
    not_self_aimed,
    said_of_a_thing,
    said_to_a_thing,
    tag_fragment,
    told_by_others,
)
from .base import Rule, needs
from .kinds import each_sentence, uses
from .shared import NAMED_LISTS, PlainGap, follows

_BETWEEN = ModifierGap(3, "discriminatory-language.modifier")  # "women are all so fucking lazy"
_BEFORE = ModifierGap(2, "discriminatory-language.modifier")  # "get rid of all these foreigners"
_ADJACENT = ModifierGap(0, "discriminatory-language.modifier")  # "women are", not "women who are"
_SELF = SelfGap(7)  # "I'm basically retarded"
_NAMED = ModifierGap(3, "respectful-tone.modifier")  # "you're a fucking skank", "such a little hoe"
_NAMED_ALONE = AimedAlone("respectful-tone.not-vocative", "respectful-tone.command")  # "@jo slag"
_TOLD = Quoted(_NAMED)  # "she called her a whore": told of, not said


@uses(
    "discriminatory-language.sex-slur",
    "discriminatory-language.sex-slur-of-woman",
    "discriminatory-language.female",
    "respectful-tone.lead",
    "respectful-tone.lead-person",
    "respectful-tone.affection",
    "respectful-tone.joking",
    *TOLD_LISTS,
    "respectful-tone.thing-word",
    "respectful-tone.not-person",
    *NAMED_LISTS,
    *needs(_NAMED, _NAMED_ALONE, _TOLD),
)
def sex_slur_spans(post: Post) -> list[Span]:
    """A sex-specific slur aimed at a person: name-calling with it is derogatory about sex as well
    as disrespectful (the contract's "offensive or derogatory language about sex"). The slurs of
    `sex-slur` ("you slag", "she's a skank", "such a little hoe", "@jo whore"); "bitch" and "cunt"
    (`sex-slur-of-woman`) when the post speaks of a woman or a girl ("she was a bitch", "you dirty
    bitch, your wife ..."), not of no one in particular ("die bitch"). Aimed as respectful-tone
    aims a name: after "you", "is a", "what a", "this" with up to three modifiers between, or said
    on its own to someone; not among friends ("love you hoe"), told of someone ("she called her a
    whore"), quoted ('the line "such a hoe"', "the line 'such a hoe'"), said to the day ("Monday you
    slag") or of a thing ("this heat is a bitch"), or on a hashtag."""
    slurs = post.spans("discriminatory-language.sex-slur")
    of_woman = post.spans("discriminatory-language.sex-slur-of-woman")
    if of_woman and post.word_set("discriminatory-language.female").isdisjoint(post.word_keys):
        of_woman = []
    slurs = sorted(slurs + of_woman, key=lambda s: s.start)
    if not slurs:
        return slurs
    leads = sorted(post.spans("respectful-tone.lead") + post.spans("respectful-tone.lead-person"), key=lambda s: s.end)
    aimed = follows(post, leads, slurs, _NAMED)
    ends = {s.end for s in aimed}
    aimed += [s for s in slurs if s.end not in ends and _NAMED_ALONE(post, s)]
    if not aimed or post.has("respectful-tone.joking"):
        return []
    fond = post.sentences("respectful-tone.affection")
    aimed = [
        s
        for s in aimed
        if s.sentence not in fond
        and not hashtag(post, s)
        and not in_quotes(post, s)
        and not said_to_a_thing(post, s)
        and not said_of_a_thing(post, s)
    ]
    if aimed:
        told = told_by_others(post, aimed, _TOLD)
        aimed = [s for s in aimed if s not in told]
    return aimed


@uses(
    "discriminatory-language.offensive",
    "discriminatory-language.bullying",
    "discriminatory-language.group",
    "discriminatory-language.kind",
    "discriminatory-language.folk",
    "discriminatory-language.one",
    "discriminatory-language.be",
    "discriminatory-language.derogatory",
    "discriminatory-language.should",
    "discriminatory-language.fate",
    "discriminatory-language.should-not",
    "discriminatory-language.denied",
    "discriminatory-language.does",
    "discriminatory-language.ask",
    "discriminatory-language.they",
    "discriminatory-language.against",
    "discriminatory-language.about",
    "discriminatory-language.mention",
    "discriminatory-language.condemn",
    "discriminatory-language.go-back",
    "discriminatory-language.plan",
    "discriminatory-language.vermin",
    "discriminatory-language.blend-ending",
    "discriminatory-language.not-blend",
    "discriminatory-language.ambiguous",
    "discriminatory-language.ambiguous-aim",
    "discriminatory-language.expelled",
    "discriminatory-language.demeaning",
    "discriminatory-language.person",
    "discriminatory-language.one-be",
    "discriminatory-language.judged",
    "discriminatory-language.resumed",
    "common.negation",
    *NAMED_LISTS,
    *needs(_BETWEEN, _SELF, sex_slur_spans),
)
def discriminatory_spans(post: Post) -> list[Span]:
    """Every offensive, derogatory or bullying piece of the post, in order."""
    orders = _not_talked_about(post, post.spans("discriminatory-language.go-back"), "discriminatory-language.plan")
    said = slur_spans(post) + orders + _generalisations(post) + sex_slur_spans(post) + dehumanised_spans(post)
    said += post.spans("discriminatory-language.demeaning") + _one_demeaned(post)
    said = _not_talked_about(post, said, "discriminatory-language.condemn")
    spans = [
        s
        for s in said + post.spans("discriminatory-language.bullying")
        if not tag_fragment(post, s, discriminatory_spans)
    ]
    return not_self_aimed(post, sorted(spans, key=lambda s: s.start), _SELF)


_ONE_PLACE = 4  # words saying where the one is, before what they are said to be ("the gay bloke at work is")
_ONE_JUDGED = PlainGap(_ONE_PLACE + 1 + 3)  # the place, the `one-be` word, at most three modifiers
_GLUED_BE = ("'s", "\u2019s")


def _judged_gap(post: Post, gap: str) -> bool:
    """Between a person named by who they are and a `judged` word: at most `_ONE_PLACE` words, then a
    `one-be` word, then only `modifier` words (at most three), no negation ("the deaf lad is useless",
    "the Muslim lady next door is a right nightmare"; not "the deaf lad isn't useless")."""
    if not _ONE_JUDGED(post, gap):
        return False
    words = [w.replace("'", "") for w in gap.replace("\u2019", "'").lower().split()]
    be, modifiers = post.word_set("discriminatory-language.one-be"), post.word_set("discriminatory-language.modifier")
    for index, word in enumerate(words):
        if word in be:
            after = words[index + 1 :]
            return index <= _ONE_PLACE and len(after) <= 3 and all(w in modifiers or w in be for w in after)
    return False


@uses(
    "discriminatory-language.kind",
    "discriminatory-language.person",
    "discriminatory-language.one-be",
    "discriminatory-language.judged",
    "discriminatory-language.resumed",
    "discriminatory-language.modifier",
    "common.negation",
)
def _one_demeaned(post: Post) -> list[Span]:
    """One person named by who they are ("the deaf lad", "that autistic kid", "the Polish fella") said
    to be something demeaning ("is useless", "was a nightmare", "'s thick"): a protected characteristic
    used to demean. Looked at only when the post has a `judged` word."""
    judged = post.spans("discriminatory-language.judged")
    if not judged:
        return []
    kinds = post.spans("discriminatory-language.kind")
    if not kinds:
        return []
    ones = follows(post, kinds, post.spans("discriminatory-language.person"), _ADJACENT)
    if not ones:
        return []
    glued = [one for one in ones if post.original[one.end - 2 : one.end].lower() in _GLUED_BE]
    apart = [one for one in ones if one not in glued]  # "the Polish fella's van is …" is the van's
    found = follows(post, apart, judged, _judged_gap) + follows(post, glued, judged, _BETWEEN)
    # taken up again by "he's" / "she's" in its sentence or the next ("… the deaf lad on the front desk
    # again. Embarrassing watching him, he's basically useless")
    named = {one.sentence for one in ones} | {one.sentence + 1 for one in ones}
    resumed = [r for r in post.spans("discriminatory-language.resumed") if r.sentence in named]
    return found + follows(post, resumed, judged, _BETWEEN)


def _generalisations(post: Post) -> list[Span]:
    """A group, or one of them, with something derogatory said of it as a whole: a frame (what is
    said against it, that it is, should, should not, does, or why it does) joined to what makes it
    derogatory ("women can't drive", "why are lesbians so ugly", "gay couples should never adopt").
    A group called vermin is `dehumanised_spans`'."""
    groups = post.spans("discriminatory-language.group")
    kinds = post.spans("discriminatory-language.kind")
    if kinds:
        groups += follows(post, kinds, post.spans("discriminatory-language.folk"), _ADJACENT)
    people = sorted(groups + post.spans("discriminatory-language.one"), key=lambda s: s.start)
    if not people:
        return []
    spans = follows(post, post.spans("discriminatory-language.against"), people, _BEFORE)
    if groups:
        asked = follows(post, post.spans("discriminatory-language.ask"), groups, _ADJACENT)
        derogatory = post.spans("discriminatory-language.derogatory")
        does = post.spans("discriminatory-language.does")
        spans += follows(post, groups, post.spans("discriminatory-language.about"), _ADJACENT)
        spans += follows(post, groups + asked, does, _BETWEEN)
        said = follows(post, groups, post.spans("discriminatory-language.be"), _ADJACENT)
        said += _resumed(post.spans("discriminatory-language.they"), groups)
        spans += follows(post, said + asked, derogatory, _BETWEEN)
        for frame, what in (("should", "fate"), ("should-not", "denied")):
            leads = follows(post, groups, post.spans(f"discriminatory-language.{frame}"), _ADJACENT)
            spans += follows(post, leads, post.spans(f"discriminatory-language.{what}"), _BETWEEN)
    return spans


@uses(
    "discriminatory-language.group",
    "discriminatory-language.kind",
    "discriminatory-language.folk",
    "discriminatory-language.one",
    "discriminatory-language.vermin",
    "discriminatory-language.expelled",
    *needs(_ADJACENT),
)
def dehumanised_spans(post: Post) -> list[Span]:
    """A group, or one of them, called vermin straight after ("muslim invaders", "immigrant
    parasites", "gay scum"), or people called vermin in an order to expel them ("deport these
    animals", `expelled`): name-calling as well (respectful-tone). Looked at only when the post
    has such a word."""
    vermin = post.spans("discriminatory-language.vermin")
    if not vermin:
        return []
    people = post.spans("discriminatory-language.group") + post.spans("discriminatory-language.one")
    kinds = post.spans("discriminatory-language.kind")
    if kinds:
        people += follows(post, kinds, post.spans("discriminatory-language.folk"), _ADJACENT)
    return follows(post, people, vermin, _ADJACENT) + post.spans("discriminatory-language.expelled")


_RESUMED_WITHIN = 12  # characters from a group to "they're all" after it: "Immigrants? They're all ..."


def _resumed(theys: list[Span], groups: list[Span]) -> list[Span]:
    """A group taken up again by "they're all" right after it, across a question mark or a comma
    ("Immigrants? They're all scroungers"): the group said to be something."""
    return [
        Span(group.start, they.end, they.sentence)
        for they in theys
        for group in groups
        if 0 < they.start - group.end <= _RESUMED_WITHIN
    ]


def _not_talked_about(post: Post, spans: list[Span], leads: str) -> list[Span]:
    """The spans not right after one of the list `leads` ("the word 'retard'", "stop saying women
    can't drive", "being called 'typical woman'"): talked about, or condemned, rather than said."""
    if not spans:
        return spans
    talked_about = set(mentioned(post, spans, leads))
    return [s for s in spans if s not in talked_about]


@uses(
    "discriminatory-language.offensive",
    "discriminatory-language.ambiguous",
    "discriminatory-language.ambiguous-aim",
    "discriminatory-language.modifier",
    "discriminatory-language.blend-ending",
    "discriminatory-language.not-blend",
    "discriminatory-language.mention",
    *NAMED_LISTS,
)
def slur_spans(post: Post) -> list[Span]:
    """Slurs and offensive constructions, less those written as a name or talked about as words."""
    slurs = _aimed_if_ambiguous(post, post.spans("discriminatory-language.offensive")) + _blends(post)
    spans = _not_talked_about(post, slurs, "discriminatory-language.mention")
    return not_names(post, spans) if spans else spans


_REPEATS = re.compile(r"(.)\1+")


def _squeezed(word: str) -> str:
    return _REPEATS.sub(r"\1", word)


def _aimed_if_ambiguous(post: Post, slurs: list[Span]) -> list[Span]:
    """The slurs, less those more often other words ("coon", "tranny", "wop": `ambiguous`) that
    no word of `ambiguous-aim` aims at someone ("you coon", "dirty wops"; not "how's the tranny")."""
    if not slurs:
        return slurs
    ambiguous = {_squeezed(word) for word in post.word_set("discriminatory-language.ambiguous")}
    doubtful = [s for s in slurs if _squeezed(post.excerpt(s).lower()) in ambiguous]
    if not doubtful:
        return slurs
    aimed = {s.end for s in follows(post, post.spans("discriminatory-language.ambiguous-aim"), doubtful, _BEFORE)}
    return [s for s in slurs if s not in doubtful or s.end in aimed]


_BLEND_STEM = 3  # letters before the ending: "libtard", not "tard" (the lists decide about that)


def _blends(post: Post) -> list[Span]:
    """Words blended with a slur's ending ("libtard", "snowtards", "rapefugees"), less real words that
    end so, alone or ending a compound ("mustard", "#withrefugees"). Words are looked at only when the
    post holds an ending at all."""
    endings = tuple(post.word_set("discriminatory-language.blend-ending"))
    if not any(ending in post.text.folded for ending in endings):
        return []
    real = post.word_set("discriminatory-language.not-blend")
    return [
        post.word_span(index)
        for index, word in enumerate(post.word_keys)
        if word.endswith(endings)
        and len(word) - len(_ending(word, endings)) >= _BLEND_STEM
        and not any(word.endswith(r) for r in real)  # "#fatbastard", "#withrefugees": a real word ends it
    ]


def _ending(word: str, endings: tuple[str, ...]) -> str:
    return max((e for e in endings if word.endswith(e)), key=len)


_MESSAGE = (
    "This could be read as offensive or derogatory about who people are (sex, gender, race, disability, sexual "
    "orientation, age, religion or belief), or as bullying. The policy does not allow discriminatory, bullying or "
    "harassing content, whether on {where} or anywhere else."
)

RULE = Rule(
    id="discriminatory-language",
    severity="error",
    summary="Offensive or derogatory language about who people are, or bullying.",
    run=each_sentence(discriminatory_spans),
    texts={
        "message_official": _MESSAGE.format(where="{org_short}'s channels"),
        "message_personal": _MESSAGE.format(where="a personal account"),
    },
    doc=__doc__ or "",
)
