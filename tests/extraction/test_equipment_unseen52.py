"""Equipment on articles nobody tuned the lists to (issue 14): a listed name that the text makes
another thing's (a person's surname, a team's, a journal's, an armed group's, an ordinary word
opening a sentence), and the marks, nicknames and classes that make a name a machine's. The
sentences are made up for these tests."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def equipment_of(nlp, lexicon, paragraphs: list[str]) -> set[str]:
    return {e.name for e in brief(nlp, lexicon, paragraphs).equipment}


def test_a_listed_name_the_text_gives_to_a_person_or_a_team_is_theirs_wherever_it_is_repeated(nlp, lexicon):
    # "defense", "car" and "plane" make the text one on machines: the names alone must not be
    assert not equipment_of(
        nlp,
        lexicon,
        [
            "Stacey Abrams lost the race for governor in Georgia on Tuesday.",
            "Abrams said her defense of voting rights would go on, and she left by car.",
        ],
    )
    assert not equipment_of(
        nlp,
        lexicon,
        [
            "The New England Patriots lost to the Miami Dolphins 31-17 on Sunday.",
            "The Patriots' defense gave up 400 yards before the team plane left for Boston.",
        ],
    )
    assert not equipment_of(
        nlp,
        lexicon,
        ["A trial reported in The Lancet found the vaccine safe; patients came by ambulance and car."],
    )


def test_a_listed_name_followed_by_its_kind_stays_a_machine_where_a_person_shares_it(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Senator Jack Abrams visited the base on Monday.",
            "He watched Abrams tanks and Bradley vehicles on the range.",
        ],
    )
    assert "Abrams" in equipment


def test_an_armed_group_named_by_a_code_is_no_machine_anywhere_in_the_text(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Fighters of the M23 movement took the town of Rubaya, local officials said.",
            "The army said its Su-25 jets bombed M23 positions in the hills.",
        ],
    )
    assert "Su-25" in equipment
    assert "M23" not in equipment


def test_an_ordinary_word_opening_a_sentence_before_another_noun_is_the_word(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Tornado sirens sounded across Kansas overnight, and trucks were thrown off the road.",
            "Grad school fees rose by 8% this year, the university said.",
            "Tornado jets of the Italian air force flew over the parade.",
        ],
    )
    assert equipment == {"Tornado"}


def test_an_ordinary_word_opening_a_sentence_before_a_machines_crew_or_unit_is_the_machine(nlp, lexicon):
    # "batteries", "pilots" are no kind of machine, but only a machine has them
    assert equipment_of(
        nlp, lexicon, ["Patriot batteries have shot down dozens of cruise missiles over Kyiv this year."]
    ) == {"Patriot"}
    assert equipment_of(
        nlp, lexicon, ["Typhoon pilots scrambled on Tuesday to intercept two Russian bombers near Scotland."]
    ) == {"Typhoon"}


def test_a_listed_name_after_its_makers_name_of_two_words_stays_a_machine_where_it_is_repeated(nlp, lexicon):
    # the model reads "Martin Javelin" as a person's name: "Lockheed Martin" is the maker, the owner
    equipment = equipment_of(
        nlp,
        lexicon,
        ["The Lockheed Martin Javelin missile is made in Alabama. The Javelin weighs 22 kilograms."],
    )
    assert "Javelin" in equipment


def test_a_code_with_a_nickname_or_a_listed_names_mark_is_a_machine_in_a_text_naming_no_kind(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The base said goodbye to its last F-117 Nighthawk, while the C-390 Millennium arrived.",
            "Ukraine said it destroyed a Buk-M3 and a Krasukha-4 near Donetsk.",
        ],
    )
    assert {"F-117 Nighthawk", "C-390 Millennium", "Buk-M3", "Krasukha-4"} <= equipment


def test_a_code_naming_many_things_is_no_machine_for_its_nickname(nlp, lexicon):
    assert not equipment_of(nlp, lexicon, ["The K-12 Schools in the county will stay shut until Monday."])


def test_a_listed_names_model_mark_and_a_codes_second_number_belong_to_the_name(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "Spain will send six Leopard 2A4 tanks, and Norway some Leopard 1A3 recovery vehicles.",
            "The militia mounted ZU-23-2 anti-aircraft guns on its pickups.",
        ],
    )
    assert {"Leopard 2A4", "Leopard 1A3", "ZU-23-2"} <= equipment
    assert "ZU-23" not in equipment


def test_a_capitalised_orbiter_and_an_aircraft_makers_model_are_craft(nlp, lexicon):
    equipment = equipment_of(
        nlp,
        lexicon,
        [
            "The ExoMars Trace Gas Orbiter relayed the data to Earth.",
            "Yeti Airlines said the ATR 72-600 had been serviced in March.",
        ],
    )
    assert {"ExoMars Trace Gas Orbiter", "ATR 72-600"} <= equipment
