"""Policy Guard's checker: a social media draft against the organisation's policy, offline.

>>> from pychecker import check
>>> [f.rule for f in check("Vote Labour!", {"account": "official"})]
['political']
"""

from .checker import check
from .context import Context, ContextError, Media, Period
from .findings import Finding, Fix
from .lookup import lookup
from .pack import Pack, default_pack, load_pack
from .rules import ALL as RULES

__all__ = [
    "RULES",
    "Context",
    "ContextError",
    "Finding",
    "Fix",
    "Media",
    "Pack",
    "Period",
    "check",
    "default_pack",
    "load_pack",
    "lookup",
]
