"""Regenerate pychecker/packs/nhp/lists/political-people.toml: the current MPs, the Scottish
Government's MSPs, and the social media handles of MPs, MSPs and MLAs, which the `political` rule
reads (a politician named with a stance, or an @handle of one, in a party role).

Sources (public GitHub repositories, read from local git snapshots: the search tool's `fetch
github:OWNER/NAME` puts one at /work/.mirror/OWNER+NAME/repo; CI never runs this):

- `dfe-analytical-services/mp-lookup`, `mp_lookup.csv`: every sitting MP (`member_id`, the UK
  Parliament's member id; `display_as`; `party_text`), updated daily by the Department for
  Education from the UK Parliament Members API. Parliament's data: Open Parliament Licence v3.0.
- `mysociety/parlparse`, `members/official-profiles.xml` (mySociety person id -> Parliament member
  id) and `members/social-media-commons.xml`, `social-media-sp.xml`, `social-media-ni.xml` (person
  id -> X/Twitter username, Bluesky handle), maintained by mySociety for TheyWorkForYou. The
  repository's LICENSE.txt puts its software under the GNU AGPL v3 or later and states no other
  licence for its data files; we take no code, only facts (names, handles) from them.
- `mysociety/parlparse`, `members/sp-ministers.json` (the Scottish Government's posts with their
  dates, from the Scottish Parliament's data API) and `members/wikipedia-msp.xml` (person id ->
  Wikipedia page, whose title is the MSP's name; read at the newest commit that lists anyone, as an
  update can leave it empty): the MSPs in the current Scottish Government, i.e. posts begun since
  the First Minister's and not ended.
- `mysociety/parlparse`, `members/official-profiles.xml` (one version, 2025-03-26): the MSPs it
  links to the Scottish Parliament's site, i.e. session 6's members then, named by the same
  Wikipedia pages. A stale list after the May 2026 election, kept for those re-elected.

- `unitedstates/congress-legislators`, `legislators-current.yaml` (every sitting member of the US
  Congress, with the party of their current term) and `legislators-social-media.yaml` (their
  official X/Twitter usernames), kept by the @unitedstates project from the House's and Senate's
  own data; dedicated to the public domain (CC0 1.0). Read with PyYAML.

Not here, for want of a source that can be read: session 7's new MSPs, the Members of the Senedd
and the MLAs (parlparse keeps them with their memberships and dates in `members/people.json`,
but a file over 4 MiB is absent from the snapshots this tool reads) and Calderdale's councillors
(`DemocracyClub/LGSF` has a scraper for them, `scrapers/CLD-calderdale/councillors.py`, but commits
no data, and this tool reaches no network). Their parties, and the party leaders, are kept by hand
in `political.toml`. Searched again on 2026-12-07: the newest snapshots are mp-lookup 793ea66
(2026-06-27) and parlparse 74dddad (2026-08-05, still without `people.json`); the public
repositories holding "senedd" in their names (stupidpupil/senedd_scraper commits no member data,
martinjc/wales-senedd-2026 only maps and a made-up `fake_senedd.csv`, the rest petitions, votes
and simulators) and "niassembly" give no member list; EveryPolitician's Welsh and Northern Irish
data stop years before session 7. No dated public source of Nigel Farage leaving the Commons was
found either (mp-lookup's newest file still lists him for Clacton; stored pages only tell of his
2015 resignation as UKIP's leader), so he stays among the MPs; he is a party leader in
`political.toml` whatever his seat.

Kept: each sitting MP's name (titles such as "Mr", "Dr", "Sir", "Rt Hon" dropped) and party (in a
comment); each sitting member of Congress's name as written (the official name without middle
initials or "Jr.", first and last name, nickname and last name) and party (in a comment); each
Scottish minister's name (two words or more) and post (in a comment), and the handles of sitting
MPs, of the members in the Scottish Parliament and Northern Ireland Assembly files and of the
members of Congress; a handle that is an ordinary English word or shorter than five letters is left
out (it would be read in ordinary text). The output names the commits and their dates, so a refresh
shows in review as a diff of names.

Then it checks that the checker reads every party with seats at Westminster as a party ("<party>
have let families down." or "#Vote<party>" is a finding): a party new to the Commons that
`political.toml` does not know is named, and the tool exits 1 until it is added there.

Usage (it reads the Congress YAML with PyYAML, which nothing else needs: `pip install pyyaml==6.0.4`):
    python3 tools/make_political.py [--mirror DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pychecker.segment import common_word  # noqa: E402

OUT = ROOT / "pychecker" / "packs" / "nhp" / "lists" / "political-people.toml"
MIRROR = Path("/work/.mirror")
MPS = ("dfe-analytical-services/mp-lookup", "mp_lookup.csv")
PARLPARSE = "mysociety/parlparse"
PROFILES = "members/official-profiles.xml"
SP_MINISTERS = "members/sp-ministers.json"
SP_WIKIPEDIA = "members/wikipedia-msp.xml"
CONGRESS = ("unitedstates/congress-legislators", "legislators-current.yaml", "legislators-social-media.yaml")
SOCIAL = {
    "commons": "members/social-media-commons.xml",
    "scottish parliament": "members/social-media-sp.xml",
    "northern ireland assembly": "members/social-media-ni.xml",
}
# Not parties: "Vote Independent" is no party's name, and the Speaker stands for no party.
_NOT_PARTIES = frozenset({"Independent", "Speaker"})
_TITLES = re.compile(r"^(?:(?:the\s+)?rt\.?\s+hon\.?|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof)\.?\s+", re.I)
_NON_WORD = re.compile(r"\W")
_MEMBER_ID = re.compile(r"/member/(\d+)/")
_MIN_HANDLE = 5


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


class Snapshot:
    """One repository's snapshot: its newest commit, read with git (the snapshot has no work tree)."""

    def __init__(self, mirror: Path, name: str) -> None:
        self.name = name
        self.repo = mirror / name.replace("/", "+") / "repo"
        if not self.repo.exists():
            raise SystemExit(f"no snapshot of {name} at {self.repo}: fetch github:{name} first")
        self.commit, self.date = _git(self.repo, "log", "-1", "--format=%H %cs", "HEAD").split()

    def read(self, path: str, commit: str = "HEAD") -> str:
        return _git(self.repo, "show", f"{commit}:{path}")

    def history(self, path: str) -> list[str]:
        """The commits that changed `path`, newest first."""
        return _git(self.repo, "log", "--format=%H", "HEAD", "--", path).split()

    def changed(self, path: str) -> str:
        """The day `path` last changed."""
        return _git(self.repo, "log", "-1", "--format=%cs", "HEAD", "--", path).strip()


def fold(text: str) -> str:
    """Accents dropped, lower case: as the checker folds post text."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_phrase(display: str) -> str:
    """ "Rt Hon Wendy Morton MP" -> "wendy morton"; hyphens and apostrophes as the lists read them."""
    name = re.sub(r"\s+MP$", "", display.strip())
    while _TITLES.match(name):
        name = _TITLES.sub("", name, count=1)
    return " ".join(re.findall(r"[\w']+", fold(name).replace("'", "")))


def handle_word(handle: str | None) -> str | None:
    """A handle as the post's word after `@` reads it; None for one that ordinary text could hold."""
    if not handle:
        return None
    word = fold(handle.strip().lstrip("@").split(".")[0])  # a Bluesky handle: its first label
    if len(word) < _MIN_HANDLE or not re.fullmatch(r"\w+", word) or word.isdigit() or common_word(word):
        return None
    return word


def _social(text: str) -> dict[str, list[str]]:
    """person id -> its handles (X/Twitter username, Bluesky handle)."""
    found: dict[str, list[str]] = defaultdict(list)
    for person in ET.fromstring(text):
        pid = (person.get("id") or "").rsplit("/", 1)[-1]
        for attribute in ("twitter_username", "bluesky_handle"):
            word = handle_word(person.get(attribute))
            if word and word not in found[pid]:
                found[pid].append(word)
    return found


def _person(person_id: str) -> str:
    return person_id.rsplit("/", 1)[-1]


def _wiki_name(url: str) -> str:
    """ "https://en.wikipedia.org/wiki/Ben_Macpherson_(politician)" -> "ben macpherson"."""
    title = unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ")
    return name_phrase(re.sub(r"\s*\(.*?\)|,.*$", "", title))


def msp_pages(parl: Snapshot) -> tuple[str, dict[str, str]]:
    """person id -> an MSP's Wikipedia page, from the newest commit of `wikipedia-msp.xml` that lists
    anyone (an update can leave it empty), and that commit."""
    for commit in parl.history(SP_WIKIPEDIA):
        people = ET.fromstring(parl.read(SP_WIKIPEDIA, commit))
        if len(people):
            break
    return commit, {_person(person.get("id") or ""): person.get("wikipedia_url") or "" for person in people}


def scottish_ministers(parl: Snapshot, pages: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The current Scottish Government's MSPs, name -> post: posts begun on or after the current
    First Minister's start and not ended. Also the day that was."""
    posts = [post for post in json.loads(parl.read(SP_MINISTERS)) if not post.get("end_date")]
    since = max(post["start_date"] for post in posts if post["role"] == "First Minister")
    ministers: dict[str, str] = {}
    for post in sorted(posts, key=lambda post: post["start_date"]):
        for person in post["person_id"] if post["start_date"] >= since else []:
            name = _wiki_name(pages.get(_person(person), ""))
            if len(name.split()) >= 2:
                ministers.setdefault(name, post["role"])
    return since, ministers


def profiled_msps(parl: Snapshot, pages: dict[str, str]) -> list[str]:
    """The MSPs `official-profiles.xml` links to the Scottish Parliament's site (its one commit, the
    members of session 6 then), by their Wikipedia page's name."""
    names = {
        _wiki_name(pages.get(_person(person.get("id") or ""), ""))
        for person in ET.fromstring(parl.read(PROFILES))
        if person.get("profile_url_scot_parl")
    }
    return sorted(name for name in names if len(name.split()) >= 2)


def _lines_by_party(names: dict[str, str]) -> list[str]:
    """TOML list lines of `names` (name -> party), grouped under a comment per party."""
    by_party: dict[str, list[str]] = defaultdict(list)
    for name, party in names.items():
        by_party[party].append(name)
    lines = []
    for party in sorted(by_party):
        lines.append(f"  # {party} ({len(by_party[party])})")
        lines.append(_toml_list(sorted(by_party[party])))
    return lines


def _toml_list(items: list[str], indent: str = "  ") -> str:
    lines, line = [], indent
    for item in items:
        piece = f'"{item}", '
        if len(line) + len(piece) > 100:
            lines.append(line.rstrip())
            line = indent
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def sitting_mps(mirror: Path) -> tuple[Snapshot, list[dict[str, str]]]:
    snapshot = Snapshot(mirror, MPS[0])
    return snapshot, list(csv.DictReader(io.StringIO(snapshot.read(MPS[1]))))


def unread_parties(mps: list[dict[str, str]]) -> list[str]:
    """The parties with seats at Westminster whose name the checker does not read as a party."""
    from pychecker import check  # the pack as it is now on disk

    def read(text: str) -> bool:
        return any(f.rule == "political" for f in check(text, {"account": "official"}))

    # Named as the actor, or in a campaign tag ("Alliance" alone is an ordinary word; "#VoteAlliance" is not).
    parties = sorted({mp["party_text"] for mp in mps} - _NOT_PARTIES)
    return [
        party
        for party in parties
        if not read(f"{party} have let families down.") and not read("#Vote" + _NON_WORD.sub("", party) + " today")
    ]


def congress(mirror: Path) -> tuple[Snapshot, int, dict[str, str], dict[str, str]]:
    """The sitting members of the US Congress: how many, name -> party (each way of writing it), and
    X handle -> name (party)."""
    import yaml  # only this tool reads YAML (PyYAML); the checker never does

    snapshot = Snapshot(mirror, CONGRESS[0])
    people = yaml.safe_load(snapshot.read(CONGRESS[1]))
    social = {item["id"]["bioguide"]: item.get("social", {}) for item in yaml.safe_load(snapshot.read(CONGRESS[2]))}
    names: dict[str, str] = {}
    handles: dict[str, str] = {}
    for person in people:
        party = person["terms"][-1]["party"]
        forms = [name_phrase(form) for form in _congress_names(person["name"])]
        for name in forms:
            if len(name.split()) >= 2:
                names.setdefault(name, party)
        word = handle_word(social.get(person["id"]["bioguide"], {}).get("twitter"))
        if word:
            handles.setdefault(word, f"{forms[0]} ({party}, Congress)")
    return snapshot, len(people), names, handles


_INITIAL_OR_SUFFIX = re.compile(r"\b(?:[A-Z]\.?|Jr\.?|Sr\.?|II|III|IV)(?=\s|$|,)")


def _congress_names(name: dict[str, str]) -> list[str]:
    """The ways a member is written: the official name without middle initials or "Jr." ("Adam B.
    Schiff" -> "Adam Schiff"), first and last name, nickname and last name ("Chuck Schumer")."""
    full = name.get("official_full") or f"{name['first']} {name['last']}"
    forms = [" ".join(_INITIAL_OR_SUFFIX.sub("", full).replace(",", " ").split()), f"{name['first']} {name['last']}"]
    if name.get("nickname"):
        forms.append(f"{name['nickname']} {name['last']}")
    return list(dict.fromkeys(forms))


def build(mirror: Path) -> str:
    mps_repo, mps = sitting_mps(mirror)
    parl = Snapshot(mirror, PARLPARSE)
    member_of = {}
    for person in ET.fromstring(parl.read(PROFILES)):
        found = _MEMBER_ID.search(person.get("profile_url_uk_parl") or "")
        if found:
            member_of[found.group(1)] = (person.get("id") or "").rsplit("/", 1)[-1]
    social = {house: _social(parl.read(path)) for house, path in SOCIAL.items()}

    names: dict[str, str] = {}
    handles: dict[str, str] = {}
    for mp in sorted(mps, key=lambda row: name_phrase(row["display_as"])):
        name = name_phrase(mp["display_as"])
        if len(name.split()) < 2:
            continue
        names[name] = mp["party_text"]
        for word in social["commons"].get(member_of.get(mp["member_id"], ""), []):
            handles.setdefault(word, f"{name} ({mp['party_text']})")
    for house in ("scottish parliament", "northern ireland assembly"):
        for words in social[house].values():
            for word in words:
                handles.setdefault(word, house)
    mp_handles = sum(1 for who in handles.values() if "(" in who)  # sitting MPs', before Congress's are added
    us_repo, us_members, us_names, us_handles = congress(mirror)
    for word, who in us_handles.items():
        handles.setdefault(word, who)
    pages_commit, pages = msp_pages(parl)
    since, ministers = scottish_ministers(parl, pages)
    msps = [name for name in profiled_msps(parl, pages) if name not in ministers and name not in names]

    header = f"""# GENERATED by tools/make_political.py: do not edit by hand; run the tool on newer snapshots.
# The current MPs and the handles of MPs, MSPs and MLAs, for the `political` rule (OC-16, PA-7): a
# politician named with a stance or an election, or tagged by handle, in a party role.
#
# Sources:
# - {MPS[0]}, {MPS[1]}
#   commit {mps_repo.commit} ({mps_repo.date}; the file changed {mps_repo.changed(MPS[1])}):
#   sitting MPs from the UK Parliament Members API (Open Parliament Licence v3.0). {len(names)} MPs.
# - {PARLPARSE}, {PROFILES}, {", ".join(SOCIAL.values())}
#   commit {parl.commit} ({parl.date}; social-media-commons.xml changed {parl.changed(SOCIAL["commons"])}):
#   mySociety's TheyWorkForYou member data (software AGPL-3.0-or-later; no data licence stated;
#   facts only taken, no code). social-media-sp.xml (changed {parl.changed(SOCIAL["scottish parliament"])}) and
#   social-media-ni.xml (changed {parl.changed(SOCIAL["northern ireland assembly"])}) hold the members of then.
#   {len(handles)} handles (X/Twitter, Bluesky), {mp_handles} of them sitting MPs'.
# - {PARLPARSE}, {SP_MINISTERS} at commit {parl.commit} (changed {parl.changed(SP_MINISTERS)}),
#   {SP_WIKIPEDIA} at commit {pages_commit} (the newest that lists anyone):
#   the {len(ministers)} MSPs named there in the Scottish Government, posts begun since the First
#   Minister's on {since} and not ended.
# - {PARLPARSE}, {PROFILES} at commit {parl.commit} (changed {parl.changed(PROFILES)}, its one version), with
#   {SP_WIKIPEDIA} as above for the names: the {len(msps)} other MSPs it links to the Scottish
#   Parliament's site, the members of session 6 (2021-2026) then. Those first elected in May 2026 are
#   not among them, and some are now former MSPs: no dated source of session 7's members was found.
# - {CONGRESS[0]}, {CONGRESS[1]}, {CONGRESS[2]}
#   commit {us_repo.commit} ({us_repo.date}; {CONGRESS[1]} changed {us_repo.changed(CONGRESS[1])}):
#   the {us_members} sitting members of the US Congress and their party ({len(us_names)} ways of writing
#   their names), and {len(us_handles)} of their official X handles (among the handles below), from the
#   @unitedstates project (CC0 1.0, public domain).
# MSs' and MLAs' names are not here, nor session 7's new MSPs': parlparse keeps them in
# members/people.json, over the snapshots' 4 MiB limit, and no other public repository found holds
# them (official-profiles.xml names no Senedd member, and links only some MLAs to a Wikipedia page).
# Their parties and leaders are in political.toml.
# Handles that are ordinary English words or shorter than {_MIN_HANDLE} letters are left out.
"""
    mp_lines = _lines_by_party(names)
    us_lines = _lines_by_party(us_names)
    return (
        header
        + "\n# Sitting MPs by name, by party.\n[lists.mp]\nphrases = [\n"
        + "\n".join(mp_lines)
        + "\n]\n\n# Members of the devolved parliaments by name: the Scottish Government's MSPs, then"
        + " session 6's other MSPs.\n[lists.member]\nphrases = [\n"
        + "\n".join(f'  "{name}",  # {role}' for name, role in ministers.items())
        + "\n  # MSPs in session 6 (2021-2026)\n"
        + _toml_list(msps)
        + "\n]\n\n# Sitting members of the US Congress by name, by party.\n[lists.congress]\nphrases = [\n"
        + "\n".join(us_lines)
        + "\n]\n\n# Handles of MPs, MSPs, MLAs and members of the US Congress (the word after @)."
        + "\n[lists.handle]\nphrases = [\n"
        + _toml_list(sorted(handles))
        + "\n]\n"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR, help="where the snapshots are (OWNER+NAME/repo)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.write_text(build(args.mirror), encoding="utf-8")
    print(f"wrote {args.out}")
    missing = unread_parties(sitting_mps(args.mirror)[1])
    if missing:
        print("parties with seats at Westminster that political.toml does not know:", ", ".join(missing))
        raise SystemExit(1)
    print("every party with seats at Westminster is read as a party")


if __name__ == "__main__":
    main()
