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


def test_a_code_counted_in_the_plural_or_beside_a_machine_is_a_machines(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The Netherlands will send 18 F-16s to Ukraine once pilots finish training.",
            "The army lost two Mi-8s and a Mi-24 in the first week.",
            "The U-2 spy plane flew over the base on Monday.",
            "The Houthis said they had shot down an MQ-1C over Marib.",
            "Employers must file two W-2s for workers who changed jobs.",
        ],
    )
    assert {"F-16", "Mi-8", "Mi-24", "U-2", "MQ-1C"} <= equipment
    assert "W-2" not in equipment


def test_a_codes_nickname_and_its_makers_words_are_the_machines_name(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The crew flew the General Atomics MQ-9B SkyGuardian drone from a base in Sicily.",
            "An F-15E Strike Eagle fighter jet took part in the exercise.",
            "Delegates of the COP-28 Summit met drone makers.",
        ],
    )
    assert {"General Atomics MQ-9B SkyGuardian", "F-15E Strike Eagle"} <= equipment
    assert not any("Summit" in name for name in equipment)


def test_a_ship_is_named_after_its_class_and_its_navys_prefix(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Ukraine said it had struck the landing ship Novocherkassk in Feodosia port.",
            "The submarine Rostov-on-Don was damaged in a strike on the dry dock.",
            "The reconnaissance ship Ivan Khurs was attacked by sea drones.",
            "China's third aircraft carrier, the Fujian, began sea trials in May.",
            "Moscow sent the frigate Admiral Gorshkov to Cuba in June.",
            "The carrier HMS Prince of Wales left port; the USS Gerald R. Ford sailed east.",
            "India commissioned INS Vikrant, its first home-built aircraft carrier, in 2022.",
        ],
    )
    assert {
        "Novocherkassk",
        "Rostov-on-Don",
        "Ivan Khurs",
        "Fujian",
        "Admiral Gorshkov",
        "HMS Prince of Wales",
        "USS Gerald R. Ford",
        "INS Vikrant",
    } <= equipment


def test_a_ship_named_for_a_town_is_the_ship_where_it_is_the_subject_of_the_main_verb(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The submarine Kazan docked in Havana on Wednesday.",
            "The ship Ukraine chartered arrived in Istanbul on Tuesday.",
        ],
    )
    assert "Kazan" in equipment
    # a clause on the vessel names who chartered it, not the vessel
    assert "Ukraine" not in equipment


def test_a_quoted_name_given_to_a_kind_is_the_machines(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            'Ukraine said it had used a new long-range drone, called "Lyutyi", to strike a refinery.',
            'The "Poseidon" nuclear-powered torpedo is designed to cross oceans, Moscow claims.',
            'The navy said its new corvette, the "Hetman Ivan Mazepa", would arrive next year.',
        ],
    )
    assert {"Lyutyi", "Poseidon", "Hetman Ivan Mazepa"} <= equipment


def test_a_code_the_noun_beside_it_makes_another_things_is_no_machine(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Russia fired Kh-101 missiles and Shahed drones at the city overnight.",
            "Under the UDAN-2 scheme, India expanded regional flights to small towns.",
            "Flight UA-232 landed safely after the engine failure.",
            "Traffic on the I-95 corridor was backed up after the M-4 highway closed.",
        ],
    )
    assert "Kh-101" in equipment
    assert not {name for name in equipment if any(code in name for code in ("UDAN", "UA-232", "I-95", "M-4"))}
