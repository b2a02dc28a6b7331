"""Review 49: failing tests for header and region rules merged on 7 December (6819cd3c..b27705ce)
that drop or rewrite an ordinary English page's lines. The pages are made up for these tests."""

from __future__ import annotations

import pytest

from generator.readers.metadata import outlet_for
from tests.readers.readkit import ARTICLE, dump_with_header, read
from tests.readers.readkit import HEADLINE as STORY_HEADLINE


def test_a_short_list_inside_a_lean_story_keeps_the_paragraphs_before_it(tmp_path, lexicon):
    # a record with no menu: the list of four short items after the lede is the story's, and the
    # lede above it is no page furniture
    text = "\n\n".join(
        [
            "Bridge across the river will open a year late",
            ARTICLE[0],
            "The ministry listed what was missing:",
            "• Steel beams\n• Concrete\n• Cables\n• Workers",
            *ARTICLE[1:],
        ]
    )
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[0] == ARTICLE[0]


HEADLINE = "Reporter Jane Doe freed in prisoner swap"


@pytest.mark.parametrize(
    "text",
    [dump_with_header([HEADLINE, "March 3, 2021"]), "\n\n".join([HEADLINE, *ARTICLE])],
    ids=["page", "record"],
)
def test_a_headline_opening_with_a_reporters_job_is_kept_as_written(tmp_path, lexicon, text):
    # sources.yaml `byline_labels` ("reporter", "writer") read with no colon: the headline is lost
    # on a page and rewritten "By Jane Doe freed ..." on a record (text._as_byline)
    source = read(tmp_path, lexicon, text)
    assert source.title == HEADLINE


def test_a_paragraph_opening_with_a_writers_job_is_kept_as_written(tmp_path, lexicon):
    # a short paragraph in the story that opens with a job's noun and a name is the source's
    # text, not a byline to rewrite "By Jane Doe read the names aloud."
    line = "Writer Jane Doe read the names aloud."
    text = "\n\n".join(["Bridge across the river will open a year late", *ARTICLE[:2], line, *ARTICLE[2:]])
    source = read(tmp_path, lexicon, text)
    assert line in source.paragraphs


@pytest.mark.parametrize(
    ("byline", "author", "wire"),
    [
        ("By JOSH BOAK, Associated Press Writer", "JOSH BOAK", "Associated Press"),
        ("By Jane Doe, Reuters correspondent", "Jane Doe", "Reuters"),
    ],
)
def test_a_job_after_a_byline_that_names_a_wire_names_the_wire(tmp_path, lexicon, byline, author, wire):
    # text._credit drops a job after the byline's comma ("Staff Writer"); a job naming an agency
    # ("Associated Press Writer") still says whose story it is, not the masthead's
    text = dump_with_header([STORY_HEADLINE, byline, "March 3, 2021"], footer="© 2021 Example Herald")
    source = read(tmp_path, lexicon, text)
    assert source.authors == [author]
    assert outlet_for(source, source.paragraphs, lexicon) == wire
