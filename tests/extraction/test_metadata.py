"""A title made when the source has none."""

from __future__ import annotations

from generator.extraction import extract_briefing
from generator.readers import Source


def test_source_without_headline_gets_a_short_generated_title(nlp, lexicon):
    source = Source(path="seeds/x.txt", sha256="0" * 64, text="")
    source.paragraphs = [
        "The decision by the Finnish government to close the last border crossing with Russia angered "
        "residents of the border towns, Yle reports.",
        "The crossing had been open for decades.",
    ]
    b = extract_briefing(source, nlp, lexicon)
    assert b.title_generated is True
    assert 0 < len(b.title) <= 120
    assert "Yle" in b.source.via


def test_generated_title_keeps_the_punctuation_of_a_date(nlp, lexicon):
    from generator.extraction.metadata import generated_title

    title = generated_title("The talks were postponed until March 10, 2022, officials said.", nlp, lexicon)
    assert "March 10, 2022" in title


def test_a_generated_title_keeps_a_space_where_it_leaves_a_clause_out(nlp, lexicon):
    from generator.extraction.metadata import generated_title

    title = generated_title(
        "The defence minister, who arrived in Minsk on Monday, announced new drills near the border.",
        nlp,
        lexicon,
    )
    assert "minister announced" in title and "ministerannounced" not in title


def test_a_projects_lexicon_gives_the_closing_credit_a_generated_title_leaves_out(nlp, tmp_path):
    # "states" is no bundled credit verb: a project adds it, and "..., Reuters states." is a credit
    from generator.extraction.metadata import generated_title
    from generator.lexicon import load_lexicon

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "sources.yaml").write_text("attribution_tail_verbs: [states]\n", encoding="utf-8")
    lead = "The new bridge across the river will open to traffic next spring, Reuters states."
    assert "Reuters" not in generated_title(lead, nlp, load_lexicon(str(tmp_path)))
