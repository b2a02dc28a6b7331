"""A source's metadata, in its order of precedence."""

from __future__ import annotations

from datetime import date

import pytest

from generator.overrides import Override
from generator.readers import Source
from generator.readers.metadata import outlet_for, with_entry


def test_a_sources_yaml_entry_gives_a_new_source_over_the_one_read_which_stays_as_read():
    read = Source(path="seeds/a.txt", sha256="0" * 64, text="x", title="As read", outlet="The Site")
    entry = Override(title="Better", published=date(2022, 10, 11), language="ru", reliability="B2")
    decided = with_entry(read, entry)
    assert (decided.title, decided.published, decided.outlet) == ("Better", date(2022, 10, 11), "The Site")
    assert (decided.language, decided.language_basis, decided.reliability) == ("ru", "sources.yaml", "B2")
    assert (read.title, read.published, read.language, read.reliability) == ("As read", None, "en", None)


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("His office did not provide PolitiFact with further information.", "PolitiFact"),
        ("A spot-check of the firm by Kenyans.co.ke shows it was registered in 2019.", "Kenyans.co.ke"),
        ("The Daily Courier has obtained a copy of the letter sent to the council.", "The Daily Courier"),
        ("An official confirmed this to Reuters on Wednesday.", "Reuters"),
        # a person or a place in the same words is no outlet
        ("The memo was reviewed by Senator Jane Doe before it was sent.", None),
        ("The plan was explained to Ukraine by the envoys.", None),
    ],
)
def test_a_text_that_names_its_outlet_only_as_its_reporter_gets_that_outlet(lexicon, sentence, outlet):
    paragraphs = ["The council met on Monday to discuss the budget for next year.", sentence]
    source = Source(path="seeds/a.txt", sha256="0" * 64, text="\n\n".join(paragraphs))
    assert outlet_for(source, paragraphs, lexicon) == outlet
    # an address names the site first
    at = Source(path="seeds/a.txt", sha256="0" * 64, text="x", url="https://www.example.org/a/b")
    assert outlet_for(at, paragraphs, lexicon) == "example.org"


@pytest.mark.parametrize(
    ("stated", "outlet"),
    [
        ("Pakistan - EXAMPLEDAWN.COM", "EXAMPLEDAWN.COM"),  # a section, then the site's address
        ("Harbor News - Harbor City, Michigan", "Harbor News"),  # the site, then its town
        ("The Valley Times | Established 1890", "The Valley Times"),
        ("Smith - Jones", "Smith - Jones"),  # nothing tells which part: as stated
    ],
)
def test_a_site_name_stated_beside_a_section_or_a_place_is_the_sites_part(lexicon, stated, outlet):
    source = Source(path="seeds/a.txt", sha256="0" * 64, text="x", outlet=stated)
    assert outlet_for(source, [], lexicon) == outlet
