"""confidential: internal, embargoed or not-yet-public information.

Clause confidentiality: "Any communications that staff make in a personal capacity must not
breach confidentiality. For example, information meant for internal use only or information that
North Halifax Partnership is not ready to disclose yet. For example, a news story that is
embargoed for a particular date."

Fires on signs that what is being shared is not public yet: embargoes ("embargoed until
Monday"), internal material ("internal use only", "internal memo", "board papers", "leaked"),
"confidential" about information, and the ways people flag a secret ("not been announced yet",
"keep it to yourselves", "between you and me", "you didn't hear it from me", "🤫"). From any
account: the official channels do not publish embargoed news early either. Does not fire on
"confidential" describing a service the organisation offers ("our confidential helpline", "free,
confidential support", "everything you tell us is confidential"), on trade embargoes, or on
leaking nappies (`lists/confidential.toml`).

Fires:
    [account=personal] Can't say too much but big changes coming to NHP, not been announced yet!
    [account=personal] Embargoed until Monday: Wellholme is getting a new sensory room
    [account=personal] Pic of the internal memo about the restructure 👀
Does not fire:
    [account=official] Our confidential helpline is open 9am-5pm, Monday to Friday.
    [account=official] Free, confidential support for new parents at Kevin Pearce Children's Centre
    [account=official] We can now announce that Wellholme is getting a new sensory room!
"""

from __future__ import annotations

from .base import Rule
from .kinds import each_sentence

RULE = Rule(
    id="confidential",
    severity="error",
    summary="Internal, embargoed or not-yet-public information must not be posted.",
    run=each_sentence("confidential.secret"),
    texts={
        "message": "This looks like information that isn't public yet (internal, confidential or embargoed). The "
        "policy says posts must not breach confidentiality: wait until {org_short} has made it public, or check "
        "with {social_media_team} first.",
    },
    doc=__doc__ or "",
)
