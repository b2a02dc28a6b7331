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


def test_an_unknown_word_before_a_kind_names_the_machine_whatever_the_model_calls_it(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Britain supplied Martlet missiles, which can be fired from a shoulder launcher.",
            "Russia has started launching Gerbera decoy drones alongside its attack drones.",
            "The Skynex air defence system uses 35mm rounds against drones.",
            "Ukraine's Magura sea drones have sunk several warships.",
            "Azerbaijan used Israeli-made Harop loitering munitions in the war.",
        ],
    )
    assert {"Martlet", "Gerbera", "Skynex", "Magura", "Harop"} <= equipment


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


def test_a_name_and_a_number_before_a_kind_is_one_name(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The army used a Hermes 900 drone to track the convoy.",
            "A Long March 5 rocket carried the module into orbit.",
            "Russia's Kosmos 2553 satellite is suspected of carrying a weapon.",
            "The patrol found Qty 4 rifle's magazines in the camp.",
        ],
    )
    assert {"Hermes 900", "Long March 5", "Kosmos 2553"} <= equipment
    assert not any(name.startswith("Qty") for name in equipment)
