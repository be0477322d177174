"""An export's text files in, its posts (with the context each had) out.

The same code reads an export in the command line and in the browser: whoever holds the zip
inflates the files `plan()` asks for, in its order, and feeds their text (or bytes) to
`ExportReader.open(path)`, a piece at a time. Each file is recognised by what it holds, not by its
path: each array's first elements decide which platform's format it is (`twitter`, `facebook`,
`instagram`), and a file none of whose arrays hold posts is left after its first elements
(`FileReader.done` says the rest need not be read).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import facebook, instagram, twitter
from .fields import Format, Known, Where
from .jsonstream import Element, JsonError, JsonStream, Value
from .model import ExportPost, Identity, Problem, ShapeError
from .report import plural

PLATFORMS = {module.PLATFORM: module for module in (twitter, facebook, instagram)}
Event = ExportPost | Identity | Problem

# An array none of whose first elements is a post is not a posts array.
DECIDE_WITHIN = 20
# Messages are private and can run to gigabytes: not read (the policy's posts, replies and comments are public).
_PRIVATE = re.compile(r"(?:^|/)(?:messages|inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover)/")
# Names that promise posts: a file so named holding none is worth a message.
_PROMISED = re.compile(
    r"(?:^|/)(?:tweets?(?:-part\d+)?\.js|your_posts[^/]*\.json|posts_\d+\.json|(?:post_|reels_)?comments(?:_\d+)?\.json)$"
)
_IDENTITY_FILES = tuple(name for module in PLATFORMS.values() for name in module.IDENTITY_FILES)


def plan(paths: Iterable[str]) -> list[str]:
    """The files worth reading, in the order to read them: who the export belongs to first."""
    wanted = [
        path
        for path in paths
        if not path.endswith("/")
        and not _PRIVATE.search(path)
        and (path.lower().endswith(".json") or twitter.WANTED.search(path))
    ]
    return sorted(wanted, key=lambda path: (path.rsplit("/", 1)[-1] not in _IDENTITY_FILES, _natural(path)))


def nothing_read(names: str, paths: list[str], platform: str | None) -> str:
    """Why an export gave no posts, as far as its file names tell."""
    if platform:
        return f"no {platform} posts, replies or comments found in {names}"
    lowered = [p.lower() for p in paths]
    if any(p.endswith(".html") for p in lowered) and not any(p.endswith((".json", ".js")) for p in lowered):
        return (
            f"{names} is an export in HTML format, which cannot be audited: request it again in JSON format "
            "(Facebook and Instagram: Download your information → Format: JSON)"
        )
    return (
        f"no posts, replies or comments found in {names} ({plural(len(paths), 'file')}): is it an X archive, or a "
        "Facebook or Instagram 'Download your information' export in JSON format?"
    )


def _natural(path: str) -> list[Any]:
    """tweets-part2.js before tweets-part10.js."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)]


class ExportReader:
    """Reads one export, file by file. `platform` limits it to one platform's formats."""

    def __init__(self, platform: str | None = None) -> None:
        modules = [PLATFORMS[platform]] if platform else list(PLATFORMS.values())
        self.formats = [f for module in modules for f in module.FORMATS]
        self.identity_formats = [f for module in modules for f in module.IDENTITIES]
        self.known = Known(identities={})

    def open(self, path: str) -> FileReader:
        return FileReader(self, path)


class _Array:
    """What is known of one array in a file: undecided (with its first elements held), or its format."""

    def __init__(self) -> None:
        self.format: Format | None = None
        self.held: list[Element] = []
        self.ignored = False


class FileReader:
    def __init__(self, reader: ExportReader, path: str) -> None:
        self.reader = reader
        self.path = path
        self.stream = JsonStream(javascript=path.lower().endswith(".js"))
        self.done = False  # nothing more in this file is needed: its reader may stop
        self.posts = 0
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._arrays: dict[str, _Array] = {}
        self._unexpected = 0
        self._first_unexpected = ""
        self._identified = False
        self._failed = False

    def feed_bytes(self, data: bytes) -> list[Event]:
        return self.feed(self._decoder.decode(data))

    def feed(self, text: str) -> list[Event]:
        if self.done:
            return []
        try:
            return self._events(self.stream.feed(text))
        except JsonError as error:
            return self._events(error.parsed) + self._broken(error)

    def close(self) -> list[Event]:
        """The events the end of the file completes, and any problem with the file as a whole."""
        if self._failed:
            return []  # fail() said all there was to say
        events = [] if self.done else self.feed(self._decoder.decode(b"", True))
        if self._failed:
            return events
        if not self.done:
            try:
                events += self._events(self.stream.close())
            except JsonError as error:
                return events + self._events(error.parsed) + self._broken(error)
        for key, array in self._arrays.items():  # arrays shorter than DECIDE_WITHIN, still undecided
            if array.format is None and array.held:
                events += self._decide(key, array, final=True)
        events += self._unexpected_problem()
        if not (self.posts or self._identified or self._decided()) and _PROMISED.search(self.path):
            events.append(
                Problem(self.path, f"it should hold posts, but holds {self._shape()}: nothing in it was read")
            )
        return events

    def fail(self, why: str) -> list[Event]:
        """The file could not be read to its end (`why`): what was read still counts."""
        self.done = self._failed = True
        events: list[Event] = []
        for key, array in self._arrays.items():
            if array.format is None and array.held:
                events += self._decide(key, array, final=True)
        read = f"the {self.posts:,} posts before it are checked" if self.posts else "no posts could be read from it"
        return [*events, *self._unexpected_problem(), Problem(self.path, f"{why}; {read}")]

    def _decided(self) -> bool:
        return any(array.format for array in self._arrays.values())

    def _events(self, parsed: list[Element | Value]) -> list[Event]:
        if self.stream.javascript and self.stream.target and not self._js_wanted():
            self.done = True
            return []
        events: list[Event] = []
        for item in parsed:
            if isinstance(item, Value):
                events += self._identity(item.key, item.value)
                continue
            array = self._arrays.setdefault(item.key, _Array())
            if array.format:
                events += self._read(array.format, item)
            elif not array.ignored:
                array.held.append(item)
                events += self._identity(item.key, item.value)
                events += self._decide(item.key, array, final=False)
            if self.done:
                break
        return events

    def _js_wanted(self) -> bool:
        target = self.stream.target
        return any(fmt.matches(self._where(""), twitter.SAMPLE) for fmt in self.reader.formats) or (
            target == "account" and any(fmt.platform == twitter.PLATFORM for fmt in self.reader.identity_formats)
        )

    def _decide(self, key: str, array: _Array, final: bool) -> list[Event]:
        where = self._where(key)
        for element in array.held:
            for fmt in self.reader.formats:
                if fmt.matches(where, element.value):
                    array.format = fmt
                    held, array.held = array.held, []
                    return [event for item in held for event in self._read(fmt, item)]
        if len(array.held) >= DECIDE_WITHIN or final:
            array.ignored, array.held = True, []
            if key == "" and not self._identified:
                self.done = True  # a top-level array of something else: the rest need not be read
        return []

    def _read(self, fmt: Format, item: Element) -> list[Event]:
        try:
            post = fmt.read(item.value, self._where(item.key), self.reader.known)
        except ShapeError as error:
            self._unexpected += 1
            if not self._first_unexpected:
                self._first_unexpected = f"element {item.index}{self._in(item.key)}: {error}"
            return []
        if post is None:
            return []
        self.posts += 1
        return [post]

    def _identity(self, key: str, value: Any) -> list[Event]:
        where = self._where(key)
        for fmt in self.reader.identity_formats:
            if fmt.matches(where, value):
                identity = fmt.read(value)
                if identity:
                    self._identified = True
                    self.reader.known.identities.setdefault(identity.platform, identity)
                    return [identity]
        return []

    def _where(self, key: str) -> Where:
        return Where(self.path, self.stream.target or "", key)

    def _broken(self, error: JsonError) -> list[Event]:
        if error.kind == "truncated":
            return self.fail(f"it is cut short: {error}")
        if error.kind == "invalid":
            return self.fail(str(error))
        self.done = self._failed = True  # code: none of the file counts, not even what came before it
        uncounted = f" (none of its {self.posts:,} posts are counted)" if self.posts else ""
        return [Problem(self.path, f"refused: {error}{uncounted}", refused=True)]

    def _unexpected_problem(self) -> list[Event]:
        if not self._unexpected:
            return []
        count = self._unexpected
        names = {a.format.name for a in self._arrays.values() if a.format}
        what = " or ".join(sorted(names)) or "posts"
        return [
            Problem(
                self.path,
                f"{count:,} element{'s' if count != 1 else ''} did not have the shape of {what} and "
                f"{'were' if count != 1 else 'was'} skipped (first, {self._first_unexpected})",
            )
        ]

    @staticmethod
    def _in(key: str) -> str:
        return f" of {key!r}" if key else ""

    def _shape(self) -> str:
        keys = [k for k in self._arrays if k]
        if keys:
            return f"an object with {', '.join(repr(k) for k in keys[:5])}"
        if "" in self._arrays:
            return "an array of something else"
        return "no array of posts"


def read_export(
    files: Iterable[tuple[str, bytes | str | Iterable[bytes] | Iterable[str]]], platform: str | None = None
) -> Iterator[Event]:
    """Every post, identity and problem in `files`: (path inside the export, its bytes or text, or
    an iterable of pieces of them). Give the files `plan()` asks for, in its order."""
    reader = ExportReader(platform)
    for path, data in files:
        file = reader.open(path)
        for piece in [data] if isinstance(data, bytes | str) else data:
            yield from file.feed_bytes(piece) if isinstance(piece, bytes) else file.feed(piece)
            if file.done:
                break
        yield from file.close()
