"""Review 49: a failing test for the lean-page menu rule merged on 7 December (regions._menu,
6819cd3c..b27705ce), which drops a story's first paragraphs. The page is made up for this test."""

from __future__ import annotations

from tests.readers.readkit import ARTICLE, read


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
