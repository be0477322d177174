"""Limits the checker and the extension share, defined once in `limits.json` (the extension's
JavaScript imports the same file)."""

from __future__ import annotations

import json
from importlib import resources

_LIMITS = json.loads(resources.files(__package__).joinpath("limits.json").read_text(encoding="utf-8"))

# Longer drafts are checked up to here, and the answer says so (no platform takes more).
MAX_CHARS: int = _LIMITS["max_chars"]
