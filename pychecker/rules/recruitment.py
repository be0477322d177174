"""recruitment: advertising a job vacancy.

Clause recruitment: "Any advertising of vacancies should be done through HR and the marketing team."

Fires on a vacancy advert: "we're hiring", "job vacancy", "#jobs", "closing date for
applications", "send your CV", a wage per hour or a salary (`lists/recruitment.toml`); and on
looser words ("vacancy", "join our team", "apply now", "looking for a") when a job word (role,
salary, contract, CV, manager, support worker, part time...) is in the same sentence. It does not
fire on places on a course ("a few spaces left"), "no vacancies", applying for school places or
free school meals, or a team quiz. From a personal account it is a warning (the advert should come
through HR and the marketing team; sharing the official advert is the way to help); from an official
account it is info, a reminder to check HR and the marketing team have agreed it.

Fires:
    [account=personal] We're hiring! Family support worker, 30 hours a week, closing date 12 May.
    [account=official] Vacancy: part time receptionist at Kevin Pearce Children's Centre. Apply now!
    [account=personal] Job alert 🚨 #hiring #Halifax
Does not fire:
    [account=official] A few spaces left on our baby massage course, book now!
    [account=official] Apply now for your child's primary school place, deadline 15 January.
    [account=personal] Great job everyone at the fun day today!
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..post import Post, Span
from .base import Rule, finding


def vacancy_spans(post: Post) -> list[Span]:
    spans = list(post.spans("recruitment.advert"))
    job_sentences = post.sentences("recruitment.job")
    spans += [s for s in post.spans("recruitment.vacancy") if s.sentence in job_sentences]
    return sorted(spans, key=lambda s: s.start)


def check(post: Post) -> Iterator[Finding]:
    spans = vacancy_spans(post)
    if not spans:
        return
    pack = post.pack
    if post.context.official:
        message = (
            f"This advertises a vacancy. The policy asks for vacancies to be advertised through HR and the "
            f"marketing team: check they have agreed this advert before it goes out on {pack.short_name}'s channel."
        )
        severity = "info"
    else:
        message = (
            f"This advertises a vacancy from a personal account. The policy asks for vacancies to be advertised "
            f"through HR and the marketing team, so the details are right and fair to every applicant: share "
            f"{pack.short_name}'s official advert instead, or ask HR and the marketing team first."
        )
        severity = "warning"
    yield finding(RULE, post, spans[0], message, severity=severity)


RULE = Rule(
    id="recruitment",
    clauses=("recruitment",),
    severity="warning",
    summary="Advertising a vacancy: that goes through HR and the marketing team.",
    check=check,
    doc=__doc__ or "",
)
