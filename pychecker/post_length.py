"""How long a post is as each platform counts it (docs/platform-facts.md), and whether it fits.

Platforms are the contract's ids: `twitter` is X (x.com)."""

from __future__ import annotations

import re

_URL = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
# X counts these code points once and everything else (emoji, CJK, …) twice.
_X_HEAVY = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_X_URL_WEIGHT = 23


def length(text: str, platform: str) -> int:
    """The post's length as the platform counts it."""
    if platform != "twitter":
        return len(text)
    if "://" not in text and "www." not in text.lower():  # no link: no need to look for one (most posts)
        return _x_weight(text)
    total = 0
    last = 0
    for url in _URL.finditer(text):
        total += _x_weight(text[last : url.start()]) + _X_URL_WEIGHT
        last = url.end()
    return total + _x_weight(text[last:])


def _x_weight(text: str) -> int:
    return len(text) if text.isascii() else len(text) + len(_X_HEAVY.findall(text))


def fits(text: str, platform: str, limits: dict[str, int]) -> bool:
    return length(text, platform) <= limits.get(platform, limits.get("other", 63206))
