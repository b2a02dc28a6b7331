"""Review of session 45: a count read as a Russian year, a body's name in quotation marks, the
speaker of a relative clause on "the mother of X"."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extraction import parse_body
from generator.extraction.events import extract_events
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from tests.extraction.extractkit import brief


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def event_dates(russian: tuple, paragraph: str) -> list[str]:
    nlp, lexicon = russian
    body = parse_body([paragraph], nlp, lexicon)
    return [e.date for e in extract_events(body, date(2023, 1, 20), lexicon)[0]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Зимой 2000 домов в Харькове остались без отопления после ударов по электростанции.",
        "Летом 1900 туристов были эвакуированы из лагеря на берегу озера.",
        "Авария произошла на 2000-м километре трассы, сообщили в ГИБДД.",
    ],
    ids=["winter-homes", "summer-tourists", "kilometre"],
)
def test_a_count_after_a_season_or_an_ordinal_before_a_noun_is_no_year(russian, paragraph):
    """ "Зимой 2000 домов" is two thousand homes in winter, "на 2000-м километре" a road's
    kilometre: neither dates anything in the year 2000 or 1900."""
    assert not any(d.startswith(("2000", "1900")) for d in event_dates(russian, paragraph))


def test_a_body_a_noun_names_before_its_quotation_marks_is_an_organisation(nlp, lexicon):
    """'the private military company "Wagner"': the noun says it is a body, so the quotation marks
    are a Russian-style name's, not a work's title."""
    b = brief(
        nlp,
        lexicon,
        ['Fighters of the private military company "Wagner" took part in the assault, officials said.'],
    )
    assert "Wagner" in {o.name for o in b.organisations}


def test_the_relative_clause_on_a_relative_of_someone_is_not_that_someones(nlp, lexicon):
    """ "the mother of Maria Lopez, who said": the mother speaks, not Maria Lopez."""
    b = brief(
        nlp,
        lexicon,
        ['Police spoke to the mother of Maria Lopez, who said: "She never came home that night."'],
    )
    assert [q.speaker for q in b.quotes if q.text.startswith("She never")] != ["Maria Lopez"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Germany pledged two more Patriot air defence systems to Ukraine, the minister said on Tuesday.",
        "Kyiv asked its allies for more Patriots and for NASAMS before the winter, Zelensky said.",
    ],
    ids=["air-defence-systems", "plural"],
)
def test_a_listed_air_defence_system_is_equipment_in_a_text_that_names_no_other_kind(nlp, lexicon, paragraph):
    """ "Patriot air defence systems": the text talks of machines though its only kind is the vague
    "systems" (main's dc049ad gates a plain-word listed name on a machine word elsewhere)."""
    assert "Patriot" in {e.name for e in brief(nlp, lexicon, [paragraph]).equipment}


def test_a_forecast_measure_written_as_a_noun_is_no_event_of_the_year(russian):
    """ "в этом году ВВП вырастет на 2%" is the year's measure, no event (events.py `_has_quantity`);
    "в этом году ожидает рост ВВП на 2%" says the same with a noun and is no event either."""
    assert event_dates(russian, "В этом году Минэкономразвития ожидает рост ВВП на 2%.") == []
