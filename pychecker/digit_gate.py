"""Which word-list patterns need a digit, and how far from one they can match: a pattern that only
matches around a digit (a phone number, a postcode, a date) is run only over the stretches of a post
near its digits, with the same matches as over the whole post, at a fraction of the cost.

A pattern qualifies when every match consumes at least one character of a digit class (`\\d`, `[0-9]`,
`[2-9]`, a digit) and its width, and the width of anything it looks behind or ahead at, are bounded.
A match then lies within `reach` characters of a digit, and so does all it looks at (`digit_reach`).
Running it with `pattern.finditer(text, start, end)` over each stretch [first digit - reach, last
digit + reach) finds exactly the matches a run over the whole text finds: no match lies outside
a stretch, none crosses an edge (it would have to reach further than `reach` from its digits), and
`start` does not hide what lies before it from a look-behind.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parsed form of a pattern, as the re module reads it
from re import _parser
from typing import Any

_MAX_REACH = 400  # a pattern that can reach further is run over the whole text
_DIGITS = range(ord("0"), ord("9") + 1)
_DIGIT_RUN = re.compile(r"\d+")


def digit_reach(pattern: str) -> int | None:
    """How far from one of its digits a match of `pattern` (and what it looks at) can reach, or
    None if a match need not hold a digit or can reach further than _MAX_REACH."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if _min_digits(list(parsed)) < 1:
        return None
    width = parsed.getwidth()[1]
    looks = _look_width(list(parsed))
    if looks is None or width >= _MAX_REACH:
        return None
    reach = width + looks + 2  # + 2: the characters a word boundary or `$` reads beside a match
    return reach if reach <= _MAX_REACH else None


def stretches(text: str, reach: int) -> list[tuple[int, int]]:
    """The stretches of `text` within `reach` of a digit, merged where they meet, in order."""
    found: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(text):
        start, end = max(0, run.start() - reach), min(len(text), run.end() + reach)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def _is_digit_class(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class (`[...]`) matches digits only."""
    for op, av in items:
        if op is sre.LITERAL and av in _DIGITS:
            continue
        if op is sre.RANGE and av[0] in _DIGITS and av[1] in _DIGITS:
            continue
        if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            continue
        return False
    return bool(items)


def _min_digits(items: list[tuple[Any, Any]]) -> int:
    """The fewest digit-class characters any match of this sequence consumes."""
    total = 0
    for op, av in items:
        if op is sre.LITERAL:
            total += av in _DIGITS
        elif op is sre.IN:
            total += _is_digit_class(av)
        elif op is sre.BRANCH:
            total += min(_min_digits(list(branch)) for branch in av[1])
        elif op is sre.SUBPATTERN:
            total += _min_digits(list(av[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            total += av[0] * _min_digits(list(av[2]))
        elif op is sre.ATOMIC_GROUP:
            total += _min_digits(list(av))
    return total


def _look_width(items: list[tuple[Any, Any]]) -> int | None:
    """The widest look-behind or look-ahead in the sequence (None if unbounded or not understood)."""
    widest = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = _parser.SubPattern(_parser.State(), list(av[1])).getwidth()[1]
            nested = _look_width(list(av[1]))
            if nested is None or inner >= _MAX_REACH:
                return None
            widest = max(widest, inner + nested)
        elif op is sre.BRANCH:
            for branch in av[1]:
                nested = _look_width(list(branch))
                if nested is None:
                    return None
                widest = max(widest, nested)
        elif op is sre.SUBPATTERN:
            nested = _look_width(list(av[3]))
            if nested is None:
                return None
            widest = max(widest, nested)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            nested = _look_width(list(av[2]))
            if nested is None:
                return None
            widest = max(widest, nested)
        elif op is sre.ATOMIC_GROUP:
            nested = _look_width(list(av))
            if nested is None:
                return None
            widest = max(widest, nested)
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return None
    return widest
