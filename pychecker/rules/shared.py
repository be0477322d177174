"""Searches more than one rule makes (so no rule imports another): a word after a lead in the same
sentence (`follows`), who a post names (`named_spans`), whether it shouts (`shouting`), the e-mail
addresses it gives and whether each is a shared mailbox (`email_addresses`), hits that are not
inside someone's @handle (`outside_handles`), hits that are words of a post rather than of a handle,
hashtag or web address (`in_tag_or_link`).

Each search that reads word lists says which (`lists`), so the rules that use it declare them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..draft_memory import remembered
from ..post import Post, Span
from ..text import Text

_FOLLOW_GAP = re.compile(r"[\w' ]*")
_FOLLOW_WINDOW = 60  # characters between a lead and the word it aims

GapTest = Callable[[Post, str], bool]


def one_per_sentence(spans: Iterable[Span]) -> Iterator[Span]:
    """The first of the spans in each sentence: one finding per sentence is enough to act on."""
    seen: set[int] = set()
    for span in spans:
        if span.sentence not in seen:
            seen.add(span.sentence)
            yield span


def follows(post: Post, leads: list[Span], words: list[Span], gap_ok: GapTest) -> list[Span]:
    """Each of `words` that comes after one of `leads` in the same sentence with text between them
    that `gap_ok` accepts, as a span from the lead to the word (the nearest such lead). Only leads
    ending within 60 characters before a word are looked at, so this stays linear."""
    if not leads or not words:
        return []
    leads = sorted(leads, key=lambda s: s.end)
    ends = [lead.end for lead in leads]
    out = []
    for word in words:
        k = bisect.bisect_right(ends, word.start) - 1
        while k >= 0 and word.start - leads[k].end <= _FOLLOW_WINDOW:
            lead = leads[k]
            k -= 1
            if lead.sentence == word.sentence and gap_ok(post, post.original[lead.end : word.start]):
                out.append(Span(lead.start, word.end, word.sentence))
                break
    return out


@dataclass(frozen=True)
class PlainGap:
    """For `follows`: at most `max_words` words between, nothing but words and spaces, and none of
    them a negation (the pack's word set `common.negation`: "not", "never", "isn't" ...)."""

    max_words: int
    lists: tuple[str, ...] = ("common.negation",)

    def __call__(self, post: Post, gap: str) -> bool:
        gap = gap.replace("\u2019", "'")
        between = gap.lower().split()
        return (
            _FOLLOW_GAP.fullmatch(gap) is not None
            and len(between) <= self.max_words
            and not post.word_set("common.negation") & {w.replace("'", "") for w in between}
        )


def outside_handles(post: Post, spans: list[Span]) -> list[Span]:
    """The spans that are not words run together in an @handle ("@justcallmeLZ" is a name, not an
    invitation to call): a handle's words say who someone is, not what the post says."""
    text = post.original
    return [span for span in spans if not (span.start and text[span.start - 1] == "@")]


_TAG_END = re.compile(r"[:,;!?()\"“”]")  # what ends an @handle or #hashtag run together with a word
_LINK = re.compile(r"://|www\.|\w\.(?:[a-z]{2,})(?:/|\.[a-z]{2}\b|$)")  # "https://", "www.", "a-tt.org/", "x.co.uk"
_RUN_REACH = 120  # characters looked at either side of a hit for the rest of its run of non-space


def in_tag_or_link(post: Post, span: Span) -> bool:
    """Whether a hit is inside an @handle, a #hashtag or a web address ("a-tt.org/join-us",
    "#sundayfunday"): words run together there name a page or a topic, they do not say what the
    post does."""
    text = post.original
    before = text[max(0, span.start - _RUN_REACH) : span.start]
    head = before.rsplit(maxsplit=1)[-1] if before and not before[-1].isspace() else ""
    after = text[span.end : span.end + _RUN_REACH]
    tail = after.split(maxsplit=1)[0] if after and not after[0].isspace() else ""
    run = head + text[span.start : span.end] + tail
    # A handle or tag ends at punctuation no handle has: "@jo:liar,fraud" says "liar" of @jo.
    return (run[:1] in ("@", "#") and not _TAG_END.search(head)) or bool(_LINK.search(run.lower()))


@remembered
@lru_cache(maxsize=1)  # asked by several rules of the same post, one check at a time
def shouting(text: str) -> bool:
    """Whether most of the letters are capitals (then capitals say nothing about names)."""
    return sum(map(str.isupper, text)) * 2 > sum(map(str.isalpha, text))


# The lists `named_spans` reads.
NAMED_LISTS = ("org.mention", "common.not-name")


def named_spans(post: Post, sentences: set[int] | None = None) -> list[Span]:
    """Who a post names: @handles other than the organisation's own (anywhere), and capitalised
    names ("Marcus Rashford", "Tesco", "BBC") outside the organisation's own mentions, in
    `sentences` if given. Words capitalised only because they open a sentence are listed in
    `common.not-name`. Linear: most words are dismissed by their first letter."""
    text = post.text
    plain, folded = text.plain, text.folded
    skip: set[int] | None = None
    own = {i for s in post.org_mentions for i in range(s.start, s.end)}
    loud: bool | None = None
    handles = post.pack.channels_by_handle  # built once per pack, not per check
    out: list[Span] = []
    for index, ((a, b), sentence) in enumerate(zip(text.word_spans, text.word_sentences, strict=True)):
        handle = a > 0 and folded[a - 1] == "@"
        if not handle and ((sentences is not None and sentence not in sentences) or not plain[a].isupper()):
            continue
        start, end = text.to_original(a, b)
        if start in own:
            continue
        if handle:
            if text.words[index].replace("'", "") not in handles:
                out.append(Span(start - 1, end, sentence))
            continue
        if skip is None:
            skip = {s.start for s in post.spans("common.not-name")}
        cased = plain[a:b]
        if start in skip:
            continue
        if cased.isupper():
            if loud is None:
                loud = shouting(post.original)
            if loud or len(cased) < 2:
                continue
        out.append(Span(start, end, sentence))
    return out


# Between two capitalised words of one name: a space or hyphen, or lower-case particles
# ("Mabon ap Gwynfor", "Ursula von der Leyen", "Ellie de Souza", "Jan van den Berg").
_NAME_JOIN = re.compile(
    r"[ -]|(?: (?:ap|ab|ferch|van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|al|el|ni|nic|y))+ "
)


def whole_names(post: Post, names: list[Span]) -> list[Span]:
    """`named_spans`' words (in order) joined into whole names, so a name is underlined whole: words
    of one sentence next to each other, or with a name's particles between them."""
    out: list[Span] = []
    for span in names:
        last = out[-1] if out else None
        if last and last.sentence == span.sentence and _NAME_JOIN.fullmatch(post.original[last.end : span.start]):
            out[-1] = Span(last.start, span.end, span.sentence)
        else:
            out.append(span)
    return out


# The lists `email_addresses` reads.
EMAIL_LISTS = (
    "personal-data.email-domain",
    "personal-data.role-mailbox",
    "personal-data.personal-mailbox",
    "org.mention",
)
_DOT_RUNS = re.compile(r"\.+")
_LOCAL_BREAKS = re.compile(r"[._+\-\d]+")  # "jo.smith_77" -> "jo smith"
_ROLE_MIN = 4  # a role word run into another ("nhpadmin") counts from this length: "hi" is no "hilary"


@dataclass(frozen=True)
class Address:
    """An e-mail address in a post, and whether it is a shared mailbox rather than someone's own."""

    span: Span
    shared: bool


def email_addresses(post: Post) -> list[Address]:
    """The e-mail addresses a post gives: each "@domain" hit with the name before it. An address is
    shared when its name is a role ("info", "bookings", "customer.service", or one run into another
    word: "reportphish", "nhpadmin") or the organisation's own name ("stayingwell@"), and its domain
    is not a personal mailbox's (gmail.com, hotmail.co.uk ...)."""
    text = post.original
    personal = post.spans("personal-data.personal-mailbox")
    found = []
    for domain in post.spans("personal-data.email-domain"):
        start = domain.start
        while start > max(0, domain.start - 64) and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            start -= 1
        if start == domain.start:
            continue
        own = any(domain.start <= hit.start and hit.end <= domain.end for hit in personal)
        # The dots in "jo.bloggs@" end no sentence: count the address in the sentence it starts in.
        sentence = max(domain.sentence - len(_DOT_RUNS.findall(text, start, domain.start)), 0)
        role = not own and is_role_address(post, text[start : domain.start])
        found.append(Address(Span(start, domain.end, sentence), role))
    return found


def is_role_address(post: Post, local: str) -> bool:
    """Whether an address's name (before the @) is a role's or the organisation's."""
    hits = post.pack.lexicon.scan(Text(_LOCAL_BREAKS.sub(" ", local)))
    if hits.get("personal-data.role-mailbox") or hits.get("org.mention"):
        return True
    compact = "".join(c for c in local.lower() if c.isalpha())
    roles = post.pack.lexicon.words_of("personal-data.role-mailbox")
    return any(len(w) >= _ROLE_MIN and (compact.startswith(w) or compact.endswith(w)) for w in roles)
