"""Who a word is aimed at, for the rules about insults and slurs (respectful-tone,
discriminatory-language): the words that may stand between a lead and the word it aims
(`ModifierGap`), an insult the speaker says of themselves (`not_self_aimed`), a name said to
someone on its own (`aimed_alone`), a word talked about rather than used (`mentioned`), and a
name said of a thing ("this heat is a bitch": `said_of_a_thing`) or to one ("Monday you slag":
`said_to_a_thing`).

Each test that reads word lists says which (`lists`), so the rules that use it declare them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..post import Post, Span
from .shared import GapTest, named_spans

_GAP_WORD = re.compile(r"[\w']+")
_GAP_PLAIN = re.compile(r"[\w'\s\-*]*")  # words (masked too: "f*cking"), spaces, hyphens: nothing that ends a clause
_PERSON_WORDS = frozenset(
    "you u ya ye ur your youre yours yall he she they him her them his their hes shes theyre "
    "this that these those people everyone everybody".split()
)
_WINDOW = 60  # characters between a lead and the word it aims
_LAST_TOKEN = re.compile(r"[\w']+$")


def _folded_words(text: str) -> list[str]:
    return [word.replace("'", "") for word in _GAP_WORD.findall(text.replace("\u2019", "'").lower())]


@dataclass(frozen=True)
class ModifierGap:
    """For `follows`: at most `max_words` words between, each one of the word set `words`
    ("absolute", "fucking", "little", "a"), none a negation (`common.negation`)."""

    max_words: int
    words: str
    negation: str = "common.negation"

    @property
    def lists(self) -> tuple[str, ...]:
        return (self.words, self.negation)

    def __call__(self, post: Post, gap: str) -> bool:
        if not gap.strip():
            return True
        if _GAP_PLAIN.fullmatch(gap) is None:
            return False
        between = _folded_words(gap.replace("*", "_"))
        allowed = post.word_set(self.words)
        return (
            len(between) <= self.max_words
            and all(w in allowed or w.isdigit() or _masked_in(w, allowed) for w in between)  # digits: an age
            and not (post.word_set(self.negation) & set(between))
        )


def _masked_in(word: str, allowed: frozenset[str]) -> bool:
    """Whether a word with letters starred out ("f_cking" from "f*cking") is one of `allowed`."""
    if "_" not in word or sum(c.isalpha() for c in word) < 2:
        return False
    pattern = re.compile(word.replace("_", "[a-z]"))
    return any(len(w) == len(word) and pattern.fullmatch(w) for w in allowed)


@dataclass(frozen=True)
class Quoted:
    """A gap test that lets quotation marks and a colon stand in the gap too ("screamed: 'you cow'")."""

    gap: ModifierGap

    @property
    def lists(self) -> tuple[str, ...]:
        return self.gap.lists

    def __call__(self, post: Post, gap: str) -> bool:
        return self.gap(post, _QUOTES.sub(" ", gap))


_QUOTES = re.compile(r"[\"'“”‘’:]")


@dataclass(frozen=True)
class SelfGap:
    """Whether an insult is the speaker's about themselves: at most `max_words` plain words
    between what says "I" or "we" (`common.self`) and it, and none that names someone else."""

    max_words: int
    lists: tuple[str, ...] = ("common.self",)

    def __call__(self, post: Post, gap: str, insult: str) -> bool:
        if _GAP_PLAIN.fullmatch(gap) is None:
            return False
        between = _folded_words(gap)
        return len(between) <= self.max_words and not _PERSON_WORDS & set(between + _folded_words(insult))


def _preceded(post: Post, leads: list[Span], ends: list[int], span: Span, test: GapTest, at: int | None = None) -> bool:
    """Whether one of `leads` (sorted by end) ends shortly before `span` (or before offset `at`
    in it), in its sentence, with a gap `test` accepts."""
    at = span.start if at is None else at
    k = bisect.bisect_right(ends, at) - 1
    while k >= 0 and at - leads[k].end <= _WINDOW:
        lead = leads[k]
        k -= 1
        if lead.sentence == span.sentence and test(post, post.original[lead.end : at]):
            return True
    return False


def not_self_aimed(post: Post, spans: list[Span], gap: SelfGap) -> list[Span]:
    """The spans that are not the speaker's words about themselves ("I'm such an idiot")."""
    if not spans:
        return spans
    selves = sorted((s for s in post.spans("common.self") if not in_tag(post, s)), key=lambda s: s.end)
    if not selves:
        return spans
    ends = [s.end for s in selves]
    kept = []
    for span in spans:
        # The insult is the span's last word ("was a coward": "coward"): its lead may overlap "I was".
        last = _LAST_TOKEN.search(post.original, span.start, span.end)
        at = last.start() if last else span.start
        if not _preceded(post, selves, ends, span, lambda p, g, s=span: gap(p, g, p.excerpt(s)), at):
            kept.append(span)
    return kept


@dataclass(frozen=True)
class _MentionGap:
    """At most one word between, and quotes or a colon: "the word 'retard'", "called me a paki"."""

    lists: tuple[str, ...] = ()

    def __call__(self, post: Post, gap: str) -> bool:
        return len(_GAP_WORD.findall(gap)) <= 1 and re.fullmatch(r"[\w\s\"'“”‘’:\-]*", gap) is not None


_MENTION_GAP = _MentionGap()


def mentioned(post: Post, spans: list[Span], leads_list: str, gap: GapTest = _MENTION_GAP) -> list[Span]:
    """The spans talked about as words ("the word 'retard'", "called me a paki") or reported ("she
    told me I was useless"): right after `leads_list`, with a gap `gap` accepts."""
    if not spans:
        return []
    leads = sorted((s for s in post.spans(leads_list) if not in_tag(post, s)), key=lambda s: s.end)
    if not leads:
        return []
    ends = [s.end for s in leads]
    return [span for span in spans if _preceded(post, leads, ends, span, gap)]


# The lists `told_by_others` reads.
TOLD_LISTS = (
    "respectful-tone.reported",
    "respectful-tone.report-verb",
    "respectful-tone.writer",
    "respectful-tone.writer-aux",
)
_CALLED_WORDS = 3  # "called the council a bunch of thugs": at most three words name the one called
_GAP_QUOTES = re.compile(r"[\"'\u201c\u201d\u2018\u2019]")


def told_by_others(post: Post, spans: list[Span], told: GapTest) -> set[Span]:
    """The insults among `spans` that are someone else's words, reported: after a `reported` lead ("she
    called me a lazy cow", "my boss said we were useless") with a gap `told` accepts, or after a
    `report-verb` with the one called between ("Ann Smith calls Bob Jones a 'hysterical woman'") or
    opening the span ("she called him a muppet"), as a quotation's words are its speaker's. Not those the
    writer reports of themselves: "I" or "we" before the lead, past a few `writer-aux` words ("so I
    called him a prat", "we literally told them they were useless"), are the writer's own words."""
    if not spans:
        return set()
    reported = set(mentioned(post, spans, "respectful-tone.reported", told))
    verbs = post.spans("respectful-tone.report-verb")
    if verbs:
        opening = {verb.start for verb in verbs}
        reported.update(s for s in spans if s.start in opening)

        def called(post: Post, gap: str) -> bool:
            words = _GAP_QUOTES.sub(" ", gap).split()
            if not words or _GAP_PLAIN.fullmatch(" ".join(words).replace("@", "")) is None:
                return False
            last = min(_CALLED_WORDS, len(words))
            return any(told(post, " " + " ".join(words[k:]) + " ") for k in range(1, last + 1))

        reported.update(mentioned(post, spans, "respectful-tone.report-verb", called))
    return reported - _writer_reported(post, reported)


def _writer_reported(post: Post, reported: set[Span]) -> set[Span]:
    """Of the insults reported, those whose nearest lead (it may open the span: "called him a") has
    "I" or "we" before it, past a few `writer-aux` words."""
    if not reported:
        return set()
    leads = sorted(post.spans("respectful-tone.reported") + post.spans("respectful-tone.report-verb"))
    writer, aux = post.word_set("respectful-tone.writer"), post.word_set("respectful-tone.writer-aux")
    keys, starts = post.word_keys, post.word_starts
    found = set()
    for span in reported:
        before = [lead for lead in leads if lead.start <= span.start and lead.sentence == span.sentence]
        if not before:
            continue
        lead = max(before, key=lambda s: (s.start, s.end))
        index = bisect.bisect_left(starts, lead.start) - 1
        while index >= 0 and keys[index] in aux and post.word_span(index).sentence == span.sentence:
            index -= 1
        if index >= 0 and keys[index] in writer and post.word_span(index).sentence == span.sentence:
            found.add(span)
    return found


_EDGE_NOISE = re.compile(r"(?:[@#][\w]+|[^\w\s]|\s)*")  # handles, hashtags, punctuation, emoji, spaces
_LAST_WORD = re.compile(r"([\w']+)([^\w]*)$")
_SENTENCE_END = re.compile(r"[.!?\n]")
_EDGE_REACH = 200  # characters looked at either side of a name said on its own


def sentence_opening(text: str, at: int, reach: int = _EDGE_REACH) -> int:
    """Where the sentence holding `at` opens (after the last ".", "!", "?" or line break before it),
    looked for at most `reach` characters back: a long sentence is cut there, so no look costs the post."""
    low = max(0, at - reach)
    return max(max(text.rfind(c, low, at) for c in ".!?\n") + 1, low)


_SECOND_PERSON = re.compile(r"\b(?:you|u|ur|your|ya|yall|youre|you're|don'?t|dont|stop|shut|get|go|gotcha|bye)\b", re.I)


@dataclass(frozen=True)
class AimedAlone:
    """A name said to someone on its own: the whole sentence but @handles ("@jo loser"), or its
    last word after a comma or after a word that is not one of `not_before` ("gotcha bitch", but
    not "life's a bitch", "I love this bitch") in a sentence said to someone: a reply, after "you",
    or opening with one of `commands` ("dm me now slut")."""

    not_before: str
    commands: str

    @property
    def lists(self) -> tuple[str, ...]:
        return (self.not_before, self.commands)

    def __call__(self, post: Post, span: Span) -> bool:
        text = post.original
        if hashtag(post, span):
            return False
        start = sentence_opening(text, span.start)
        reach = min(len(text), span.end + _EDGE_REACH)  # bounded: a long sentence has words after it anyway
        end_match = _SENTENCE_END.search(text, span.end, reach)
        end = end_match.start() if end_match else reach
        before, after = text[start : span.start], text[span.end : end]
        if _EDGE_NOISE.fullmatch(after) is None:
            return False
        if _EDGE_NOISE.fullmatch(before) is not None:
            return True
        last = _LAST_WORD.search(before.rstrip())
        if last is None:
            return False
        if "," in last.group(2):
            return True
        addressed = (
            post.context.surface == "reply"
            or before.lstrip().startswith("@")
            or _SECOND_PERSON.search(before)
            or _first_word(before) in post.word_set(self.commands)
        )
        word = last.group(1).lower().replace("'", "").replace("\u2019", "")
        return bool(addressed) and word not in post.word_set(self.not_before)


_FIRST_WORD = re.compile(r"(?:[@#]\w+|[^\w@#])*(\w+)")


def _first_word(text: str) -> str:
    """The first word of `text` after any @handles and hashtags, lower case ("" when none)."""
    found = _FIRST_WORD.match(text)
    return found.group(1).lower() if found else ""


_WORDS_BEFORE = re.compile(r"((?:[\w']+[^\w.!?\n]+){1,4})$")


def negated(post: Post, span: Span, modifiers: str, negation: str = "common.negation") -> bool:
    """Whether a negation stands just before a span, with only `modifiers` words between ("you're
    not an idiot", "he's never a bully")."""
    before = _WORDS_BEFORE.search(post.original, max(0, span.start - 60), span.start)
    if before is None:
        return False
    words = _folded_words(before.group(1))
    allowed, negations = post.word_set(modifiers), post.word_set(negation)
    for index in range(len(words) - 1, -1, -1):
        if words[index] in negations:
            return True
        if words[index] not in allowed:
            return False
    return False


_TAG_START = re.compile(r"[@#][\w]*$")


def in_tag(post: Post, span: Span) -> bool:
    """Whether a span lies in a hashtag or @handle ("@_IAMKEN" reads "i am ken": nobody speaks of themselves)."""
    return _TAG_START.search(post.original, max(0, span.start - 40), span.start) is not None


_TAG_OPEN = re.compile(r"([@#])[\w]*$")


def tag_fragment(post: Post, span: Span, finder: Callable[[Post], list[Span]]) -> bool:
    """Whether a span is only a piece of an @handle or a hashtag. A handle is a name, whatever its
    words ("@dietingdyke", "@squareSTFU"). A hashtag speaks by the words it ends with: when the tag
    without its last word would already give `finder` a span, the words found lie inside it, not at
    its end ("#squawvalley", "#shutupandplay", "#ComeAtMeUT"), but "#fuckofffatty" still speaks."""
    opened = _TAG_OPEN.search(post.original, max(0, span.start - 40), span.start)
    if opened is None:
        return False
    if opened.group(1) == "@":
        return True
    index = bisect.bisect_right(post.word_starts, span.start) - 1
    pieces = post.text.tag_segments(post.pack.lexicon._segment).get(index)  # the lexicon's own reading of tags
    if not pieces:
        return False
    shorter = Post(" ".join(piece.key for piece in pieces[:-1]), post.context, post.pack)
    return bool(finder(shorter))


def hashtag(post: Post, span: Span) -> bool:
    """Whether a span's last word is a hashtag: "#mug", "you #dog" tag a photo, they call no one names."""
    last = _LAST_TOKEN.search(post.original, span.start, span.end)
    at = last.start() if last else span.start
    return at > 0 and post.original[at - 1] == "#"


def not_names(post: Post, spans: list[Span]) -> list[Span]:
    """The spans not written as part of someone's name: one capitalised word with a capitalised
    name next to it ("Greg Dyke", "Mr Coon", "Coon Rapids"), in a post that does not shout (a
    headline's "Murderers Crossing Border" is several words, not a name). Who the post names is
    worked out once, and only if a span is a capitalised word."""
    titled = [s for s in spans if post.excerpt(s).istitle() and " " not in post.excerpt(s)]
    if not titled:
        return spans
    names = [s for s in named_spans(post, {s.sentence for s in titled}) if post.excerpt(s).istitle()]
    starts = {s.start for s in names}
    ends = {s.end for s in names}
    as_name = {
        s for s in titled if s.start in starts and (s.start - 1 in ends or s.end + 1 in starts) and _spaced(post, s)
    }
    as_name |= {s for s in titled if _TITLE_THE.search(post.original, max(0, s.start - 8), s.start)}
    return [s for s in spans if s not in as_name]


_TITLE_THE = re.compile(r"\w[\s,:]+The $")  # a title mid-sentence: "the film is called The Idiot"


def _spaced(post: Post, span: Span) -> bool:
    """A space, not punctuation, joins the span to the name beside it."""
    text = post.original
    return text[span.start - 1 : span.start] == " " or text[span.end : span.end + 1] == " "


# Single quotation marks, told from apostrophes ("don't", "the girls' coats", "'cause") by what stands
# either side: one opens after a space or a bracket and before a letter, one closes after a letter or
# a stop and before a space, a stop or the end. A quote is looked for on the span's own line.
_SINGLE_OPENS = re.compile(r"(?<![^\s(\[{\"“])['‘](?=\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[\w.!?,…])['’](?=[\s.,!?;:)\]}\"”…]|$)")
_QUOTE_REACH = 200  # characters looked at either side of a span for its quotation marks


def in_quotes(post: Post, span: Span) -> bool:
    """Whether a span stands inside quotation marks: double ones (an odd number of them before it), or
    single ones opened before it on its line, not closed before it, and closed after it ('the line
    'you absolute muppet' is the best', as '"you absolute muppet"')."""
    text = post.original
    if bisect.bisect_left(post.double_quotes, span.start) % 2 == 1:
        return True
    if "'" not in text and "\u2018" not in text:
        return False
    start = text.rfind("\n", max(0, span.start - _QUOTE_REACH), span.start) + 1
    start = max(start, span.start - _QUOTE_REACH)
    before = text[start : span.start + 1]  # with the span's first letter: an opening mark is before a letter
    opened = [m.end() for m in _SINGLE_OPENS.finditer(before) if m.end() <= span.start - start]
    if not opened or any(m.start() >= opened[-1] for m in _SINGLE_CLOSES.finditer(before, 0, span.start - start)):
        return False
    after = text[span.end - 1 : span.end + _QUOTE_REACH].split("\n", 1)[0]  # from the span's last letter
    return _SINGLE_CLOSES.search(after) is not None


_COPULA_LEAD = re.compile(r"(?:is|was)\s", re.I)
_SUBJECT = re.compile(r"([\w'\u2019]+)\W*$")
_ABSTRACT = re.compile(r"(?:ing|ness|ity|tion|sion|ment|ism|ship|dom|hood)$")
THING_LISTS = ("respectful-tone.not-person", "respectful-tone.thing-word")


def said_of_a_thing(post: Post, span: Span) -> bool:
    """A name after "is a" / "was a" whose subject is a thing, an act or a state ("this heat is a
    bitch", "waking up early is a bitch"; not "Portia is a bitch"): the word before is a thing or a
    business (`THING_LISTS`) or, written small, a word for an act or a state ("loneliness"; capitalised,
    it may be a name: "Manning")."""
    if _COPULA_LEAD.match(post.original, span.start) is None:
        return False
    before = _SUBJECT.search(post.original, max(0, span.start - 40), span.start)
    if before is None:
        return False
    word = before.group(1).lower().replace("'", "").replace("\u2019", "")
    if any(word in post.word_set(name) for name in THING_LISTS):
        return True
    return before.group(1).islower() and len(word) > 5 and _ABSTRACT.search(word) is not None


_YOU = frozenset({"you", "ya", "u"})


def said_to_a_thing(post: Post, span: Span) -> bool:
    """A name said to a thing that opens the sentence ("Monday you slag", "rain you absolute git"):
    the span starts at "you" and the day or the weather before it (a `respectful-tone.thing-word`,
    the sentence's first word) is called it, not a person."""
    keys, sentences = post.word_keys, post.text.word_sentences
    index = bisect.bisect_left(post.word_starts, span.start)
    if index < 1 or index >= len(keys) or keys[index] not in _YOU:
        return False
    opener = index - 1
    if opener > 0 and sentences[opener - 1] == sentences[opener]:
        return False
    return keys[opener] in post.word_set("respectful-tone.thing-word")
