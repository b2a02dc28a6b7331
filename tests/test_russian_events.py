"""Dated events of Russian text: days the text counts from the day it dated last ("в тот же день",
"накануне"), "на днях", a deadline after a short adjective ("обязаны до 1 ноября"). The paragraphs
are made up for these tests, in the shapes Russian news dates things in."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extraction import parse_body
from generator.extraction.events import extract_events
from generator.lexicon import load_lexicon
from generator.nlp import load_model

PUBLISHED = date(2019, 8, 6)


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def events(russian: tuple, *paragraphs: str) -> list[tuple[str, str]]:
    """(date, expression) of each event of a body of these paragraphs, published on PUBLISHED."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    return [(e.date, e.expression) for e in extract_events(body, PUBLISHED, lexicon)[0]]


def test_the_same_day_and_the_eve_count_from_the_day_the_text_dated_last(russian):
    found = events(
        russian,
        "МЧС приступило к тушению огня в Якутии только 31 июля. В тот же день президент распорядился "
        "подключить к тушению военных.",
        "Министра видели накануне в Москве. Накануне визита премьер встретился с послом.",
    )
    # "накануне визита" is the eve of the visit, a day the text does not give
    assert found == [("2019-07-31", "31 июля"), ("2019-07-31", "В тот же день"), ("2019-07-30", "накануне")]


def test_lately_is_the_month_of_publication(russian):
    assert events(russian, "Присяжные на днях оправдали мужчину, которого обвиняли в убийстве.") == [
        ("2019-08", "на днях")
    ]


def test_a_deadline_after_a_short_adjective_is_an_event(russian):
    assert events(russian, "Доложить об итогах проверки ему обязаны до 1 ноября.") == [
        ("2019-11-01", "1 ноября")
    ]


def test_days_and_a_year_and_a_half_ago_count_back_from_publication(russian):
    """Russian units say nothing in English letters ("дня", "года"): each counts its own length,
    and "полтора года", a year and a half, is eighteen months."""
    found = events(
        russian,
        "Три дня назад министр сообщил, что проверка закончена.",
        "Полтора года назад тогдашний министр сообщил, что за взрывы наказали 75 военных.",
    )
    assert found == [("2019-08-03", "Три дня назад"), ("2018", "Полтора года назад")]
