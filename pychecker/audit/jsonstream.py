"""Reading a big JSON file a piece at a time, as data only.

An export's posts file can hold a hundred megabytes of JSON. `JsonStream` is fed text as it
arrives (from a zip member being inflated, in Python or in the browser) and hands back each
element of the file's big arrays as soon as it is complete, so no more than one element and one
chunk of text is held at a time. It understands the two layouts exports use:

- a top-level array, `[ {…}, {…} ]` (X's archives, Facebook's posts files, Instagram's posts_N);
- a top-level object whose values are arrays or small values, `{"comments_v2": [ {…} ]}`.

X writes its files as JavaScript: one assignment of a JSON value to a global,
`window.YTD.tweets.part0 = [ … ]` (2012–2018 archives: `Grailbird.data.tweets_2013_01 = [ … ]`).
With `javascript=True` the stream accepts exactly that assignment, then parses the rest as JSON;
anything else (a call, a second statement, text that is not JSON) is refused as code. Nothing is
ever evaluated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, NoReturn

# `window.YTD.<name>.part<N> = ` (2019 on) or `Grailbird.data.<name> = ` (2012–2018).
_ASSIGNMENT = re.compile(
    r"\A\ufeff?\s*(?:window\.YTD\.(?P<ytd>[A-Za-z0-9_]+)\.part\d+|Grailbird\.data\.(?P<grail>[A-Za-z0-9_]+))\s*=\s*"
)
_SPACE = re.compile(r"[ \t\n\r\ufeff]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+\-]*\Z")
# What a failed parse may stop at when it only needs more text: nothing, or the start of a word or number.
_GROWS = re.compile(r"\s*(?:t(?:r(?:u)?)?|f(?:a(?:l(?:s)?)?)?|n(?:u(?:l)?)?|[0-9.eE+\-]*)\Z")
# One element larger than this is not a post: stop rather than hold it.
MAX_ELEMENT_CHARS = 64 * 1024 * 1024

_DECODER = json.JSONDecoder(strict=False)  # exports hold raw tabs and newlines in strings now and then


class JsonError(ValueError):
    """The text is not what it should be. `kind`: "truncated", "invalid" or "code"; `offset` in characters."""

    def __init__(self, kind: str, message: str, offset: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.offset = offset
        self.parsed: list[Element | Value] = []  # what the same piece completed before the problem


@dataclass(frozen=True)
class Element:
    """One element of a big array: `key` is the top-level key holding the array ("" for a top-level array)."""

    key: str
    index: int
    value: Any


@dataclass(frozen=True)
class Value:
    """A value under a top-level key that is not an array (or, with key "", a whole document that is neither)."""

    key: str
    value: Any


class JsonStream:
    """Feed text with `feed()`, then `close()`; each returns the elements and values completed."""

    def __init__(self, *, javascript: bool = False) -> None:
        self.javascript = javascript
        self.target = ""  # the assigned name in a JavaScript file: "tweets", "account", "tweets_2013_01"
        self._buf = ""
        self._pos = 0
        self._base = 0  # characters dropped from the front of _buf
        self._state = "assignment" if javascript else "start"
        self._key = ""  # the top-level key whose array is being read
        self._nested = False  # that array sits inside a top-level object
        self._index = 0
        self._retry_at = 0  # a pending element is tried again once the buffer reaches this length
        self._seen_semicolon = False

    @property
    def offset(self) -> int:
        return self._base + self._pos

    def feed(self, text: str) -> list[Element | Value]:
        self._buf += text
        out: list[Element | Value] = []
        self._run(out, final=False)
        return out

    def close(self) -> list[Element | Value]:
        out: list[Element | Value] = []
        self._run(out, final=True)
        if self._state == "assignment":
            self._refuse_assignment()
        if self._state != "end":
            where = "inside an element" if self._state in ("element", "value") else "before the data was complete"
            error = JsonError("truncated", f"the text stops {where} (at character {self.offset:,})", self.offset)
            error.parsed = out
            raise error
        return out

    # The states, in the order a file meets them.
    def _run(self, out: list[Element | Value], final: bool) -> None:
        try:
            self._steps(out, final)
        except JsonError as error:
            error.parsed = out
            raise
        self._compact()

    def _steps(self, out: list[Element | Value], final: bool) -> None:
        if len(self._buf) < self._retry_at and not final:
            return
        while True:
            state = self._state
            if state == "assignment":
                if not self._assignment(final):
                    break
                continue
            if state == "end":
                self._end()
                break
            if state in ("element", "value", "key", "whole"):
                parsed = self._parse(final)
                if parsed is _MORE:
                    break
                self._took(parsed, out)
                continue
            # Punctuation states: skip spaces, read one character.
            char = self._peek()
            if char == "":
                break
            self._punctuation(state, char)

    def _assignment(self, final: bool) -> bool:
        if "=" not in self._buf[:400] and len(self._buf) < 400 and not final:
            return False
        match = _ASSIGNMENT.match(self._buf)
        if not match:
            self._refuse_assignment()
        self.target = match.group("ytd") or match.group("grail")
        self._pos = match.end()
        self._state = "start"
        return True

    def _refuse_assignment(self) -> NoReturn:
        start = self._buf[:60].strip()
        raise JsonError(
            "code",
            "it does not start with the data assignment X writes (`window.YTD.<name>.part<N> = [`), "
            f"but with {start!r}: it is not read, and nothing in it is run",
            0,
        )

    def _punctuation(self, state: str, char: str) -> None:
        if state == "start":
            if char == "[":
                self._open_array("", nested=False)
            elif char == "{":
                self._pos += 1
                self._state = "first-key"
            else:
                self._state = "whole"
        elif state == "first-element":
            if char == "]":
                self._close_array()
            else:
                self._state = "element"
        elif state == "after-element":
            if char == ",":
                self._pos += 1
                self._state = "element"
            elif char == "]":
                self._close_array()
            else:
                self._invalid(f"expected ',' or ']' after element {self._index} of the array")
        elif state == "first-key":
            if char == "}":
                self._pos += 1
                self._state = "end"
            else:
                self._state = "key"
        elif state == "colon":
            if char != ":":
                self._invalid(f"expected ':' after the key {self._key!r}")
            self._pos += 1
            self._state = "before-value"
        elif state == "before-value":
            if char == "[":
                self._open_array(self._key, nested=True)
            else:
                self._state = "value"
        elif state == "after-value":
            if char == ",":
                self._pos += 1
                self._state = "key"
            elif char == "}":
                self._pos += 1
                self._state = "end"
            else:
                self._invalid("expected ',' or '}' between the keys of the top-level object")

    def _open_array(self, key: str, nested: bool) -> None:
        self._pos += 1
        self._key, self._nested, self._index = key, nested, 0
        self._state = "first-element"

    def _close_array(self) -> None:
        self._pos += 1
        self._state = "after-value" if self._nested else "end"

    def _took(self, parsed: Any, out: list[Element | Value]) -> None:
        state = self._state
        if state == "element":
            out.append(Element(self._key, self._index, parsed))
            self._index += 1
            self._state = "after-element"
        elif state == "key":
            if not isinstance(parsed, str):
                self._invalid("expected a key (a string) in the top-level object")
            self._key = parsed
            self._state = "colon"
        elif state == "value":
            out.append(Value(self._key, parsed))
            self._state = "after-value"
        else:  # whole
            out.append(Value("", parsed))
            self._state = "end"

    def _parse(self, final: bool) -> Any:
        """The JSON value at the current position, or _MORE when the text so far ends inside it."""
        self._skip_space()
        try:
            value, end = _DECODER.raw_decode(self._buf, self._pos)
        except json.JSONDecodeError as error:
            pending = len(self._buf) - self._pos
            if self._may_continue(error):
                if final:
                    return _MORE
                if pending > MAX_ELEMENT_CHARS:
                    self._invalid(f"one element is larger than {MAX_ELEMENT_CHARS // 2**20} MB")
                # Try again once the pending text has doubled (at least 64 KB more): linear, not quadratic.
                self._retry_at = len(self._buf) + max(pending, 65536)
                return _MORE
            self._invalid(error.msg, self._base + error.pos)
        if not final and type(value) in (int, float) and _NUMBER_TAIL.match(self._buf, end):
            self._retry_at = len(self._buf) + 1  # "12" or "0." may go on as "1234" or "0.5" in the next piece
            return _MORE
        self._retry_at = 0
        self._pos = end
        return value

    def _may_continue(self, error: json.JSONDecodeError) -> bool:
        """Whether more text could complete what failed to parse (rather than it being wrong)."""
        if error.msg.startswith("Unterminated string"):
            return True
        if error.msg.startswith("Invalid \\uXXXX escape"):
            return len(self._buf) - error.pos <= 6
        return bool(_GROWS.match(self._buf, error.pos))

    def _end(self) -> None:
        self._skip_space()
        rest = self._buf[self._pos :]
        if self.javascript and rest.startswith(";") and not self._seen_semicolon:
            self._seen_semicolon = True
            self._pos += 1
            self._skip_space()
            rest = self._buf[self._pos :]
        if rest and self.javascript:
            raise JsonError(
                "code",
                f"there is code after the data at character {self.offset:,} ({rest[:40]!r}): "
                "it is not read, and nothing in it is run",
                self.offset,
            )
        if rest:
            raise JsonError("invalid", f"there is text after the data at character {self.offset:,}", self.offset)

    def _invalid(self, why: str, offset: int | None = None) -> NoReturn:
        offset = self.offset if offset is None else offset
        near = self._buf[offset - self._base : offset - self._base + 40]
        if self.javascript:
            raise JsonError(
                "code",
                f"it holds something other than data at character {offset:,} (near {near!r}): "
                "it is not read, and nothing in it is run",
                offset,
            )
        raise JsonError("invalid", f"it is not valid JSON at character {offset:,} ({why}, near {near!r})", offset)

    def _peek(self) -> str:
        self._skip_space()
        return self._buf[self._pos] if self._pos < len(self._buf) else ""

    def _skip_space(self) -> None:
        self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]

    def _compact(self) -> None:
        if self._pos:
            self._base += self._pos
            self._retry_at = max(0, self._retry_at - self._pos)
            self._buf = self._buf[self._pos :]
            self._pos = 0


_MORE = object()
