"""What every rule is: an id, the clauses it enforces, and a check over a `Post`; and the helpers
more than one rule uses (so no rule imports another)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..findings import Finding, Fix
from ..post import Post, Span


@dataclass(frozen=True)
class Rule:
    id: str  # the contract name in rules.md
    clauses: tuple[str, ...]
    severity: str  # the usual severity; a finding may differ where rules.md says so
    summary: str  # one line for `pychecker rules` and the popup
    check: Callable[[Post], Iterable[Finding]]
    doc: str = ""  # the rule module's docstring: clause, what fires, examples

    def to_dict(self) -> dict[str, Any]:
        """The rule as `pychecker rules --json` and the extension's `info()` list it."""
        return {"rule": self.id, "clauses": list(self.clauses), "severity": self.severity, "summary": self.summary}


def finding(
    rule: Rule,
    post: Post,
    span: Span,
    message: str,
    *,
    severity: str | None = None,
    fix: Fix | None = None,
    clear_by: str | None = None,
) -> Finding:
    """A finding of `rule` about `span` of the post."""
    return Finding(
        rule=rule.id,
        clauses=rule.clauses,
        severity=severity or rule.severity,
        message=message,
        start=span.start,
        end=span.end,
        excerpt=post.excerpt(span),
        fix=fix,
        clear_by=clear_by,
    )


def one_per_sentence(spans: Iterable[Span]) -> Iterator[Span]:
    """The first of the spans in each sentence: one finding per sentence is enough to act on."""
    seen: set[int] = set()
    for span in spans:
        if span.sentence not in seen:
            seen.add(span.sentence)
            yield span


_FOLLOW_GAP = re.compile(r"[\w' ]*")
_FOLLOW_WINDOW = 60  # characters between a lead and the word it aims
_NEGATION = frozenset({"not", "never", "no", "isnt", "arent", "wasnt", "werent", "nt"})


def follows(post: Post, leads: list[Span], words: list[Span], gap_ok: Callable[[str], bool]) -> list[Span]:
    """Each of `words` that comes after one of `leads` in the same sentence with text between them
    that `gap_ok` accepts, as a span from the lead to the word (the nearest such lead). Only leads
    ending within 60 characters before a word are looked at, so this stays linear."""
    if not leads or not words:
        return []
    leads = sorted(leads, key=lambda s: s.end)
    ends = [lead.end for lead in leads]
    out = []
    for word in words:
        k = bisect.bisect_right(ends, word.start) - 1
        while k >= 0 and word.start - leads[k].end <= _FOLLOW_WINDOW:
            lead = leads[k]
            k -= 1
            if lead.sentence == word.sentence and gap_ok(post.original[lead.end : word.start]):
                out.append(Span(lead.start, word.end, word.sentence))
                break
    return out


def plain_gap(max_words: int) -> Callable[[str], bool]:
    """For `follows`: at most `max_words` words between, nothing but words and spaces, and no "not"."""

    def gap_ok(gap: str) -> bool:
        gap = gap.replace("\u2019", "'")
        between = gap.lower().split()
        return (
            _FOLLOW_GAP.fullmatch(gap) is not None
            and len(between) <= max_words
            and not _NEGATION & {w.replace("'", "") for w in between}
        )

    return gap_ok


@lru_cache(maxsize=8)
def shouting(text: str) -> bool:
    """Whether most of the letters are capitals (then capitals say nothing about names)."""
    return sum(map(str.isupper, text)) * 2 > sum(map(str.isalpha, text))


def named_spans(post: Post, sentences: set[int] | None = None) -> list[Span]:
    """Who a post names: @handles other than the organisation's own (anywhere), and capitalised
    names ("Marcus Rashford", "Tesco", "BBC") outside the organisation's own mentions, in
    `sentences` if given. Words capitalised only because they open a sentence are listed in
    `defamation-risk.not-name`. Linear: most words are dismissed by their first letter."""
    text = post.text
    plain, folded = text.plain, text.folded
    skip: set[int] | None = None
    own = {i for s in post.org_mentions for i in range(s.start, s.end)}
    loud: bool | None = None
    handles = post.pack.channels_by_handle  # built once per pack, not per check
    out: list[Span] = []
    for index, (a, b) in enumerate(text.word_spans):
        handle = a > 0 and folded[a - 1] == "@"
        if not handle and not plain[a].isupper():
            continue
        sentence = text.sentence_of(a)
        if not handle and sentences is not None and sentence not in sentences:
            continue
        start, end = text.to_original(a, b)
        if start in own:
            continue
        if handle:
            if text.words[index].replace("'", "") not in handles:
                out.append(Span(start - 1, end, sentence))
            continue
        if skip is None:
            skip = {s.start for s in post.spans("defamation-risk.not-name")}
        cased = plain[a:b]
        if start in skip:
            continue
        if cased.isupper():
            if loud is None:
                loud = shouting(post.original)
            if loud or len(cased) < 2:
                continue
        out.append(Span(start, end, sentence))
    return out
