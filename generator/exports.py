"""The site's feeds and data files, for feed readers and analysts' own tools.

    feed.xml                 Atom 1.0: the newest briefings (title, date, bottom line, link)
    feed.json                JSON Feed 1.1: the same entries
    data/briefings.jsonl     every briefing as its schema has it, one JSON object a line
    data/entities.csv        one row per entity a source names
    data/quotes.csv, data/figures.csv, data/events.csv: one row per item, with its paragraph

Same inputs, same bytes: no build time is written, only the briefings' own dates. Addresses
are relative to the site's root (the feeds are at the root, so a reader resolves them against
the feed's own address): the site may be hosted anywhere. They are the built pages' addresses
(links.py), `briefings/x/` or, with MkDocs' `use_directory_urls: false`, `briefings/x.html`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from .corpus import Corpus
from .links import Links
from .markup import safe_url, without_bidi_controls
from .schema import ENTITY_KINDS, Briefing

ATOM = "http://www.w3.org/2005/Atom"
JSON_FEED = "https://jsonfeed.org/version/1.1"
FEED_SIZE = 200  # entries: a feed is read for what is new, and no file grows with the corpus but the data
FEED_ID_SPACE = uuid.UUID(
    "3f6f3bd2-6c4e-5b7e-9a53-6f0f5c1b7a10"
)  # a feed's and an entry's ids are uuid5 in it
UNDATED = "1970-01-01"  # Atom needs a date on every entry; a source with none (and no estimate) gets this

# XML 1.0 has no place for these: a briefing corrected by hand may hold one ("\x07" in YAML)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


SITE = Links("index.md")  # addresses from the site's root, where the feeds are


def each_export(corpus: Corpus, topic: str, directory_urls: bool = True) -> Iterator[tuple[str, str]]:
    """(address, text) of every feed and data file, made while the briefings still hold their text;
    `directory_urls`: MkDocs' setting, which the pages' addresses follow."""
    yield from each_feed(corpus, topic, directory_urls)
    yield from each_data_file(corpus, directory_urls)


def each_feed(corpus: Corpus, topic: str, directory_urls: bool = True) -> Iterator[tuple[str, str]]:
    """The feeds: the newest briefings, a file that does not grow with the corpus."""
    site = Links("index.md", directory_urls)
    yield "feed.xml", atom_feed(corpus, topic, site)
    yield "feed.json", json_feed(corpus, topic, site)


def each_data_file(corpus: Corpus, directory_urls: bool = True) -> Iterator[tuple[str, str]]:
    """The data files: every briefing and every item of each, files that grow with the corpus
    (37 MB at 1,000 synthetic sources); in the site, or written by `generator export` (the
    `data_files` setting)."""
    site = Links("index.md", directory_urls)
    yield "data/briefings.jsonl", briefings_jsonl(corpus)
    yield "data/entities.csv", entities_csv(corpus, site)
    yield "data/quotes.csv", quotes_csv(corpus, site)
    yield "data/figures.csv", figures_csv(corpus, site)
    yield "data/events.csv", events_csv(corpus, site)


def paragraph_address(site: Links, briefing: Briefing, ref: str | None = None) -> str:
    """A briefing's page (at the paragraph `ref`), from the site's root, as the site is built."""
    return site.to(f"briefings/{briefing.id}.md" + (f"#{ref}" if ref else ""))


def _date(briefing: Briefing) -> str:
    return briefing.sort_date or UNDATED


def _timestamp(day: str) -> str:
    """An RFC 3339 time for a date that may be only a year or a month ("2022-10" is 2022-10-01)."""
    parts = (day.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _clean(text: Any) -> str:
    """Text as a feed reader may show it: one line, no reordering controls, nothing XML refuses."""
    return " ".join(_NOT_XML.sub("", without_bidi_controls(str(text))).split())


def _bottom_line(briefing: Briefing) -> str:
    return _clean(" ".join(s.text for s in briefing.summary))


def _entry_id(topic: str, briefing: Briefing) -> str:
    # an entry keeps its id while its briefing keeps its id (the page address), whatever else changes
    return f"urn:uuid:{uuid.uuid5(FEED_ID_SPACE, f'{topic}/{briefing.id}')}"


def _newest(corpus: Corpus) -> list[Briefing]:
    return corpus.briefings[:FEED_SIZE]  # the corpus lists the newest first


def atom_feed(corpus: Corpus, topic: str, site: Links = SITE) -> str:
    """An Atom 1.0 feed of the newest briefings. ElementTree escapes every value."""
    ET.register_namespace("", ATOM)

    def add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        if text is not None:
            element.text = text
        return element

    briefings = _newest(corpus)
    feed = ET.Element(f"{{{ATOM}}}feed")
    add(feed, "id", f"urn:uuid:{uuid.uuid5(FEED_ID_SPACE, topic)}")
    add(feed, "title", _clean(f"{topic}: briefings"))
    add(feed, "updated", _timestamp(max((_date(b) for b in briefings), default=UNDATED)))
    add(feed, "link", rel="self", type="application/atom+xml", href="feed.xml")
    add(feed, "link", rel="alternate", type="text/html", href=site.to("index.md"))
    author = add(feed, "author")  # the entries' sources are credited in each entry
    add(author, "name", _clean(topic))
    add(feed, "generator", "briefings")
    for briefing in briefings:
        entry = add(feed, "entry")
        add(entry, "id", _entry_id(topic, briefing))
        add(entry, "title", _clean(briefing.title))
        add(entry, "updated", _timestamp(_date(briefing)))
        if briefing.published:
            add(entry, "published", _timestamp(briefing.published))
        for name in briefing.authors:
            add(add(entry, "author"), "name", _clean(name))
        add(entry, "link", rel="alternate", type="text/html", href=paragraph_address(site, briefing))
        original = safe_url(briefing.url)
        if original:
            add(entry, "link", rel="related", type="text/html", href=original)
        if briefing.outlet:
            add(entry, "category", term=_clean(briefing.outlet), label="outlet")
        add(entry, "summary", _bottom_line(briefing), type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def json_feed(corpus: Corpus, topic: str, site: Links = SITE) -> str:
    """A JSON Feed 1.1 of the same entries as the Atom feed."""
    items = []
    for briefing in _newest(corpus):
        item: dict[str, Any] = {
            "id": _entry_id(topic, briefing),
            "url": paragraph_address(site, briefing),
            "title": _clean(briefing.title),
            "content_text": _bottom_line(briefing),
            "date_published": _timestamp(_date(briefing)),
        }
        original = safe_url(briefing.url)
        if original:
            item["external_url"] = original
        if briefing.authors:
            item["authors"] = [{"name": _clean(name)} for name in briefing.authors]
        if briefing.outlet:
            item["tags"] = [_clean(briefing.outlet)]
        items.append(item)
    feed = {
        "version": JSON_FEED,
        "title": _clean(f"{topic}: briefings"),
        "authors": [{"name": _clean(topic)}],
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def briefings_jsonl(corpus: Corpus) -> str:
    """Every briefing as its schema has it (briefing.schema.json), one a line, newest first."""
    return "".join(
        json.dumps(b.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
        for b in corpus.briefings
    )


def _cell(value: Any) -> Any:
    """A value as a spreadsheet shows it and never runs: text that would start a formula gets a "'"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)  # 9000, not 9000.0 or 9e+03
    if isinstance(value, int):
        return str(value)
    text = without_bidi_controls(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _table(header: list[str], rows: Iterator[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()


def _source_columns(briefing: Briefing) -> list[Any]:
    """source_id, date, date_estimated."""
    return [briefing.id, briefing.sort_date, not briefing.published and bool(briefing.sort_date)]


SOURCE_HEADER = ["source_id", "date", "date_estimated"]


def entities_csv(corpus: Corpus, site: Links = SITE) -> str:
    """One row per entity a source names: its name there, and the entity across sources it joins."""

    def rows() -> Iterator[list[Any]]:
        for briefing in corpus.briefings:
            for kind in ENTITY_KINDS:
                for item in getattr(briefing, kind):
                    entity = corpus.entity_of(briefing.id, kind, item.name)
                    yield [
                        *_source_columns(briefing), kind, item.name, "; ".join(item.aliases),
                        getattr(item, "role", None), item.mentions,
                        entity.name if entity else "", site.to(entity.page) if entity else "",
                        paragraph_address(site, briefing, item.refs[0] if item.refs else None),
                    ]  # fmt: skip

    # paragraph: the first that names it (its briefing's page when none is recorded)
    header = [
        *SOURCE_HEADER,
        "kind",
        "name",
        "aliases",
        "role",
        "mentions",
        "entity",
        "entity_page",
        "paragraph",
    ]
    return _table(header, rows())


def quotes_csv(corpus: Corpus, site: Links = SITE) -> str:
    def rows() -> Iterator[list[Any]]:
        for briefing in corpus.briefings:
            for quote in briefing.quotes:
                yield [
                    *_source_columns(briefing), quote.speaker, quote.speaker_role, quote.text,
                    briefing.source.language, paragraph_address(site, briefing, quote.ref),
                ]  # fmt: skip

    return _table([*SOURCE_HEADER, "speaker", "speaker_role", "text", "language", "paragraph"], rows())


def figures_csv(corpus: Corpus, site: Links = SITE) -> str:
    """One row per figure. `subject` is what is counted, of whom or where, as the briefing gives it:
    empty until extraction fills it (issue 16, item 1), or a person writes it into the briefing."""

    def rows() -> Iterator[list[Any]]:
        for briefing in corpus.briefings:
            for f in briefing.figures:
                yield [
                    *_source_columns(briefing), f.value, f.low, f.high, f.qualifier, f.unit, f.counts,
                    f.subject, f.claimed_by, f.text, paragraph_address(site, briefing, f.ref),
                ]  # fmt: skip

    header = [*SOURCE_HEADER, "value", "low", "high", "qualifier", "unit", "counts", "subject", "claimant",
              "text", "paragraph"]  # fmt: skip
    return _table(header, rows())


def events_csv(corpus: Corpus, site: Links = SITE) -> str:
    def rows() -> Iterator[list[Any]]:
        for briefing in corpus.briefings:
            for event in briefing.events:
                yield [
                    *_source_columns(briefing), event.date, event.expression, event.text,
                    paragraph_address(site, briefing, event.ref),
                ]  # fmt: skip

    return _table([*SOURCE_HEADER, "event_date", "expression", "text", "paragraph"], rows())
