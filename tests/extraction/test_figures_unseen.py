"""English figures of classes that unseen articles carry (issue 14, session 52): shares and counts
whose following words say what they count, counts the parser or the model leaves half-read, a
range's low end tagged as a date, and measures with the length they measure."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def _figures(nlp, lexicon, sentence: str) -> dict[object, object]:
    return {
        f.value if f.value is not None else (f.low, f.high): f
        for f in brief(nlp, lexicon, [sentence]).figures
    }


def test_a_share_counts_what_its_relative_clause_or_adjective_says(nlp, lexicon):
    # a poll's share is of those who do what the clause says, not of the verb that reports it
    figures = _figures(nlp, lexicon, "The poll shows 31% who oppose the new runway, with 9% undecided.")
    assert "oppose" in figures[31].counts and "runway" in figures[31].counts
    assert figures[9].counts == "undecided"
    # the parser may hang the name after the preposition on the verb
    figures = _figures(
        nlp, lexicon, "Another 22% are with Mayor Ruth Oakes, against 18% who are behind Sen. Dale Pike."
    )
    assert figures[18].counts.startswith("are behind") and "Pike" in figures[18].counts


def test_a_bare_count_that_a_participle_follows_counts_what_it_says(nlp, lexicon):
    figures = _figures(nlp, lexicon, "Officials put the death toll at 2,300, with about 400 injured.")
    assert figures[400].counts == "injured"
    assert figures[400].qualifier == "about"


def test_a_qualifier_parsed_as_a_preposition_leaves_the_count_to_the_verb(nlp, lexicon):
    # "over", "around" before a bare number: the parser makes them prepositions of the verb
    assert _figures(nlp, lexicon, "The flood displaced over 12,000.")[12000].counts == "displaced"
    assert _figures(nlp, lexicon, "The storm destroyed around 4,500.")[4500].counts == "destroyed"


def test_an_untagged_count_may_open_the_clause_after_an_introductory_phrase(nlp, lexicon):
    figures = _figures(
        nlp, lexicon, "By Tuesday morning, nearly 900 homes across the valley were without power."
    )
    assert figures[900].counts == "homes" and figures[900].qualifier == "nearly"


def test_a_range_whose_low_end_the_model_calls_a_date(nlp, lexicon):
    # "between 5" is a date to the model, "8 percent" a percentage: one range, not a lone 8%
    figures = _figures(
        nlp, lexicon, "Clinics typically add a charge of between 5 and 8 percent for insurance."
    )
    assert set(figures) == {(5, 8)}
    assert figures[(5, 8)].unit == "percent" and figures[(5, 8)].counts == "charge"


def test_a_count_of_harm_the_model_calls_a_date(nlp, lexicon):
    # "35" is a date to the model
    figures = _figures(
        nlp, lexicon, "The first rocket hit the station, killing 14 and injuring 35, the mayor said."
    )
    assert figures[35].counts == "injuring"
    # an age the model also calls a date is no count of harm
    assert _figures(nlp, lexicon, "She turned 35 in May and killed time reading.") == {}


def test_a_measure_counts_the_length_word_after_its_unit(nlp, lexicon):
    figures = _figures(nlp, lexicon, "The sinkhole is 15 feet wide and 40 feet deep.")
    assert figures[15].counts == "feet wide"
    assert figures[40].counts == "feet deep"
