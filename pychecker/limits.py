"""Limits the checker and the extension share, defined once in `limits.json` (the extension's
JavaScript imports the same file)."""

from __future__ import annotations

import json
from importlib import resources

_LIMITS = json.loads(resources.files(__package__).joinpath("limits.json").read_text(encoding="utf-8"))

# Longer drafts are checked up to here, and the answer says so (no platform takes more).
MAX_CHARS: int = _LIMITS["max_chars"]

# The extension is sent at most this many findings of each rule, and how many more there were: a
# draft of 100,000 characters of postcodes had 12,500 findings (6.8 MB), which no one reads.
MAX_FINDINGS_PER_RULE: int = _LIMITS["max_findings_per_rule"]
