"""Review 47: failing tests for rules merged on 7 December (after e147156) that fire on ordinary
English sentences. The sentences are made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.extractkit import brief


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The gunman drove his car to a Walmart in El Paso and opened fire on shoppers, police said.",
            "Walmart",
        ),
        (
            "Investigators said the truck had been rented from a Hertz at the airport before the attack.",
            "Hertz",
        ),
    ],
)
def test_a_shop_or_a_branch_of_a_company_after_a_is_no_machine(nlp, lexicon, sentence, body):
    # entities._craft_after_indefinite: in a paragraph that names a kind of machine ("car",
    # "truck"), the model's ORG after the indefinite article becomes equipment ("a body is never
    # 'a' one"); "a Walmart", "a Hertz", "a Starbucks" are a company's shop or branch, and the
    # company leaves the organisations for the equipment list
    briefing = brief(nlp, lexicon, [sentence], published=date(2024, 5, 10))
    assert body not in names(briefing.equipment)


def test_a_body_that_calls_a_person_something_gives_that_person_no_body_name(nlp, lexicon):
    # entities._typed_patterns with organisations.yaml type_naming_words: "party called Nigel
    # Farage" reads as "a group called Cyber Fattah", so the person becomes an organisation;
    # "called", "named", "dubbed" are verbs whose subject the body noun is as often
    paragraphs = ["The party called Nigel Farage a liability after the vote.", "Farage did not respond."]
    briefing = brief(nlp, lexicon, paragraphs, published=date(2024, 5, 10))
    assert "Nigel Farage" in names(briefing.people)
    assert "Nigel Farage" not in names(briefing.organisations)


def test_the_same_day_as_a_happening_it_names_counts_from_that_happening(nlp, lexicon):
    # events._anaphoric_day leaves out "the day before the minister flew out" (counted from what
    # it names), but "the same day as the referendum" is dated by the day the text dated last:
    # the referendum's day is not told, so nothing dates it
    first = "Rebels seized the town on Monday after a night of heavy fighting."
    same = "Parliament voted on the new constitution on the same day as the referendum in the south."
    briefing = brief(nlp, lexicon, [first, same], published=date(2024, 5, 10))
    assert [e.text for e in briefing.events if e.text == same] == []
