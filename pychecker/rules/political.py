"""political: party-political content, from an official channel or tied to the organisation.

Clause OC-16: "North Halifax Partnership is not a political organisation and does not hold a
view on party politics or have any affiliation with or links to political parties."
Clause PA-7: "... When representing North Halifax Partnership, staff are expected to hold North
Halifax Partnership's position of neutrality. Staff who are politically active in their spare
time need to be clear in separating their personal political identity from North Halifax
Partnership ..."

Fires on a party named as a party ("the Tories", "Labour's plan", "Reform UK"), on telling people
how to vote ("vote Green", "#ToriesOut", "vote tactically"), and on a politician in a party role
(a named politician with praise, blame, backing or election talk in the same sentence). Party
names that are also ordinary words count only as written, and not in phrases like "labour ward"
(`lists/political.toml`). From an official account it is an error; from a personal account it
fires only when the post also mentions the organisation, as a warning.

Fires:
    [account=official] Vote Labour on Thursday!
    [account=personal] Great to see the Tories finally funding Sure Start children's centres
    [account=official] Keir Starmer must go.
Does not fire:
    [account=official] Our antenatal group covers the signs of labour and what to pack for the labour ward.
    [account=official] Vote for your favourite cake at the Wellholme Children's Centre bake-off!
    [account=personal] Vote Labour on Thursday!
    [account=official] Thank you to Kate Dearden MP for visiting Kevin Pearce Children's Centre today.
"""

from __future__ import annotations

from .base import Rule
from .kinds import about_org, confirmed, each_sentence, hits

_SIGNALS = ("political.party", "political.party-capitalised", "political.vote-directive")

RULE = Rule(
    id="political",
    severity="error",
    severity_by_account={"personal": "warning"},
    summary="Party-political content from an official channel, or tied to the organisation.",
    run=each_sentence(
        (hits(*_SIGNALS), confirmed("political.politician", by=(*_SIGNALS, "political.stance"))), when=about_org
    ),
    texts={
        "message_official": "{org} is not a political organisation and holds no view on party politics. Posts from "
        "its channels must stay neutral: no backing or attacking parties or candidates, and no telling people how to "
        "vote.",
        "message_personal": "This ties {org_short} to party politics. Staff must keep their own political views "
        "separate from {org_short}: leave {org_short} out of this post, or the politics.",
    },
    doc=__doc__ or "",
)
