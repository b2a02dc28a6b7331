#!/usr/bin/env python3
"""Write generator/data/en/subdivisions.yaml: the states, provinces, regions and counties of
every country, from the ISO 3166-2 tables that pycountry ships.

    pip install pycountry && python scripts/subdivisions.py

Run it again when pycountry's tables change; edit the filters here, not the written file.
The extractor reads the file as more of the gazetteer: a name listed there is a place even
where the model took it for a person ("Mato Grosso") or an organisation ("Rondônia").

ISO writes a country's subdivisions in its own language, romanised with diacritics ("Lōgar",
"Uttarākhand"); English news mostly writes them without ("Logar", "Uttarakhand"), so the plain
spelling is the name and ISO's a variant. Left out, because they would turn ordinary words and
people's names into places: levels below the first that name towns or wards (municipalities,
parishes, communes, boroughs), names that are a given name ("Victoria", "Georgia" is kept from
the hand-made gazetteer), a word English writes in lower case ("Centre", "Central", "Nord"), names
shorter than four letters, and names with commas, brackets or a script other than Latin.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.names import without_accents  # noqa: E402

DATA = ROOT / "generator" / "data" / "en"
OUT = DATA / "subdivisions.yaml"

# First-level units and the counties of the countries that have them; not towns or wards.
KINDS = {
    "Administrative region",
    "Autonomous community",
    "Autonomous district",
    "Autonomous province",
    "Autonomous region",
    "Autonomous republic",
    "Canton",
    "Capital territory",
    "Council area",
    "Country",
    "County",
    "Department",
    "Emirate",
    "Federal district",
    "Federal territory",
    "Governorate",
    "Land",
    "Metropolitan department",
    "Metropolitan region",
    "Nation",
    "Oblast",
    "Prefecture",
    "Province",
    "Region",
    "Regional state",
    "Republic",
    "State",
    "Territory",
    "Two-tier county",
    "Unitary authority",
    "Union territory",
    "Voivodship",
}
# Words a unit's name takes in its own language for the kind of unit: "Hubei Sheng", "Beijing Shi"
UNIT_WORDS = {"Sheng", "Shi", "Zizhiqu", "Respublika", "Oblast", "oblast", "oblast'", "Kray", "kray"}
# Capitalised words that are also English words or directions: never a place on their own
COMMON = {
    "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "capital", "coast", "lakes", "upper", "lower", "island", "islands",
    "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "centro", "mountain", "plateau",
    "valley", "river", "sea", "bay", "city", "highlands", "lowlands", "midlands", "border",
    "interior", "littoral", "savanes", "plateaux", "lagunes", "grand", "greater", "new",
}  # fmt: skip
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ’' .-]+$")


plain = without_accents


def main() -> None:
    gazetteer = yaml.safe_load((DATA / "gazetteer.yaml").read_text(encoding="utf-8"))
    known = set(gazetteer["places"]) | set(gazetteer["variants"])
    given = set(yaml.safe_load((DATA / "given_names.yaml").read_text(encoding="utf-8"))["given_names"])
    places: set[str] = set()
    variants: dict[str, str] = {}
    for unit in pycountry.subdivisions:
        if unit.type not in KINDS:
            continue
        words = unit.name.split()
        if words and words[-1] in UNIT_WORDS:
            words = words[:-1]
        name = " ".join(words)
        if not LATIN.match(name) or len(plain(name)) < 4 or not name[:1].isupper():
            continue
        if len(words) == 1 and (name in given or plain(name) in given or name.lower() in COMMON):
            continue
        if any(w.lower() in COMMON for w in words) and len(words) == 2 and words[0].lower() in COMMON:
            continue  # "North East", "Upper West": directions alone
        if name in known or plain(name) in known:
            continue
        # the plain spelling is the name, as in the gazetteer ("Zürich: Zurich")
        places.add(plain(name))
        if plain(name) != name:
            variants[name] = plain(name)
    header = (
        "# Written by scripts/subdivisions.py from the ISO 3166-2 tables of pycountry "
        f"{pycountry.__version__ if hasattr(pycountry, '__version__') else ''}".rstrip()
        + ": edit the script, not this file.\n"
        "# The states, provinces, regions and counties of every country, read as the gazetteer is\n"
        "# (gazetteer.yaml: `places` are names, `variants` other spellings of them).\n"
    )
    body = yaml.safe_dump(
        {"places": sorted(places), "variants": dict(sorted(variants.items()))},
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(places)} places, {len(variants)} variants")


if __name__ == "__main__":
    main()
