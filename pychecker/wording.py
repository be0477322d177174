"""What the checker says, as templates: each rule's own plain words, reworded by a pack if it likes.

A text is a template with named placeholders in braces. Every text may use:
- `{org}` and `{org_short}`: the organisation's name and short name (pack.toml `[organisation]`);
- `{date}`: the day of posting (YYYY-MM-DD), in every text but a rule's summary;
- a role: who the policy sends people to (`ROLES` below; pack.toml `[roles]` names them in the
  organisation's words, and may add roles of its own for its own texts).
A rule's text may also use placeholders the rule fills in itself (spelling's `{word}`); a pack's
rewording of that text may use the same ones. A literal brace is written twice: `{{`.

>>> render("Ask {social_media_team} first.", {"social_media_team": "the comms office"})
'Ask the comms office first.'
"""

from __future__ import annotations

import string
from collections.abc import Mapping

# The roles rules send people to, and what a rule calls them when the pack names none: plain words
# that fit any organisation. The built-in pack names North Halifax Partnership's.
ROLES: dict[str, str] = {
    "social_media_team": "the team that runs the official channels",  # runs and approves what they post
    "social_media_manager": "the person who manages the official channels",  # first port of call
    "chief_executive": "the head of the organisation",  # when the manager is not available
    "safeguarding_lead": "the safeguarding lead",
    "hr": "HR",  # vacancies
    "line_manager": "your line manager",
}


def placeholders(template: str) -> set[str]:
    """The names a template fills in: `{org} and {word}` -> {"org", "word"}."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def render(template: str, values: Mapping[str, str]) -> str:
    """A template with its placeholders filled in."""
    return template.format_map(values)
