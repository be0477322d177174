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

from .base import Rule
from .kinds import confirmed, first_hit

RULE = Rule(
    id="recruitment",
    severity="warning",
    severity_by_account={"official": "info"},
    summary="Advertising a vacancy: that goes through {hr} and {social_media_team}.",
    run=first_hit(("recruitment.advert", confirmed("recruitment.vacancy", by="recruitment.job"))),
    texts={
        "message_official": "This advertises a vacancy. The policy asks for vacancies to be advertised through {hr} "
        "and {social_media_team}: check they have agreed this advert before it goes out on {org_short}'s channel.",
        "message_personal": "This advertises a vacancy from a personal account. The policy asks for vacancies to be "
        "advertised through {hr} and {social_media_team}, so the details are right and fair to every applicant: "
        "share {org_short}'s official advert instead, or ask {hr} and {social_media_team} first.",
    },
    doc=__doc__ or "",
)
