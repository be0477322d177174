"""Hashtags and handles read as words: `#ToryDoorstep` is "Tory Doorstep", `#votegreen` "vote
green", `@HollyLynch5` "Holly Lynch 5", `#GE2024` "GE 2024".

People write whole phrases as one tag, so a word list that looks for "vote green" or "tories out"
would never see them. `segment` splits a tag's body into words: first where the writer marked it
(underscores, letters next to digits, CamelCase), then any long lower-case (or all-capital) run that
is not itself a word is split into known words, the fewest that cover it. Known words are the pack's
own list words plus the common English words the spelling rule corrects to (`pychecker/english.py`:
dictionary words written at least once in ten million words). A run that cannot be covered by known
words is kept whole: a guess would invent words the writer did not write. A known word is never
split ("#therapist" stays one word).

The result is offsets inside the tag, so every word maps back to the letters the person typed.
`Text.tag_segments` gives them for a whole post; the lexicon reads list phrases through them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .draft_memory import DraftCache
from .english import english

# Where the writer marked the words: runs of capitals before a capitalised word ("SNP" in
# "SNPCampaign"), capitalised or lower-case words, runs of capitals, runs of digits.
_PIECE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|[^\W\d_]+")
_MIN_SPLIT = 5  # shorter runs are words or acronyms as they are ("gtto", "nhs")
_MAX_WORD = 20  # no known word is longer: the search stays linear in the run
_MAX_RUN = 40  # longer runs are data, not a phrase
# Short words that are real words in a tag; the word list's other one- and two-letter entries
# (roman numerals, abbreviations) would split anything.
_SHORT = frozenset(
    "a i ad am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we uk mp eu pm tv".split()
)

Known = Callable[[str], bool]
Segmenter = Callable[[str], list[tuple[int, int]]]


def common_word(word: str) -> bool:
    """Whether a lower-case word is a common English word: one the spelling rule may correct to
    (`pychecker/english.py`, read on first use). Sharing it costs nothing more; a second copy would
    (in the browser the heap only grows)."""
    return english().suggestable(word) is not None


def segment(tag: str, known: Known) -> list[tuple[int, int]]:
    """The words of a tag's body (no `#` or `@`), as [start, end) offsets into it; a tag that is one
    word gives one span. `known(word)` says whether a lower-case word is a word."""
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(tag, known):
        run = tag[start:end]
        if end - start >= _MIN_SPLIT and (run.islower() or run.isupper()) and end - start <= _MAX_RUN:
            lower = run.lower()
            if not known(lower):
                split = _split(lower, known)
                if split:
                    spans.extend((start + a, start + b) for a, b in split)
                    continue
        spans.append((start, end))
    return spans


def _pieces(tag: str, known: Known) -> list[tuple[int, int]]:
    """Where the writer marked the words (`_PIECE`), with one mend: capitals written straight before
    a lower-case word ("SNPdoorstep") read as CamelCase would end a letter early ("SN", "Pdoorstep");
    when the capitals with that letter and the word without it are both known and the CamelCase
    reading is not, the letter goes with the capitals ("SNP", "doorstep")."""
    pieces = [piece.span() for piece in _PIECE.finditer(tag)]
    for i in range(len(pieces) - 1):
        (start, end), (after, last) = pieces[i], pieces[i + 1]
        capitals, word = tag[start:end], tag[after:last]
        if (
            after == end
            and capitals.isupper()
            and len(word) > 3
            and word[0].isupper()
            and word[1:].islower()
            and not known(word.lower())
            and known(word[1:])
            and known((capitals + word[0]).lower())
        ):
            pieces[i], pieces[i + 1] = (start, end + 1), (after + 1, last)
    return pieces


def _split(run: str, known: Known) -> list[tuple[int, int]] | None:
    """The fewest known words that cover `run` exactly; on a tie the more frequent words ("mammoth
    stories", not "mammoths tories"; "cover story", not "covers tory"), then the longer; None if
    none do."""
    size = len(run)
    band = english().band
    # best[i]: (number of words, -sum of frequency bands, -sum of squared lengths) for run[:i], and
    # where its last word starts.
    best: list[tuple[int, int, int] | None] = [None] * (size + 1)
    back = [0] * (size + 1)
    best[0] = (0, 0, 0)
    for end in range(1, size + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            before = best[start]
            if before is None:
                continue
            word = run[start:end]
            if len(word) <= 2 and word not in _SHORT:
                continue
            if not known(word):
                continue
            score = (before[0] + 1, before[1] - band(word), before[2] - len(word) ** 2)
            current = best[end]
            if current is None or score < current:
                best[end] = score
                back[end] = start
    if best[size] is None or best[size][0] < 2:
        return None
    spans = []
    end = size
    while end:
        spans.append((back[end], end))
        end = back[end]
    return spans[::-1]


def segmenter(vocabulary: frozenset[str]) -> Segmenter:
    """`segment` with the words of `vocabulary` (a pack's list words) and the common English words
    as known words, remembering the tags it has read (a post is checked on every keystroke)."""
    cache: DraftCache[str, list[tuple[int, int]]] = DraftCache("segment.tags", 4096)

    def known(word: str) -> bool:
        return word in vocabulary or common_word(word)

    def read(tag: str) -> list[tuple[int, int]]:
        spans = cache.get(tag)
        if spans is None:
            spans = cache.keep(tag, segment(tag, known))
        return spans

    return read
