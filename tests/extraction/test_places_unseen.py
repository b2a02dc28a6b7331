"""Places on articles nobody tuned the rules to (issue 14): a place's name that only names a pact,
a meeting or a war, a compass point alone, and a region's adjective are no places of the story."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def places(briefing) -> set[str]:
    return {p.name for p in briefing.places} | {a for p in briefing.places for a in p.aliases}


def test_a_place_named_only_for_a_pact_or_a_summit_is_no_place_of_the_story(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Last week's Sochi agreement halted the offensive against Kurdish fighters in northern Syria.",
            "Officials in Canberra said they would stay in the Paris climate deal whatever Washington did.",
        ],
    )
    assert {"Syria", "Canberra"} <= places(b)
    assert not {"Sochi", "Paris"} & places(b)


def test_a_place_named_for_a_war_is_none_but_named_alone_it_is(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The photograph recalls a Vietnam War protester with a flower, critics in Chicago said.",
            "The Burundi peace talks resumed on Monday, and the delegates later flew home to Burundi.",
        ],
    )
    assert {"Chicago", "Burundi"} <= places(b)
    assert "Vietnam" not in places(b)


def test_a_compass_point_alone_is_no_place(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Belgrade has tried to balance its ties between Russia and the West since the start of the war.",
            "Migrants travel through South and Central America before they reach Mexico.",
            "The debris will fall between 50 degrees North and 50 degrees South, officials in Madrid said.",
        ],
    )
    assert {"Russia", "Mexico", "Madrid"} <= places(b)
    assert not {"West", "South", "North"} & places(b)


def test_a_regions_adjective_is_no_place(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        ["The smugglers were men from Middle Eastern and South Asian countries, police in Leeds said."],
    )
    assert "Leeds" in places(b)
    assert not {"Middle Eastern", "South Asian"} & places(b)


def test_a_place_before_a_small_word_and_an_event_noun_stays_a_place(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Tehran said it would answer after Washington invited Iran to talks next month.",
            "He has lived in Israel since war broke out, and now works in a cafe.",
        ],
    )
    assert {"Iran", "Israel"} <= places(b)


def test_a_place_that_wages_a_war_is_a_place_of_the_story(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Russia's war in Ukraine has cost tens of thousands of lives, the institute said.",
            "Ethiopia's civil war ended with a truce signed in Pretoria.",
        ],
    )
    assert {"Russia", "Ethiopia"} <= places(b)
