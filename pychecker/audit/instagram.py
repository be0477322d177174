"""Instagram's "Download your information" in JSON.

Found by what the files hold, since their places have moved:
- posts: `content/posts_1.json` (2021–2022), `your_instagram_activity/content/posts_1.json`
  (2023–2024), `your_instagram_activity/media/posts_1.json` (2025): a top-level array of
  `{"media": [{"uri", "creation_timestamp", "title", "media_metadata"}], "title", "creation_timestamp"}`
  (a single photo's caption sits in `media[0].title`, a carousel's in `title`); reels under
  `{"ig_reels_media": [ {"media": […]} ]}`, the same shape.
- comments: `comments/post_comments.json` (`{"comments_media_comments": […]}`, 2021–2022), then
  `your_instagram_activity/comments/post_comments_1.json` (a top-level array) and
  `reels_comments.json` (`{"comments_reels_comments": […]}`), each
  `{"string_map_data": {"Comment": {"value"}, "Media Owner": {"value"}, "Time": {"timestamp"}}}`.
- before 2021: `media.json` (`{"photos": [{"caption", "taken_at", "path"}], "videos": […]}`) and
  `comments.json` (`{"media_comments": [["2019-01-12T16:05:42+00:00", text, owner], …]}`).
- who: `personal_information/personal_information/personal_information.json` (earlier
  `account_information/…`): `{"profile_user": [{"string_map_data": {"Username": {"value"}, "Name": {"value"}}}]}`;
  before 2021 `profile.json` (`{"username", "name"}`).
Text is mis-encoded as Facebook's is (UTF-8 bytes as `\\u00XX` escapes) and repaired. Stories, archived
and recently deleted posts are not online, and are not read.
"""

from __future__ import annotations

from typing import Any

from ..context import Media
from .fields import Format, IdentityFormat, Known, Where, dicts, dig, from_iso, from_unix, media, text_of
from .model import ExportPost, Identity, ShapeError

PLATFORM = "instagram"
IDENTITY_FILES = ("personal_information.json", "profile.json")
_NOT_ONLINE = ("stor", "archive", "deleted", "profile_photos")


def _online(where: Where) -> bool:
    place = f"{where.name} {where.key}".lower()
    return not any(word in place for word in _NOT_ONLINE)


def _is_post(where: Where, element: Any) -> bool:
    return (
        _online(where)
        and isinstance(element, dict)
        and bool(dicts(element.get("media")))
        and all("uri" in item for item in dicts(element.get("media")))
    )


def _read_post(element: Any, where: Where, known: Known) -> ExportPost | None:
    items = dicts(element.get("media")) if isinstance(element, dict) else []
    if not items:
        raise ShapeError('a post should have "media": [{"uri", …}]')
    text = text_of(element.get("title") or items[0].get("title"), meta=True)
    when = element.get("creation_timestamp") or items[0].get("creation_timestamp")
    found = tuple(m for m in (media(item.get("uri"), item.get("media_metadata")) for item in items) if m)
    return ExportPost(PLATFORM, "post", from_unix(when), text, found, where.path)


def _is_comment(where: Where, element: Any) -> bool:
    return _online(where) and isinstance(dig(element, "string_map_data", "Comment"), dict)


def _read_comment(element: Any, where: Where, known: Known) -> ExportPost | None:
    fields = dig(element, "string_map_data")
    if not isinstance(fields, dict):
        raise ShapeError('a comment should have "string_map_data": {"Comment": …}')
    text = text_of(dig(fields, "Comment", "value"), meta=True)
    if not text:
        return None
    owner = text_of(dig(fields, "Media Owner", "value"), meta=True)
    when = from_unix(dig(fields, "Time", "timestamp"))
    return ExportPost(PLATFORM, "comment", when, text, (), where.path, reply_to=f"@{owner}" if owner else "")


def _is_old_media(where: Where, element: Any) -> bool:
    return where.key in ("photos", "videos") and isinstance(element, dict) and "taken_at" in element


def _read_old_media(element: Any, where: Where, known: Known) -> ExportPost | None:
    path = element.get("path")
    found = media(path) if isinstance(path, str) else None
    if found and where.key == "videos":
        found = Media("video", found.name)
    text = text_of(element.get("caption"), meta=True)
    return ExportPost(PLATFORM, "post", from_iso(element.get("taken_at")), text, (found,) if found else (), where.path)


def _is_old_comment(where: Where, element: Any) -> bool:
    return where.key == "media_comments" and isinstance(element, list) and len(element) >= 2


def _read_old_comment(element: Any, where: Where, known: Known) -> ExportPost | None:
    if not isinstance(element, list) or len(element) < 2:
        raise ShapeError("a comment should be [date, text, owner]")
    text = text_of(element[1], meta=True)
    if not text:
        return None
    owner = text_of(element[2], meta=True) if len(element) > 2 and isinstance(element[2], str) else ""
    return ExportPost(
        PLATFORM, "comment", from_iso(element[0]), text, (), where.path, reply_to=f"@{owner}" if owner else ""
    )


def _identity(value: Any) -> Identity | None:
    handle = dig(value, "string_map_data", "Username", "value")
    if not isinstance(handle, str) or not handle:
        return None
    return Identity(PLATFORM, handle=handle, name=text_of(dig(value, "string_map_data", "Name", "value"), meta=True))


def _old_identity(value: Any) -> Identity | None:
    return Identity(PLATFORM, handle=value) if isinstance(value, str) and value else None


FORMATS = (
    Format("Instagram comments", PLATFORM, _is_comment, _read_comment),
    Format("Instagram posts", PLATFORM, _is_post, _read_post),
    Format("Instagram posts", PLATFORM, _is_old_media, _read_old_media),
    Format("Instagram comments", PLATFORM, _is_old_comment, _read_old_comment),
)
IDENTITIES = (
    IdentityFormat(PLATFORM, lambda where, value: where.key == "profile_user", _identity),
    IdentityFormat(
        PLATFORM, lambda where, value: where.name == "profile.json" and where.key == "username", _old_identity
    ),
)
