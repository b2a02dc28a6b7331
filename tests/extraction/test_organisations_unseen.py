"""Organisations on articles nobody tuned the rules to (issue 14): people whose given name the data
does not know, bodies named by a possessive, and teams named by their plural alone."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def organisations(briefing) -> set[str]:
    return {o.name for o in briefing.organisations}


def people(briefing) -> set[str]:
    return {p.name for p in briefing.people}


def test_a_person_the_text_goes_on_to_call_by_the_surname_is_no_organisation(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Wout van Aert crashed on the descent, and teammate Tiesj Benoot took over the lead of the team.",
            "Benoot said he had not seen the crash.",
        ],
    )
    assert "Tiesj Benoot" in people(b)
    assert not {"Tiesj Benoot", "Benoot"} & organisations(b)


def test_a_company_short_named_by_its_first_word_stays_a_company(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Lockheed Martin won the contract for the new trainer jets, the air force said.",
            "Lockheed said production would start in Texas next year.",
        ],
    )
    assert "Lockheed Martin" in organisations(b)


def test_a_body_named_by_a_possessive_keeps_it(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Standard & Poor's cut the country's credit rating to junk, and Moody's said it was reviewing "
            "its own."
        ],
    )
    assert {"Standard & Poor's", "Moody's"} <= organisations(b)
    assert not {"Moody", "Standard & Poor"} & organisations(b)
    b = brief(nlp, lexicon, ["Advertisers include Kellogg’s, Macy’s and Ford."])
    assert {"Kellogg’s", "Macy’s", "Ford"} <= organisations(b)
    # an owner whose thing the text leaves out, or whose thing a participle describes, is no such body
    b = brief(
        nlp,
        lexicon,
        [
            "Those playing through Stadia’s recommended Chromecast Ultra will get 30 frames a second.",
            "The council copied ordinances similar to Charlotte’s as a pretense.",
        ],
    )
    assert not {"Stadia’s", "Charlotte’s"} & organisations(b)
    # the owner of a thing is the owner's name alone
    b = brief(nlp, lexicon, ["Apple's board rejected the offer, and Samsung's profits fell."])
    assert "Apple" in organisations(b) and "Apple's" not in organisations(b)


def test_a_possessive_that_names_a_body_goes_on_into_its_name(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        ["Members of the Lord's Resistance Army abducted children from two schools near the border."],
    )
    assert "Lord's Resistance Army" in organisations(b)


def test_a_team_named_by_its_plural_after_the_in_a_story_about_sport(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The Padres beat the Dodgers 5-2 on Friday night to move within a game of the division lead.",
            "Their pitcher struck out nine, and the coach said the season was far from over.",
        ],
    )
    assert {"Padres", "Dodgers"} <= organisations(b)
    b = brief(
        nlp,
        lexicon,
        [
            "The Wallabies were beaten 35-12 by the All Blacks in Auckland.",
            "The coach said the players had let the fans down.",
        ],
    )
    assert {"Wallabies", "All Blacks"} <= organisations(b)
    # a people's plural or a place is no team
    b = brief(
        nlp,
        lexicon,
        [
            "Fans of the Americans cheered as the team took the field, and the coach said the players were "
            "ready for the match against the Netherlands."
        ],
    )
    assert not {"Americans", "Netherlands"} & organisations(b)


def test_a_family_named_by_its_plural_in_a_story_about_sport_is_no_team(nlp, lexicon):
    # "the Kelces" are Travis and Jason Kelce; "the Chiefs" are still a team, and so are "the
    # Browns" where the text names the team by its city, whatever player is called Brown
    b = brief(
        nlp,
        lexicon,
        [
            "Jason Kelce and Travis Kelce hosted their podcast before the game.",
            "The Kelces will watch the Ravens play the Chiefs on Sunday at the stadium.",
            "Jim Brown, the great running back of the Cleveland Browns, was honoured before the match,"
            " and the Browns wore his number on their helmets all season.",
        ],
    )
    assert "Kelces" not in organisations(b)
    assert {"Ravens", "Chiefs", "Browns"} <= organisations(b)
