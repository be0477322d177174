"""Let a literal lead a pattern that starts with a word boundary, so it costs a tenth.

Python's `re` jumps straight to where a pattern's leading literal occurs; a pattern led by `\\b`
is tried at every character of the post instead (in Pyodide about 0.1 ms per pattern over a
2,000-character post). `\\b` before a word character means only "no word character just before",
which a look-behind after the literal says as well:

    >>> lead_with_literal(r"\\bphotos? ?:")
    'photo(?<!\\\\wphoto)s? ?:'
    >>> lead_with_literal(r"(?i)\\b(?:study|report) from")
    '(?i)(?:study(?<!\\\\wstudy)|report(?<!\\\\wreport)) from'
    >>> lead_with_literal(r"\\b(?:set up|start) a")
    '(?:set up(?<!\\\\wset up)|start(?<!\\\\wstart)) a'
    >>> lead_with_literal(r"\\b\\d+ days")  # no literal to lead: left as written
    '\\\\b\\\\d+ days'

Applied as a pack's patterns compile (`lexicon.compile_pattern`), so every pack gains it; the
matches are the same (tests/checker/test_pattern_lead.py holds each rewrite to its original).
"""

from __future__ import annotations

import re

_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_WORDS = r"[A-Za-z0-9_]+(?: [A-Za-z0-9_]+)*"  # a word, or words with single spaces ("set up")
_WORD_RUN = re.compile(_WORDS)
_CHOICE = re.compile(rf"\(\?:({_WORDS}(?:\|{_WORDS})*)\)")
_QUANTIFIER = "?*+{"


def _behind(word: str) -> str:
    return f"{word}(?<!\\w{word})"


def lead_with_literal(pattern: str) -> str:
    """`pattern` with a leading `\\b` moved behind its first literal, when there is one."""
    flags = _FLAGS.match(pattern)
    head = flags.group(0) if flags else ""
    body = pattern[len(head) :]
    if not body.startswith("\\b") or "x" in head:  # verbose: spaces are not literal there
        return pattern
    rest = body[2:]
    choice = _CHOICE.match(rest)
    if choice:
        after = rest[choice.end() :]
        if after[:1] and after[0] in _QUANTIFIER:
            return pattern  # "(?:a|b)?" may match nothing: the boundary then guards what follows
        alternatives = "|".join(_behind(word) for word in choice.group(1).split("|"))
        return f"{head}(?:{alternatives}){after}"
    run = _WORD_RUN.match(rest)
    if not run:
        return pattern
    word = run.group(0)
    if rest[run.end() : run.end() + 1] in tuple(_QUANTIFIER):  # "photos?": the quantified letter is not literal
        word = word[:-1].rstrip(" ")
    if not word:
        return pattern
    return f"{head}{_behind(word)}{rest[len(word) :]}"
