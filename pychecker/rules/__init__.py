"""The registry: every rule the checker runs, by id. A new rule is a module here plus a line below."""

from __future__ import annotations

from . import missing_disclaimer, political
from .base import Rule

ALL: tuple[Rule, ...] = (
    missing_disclaimer.RULE,
    political.RULE,
)
BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL}
