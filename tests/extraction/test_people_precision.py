"""Names the model tags as people that are no people of the story (issue 14, people precision)."""

from __future__ import annotations

from datetime import date

from tests.extraction.extractkit import brief, people


def test_a_person_named_only_in_a_line_the_page_cut_off_is_no_person_of_the_story(nlp, lexicon):
    # a page's links to other stories, cut to fit: the stops inside do not make them the story's
    b = brief(
        nlp,
        lexicon,
        [
            "The council approved the new budget on Monday after a long debate, officials said.",
            "No Plan to Bequeath Unserviceable Debts to Nigerians, Says Adeosun as...",
            "Vaz Makes History, Sworn In As First Female MP For East...",
            "Fellow Nigerians, the fun is about to begin in our dear country. Walahi. Chief Bisi Akande…",
            "Mayor Jane Holloway said the budget would fund new roads.",
        ],
    )
    names = set(people(b))
    assert not names & {"Adeosun", "Vaz", "Vaz Makes History", "Bisi Akande"}
    assert "Jane Holloway" in names


def test_a_paragraph_of_the_story_that_trails_off_still_names_its_people(nlp, lexicon):
    # longer than a headline with its standfirst: the writer's own ellipsis, not a page's cut
    b = brief(
        nlp,
        lexicon,
        [
            "I liked this option best, to be honest. The talks broken off in Istanbul in March go on. "
            "In the Russian delegation are Roman Abramovich, who was seen in Moscow the day before, and "
            "Leonid Slutsky. On the other side sit the gentlemen who were told to break off these "
            "pointless talks and make Ukraine fight to the last soldier...",
        ],
    )
    assert {"Roman Abramovich", "Leonid Slutsky"} <= set(people(b))


def test_a_name_a_body_noun_gives_is_a_body_not_a_person(nlp, lexicon):
    # the noun names the kind of body, then the name ("called", "known as"), or the name in commas
    b = brief(
        nlp,
        lexicon,
        [
            "Records were published online by a pro-Iranian hacktivist group called Cyber Fattah.",
            "Last week, a pro-Israel group known as Predatory Sparrow claimed to have leaked the data.",
            "The company, Bora Ubora Limited, was reportedly paid Ksh361 million by the party.",
        ],
    )
    assert not set(people(b)) & {"Cyber Fattah", "Predatory Sparrow", "Bora Ubora Limited", "Bora Ubora"}
    assert {"Cyber Fattah", "Predatory Sparrow", "Bora Ubora Limited"} <= {o.name for o in b.organisations}


def test_a_name_the_text_writes_with_a_companys_legal_form_is_no_person(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Just look at Aimed Bio Inc., which quadrupled on its first trading day.",
            "The article highlighted Genome and Aimed Bio as companies with antibody strategies.",
            "He was Senior Vice President of Content for Ziff Davis, Inc. before that, Jane Roe said.",
        ],
    )
    assert not set(people(b)) & {"Aimed Bio", "Ziff Davis"}
    assert "Jane Roe" in people(b)


def test_only_a_legal_form_after_a_name_makes_it_a_company(nlp, lexicon):
    # sources.yaml legal_forms, not company_words: "Media" of a title, a list's next initial
    # ("P. Chen") make no company of the person before them; "Ziff Davis Media" in the text makes
    # "Ziff Davis" the company's short name, and "Ziff Davis, Inc." still a company
    paragraphs = [
        "The plan was announced by Maria Lopez, Media Minister, on Tuesday.",
        "The award went to Sunita Rao, P. Chen and Tom Hardy.",
        "The site is owned by Ziff Davis Media, which bought it in 2019. Ziff Davis declined to comment.",
        "Shares of Aimed Bio Inc. rose. Aimed Bio said trials would start in June.",
    ]
    b = brief(nlp, lexicon, paragraphs, published=date(2024, 5, 10))
    organisations = {o.name for o in b.organisations}
    assert {"Maria Lopez", "Sunita Rao"} <= set(people(b))
    assert not organisations & {"Maria Lopez", "Sunita Rao"}
    assert not set(people(b)) & {"Ziff Davis", "Ziff Davis Media", "Aimed Bio"}
    assert "Ziff Davis" in organisations


def test_a_word_of_what_someone_does_that_opens_the_sentence_is_no_part_of_the_name(nlp, lexicon):
    # capitalised only because the sentence opens with it: the model read it as a first name
    b = brief(
        nlp,
        lexicon,
        [
            "Realtor Ghazal Amini said buyers were holding back this spring.",
            "Striker Ade Okonkwo scored twice as the team won the cup.",
            "Trader Nina Sorensen said investors were nervous.",
            "Coach Miguel Torres praised his players after the win.",
            "Assemblywoman Rita Soto introduced the bill, and Ranking Member Susan Cole opposed it.",
        ],
    )
    names = set(people(b))
    expected = {"Ghazal Amini", "Ade Okonkwo", "Nina Sorensen", "Miguel Torres", "Rita Soto", "Susan Cole"}
    assert expected <= names
    roles = {"Realtor", "Striker", "Trader", "Coach", "Assemblywoman", "Member"}
    assert not {n for n in names if n.split()[0] in roles}


def test_a_given_name_or_a_name_of_one_word_after_the_opening_word_keeps_it(nlp, lexicon):
    # the opening word is a given name, or what follows is one word only: nothing is a role
    b = brief(
        nlp,
        lexicon,
        [
            "Maria Delgado said the campaign would focus on health care.",
            "Son Jae-il, the company's chief executive, said exports would grow.",
        ],
    )
    assert {"Maria Delgado", "Son Jae-il"} <= set(people(b))


def test_a_datelines_place_in_capitals_is_no_person(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "ST ANDREW, Jamaica — A man was shot dead on Monday night.",
            "Police said Deputy Superintendent Carlton Reid was leading the probe.",
        ],
    )
    assert "ST ANDREW" not in people(b)
    assert "Carlton Reid" in people(b)


def test_a_name_after_a_credits_label_and_colon_is_no_person_of_the_story(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Protesters gathered outside parliament. Image source: Tim Rowe",
            "Prime Minister Ahmed Rahim said the law would be reviewed.",
        ],
    )
    assert "Tim Rowe" not in people(b)
    assert "Ahmed Rahim" in people(b)


def test_the_titled_holder_of_an_embedded_post_is_a_person(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The minister posted the video on X.",
            "— Minister Olu Adebayo (@OluAdebayo) March 3, 2024",
            "Critics said the video was misleading.",
        ],
    )
    assert "Olu Adebayo" in people(b)


def test_a_name_without_a_given_name_that_the_text_writes_as_a_things_is_nobodys(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The update adds Night Shift Mode to every phone, and the new mode dims the screen at dusk.",
            "Reviewers said the Quiet Glass Display looked brighter than the old glass display.",
            "Nadia Okafor, who tested the phones, said she preferred the older model.",
        ],
    )
    found = {p.name for p in b.people}
    assert not {"Night Shift Mode", "Quiet Glass Display", "Mode", "Display"} & found
    assert "Nadia Okafor" in found
