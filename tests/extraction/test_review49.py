"""Review 49: failing tests for English figures and equipment rules merged on 7 December
(6819cd3c..b27705ce) that fire on ordinary English sentences. The sentences are made up for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.extractkit import brief


def test_a_polls_margin_of_error_plus_or_minus_is_no_number_below_zero(nlp, lexicon):
    # numbers.yaml `negative_words` ("minus") reads the "minus" of "plus or minus" as a sign
    poll = "The poll of 1,000 voters has a margin of error of plus or minus 3 percentage points."
    b = brief(nlp, lexicon, [poll])
    assert all(f.value >= 0 for f in b.figures)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subtraction: "minus" after a number is an operator, not the sign of the number after it
        ("Inflation was 10 minus 3 percent.", [(10, None), (3, "percent")]),
        # the sign of a number after "or" that no "plus" opens is kept
        ("It was minus 3 or minus 5 degrees.", [(-3, None), (-5, "degrees")]),
    ],
)
def test_a_minus_after_a_number_or_joined_to_plus_is_no_sign(nlp, lexicon, sentence, expected):
    b = brief(nlp, lexicon, [sentence])
    assert [(f.value, f.unit) for f in b.figures] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She lives in flat 5C with her sister.",
        "He was seated in 14F on the flight from Boston.",
        "The meeting is in Room 4F of the town hall.",
        "The company sold 3C chips to 40 customers last year.",
    ],
)
def test_a_flat_a_seat_or_a_models_code_is_no_temperature(nlp, lexicon, sentence):
    # numbers.yaml `glued_unit_letters`: a number glued to C or F is read as a temperature unless a
    # noun stands right before it
    b = brief(nlp, lexicon, [sentence])
    assert not {f.unit for f in b.figures} & {"°C", "°F"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the other side of the test above: a whole number with a letter near a word of weather
        ("Scientists expect a 2C rise in temperatures by 2100.", (2, "°C")),
        ("Madrid saw highs of 40C on Monday.", (40, "°C")),
        ("It hit 40C in Madrid on Monday.", (40, "°C")),
    ],
)
def test_a_whole_number_with_a_scales_letter_near_the_weather_is_a_temperature(
    nlp, lexicon, sentence, expected
):
    b = brief(nlp, lexicon, [sentence])
    assert (b.figures[0].value, b.figures[0].unit) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The city's population reached 8 m in 2020, the census showed.",
        "Subscribers rose to 12 m in the quarter.",
        "Sales climbed to 5 m last year.",
    ],
)
def test_millions_written_as_a_spaced_m_are_no_metres(nlp, lexicon, sentence):
    # numbers.yaml `spaced_letter_units`: "m" a space after a number with no noun after it
    b = brief(nlp, lexicon, [sentence])
    assert "m" not in {f.unit for f in b.figures}


@pytest.mark.parametrize(
    "sentence",
    [
        "The tower is 300 m tall.",
        "The tunnel is 40 m deep.",
        "The road stretches 800 m along the river.",
    ],
)
def test_a_spaced_m_a_length_word_follows_or_a_verb_of_distance_takes_is_metres(nlp, lexicon, sentence):
    # the other side of the test above
    b = brief(nlp, lexicon, [sentence])
    assert [f.unit for f in b.figures] == ["m"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Walker, a second-half sub, scored the winner in the 89th minute.",
        "Palmer, a first-half sub, was booked within minutes.",
    ],
)
def test_a_footballer_described_as_a_sub_is_no_submarine(nlp, lexicon, sentence):
    # entities._named_before_appositive_kind with equipment.yaml `kinds_before_names` ("sub")
    b = brief(nlp, lexicon, [sentence])
    assert not b.equipment


@pytest.mark.parametrize(
    "sentence",
    [
        "M23's political wing said it was ready for talks.",
        "The M23 landed a blow on the army in the east.",
    ],
)
def test_a_rebel_groups_code_is_no_machine_by_its_wing_or_a_blow_it_landed(nlp, lexicon, sentence):
    # entities._acts_as_machine: equipment.yaml `machine_parts` ("wing": a group's political or
    # armed wing too) and `machine_subject_verbs` ("land", which with an object lands a blow or a deal)
    b = brief(nlp, lexicon, [sentence])
    assert not b.equipment
