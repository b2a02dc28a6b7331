"""Review of session 44: a story's own lines that the comment-header rule takes for readers' comments."""

from __future__ import annotations

from pathlib import Path

from tests.readers.readkit import ARTICLE, read


def test_a_dated_line_of_the_story_ending_said_colon_does_not_end_the_story(lexicon, tmp_path: Path):
    """ "On March 3, the minister said:" then his words is the story's, not a reader's comment
    header: every paragraph after it stays in the body."""
    quoted = (
        "We will finish the bridge next year, whatever it costs, and the villages will have their crossing."
    )
    text = "\n\n".join(
        ["Bridge delayed again", *ARTICLE[:2], "On March 3, the minister said:", quoted, *ARTICLE[2:]]
    )
    source = read(tmp_path, lexicon, text)
    assert quoted in source.paragraphs
    assert ARTICLE[-1] in source.paragraphs


STORY_BIDS = [
    "Moldova hopes to become a member of the European Union by 2030, its president told reporters.",
    "Donations to the relief fund are tax-deductible, the Internal Revenue Service confirmed on Monday.",
]


def test_a_story_paragraph_with_a_bids_words_in_the_third_person_stays(lexicon, tmp_path: Path):
    """ "to become a member of the European Union", "are tax-deductible": the story's own words, with
    no "us" of the site's, are no appeal of the site to its reader. (A bare "help us" outside quotation
    marks stays the site's own voice: a story quoting a plea marks the quotation.)"""
    text = "\n\n".join(["Moldova looks west", *ARTICLE[:2], *STORY_BIDS, *ARTICLE[2:]])
    source = read(tmp_path, lexicon, text)
    assert [p for p in STORY_BIDS if p not in source.paragraphs] == []


def test_a_paragraph_on_a_books_author_late_in_the_story_is_the_storys(lexicon, tmp_path: Path):
    """ "X is the author of several books ..." tells of a source the story cites, not of its
    writer: "author" is no journalist's job that makes the paragraph a writer's note."""
    bio = "Mark Galeotti is the author of several books on Russia's secret services, he says."
    text = "\n\n".join(["Bridge delayed again", *ARTICLE, bio, ARTICLE[0].replace("Officials", "Engineers")])
    assert bio in read(tmp_path, lexicon, text).paragraphs
