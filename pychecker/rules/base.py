"""What every rule is: an id, the clauses it enforces, and a check over a `Post`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

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
