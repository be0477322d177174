"""Snapshots of what each rule says (Ruff's way): for every text of `tests/fixtures/rules/<rule>.toml`
the rule fires on, its findings as a person sees them (span and excerpt, severity, clauses, message,
fix, "to clear it"), written beside the corpus as `<rule>.snap`.

A change to what a rule says shows as a diff of its snapshot. After a deliberate change, rewrite
them with `python3 tools/update_snapshots.py` and review the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

from pychecker import check
from pychecker.findings import Finding
from tests.corpus import RULES_DIR, Case, load_cases

HEADER = (
    "# What {rule} says on each text of {rule}.toml it fires on: span, severity, clauses, the words\n"
    "# it quotes, its message, fix and what would clear it. Written by tools/update_snapshots.py;\n"
    "# a change here is a change to what people are told: review it."
)


def _context(case: Case) -> str:
    return " ".join(f"{key}={json.dumps(value, ensure_ascii=False)}" for key, value in sorted(case.context.items()))


def _finding(f: Finding) -> list[str]:
    lines = [
        f"  {f.start}-{f.end} {f.severity} [{', '.join(f.clauses)}] {json.dumps(f.excerpt, ensure_ascii=False)}",
        f"    message: {f.message}",
    ]
    if f.fix:
        lines.append(
            f"    fix: {f.fix.label} | {f.fix.replace_start}-{f.fix.replace_end} -> "
            f"{json.dumps(f.fix.text, ensure_ascii=False)}"
        )
    if f.clear_by:
        lines.append(f"    to clear it: {f.clear_by}")
    return lines


def render(rule: str, cases: list[Case]) -> str:
    """The snapshot of `rule`: each firing case, its context, then the rule's findings on it."""
    out = [HEADER.format(rule=rule)]
    for case in cases:
        if case.rule != rule or not case.fires:
            continue
        out.append(f"\n{json.dumps(case.text, ensure_ascii=False)}\n  context: {_context(case)}")
        for finding in check(case.text, case.context):
            if finding.rule == rule:
                out.extend(_finding(finding))
    return "\n".join(out) + "\n"


def snapshot_path(rule: str) -> Path:
    return RULES_DIR / f"{rule}.snap"


def rules_with_corpus() -> list[str]:
    return sorted(path.stem for path in RULES_DIR.glob("*.toml"))


def write_all() -> list[str]:
    """Rewrite every snapshot; the rules whose snapshot changed."""
    cases = load_cases()
    changed = []
    for rule in rules_with_corpus():
        path = snapshot_path(rule)
        text = render(rule, cases)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(rule)
    return changed
