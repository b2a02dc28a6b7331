"""Russian dated events mended after session 52's probe of invented sentences (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extraction import parse_body
from generator.extraction.events import extract_events
from generator.lexicon import load_lexicon
from generator.nlp import load_model

FRIDAY = date(2019, 11, 15)


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def dates(russian: tuple, published: date | None, *paragraphs: str) -> list[str]:
    """The date of each event of a body of these paragraphs."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    return sorted(e.date for e in extract_events(body, published, lexicon)[0])


def test_an_approximate_count_of_days_gives_the_month_it_reaches(russian):
    # three days before a Saturday 2 November: October, not the month of writing
    said = "Несколько дней назад в Самаре открылся новый терминал аэропорта."
    assert dates(russian, date(2019, 11, 2), said) == ["2019-10"]
    said = "Пару недель назад компания объявила о сокращении штата."
    assert dates(russian, date(2019, 11, 5), said) == ["2019-10"]


def test_an_approximating_word_may_stand_for_the_count(russian):
    assert dates(russian, FRIDAY, "Около месяца назад мэр пообещал отремонтировать мост.") == ["2019-10"]
    assert dates(russian, FRIDAY, "Около двух лет назад семья переехала в Калининград.") == ["2017"]
    assert dates(russian, FRIDAY, "Чуть более месяца назад в Иркутске открылась новая школа.") == ["2019-10"]


def test_an_approximate_count_forward_from_a_dated_day(russian):
    told = ["15 октября в Казани открылся новый мост.", "Спустя несколько дней на нем появились трещины."]
    assert dates(russian, FRIDAY, *told) == ["2019-10", "2019-10-15"]
    told = [
        "3 октября в Твери ограбили отделение банка.",
        "Несколько дней спустя полиция задержала подозреваемого.",
    ]
    assert dates(russian, FRIDAY, *told) == ["2019-10", "2019-10-03"]


def test_an_approximate_count_of_years_dates_nothing(russian):
    # the lead's month of writing at most, never a year counted back
    assert dates(russian, FRIDAY, "Несколько лет назад компания сменила владельца.") in ([], ["2019-11"])


def test_two_months_a_dash_joins_are_dated_by_the_first(russian):
    # said in April: November of the year before
    said = "Бизнесмен перенес тяжелое недомогание в ноябре-декабре."
    assert dates(russian, date(2020, 4, 28), said) == ["2019-11"]
    assert dates(russian, FRIDAY, "В январе-феврале 2019 года завод сократил выпуск.") == ["2019-01"]
    assert dates(
        russian, date(2019, 2, 10), "В декабре-январе пик заболеваемости пришелся на дошкольников."
    ) == ["2018-12"]
    assert dates(russian, FRIDAY, "Выборы пройдут в мае–июне следующего года.") == ["2020-05"]


def test_an_older_documents_date_leaves_the_lead_the_days_news(russian):
    said = "Госдума приняла поправки в Федеральный закон от 7 февраля 2011 г. № 3-ФЗ «О полиции»."
    assert dates(russian, FRIDAY, said) == ["2011-02-07", "2019-11"]
    # a document of the month of writing may be the act the sentence tells: its day dates it
    said = "Постановлением от 15 мая 2020 года правительство утвердило новые правила."
    assert dates(russian, date(2020, 5, 20), said) == ["2020-05-15"]


def test_a_weekday_to_be_reached_lies_ahead(russian):
    assert dates(russian, FRIDAY, "Больше информации станет известно ближе к понедельнику.") == ["2019-11-18"]
    said = "Ситуация с водой в городе должна нормализоваться к понедельнику."
    assert dates(russian, FRIDAY, said) == ["2019-11-18"]
    # told in the past, the day was reached before writing (a Monday)
    assert dates(russian, date(2019, 11, 18), "К пятнице все было готово, но матч отменили.") == [
        "2019-11-15"
    ]
