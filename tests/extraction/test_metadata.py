"""A title made when the source has none."""

from __future__ import annotations

from generator.extraction import extract_briefing
from generator.readers import Source


def test_source_without_headline_gets_a_short_generated_title(nlp, lexicon):
    source = Source(path="seeds/x.txt", sha256="0" * 64, text="")
    source.paragraphs = [
        "The decision by the Finnish government to close the last border crossing with Russia angered "
        "residents of the border towns, Yle reports.",
        "The crossing had been open for decades.",
    ]
    b = extract_briefing(source, nlp, lexicon)
    assert b.title_generated is True
    assert 0 < len(b.title) <= 120
    assert "Yle" in b.source.via


def test_generated_title_keeps_the_punctuation_of_a_date(nlp):
    from generator.extraction.metadata import generated_title

    title = generated_title("The talks were postponed until March 10, 2022, officials said.", nlp)
    assert "March 10, 2022" in title
