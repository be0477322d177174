"""Checking an export's posts, each with the context it had, and keeping what the report needs.

`Audit.add(event)` takes what `reader` yields. Each post is checked as it was posted: on its
platform, on its day (so the organisation's regulated periods apply to the posts made inside
them), as a post or a reply, with its photos and videos, from the account type given (or, when
none is given, `official` when the export's own handle is one of the pack's channels). An export
cannot show whether parent/guardian consent was recorded, so child-consent findings ask to check it.

Only counts and the flagged posts are kept (compactly, once: rows.py), so memory grows with the
findings, not with the export; the reports read them in order, the page a page at a time.
Everything is tallied per source file: a file refused part-way (an X file with code in it) takes
back what it had added.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..checker import check
from ..context import ACCOUNTS, PLATFORMS, Context, ContextError, Period
from ..findings import SEVERITIES, Finding
from ..pack import Pack, default_pack
from ..rules import BY_ID
from ..wording import render
from .model import ExportPost, Identity, Problem
from .rows import Kept, RowStore

# A post already made is read from an export, which cannot show whether consent was recorded:
# child-consent's findings then say its `*_posted` texts (a pack may reword them, as any text).
CONSENT_RULE = "child-consent"
POSTED = ("message_posted", "why_children_posted", "why_channel_posted", "clear_by_posted")


@dataclass(frozen=True)
class AuditOptions:
    account: str | None = None  # None: decided from the export's own handle (see Audit.account_for)
    platform: str | None = None
    channel: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    regulated_periods: tuple[Period, ...] = ()
    disclaimer_in_profile: tuple[str, ...] = ()  # the platforms whose profile carries the own-views disclaimer
    rules: tuple[str, ...] | None = None  # only these rules (the extension's turned-off rules left out)
    official_channels: tuple[tuple[str, str], ...] = ()  # (platform, handle): official besides the pack's

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditOptions:
        """From the bridge's JSON; a bad value raises ContextError naming it."""
        data = dict(data)
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ContextError(f"unknown audit option(s): {', '.join(sorted(unknown))}")
        if data.get("account") not in (None, "", *ACCOUNTS):
            raise ContextError(f"account must be one of {', '.join(ACCOUNTS)}, not {data['account']!r}")
        if data.get("platform") not in (None, "", *PLATFORMS[:-1]):
            raise ContextError(f"platform must be one of {', '.join(PLATFORMS[:-1])}, not {data['platform']!r}")
        periods = Context.from_dict({"regulated_periods": data.get("regulated_periods") or []}).regulated_periods
        rules = data.get("rules")
        if rules is not None and (not isinstance(rules, list) or any(r not in BY_ID for r in rules)):
            raise ContextError(f"rules must be a list of rule ids, not {rules!r}")
        disclaimer = data.get("disclaimer_in_profile") or ()
        if disclaimer is True:
            disclaimer = PLATFORMS
        elif isinstance(disclaimer, dict):
            disclaimer = tuple(platform for platform, on in disclaimer.items() if on is True)
        channels = data.get("official_channels") or []
        if not isinstance(channels, list) or not all(
            isinstance(c, dict) and isinstance(c.get("platform"), str) and isinstance(c.get("handle"), str)
            for c in channels
        ):
            raise ContextError(f'official_channels must be a list of {{"platform", "handle"}}, not {channels!r}')
        return cls(
            account=data.get("account") or None,
            platform=data.get("platform") or None,
            channel=str(data.get("channel") or ""),
            since=_day("since", data.get("since")),
            until=_day("until", data.get("until")),
            regulated_periods=periods,
            disclaimer_in_profile=tuple(disclaimer),
            rules=tuple(rules) if rules is not None else None,
            official_channels=tuple((c["platform"], c["handle"].lstrip("@")) for c in channels),
        )


def _day(name: str, value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ContextError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


@dataclass(frozen=True)
class Account:
    """How one platform's posts are checked: the account type and channel, and why."""

    platform: str
    account: str
    channel: str
    why: str
    handle: str = ""
    name: str = ""


@dataclass
class _Tally:
    read: Counter[str] = field(default_factory=Counter)  # by kind
    checked: Counter[str] = field(default_factory=Counter)  # by kind
    outside_dates: int = 0
    years: Counter[int] = field(default_factory=Counter)
    flagged_years: Counter[int] = field(default_factory=Counter)
    findings_years: Counter[int] = field(default_factory=Counter)
    rule_posts: Counter[str] = field(default_factory=Counter)
    rule_findings: Counter[str] = field(default_factory=Counter)
    rule_severities: dict[str, set[str]] = field(default_factory=dict)
    clause_posts: Counter[str] = field(default_factory=Counter)
    clause_findings: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)
    flagged: int = 0
    first: str = ""
    last: str = ""
    rows: list[Kept] = field(default_factory=list)  # one per flagged post

    def merge(self, other: _Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
        for rule, severities in other.rule_severities.items():
            self.rule_severities.setdefault(rule, set()).update(severities)
        self.outside_dates += other.outside_dates
        self.flagged += other.flagged
        self.first = min(filter(None, (self.first, other.first)), default="")
        self.last = max(self.last, other.last)
        self.rows += other.rows


class Audit:
    def __init__(self, options: AuditOptions | None = None, pack: Pack | None = None) -> None:
        self.options = options or AuditOptions()
        self.pack = pack or default_pack()
        self.identities: dict[str, Identity] = {}
        self.accounts: dict[str, Account] = {}
        self.problems: list[Problem] = []
        self._tallies: dict[str, _Tally] = {}
        self._store = RowStore()
        self._ordered: list[Kept] | None = None  # the flagged posts newest first, once asked for
        self._selected: tuple[tuple[str, str, str], list[Kept]] | None = None  # the page's last filter

    # ---- taking events ----

    def add(self, event: ExportPost | Identity | Problem) -> dict[str, Any] | None:
        """Take one event; returns the flagged post's row when it is a post with findings."""
        if isinstance(event, ExportPost):
            return self._post(event)
        if isinstance(event, Identity):
            self.identities.setdefault(event.platform, event)
        else:
            self.problems.append(event)
            if event.refused:
                self._tallies.pop(event.source, None)  # none of a refused file's posts count
                self._ordered = self._selected = None
        return None

    @property
    def checked(self) -> int:
        return sum(sum(t.checked.values()) for t in self._tallies.values())

    @property
    def flagged(self) -> int:
        return sum(t.flagged for t in self._tallies.values())

    @property
    def read(self) -> int:
        return sum(sum(t.read.values()) for t in self._tallies.values())

    def account_for(self, platform: str) -> Account:
        """The account type and channel a platform's posts are checked as, decided once."""
        if platform not in self.accounts:
            self.accounts[platform] = self._decide_account(platform)
        return self.accounts[platform]

    def _decide_account(self, platform: str) -> Account:
        identity = self.identities.get(platform) or Identity(platform)
        handle = identity.handle
        channel = self.options.channel or handle
        official = self.pack.channel(channel) if channel else None
        if self.options.account:
            why = "as given"
            return Account(platform, self.options.account, channel, why, handle, identity.name)
        if official and official.platform == platform:
            why = f"@{channel} is one of {self.pack.short_name}'s official channels"
            return Account(platform, "official", official.handle, why, handle, identity.name)
        if channel and (platform, channel.casefold()) in {(p, h.casefold()) for p, h in self.options.official_channels}:
            why = f"@{channel} is one of the official channels in your settings"
            return Account(platform, "official", channel, why, handle, identity.name)
        if channel:
            why = f"@{channel} is not one of {self.pack.short_name}'s official channels"
        else:
            why = "the export does not say whose it is"
        return Account(platform, "personal", channel, why, handle, identity.name)

    def _post(self, post: ExportPost) -> dict[str, Any] | None:
        tally = self._tallies.get(post.source) or self._tallies.setdefault(post.source, _Tally())
        tally.read[post.kind] += 1
        day = post.when.date()
        opts = self.options
        if opts.platform and post.platform != opts.platform:
            return None
        if (opts.since and day < opts.since) or (opts.until and day > opts.until):
            tally.outside_dates += 1
            return None
        account = self.account_for(post.platform)
        context = Context(
            platform=post.platform,
            account=account.account,
            channel=account.channel,
            surface=post.surface,
            media=post.media,
            date=day,
            consent_confirmed=False,
            disclaimer_in_profile=post.platform in opts.disclaimer_in_profile,
            regulated_periods=opts.regulated_periods,
        )
        findings = check(post.text, context, pack=self.pack, rules=opts.rules)
        tally.checked[post.kind] += 1
        tally.years[day.year] += 1
        stamp = post.when.isoformat()[:19] + "Z"  # when is UTC
        tally.first = min(tally.first or stamp, stamp)
        tally.last = max(tally.last, stamp)
        if not findings:
            return None
        row = self._row(post, stamp, [self._as_posted(f, post, context) for f in findings])
        self._count(tally, day.year, row["findings"])
        tally.rows.append(self._store.pack(row))
        self._ordered = self._selected = None
        return row

    def _as_posted(self, finding: Finding, post: ExportPost, context: Context) -> dict[str, Any]:
        """The finding as the report gives it: for a post already made, child-consent asks to check the record."""
        out = finding.to_dict()
        if finding.rule != CONSENT_RULE:
            return out
        pack = self.pack
        channel = pack.channel(context.channel) if context.official and context.channel else None
        whole = (finding.start, finding.end) == (0, len(post.text))
        why = "why_channel_posted" if whole and channel and channel.kind == "children-centre" else "why_children_posted"
        rule = BY_ID[CONSENT_RULE]
        text = {name: pack.text(CONSENT_RULE, name, rule.texts[name]) for name in POSTED}
        values = {**pack.words, "date": context.date.isoformat(), "kind": post.kind}
        values["kinds"] = " and ".join(sorted({m.kind for m in post.media}))
        values["why"] = render(text[why], values)
        out["message"] = render(text["message_posted"], values)
        out["clear_by"] = render(text["clear_by_posted"], values)
        return out

    @staticmethod
    def _row(post: ExportPost, stamp: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "time": stamp,
            "platform": post.platform,
            "kind": post.kind,
            "text": post.text,
            "link": post.link,
            "id": post.id,
            "reply_to": post.reply_to,
            "media": [{"kind": m.kind, "name": m.name} for m in post.media],
            "source": post.source,
            "findings": findings,
        }

    @staticmethod
    def _count(tally: _Tally, year: int, findings: list[dict[str, Any]]) -> None:
        tally.flagged += 1
        tally.flagged_years[year] += 1
        tally.findings_years[year] += len(findings)
        rules = {f["rule"] for f in findings}
        clauses = {c for f in findings for c in f["clauses"]}
        tally.rule_posts.update(rules)
        tally.clause_posts.update(clauses)
        for f in findings:
            tally.rule_findings[f["rule"]] += 1
            tally.rule_severities.setdefault(f["rule"], set()).add(f["severity"])
            tally.clause_findings.update(f["clauses"])
            tally.severities[f["severity"]] += 1

    # ---- the result ----

    def total(self) -> _Tally:
        whole = _Tally()
        for tally in self._tallies.values():
            whole.merge(tally)
        return whole

    def summary(self, whole: _Tally | None = None) -> dict[str, Any]:
        whole = whole or self.total()
        order = {rule: i for i, rule in enumerate(BY_ID)}
        opts = self.options
        return {
            "organisation": self.pack.organisation,
            "accounts": [vars(a) for a in self.accounts.values()],
            "read": sum(whole.read.values()),
            "read_by_kind": dict(whole.read),
            "checked": sum(whole.checked.values()),
            "checked_by_kind": dict(whole.checked),
            "outside_dates": whole.outside_dates,
            "flagged": whole.flagged,
            "findings": sum(whole.severities.values()),
            "by_severity": {s: whole.severities[s] for s in SEVERITIES if whole.severities[s]},
            "by_rule": [
                {
                    "rule": rule,
                    "clauses": list(self.pack.clauses_of(rule)),
                    "severities": [s for s in SEVERITIES if s in whole.rule_severities[rule]],
                    "posts": whole.rule_posts[rule],
                    "findings": whole.rule_findings[rule],
                }
                for rule in sorted(whole.rule_posts, key=lambda r: (-whole.rule_posts[r], order.get(r, 99)))
            ],
            "by_clause": [
                {"clause": clause, "posts": whole.clause_posts[clause], "findings": whole.clause_findings[clause]}
                for clause in sorted(whole.clause_posts, key=lambda c: (-whole.clause_posts[c], c))
            ],
            "by_year": [
                {
                    "year": year,
                    "checked": whole.years[year],
                    "flagged": whole.flagged_years[year],
                    "findings": whole.findings_years[year],
                }
                for year in sorted(whole.years)
            ],
            "first": whole.first,
            "last": whole.last,
            "since": opts.since.isoformat() if opts.since else "",
            "until": opts.until.isoformat() if opts.until else "",
            "regulated_periods": [
                {"start": p.start.isoformat(), "end": p.end.isoformat()} for p in opts.regulated_periods
            ],
            "problems": [{"source": p.source, "message": p.message, "refused": p.refused} for p in self.problems],
        }

    def _newest_first(self, whole: _Tally | None = None) -> list[Kept]:
        if self._ordered is None:
            rows = (whole or self.total()).rows
            self._ordered = sorted(rows, key=lambda kept: kept.time, reverse=True)  # stable: ties keep their order
        return self._ordered

    def rows(self, whole: _Tally | None = None) -> Iterator[dict[str, Any]]:
        """The flagged posts, newest first, one at a time."""
        for kept in self._newest_first(whole):
            yield self._store.unpack(kept)

    def page(
        self, rule: str = "", severity: str = "", year: str = "", start: int = 0, size: int = 50
    ) -> dict[str, Any]:
        """`size` flagged posts from `start`, newest first, among those with this rule, severity and year
        ("": any); and how many there are."""
        chosen = (rule, severity, year)
        if self._selected is None or self._selected[0] != chosen:
            self._selected = (chosen, self._store.select(self._newest_first(), *chosen))
        selected = self._selected[1]
        start = max(0, min(start, len(selected)))
        return {
            "rows": [self._store.unpack(kept) for kept in selected[start : start + max(0, size)]],
            "start": start,
            "total": len(selected),
        }
