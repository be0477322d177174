"""Facebook's "Download your information" in JSON (a profile's or a Page's).

Where the files sit has moved between versions, so they are found by what they hold:
- posts: `posts/your_posts_1.json` (2019–2021), then
  `your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json` (2022–2023),
  then `your_facebook_activity/posts/…` (2024 on); a top-level array of
  `{"timestamp", "data": [{"post": text}, {"update_timestamp"}], "attachments": [{"data": [{"media":
  {"uri", "media_metadata": {"photo_metadata" | "video_metadata"}}} | {"external_context": {"url"}} |
  {"place"} | …]}], "title": "Ann updated her status."}`; posts in groups the same shape under
  `{"group_posts_v2": […]}`.
- comments: `comments/comments.json` (`{"comments": […]}`, later `{"comments_v2": […]}`), then under
  `…/comments_and_reactions/comments.json`, of `{"timestamp", "data": [{"comment": {"timestamp",
  "comment": text, "author"}}], "attachments", "title": "Ann commented on Bob's post."}`; comments in
  groups under `{"group_comments_v2": […]}`.
- who: `profile_information/profile_information.json`, `{"profile_v2": {"name": {"full_name"},
  "profile_uri"}}`.
Every non-ASCII character is written as its UTF-8 bytes, one `\\u00XX` escape each (mojibake): repaired.
Stickers (`…/stickers_used/…`) are not media a person chose to post. Stories (gone after a day),
archived and deleted posts are not online, and are not read.
"""

from __future__ import annotations

from typing import Any

from .fields import Format, IdentityFormat, Known, Where, dicts, dig, file_name, from_unix, media, text_of
from .model import ExportPost, Identity, ShapeError

PLATFORM = "facebook"
IDENTITY_FILES = ("profile_information.json",)
_NOT_ONLINE = ("stor", "archive", "deleted", "trash")


def _online(where: Where) -> bool:
    place = f"{where.name} {where.key}".lower()
    return not any(word in place for word in _NOT_ONLINE)


def _attachments(element: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for attachment in dicts(element.get("attachments")) for item in dicts(attachment.get("data"))]


def _media(element: dict[str, Any]) -> tuple:
    found = []
    for item in _attachments(element):
        uri = dig(item, "media", "uri")
        if isinstance(uri, str) and "stickers_used" not in uri:
            one = media(uri, dig(item, "media", "media_metadata"))
            if one:
                found.append(one)
    return tuple(found)


def _is_post(where: Where, element: Any) -> bool:
    if not _online(where) or not isinstance(element, dict) or "timestamp" not in element:
        return False
    has_text = any(isinstance(item.get("post"), str) for item in dicts(element.get("data")))
    return has_text or any("media" in item for item in _attachments(element))


def _read_post(element: Any, where: Where, known: Known) -> ExportPost | None:
    if not isinstance(element, dict):
        raise ShapeError("a post should be an object")
    texts = [text_of(item["post"], meta=True) for item in dicts(element.get("data")) if "post" in item]
    text = "\n\n".join(t for t in texts if t)
    found = _media(element)
    if not text and not found:
        return None  # a shared video, a life event: nothing written
    return ExportPost(PLATFORM, "post", from_unix(element.get("timestamp")), text, found, where.path)


def _comment(element: Any) -> dict[str, Any] | None:
    for item in dicts(element.get("data")) if isinstance(element, dict) else []:
        if isinstance(item.get("comment"), dict):
            return item["comment"]
    return None


def _is_comment(where: Where, element: Any) -> bool:
    comment = _comment(element)
    return _online(where) and comment is not None and "comment" in comment


def _read_comment(element: Any, where: Where, known: Known) -> ExportPost | None:
    comment = _comment(element)
    if comment is None:
        raise ShapeError('a comment should have "data": [{"comment": {…}}]')
    text = text_of(comment.get("comment"), meta=True)
    found = _media(element)
    if not text and not found:
        return None
    when = from_unix(comment.get("timestamp") or element.get("timestamp"))
    title = text_of(element.get("title"), meta=True)
    return ExportPost(PLATFORM, "comment", when, text, found, where.path, reply_to=title)


def _identity(value: Any) -> Identity | None:
    if not isinstance(value, dict):
        return None
    name = text_of(dig(value, "name", "full_name"), meta=True) if isinstance(dig(value, "name"), dict) else ""
    uri = value.get("profile_uri") or ""
    handle = value.get("username") or (file_name(uri) if isinstance(uri, str) and "facebook.com/" in uri else "")
    if not name and not handle:
        return None
    return Identity(PLATFORM, handle=str(handle), name=name)


FORMATS = (
    Format("Facebook comments", PLATFORM, _is_comment, _read_comment),
    Format("Facebook posts", PLATFORM, _is_post, _read_post),
)
IDENTITIES = (IdentityFormat(PLATFORM, lambda where, value: where.key in ("profile_v2", "profile"), _identity),)
