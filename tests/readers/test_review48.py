"""Review 48: failing tests for the other languages' header and body rules merged on 7 December
(175572f3) that change an English page's body or byline. The pages and lines are made up for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cleaning import clean_lines
from generator.readers import read_source
from generator.readers.html_page import read_page

STORY = "".join(
    f"<p>Paragraph {i} of the story says the council met on Tuesday and voted to approve the new"
    " budget for the coming year, officials said.</p>"
    for i in range(6)
)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "WASHINGTON - The government on Monday ordered Facebook, Twitter and",
            "WhatsApp to remove the posts within a day, officials said, after a",
            "week of protests over the new law on online speech in the country.",
        ],
        [
            "The hospital said on Monday that for months its nurses had bought supplies with money",
            "staff paid out of their own pocket, an email seen by the paper said, drawing a line under",
            "a dispute that began last year over budgets.",
        ],
    ],
)
def test_a_wrapped_story_line_naming_three_networks_keeps_its_paragraph(lexicon, lines):
    # cleaning.share_bar, called by is_boilerplate on each line of a text browser's dump: a
    # wrapped line of a story's sentence ends no sentence, and one that names three networks (36
    # words allowed for three; boilerplate.yaml `share_networks` compared in lower case, so the
    # common words "pocket", "email", "line", "x", "threads" count) is taken for a share bar; the
    # dropped line takes the rest of its paragraph with it, and the paragraph is lost whole
    assert clean_lines(lines, lexicon) == [" ".join(lines)]


def test_a_site_wide_description_printed_in_the_header_is_no_lead(lexicon, tmp_path: Path):
    # html_page._dropped_lead: a site whose every page has the same meta description (its
    # tagline) and prints it in its header; the description's words are in no block trafilatura
    # kept, so the header's div is put back as the story's first paragraph, on an English page
    tagline = (
        "Get the latest news, sport and weather from around the region every day with the Daily"
        " Example, your trusted local newspaper since 1850."
    )
    html = f"""<html lang="en"><head><title>Council passes budget | Daily Example</title>
<meta name="description" content="{tagline}"></head><body>
<header><div class="site-tagline">{tagline}</div></header>
<article><h1>Council passes budget</h1>{STORY}</article>
<footer><p>Contact us</p></footer></body></html>"""
    (tmp_path / "council.html").write_text(html, encoding="utf-8")
    source = read_source(tmp_path / "council.html", tmp_path, lexicon)
    assert source.paragraphs[0].startswith("Paragraph 0 of the story")
    assert all(tagline not in paragraph for paragraph in source.paragraphs)


def test_a_byline_beside_a_follow_link_is_the_articles_author(lexicon):
    # html_page._in_teasers_only: any link of four words or more counts as another story's
    # teaser, so the byline's own "Follow Jane Doe on Twitter" makes its box a teaser's and the
    # page's only author is dropped (a page with no meta author)
    html = f"""<html lang="en"><head><title>Council passes budget | Daily Example</title></head><body>
<article><h1>Council passes budget</h1>
<div class="byline">By <span class="author">Jane Doe</span>
<a href="https://twitter.com/janedoe">Follow Jane Doe on Twitter</a></div>
{STORY}</article></body></html>"""
    assert read_page(html, "council.html", lexicon).authors == ["Jane Doe"]
