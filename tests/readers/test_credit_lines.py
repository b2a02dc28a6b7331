"""Credit lines without "By" whose names the language data does not know: what follows the names
(the site, the writer's job, the place written from) makes the line a credit, not a headline.
The pages and the names are made up for these tests."""

from __future__ import annotations

import html

from tests.readers.readkit import ARTICLE, HEADLINE, dump_with_header, read, wrapped


def test_a_name_and_the_sites_masthead_under_the_headline_is_its_writer(tmp_path, lexicon):
    page = dump_with_header(
        [HEADLINE, "Tamsin Okoro, Lakeview Sentinel\nMarch 3, 2021"], masthead="Lakeview Sentinel"
    )
    source = read(tmp_path, lexicon, page)
    assert source.title == HEADLINE
    assert source.authors == ["Tamsin Okoro"]
    assert source.outlet == "Lakeview Sentinel"


def test_a_name_and_a_job_under_the_headline_is_its_writer(tmp_path, lexicon):
    page = dump_with_header([HEADLINE, "Wanjiru Kamau, Nairobi correspondent\nMarch 3, 2021"])
    source = read(tmp_path, lexicon, page)
    assert source.title == HEADLINE
    assert source.authors == ["Wanjiru Kamau"]


def test_names_in_capitals_and_the_site_before_the_date_are_its_writer(tmp_path, lexicon):
    line = "DARNELL NWOSU, EXAMPLE HERALD Published 2:31 p.m. ET March 3, 2021 | Updated 5:05 p.m. ET"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, line]))
    assert source.authors == ["Darnell Nwosu"]
    assert str(source.published) == "2021-03-03"


def test_reporters_named_on_the_storys_first_line_are_its_writers(tmp_path, lexicon):
    lead, *rest = ARTICLE
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in rest)
    page = (
        f"<html><head><title>{HEADLINE} | Example Herald</title></head><body><h1>{HEADLINE}</h1>"
        f"<p>March 3, 2021</p><p>TAPIWA GUMBO &amp; RUDO MARUFU, Mutare<br />{html.escape(lead)}</p>"
        f"{body}</body></html>"
    )
    source = read(tmp_path, lexicon, page, name="source.html")
    assert source.authors == ["Tapiwa Gumbo", "Rudo Marufu"]
    assert source.paragraphs[0].startswith("Officials in the capital")


def test_a_person_of_the_story_with_a_job_in_lower_case_is_no_writer(tmp_path, lexicon):
    page = dump_with_header(
        [HEADLINE, "By Jane Doe\nMarch 3, 2021", "Carla Mendes, transport ministry spokeswoman"]
    )
    source = read(tmp_path, lexicon, page)
    assert source.authors == ["Jane Doe"]


def test_a_headline_naming_a_person_and_a_team_stays_the_headline(tmp_path, lexicon):
    headline = "Kim Jong Un, Putin Hold Talks On Rail Link Across The River"
    page = dump_with_header([headline, "By Jane Doe\nMarch 3, 2021"])
    source = read(tmp_path, lexicon, page)
    assert source.title == headline


WRAPPED = [wrapped(p, 79) for p in ARTICLE]
LONG_HEADLINE = (
    "Officials say the new bridge across the river will open to traffic next spring, two years "
    "later than promised"
)


def test_a_headline_a_text_browser_wrapped_is_read_whole(tmp_path, lexicon):
    text = "\n\n".join(
        [wrapped(LONG_HEADLINE, 79), "08 Nov 2019, 18:18 by Jane Doe", "By Jane Doe", *WRAPPED]
    )
    source = read(tmp_path, lexicon, text + "\n")
    assert source.title == LONG_HEADLINE
    assert source.authors == ["Jane Doe"]  # the byline printed twice names her once


def test_a_long_headline_over_its_writers_name_keeps_the_name_apart(tmp_path, lexicon):
    # a record: its headline on one long line, its writer and its date on the next lines
    text = "\n".join([LONG_HEADLINE, "Jane Doe", "2025-08-25", "", " ".join(ARTICLE)])
    source = read(tmp_path, lexicon, text + "\n")
    assert source.title == LONG_HEADLINE
    assert source.authors == ["Jane Doe"]


def test_a_title_bar_names_the_site_beside_an_h1_outside_the_story(tmp_path, lexicon):
    # no site's name in the metadata; the <h1> stands apart from the story's container
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE)
    page = (
        f"<html><head><title>{HEADLINE} - Lakeview Sentinel</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>{HEADLINE}</h1>'
        f"<p>By Jane Doe, March 3, 2021</p>{body}</body></html>"
    )
    source = read(tmp_path, lexicon, page, name="source.html")
    assert source.outlet == "Lakeview Sentinel"
    assert source.title == HEADLINE
