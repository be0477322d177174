"""Platform facts the rules need: how each platform counts a post's length."""

from __future__ import annotations

import re

_URL = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
# X counts these code points once and everything else (emoji, CJK, …) twice.
_X_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_X_URL_WEIGHT = 23


def length(text: str, platform: str) -> int:
    """The post's length as the platform counts it."""
    if platform != "twitter":
        return len(text)
    total = 0
    last = 0
    for url in _URL.finditer(text):
        total += _x_weight(text[last : url.start()]) + _X_URL_WEIGHT
        last = url.end()
    return total + _x_weight(text[last:])


def _x_weight(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(1 if any(lo <= ord(c) <= hi for lo, hi in _X_LIGHT) else 2 for c in text)


def fits(text: str, platform: str, limits: dict[str, int]) -> bool:
    return length(text, platform) <= limits.get(platform, limits.get("other", 63206))
