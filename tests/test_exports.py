"""The feeds and data files: valid, complete, escaped, and the same bytes for the same briefings."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

from generator.corpus import Corpus
from generator.exports import each_export
from generator.rendering import Renderer
from generator.schema import Briefing
from tests.test_rendering import make_briefing

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = 'A <b>bold</b> & "quoted" claim ]]> \x07 \u202e'


def exports(briefings: list[Briefing], topic: str = "Topic") -> dict[str, str]:
    return dict(each_export(Corpus(briefings), topic))


def sample() -> list[Briefing]:
    return [
        make_briefing(
            id="older",
            title="Older talks",
            published="2022-10-11",
            authors=["Jane Roe"],
            quotes=[{"text": "We will defend our border", "speaker": "Viktor Khrenin", "ref": "p1"}],
            figures=[
                {
                    "low": 4000,
                    "high": 6000,
                    "unit": "km",
                    "counts": "border",
                    "text": "A 4,000 km border.",
                    "subject": "the Belarus-Ukraine border",
                    "claimed_by": "Reuters",
                    "ref": "p1",
                },
                {
                    "value": 9000.0,
                    "qualifier": "up to",
                    "counts": "troops",
                    "text": "=HYPERLINK(1)",
                    "ref": "p1",
                },
            ],  # fmt: skip
            events=[{"date": "2022-10", "text": "Troops arrived.", "expression": "in October", "ref": "p1"}],
            people=[{"name": "Viktor Khrenin", "aliases": ["Khrenin"], "role": "Minister", "refs": ["p1"]}],
        ),
        make_briefing(
            id="newer",
            title=HOSTILE,
            published=None,
            published_estimate={"after": "2022-11-03", "basis": "latest date mentioned"},
            summary=[{"ref": "p1", "text": HOSTILE}],
        ),
    ]


def test_the_atom_feed_lists_every_briefing_newest_first_with_title_date_bottom_line_and_link():
    feed = ET.fromstring(exports(sample())["feed.xml"])
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in entries] == [
        "briefings/newer/",
        "briefings/older/",
    ]
    newer, older = entries
    assert newer.find(f"{ATOM}updated").text == "2022-11-03T00:00:00Z"  # its estimated date
    assert newer.find(f"{ATOM}published") is None  # the source prints none
    assert older.find(f"{ATOM}published").text == "2022-10-11T00:00:00Z"
    assert older.find(f"{ATOM}author/{ATOM}name").text == "Jane Roe"
    assert older.find(f"{ATOM}summary").text == "Troops moved to the border."
    assert feed.find(f"{ATOM}updated").text == "2022-11-03T00:00:00Z"  # the newest briefing's date
    # ids are absolute and distinct, as Atom requires
    ids = [e.find(f"{ATOM}id").text for e in entries] + [feed.find(f"{ATOM}id").text]
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)


def test_source_text_in_the_feeds_is_escaped_and_kept_as_text():
    files = exports(sample())
    cleaned = 'A <b>bold</b> & "quoted" claim ]]>'  # what XML cannot hold and the bidi control go
    newer = ET.fromstring(files["feed.xml"]).find(f"{ATOM}entry")
    assert newer.find(f"{ATOM}title").text == cleaned
    assert newer.find(f"{ATOM}summary").text == cleaned
    assert "<b>" not in files["feed.xml"]
    item = json.loads(files["feed.json"])["items"][0]
    assert item["title"] == cleaned and item["content_text"] == cleaned


def test_the_json_feed_is_version_1_1_with_the_same_entries():
    files = exports(sample())
    feed = json.loads(files["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["title"]
    atom = ET.fromstring(files["feed.xml"]).findall(f"{ATOM}entry")
    assert [item["id"] for item in feed["items"]] == [e.find(f"{ATOM}id").text for e in atom]
    older = feed["items"][1]
    assert older["url"] == "briefings/older/" and older["title"] == "Older talks"
    assert older["date_published"] == "2022-10-11T00:00:00Z"
    assert older["content_text"] == "Troops moved to the border."
    assert older["authors"] == [{"name": "Jane Roe"}]
    assert older["external_url"].startswith("https://www.themoscowtimes.com/")


def test_the_same_briefings_give_the_same_bytes_whatever_the_time():
    first = exports(sample())
    later = exports(list(reversed(sample())))  # read in another order, at another time
    assert first == later


def rows(text: str) -> list[dict[str, Any]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_figures_table_has_a_row_per_figure_with_values_claimant_date_and_paragraph():
    figures = rows(exports(sample())["data/figures.csv"])
    assert len(figures) == 2
    border, troops = figures
    assert border["source_id"] == "older" and border["date"] == "2022-10-11"
    assert border["date_estimated"] == "false"
    assert (border["value"], border["low"], border["high"], border["unit"]) == ("", "4000", "6000", "km")
    assert border["subject"] == "the Belarus-Ukraine border" and border["claimant"] == "Reuters"
    assert border["paragraph"] == "briefings/older/#p1"
    assert troops["value"] == "9000" and troops["qualifier"] == "up to" and troops["subject"] == ""
    # a cell a spreadsheet would run as a formula is shown as text
    assert troops["text"] == "'=HYPERLINK(1)"


def test_quotes_events_and_entities_tables_hold_every_item_with_its_source_and_paragraph():
    files = exports(sample())
    quotes, events, entities = (rows(files[f"data/{n}.csv"]) for n in ("quotes", "events", "entities"))
    assert [(q["source_id"], q["speaker"], q["text"], q["paragraph"]) for q in quotes] == [
        ("older", "Viktor Khrenin", "We will defend our border", "briefings/older/#p1")
    ]
    assert [(e["event_date"], e["expression"], e["paragraph"]) for e in events] == [
        ("2022-10", "in October", "briefings/older/#p1")
    ]
    [khrenin] = entities
    assert (khrenin["kind"], khrenin["name"], khrenin["aliases"], khrenin["role"]) == (
        "people", "Viktor Khrenin", "Khrenin", "Minister",
    )  # fmt: skip
    assert (
        khrenin["entity_page"] == "people/viktor-khrenin/" and khrenin["paragraph"] == "briefings/older/#p1"
    )


def test_every_briefing_is_a_line_of_the_jsonl_file_as_its_schema_has_it():
    briefings = sample()
    lines = exports(briefings)["data/briefings.jsonl"].splitlines()
    read = [Briefing.model_validate(json.loads(line)) for line in lines]
    assert sorted(read, key=lambda b: b.id) == sorted(briefings, key=lambda b: b.id)


def test_the_render_writes_the_feeds_and_data_files_beside_the_pages():
    pages = Renderer(None, "Topic").pages(Corpus(sample()))
    for name in ("feed.xml", "feed.json", "data/briefings.jsonl", "data/figures.csv", "data/events.csv"):
        assert pages[name], name
    # the jsonl file holds the source text, although the render drops it once a briefing's page is made
    assert all(json.loads(line)["body"] for line in pages["data/briefings.jsonl"].splitlines())
