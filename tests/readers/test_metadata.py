"""A source's metadata, in its order of precedence."""

from __future__ import annotations

from datetime import date

import pytest

from generator.overrides import Override
from generator.readers import Source
from generator.readers.metadata import outlet_for, publication_date, with_entry
from tests.readers.readkit import ARTICLE, read


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


def test_a_page_whose_header_gives_no_date_has_the_date_its_first_date_line_prints(tmp_path, lexicon):
    # a page copied whole, menu and headline with no blank line between them, its date printed
    # on a line of its own below a caption: the header's reading finds none, the first date line does
    menu = "\n".join(["Radio New Zealand", "Skip to content Menu", "Home", "News", "World", "Politics"])
    caption = "The minister at a press conference in the capital. Photo: RNZ / John Smith"
    text = "\n\n".join(
        [menu, "Minister says he is not concerned", caption, "7:16 pm on 21 October 2017", *ARTICLE]
    )
    source = read(tmp_path, lexicon, text)
    assert publication_date(source) == date(2017, 10, 21)


def test_an_html_page_has_no_date_from_the_lines_of_its_markup(lexicon):
    # the markup's lines are no reader's: a date alone on a line of a script is no publication date
    source = Source(
        path="seeds/x.html", sha256="0" * 64, text="<script>\n21 October 2017\n</script>", kind="html"
    )
    assert publication_date(source) is None


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("MINSK, 30 September (BelTA) - The army held drills near the border on Tuesday.", "BelTA"),
        ("BEIRUT, LEBANON (11:00 P.M.) - The army held drills near the border on Tuesday.", None),
    ],
)
def test_a_datelines_bracket_names_the_outlet_but_not_its_hour(lexicon, lead, outlet):
    source = Source(path="a.txt", sha256="0" * 64, text=lead, paragraphs=[lead, *ARTICLE])
    assert outlet_for(source, source.paragraphs, lexicon) == outlet
