"""The checker's face to the extension: JSON in, JSON out, never an exception.

The offscreen document calls these through Pyodide with strings, so no Python object crosses
into JavaScript (and none leaks there). Every call takes an optional `pack`: the name of a policy
pack the extension registered (an organisation's own, bundled by `build.py --pack`); "" is the
built-in one.
"""

from __future__ import annotations

import gc
import json
from functools import cache
from typing import Any

from . import draft_memory
from .checker import check
from .limits import MAX_CHARS, MAX_FINDINGS_PER_RULE
from .lookup import lookup, matched_words
from .pack import Pack, default_pack, pack_from_path
from .rules import ALL

_PACKS: dict[str, Pack] = {}


def register_pack(name: str, folder: str) -> str:
    """Load the pack in `folder` under `name`; `{"ok": true}` or `{"error": ...}`."""
    try:
        _PACKS[name] = pack_from_path(folder)
        gc.freeze()  # as for the built-in pack
        return json.dumps({"ok": True})
    except Exception as error:  # a broken pack: say which and why
        return json.dumps({"error": f"The policy pack {name!r} could not be loaded: {type(error).__name__}: {error}"})


@cache
def _builtin_pack() -> Pack:
    pack = default_pack()
    # The pack's hundred thousand objects live as long as the checker: keep the cyclic collector from
    # walking them on every collection (checks are short; their garbage is young).
    gc.freeze()
    return pack


def _pack(name: str | None) -> Pack:
    if not name:
        return _builtin_pack()
    if name not in _PACKS:
        raise ValueError(f"no policy pack named {name!r} is loaded")
    return _PACKS[name]


def forget_drafts() -> str:
    """A draft went (posted, discarded, its composer closed): forget every word the checker keeps
    from drafts (every cache filled from them: `pychecker/draft_memory.py`). `{"ok": true}`."""
    draft_memory.forget()
    return json.dumps({"ok": True})


def info(pack: str = "") -> str:
    """What the extension needs from the pack, so that it writes no organisation's words or clause
    ids itself: the organisation's names, the official channels, the page banners, the rules with
    the clauses they cite, and the clause to cite for people in senior roles."""
    chosen = _pack(pack)
    return json.dumps(
        {
            "organisation": chosen.organisation,
            "short_name": chosen.short_name,
            "senior_roles_clause": chosen.senior_roles_clause,
            "channels": [{"platform": c.platform, "handle": c.handle, "kind": c.kind} for c in chosen.channels],
            "page_rules": chosen.page_rules,
            "rules": [r.to_dict(chosen) for r in ALL],
        }
    )


def check_json(request: str) -> str:
    """`{"text", "context", "rules"?}` -> `{"findings": [...], "truncated"?: n, "more"?: {rule: n}}` or
    `{"error": "..."}`. At most MAX_FINDINGS_PER_RULE findings of a rule are sent (its first, in the
    checker's order); `more` counts the rest of each rule's."""
    try:
        data: dict[str, Any] = json.loads(request)
        text = data["text"]
        if not isinstance(text, str):
            raise ValueError("text must be a string")
        result: dict[str, Any] = {}
        if len(text) > MAX_CHARS:
            result["truncated"] = len(text)
            text = text[:MAX_CHARS]
        draft_memory.fit(text)  # the caches kept to this draft's words, not every draft's
        findings = check(text, data.get("context"), rules=data.get("rules"), pack=_pack(data.get("pack")))
        kept: list[dict[str, Any]] = []
        per_rule: dict[str, int] = {}
        more: dict[str, int] = {}
        for finding in findings:
            per_rule[finding.rule] = per_rule.get(finding.rule, 0) + 1
            if per_rule[finding.rule] <= MAX_FINDINGS_PER_RULE:
                kept.append(finding.to_dict())
            else:
                more[finding.rule] = more.get(finding.rule, 0) + 1
        result["findings"] = kept
        if more:
            result["more"] = more
        return json.dumps(result)
    except Exception as error:  # a bad request or a rule's bug: say so, never go silent
        return json.dumps({"error": f"{type(error).__name__}: {error}"})


def lookup_json(question: str, limit: int = 5, pack: str = "") -> str:
    """Ranked clauses for a question, each with the places its matching words stand (`marks`)."""
    answers = lookup(question, limit=limit, pack=_pack(pack))
    results = [
        {
            "clause": a.clause.id,
            "section": a.clause.section,
            "heading": a.clause.heading,
            "text": a.clause.text,
            "marks": matched_words(a.clause.text, a.matched),
        }
        for a in answers
    ]
    return json.dumps({"results": results})


def policy_json(pack: str = "") -> str:
    """The whole policy, clause by clause in order, for browsing."""
    clauses = _pack(pack).clauses.values()
    return json.dumps(
        {"clauses": [{"clause": c.id, "section": c.section, "heading": c.heading, "text": c.text} for c in clauses]}
    )


def __getattr__(name: str) -> Any:
    """`audit_*`: auditing a whole export (pychecker/audit/bridge.py), imported on first use, not at every boot."""
    if name.startswith("audit_"):
        from .audit import bridge as audit

        return getattr(audit, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
