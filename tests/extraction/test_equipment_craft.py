"""Named craft (spacecraft, ships, aircraft) are equipment, not organisations (issue 14, equipment
on unseen articles). The sentences are made up for these tests."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def names(entities) -> set[str]:
    return {e.name for e in entities}


def test_a_name_a_naming_verb_gives_a_kind_of_craft_is_equipment(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "The spaceplane is lifted by a carrier ship, called WhiteKnightTwo, before release.",
            "In 2007 he flew aboard a modified Boeing 727-200 aircraft called G-FORCE ONE over Florida.",
            "Called Phobos-Grunt, the spacecraft weighed nearly 30,000 pounds at launch.",
            "The company also sells a new security model called Agentless Zero Trust to banks.",
            "The contract went to a firm named Orbex, a satellite maker in Scotland.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"WhiteKnightTwo", "G-FORCE ONE", "Phobos-Grunt"} <= equipment
    # a model of security and a maker of satellites are no machines
    assert not equipment & {"Agentless Zero Trust", "Orbex"}
    # the first word of the craft's name is no body either
    assert not names(briefing.organisations) & {"G-FORCE", "WhiteKnightTwo"}


def test_a_plain_name_right_before_a_kind_of_craft_is_the_craft_not_its_owner(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "Scientists with NASA's MAVEN orbiter mission confirmed the finding on Friday.",
            "The result agrees with a 2013 study using Curiosity rover data from Gale crater.",
            "A Russian spacecraft and a NASA probe also studied the planet.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"MAVEN", "Curiosity"} <= equipment
    assert not names(briefing.organisations) & {"MAVEN", "Curiosity"}
    # a people and an owner the text names with a craft of its own are no craft
    assert not equipment & {"Russian", "NASA"}


def test_a_name_after_its_class_is_the_craft_in_apposition_or_as_the_verbs_subject(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "NASA's old space station Sky Lab also made an uncontrolled reentry in 1979.",
            "It is twice the size of the next-largest single-dish telescope, the Arecibo Observatory.",
            "The missile cruiser Moskva sank in April after a fire.",
            "Later the ship Trump toured sailed away, and the local news station WJCL reported it.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"Sky Lab", "Arecibo Observatory", "Moskva"} <= equipment
    assert not names(briefing.people) & {"Sky Lab", "Arecibo Observatory"}
    assert not names(briefing.organisations) & {"Arecibo Observatory"}
    # a clause's subject after the class, and a station of news, are no craft
    assert not equipment & {"Trump", "WJCL"}


def test_a_name_after_the_indefinite_article_in_talk_of_machines_is_a_machine_not_a_body(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "She went to Bakersfield to retrieve a Jeep and followed him back in her pickup.",
            "Three carriages of a Tezgam Express caught fire near the station. The train was late.",
            "The victim on the train was a good Samaritan who tried to help.",
            "The navy will set up a new Cyberoperations Center to protect its ships.",
            "Toyota said sales rose, and he drove a Toyota to the border in his pickup.",
            "Nissan is hoping to sell more cars. There also is a redesigned compact Sentra from Nissan.",
        ],
    )
    equipment = names(briefing.equipment)
    # a maker's machine, or a name its phrase says a maker makes, though "Nissan is hoping" the company
    assert {"Jeep", "Tezgam Express", "Sentra"} <= equipment
    # a maker the text also writes as the company ("Toyota said") stays the company
    assert "Toyota" not in equipment and "Toyota" in names(briefing.organisations)
    assert not names(briefing.organisations) & {"Jeep", "Tezgam Express"}
    # a person a relative clause follows, and a body its name says is one, are no machines
    assert not equipment & {"Samaritan", "Cyberoperations Center"}


# Session 49, probe: invented news sentences naming equipment the ways news names it, each
# class checked on sentences that failed before its mend.


def test_a_count_before_a_designation_counts_the_machines_and_is_no_part_of_the_name(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "Two Su-25 attack aircraft were shot down over Donetsk, the general staff said.",
            "The items recovered include Qty 6 AK-47 rifles and 300 rounds of ammunition.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"Su-25", "AK-47"} <= equipment
    assert not equipment & {"Two Su-25", "Qty 6 AK-47"}


def test_a_name_and_its_number_before_a_kind_is_one_machine_though_the_model_counts_the_number(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "The European Space Agency's Ariane 6 rocket lifted off from Kourou.",
            "China commissioned another Type 055 destroyer, its largest surface combatant.",
            "Greece will buy Rafale jets and three more Belharra frigates from France.",
            "Soldiers carried rifles during the raid, and a Glock pistol was found in the car.",
            "On March 5 drones hit the city, and the police checked 30 systems.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"Ariane 6", "Type 055", "Glock"} <= equipment
    # a date and a count before a kind are no machines
    assert not {e for e in equipment if e.startswith("March") or "30" in e}


def test_a_vessels_name_after_its_class_may_hold_small_words_and_stand_in_apposition(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "The cruise ship Icon of the Seas left Miami on its maiden voyage.",
            "The tanker Eagle S is suspected of damaging an undersea cable.",
            "The research vessel Sir David Attenborough docked in Cape Town.",
            "The container ship Ever Given blocked the Suez Canal for six days.",
            "The ship Bank of America sponsored sailed on Friday.",
            "The ship, captain John Smith said, was late.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"Icon of the Seas", "Eagle S", "Sir David Attenborough", "Ever Given"} <= equipment
    assert "Icon" not in equipment
    assert not names(briefing.organisations) & {"Eagle S", "Icon of the Seas"}
    # a body a relative clause names and a person inside commas are no vessels
    assert not equipment & {"Bank of America", "John Smith"}


def test_what_only_a_machine_does_or_has_makes_a_name_a_machines_in_a_text_naming_no_kind(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "The C-17 Globemaster carrying the president landed at Ramstein.",
            "The F-35's engine needs a costly upgrade, auditors said.",
            "The Patriot's radar was damaged in the strike, officials said.",
            "He flew a Chinook for ten years before he retired.",
            "Employers must file two W-2s for each worker, and the I-9 form was updated.",
            "The H-1B holders flew home after the Patriots flew to Denver.",
            "The Patriot's owner spoke after the game.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"C-17 Globemaster", "F-35", "Patriot", "Chinook"} <= equipment
    assert "The C-17 Globemaster" not in equipment
    # codes of forms and visas, and a team that flies, do nothing only a machine does
    assert not equipment & {"W-2", "I-9", "H-1B", "Patriots"}


def test_a_name_a_phrase_in_apposition_calls_a_vessel_or_a_craft_is_one(nlp, lexicon):
    briefing = brief(
        nlp,
        lexicon,
        [
            "The Moskva, a guided-missile cruiser, sank in April.",
            "The crew of the Kursk, a nuclear submarine, died in 2000.",
            "John Smith, a submarine veteran, said the ship was old.",
            "Smith, the ship's captain, said the vessel was fine.",
        ],
    )
    equipment = names(briefing.equipment)
    assert {"Moskva", "Kursk"} <= equipment
    # a person the phrase describes is no vessel
    assert not equipment & {"John Smith", "Smith"}
