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
