"""Review of session 47: dates read on a page told to be in a language read on its own pages
only, and an English page dump's header that today's byline rules changed."""

from __future__ import annotations

from datetime import date

import pytest

from generator.dates import find_explicit, parse_date_line, reading_in
from generator.readers import read_source
from tests.sitekit import ROOT

HEADERS = ROOT / "tests" / "eval" / "corpus" / "headers"


@pytest.mark.parametrize(
    ("language", "line", "day"),
    [
        ("de", "Published 3rd Nov 2023, 08:08 GMT", date(2023, 11, 3)),
        ("nl", "Published 3rd Nov 2023, 08:08 GMT", date(2023, 11, 3)),
        ("fr", "Published 29th Oct 2023, 12:47 GMT", date(2023, 10, 29)),
        ("es", "Posted Friday 17th May 2019", date(2019, 5, 17)),
    ],
)
def test_a_date_line_keeps_its_day_on_a_page_told_to_be_in_another_language(language, line, day):
    """The page's own calendar (dates._page_calendar) is matched first, so its month and year
    ("Nov 2023", "Oct 2023", "May 2019": the language writes the month so too) take the span and the
    whole date the patterns of every page read ("3rd Nov 2023") is dropped as overlapping: the
    date line dates nothing. An English page whose template declares another language (what
    readers.contradicts exists for) loses its publication date so: dev 401, 411, 473, 656 and 813
    do when told one of de, es, fr, it, pt, nl."""
    with reading_in(language):
        assert parse_date_line(line) == day
        assert [found.as_date() for _, found in find_explicit(line)] == [day]


def test_a_headline_printed_again_in_title_case_is_not_taken_over_the_headline(lexicon):
    """headers/422: the page prints its headline, a section's label, then the same headline in
    title case. Before today the title-cased copy was misread as a byline ("Molly And") and the
    headline kept; since `_name_line` no longer counts small words as a job's, that copy is the
    title the briefing shows ("Molly And Tom Martens Sentenced Over Death Of Jason Corbett"). The
    reference has the headline as printed first, and no author."""
    source = read_source(HEADERS / "422_breakingnews-martens-sentenced-corbett.txt", HEADERS, lexicon)
    assert source.title == "Molly and Tom Martens sentenced over death of Jason Corbett"
    assert source.authors == []
