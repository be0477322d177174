"""check(): run the rules over a draft."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .context import Context
from .findings import SEVERITIES, Finding
from .pack import Pack, default_pack
from .post import Post
from .rules import ALL, BY_ID


def check(
    text: str,
    context: Context | dict[str, Any] | None = None,
    *,
    pack: Pack | None = None,
    rules: Iterable[str] | None = None,
) -> list[Finding]:
    """The findings for `text` posted in `context`, ordered by position then severity.

    `rules` limits the run to those rule ids (unknown ids raise ValueError).
    """
    if not isinstance(context, Context):
        context = Context.from_dict(context)
    selected = ALL if rules is None else tuple(_rule(rule_id) for rule_id in rules)
    post = Post(text, context, pack or default_pack())
    findings = [f for rule in selected for f in rule.check(post)]
    return sorted(findings, key=lambda f: (f.start, SEVERITIES.index(f.severity), f.rule))


def _rule(rule_id: str):  # noqa: ANN202
    try:
        return BY_ID[rule_id]
    except KeyError:
        raise ValueError(f"unknown rule {rule_id!r}; known: {', '.join(BY_ID)}") from None
