"""What the checker remembers from drafts, kept to about the draft being typed.

A draft is checked on every keystroke, and each check repeats the words of the one before, so the
checker remembers what it worked out about each word (its readings, near misses, spelling). That
only pays for the words of the draft being typed: past drafts' words just fill memory, and in the
browser Python's heap (Pyodide's WebAssembly memory) never gives back what it grew to. So every
cache filled from drafts registers here (a `DraftCache`, or a `functools.lru_cache` through
`remembered`), and before each check of a draft (`bridge.check_json`) `fit` empties those holding
more entries than that draft could need: a cache then holds a few drafts' words, or one long
draft's, never a history of them. `forget` empties them all (a draft went: `bridge.forget_drafts`).
Either way only time is lost, never an answer: each cache keeps what a function of its key gives.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

# Entries a cache may hold whatever the draft: the words of a few drafts (a 2,000-character draft
# has about 350 words, fewer different ones).
FLOOR = 1024
# A longer draft may keep more: one entry for every CHARS_PER_ENTRY characters (a word and the
# space after it are rarely shorter), so a 100,000-character draft keeps its own words.
CHARS_PER_ENTRY = 4

K = TypeVar("K")
V = TypeVar("V")
# id -> cache; weakly held, so a pack's go with it (and a dict has no hash for a WeakSet)
_caches: weakref.WeakValueDictionary[int, DraftCache[Any, Any]] = weakref.WeakValueDictionary()
_functions: list[Any] = []  # lru_cache wrappers: module functions, kept as long as their modules


class DraftCache(dict[K, V], Generic[K, V]):
    """A dict filled from drafts' words, emptied by `fit` and `forget` (read and filled as any dict).
    `name` says whose it is (for tools/draft_caches.py). `ceiling`: what `keep` lets it hold when
    no draft check fits it (the audit checks posts one after another without the bridge's `fit`)."""

    __slots__ = ("__weakref__", "ceiling", "name")

    def __init__(self, name: str, ceiling: int) -> None:
        super().__init__()
        self.name = name
        self.ceiling = ceiling
        _caches[id(self)] = self

    def keep(self, key: K, value: V) -> V:
        """Remember `value` for `key` (emptied first when at its ceiling); returns `value`."""
        if len(self) >= self.ceiling:
            self.clear()
        self[key] = value
        return value


F = TypeVar("F", bound=Callable[..., Any])


def remembered(cached: F) -> F:
    """Register an `lru_cache`d function filled from drafts (its maxsize stays a ceiling)."""
    _functions.append(cached)
    return cached


def fit(text: str) -> None:
    """Before a check of `text`: empty every cache holding more entries than it could need."""
    limit = max(FLOOR, len(text) // CHARS_PER_ENTRY)
    for cache in list(_caches.values()):
        if len(cache) > limit:
            cache.clear()
    for cached in _functions:
        if cached.cache_info().currsize > limit:
            cached.cache_clear()


def forget() -> None:
    """Empty every cache filled from drafts."""
    for cache in list(_caches.values()):
        cache.clear()
    for cached in _functions:
        cached.cache_clear()
