#!/usr/bin/env python3
"""Rewrite the rules' snapshots (tests/fixtures/rules/<rule>.snap) from what the checker says now.

    python3 tools/update_snapshots.py

Run it after a deliberate change to a rule's findings or words, then review `git diff` of the
snapshots: every changed line is something a person will be told differently.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.checker.snapshots import write_all


def main() -> None:
    changed = write_all()
    print(f"rewrote {len(changed)} snapshot(s): {', '.join(changed)}" if changed else "every snapshot was up to date")


if __name__ == "__main__":
    main()
