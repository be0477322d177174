"""Exports built by the tests, in each platform's real shapes (see docs/exports.md for the sources).

Each builder takes the same `Item`s (what the account wrote) and returns {path inside the export:
bytes}, laid out and encoded as that platform's export of that version writes them:

- X: "grailbird" (2012–2018: data/js/tweets/YYYY_MM.js), "2019" (data/tweet.js, bare tweets),
  "2021" (data/tweet.js, {"tweet": …}), "2023" (data/tweets.js, split into tweets-partN.js when `parts`).
- Facebook: "2019" (posts/your_posts_1.json, comments/comments.json {"comments"}), "2022"
  (your_activity_across_facebook/…, {"comments_v2"}), "2024" (your_facebook_activity/…).
- Instagram: "2019" (media.json, comments.json), "2021" (content/posts_1.json,
  comments/post_comments.json), "2023" (your_instagram_activity/content/…, post_comments_1.json),
  "2025" (your_instagram_activity/media/posts_1.json).

Meta's files carry their mojibake (every non-ASCII character as its UTF-8 bytes, one \\u00XX escape
each); X's are UTF-8, its text HTML-escaped, its numbers strings, written `"key" : value`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UTC = dt.UTC


@dataclass(frozen=True)
class Item:
    text: str
    when: dt.datetime
    kind: str = "post"  # post, reply, comment, repost
    media: tuple[tuple[str, str], ...] = ()  # (image|video, file name)
    reply_to: str = ""  # a handle for X replies and Instagram comments, a name for Facebook
    urls: tuple[tuple[str, str], ...] = ()  # X: (t.co link in the text, expanded)
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def day(text: str, when: str, **kw: Any) -> Item:
    """An item posted at noon UTC on `when` (YYYY-MM-DD, or a full ISO time)."""
    moment = dt.datetime.fromisoformat(when if "T" in when else f"{when}T12:00:00").replace(tzinfo=UTC)
    return Item(text, moment, **kw)


# ---- X ----------------------------------------------------------------------------------------


def _x_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, separators=(",", " : "))


def _tweet(item: Item, number: int, version: str, account_id: str) -> dict[str, Any]:
    tweet_id = item.id or str(1_000_000_000_000_000_000 + number)
    text = html.escape(item.text, quote=False)
    media = []
    for i, (kind, name) in enumerate(item.media):
        link = f"https://t.co/m{number}x{i}"
        media.append(
            {
                "expanded_url": f"https://x.com/NhxPartnership/status/{tweet_id}/photo/1",
                "indices": ["0", "0"],
                "url": link,
                "media_url": f"http://pbs.twimg.com/media/{name}",
                "media_url_https": f"https://pbs.twimg.com/media/{name}",
                "id_str": f"{tweet_id}{i}",
                "type": "photo" if kind == "image" else "video",
                "display_url": "pic.x.com/abc",
            }
        )
    if media:
        text = f"{text} {media[0]['url']}"
    urls = [
        {"url": short, "expanded_url": full, "display_url": full[8:30], "indices": ["0", "23"]}
        for short, full in item.urls
    ]
    if version == "grailbird":
        created = item.when.strftime("%Y-%m-%d %H:%M:%S +0000")
    else:
        created = item.when.strftime("%a %b %d %H:%M:%S +0000 %Y")
    tweet: dict[str, Any] = {
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": urls},
        "display_text_range": ["0", str(len(item.text))],
        "favorite_count": "3",
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": "1",
        "id": tweet_id,
        "created_at": created,
        "favorited": False,
        ("text" if version == "grailbird" else "full_text"): text,
        "lang": "en",
    }
    if media:
        tweet["entities"]["media"] = media[:1]
        tweet["extended_entities"] = {"media": media}
        tweet["possibly_sensitive"] = False
    if item.kind == "reply":
        own = item.reply_to.lstrip("@") == "NhxPartnership"
        tweet["in_reply_to_status_id_str"] = tweet["in_reply_to_status_id"] = "1500000000000000000"
        tweet["in_reply_to_user_id_str"] = tweet["in_reply_to_user_id"] = account_id if own else "987654321"
        tweet["in_reply_to_screen_name"] = item.reply_to.lstrip("@")
    if item.kind == "repost" and version == "grailbird":
        tweet["retweeted_status"] = {"text": item.text.split(": ", 1)[-1], "id_str": "42"}
    tweet.update(item.extra)
    return tweet if version in ("grailbird", "2019") else {"tweet": tweet}


def x_archive(
    items: list[Item],
    *,
    version: str = "2023",
    parts: int = 1,
    username: str = "NhxPartnership",
    account_id: str = "2244994945",
    media_files: bool = True,
) -> dict[str, bytes]:
    """An X archive of `items`. `media_files`: include data/tweets_media/ (some archives leave it out)."""
    tweets = [_tweet(item, n, version, account_id) for n, item in enumerate(items)]
    files: dict[str, bytes] = {}
    if version == "grailbird":
        months: dict[str, list[dict[str, Any]]] = {}
        for item, tweet in zip(items, tweets, strict=True):
            months.setdefault(item.when.strftime("%Y_%m"), []).append(tweet)
        for month, month_tweets in sorted(months.items()):
            files[f"data/js/tweets/{month}.js"] = f"Grailbird.data.tweets_{month} = \n{_x_json(month_tweets)}".encode()
        files["data/js/user_details.js"] = b'var user_details =  {"screen_name" : "' + username.encode() + b'"}'
        files["index.html"] = b"<!doctype html><title>Your Twitter archive</title>"
        media_dir = "data/tweets_media"
    else:
        name = "tweet" if version in ("2019", "2021") else "tweets"
        chunks = [tweets[i::parts] for i in range(parts)] if parts > 1 else [tweets]
        for number, chunk in enumerate(chunks):
            file = f"data/{name}.js" if number == 0 else f"data/{name}-part{number}.js"
            files[file] = f"window.YTD.{name}.part{number} = {_x_json(chunk)}".encode()
        account = [
            {
                "account": {
                    "email": "comms@example.org",
                    "createdVia": "web",
                    "username": username,
                    "accountId": account_id,
                    "createdAt": "2011-05-04T09:00:00.000Z",
                    "accountDisplayName": "North Halifax Partnership",
                }
            }
        ]
        files["data/account.js"] = f"window.YTD.account.part0 = {_x_json(account)}".encode()
        files["data/like.js"] = b'window.YTD.like.part0 = [ {"like" : {"tweetId" : "1", "fullText" : "Vote Labour!"}} ]'
        files["data/manifest.js"] = b'window.__THAR_CONFIG = {"userInfo" : {"userName" : "' + username.encode() + b'"}}'
        files["Your archive.html"] = b"<!doctype html><title>Your archive</title>"
        media_dir = "data/tweets_media" if version == "2023" else "data/tweet_media"
    if media_files:
        for item, tweet in zip(items, tweets, strict=True):
            for _kind, name in item.media:
                tweet_id = (tweet.get("tweet") or tweet)["id_str"]
                files[f"{media_dir}/{tweet_id}-{name}"] = _media_bytes(name)
    return files


# ---- Meta (Facebook and Instagram) ------------------------------------------------------------


def mojibake(value: Any) -> Any:
    """Every string as Meta writes it: its UTF-8 bytes, each read as one Latin-1 character."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): mojibake(v) for k, v in value.items()}
    return value


def meta_json(value: Any) -> bytes:
    return json.dumps(mojibake(value), indent=2, ensure_ascii=True).encode("ascii")


def _stamp(item: Item) -> int:
    return int(item.when.timestamp())


def _fb_media(item: Item, folder: str) -> list[dict[str, Any]]:
    out = []
    for kind, name in item.media:
        meta_key = "video_metadata" if kind == "video" else "photo_metadata"
        out.append(
            {
                "media": {
                    "uri": f"{folder}/media/{'videos' if kind == 'video' else 'TimelinePhotos_x1'}/{name}",
                    "creation_timestamp": _stamp(item),
                    "media_metadata": {meta_key: {"exif_data": [{"upload_ip": "192.0.2.1"}]}},
                    "title": "Timeline Photos",
                    "description": item.text,
                }
            }
        )
    return out


FACEBOOK_LAYOUT = {
    "2019": ("posts/your_posts_1.json", "comments/comments.json", "comments", "posts"),
    "2022": (
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_activity_across_facebook/comments_and_reactions/comments.json",
        "comments_v2",
        "your_activity_across_facebook/posts",
    ),
    "2024": (
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_facebook_activity/comments_and_reactions/comments.json",
        "comments_v2",
        "your_facebook_activity/posts",
    ),
}


def facebook_export(
    items: list[Item], *, version: str = "2024", name: str = "North Halifax Partnership", media_files: bool = True
) -> dict[str, bytes]:
    posts_path, comments_path, comments_key, folder = FACEBOOK_LAYOUT[version]
    posts, comments = [], []
    for item in items:
        if item.kind == "comment":
            entry: dict[str, Any] = {
                "timestamp": _stamp(item),
                "data": [{"comment": {"timestamp": _stamp(item), "comment": item.text, "author": name}}],
                "title": f"{name} commented on {item.reply_to or 'Ann Smith'}'s post.",
            }
            if item.media:
                entry["attachments"] = [{"data": _fb_media(item, folder)}]
            comments.append(entry)
        else:
            entry = {"timestamp": _stamp(item), "data": [], "title": f"{name} updated their status."}
            if item.text:
                entry["data"].append({"post": item.text})
            entry["data"].append({"update_timestamp": _stamp(item)})
            if item.media:
                entry["attachments"] = [{"data": _fb_media(item, folder)}]
                entry["title"] = f"{name} added a new photo."
            posts.append(entry)
        entry.update(item.extra)
    prefix = "" if version == "2019" else folder.split("/")[0] + "/"
    files = {
        posts_path: meta_json(posts),
        comments_path: meta_json({comments_key: comments}),
        f"{prefix}posts/your_videos.json" if version == "2019" else f"{folder}/your_videos.json": meta_json(
            {"videos_v2": [{"uri": "x.mp4", "creation_timestamp": 1, "description": "not a post"}]}
        ),
        "profile_information/profile_information.json": meta_json(
            {
                "profile_v2": {
                    "name": {"full_name": name, "first_name": name.split()[0]},
                    "profile_uri": "https://www.facebook.com/NorthHalifaxPartnership",
                }
            }
        ),
        f"{prefix}search/your_search_history.json".lstrip("/"): meta_json(
            {"searches_v2": [{"timestamp": 1600000000, "data": [{"text": "vote labour"}], "title": "You searched"}]}
        ),
        "messages/inbox/annsmith_123/message_1.json": meta_json(
            {"participants": [{"name": "Ann"}], "messages": [{"content": "Vote Labour!", "timestamp_ms": 1}]}
        ),
    }
    if media_files:
        for item in items:
            for entry in _fb_media(item, folder):
                files[entry["media"]["uri"]] = _media_bytes(entry["media"]["uri"])
    return files


INSTAGRAM_LAYOUT = {
    "2021": ("content/posts_1.json", "comments/post_comments.json", "account_information/personal_information.json"),
    "2023": (
        "your_instagram_activity/content/posts_1.json",
        "your_instagram_activity/comments/post_comments_1.json",
        "personal_information/personal_information/personal_information.json",
    ),
    "2025": (
        "your_instagram_activity/media/posts_1.json",
        "your_instagram_activity/comments/post_comments_1.json",
        "personal_information/personal_information/personal_information.json",
    ),
}


def instagram_export(
    items: list[Item], *, version: str = "2023", username: str = "staying_well_team", media_files: bool = True
) -> dict[str, bytes]:
    posts = [i for i in items if i.kind != "comment"]
    comments = [i for i in items if i.kind == "comment"]
    files: dict[str, bytes] = {}
    media_uris = []
    if version == "2019":
        photos = [
            {"caption": p.text, "taken_at": p.when.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "path": f"photos/201901/{name}"}
            for p in posts
            for kind, name in p.media[:1] or (("image", "blank.jpg"),)
            if kind == "image"
        ]
        videos = [
            {"caption": p.text, "taken_at": p.when.strftime("%Y-%m-%dT%H:%M:%S"), "path": f"videos/201901/{name}"}
            for p in posts
            for kind, name in p.media[:1]
            if kind == "video"
        ]
        files["media.json"] = json.dumps({"photos": photos, "videos": videos, "profile": []}, indent=2).encode()
        files["comments.json"] = json.dumps(
            {
                "media_comments": [
                    [c.when.strftime("%Y-%m-%dT%H:%M:%S"), c.text, c.reply_to.lstrip("@")] for c in comments
                ],
                "live_comments": [],
            },
            indent=2,
        ).encode()
        files["profile.json"] = json.dumps({"username": username, "name": "NHP", "private_account": False}).encode()
        media_uris = [p["path"] for p in photos + videos]
    else:
        posts_path, comments_path, who_path = INSTAGRAM_LAYOUT[version]
        entries = []
        for number, p in enumerate(posts):
            chosen = p.media or (("image", f"post{number}.jpg"),)  # every Instagram post is a photo or a video
            media = [
                {
                    "uri": f"media/posts/202301/{name}",
                    "creation_timestamp": _stamp(p),
                    "media_metadata": {"video_metadata" if kind == "video" else "photo_metadata": {"exif_data": []}},
                    "title": p.text if len(chosen) == 1 else "",
                    "cross_post_source": {"source_app": "FB"},
                }
                for kind, name in chosen
            ]
            entry: dict[str, Any] = {"media": media}
            if len(chosen) != 1:
                entry["title"] = p.text
                entry["creation_timestamp"] = _stamp(p)
            entry.update(p.extra)
            entries.append(entry)
            media_uris += [m["uri"] for m in media]
        files[posts_path] = meta_json(entries)
        rows = [
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Comment": {"value": c.text},
                    "Media Owner": {"value": c.reply_to.lstrip("@")},
                    "Time": {"timestamp": _stamp(c)},
                },
            }
            for c in comments
        ]
        files[comments_path] = meta_json({"comments_media_comments": rows} if version == "2021" else rows)
        files[who_path] = meta_json(
            {"profile_user": [{"string_map_data": {"Username": {"value": username}, "Name": {"value": "NHP"}}}]}
        )
        files["your_instagram_activity/content/stories.json"] = meta_json(
            {"ig_stories": [{"uri": "media/stories/1.jpg", "creation_timestamp": 1600000000, "title": "Vote Labour!"}]}
        )
        files["your_instagram_activity/likes/liked_posts.json"] = meta_json(
            {"likes_media_likes": [{"title": "someone", "string_list_data": [{"value": "x", "timestamp": 1}]}]}
        )
    if media_files:
        for uri in media_uris:
            files[uri] = _media_bytes(uri)
    return files


# ---- writing ----------------------------------------------------------------------------------


def _media_bytes(name: str) -> bytes:
    """A file standing for a photo or video: bytes that are not text (never read by the audit)."""
    return b"\xff\xd8\xff\xe0" + name.encode() * 50 + bytes(range(256)) * 8


def write_zip(files: dict[str, bytes], path: Path, *, prefix: str = "") -> Path:
    """The export as a zip, text deflated and media stored, as the platforms write them."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            text = name.endswith((".js", ".json", ".html"))
            archive.writestr(prefix + name, data, zipfile.ZIP_DEFLATED if text else zipfile.ZIP_STORED)
    return path


def write_folder(files: dict[str, bytes], folder: Path) -> Path:
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def encrypted_zip(files: dict[str, bytes], path: Path, password: bytes = b"secret") -> Path:
    """A password-protected zip (traditional PKWARE encryption, as `zip -e` writes), built by hand:
    Python's zipfile reads these but cannot write them."""
    local, central, offset = [], [], 0
    for name, data in files.items():
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = compressor.compress(data) + compressor.flush()
        crc = zlib.crc32(data)
        keys = _zipcrypto_keys(password)
        header = bytes(range(11)) + bytes([crc >> 24])
        secret = _zipcrypto(keys, header + body)
        raw = name.encode()
        fields = struct.pack("<HHHHHIII", 20, 0x1, 8, 0, 0x21, crc, len(secret), len(data))
        record = b"PK\x03\x04" + fields + struct.pack("<HH", len(raw), 0) + raw + secret
        central.append(
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + fields
            + struct.pack("<HHHHHII", len(raw), 0, 0, 0, 0, 0, offset)
            + raw
        )
        local.append(record)
        offset += len(record)
    directory = b"".join(central)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(files), len(files), len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)
    return path


def _zipcrypto_keys(password: bytes) -> list[int]:
    keys = [0x12345678, 0x23456789, 0x34567890]
    for byte in password:
        _zipcrypto_update(keys, byte)
    return keys


def _zipcrypto_update(keys: list[int], byte: int) -> None:
    keys[0] = ~zlib.crc32(bytes([byte]), ~keys[0] & 0xFFFFFFFF) & 0xFFFFFFFF
    keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
    keys[2] = ~zlib.crc32(bytes([keys[1] >> 24]), ~keys[2] & 0xFFFFFFFF) & 0xFFFFFFFF


def _zipcrypto(keys: list[int], plain: bytes) -> bytes:
    out = bytearray()
    for byte in plain:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ ((temp * (temp ^ 1)) >> 8) & 0xFF)
        _zipcrypto_update(keys, byte)
    return bytes(out)
