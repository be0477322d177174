"""What the checker's caches filled from drafts hold: entries and bytes, cache by cache.

Run inside the checker's Python (CPython, or Pyodide: `tools/bench_memory.mjs` runs this file there)
after some checks; `draft_caches_json()` gives {name: [entries, bytes]}. Bytes are `sys.getsizeof`
over the cache and what only it holds (the pack's word sets, shared with the lexicon, are not counted).
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

from pychecker import draft_memory

_SHARED = (frozenset,)  # the lexicon's word sets, in the keys of text.py's caches: the pack's, not a draft's


def _lru_dict(cached: Callable[..., Any]) -> dict[Any, Any]:
    """The dict inside an `functools.lru_cache` wrapper (its collector-visible state)."""
    return next(ref for ref in gc.get_referents(cached) if isinstance(ref, dict) and ref is not cached.__dict__)


def _caches() -> Iterator[tuple[str, Any]]:
    """Every cache filled from drafts (`pychecker/draft_memory.py`), by name."""
    for cache in draft_memory._caches.values():
        yield cache.name, cache
    for cached in draft_memory._functions:
        yield f"{cached.__module__.rsplit('.', 1)[-1]}.{cached.__name__}", _lru_dict(cached)


def _size(root: Any, seen: set[int]) -> int:
    total, todo = 0, [root]
    while todo:
        item = todo.pop()
        if id(item) in seen or (item is not root and isinstance(item, _SHARED)):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, tuple | list | set | frozenset):
            todo.extend(item)
        elif type(item).__name__ == "_lru_list_elem":  # an lru_cache's entry: its key and result
            todo.extend(gc.get_referents(item))
    return total


def draft_caches() -> dict[str, tuple[int, int]]:
    """Each cache's entries and bytes."""
    seen: set[int] = set()
    sizes: dict[str, tuple[int, int]] = {}
    for name, cache in _caches():  # a name twice: a second pack's lexicon
        entries, size = sizes.get(name, (0, 0))
        sizes[name] = (entries + len(cache), size + _size(cache, seen))
    return sizes


def draft_caches_json() -> str:
    return json.dumps(draft_caches())
