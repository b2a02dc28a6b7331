"""A briefing extracted from a few paragraphs, for the tests of each extractor."""

from __future__ import annotations

from datetime import date

from generator.extraction import extract_briefing
from generator.readers import Source


def brief(nlp, lexicon, paragraphs: list[str], published: date | None = None, title: str = "A title"):
    source = Source(path="seeds/test.txt", sha256="0" * 64, text="\n\n".join(paragraphs))
    source.paragraphs = paragraphs
    source.title = title
    source.published = published
    return extract_briefing(source, nlp, lexicon)


def people(briefing) -> dict[str, object]:
    return {p.name: p for p in briefing.people}
