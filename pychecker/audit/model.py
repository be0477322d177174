"""What reading an export yields: posts with the context they had, who wrote them, and problems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..context import Media

# What a person did, as the report names it, and the checker's surface for it.
KINDS = {"post": "post", "reply": "reply", "comment": "reply", "repost": "post"}


@dataclass(frozen=True)
class ExportPost:
    platform: str  # the contract's platform id: twitter, facebook, instagram
    kind: str  # post, reply, comment, repost (a retweet: the policy counts sharing too, OC-12)
    when: dt.datetime  # UTC
    text: str
    media: tuple[Media, ...] = ()
    source: str = ""  # the file inside the export it came from
    id: str = ""  # the platform's id, where the export gives one
    link: str = ""  # where it can be seen, where the export allows
    reply_to: str = ""  # whom or what it answered, as the export says it ("@someone", "Ann's post")

    @property
    def surface(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class Identity:
    """Whose export this is, as far as the export says."""

    platform: str
    handle: str = ""  # @name on X and Instagram, the page or profile slug on Facebook
    name: str = ""
    account_id: str = ""


@dataclass(frozen=True)
class Problem:
    """Something in the export that could not be read as it should. `refused`: none of the file's posts count."""

    source: str
    message: str
    refused: bool = False

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ShapeError(ValueError):
    """An element of a recognised file lacks what its kind always has."""
