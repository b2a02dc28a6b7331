"""Figures: "one" that counts what befell it, and a document's length that is no figure."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def ones(nlp, lexicon, text: str) -> list:
    return [f for f in brief(nlp, lexicon, [text]).figures if f.value == 1]


def test_one_counts_the_harmed_the_lost_and_the_seized(nlp, lexicon):
    cases = {
        "One firefighter was injured while battling the blaze in the warehouse district.": "firefighter",
        "The explosion killed one worker and injured four others at the chemical plant.": "worker",
        "At least one civilian died in the shelling of the market, local officials said.": "civilian",
        "The storm left one person dead and cut power to thousands of homes.": "person",
        "Troops seized one armoured vehicle and destroyed two trucks used by the gang.": "vehicle",
        "One climber is still missing after the avalanche on the northern face.": "climber",
    }
    for text, counted in cases.items():
        found = ones(nlp, lexicon, text)
        assert found and counted in (found[0].counts or ""), text


def test_one_in_a_list_of_counts_is_a_count(nlp, lexicon):
    found = ones(nlp, lexicon, "The raid netted two pistols, one shotgun and 400 rounds of ammunition.")
    assert [f.counts for f in found] == ["shotgun"]
    found = ones(nlp, lexicon, "The delegation included three ministers, two governors and one senator.")
    assert [f.counts for f in found] == ["senator"]


def test_one_as_an_article_or_a_hyphenated_word_is_no_figure(nlp, lexicon):
    for text in (
        "One resident said the water had reached the second floor within minutes.",
        '"We have never seen anything like it," one official told reporters.',
        "The company will pay a one-time bonus to its staff this year.",
        "One report suggested the minister had known about the deal for months.",
        "He moved from one club to another without playing a single match.",
        "One message posted on the forum urged users to boycott the election.",
        "The drug was tested in a one-to-one comparison with the older treatment.",
    ):
        assert ones(nlp, lexicon, text) == [], text


def test_a_documents_length_in_pages_is_no_figure_but_pages_counted_are(nlp, lexicon):
    b = brief(nlp, lexicon, ["The agency released a 42-page report on the causes of the blackout."])
    assert b.figures == []
    b = brief(nlp, lexicon, ["The 90-page dossier lists 37 companies suspected of evading sanctions."])
    assert [f.value for f in b.figures] == [37]
    b = brief(nlp, lexicon, ["The archive holds more than 5,000 pages of letters and diaries."])
    assert [(f.value, f.counts) for f in b.figures] == [(5000, "pages")]


def test_one_listed_without_its_noun_counts_what_the_count_beside_it_counts(nlp, lexicon):
    text = "The club won six of its matches this season, drew one and lost two."
    assert [f.counts for f in ones(nlp, lexicon, text)] == ["matches"]
    text = "The mayor received four votes and her rival received one in the council's ballot."
    assert [f.counts for f in ones(nlp, lexicon, text)] == ["votes"]


def test_a_share_of_those_present_counts_those_present(nlp, lexicon):
    b = brief(nlp, lexicon, ["Four out of five of those present voted to strike, the union said."])
    assert {f.value: f.counts for f in b.figures}.get(5) == "those present"
    b = brief(nlp, lexicon, ["Two out of three of those surveyed said prices had risen."])
    assert {f.value: f.counts for f in b.figures}.get(3) == "those surveyed"
