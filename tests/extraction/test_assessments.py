"""Assessments: estimative language and its band."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def test_assessments_take_the_longest_term_and_its_band(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "An attack on a NATO country is extremely unlikely, analyst Rob Lee said.",
            "The brigade will probably be withdrawn before winter.",
        ],
    )
    by_term = {a.term: a for a in b.assessments}
    assert by_term["extremely unlikely"].band == "very unlikely"
    assert by_term["extremely unlikely"].by == "Rob Lee"
    assert by_term["probably"].band == "likely"
