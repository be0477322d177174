#!/usr/bin/env python3
"""How the tone rules do on the hand-written probe texts of tools/tone_probes.toml.

    python3 tools/tone_probes.py          # a line per probe: ok / MISS / FALSE, and the totals
    python3 tools/tone_probes.py tools/disc_probes.toml   # another probe file (discriminatory-language's)

The probes were written before the rules were tuned with the tone model, so they measure rather
than teach (issue 11).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker import check

PROBES = Path(__file__).resolve().parent / "tone_probes.toml"
TONE = ("respectful-tone", "discriminatory-language")


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else PROBES
    probes = tomllib.loads(path.read_text(encoding="utf-8"))["probe"]
    misses = false_alarms = fires = 0
    for probe in probes:
        context = {"account": probe.get("account", "personal"), "surface": probe.get("surface", "post")}
        got = {f.rule for f in check(probe["text"], context) if f.rule in TONE}
        want = probe["want"]
        if want:
            fires += 1
            verdict = "ok" if got else "MISS"  # either tone rule catching it counts as caught
            misses += not got
        else:
            verdict = "FALSE" if got else "ok"
            false_alarms += bool(got)
        print(f"{verdict:5} {','.join(sorted(got)) or '-':40} {probe['text']}")
    print(f"misses {misses} of {fires}; false alarms {false_alarms} of {len(probes) - fires}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
