"""third-party-content: partners', participants' or others' content on an official channel, unlabelled.

Clause OC-8: "Staff shouldn't post content about partners or participants without their express
permission. If staff are sharing information about partners, participants or third-party
organisations, this content should be clearly labelled so our audiences know it has not come
directly from North Halifax Partnership."

Fires on an official account when the post carries an identifiable participant's story, words or
photos (`lists/third-party-content.toml`): "one of our mums shared her story", "Sarah's story", "mum
of two Jess said", a quote signed "- Amanda", "a lovely card we got from a family", "Brenda, 78,
says…", someone's words or a life changed ("told us", "turned her life around", "went from being …",
a named participant's achievement) in a sentence that names the person; or material from a partner,
another organisation or person ("our friends at", "posting this for Halifax Foodbank", "worth a
read", "Calderdale Council have posted this update", "info from the NHS"). It does not fire when the
post says it has permission ("shared with permission", "kindly agreed to share", "names changed") or
labels the source ("via @…", "shared from …", "credit: …", "📸: @…", "#Repost @…", "RT @…", "courtesy
of"). For reposted material the fix adds a "via @handle" label when the post names the source's
handle, or a "Shared from …" label to fill in. Photos of the organisation's own sessions are not
third-party content (the policy lets service photos be shared; children in them are
`child-consent`'s business), nor are staff's own words, thanks to a partner, "our families" in
general, research cited with its source ("research from Leeds University shows"), a public figure's
words in the news ("a Conservative MP has said") or signed by their title ("- Dr Patel"), many
people's feedback with nobody identifiable ("parents told us they wanted evening sessions"), or
anything from a personal account. A credit that names nobody ("credit to the original poster")
labels nothing.

Fires:
    [account=official] One of our lovely mums shared her story with us this week 💜
    [account=official] Brilliant post from our friends at @CalderdaleCAB about energy bills, have a read!
    [account=official] “Best group ever, it saved my sanity” - Jess, mum of two
    [account=official] Meet Leanne. Two years ago she was struggling with debt, today she volunteers in our cafe.
Does not fire:
    [account=official] One of our lovely mums shared her story with us this week (shared with her permission) 💜
    [account=official] Energy bill advice via @CalderdaleCAB, have a read!
    [account=official] Lovely photos from this morning's stay and play at Ash Green Children's Centre
    [account=official] #Repost @HalifaxFoodbank They urgently need tinned fish and UHT milk
    [account=personal] One of our lovely mums shared her story with us this week 💜
    [account=official] Small changes add up: research from Leeds University shows household actions matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, Fix
from ..post import Post, Span
from .base import Rule
from .kinds import NAMED, confirmed, joined, uses
from .shared import NAMED_LISTS, named_spans

_HANDLE = re.compile(r"(?<![\w@])@(\w{1,30})")

# Someone's words or story count with the person named in the sentence; staff speak for us.
_OWN = "third-party-content.own-voice"
_NEAR = 30  # characters from the end of a name to the saying word: "Jess, mum of two, said"
_AFTER = 4  # characters from the saying word to the name: "says mum Kelly", "said a dad"


@dataclass(frozen=True)
class _Someone:
    """A person the post tells about: a participant word or a name, not an @handle ("@user overcame
    it" is a reply to someone, not their story told by us)."""

    lists: tuple[str, ...] = ("third-party-content.person", *NAMED_LISTS)

    def sentences(self, post: Post) -> set[int]:
        text = post.original
        people = post.spans("third-party-content.person") + named_spans(post)
        return {p.sentence for p in people if "@" not in text[max(0, p.start - 1) : p.start + 1]}


_JOURNEY = confirmed("third-party-content.journey", by=_Someone(), within="post", outside=_OWN)
# Material "from" someone counts with a name in the sentence ("info from the NHS"), not ours.
_FROM = confirmed("third-party-content.from", by=NAMED, outside=_OWN)
_OURS = "third-party-content.ours"
# "One of our lovely mums": someone from the service.
_ONE_OF = joined("third-party-content.one-of", "third-party-content.participant-word", gap=2)
# "a card from the Khan family".
_FAMILY_NOTE = joined("third-party-content.note-from", "third-party-content.family", gap=1)
# A quote signed with a name is a participant's words when the post is about the service.
_QUOTE = "third-party-content.signed-quote"
_SERVICE = "third-party-content.service"
_ABOUT_SERVICE = "third-party-content.about-service"


@uses(_QUOTE, _SERVICE)
def _quotes(post: Post) -> list[Span]:
    """Quotes signed with a name, in a post about the service or in the speaker's own voice ("I", "my")."""
    quotes = post.spans(_QUOTE)
    if not quotes:
        return []
    return [] if post.word_set(_SERVICE).isdisjoint(post.word_keys) else quotes


@uses(*_FROM.lists, _OURS, "third-party-content.cited")
def _from_others(post: Post) -> list[Span]:
    """Material "from" someone named ("info from the NHS"), in a sentence that does not speak of us
    nor cite research with its source ("research from Leeds University shows")."""
    found = _FROM(post)
    if not found:
        return []
    ours = post.word_set(_OURS)
    our_sentences = {post.word_span(i).sentence for i, word in enumerate(post.word_keys) if word in ours}
    our_sentences |= post.sentences("third-party-content.cited")
    return [s for s in found if s.sentence not in our_sentences]


@uses("third-party-content.told", "third-party-content.person", _OWN, _ABOUT_SERVICE, *NAMED_LISTS)
def _words(post: Post) -> list[Span]:
    """Someone's words: a saying word ("said", "told us") right after a person or a name ("Jess said",
    "a dad told us") or right before one ("says mum Kelly"), in a sentence where staff are not speaking.
    A name counts only in a post about the service: "Gary told our team", not "Trump said"."""
    told = post.spans("third-party-content.told")
    if not told:
        return []
    own = post.sentences(_OWN)
    told = [t for t in told if t.sentence not in own]
    if not told:
        return []
    # a word inside an @handle ("@user", "@mumsnet") is someone's handle, not a participant
    text = post.original
    people = [p for p in post.spans("third-party-content.person") if text[max(0, p.start - 1) : p.start] != "@"]
    if not post.word_set(_ABOUT_SERVICE).isdisjoint(post.word_keys):
        people += named_spans(post, {t.sentence for t in told})
    found = []
    for t in told:
        for p in people:
            if p.sentence == t.sentence and (0 <= t.start - p.end <= _NEAR or 0 <= p.start - t.end <= _AFTER):
                found.append(t)
                break
    return found


def _source_handle(post: Post) -> str | None:
    """The first @handle in the post that is not one of the organisation's own channels."""
    for match in _HANDLE.finditer(post.original):
        if post.pack.channel(match.group(1)) is None:
            return match.group(0)
    return None


def _label_fix(rule: Rule, post: Post) -> Fix:
    text = post.original
    handle = _source_handle(post)
    if handle:
        sep = "" if not text or text[-1].isspace() else " "
        label = rule.say(post, "fix_via", handle=handle)
        return Fix(label, len(text), len(text), sep + rule.say(post, "via", handle=handle))
    return Fix(rule.say(post, "fix_shared_from"), 0, 0, rule.say(post, "shared_from"))


def _with_name(post: Post, span: Span) -> Span:
    """An "'s story" hit widened to the name before it: "Sarah's story"."""
    start, text = span.start, post.original
    while start > 0 and text[start - 1].isalnum() and span.start - start < 40:
        start -= 1
    return Span(start, span.end, span.sentence)


def _first(*found: list[Span], post: Post | None = None) -> Span | None:
    """The first span found; with `post`, leaving out words read inside an @handle ("@mumof3halifax"
    is someone's name, not a participant's words)."""
    text = post.original if post else ""
    spans = [span for spans in found for span in spans if "@" not in text[max(0, span.start - 1) : span.start + 1]]
    return min(spans, key=lambda s: s.start) if spans else None


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    if not post.context.official or post.has("third-party-content.label"):
        return
    span = _first(
        post.spans("third-party-content.participant"),
        _ONE_OF(post),
        _FAMILY_NOTE(post),
        _quotes(post),
        _words(post),
        _JOURNEY(post),
        post=post,
    )
    if span:
        yield rule.finding(post, _with_name(post, span), "participant", clear_by="participant_clear_by")
        return
    span = _first(post.spans("third-party-content.repost"), _from_others(post))
    if span:
        yield rule.finding(post, span, "repost", fix=_label_fix(rule, post))


RULE = Rule(
    id="third-party-content",
    severity="warning",
    summary="Partners', participants' or others' content on an official channel needs permission and a label.",
    run=run,
    lists=(
        "third-party-content.label",
        "third-party-content.participant",
        "third-party-content.repost",
        *_ONE_OF.lists,
        *_FAMILY_NOTE.lists,
        *_quotes.lists,  # type: ignore[attr-defined]
        *_words.lists,  # type: ignore[attr-defined]
        *_JOURNEY.lists,
        *_from_others.lists,  # type: ignore[attr-defined]
    ),
    texts={
        "participant": "This shares a participant's story, words or photos. The policy asks for their express "
        'permission before {org_short} posts about them; once you have it, say so ("shared with permission") so '
        "readers know it is their story, told with their agreement.",
        "participant_clear_by": 'Get their express permission, then say so ("shared with permission").',
        "repost": "This shares material from a partner or another organisation or person. The policy asks for such "
        "content to be clearly labelled, so readers know it has not come directly from {org}.",
        "fix_via": "Label it 'via {handle}'",
        "via": "(via {handle})",
        "fix_shared_from": "Add a 'Shared from' label",
        "shared_from": "Shared from …: ",
    },
    doc=__doc__ or "",
)
