"""Assessments by question: what a judgement is about, who judges, two judgements of one question together."""

from __future__ import annotations

import re

import pytest

from generator.corpus import AssessmentEntry, Corpus
from generator.questions import derived_subject, questions
from generator.rendering import Renderer
from generator.schema import Assessment
from tests.test_rendering import make_briefing


@pytest.mark.parametrize(
    ("text", "term", "subject"),
    [
        # what follows the term, to its clause's end ("Mr." ends nothing)
        ("He said Lukashenko is unlikely to send troops into Ukraine, officials said.", "unlikely",
         "send troops into Ukraine"),
        ("Such measures probably reflect Mr. Lukashenko’s wariness, she said.", "probably",
         "reflect Mr. Lukashenko’s wariness"),
        # nothing after the term: what comes before it in its clause
        ("While an attack on a NATO country is extremely unlikely, Minsk is gearing up.",
         "extremely unlikely", "an attack on a NATO country"),
        # only when, after it: the same
        ("He saw no signs of an offensive and is therefore considered unlikely in the coming years.",
         "unlikely", "He saw no signs of an offensive"),
        # an adverb in its clause: who or what it is said of, too
        ("Therefore, the bulk of these troops will likely be provided by Minsk.", "likely",
         "the bulk of these troops be provided by Minsk"),
    ],
)  # fmt: skip
def test_a_judgement_is_about_the_words_its_term_bears_on(text: str, term: str, subject: str):
    assert derived_subject(text, term) == subject


def entry(text: str, term: str, band: str, subject: str | None = None, by: str | None = None, **briefing):
    assessment = Assessment(text=text, term=term, band=band, by=by, subject=subject, ref="p1")
    return AssessmentEntry(assessment, make_briefing(**briefing))


def test_judgements_of_one_question_go_together_the_most_judged_question_first_the_newest_judgement_first():
    older = entry("Belarus is unlikely to send troops into Ukraine.", "unlikely", "unlikely",
                  id="older", published="2022-01-26", outlet="Outlet A", authors=["Jane Roe"])  # fmt: skip
    newer = entry("It will probably send troops to Ukraine soon.", "probably", "likely", by="Hromov",
                  id="newer", published="2022-10-11")  # fmt: skip
    alone = entry("An attack on NATO is extremely unlikely.", "extremely unlikely", "very unlikely",
                  id="alone", published="2022-12-01")  # fmt: skip
    # one question in other words ("to" / "into", "soon"): told apart, until a person says they are one
    assert [len(q.judgements) for q in questions([older, newer, alone])] == [1, 1, 1]
    older.assessment.subject = newer.assessment.subject = "Belarus sends troops into Ukraine"
    (both, single) = questions([older, newer, alone])
    assert both.subject == "Belarus sends troops into Ukraine"
    assert [j.entry.briefing.id for j in both.judgements] == ["newer", "older"]
    # who judges: the one the briefing names, else the article's author
    assert [j.judge for j in both.judgements] == ["Hromov", "the author (Jane Roe)"]
    assert single.subject == "An attack on NATO"


def test_the_assessments_page_shows_two_judgements_of_one_question_side_by_side_with_their_dates():
    judged = "Belarus joins the war"
    first = make_briefing(
        id="first", published="2022-10-11",
        assessments=[{"text": "Belarus is unlikely to join the war.", "term": "unlikely", "band": "unlikely",
                      "subject": judged, "ref": "p1"}],
    )  # fmt: skip
    second = make_briefing(
        id="second", title="Second", published="2022-02-01", outlet="Other",
        assessments=[{"text": "Minsk will likely enter the fighting.", "term": "likely", "band": "likely",
                      "by": "An analyst", "subject": judged, "ref": "p1"}],
    )  # fmt: skip
    page = Renderer(None, "Topic").pages(Corpus([first, second]))["assessments.md"]
    (block,) = re.findall(r'<div class="judgements" markdown>(.*?)</div>\n</div>', page, re.S)
    assert f"On:</span> {judged} <small>(2 judgements)</small>" in page
    cards = block.split('<div class="judgement" markdown>')[1:]
    assert len(cards) == 2
    # the newer first, each with its band, who judges and when
    assert "**unlikely**" in cards[0] and "**the author &#40;The Moscow Times&#41;**, 2022-10-11" in cards[0]
    assert "**likely**" in cards[1] and "**An analyst**, 2022-02-01" in cards[1]
