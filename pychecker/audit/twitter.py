"""X (Twitter) archives: "Settings → Your account → Download an archive of your data".

The archive is a zip of JavaScript files, each assigning one JSON array to a global:
- `data/tweets.js` (`window.YTD.tweets.part0 = [ {"tweet": {…}} ]`; split as `tweets-part1.js`, …
  in large archives); archives of 2019–2021 call it `data/tweet.js` (`window.YTD.tweet.part0`),
  and those of 2019 put each tweet straight in the array, without the `{"tweet": …}` wrapper;
  `community-tweet.js` holds posts to Communities, the same shape. (`posts.js` and a `{"post": …}`
  wrapper are read too, should X rename them; `deleted-tweets.js` is not: those are no longer online.)
- archives of 2012–2018 ("Grailbird") hold `data/js/tweets/2013_01.js`
  (`Grailbird.data.tweets_2013_01 = [ {…} ]`), one file a month, `created_at` as
  `2013-01-31 12:00:00 +0000` and retweets with a `retweeted_status`.
- `data/account.js` (`window.YTD.account.part0 = [ {"account": {"username", "accountId"}} ]`) says whose it is.

A tweet: `id_str`, `full_text` (`text` in Grailbird), `created_at` (`Wed Oct 10 20:19:24 +0000 2018`),
`in_reply_to_status_id_str`, `in_reply_to_user_id_str`, `in_reply_to_screen_name`, `entities.urls`
(`url` → `expanded_url`), `entities.media` / `extended_entities.media` (`type` photo, video or
animated_gif; `url`, the t.co link standing for the media in the text; `media_url_https`). Numbers
are strings. The text is HTML-escaped (`&amp;`, `&lt;`, `&gt;`). A retweet's text starts `RT @name:`.
The files' media (`data/tweets_media/<id>-<name>`) are never read: the tweet says what it carried.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from ..context import Media
from .fields import Format, IdentityFormat, Known, Where, dicts, dig, file_name
from .model import ExportPost, Identity, ShapeError

PLATFORM = "twitter"
# The files worth reading, by name: tweets, their parts, community posts, the account, Grailbird months.
# X may yet call them posts: the names are read either way.
WANTED = re.compile(
    r"(?:^|/)(?:(?:community-)?(?:tweets?|posts?)(?:-part\d+)?\.js|account\.js|js/tweets/\d{4}_\d{2}\.js)$"
)
IDENTITY_FILES = ("account.js",)
_TWEET_TARGET = re.compile(r"(?:community_)?(?:tweets?|posts?)$|tweets_\d{4}_\d{2}$")
_WRAPPERS = ("tweet", "communityTweet", "post")
# What any tweet has: a file whose target would not take this holds no tweets.
SAMPLE = {"created_at": "", "full_text": ""}
_RETWEET = re.compile(r"^RT @(\w+):")


def _unwrap(element: dict[str, Any]) -> Any:
    return next((element[key] for key in _WRAPPERS if key in element), element)


def _matches(where: Where, element: Any) -> bool:
    if not _TWEET_TARGET.match(where.target) or not isinstance(element, dict):
        return False
    tweet = _unwrap(element)
    return isinstance(tweet, dict) and "created_at" in tweet and ("full_text" in tweet or "text" in tweet)


_MONTHS = {name: number for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
# "Wed Oct 10 20:19:24 +0000 2018" (2019 on) or "2018-10-10 20:19:24 +0000" (Grailbird): read by
# hand, as strptime costs a tenth of a whole check.
_CREATED = re.compile(r"\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4}) (\d{4})$")
_GRAILBIRD = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4})$")


def _when(value: Any) -> dt.datetime:
    text = str(value)
    if match := _CREATED.match(text):
        month, day, hour, minute, second, zone, year = match.groups()
        if month in _MONTHS:
            return _utc(int(year), _MONTHS[month], int(day), hour, minute, second, zone)
    elif match := _GRAILBIRD.match(text):
        year, month, day, hour, minute, second, zone = match.groups()
        return _utc(int(year), int(month), int(day), hour, minute, second, zone)
    raise ShapeError(f"created_at should read like 'Wed Oct 10 20:19:24 +0000 2018', not {value!r}")


def _utc(year: int, month: int, day: int, hour: str, minute: str, second: str, zone: str) -> dt.datetime:
    try:
        local = dt.datetime(year, month, day, int(hour), int(minute), int(second), tzinfo=dt.UTC)
    except ValueError:
        raise ShapeError(f"created_at is not a real date: {year}-{month}-{day}") from None
    offset = (int(zone[1:3]) * 60 + int(zone[3:5])) * (-1 if zone[0] == "-" else 1)
    return local - dt.timedelta(minutes=offset)


def _media(tweet: dict[str, Any]) -> tuple[list[Media], list[str]]:
    """The media the tweet carried, and the t.co links that stand for them in its text."""
    items = dicts(dig(tweet, "extended_entities", "media")) or dicts(dig(tweet, "entities", "media"))
    media, links, seen = [], [], set()
    for item in items:
        address = item.get("media_url_https") or item.get("media_url") or item.get("id_str") or ""
        if address in seen:
            continue
        seen.add(address)
        kind = "video" if item.get("type") in ("video", "animated_gif") else "image"
        media.append(Media(kind, file_name(str(address))))
        if isinstance(item.get("url"), str):
            links.append(item["url"])
    return media, links


def _text(tweet: dict[str, Any], media_links: list[str]) -> str:
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        raise ShapeError("full_text should be a string")
    for url in dicts(dig(tweet, "entities", "urls")):
        if isinstance(url.get("url"), str) and isinstance(url.get("expanded_url"), str):
            text = text.replace(url["url"], url["expanded_url"])
    for link in media_links:
        text = text.replace(link, "")
    return html.unescape(text).strip()


def _read(element: Any, where: Where, known: Known) -> ExportPost | None:
    tweet = _unwrap(element) if isinstance(element, dict) else None
    if not isinstance(tweet, dict):
        raise ShapeError("a tweet should be an object")
    tweet_id = str(tweet.get("id_str") or tweet.get("id") or "")
    media, media_links = _media(tweet)
    text = _text(tweet, media_links)
    kind, reply_to = "post", ""
    retweet = _RETWEET.match(text)
    if retweet or isinstance(tweet.get("retweeted_status"), dict):
        kind = "repost"
        reply_to = f"@{retweet.group(1)}" if retweet else ""
    elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        own = known.identities.get(PLATFORM)
        to_user = str(tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id") or "")
        if not (own and own.account_id and to_user == own.account_id):  # a thread of one's own is posting
            kind = "reply"
        if tweet.get("in_reply_to_screen_name"):
            reply_to = f"@{tweet['in_reply_to_screen_name']}"
    if not text and not media:
        return None
    return ExportPost(
        platform=PLATFORM,
        kind=kind,
        when=_when(tweet.get("created_at")),
        text=text,
        media=tuple(media),
        source=where.path,
        id=tweet_id,
        link=f"https://x.com/i/status/{tweet_id}" if tweet_id.isdigit() else "",
        reply_to=reply_to,
    )


def _identity(element: Any) -> Identity | None:
    account = dig(element, "account")
    if not isinstance(account, dict) or not account.get("username"):
        return None
    return Identity(
        PLATFORM,
        handle=str(account["username"]),
        name=str(account.get("accountDisplayName") or ""),
        account_id=str(account.get("accountId") or ""),
    )


FORMATS = (Format("X posts", PLATFORM, _matches, _read),)
IDENTITIES = (IdentityFormat(PLATFORM, lambda where, element: where.target == "account", _identity),)
