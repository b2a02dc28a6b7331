"""Equipment named by its shape and context, not by the list of known names (issue 14: unseen
articles name other machines than the data lists). The sentences are made up for these tests."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def names(entities) -> set[str]:
    return {e.name for e in entities}


def equipment_of(nlp, lexicon, paragraphs: list[str]) -> set[str]:
    return names(brief(nlp, lexicon, paragraphs).equipment)


def test_a_known_body_before_a_kind_is_the_machines_owner(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "A SpaceX rocket carried the four astronauts to orbit on Friday.",
            "The Houthi drones were shot down by a destroyer in the Red Sea.",
            "The Pentagon said fighter jets intercepted a U.S. Air Force drone over the sea.",
        ],
    )
    assert not equipment & {"SpaceX", "Houthi", "U.S. Air Force", "Air Force"}


def test_a_people_or_an_adjective_before_a_kind_names_no_machine(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Kyiv has asked for more Western tanks and longer-range missiles.",
            "The patrol recovered 14 Dane guns and a motorcycle.",
            "Kurd fighters and Hamas rockets were mentioned in the report.",
        ],
    )
    assert not equipment & {"Western", "Dane", "Kurd", "Hamas"}
