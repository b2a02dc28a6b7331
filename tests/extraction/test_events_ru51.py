"""Russian dated events mended after session 51's probe of invented sentences (issue 15)."""

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


def test_a_later_dates_year_does_not_date_a_day_without_one(russian):
    # the year belongs to the children's illness, not to the court's day of this year
    said = "Вчера, 14 ноября, Мещанский суд рассмотрел иск родителей пострадавших в декабре 2018 года детей."
    assert dates(russian, FRIDAY, said) == ["2018-12", "2019-11-14"]
    said = "12 ноября суд приговорил водителя, сбившего пешехода в мае 2017 года, к трем годам колонии."
    assert dates(russian, FRIDAY, said) == ["2017-05", "2019-11-12"]
    # the far end of a range still gives its start the year
    said = "С 28 октября по 3 ноября 2018 года в Сочи проходил форум."
    assert dates(russian, FRIDAY, said) == ["2018-10-28"]


def test_a_weekday_of_a_future_be_lies_ahead(russian):
    # the tagger calls "будет" a present: the match is the coming Sunday, not the last one
    assert dates(russian, FRIDAY, "А в воскресенье будет игра с «Оболонью».") == ["2019-11-17"]
    assert dates(russian, FRIDAY, "В воскресенье будет матч «Динамо» с «Шахтером».") == ["2019-11-17"]


def test_a_day_a_happening_is_set_for_lies_ahead(russian):
    assert dates(russian, FRIDAY, "Следующее заседание суда назначено на среду.") == ["2019-11-20"]


def test_the_night_just_gone_is_the_day_of_writing(russian):
    assert dates(russian, FRIDAY, "Минувшей ночью в Харькове прогремел взрыв.") == ["2019-11-15"]


def test_the_next_few_days_are_the_month_of_writing(russian):
    assert dates(russian, FRIDAY, "В ближайшие дни правительство внесет законопроект в Думу.") == ["2019-11"]


def test_the_same_or_next_day_after_a_month_is_that_month(russian):
    said = (
        "Сегодня ушел из жизни ветеран. В январе 1945 года батарея вышла к Одеру. "
        "В тот же день расчет уничтожил два танка."
    )
    assert dates(russian, FRIDAY, said) == ["1945-01", "1945-01", "2019-11-15"]
    said = "В марте 2014 года в Крыму прошел референдум. На следующий день парламент объявил о независимости."
    assert dates(russian, FRIDAY, said) == ["2014-03", "2014-03"]
    # the eve is the story's day's: "накануне" after a month of the background stays a day
    said = (
        "14 ноября министр прибыл в Стамбул. Переговоры прервали в марте 2019 года. "
        "Его видели накануне в Москве."
    )
    assert "2019-11-13" in dates(russian, FRIDAY, said)


def test_a_count_forward_before_its_unit_is_counted_from_the_day_dated_last(russian):
    said = "12 октября полиция задержала подозреваемого. Спустя три дня его отпустили под залог."
    assert dates(russian, FRIDAY, said) == ["2019-10-12", "2019-10-15"]
    said = "В 2010 году он переехал в Москву. Через три года он возглавил компанию."
    assert dates(russian, FRIDAY, said) == ["2010", "2013"]
    # ahead, from the time of writing; a week's count is known to its month
    assert dates(russian, FRIDAY, "Через неделю начнется суд над бывшим мэром.") == ["2019-11"]
    # counted from the happening it names, it is one event, not two
    said = "Финал выйдет 28 января 2020 года, через две недели после завершения кроссовера."
    assert dates(russian, FRIDAY, said) == ["2020-01", "2020-01-28"]


def test_a_weekend_is_the_nearest_or_the_one_a_shift_names_known_to_its_month(russian):
    monday = date(2019, 11, 18)
    dated = "Мэр провел прием граждан 14 ноября."
    assert dates(russian, monday, dated, "На выходных ураган повредил линии электропередачи.") == [
        "2019-11",
        "2019-11-14",
    ]
    assert dates(russian, monday, dated, "В прошедшие выходные полиция задержала участников акции.") == [
        "2019-11",
        "2019-11-14",
    ]
    assert dates(russian, FRIDAY, dated, "В выходные в парке пройдет ярмарка.") == ["2019-11", "2019-11-14"]
    # every weekend is no date
    assert dates(russian, FRIDAY, dated, "По выходным музей работает до 20 часов.") == ["2019-11-14"]


def test_a_date_the_parse_makes_the_predicate_dates_its_sentence(russian):
    # the copula is the verb; "будет" puts the day ahead
    assert dates(russian, FRIDAY, "Совещание будет в понедельник.") == ["2019-11-18"]
    assert dates(russian, FRIDAY, "Премьера фильма будет 5 декабря.") == ["2019-12-05"]
    assert dates(russian, FRIDAY, "Выборы были в марте.") == ["2019-03"]
    # a verb the parser hung on the date
    assert dates(russian, FRIDAY, "Послезавтра делегация отправится в Пекин.") == ["2019-11-17"]
    # a credit line still dates nothing
    assert dates(russian, FRIDAY, "Фото: Иван Петров, 12 ноября 2019 года") == []
