"""Review of session 45: story paragraphs that today's body cleaning takes for a page's repeats,
its link lists or its own data fields."""

from __future__ import annotations

from pathlib import Path

from tests.readers.readkit import ARTICLE, read


def body(tmp_path: Path, lexicon, *paragraphs: str) -> list[str]:
    """The paragraphs the text reader keeps of a story with these between its own."""
    text = "\n\n".join(["Bridge delayed again", *ARTICLE[:2], *paragraphs, *ARTICLE[2:]])
    return read(tmp_path, lexicon, text).paragraphs


def test_a_quotation_with_its_speaker_stays_beside_its_pull_quote(lexicon, tmp_path: Path):
    """A pull quote repeats the story's quotation without "the mayor said": the story's paragraph,
    which names the speaker, is the one to keep (the pull quote may go)."""
    told = '"We will rebuild this town from scratch, every single house," the mayor said on Tuesday.'
    pulled = "We will rebuild this town from scratch, every single house"
    assert told in body(tmp_path, lexicon, told, pulled)


def test_the_storys_points_under_a_heading_of_its_own_stay(lexicon, tmp_path: Path):
    """A heading over the story's own points, written without full stops as lists are, is no
    label over other stories' links."""
    points = ["At least 12 people were killed", "Power is out for 300,000 homes", "Schools are closed"]
    kept = body(tmp_path, lexicon, "What We Know:", *points)
    assert all(point in kept for point in points)


def test_an_earlier_figure_is_no_retelling_of_a_later_one(lexicon, tmp_path: Path):
    """Two paragraphs alike but for their count say two things: the earlier toll stays."""
    earlier = (
        "Regional officials said 12 people had been killed in the attack on the market in the city centre."
    )
    later = (
        "Later, regional officials said 19 people had been killed in the attack on the market in the "
        "city centre, and 40 more were wounded."
    )
    assert earlier in body(tmp_path, lexicon, earlier, later)


def test_a_fact_of_the_story_written_as_a_label_and_a_count_stays(lexicon, tmp_path: Path):
    """ "Death toll: 1,200" is the story's figure, not a page's data about itself ("Wordcount:
    717")."""
    assert "Death toll: 1,200" in body(tmp_path, lexicon, "Death toll: 1,200")
