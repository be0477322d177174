"""Small readers shared by the platforms' formats: dates, media, Meta's mis-encoded text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..context import Media
from .model import ExportPost, Identity, ShapeError

VIDEO_EXTENSIONS = (".mp4", ".mov", ".m4v", ".webm", ".avi", ".3gp", ".mkv")


@dataclass(frozen=True)
class Where:
    """Where an element sits: the file, the JavaScript target it is assigned to, the top-level key."""

    path: str
    target: str = ""
    key: str = ""

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1].lower()


@dataclass
class Known:
    """What the export has said about itself so far (read first: see reader.plan)."""

    identities: dict[str, Identity]


@dataclass(frozen=True)
class Format:
    """A kind of element that holds posts: how to recognise it and how to read one."""

    name: str  # for messages: "X tweets", "Facebook comments"
    platform: str
    matches: Callable[[Where, Any], bool]
    read: Callable[[Any, Where, Known], ExportPost | None]  # None: nothing the account wrote (no text, no media)


@dataclass(frozen=True)
class IdentityFormat:
    platform: str
    matches: Callable[[Where, Any], bool]
    read: Callable[[Any], Identity | None]


def repair(text: str) -> str:
    """Undo Meta's mojibake: UTF-8 bytes written as one `\\u00XX` escape each ("L\u00c3\u00b8ye" → "Løye").

    A string is repaired only when all of it reads back as UTF-8 that way, so text that was written
    correctly (newer exports, or a real "Ã" in a word) is left as it is.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def from_unix(value: Any) -> dt.datetime:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ShapeError(f"a timestamp should be seconds since 1970, not {value!r}")
    return dt.datetime.fromtimestamp(value, tz=dt.UTC)


def from_iso(value: Any) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ShapeError(f"a date should be ISO 8601, not {value!r}") from None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def media_kind(uri: str, metadata: Any = None) -> str:
    if isinstance(metadata, dict) and "video_metadata" in metadata:
        return "video"
    return "video" if uri.lower().endswith(VIDEO_EXTENSIONS) else "image"


def file_name(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]


def media(uri: Any, metadata: Any = None) -> Media | None:
    if not isinstance(uri, str) or not uri:
        return None
    return Media(media_kind(uri, metadata), file_name(uri))


def text_of(value: Any, *, meta: bool) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ShapeError(f"text should be a string, not {type(value).__name__}")
    return repair(value) if meta else value


def dig(value: Any, *keys: str | int) -> Any:
    """value[k1][k2]…, or None where any step is missing."""
    for key in keys:
        if isinstance(key, int):
            value = value[key] if isinstance(value, list) and -len(value) <= key < len(value) else None
        else:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


def dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
