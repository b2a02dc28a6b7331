"""Figures an analyst compares that the list of counts of ideas used to hide: a margin, a score or
a change in points ("led by six points", "fell 520 points"), not the points of an argument."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def test_points_that_measure_a_margin_a_score_or_a_change_are_figures(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Among Democrats, Harris led Newsom by six points, with 28% of the vote.",
            "The Liberals are 11 points ahead in Quebec, a poll found.",
            "The index fell 520 points on Friday.",
            "Brown scored 31 points as the Celtics won.",
            "The mayor made two points: the deal was rushed, and it ignored the farmers.",
        ],
    )
    values = {f.value for f in b.figures if f.counts and "point" in f.counts}
    assert values == {6, 11, 520, 31}  # not the mayor's two points, a count of ideas


def test_points_a_speaker_raises_are_ideas_not_a_change(nlp, lexicon):
    # "raise" changes a level ("raised rates 25 basis points"), but the points it takes as its
    # object are what is raised: a count of ideas
    b = brief(
        nlp,
        lexicon,
        [
            "She raised two points about the budget before the vote.",
            "He raised three points of order during the debate.",
            "The central bank raised rates 25 basis points on Wednesday.",
        ],
    )
    assert {f.value for f in b.figures} == {25}  # the rise, in basis points
