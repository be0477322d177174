"""Regenerate pychecker/packs/nhp/lists/insult-lexicon.toml: slurs and insults from a maintained,
licensed public lexicon, as two slots the tone rules fill their lists with (`{lexicon_slur}` in
discriminatory-language's `offensive`, `{lexicon_insult}` in respectful-tone's `strong`).

Source (a public GitHub repository, read from a local git snapshot: the search tool's `fetch
github:surge-ai/profanity` puts one at /work/.mirror/surge-ai+profanity/repo; CI never runs this):

- `surge-ai/profanity`, `profanity_en.csv`: about 1,600 English profanities, each rated by
  human raters for severity (1 mild to 3 severe) and put in categories (racial / ethnic slurs,
  sexual orientation / gender, mental disability, other / general insult ...). MIT licence,
  copyright (c) 2021 Surge AI; the notice is copied into the file written.

Kept, lower-cased, letters, spaces, hyphens and apostrophes only (a masked spelling such as
"n1gg3r" is read by the checker's disguises, `Text.disguises`, from the plain word):
- slurs: entries in an identity category (racial / ethnic, sexual orientation / gender, mental
  or physical disability) rated >= SLUR_SEVERITY, whose canonical form is itself a slur (not
  "fuck" or "ass", which that category also holds), less words with an everyday sense (`EVERYDAY`);
- insults: entries of any category rated >= INSULT_SEVERITY that name a person (end in one of
  `PERSON_ENDINGS`: "-fucker", "-head", "-face", "-tard"), less `EVERYDAY`;
- spellings: the lexicon's other one-word spellings of a name the pack aims at people, by the
  entry's canonical form (`SPELLED`: "biatch", "beyotch" for "bitch"; "azz" for "ass"; "whoar"),
  three slots `lexicon_spelling_<kind>` read by respectful-tone's `noun` and
  discriminatory-language's `sex-slur` / `sex-slur-of-woman`; and the n-word's "-a" spellings
  (`lexicon_spelling_in_group`: "nigga", "nigguh"), an insult in discriminatory-language's
  `offensive` only with an insult before them.
The output names the commit and its date, so a refresh shows in review as a diff of words.

Usage: python3 tools/make_insults.py [--mirror DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror/surge-ai+profanity/repo")
OUT = ROOT / "pychecker" / "packs" / "nhp" / "lists" / "insult-lexicon.toml"
SLUR_SEVERITY = 2.2
INSULT_SEVERITY = 1.6
IDENTITY = {"racial / ethnic slurs", "sexual orientation / gender", "mental disability", "physical disability"}
# Canonical forms in the identity categories that are general swearing, not a slur on who someone is.
NOT_IDENTITY = {
    "fuck",
    "ass",
    "arse",
    "butt",
    "bum",
    "shit",
    "damn",
    "bang",
    "cock",
    "dick",
    "penis",
    "knob",
    "pussy",
    "bitch",
    "twat",
    "motherfucker",
    "hoe",
    "slut",
    "cunt",
    "skank",
    "whore",
    "tramp",
    "tart",
    "slag",
    "dumbass",
}
PERSON_ENDINGS = (
    "fucker",
    "fuckers",
    "head",
    "heads",
    "face",
    "faces",
    "tard",
    "tards",
    "wit",
    "wits",
    "hole",
    "holes",
)
# Words with an everyday or historical sense a post may mean ("crows", "nuggets", a "bender", a
# dog's "mongrel", "Negroes" in a quoted civil-rights speech).
EVERYDAY = {
    "abbie",
    "buttermilk",
    "crows",
    "crow",
    "nig",
    "jap",
    "nuggets",
    "knickers",
    "greaser",
    "klan",
    "jim crow",
    "cholo",
    "coolie",
    "spook",
    "spooks",
    "bender",
    "flamer",
    "flamers",
    "tart",
    "gyp",
    "jigger",
    "jiggs",
    "mongrel",
    "mong",
    "cotton picker",
    "zip in the wire",
    "loose woman",
    "nympho",
    "hustler",
    "bitchin",
    "bitching",
    "bitched",
    "bitchy",
    "twink",
    "bean queen",
    "pancake face",
    "shylock",
    "sheister",
    "shiester",
    "heeb",
    "jigga",
    "oven dodger",
    "pedobear",
    "girlieboy",
    "girlyboy",
    "gayest",
    "gayness",
    "homosexual",
    "lesbian",
    "transvestite",
    "blackhead",
    "blackheads",
    "nicker",
    "negroes",
    "negroid",
    "shithole",
    "anal hole",
    "slut hole",
    "airhead",
    "redhead",
    "redheads",
    "egghead",
    "pothead",
    "bonehead",
    "butthead",
    "meathead",
    "knucklehead",
}
# Words with a slur sense and an everyday one ("a fag" is a cigarette, "faggots and peas", "a chink
# in the armour", "Offa's Dyke", "homo sapiens"): the pack's own lists decide about them by context
# (`disc_slur_person` in discriminatory-language.toml: name-calling only).
CONTEXTUAL = {
    "fag",
    "fags",
    "faggot",
    "faggots",
    "dyke",
    "homo",
    "homos",
    "chink",
    "coon",
    "coons",
    "retard",
    "tard",
    "paki",
    "cripple",
    "mong",
    "spaz",
    "wog",
    "gook",
    "spic",
}
_PLAIN = re.compile(r"[a-z][a-z' -]*[a-z]")
# Other spellings the lexicon gives of a name the pack aims at people ("biatch", "beyotch" for
# "bitch"; "azz" for "ass"; "hoez"), one slot per kind of name: sex-specific slurs (`sex_slur`:
# discriminatory-language's `sex-slur` and respectful-tone's names), "bitch" and "cunt"
# (`of_woman`: derogatory about sex when said of a woman), and other names for a person (`name`).
# Masked spellings ("b1tch", "sk@nk") are the checker's disguises (`Text.disguises`); these are the
# spellings that sound the word out, which no disguise undoes. Words, not forms of a verb or an
# adjective ("bitching", "skanky", "cuntless"), nor real words of their own ("hoar", "bastinado").
SPELLED = {
    "sex_slur": {"slut", "whore", "hoe", "skank", "slag", "thot"},
    "of_woman": {"bitch", "cunt"},
    "name": {"ass", "bastard", "dick", "prick", "twat", "asshole", "dickhead", "dumbass", "jackass"},
}
NOT_A_NAME = re.compile(r"(?:ing|in|ed|y|ish|ness|less|like|lick|licker|licking|slap)$")
SPELLING_REACH = 3  # a spelling of a sex-specific slur is at most this much longer ("bizzach"), not a compound
NOT_SPELLING = {
    "hoar",
    "bastinado",
    "dix",
    "dumbarrassed",
    "bitcher",
    "bitchers",
    "diks",
    "dlck",
    "dlcks",
    "markasses",
    "darkass",
    "azz",  # mostly the body ("back that azz up")
    "cuntits",
    # "son of a bitch", "bitch ass": said to men, not of a woman
    "soab",
    "sumbitch",
    "bitchass",
}
# The -a spellings of the n-word ("nigga", "niggas"), mostly in-group address: the pack's own lists
# decide about those (discriminatory-language.toml); the lexicon gives the -er forms.
_IN_GROUP = re.compile(r"n\w*?(?:a|ah|uh)(?:s|z|hs|hz|ss|sses|zes|zzes)?")


def read_rows(mirror: Path) -> tuple[list[dict[str, str]], str]:
    """The lexicon's rows and `commit date` of the snapshot read."""
    git = ["git", "--git-dir", str(mirror)]  # a bare snapshot, as `fetch` writes it
    text = subprocess.run([*git, "show", "HEAD:profanity_en.csv"], capture_output=True, text=True, check=True).stdout
    stamp = subprocess.run([*git, "log", "-1", "--format=%H %cs"], capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(text))), stamp.strip()


def select(rows: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """(slurs, insults), each sorted and without repeats."""
    slurs, insults = set(), set()
    for row in rows:
        word = row["text"].strip().lower().replace("-", " ")  # the lexicon's phrases are words and spaces
        if not _PLAIN.fullmatch(word) or word in EVERYDAY | CONTEXTUAL or len(word) < 3 or _IN_GROUP.fullmatch(word):
            continue
        severity = float(row["severity_rating"] or 0)
        categories = {row["category_1"], row["category_2"], row["category_3"]}
        if categories & IDENTITY and severity >= SLUR_SEVERITY and row["canonical_form_1"] not in NOT_IDENTITY:
            slurs.add(word)
        elif severity >= INSULT_SEVERITY and word.endswith(PERSON_ENDINGS):
            insults.add(word)
    return sorted(slurs), sorted(insults - slurs)


def spellings(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """Kind -> the lexicon's one-word spellings of that kind's names, sorted, less each name itself
    and its plain plural (the pack's lists hold those)."""
    found: dict[str, set[str]] = {kind: set() for kind in SPELLED}
    for row in rows:
        word, canonical = row["text"].strip().lower(), row["canonical_form_1"].strip().lower()
        for kind, names in SPELLED.items():
            if canonical not in names or not word.isalpha() or word in NOT_SPELLING:
                continue
            if word in names or word in {canonical + "s", canonical + "es"} or len(word) < 3:
                continue
            if NOT_A_NAME.search(word) or (kind != "name" and len(word) > len(canonical) + SPELLING_REACH):
                continue
            found[kind].add(word)
    # the n-word's "-a" spellings ("nigga", "nigguh"), an insult only with one before them (the
    # pack's `offensive`: "dumb nigga"); the lexicon's plain ones led by "nig", less "-ass" forms
    found["in_group"] = {
        word
        for row in rows
        if (word := row["text"].strip().lower()).isalpha()
        and row["canonical_form_1"].strip().lower() == "nigger"
        and _IN_GROUP.fullmatch(word)
        and word.startswith("nig")
        and word != "nigra"
        and not word.endswith(("ass", "asses"))
    }
    return {kind: sorted(words) for kind, words in found.items()}


def render(slurs: list[str], insults: list[str], stamp: str, spelled: dict[str, list[str]] | None = None) -> str:
    def slot(name: str, words: list[str]) -> str:
        lines, line = [], "  "
        for word in words:
            item = f'"{word}", '
            if len(line) + len(item) > 100:
                lines.append(line.rstrip())
                line = "  "
            line += item
        lines.append(line.rstrip())
        return f"{name} = [\n" + "\n".join(lines) + "\n]\n"

    head = (
        "# Generated by tools/make_insults.py: do not edit by hand (change the tool and run it again).\n"
        f"# Source: github.com/surge-ai/profanity, profanity_en.csv, commit {stamp}.\n"
        "# Licence: MIT License, Copyright (c) 2021 Surge AI. Permission is hereby granted, free of charge,\n"
        "# to any person obtaining a copy of this software and associated documentation files, to deal in\n"
        "# the Software without restriction, subject to including this notice; THE SOFTWARE IS PROVIDED\n"
        '# "AS IS", WITHOUT WARRANTY OF ANY KIND (full text: the repository\'s LICENSE file).\n'
        f"# Slurs: identity categories rated >= {SLUR_SEVERITY}; "
        f"insults: names for a person rated >= {INSULT_SEVERITY}.\n\n"
        "[slots]\n"
    )
    out = head + slot("lexicon_slur", slurs) + slot("lexicon_insult", insults)
    for kind, words in (spelled or {}).items():
        out += slot(f"lexicon_spelling_{kind}", words)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows, stamp = read_rows(args.mirror)
    slurs, insults = select(rows)
    args.out.write_text(render(slurs, insults, stamp, spellings(rows)), encoding="utf-8")
    print(f"wrote {args.out}: {len(slurs)} slurs, {len(insults)} insults from {len(rows)} entries ({stamp})")


if __name__ == "__main__":
    main()
