"""A page copied as text whose copyright notice names the company that owns the site, not the
site: the site's name is the one its masthead and its furniture print ("Subscribe to ...", "...
Newsletter"), not the company's. The pages are made up for these tests."""

from __future__ import annotations

from tests.readers.readkit import ARTICLE, MENU, SHARE, read, wrapped

HEADLINE = "Bridge across the river will open a year late"


def page(top: list[str], footer: list[str]) -> str:
    parts = [*top, "\n".join(MENU), HEADLINE, "By Jane Doe", "March 3, 2021"]
    parts += [wrapped(p) for p in ARTICLE] + [SHARE, "Read Next"]
    parts += ["Teen wins spelling contest with a word nobody knew", "\n".join(MENU)]
    return "\n\n".join(parts + footer) + "\n"


def test_a_site_its_furniture_names_is_no_company_its_footer_links_to(tmp_path, lexicon):
    # the owner printed again only as an item of the footer's links to the group's pages
    footer = [
        "Subscribe to Harbor Voice with a digital plan.",
        "Follow Harbor Voice on Facebook",
        "  • About\n  • Careers\n  • Northgate Publishing Company",
        "Copyright Northgate Publishing Company, All rights reserved",
    ]
    source = read(tmp_path, lexicon, page(["Skip to main content"], footer))
    assert source.outlet == "Harbor Voice"
    assert source.title == HEADLINE


def test_a_one_word_masthead_printed_again_below_is_the_site_not_its_owner(tmp_path, lexicon):
    footer = [
        "Wirebeat Newsletter",
        "Sign up for our daily briefing.",
        "© Crestline Media Company Ltd. 2023",
        "The website is owned and published by Crestline Media Company Limited.",
    ]
    source = read(tmp_path, lexicon, page(["Wirebeat", "Search"], footer))
    assert source.outlet == "Wirebeat"


def test_a_one_word_masthead_is_no_site_without_its_name_again(tmp_path, lexicon):
    # the first line alone, a word like a section's: the owner's name stays the evidence
    footer = ["© 2023 Crestline Media Company Ltd. All rights reserved."]
    source = read(tmp_path, lexicon, page(["Politics", "Search"], footer))
    assert source.outlet != "Politics"
