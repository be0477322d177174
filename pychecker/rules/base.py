"""What every rule is: an id, a severity, what it does over a `Post`, the word lists it reads, and
what it says, in plain words a pack may reword (`pychecker.wording`). The clauses a finding cites
come from the pack (`rules.toml`), so another organisation's ids are cited in its own findings.

A simple rule is one of the declarative kinds in `kinds.py` ("first hit of list X unless Y"); a rule
that needs more is a function `run(rule, post)` that yields `rule.finding(...)`s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..findings import Finding, Fix
from ..pack import Pack
from ..post import Post, Span
from ..wording import render

Run = Callable[["Rule", Post], Iterable[Finding]]


def needs(*parts: Any) -> tuple[str, ...]:
    """The word lists these parts read: list names as they are, and each part's own `lists`."""
    found: list[str] = []
    for part in parts:
        if isinstance(part, str):
            found.append(part)
        elif isinstance(part, tuple):
            found.extend(needs(*part))
        elif part is not None:
            found.extend(getattr(part, "lists", ()))
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Rule:
    id: str  # the contract's rule id (docs/contract.md)
    severity: str  # the usual severity; `severity_by_account` where an account's differs
    summary: str  # one line for `pychecker rules` and the popup (a text: a pack may reword it)
    run: Run  # what it does: a kind from kinds.py, or the module's own function
    # What it says: text name -> template in plain words (no organisation's). "message" (or
    # "message_official" and "message_personal" where the account changes it), "clear_by" when there
    # is something besides editing that clears the finding, and any the rule's own function uses.
    texts: Mapping[str, str] = field(default_factory=dict)
    lists: tuple[str, ...] = ()  # word lists read besides those `run` declares (the pack must have them all)
    severity_by_account: Mapping[str, str] = field(default_factory=dict)
    doc: str = ""  # the rule module's docstring: clause, what fires, examples

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", {"summary": self.summary, **self.texts})
        object.__setattr__(self, "lists", needs(self.lists, self.run))

    def check(self, post: Post) -> Iterable[Finding]:
        return self.run(self, post)

    def say(self, post: Post, name: str, **values: str) -> str:
        """Text `name` in the pack's words (or the rule's own), its placeholders filled in."""
        template = post.pack.text(self.id, name, self.texts[name])
        return render(template, {**post.pack.words, "date": post.context.date.isoformat(), **values})

    def finding(
        self,
        post: Post,
        span: Span,
        message: str = "message",
        *,
        clear_by: str | None = "clear_by",
        severity: str | None = None,
        fix: Fix | None = None,
        **values: str,
    ) -> Finding:
        """A finding about `span`, saying text `message` (its account's version if it has one) and
        text `clear_by` if the rule has it; `values` fill the texts' own placeholders."""
        account = post.context.account
        if f"{message}_{account}" in self.texts:
            message = f"{message}_{account}"
        return Finding(
            rule=self.id,
            clauses=post.pack.clauses_of(self.id),
            severity=severity or self.severity_by_account.get(account, self.severity),
            message=self.say(post, message, **values),
            start=span.start,
            end=span.end,
            excerpt=post.excerpt(span),
            fix=fix,
            clear_by=self.say(post, clear_by, **values) if clear_by in self.texts else None,
        )

    def to_dict(self, pack: Pack) -> dict[str, Any]:
        """The rule as `pychecker rules --json` and the extension's `info()` list it, in `pack`'s words."""
        return {
            "rule": self.id,
            "clauses": list(pack.clauses_of(self.id)),
            "severity": self.severity,
            "summary": render(pack.text(self.id, "summary", self.summary), pack.words),
        }
