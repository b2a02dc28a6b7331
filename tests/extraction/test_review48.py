"""Review 48: failing tests for an English speaker mend and an organisations rule merged on 7
December (after 11d324a) that fire on ordinary English sentences. The sentences are made up for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.extractkit import brief


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Met Office issued a red warning for Scotland on Friday.",
                "Storm Babet brought its heaviest rain to the east coast overnight.",
                '"Conditions are dangerous," the agency said.',
            ],
            "Met Office",
        ),
        (
            [
                "The National Hurricane Center issued its last advisory on Thursday.",
                "Hurricane Milton made its landfall near Sarasota on Wednesday night.",
                '"The storm is the worst in a century," the agency said.',
            ],
            "National Hurricane Center",
        ),
    ],
)
def test_a_storm_that_does_its_worst_is_no_agency_that_speaks(nlp, lexicon, paragraphs, speaker):
    # quotes._unnamed_speaker with _own_object: any capitalised proper noun that is the subject of
    # a verb whose object is "its" something ("Storm Babet brought its heaviest rain") is taken
    # for a body the model did not find, and "the agency said" is resolved to the storm, nearer
    # than the agency the text named (the storm's name is no organisation: organisations.yaml
    # lists named storms among the names that look like bodies and are not)
    briefing = brief(nlp, lexicon, paragraphs, published=date(2024, 10, 11))
    assert [q.speaker for q in briefing.quotes] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Thousands attended the Hamas ceremony in Gaza on Saturday as hostages were handed over,"
            " witnesses said.",
            "Hamas",
        ),
        ("Supporters packed the Hezbollah ceremony in Beirut on Friday, witnesses said.", "Hezbollah"),
        ("A Greenpeace fundraiser in London raised £50,000 for the campaign, organisers said.", "Greenpeace"),
    ],
)
def test_a_body_that_holds_a_ceremony_or_a_fundraiser_is_still_a_body(nlp, lexicon, sentence, body):
    # organisations.yaml `event_nouns`, read as product nouns (entities.EntityExtractor
    # product_nouns): a name that only ever stands before "ceremony", "fundraiser" (or "exercise",
    # "drill") is dropped as an event's; a body holds ceremonies, fundraisers and drills, and the
    # body the story is about leaves the organisations
    briefing = brief(nlp, lexicon, [sentence], published=date(2025, 2, 22))
    assert body in {o.name for o in briefing.organisations}


def test_a_body_whose_name_opens_with_a_number_word_is_still_a_body(nlp, lexicon):
    # entities.EntityExtractor._one_of_a_kind: a name before its unit noun whose first word the
    # tagger reads as a number ("Seven") is taken for "One group of ...", a sentence's capital,
    # wherever it stands; Seven West Media, Nine Entertainment, Ten Network are bodies' names
    sentence = "Shares in the Seven West Media group fell 5% on Monday after the results, analysts said."
    briefing = brief(nlp, lexicon, [sentence], published=date(2024, 5, 10))
    assert any("Seven West Media" in o.name for o in briefing.organisations)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company signed its third billion-dollar deal this year, the chief executive said on Monday.",
        "The fund made its fifth million-dollar grant to the city, a spokesman said.",
    ],
)
def test_an_ordinal_before_a_scale_is_no_fraction_of_it(nlp, lexicon, sentence):
    # numbers.yaml scale_fractions gained "third", "fifth", "tenth" (merged in 796f367a, after this
    # branch's base; the test fails there): FigureExtractor.scale_fraction_re lets the fraction
    # stand right before the scale, so the ordinal of "its third billion-dollar deal" is read as a
    # third of a billion, 333,333,333, a figure the text never gives
    briefing = brief(nlp, lexicon, [sentence], published=date(2024, 5, 10))
    assert all(round(f.value) not in {333333333, 200000} for f in briefing.figures)


def test_an_abbreviation_that_is_also_a_currency_code_before_a_number_is_no_sum(nlp, lexicon):
    # figures.FigureExtractor (796f367a, after this branch's base; fails there): every three
    # capitals the units give as a code ("CAD", "TRY", "MAD", "SAR") is a currency written before a
    # number, so computer-aided design's "CAD 3D models" gives 3 Canadian dollars; a code the data
    # lists as written before a number (numbers.yaml currency_codes) would not
    sentence = "Engineers used CAD 3D models to design the bridge, which cost $40 million, the city said."
    briefing = brief(nlp, lexicon, [sentence], published=date(2024, 5, 10))
    assert [(f.value, f.unit) for f in briefing.figures] == [(40000000.0, "USD")]
