"""defamation-risk: accusing an identifiable person or organisation of wrongdoing.

Clause libel: "Libel is when a false written statement that is damaging to a person's reputation
is published online or in print. Whether staff are posting content on social media as part of
their job or in a personal capacity, they should not bring North Halifax Partnership into
disrepute by making defamatory comments about individuals or other organisations or groups."

Fires on an accusation of wrongdoing said as a claim about someone (`lists/defamation-risk.toml`):
a crime or dishonesty ("is a fraud", "are crooks", "stole", "has been nicking from the subs tin",
"took a £500 deposit and did a runner", "fiddles the tills", "lied to tenants", "took bribes",
"sells booze to kids", "deals drugs", "took a longer route on purpose and charged me double"), money said
to vanish ("the raffle money never seems to reach any charity", "the float keeps coming up short", "makes you
wonder where the money goes", "I'm sure it's all above board"), misused or billed for nothing ("misusing the
funds", "billing for hours nobody worked", "double charged"), deposits taken and gone ("took deposits from ...
and then vanished"), lying said bare ("lied through her teeth"),
harm to others ("hits the children", "bullied my son", "battered that kid"), or as a frame, an act on an
object: taking what is someone's ("swiped the charity tin", "helps himself to whatever's in the sheds"),
trading in what is banned or fake ("dealing steroids", "flogging knock-off fags"), making a record false
("made up the figures", "fudged the timesheets"); or a
call for punishment ("should be locked up"), when the sentence names who it is about before the
claim: an @handle, a capitalised name ("John Smith", "Tesco"), or a role, trade or organisation
("the council", "my landlord", "the guy who runs the corner shop", "the owner", "Mr", "Ltd"); a
pronoun ("he's a liar", "they're thieves") when the post also names someone or replies to them; a
verdict on its own ("Total crook.", "…, fraudsters", "What a scam company!") after a sentence that
names someone, or in apposition to a name ("serial liar @handle"), or as an item of a list after a name
("@jo: liar, fraud, thief", "@jo: a liar, a fraud and a thief") or said to a handle ("@jo a liar and a
fraud"); being something criminal as an item of a list ("Jo Bloggs is a disgrace, a liar and a fraud",
"they are Maoists, terrorists and crooks"); a slur someone named called the
writer ("@driver called me a <slur>"); an accusation shouted among ordinary words ("Briggs LIES").
Does not fire on a crime's word after a comma that is no item of a list ("Jo is great, thieves stole our
van", "Sam Jones, criminal barrister"), on a group said in general ("not all men are …"), on "someone"
or a common word in capitals taken for a name ("SOMEONE lied", "men ARE"), on a thing called racist
("that's racist"), on asking how to report wrongdoing ("how do I report a site that is scamming people?"), on wrongdoing
as a topic ("fraud awareness", "scam calls", "thieves are targeting cars"), on
victims ("Mum was scammed", "you've been defrauded", "calves are stolen from their mothers": passive, unless
"by" a few words on names the doer), on time taken ("it's stealing eight hours of my life"), on an
unnamed doer ("someone stole my bike"), on titles ("The Boy Who Stole Christmas"), on a team "robbed"
in a match, on idioms ("stole the show", "is a steal", "lying on the sofa"), on a child's fibs, on
court reports ("convicted of fraud", "the man who stole the tin was sentenced"), on an unknown doer
("whoever was nicking the tins"), or on accusations against the organisation itself or the
writer's own workplace, including "they lied to us" or "the manager was embezzling" in a post about it: those are
`whistleblowing`'s. Nor on the plot of a film, book or programme ("Catch Me If You Can, the true story
of a conman who faked…"), on the writer's own acts ("I've been stalking your page", "I just hit my
camera"), or on words inside a handle, hashtag or web address ("@tellingmelies", "#crookedtree").

Fires:
    [account=personal] Calderdale Council are a bunch of crooks
    [account=personal] @JoeBloggsBuilds ripped us off and should be locked up
    [account=official] Our landlord has been fiddling the books for years.
    [account=personal] That builder on Boothtown Road took £2k off my mum. Total crook.
    [account=personal] Jo Bloggs is a disgrace, a liar and a fraud
Does not fire:
    [account=official] Fraud awareness session at Staying Well: how to spot scam calls
    [account=personal] Someone stole my bike outside the gym today
    [account=official] Little Maisie stole the show at the nativity!
    [account=personal] NHP are a bunch of crooks
    [account=personal] Thieves are targeting cars on Savile Park, lock your doors!
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .aim import sentence_opening
from .base import Rule
from .kinds import joined
from .shared import NAMED_LISTS, in_tag_or_link, named_spans, shouting

_WORDS = re.compile(r"\w+")
# Being something criminal ("is a fraud", "are nothing but crooks") and harming someone ("attacked my
# son", "ripped off pensioners"): two short lists joined, each.
_BEING = joined("defamation-risk.be", "defamation-risk.noun", gap=2)
_HARMING = joined("defamation-risk.harm", "defamation-risk.victim", gap=1)
_MEANT = (
    joined("defamation-risk.dealt", "defamation-risk.meant", gap=6),  # "took a longer route on purpose"
    joined("defamation-risk.meant", "defamation-risk.dealt", gap=2),  # "deliberately overcharged"
)
# Frames with a doer named by the rule: taking what is someone's ("swiped the charity tin"), trading in
# what is banned ("dealing steroids"), making records false ("made up the figures").
_FRAMES = (
    joined("defamation-risk.take", "defamation-risk.owned", gap=3),
    joined("defamation-risk.trade", "defamation-risk.contraband", gap=1),
    joined("defamation-risk.doctor", "defamation-risk.books", gap=2),
    joined("defamation-risk.be", "defamation-risk.and-noun", gap=5),  # "is a skank and a liar"
    joined("defamation-risk.called", "discriminatory-language.offensive", gap=1),  # "called me a <slur>"
)
_BY_WITHIN = 6  # how far after a passive accusation its doer may be named ("… by XOOM")
_VERDICT_WORDS = 3  # "Total crook.", "Absolute bunch of crooks!": a verdict opens its sentence


def _target(post: Post, accusation: Span, targets: list[Span], ends: list[int]) -> Span | None:
    """The nearest thing named before the accusation in its sentence (all of a name of several
    words: "Tesco Express", "Cllr Smith", and of names that overlap: "the guy who runs the corner shop"),
    or else an @handle anywhere in the sentence.
    `targets` are sorted by end; `ends` are their ends."""
    k = bisect.bisect_right(ends, accusation.start) - 1
    if k >= 0 and targets[k].sentence == accusation.sentence:
        nearest = targets[k]
        while k > 0 and targets[k - 1].sentence == accusation.sentence:
            before = targets[k - 1]
            if before.end <= nearest.start and post.original[before.end : nearest.start].strip():
                break
            k -= 1  # next to it, or overlapping it ("the guy who runs" + "who runs the" + "the corner shop")
            nearest = Span(min(before.start, nearest.start), nearest.end, nearest.sentence)
        return nearest
    for index in range(k + 1, len(targets)):
        target = targets[index]
        if target.sentence > accusation.sentence:
            break
        if target.sentence == accusation.sentence and post.original[target.start : target.start + 1] == "@":
            return target
    return None


def _doer_after(post: Post, accusation: Span, targets: list[Span], ends: list[int]) -> Span | None:
    """The doer named after a passive accusation: the name just after a "by" a few words on ("was
    scammed (sorry for my word) by XOOM", "got ripped off by Halifax Motors")."""
    first = max(0, bisect.bisect_left(post.word_starts, accusation.end) - 1)  # its own last word may be "by"
    for word in range(first, min(first + _BY_WITHIN, len(post.word_keys))):
        if post.word_keys[word] == "by":
            by = post.word_span(word)
            k = bisect.bisect_right(ends, by.end)
            named = targets[k] if k < len(targets) else None
            if named and named.sentence == accusation.sentence and not post.original[by.end : named.start].strip():
                return named
            return None
    return None


def _earlier(post: Post, accusation: Span, targets: list[Span]) -> Span | None:
    """For a verdict opening its sentence ("Total crook.", "Fraudsters!"), the last thing named in
    the sentence before."""
    opening = post.original[: accusation.start].rsplit("\n", 1)[-1]
    if len(_WORDS.findall(opening.split(".")[-1].split("!")[-1].split("?")[-1])) > _VERDICT_WORDS:
        return None
    earlier = [t for t in targets if t.sentence == accusation.sentence - 1]
    return earlier[-1] if earlier else None


def _named_next(post: Post, verdict: Span, targets: list[Span], ends: list[int]) -> Span | None:
    """The name, @handle or #Name right after a verdict, in apposition ("pathological liar
    #SomeName", "crook @handle", "fraudster John Smith")."""
    k = bisect.bisect_right(ends, verdict.end)
    if k < len(targets):
        named = targets[k]
        gap = post.original[verdict.end : named.start]
        if named.sentence == verdict.sentence and gap.strip() in ("", "#") and 0 < len(gap) <= 2:
            return named
    return None


_ARTICLE_END = re.compile(r"(?<![\w'\u2019])(?:a|an)\s+$", re.I)  # an article before a verdict
_HANDLE_ONLY = re.compile(r"(?:@\w+\s*)+")  # a reply's handles, and nothing else before the verdict
_LIST_SEPARATOR = re.compile(r",|\s(?:and|&|or)\s")  # between a list's items
_ITEM_END = re.compile(r"\s*(?:[,.!?;:\n]|$|(?:and|&|or)\b)")  # what may follow a list's item
_ITEM_WORDS = 3  # words an item of a list may have ("a total disgrace", "Maoists")
_ITEM_HEAD = 2  # words before the noun in its own item ("a", "a total")
_LIST_REACH = 160  # characters looked at before a noun for its list


def _listed(post: Post) -> list[Span]:
    """Being something criminal said as an item of a list the `be` word opens ("is a disgrace, a liar
    and a fraud", "is lazy, a crook and a liar", "are Maoists, terrorists and crooks"): a `noun` that
    ends its item, after a comma or "and", each item before it at most three words, none a negation.
    `_BEING` reads no further than a comma; a list's first item may be no accusation at all."""
    nouns = post.spans("defamation-risk.noun")
    if not nouns:
        return []
    text = post.original
    being, negation = post.word_set("defamation-risk.be"), post.word_set("common.negation")
    found = []
    for noun in nouns:
        if _ITEM_END.match(text, noun.end) is None:
            continue
        start = sentence_opening(text, noun.start, _LIST_REACH)
        bounds, begin = [], start
        for separator in _LIST_SEPARATOR.finditer(text, start, noun.start):
            bounds.append((begin, separator.start()))
            begin = separator.end()
        if not bounds or len(_words(text[begin : noun.start])) > _ITEM_HEAD:
            continue
        if negation & set(_words(text[noun.end : noun.end + _LIST_REACH].split(".")[0])):
            continue  # "a liar or not"
        for item_start, item_end in reversed(bounds):
            words = list(_WORDS.finditer(text, item_start, item_end))
            keys = [w.group().lower() for w in words]
            if negation & set(keys):
                break
            opener = next((i for i in range(len(keys) - 1, -1, -1) if keys[i] in being), None)
            if opener is not None:
                if len(keys) - opener - 1 <= _ITEM_WORDS:
                    be = words[opener]
                    glued = text[be.start() - 1 : be.start()] in ("'", "\u2019")  # "Jo's", "they're": from after it
                    found.append(Span(be.end() if glued else be.start(), noun.end, noun.sentence))
                break
            if len(keys) > _ITEM_WORDS:
                break
    return found


# "Jo's a liar", "Sam's such a fraud": a word's glued 's, then (past at most three `glued-gap` words) a `noun`.
_GLUED = re.compile(r"\w['\u2019]s((?:\s+[^\W\d_]+){0,3})\s+$")
_GLUED_REACH = 60  # characters looked at before a noun for its glued 's


def _glued(post: Post) -> list[Span]:
    """Being something criminal said with the "is" glued to its subject: "Jo's a liar", "Sam's such a
    fraud", "Tesco's the biggest crook going". The 's is "is" (or "has") only when what follows could
    not follow a possessive: an article or one of `glued-open` ("Jo's a", not "Jo's criminal lawyer");
    every word up to the noun is one of `glued-gap` ("a total", "such a"). From after the 's: the one
    named before it is whom it is about."""
    nouns = post.spans("defamation-risk.noun")
    if not nouns:
        return []
    text = post.original
    opening, gap = post.word_set("defamation-risk.glued-open"), post.word_set("defamation-risk.glued-gap")
    found = []
    for noun in nouns:
        glued = _GLUED.search(text, max(0, noun.start - _GLUED_REACH), noun.start)
        if glued is None:
            continue
        between = _words(glued.group(1))
        words = between + _words(text[noun.start : noun.end])
        if words[0] in opening and all(word in gap for word in between):
            found.append(Span(glued.start() + 3, noun.end, noun.sentence))
    return found


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def _before_verdict(text: str, start: int) -> str:
    """The text before a verdict, without the article that leads it ("@jo: a liar, a fraud"). The article
    is looked for where the last word before it can start: the whole text again for every verdict made
    a long post's check grow with the square of its length."""
    head = text[:start]
    article = _ARTICLE_END.search(head, max(0, len(head.rstrip()) - 2))
    return (head[: article.start()] if article else head).rstrip()


def _verdicts(post: Post, targets: list[Span], ends: list[int]) -> list[tuple[Span, Span]]:
    """Verdicts ("Total crook.", "…, fraudsters!") with whom they are about: the last name of the
    sentence before when the verdict opens its sentence, the name before a comma in its own, or a
    name right after it ("serial liar @handle"; not a title: "Criminal Minds")."""
    found = []
    text = post.original
    for verdict in post.spans("defamation-risk.verdict"):
        if in_tag_or_link(post, verdict):
            continue
        before = _before_verdict(text, verdict.start)
        target = None
        if not text[verdict.start].isupper() or shouting(text):
            target = _named_next(post, verdict, targets, ends)
        if target is not None:
            pass
        elif before.endswith((",", "-", "–", "—", ":")):
            # an item of a list after a name ("@jo: liar, fraud, thief"), not a clause's subject
            # ("Jo is great, thieves stole our van") nor a word before a noun ("Sam, criminal barrister")
            if _ITEM_END.match(text, verdict.end) is not None:
                target = _target(post, verdict, targets, ends)
        elif before.startswith("@") and _HANDLE_ONLY.fullmatch(before) and _ITEM_END.match(text, verdict.end):
            target = _target(post, verdict, targets, ends)  # said to a handle: "@jo a liar and a fraud"
        else:
            target = _earlier(post, verdict, targets)
        if target is not None:
            found.append((verdict, target))
    return found


def _words_of(post: Post, word_set: str) -> list[Span]:
    """Where the post says a word of `word_set`."""
    wanted = post.word_set(word_set)
    return [post.word_span(i) for i, word in enumerate(post.word_keys) if word in wanted]


def _pronoun(accusation: Span, pronouns: list[Span]) -> Span | None:
    """A pronoun ("he", "they", "you're") at or before the accusation in its sentence."""
    found = [p for p in pronouns if p.sentence == accusation.sentence and p.start <= accusation.start]
    return found[-1] if found else None


def _title(post: Post, accusation: Span) -> bool:
    """A capitalised accusation among capitalised words is a title ("The Thief Who Stole Christmas");
    one in capitals beside words that are not is said loud ("Smith LIES, again")."""
    text = post.original
    if not text[accusation.start].isupper():
        return False
    before = text[: accusation.start].split()
    after = text[accusation.end :].split()
    if before and before[-1].endswith((".", "!", "?")):
        before = []  # the word ends the sentence before: "… every Sunday. I'm sure it's all above board"
    first = _WORDS.match(text, accusation.start)
    if first and len(first.group()) > 1 and first.group().isupper():
        return bool((before and before[-1].isupper()) or (after and after[0].isupper()))
    return bool((before and before[-1][:1].isupper()) or (after and after[0][:1].isupper()))


def _own_act(post: Post, accusation: Span) -> bool:
    """Whether the writer is the doer: the nearest word before the accusation, past a few `aux`
    words ("just", "have been"), is "I" or "we" ("I've been stalking your page")."""
    aux, own = post.word_set("defamation-risk.aux"), post.word_set("defamation-risk.self")
    index = bisect.bisect_left(post.word_starts, accusation.start) - 1
    for word in range(index, max(-1, index - 4), -1):
        key = post.word_keys[word]
        if key not in aux:
            return key in own and post.word_span(word).sentence == accusation.sentence
    return False


def _done_to(post: Post, accusation: Span, sport: set[int]) -> bool:
    """Whether the accusation is said of its victim: passive ("got scammed", "you've been defrauded")
    unless a doer follows ("was ripped off by Halifax Motors"), or a team "robbed" in a match."""
    index = bisect.bisect_left(post.word_starts, accusation.start)
    if index >= len(post.word_keys):
        return False
    if accusation.sentence in sport and post.word_keys[index] in post.word_set("defamation-risk.played"):
        return True
    before = index - 1
    if post.word_keys[index].endswith("ing"):  # "has been pocketing": the doer is the subject
        return False
    if before < 0:
        return False
    if post.word_keys[before] not in post.word_set("defamation-risk.passive"):
        # "are stolen from", "is scammed": a past participle after a present "be"
        first = post.word_keys[index]
        if post.word_keys[before] not in post.word_set("defamation-risk.passive-be") or not first.endswith(
            ("ed", "en")
        ):
            return False
    # The doer named a few words on ("scammed (sorry for my word) by XOOM", "ripped off last week by …").
    after = bisect.bisect_left(post.word_starts, accusation.end)
    for word in range(after, min(after + _BY_WITHIN, len(post.word_keys))):
        if post.word_keys[word] == "by":
            return post.word_span(word).sentence != accusation.sentence
    return True


def _time_taken(post: Post, accusation: Span) -> bool:
    """Time or life taken, not a theft: a word of stealing whose object, past a few quantity words,
    is time ("it's stealing eight hours of my life", "robbed me of my weekends", "stole the show")."""
    keys = post.word_keys
    first = bisect.bisect_left(post.word_starts, accusation.start)
    last = bisect.bisect_left(post.word_starts, accusation.end)
    stealing = post.word_set("defamation-risk.stealing")
    for word in range(first, min(last, len(keys))):
        if keys[word] in stealing:
            break
    else:
        return False
    quantity, taken = post.word_set("defamation-risk.quantity"), post.word_set("defamation-risk.time-taken")
    for after in range(word + 1, min(word + 6, len(keys))):
        if keys[after] in taken:
            return True
        if keys[after] not in quantity:
            return False
    return False


def _said(post: Post, accusation: Span, stories: set[int], sport: set[int]) -> bool:
    """An accusation the post makes: not inside a handle, hashtag or link, not the writer's own act,
    not the plot of a film or book, not said of its victim, not time taken ("stealing hours of my life")."""
    return (
        accusation.sentence not in stories
        and not in_tag_or_link(post, accusation)
        and not _own_act(post, accusation)
        and not _done_to(post, accusation, sport)
        and not _time_taken(post, accusation)
    )


def run(rule: Rule, post: Post) -> Iterator[Finding]:
    stories = post.sentences("defamation-risk.story", "defamation-risk.reporting", "defamation-risk.court")
    sport = post.sentences("defamation-risk.sport")
    found = post.spans("defamation-risk.accusation") + _BEING(post) + _HARMING(post) + _MEANT[0](post) + _MEANT[1](post)
    found += _listed(post) + _glued(post)
    for frame in _FRAMES:
        found += frame(post)
    accusations = sorted(
        (s for s in found if _said(post, s, stories, sport)),
        key=lambda s: s.start,
    )
    verdicts = post.sentences("defamation-risk.verdict") - stories
    if not accusations and not verdicts:
        return
    own = post.sentences("org.mention", "whistleblowing.workplace")
    wanted = ({s.sentence for s in accusations} | verdicts) - own
    if not wanted:
        return
    look = wanted | {s - 1 for s in wanted}
    groups = {s.start for s in post.spans("defamation-risk.group")}
    # A common word in capitals is said loud, not a name ("men ARE equal", "SOMEONE lied").
    being = post.word_set("defamation-risk.be")
    loud_words = being | post.word_set("defamation-risk.pronoun")
    named = [
        n
        for n in named_spans(post, look)
        if n.start not in groups and post.original[n.start : n.end].lower() not in loud_words
    ]
    roles = post.spans("defamation-risk.target")
    targets = sorted(named + roles, key=lambda t: (t.end, t.start))
    ends = [t.end for t in targets]
    # "he", "they", "you" are someone identifiable in a reply, or beside someone the post names.
    answering = post.context.surface in ("reply", "message")
    pronouns = _words_of(post, "defamation-risk.pronoun") if answering or targets else []
    at_work = post.has("whistleblowing.workplace")
    # In a post about the writer's own workplace, a role ("the manager", "the owner") is someone there:
    # wrongdoing told of them is whistleblowing's.
    work_roles = {r.start for r in roles} if at_work else set()
    loud: bool | None = None
    seen: set[int] = set()
    for accusation in accusations:
        if accusation.sentence in seen or accusation.sentence in own:
            continue
        if post.original[accusation.start].isupper():
            if loud is None:
                loud = shouting(post.original)
            if not loud and _title(post, accusation):
                continue
        index = bisect.bisect_left(post.word_starts, accusation.start)
        if index > 0 and post.word_starts[index - 1] in groups and post.word_keys[index] in being:
            continue  # said of a group in general ("men are …", "politicians are liars")
        if _WORDS.findall(post.original[accusation.start : accusation.end])[-1].lower() == "by":
            # "Nan was scammed by …": the one named before is the victim; the doer is after "by".
            target = _doer_after(post, accusation, targets, ends)
        else:
            target = _target(post, accusation, targets, ends)
            if target is None and not at_work:  # "they lied to us" about the writer's own workplace: whistleblowing's
                target = _pronoun(accusation, pronouns)
            target = target or _doer_after(post, accusation, targets, ends) or _earlier(post, accusation, targets)
        if target is None or target.start in work_roles:
            continue
        seen.add(accusation.sentence)
        start, end = min(target.start, accusation.start), max(target.end, accusation.end)
        yield rule.finding(post, Span(start, end, accusation.sentence))
    for verdict, target in _verdicts(post, targets, ends):
        if verdict.sentence not in seen and verdict.sentence not in own:
            seen.add(verdict.sentence)
            yield rule.finding(
                post, Span(min(target.start, verdict.start), max(target.end, verdict.end), verdict.sentence)
            )


RULE = Rule(
    id="defamation-risk",
    severity="warning",
    summary="Accusing an identifiable person or organisation of wrongdoing risks libel.",
    run=run,
    lists=(
        "defamation-risk.accusation",
        "defamation-risk.target",
        "defamation-risk.pronoun",
        "defamation-risk.verdict",
        "defamation-risk.group",
        "defamation-risk.self",
        "defamation-risk.aux",
        "defamation-risk.story",
        "defamation-risk.reporting",
        "defamation-risk.glued-open",
        "defamation-risk.glued-gap",
        *_BEING.lists,
        *_HARMING.lists,
        *_MEANT[0].lists,
        *(list_name for frame in _FRAMES for list_name in frame.lists),
        "defamation-risk.passive",
        "defamation-risk.passive-be",
        "defamation-risk.stealing",
        "defamation-risk.quantity",
        "defamation-risk.time-taken",
        "defamation-risk.sport",
        "defamation-risk.played",
        "defamation-risk.court",
        "whistleblowing.workplace",
        "common.negation",
        *NAMED_LISTS,
    ),
    texts={
        "message": "This accuses someone who can be identified of wrongdoing. If it can't be proved it may be "
        "libel, and the policy asks staff not to make defamatory comments about people or organisations, which "
        "could bring {org} into disrepute. Stick to what you know and can show, or report concerns through the "
        "proper route.",
    },
    doc=__doc__ or "",
)
