"""Refuse a pack's regular expression that could backtrack catastrophically.

Python's `re` backtracks: a repeated group that can split the same text in many ways (`(a+)+$`,
`(\\w+\\s?)*`, `(a|aa)+`) takes time exponential in the text's length when the match fails, and one
draft would then freeze the checker. Packs are data another organisation writes, so every pattern
is read (from its parsed form) as its pack loads, and this shape is refused:

a repeat whose body has a choice that can take a character what follows it could take instead
(the next turn of the loop included): an inner repeat (`(a+)+`, `(\\w+\\s?)+`, `(.*a){12}`), an
optional part or an empty alternative (`(aa|a)+`, which the parser reads as `(a(?:a|))+`), two
alternatives that can start alike (`(?:ab|\\wc)+`), or two that match the same (`(a|a)+`). The
same text can then be split into turns of the loop in many ways.

Bounded repeats count too (`(a+){2,10}` still multiplies), possessive repeats and atomic groups do
not (they never give back what they matched). The test is conservative: it can refuse a pattern
that would have been fast, never the other way round for these shapes. A choice outside any
repeated group (`\\d+\\d+x`) costs at most a power of the length and is not refused here: the size
limit and the checker's time limit bound it.
"""

from __future__ import annotations

from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

# Characters a class may contain, to tell whether two classes share one: every ASCII character and a
# few of each kind beyond (letters, digits, spaces, symbols of other scripts).
_SAMPLES = [chr(i) for i in range(128)] + list("éßжΩ٣\u00a0\u2003\u2019—€😀")
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT)

Items = list[tuple[Any, Any]]


def backtracking_risk(pattern: str) -> str:
    """Why `pattern` could backtrack catastrophically ("" if none of the shapes above is in it)."""
    return _risk(list(parser.parse(pattern)))


def _risk(items: Items) -> str:
    for op, arg in items:
        if op in _REPEATS:
            body = list(arg[2])
            if arg[1] > 1 and _choice_overlaps(body, _first(body)):
                return "a repeated group that can split the same text in more than one way"
            found = _risk(body)
        else:
            found = "".join(_risk(sub) for sub in _children(op, arg))
        if found:
            return found
    return ""


def _choice_overlaps(items: Items, after: set[str]) -> bool:
    """Whether a choice in `items` (a repeat that may stop or go on, an optional part, alternatives
    one of which is empty) can take a character that what comes after it could take instead:
    `after` is what can follow `items` (in a repeated group, its own start again)."""
    for i, (op, arg) in enumerate(items):
        rest = items[i + 1 :]
        follow = _first(rest) | (after if _all_nullable(rest) else set())
        if op in _REPEATS:
            body = list(arg[2])
            if arg[0] != arg[1] and _chars(body) & follow:
                return True
            if _choice_overlaps(body, follow | (_first(body) if arg[1] > 1 else set())):
                return True
        elif op is c.BRANCH:
            alternatives = [list(alt) for alt in arg[1]]
            empty = sum(_all_nullable(alt) for alt in alternatives)
            if empty > 1 or (empty and _chars(items[i : i + 1]) & follow) or _alike(alternatives):
                return True
            if any(_choice_overlaps(alt, follow) for alt in alternatives):
                return True
        elif op is c.SUBPATTERN and _choice_overlaps(list(arg[3]), follow):
            return True
    return False


def _children(op: Any, arg: Any) -> list[Items]:
    """The sub-patterns inside one parsed item (groups, alternatives, lookarounds)."""
    if op is c.SUBPATTERN:
        return [list(arg[3])]
    if op is c.BRANCH:
        return [list(alt) for alt in arg[1]]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [list(arg[1])]
    if op is c.ATOMIC_GROUP:
        return [list(arg)]
    if op is c.GROUPREF_EXISTS:
        return [list(part) for part in arg[1:] if part is not None]
    if op is c.POSSESSIVE_REPEAT:
        return [list(arg[2])]
    return []


def _nullable(op: Any, arg: Any) -> bool:
    """Whether one parsed item can match the empty string."""
    if op in _REPEATS or op is c.POSSESSIVE_REPEAT:
        return arg[0] == 0 or _all_nullable(list(arg[2]))
    if op is c.SUBPATTERN:
        return _all_nullable(list(arg[3]))
    if op is c.BRANCH:
        return any(_all_nullable(list(alt)) for alt in arg[1])
    return op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF, c.GROUPREF_EXISTS)


def _all_nullable(items: Items) -> bool:
    return all(_nullable(op, arg) for op, arg in items)


def _first(items: Items) -> set[str]:
    """The sample characters a match of `items` can start with."""
    found: set[str] = set()
    for op, arg in items:
        if op in _REPEATS or op is c.POSSESSIVE_REPEAT:
            found |= _first(list(arg[2]))
        elif op is c.SUBPATTERN:
            found |= _first(list(arg[3]))
        elif op is c.BRANCH:
            for alt in arg[1]:
                found |= _first(list(alt))
        elif op is c.ATOMIC_GROUP:
            found |= _first(list(arg))
        else:
            found |= _matches(op, arg)
        if not _nullable(op, arg):
            break
    return found


def _chars(items: Items) -> set[str]:
    """Every sample character a match of `items` can contain."""
    found: set[str] = set()
    for op, arg in items:
        subs = _children(op, arg) + ([list(arg[2])] if op in _REPEATS else [])
        if subs:
            for sub in subs:
                found |= _chars(sub)
        else:
            found |= _matches(op, arg)
    return found


def _alike(alternatives: list[Items]) -> bool:
    """Whether two of the alternatives can start with the same character."""
    starts = [_first(alt) for alt in alternatives]
    return any(one & other for i, one in enumerate(starts) for other in starts[i + 1 :])


def _matches(op: Any, arg: Any) -> set[str]:
    """The sample characters one single-character item matches (empty for anchors and the like)."""
    if op is c.LITERAL:
        return {chr(arg)} | ({chr(arg).swapcase()} if chr(arg).isalpha() else set())
    if op is c.NOT_LITERAL:
        return {s for s in _SAMPLES if ord(s) != arg}
    if op is c.ANY:
        return set(_SAMPLES) - {"\n"}
    if op is c.IN:
        return {s for s in _SAMPLES if _in_class(arg, s)}
    return set()


def _in_class(items: Items, char: str) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit = hit or char.lower() == chr(arg).lower()
        elif op is c.RANGE:
            hit = hit or arg[0] <= ord(char) <= arg[1] or arg[0] <= ord(char.swapcase()[:1] or char) <= arg[1]
        elif op is c.CATEGORY:
            hit = hit or _category(arg, char)
    return hit != negate


def _category(category: Any, char: str) -> bool:
    name = str(category)
    kinds = {"DIGIT": char.isdigit(), "SPACE": char.isspace(), "WORD": char.isalnum() or char == "_"}
    for kind, value in kinds.items():
        if kind in name:
            return not value if "NOT" in name else value
    return True  # a category we do not know: assume it matches, which can only refuse more
