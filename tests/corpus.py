"""The rule corpora in tests/fixtures/rules/: texts each rule must fire on, and near-misses it must not."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).parent / "fixtures" / "rules"


@dataclass(frozen=True)
class Case:
    rule: str
    fires: bool
    text: str
    context: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.rule}:{'fires' if self.fires else 'passes'}:{self.text[:40]!r}"


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(RULES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        defaults = data.get("defaults", {})
        for kind in ("fires", "passes"):
            for item in data.get(kind, []):
                item = dict(item)
                text = item.pop("text")
                cases.append(Case(path.stem, kind == "fires", text, {**defaults, **item}))
    return cases
