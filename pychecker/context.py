"""What the checker is told besides the text (docs/contract.md, "Context"). Validated on the way in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

PLATFORMS = ("facebook", "twitter", "instagram", "other")
ACCOUNTS = ("official", "personal")
SURFACES = ("post", "reply", "message")
MEDIA_KINDS = ("image", "video")


class ContextError(ValueError):
    """A context field has a value the contract does not allow."""


@dataclass(frozen=True)
class Media:
    kind: str
    name: str = ""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end  # regulated periods include their first and last days


@dataclass(frozen=True)
class Context:
    platform: str = "other"
    account: str = "personal"
    channel: str = ""
    surface: str = "post"
    media: tuple[Media, ...] = ()
    date: dt.date = field(default_factory=dt.date.today)
    consent_confirmed: bool = False
    disclaimer_in_profile: bool = False
    regulated_periods: tuple[Period, ...] = ()

    @property
    def official(self) -> bool:
        return self.account == "official"

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Context:
        """Build a context from the JSON shape in docs/contract.md; unknown or bad values raise ContextError."""
        data = dict(data or {})
        unknown = set(data) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise ContextError(f"unknown context field(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for name, allowed in (("platform", PLATFORMS), ("account", ACCOUNTS), ("surface", SURFACES)):
            if name in data:
                values[name] = _choice(name, data[name], allowed)
        if "channel" in data:
            values["channel"] = _str("channel", data["channel"] or "")
        if "media" in data:
            values["media"] = tuple(_media(item) for item in _list("media", data["media"]))
        if data.get("date"):
            values["date"] = _date("date", data["date"])
        for name in ("consent_confirmed", "disclaimer_in_profile"):
            if name in data:
                if not isinstance(data[name], bool):
                    raise ContextError(f"{name} must be true or false, not {data[name]!r}")
                values[name] = data[name]
        if "regulated_periods" in data:
            values["regulated_periods"] = tuple(
                _period(p) for p in _list("regulated_periods", data["regulated_periods"])
            )
        return cls(**values)


def _choice(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ContextError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return str(value)


def _str(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ContextError(f"{name} must be a string, not {value!r}")
    return value


def _list(name: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ContextError(f"{name} must be a list, not {value!r}")
    return value


def _date(name: str, value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(_str(name, value))
    except ValueError:
        raise ContextError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _media(item: Any) -> Media:
    if not isinstance(item, dict):
        raise ContextError(f'each media item must be {{"kind": ..., "name": ...}}, not {item!r}')
    return Media(_choice("media kind", item.get("kind"), MEDIA_KINDS), _str("media name", item.get("name", "")))


def _period(item: Any) -> Period:
    if not isinstance(item, dict):
        raise ContextError(f'each regulated period must be {{"start": date, "end": date}}, not {item!r}')
    period = Period(_date("period start", item.get("start")), _date("period end", item.get("end")))
    if period.end < period.start:
        raise ContextError(f"regulated period ends before it starts: {item!r}")
    return period
