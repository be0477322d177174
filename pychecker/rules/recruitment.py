"""recruitment: advertising a vacancy.

Clause recruitment: "Any advertising of vacancies should be done through HR and the marketing team."

Fires on a post that advertises a job or a volunteer role open to applicants
(`lists/recruitment.toml`): hiring said outright ("we're hiring", "my work is recruiting", "job
vacancy", "position available", "send your CV", "£24k pro rata", "join us as our new Finance Lead");
an invitation to apply or join ("join our team", "apply by Friday", "could you be our next…?",
"volunteers needed") in a post that names a role or terms of work ("family support worker", "30
hours a week", "closing date"); someone sought ("looking for a", "we need a", "know anyone…?") with
a role or terms in the same sentence; a jobs hashtag (#hiring, #jobs) with a role or terms. It does
not fire on a job in passing ("great job", "got the job", "Steve Jobs", "#jobs figures"), on places
on a course or at school, on a team quiz, on welcoming a new member of staff, on a salary spoken of
("no salary increase in three years"), or on help to find work (job club, CV workshops, mock
interviews). From a personal account it is a warning (the advert should come through HR and the
marketing team; sharing the official advert is the way to help); from an official account it is
info, a reminder to check HR and the marketing team have agreed it.

Fires:
    [account=personal] We're hiring! Family support worker, 30 hours a week, closing date 12 May.
    [account=official] Vacancy: part time receptionist at Kevin Pearce Children's Centre. Apply now!
    [account=personal] My work are looking for a new nursery practitioner, DM me if interested
    [account=official] Could you be our next Finance Officer? Apply by 5pm Friday.
    [account=official] Join us as our new Finance Lead and help shape how we support local families.
Does not fire:
    [account=official] A few spaces left on our baby massage course, book now!
    [account=official] Apply now for your child's primary school place, deadline 15 January.
    [account=personal] Great job everyone at the fun day today!
    [account=official] Need help with your CV? Job club runs every Tuesday, just drop in.
    [account=official] Welcome to Priya, our new family worker, who joined the team this week!
    [account=personal] Three years and no salary increase, and now they want me to cover the project lead's duties
"""

from __future__ import annotations

from ..post import Post
from .base import Rule
from .kinds import confirmed, first_hit, hits, uses

_SUPPORT = "recruitment.job-support"
# A story of one's own working life: only an outright "we're hiring" there is an advert.
_STORY = "recruitment.story"


@uses("recruitment.opening")
def _open(post: Post) -> bool:
    """The post says a role is open to applicants ("apply by", "DM me if interested", "available")."""
    return post.has("recruitment.opening")


RULE = Rule(
    id="recruitment",
    severity="warning",
    severity_by_account={"official": "info"},
    summary="Advertising a vacancy: that goes through {hr} and {social_media_team}.",
    run=first_hit(
        (
            # reported or retorted ("they tell us the burger place is hiring") is someone's words
            hits("recruitment.advert", outside="recruitment.retort"),
            # by a role named, not by "available" or "DM me": those are the weak words themselves
            confirmed("recruitment.maybe", by="recruitment.title", within="post", outside=_SUPPORT, unless=_STORY),
            confirmed("recruitment.vacancy", by="recruitment.job", within="post", outside=_SUPPORT, unless=_STORY),
            confirmed("recruitment.hashtag", by="recruitment.job", within="post", outside=_SUPPORT),
            confirmed("recruitment.terms", by="recruitment.opening", within="post", outside=_SUPPORT, unless=_STORY),
            confirmed("recruitment.seeking", by="recruitment.job", outside=_SUPPORT, unless=_STORY),
            confirmed("recruitment.need", by="recruitment.job", when=_open, outside=_SUPPORT, unless=_STORY),
        )
    ),
    texts={
        "message_official": "This advertises a vacancy. The policy asks for vacancies to be advertised through {hr} "
        "and {social_media_team}: check they have agreed this advert before it goes out on {org_short}'s channel.",
        "message_personal": "This advertises a vacancy from a personal account. The policy asks for vacancies to be "
        "advertised through {hr} and {social_media_team}, so the details are right and fair to every applicant: "
        "share {org_short}'s official advert instead, or ask {hr} and {social_media_team} first.",
    },
    doc=__doc__ or "",
)
