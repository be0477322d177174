"""Declarative rule kinds (in the spirit of Vale's `existence` checks): a simple rule says what it
looks for and how many findings it makes, and a kind does the rest.

A rule's `run` is an *ending* over what a *finder* finds, in posts a few *conditions* allow:

    run=first_hit("copyright.unlicensed", unless="copyright.permission")
        # the first hit of one list, unless the post has a hit of another: one finding
    run=each_sentence(hits("confidential.secret"))
        # one finding per sentence with a hit
    run=first_hit(confirmed("recruitment.seeking", by="recruitment.job"), when=official)
        # a hit confirmed by a hit of another list in its sentence (or by QUESTION, NAMED ...)

Finders, each a callable `Post -> list[Span]` (in text order) that declares the lists it reads:
- a list name, or `hits(*names)`: every hit of these lists;
- `confirmed(name, by=...)`: the hits of `name` in a sentence (or, `within="post"`, a post) that
  also has one of `by`: a list name, `QUESTION` (the sentence asks), `NAMED` (it names someone: a
  capitalised name or an @handle not the organisation's), or any object with `lists` and
  `sentences(post)`; a date or time is a list of the pack's (e.g. `promo-approval.when`);
- `joined(lead, word, gap=3)`: a hit of `lead` then a hit of `word` in its sentence, at most `gap`
  words between and no negation among them, as one span (instead of every combination as phrases);
- `in_own_words(finder)`: its hits in the post's own words, not inside an @handle, a #hashtag or a
  web address (words run together there name a page or a topic: "#sundayfunday", "#trainhitsboy");
- a tuple of finders: all they find, in text order;
- a function of the rule's own, marked with the lists it reads: `@uses("a.list", ...)`.
Every finder and ending takes `when` (conditions on the post, all must hold), `unless` (lists: no
hits if the post has one) and `outside` (lists: hits in a sentence that has one do not count).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from .. import learned
from ..findings import Finding, Fix
from ..post import Post, Span
from .base import Rule, needs
from .shared import NAMED_LISTS, PlainGap, follows, in_tag_or_link, named_spans, one_per_sentence

Condition = Callable[[Post], bool]
_WORD = re.compile(r"[\w'\u2019]+")
_BESIDE = 80  # characters looked at beside a hit for a word of a word set
FixFor = Callable[[Rule, Post, Span], Fix | None]


class Finder(Protocol):
    lists: tuple[str, ...]

    def __call__(self, post: Post) -> list[Span]: ...


class Confirmer(Protocol):
    lists: tuple[str, ...]

    def sentences(self, post: Post) -> set[int] | frozenset[int]: ...


Find = str | Finder | tuple["Find", ...]
Lists = str | Sequence[str]
Conditions = Condition | Sequence[Condition]

F = TypeVar("F", bound=Callable[..., Any])


def uses(*lists: str) -> Callable[[F], F]:
    """Mark a rule's own finder or condition with the word lists it reads."""

    def mark(function: F) -> F:
        function.lists = lists  # type: ignore[attr-defined]
        return function

    return mark


# --- conditions ----------------------------------------------------------------------------------


def official(post: Post) -> bool:
    """Posted from one of the organisation's channels."""
    return post.context.official


def personal(post: Post) -> bool:
    """Posted from the person's own account."""
    return not post.context.official


def replying(post: Post) -> bool:
    """A reply or comment under a post."""
    return post.context.surface == "reply"


@uses("org.mention")
def about_org(post: Post) -> bool:
    """Posted from an official channel, or a personal post that mentions the organisation."""
    return post.context.official or bool(post.org_mentions)


# --- confirmers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Question:
    """The sentence asks (it ends in a question mark)."""

    lists: tuple[str, ...] = ()

    def sentences(self, post: Post) -> frozenset[int]:
        return post.text.questions


@dataclass(frozen=True)
class _Named:
    """The sentence names someone: a capitalised name, or an @handle not the organisation's."""

    lists: tuple[str, ...] = NAMED_LISTS

    def sentences(self, post: Post) -> set[int]:
        return {span.sentence for span in named_spans(post)}


QUESTION = _Question()
NAMED = _Named()


@dataclass(frozen=True)
class _ListSentences:
    name: str

    @property
    def lists(self) -> tuple[str, ...]:
        return (self.name,)

    def sentences(self, post: Post) -> set[int]:
        return post.sentences(self.name)


# --- finders -------------------------------------------------------------------------------------


def _tuple(value: Any) -> tuple[Any, ...]:
    """One item or several, as a tuple."""
    return tuple(value) if isinstance(value, list | tuple) else (value,)


@dataclass(frozen=True)
class _Filters:
    """What every finder and ending takes: conditions, post-wide exceptions, sentence-wide exceptions."""

    when: tuple[Condition, ...] = ()
    unless: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()

    def allow(self, post: Post) -> bool:
        for condition in self.when:  # loops, not all()/any(): this runs for every rule on every keystroke
            if not condition(post):
                return False
        return not self.unless or not any(post.has(name) for name in self.unless)

    def keep(self, post: Post, spans: list[Span]) -> list[Span]:
        if not self.outside or not spans:
            return spans
        excluded = post.sentences(*self.outside)
        return [s for s in spans if s.sentence not in excluded]

    @property
    def lists(self) -> tuple[str, ...]:
        return needs(self.when, self.unless, self.outside)


@dataclass(frozen=True)
class _Hits:
    names: tuple[str, ...]
    filters: _Filters
    by: tuple[Confirmer, ...] = ()
    within: str = "sentence"

    @property
    def lists(self) -> tuple[str, ...]:
        return needs(self.names, self.filters, self.by)

    def __call__(self, post: Post) -> list[Span]:
        if not self.filters.allow(post):
            return []
        if len(self.names) == 1:
            spans = post.spans(self.names[0])
        else:
            spans = [span for name in self.names for span in post.spans(name)]
        if self.by and spans:
            confirming: set[int] = set()
            for confirmer in self.by:
                confirming |= confirmer.sentences(post)
            if self.within == "post":
                spans = spans if confirming else []
            else:
                spans = [s for s in spans if s.sentence in confirming]
        if len(self.names) > 1:
            spans.sort(key=lambda s: s.start)
        return self.filters.keep(post, spans)


def hits(*names: str, when: Conditions = (), unless: Lists = (), outside: Lists = ()) -> Finder:
    """Every hit of these lists, in text order."""
    return _Hits(names, _Filters(_tuple(when), _tuple(unless), _tuple(outside)))


@dataclass(frozen=True)
class _InOwnWords:
    find: Finder

    @property
    def lists(self) -> tuple[str, ...]:
        return self.find.lists

    def __call__(self, post: Post) -> list[Span]:
        return [span for span in self.find(post) if not in_tag_or_link(post, span)]


def in_own_words(find: str | Finder) -> Finder:
    """The hits of `find` (a list name or a finder) outside @handles, #hashtags and web addresses."""
    return _InOwnWords(hits(find) if isinstance(find, str) else find)


def confirmed(
    name: str,
    *,
    by: str | Confirmer | Sequence[str | Confirmer],
    within: str = "sentence",
    when: Conditions = (),
    unless: Lists = (),
    outside: Lists = (),
) -> Finder:
    """The hits of `name` confirmed by one of `by` in the same sentence (`within="post"`: anywhere)."""
    if within not in ("sentence", "post"):
        raise ValueError(f"within is 'sentence' or 'post', not {within!r}")
    confirmers = tuple(_ListSentences(c) if isinstance(c, str) else c for c in _tuple(by))
    return _Hits((name,), _Filters(_tuple(when), _tuple(unless), _tuple(outside)), confirmers, within)


@dataclass(frozen=True)
class _Joined:
    lead: str
    word: str
    gap: PlainGap
    filters: _Filters

    @property
    def lists(self) -> tuple[str, ...]:
        return needs(self.lead, self.word, self.gap, self.filters)

    def __call__(self, post: Post) -> list[Span]:
        if not self.filters.allow(post):
            return []
        searched = post.pack.lexicon.searched
        if self.word not in searched:  # a word set: the words after each lead
            found = self._beside(post, post.spans(self.lead), post.word_set(self.word), after=True)
        elif self.lead not in searched:  # a word set: the words before each hit of `word`
            found = self._beside(post, post.spans(self.word), post.word_set(self.lead), after=False)
        else:
            words = post.spans(self.word)
            found = follows(post, post.spans(self.lead), words, self.gap) if words else []
        return self.filters.keep(post, sorted(found, key=lambda s: s.start))

    def _beside(self, post: Post, hits: list[Span], word_set: frozenset[str], *, after: bool) -> list[Span]:
        """Each hit joined to the nearest word of `word_set` after it (or before it) in its sentence,
        with at most `gap` words between that the gap test accepts. Reads only the few words beside
        each hit, not the whole post."""
        text, reach, found = post.original, self.gap.max_words + 1, []
        for hit in hits:
            if after:
                near = list(itertools.islice(_WORD.finditer(text, hit.end, hit.end + _BESIDE), reach))
            else:
                near = list(_WORD.finditer(text, max(0, hit.start - _BESIDE), hit.start))[-reach:][::-1]
            for word in near:
                if word.group().lower().replace("'", "").replace("\u2019", "") in word_set:
                    start, end = word.span()
                    if self.gap(post, text[hit.end : start] if after else text[end : hit.start]):
                        found.append(Span(min(start, hit.start), max(end, hit.end), hit.sentence))
                    break  # only the nearest word of the set counts
        return found


def joined(
    lead: str, word: str, *, gap: int = 3, when: Conditions = (), unless: Lists = (), outside: Lists = ()
) -> Finder:
    """A hit of `lead` and a hit of `word` after it in the same sentence, with at most `gap` words
    between and none of them a negation ("understand how *really* frustrating"), as one span. Two
    short lists joined by the rule cost far less than their every combination written as phrases.
    Either may be a word set (`word_set = true`: common single words such as "is" or "my", looked at
    only beside a hit of the other, never searched for on their own)."""
    return _Joined(lead, word, PlainGap(gap), _Filters(_tuple(when), _tuple(unless), _tuple(outside)))


@dataclass(frozen=True)
class _AnyOf:
    """All that several finders find, in text order (ties in the order the finders are given)."""

    finders: tuple[Finder, ...]
    filters: _Filters

    @property
    def lists(self) -> tuple[str, ...]:
        return needs(self.finders, self.filters)

    def __call__(self, post: Post) -> list[Span]:
        if not self.filters.allow(post):
            return []
        if len(self.finders) == 1:
            return self.filters.keep(post, self.finders[0](post))
        spans = [span for finder in self.finders for span in finder(post)]
        spans.sort(key=lambda s: s.start)
        return self.filters.keep(post, spans)


def _finder(find: Find) -> Finder:
    if isinstance(find, str):
        return hits(find)
    if isinstance(find, tuple):
        return _AnyOf(tuple(_finder(f) for f in find), _Filters())
    return find


@dataclass(frozen=True)
class _ElseLearned:
    """What `find` finds, in text order; when it finds nothing, where `rule`'s learned model fires."""

    find: Finder
    rule: str

    @property
    def lists(self) -> tuple[str, ...]:
        return self.find.lists

    def __call__(self, post: Post) -> list[Span]:
        return self.find(post) or _learned_outside_tags(post, self.rule)


def _learned_outside_tags(post: Post, rule: str) -> list[Span]:
    spans = learned.spans(post, rule)
    return [s for s in spans if not in_tag_or_link(post, s)] if spans else spans


def else_learned(find: Find, rule: str) -> Finder:
    """What `find` finds (in text order); when it finds nothing, where the rule's learned model
    (`pychecker/learned.py`, `data/learned-<rule>.json`) fires, outside @handles, #hashtags and web
    addresses: the words weighing most, never put before a list's own words."""
    return _ElseLearned(_finder(find), rule)


# --- endings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ending:
    find: _AnyOf
    each_sentence: bool
    fix: FixFor | None = None

    @property
    def lists(self) -> tuple[str, ...]:
        return needs(self.find)

    def __call__(self, rule: Rule, post: Post) -> Iterator[Finding]:
        spans = self.find(post)
        for span in one_per_sentence(spans) if self.each_sentence else spans[:1]:
            yield rule.finding(post, span, fix=self.fix(rule, post, span) if self.fix else None)


def _ending(find: Find, when: Conditions, unless: Lists, outside: Lists, each: bool, fix: FixFor | None) -> _Ending:
    finders = find if isinstance(find, tuple) else (find,)
    filters = _Filters(_tuple(when), _tuple(unless), _tuple(outside))
    return _Ending(_AnyOf(tuple(_finder(f) for f in finders), filters), each, fix)


def first_hit(
    find: Find, *, when: Conditions = (), unless: Lists = (), outside: Lists = (), fix: FixFor | None = None
) -> _Ending:
    """One finding, on the first thing `find` finds (in text order); `fix` offers its fix."""
    return _ending(find, when, unless, outside, False, fix)


def each_sentence(find: Find, *, when: Conditions = (), unless: Lists = (), outside: Lists = ()) -> _Ending:
    """One finding per sentence, on the first thing `find` finds in it."""
    return _ending(find, when, unless, outside, True, None)
