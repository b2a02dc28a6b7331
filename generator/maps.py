"""A map of the places the sources name, as inline SVG made at build time.

Where a place is comes from generator/data/map.json (GeoNames' towns and countries, Natural
Earth's country outlines), written by scripts/mapdata.py, and generator/data/regions.json (states,
provinces, oblasts: the middle of their towns), written by scripts/regiondata.py and extended by
a project's lexicon/regions.yaml: no tile, no script, no request to another host. A place is
found by its name or any spelling its sources use ("Киев", "Kiev": Kyiv),
compared as names.py's keys. The view fits the places shown, with a margin, so a corpus about
Eastern Europe gets a map of Eastern Europe. Colours come from Material's CSS variables through
classes (assets/briefings.css), so both palettes stay readable; the drawing scales to a phone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .charts import UNINDEXED, _text
from .corpus import Corpus, CorpusEntity
from .lexicon import Lexicon
from .links import Links
from .markup import Md
from .names import name_key
from .schema import Briefing

MAP_DATA = Path(__file__).parent / "data" / "map.json"
REGION_DATA = Path(__file__).parent / "data" / "regions.json"
WIDTH, HEIGHT = 800, 500
MARGIN = 0.15  # of the markers' extent, on each side
MIN_SPAN = 8.0  # degrees of latitude: one town alone is shown with its region around it
LABELS = 16  # markers named on the drawing (the most mentioned); every one has its <title>
PHONE_LABELS = 6  # of those, named on a phone too, where the drawing is half as wide
LABEL_SIZE, PHONE_LABEL_SIZE = 16, 28  # font sizes in the drawing's units (assets/briefings.css)
FAR = 25.0  # degrees from the middle of the places' mentions: a place that far off is "far"
FAR_SHARE = 0.1  # far places holding less than this share of the mentions are left off the view
LISTED = 20  # names listed under the map as off it or not on it; the others are counted
REGION_RADIUS = 9.0  # the smallest ring of a region, in the drawing's units
MOST = 200  # places a map shows at most, the most mentioned: no page grows with the corpus


@dataclass(frozen=True)
class MapData:
    places: dict[str, tuple[float, float]]  # name_key -> (longitude, latitude)
    countries: frozenset[str]  # name_keys of countries: marked at their capital, drawn as a ring
    codes: dict[str, str]  # ISO 3166 alpha-2 ("US") -> the country's name, for a name in capitals
    outlines: tuple[tuple[tuple[float, ...], ...], ...]  # per country, rings of lon, lat, lon, lat...


@cache
def map_data(path: Path = MAP_DATA) -> MapData:
    """The committed map data, read once per process."""
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    places: dict[str, tuple[float, float]] = {}
    for name, (lon, lat) in raw["places"].items():
        places.setdefault(name_key(name), (lon, lat))
    outlines = tuple(tuple(tuple(v / 10 for v in ring) for ring in shape[1:]) for shape in raw["outlines"])
    return MapData(places, frozenset(name_key(n) for n in raw["countries"]), raw["codes"], outlines)


@cache
def _bundled_regions(path: Path = REGION_DATA) -> dict[str, Any]:
    regions: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["regions"]
    return regions


@lru_cache(maxsize=8)
def _region_points(project: str) -> dict[str, tuple[float, float]]:
    """name_key of a region's name or alias -> (longitude, latitude): the bundled table, then a
    project's own entries (`project`: its lexicon/regions.yaml as JSON), which win."""
    points: dict[str, tuple[float, float]] = {}
    for table in (_bundled_regions(), json.loads(project)):
        for name, region in table.items():
            lon, lat = region["at"]
            for spelling in (name, *(region.get("aliases") or [])):
                points[name_key(spelling)] = (lon, lat)
    return points


@dataclass(frozen=True)
class Regions:
    """Where the regions are, and the words a division's name ends with ("Donetsk Oblast")."""

    points: dict[str, tuple[float, float]]
    division_words: frozenset[str]
    genitive: frozenset[str] = frozenset()  # "of" of "Oblast of Donetsk" (grammar.yaml)

    @classmethod
    def of(cls, lexicon: Lexicon | None) -> Regions:
        project = (lexicon.raw.get("regions") or {}).get("regions") or {} if lexicon else {}
        words = lexicon.words("places", "division_nouns") if lexicon else frozenset()
        genitive = lexicon.words("grammar", "genitive_prepositions") if lexicon else frozenset()
        points = _region_points(json.dumps(project, sort_keys=True))
        return cls(points, frozenset(name_key(w) for w in words), genitive)

    def division(self, key: str) -> str | None:
        """The region a name says is a division names ("donetsk oblast", "oblast of donetsk"):
        its key in the table, else None."""
        words = key.split()
        while len(words) > 1 and words[-1] in self.division_words:
            words.pop()
        while len(words) > 1 and words[0] in self.division_words:
            words = words[2:] if len(words) > 2 and words[1] in self.genitive else words[1:]
        core = " ".join(words)
        return core if core != key and core in self.points else None


@dataclass(frozen=True)
class Marker:
    entity: CorpusEntity
    mentions: int  # across the corpus on the places page, in its source on a briefing's
    lon: float
    lat: float
    country: bool
    region: bool = False  # a state, province or region, marked at the middle of its towns


Places = Iterable[tuple[CorpusEntity, int]]  # each place, and the mentions its marker is sized by


def locate(places: Places, lexicon: Lexicon | None = None) -> tuple[list[Marker], list[CorpusEntity]]:
    """The places the map data knows, as markers (most mentioned first), and those it does not.

    A name that says it is a division ("Donetsk Oblast") is the region; any other is a town or a
    country first ("Donetsk" is the city), a region when no town or country is so named ("Volyn");
    `lexicon`: the site's language data, whose lexicon/regions.yaml adds regions."""
    data = map_data()
    regions = Regions.of(lexicon)
    markers, unknown = [], []
    for entity, mentions in places:
        # the page's name first, then its other spellings in a fixed order
        spellings = [entity.name, *sorted(entity.spellings)]
        keys = [name_key(data.codes.get(s, s) if s.isupper() else s) for s in spellings]
        division = next((d for d in map(regions.division, keys) if d), None)
        key = next((k for k in keys if k in data.places), None)
        if division is not None:
            lon, lat = regions.points[division]
            markers.append(Marker(entity, mentions, lon, lat, country=False, region=True))
        elif key is not None:
            lon, lat = data.places[key]
            markers.append(Marker(entity, mentions, lon, lat, key in data.countries))
        elif region := next((k for k in keys if k in regions.points), None):
            lon, lat = regions.points[region]
            markers.append(Marker(entity, mentions, lon, lat, country=False, region=True))
        else:
            unknown.append(entity)
    markers.sort(key=lambda m: (-m.mentions, m.entity.name))
    return markers, unknown


@dataclass(frozen=True)
class View:
    """The part of the world shown: longitudes and latitudes, and the projection onto the drawing."""

    west: float
    east: float
    south: float
    north: float

    @property
    def stretch(self) -> float:
        # an equirectangular map drawn true to scale at the view's middle latitude
        return math.cos(math.radians((self.south + self.north) / 2))

    def x(self, lon: float) -> float:
        return (lon - self.west) / (self.east - self.west) * WIDTH

    def y(self, lat: float) -> float:
        return (self.north - lat) / (self.north - self.south) * HEIGHT


def fit(markers: list[Marker]) -> View:
    """The view around the markers, with a margin, in the drawing's proportions."""
    west, east = min(m.lon for m in markers), max(m.lon for m in markers)
    south, north = min(m.lat for m in markers), max(m.lat for m in markers)
    lat_span = max(north - south, MIN_SPAN) * (1 + 2 * MARGIN)
    middle_lat = (south + north) / 2
    stretch = math.cos(math.radians(max(-70.0, min(70.0, middle_lat))))
    lon_span = max(east - west, MIN_SPAN) * (1 + 2 * MARGIN)
    # widen the narrower side so that a degree east is `stretch` of a degree north on the drawing
    if lon_span * stretch / lat_span < WIDTH / HEIGHT:
        lon_span = lat_span * WIDTH / HEIGHT / stretch
    else:
        lat_span = lon_span * stretch * HEIGHT / WIDTH
    middle_lon = (west + east) / 2
    south, north = middle_lat - lat_span / 2, middle_lat + lat_span / 2
    if north > 85:  # keep the view on the globe: shifted, not cut
        south, north = south - (north - 85), 85.0
    if south < -85:
        south, north = -85.0, north + (-85 - south)
    return View(middle_lon - lon_span / 2, middle_lon + lon_span / 2, south, north)


def _middle(values: list[tuple[float, int]]) -> float:
    """The median weighted by mentions: where half the mentions lie either side."""
    ordered = sorted(values)
    half, running = sum(max(w, 1) for _, w in ordered) / 2, 0
    for value, weight in ordered:
        running += max(weight, 1)
        if running >= half:
            return value
    return ordered[-1][0]


def split_far(markers: list[Marker]) -> tuple[list[Marker], list[Marker]]:
    """The markers the view fits, and the few far off it leaves out (listed under the map).

    A corpus about Belarus that names Washington and Geneva once would otherwise get a map of
    half the world, its Minsk and Kyiv a few pixels apart. Far places are left off only while
    they hold less than FAR_SHARE of the mentions: otherwise the map is of all of them.
    """
    lon = _middle([(m.lon, m.mentions) for m in markers])
    lat = _middle([(m.lat, m.mentions) for m in markers])
    stretch = math.cos(math.radians(lat))
    far = [m for m in markers if math.hypot((m.lon - lon) * stretch, m.lat - lat) > FAR]
    total = sum(m.mentions for m in markers)
    if not far or len(far) == len(markers) or sum(m.mentions for m in far) >= FAR_SHARE * total:
        return markers, []
    return [m for m in markers if m not in far], far


def _outline_paths(view: View) -> str:
    west, east, south, north = view.west, view.east, view.south, view.north
    width, height = east - west, north - south
    paths = []
    for shape in _ring_bounds():
        rings = []
        for lons, lats, (ring_west, ring_east, ring_south, ring_north) in shape:
            if ring_east < west or ring_west > east or ring_north < south or ring_south > north:
                continue
            # View.x and View.y written out: the same arithmetic, without a call per point
            points = " ".join(
                f"{(lon - west) / width * WIDTH:.0f} {(north - lat) / height * HEIGHT:.0f}"
                for lon, lat in zip(lons, lats, strict=True)
            )
            rings.append(f"M{points}Z")
        if rings:
            paths.append(f'<path class="map-land" d="{"".join(rings)}"/>')
    return "".join(paths)


Bounds = tuple[float, float, float, float]  # west, east, south, north


@cache
def _ring_bounds() -> tuple[tuple[tuple[tuple[float, ...], tuple[float, ...], Bounds], ...], ...]:
    """Each outline's rings as longitudes, latitudes and bounds, worked out once: every briefing's map
    asked each of the 284 rings for them again (a third of its outlines' CPU)."""
    shapes = []
    for shape in map_data().outlines:
        rings = []
        for ring in shape:
            lons, lats = ring[0::2], ring[1::2]
            rings.append((lons, lats, (min(lons), max(lons), min(lats), max(lats))))
        shapes.append(tuple(rings))
    return tuple(shapes)


def _radius(mentions: int, most: int) -> float:
    """Area grows with the mentions: a place named ten times as often looks ten times as large."""
    return 4 + 14 * math.sqrt(mentions / most) if most else 4


def _marker_radius(marker: Marker, most: int) -> float:
    # a dashed ring smaller than this reads as a speck: a region named once is still an area
    radius = _radius(marker.mentions, most)
    return max(radius, REGION_RADIUS) if marker.region else radius


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _box(x: float, y: float, anchor: str, text: str, size: float) -> Box:
    """Roughly where a label's letters fall (a bold letter is about 0.6 of the font size wide)."""
    width = 0.6 * size * len(text)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    return (left, y - 0.75 * size, left + width, y + 0.15 * size)


def _overlaps(box: Box, boxes: list[Box]) -> bool:
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes)


def _labels(placed: list[tuple[Marker, float, float, float]]) -> list[str]:
    """Names beside the most mentioned markers, each where it overlaps no name set before it (else
    left off: its marker still has its title). On a phone, where names are drawn larger, only
    PHONE_LABELS of them that overlap none there either, towns before countries (a ring around
    the capital shows its country without its name)."""
    wide: list[Box] = []
    chosen: list[tuple[Marker, float, float, str]] = []
    for m, x, y, r in placed[:LABELS]:
        # a country's name above its ring, a town's beside its dot: a capital and its country
        # share a point, so the markers a name must not cover are the others'
        others = [
            (ox - orr, oy - orr, ox + orr, oy + orr)
            for _, ox, oy, orr in placed
            if abs(ox - x) + abs(oy - y) > 1
        ]
        right, left = (x + r + 3, y + 5, "start"), (x - r - 3, y + 5, "end")
        above, below = (x, y - r - 4, "middle"), (x, y + r + 15, "middle")
        for lx, ly, anchor in (above, below, right, left) if m.country else (right, left, below, above):
            box = _box(lx, ly, anchor, m.entity.name, LABEL_SIZE)
            if not _overlaps(box, wide + others) and box[0] >= 0 and box[2] <= WIDTH:
                wide.append(box)
                chosen.append((m, lx, ly, anchor))
                break
    phone: list[Box] = []
    on_phone: set[int] = set()
    for m, lx, ly, anchor in sorted(chosen, key=lambda c: c[0].country):  # stable: by mentions within
        big = _box(lx, ly, anchor, m.entity.name, PHONE_LABEL_SIZE)
        if len(phone) < PHONE_LABELS and not _overlaps(big, phone):
            phone.append(big)
            on_phone.add(id(m))
    labels = []
    for m, lx, ly, anchor in chosen:
        css = "map-label map-country-label" if m.country else "map-label"
        if id(m) not in on_phone:
            css += " map-label-minor"
        at = f'x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}"'
        labels.append(f'<text {at} class="{css}">{_text(m.entity.name)}</text>')
    return labels


def map_svg(markers: list[Marker], links: Links, across: bool) -> str:
    """The drawing: country outlines, then a marker per place, linked to its page from that of `links`;
    `across`: the markers count the mentions of every source, not of one."""
    view = fit(markers)
    most = max(m.mentions for m in markers)
    marks = []
    for m in markers:  # most mentioned first: a small marker is drawn over a large one, never under
        x, y, r = view.x(m.lon), view.y(m.lat), _marker_radius(m, most)
        title = f"{m.entity.name}: {_plural(m.mentions, 'mention')}"
        if across:
            title += f" in {_plural(len(m.entity.sources), 'source')}"
        css = "map-mark map-country" if m.country else "map-mark map-region" if m.region else "map-mark"
        href = links.to(m.entity.page)
        marks.append(
            f'<a href="{_text(href)}"><title>{_text(title)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="{css}"/></a>'
        )
    labels = _labels([(m, view.x(m.lon), view.y(m.lat), _marker_radius(m, most)) for m in markers])
    return (
        f'<svg class="chart place-map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Map of {_plural(len(markers), "place")} named in the sources">'
        f'<rect class="map-sea" x="0" y="0" width="{WIDTH}" height="{HEIGHT}"/>'
        + _outline_paths(view)
        + "".join(marks)
        + "".join(labels)
        + "</svg>"
    )


def place_map(places: Places, links: Links, across: bool = True, lexicon: Lexicon | None = None) -> Md:
    """The map of these places, and the names of those it cannot show; `links`: the page's (the
    markers lead to the places' pages from there); `lexicon`: the site's language data (its
    regions). The names are text: the table of places beside the map links each to its page, and a
    list of links would say it again."""
    chosen = sorted(places, key=lambda pair: (-pair[1], pair[0].name))
    markers, unknown = locate(chosen[:MOST], lexicon)
    markers, far = split_far(markers) if markers else (markers, [])
    parts = []
    if markers:
        parts.append(
            f'<figure class="map-block" {UNINDEXED}>{map_svg(markers, links, across)}'
            f"<figcaption>{_caption(len(chosen))} sized by their mentions; a ring is a country, "
            f"marked at its capital{_region_note(markers)}. "
            "Towns, regions and countries: GeoNames (CC BY 4.0); outlines: Natural Earth."
            "</figcaption></figure>"
        )
    for label, entities in (("Far off the map", [m.entity for m in far]), ("Not on the map", unknown)):
        if entities:
            names = ", ".join(_text(e.name) for e in entities[:LISTED])
            more = f" and {len(entities) - LISTED} more" if len(entities) > LISTED else ""
            parts.append(f'<p class="map-unknown">{label}: {names}{more}.</p>')
    return Md("\n\n".join(parts) + "\n" if parts else "")


def _region_note(markers: list[Marker]) -> str:
    return "; a dashed ring a region, at the middle of its towns" if any(m.region for m in markers) else ""


def _caption(count: int) -> str:
    return f"The {MOST} places most mentioned," if count > MOST else "Places"


def corpus_places(corpus: Corpus) -> list[tuple[CorpusEntity, int]]:
    """Every place of the corpus, with its mentions across sources."""
    return [(entity, entity.mentions) for entity in corpus.entities["places"]]


def briefing_places(corpus: Corpus, briefing: Briefing) -> list[tuple[CorpusEntity, int]]:
    """A briefing's places as the corpus's entities (their pages), with the mentions in that source;
    two spellings of one place in a source are one marker."""
    found: dict[int, tuple[CorpusEntity, int]] = {}
    for place in briefing.places:
        entity = corpus.entity_of(briefing.id, "places", place.name)
        if entity is not None:
            _, before = found.get(id(entity), (entity, 0))
            found[id(entity)] = (entity, before + place.mentions)
    return list(found.values())
