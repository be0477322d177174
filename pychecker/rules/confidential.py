"""confidential: internal, embargoed or not-yet-public information.

Clause confidentiality: "Any communications that staff make in a personal capacity must not
breach confidentiality. For example, information meant for internal use only or information that
North Halifax Partnership is not ready to disclose yet. For example, a news story that is
embargoed for a particular date."

Fires (`lists/confidential.toml`) on:
- material marked as not public: embargoes ("embargoed until Monday", "under embargo"), internal
  or confidential documents ("internal memo", "confidential report", "board papers", "not for
  publication", "do not circulate", "don't share this yet"), from any account: the official
  channels do not publish embargoed news early either;
- saying it has not been announced ("hasn't been announced yet", "before it's announced", "not
  public yet", "isn't published till March"), from any account, in a post about work or the
  organisation (`topic`); holding news back until a day ("we're not supposed to announce it until
  the 12th") or a peek at draft or board papers, from any account, whatever it is about;
- the ways people flag a secret they pass on ("shh", "🤫", "between you and me", "can't say too
  much", "you didn't hear it from me", "off the record", "leaked"), from a personal account, in a
  post about work or the organisation, or followed by the secret itself ("can't reveal anything,
  but it's to do with ..."); "off the record" not in a post that tells of talking to a journalist
  (how someone spoke to the press is `media-contact`'s: "told the reporter a few things off the record");
- from a personal account, what staff heard at work that is still to come ("word from head office is
  that two centres are closing", "staff were told this morning", "saw the letter early", "had an email
  from head office: we'll be opening four days a week", "a sneak
  peek at next year's budget"), or said not to be out yet ("not confirmed yet", "parents don't know",
  "the announcement isn't till next month"), in a post about work or the organisation.
Nothing in a sentence that says it is public now ("the embargo lifted this morning", "published on
our website", "we can finally share") counts. Does not fire on "confidential" describing a service
the organisation offers ("our confidential helpline", "everything you tell us is confidential"), on
news that is public now ("we've kept this under wraps, but", "the embargo has lifted"), on an
official channel's teaser ("watch this space 🤫"), on trade embargoes, or on secrets about nothing
at work ("shh, I ate the last biscuit").

Fires:
    [account=personal] Can't say too much but big changes coming to NHP, not been announced yet!
    [account=personal] Embargoed until Monday: Wellholme is getting a new sensory room
    [account=personal] Pic of the internal memo about the restructure 👀
    [account=personal] You didn't hear it from me, but there are job cuts coming at work
Does not fire:
    [account=official] Our confidential helpline is open 9am-5pm, Monday to Friday.
    [account=official] Free, confidential support for new parents at Kevin Pearce Children's Centre
    [account=official] We can now announce that Wellholme is getting a new sensory room!
    [account=official] Can you guess what's coming next week? 🤫 Watch this space!
    [account=personal] Shh, don't tell anyone, I ate the last biscuit
"""

from __future__ import annotations

import re

from ..post import Post, Span
from .base import Rule
from .kinds import confirmed, each_sentence, personal, uses

_ABOUT_WORK = ("confidential.topic", "org.mention")
# "Can't say too much yet, but ...", "not supposed to tell anyone but ...": the secret follows.
_BUT_AFTER = re.compile(r"[^.!?\n]{0,30}?\bbut\b", re.IGNORECASE)


@uses("confidential.telling", "confidential.unannounced")
def passed_on(post: Post) -> list[Span]:
    """From a personal account, a secret being told followed by what it hides ("I'm not supposed to
    say, but ..."; `telling`, `unannounced`), whatever it is about."""
    if post.context.official:
        return []
    text = post.original
    spans = post.spans("confidential.telling") + post.spans("confidential.unannounced")
    return sorted((s for s in spans if _BUT_AFTER.match(text, s.end)), key=lambda s: s.start)


# Heard at work and still to come ("Word from head office is that two centres are closing"), or said
# not to be out yet ("Not confirmed yet", "announcement isn't till next month"), in a post about
# work or the organisation.
_HEARD_AHEAD = confirmed("confidential.source", by="confidential.ahead", within="post")
_NOT_YET = confirmed("confidential.not-yet", by=_ABOUT_WORK, within="post", when=personal)


@uses(*_HEARD_AHEAD.lists, *_ABOUT_WORK)
def heard_at_work(post: Post) -> list[Span]:
    """From a personal account, what staff heard at work that is still to come, in a post about work
    or the organisation (an official channel's "sneak peek" is a teaser of its own)."""
    if post.context.official or not any(post.has(name) for name in _ABOUT_WORK):
        return []
    return _HEARD_AHEAD(post)


RULE = Rule(
    id="confidential",
    severity="error",
    summary="Internal, embargoed or not-yet-public information must not be posted.",
    run=each_sentence(
        (
            "confidential.secret",
            confirmed("confidential.unannounced", by=_ABOUT_WORK, within="post"),
            confirmed("confidential.hint", by=_ABOUT_WORK, within="post", when=personal),
            confirmed(
                "confidential.off-record", by=_ABOUT_WORK, within="post", when=personal, unless="confidential.to-press"
            ),
            passed_on,
            heard_at_work,
            _NOT_YET,
        ),
        outside=("confidential.public-now", "confidential.playful"),
    ),
    texts={
        "message": "This looks like information that isn't public yet (internal, confidential or embargoed). The "
        "policy says posts must not breach confidentiality: wait until {org_short} has made it public, or check "
        "with {social_media_team} first.",
    },
    doc=__doc__ or "",
)
