"""The top of a page copied as text whose menu is short or plain: the site's name over a row of
links, three bulleted items, items one a line, a breadcrumb, a search box or account links, then
the headline, byline and date. The site's name is the outlet, not the title. The pages are made
up for these tests."""

from __future__ import annotations

import pytest

from tests.readers.readkit import ARTICLE, read

HEADLINE = "Bridge across the river will open a year late"
FOOTER = "About Us  Contact  Privacy Policy  Terms"


def page(*top: str, body: list[str] | None = None) -> str:
    return "\n\n".join([*top, *(body or ARTICLE), FOOTER]) + "\n"


@pytest.mark.parametrize(
    "top",
    [
        ["Valley Standard", "Home  News  Sport  Business  Opinion"],  # a row two spaces apart
        ["Valley Standard", "Home | News | Sport | Business | Contact"],  # a row of bars
        ["Valley Standard · Politics · Nation · World · Opinion"],  # the name leads its menu's row
        ["Valley Standard", "  • News\n  • Sport\n  • Opinion"],  # three bulleted items
        ["Valley Standard", "Home\nNews\nSport\nBusiness\nOpinion"],  # one a line, no bullets
        ["Valley Standard", "Home > News > Transport"],  # a breadcrumb
        ["Valley Standard", "Search", "Log in | Subscribe"],  # a search box and account links
        ["Sign In   Register", "Valley Standard", "Search..."],  # account links over the masthead
        ["Valley Standard", "News  Roads  Community", "TRANSPORT"],  # a short row and a kicker
    ],
    ids=["row", "bars", "led", "three", "lines", "crumbs", "search", "account", "kicker"],
)
def test_the_sites_name_over_its_menu_is_the_outlet_not_the_title(tmp_path, lexicon, top):
    source = read(tmp_path, lexicon, page(*top, HEADLINE, "By Jane Doe", "March 3, 2021"))
    assert source.title == HEADLINE
    assert source.outlet == "Valley Standard"
    assert source.authors == ["Jane Doe"]


def test_a_sites_name_printed_again_under_the_headline_is_the_outlet(tmp_path, lexicon):
    # no menu: the byline names the site the first line names
    text = page("Lusaka Star", HEADLINE, "By Jane Doe, Lusaka Star", "4 June 2023")
    source = read(tmp_path, lexicon, text)
    assert (source.title, source.outlet) == (HEADLINE, "Lusaka Star")


def test_a_short_first_line_with_nothing_saying_it_is_a_site_stays_the_headline(tmp_path, lexicon):
    # no menu, no site's word, not printed again: the short first line is the headline, the
    # line under it a standfirst
    text = page("Lantern Rising", "A city learns to light its streets again", "By Jane Doe", "March 3, 2021")
    assert read(tmp_path, lexicon, text).title == "Lantern Rising"


def test_a_date_line_by_staff_names_no_outlet(tmp_path, lexicon):
    source = read(tmp_path, lexicon, page(HEADLINE, "November 12, 2019 by Staff"))
    assert source.outlet != "Staff"
    assert str(source.published) == "2019-11-12"


def test_the_date_under_an_updates_date_is_the_storys(tmp_path, lexicon):
    text = page(HEADLINE, "By Jane Doe", "Updated June 5, 2024", "Published June 4, 2024")
    assert str(read(tmp_path, lexicon, text).published) == "2024-06-04"


def test_a_labelled_breadcrumb_is_no_headline(tmp_path, lexicon):
    text = page(
        "Valley Standard", "You are here: Home » News » Transport", HEADLINE, "Jane Doe", "20/08/2023"
    )
    source = read(tmp_path, lexicon, text)
    assert source.title == HEADLINE


@pytest.mark.parametrize(
    "between",
    [
        f"Home › Transport › {HEADLINE}",  # a breadcrumb that ends with the headline
        "Traffic waits at the ferry on Monday. Photo: Jane Roe",  # a photo's caption
    ],
    ids=["trail", "caption"],
)
def test_a_trail_or_a_caption_over_the_headline_is_no_headline(tmp_path, lexicon, between):
    # no menu: the site's word ("Herald") says the first line is the site's name
    text = page("Valley Herald", between, HEADLINE, "By Jane Doe", "March 3, 2021")
    source = read(tmp_path, lexicon, text)
    assert (source.title, source.outlet) == (HEADLINE, "Valley Herald")
