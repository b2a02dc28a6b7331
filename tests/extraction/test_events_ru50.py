"""Russian dated events mended after session 50's probe of invented sentences (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extraction import parse_body
from generator.extraction.events import extract_events
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def events(russian: tuple, published: date | None, *paragraphs: str) -> list[tuple[str, str]]:
    """(date, the event's sentence) of each event of a body of these paragraphs."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    return [(e.date, e.text) for e in extract_events(body, published, lexicon)[0]]


def test_a_plans_deadline_year_is_an_event_though_a_figure_is_to_be_reached_by_it(russian):
    found = events(
        russian, date(2019, 11, 15), "Компания планирует продать 26 миллионов электромобилей к 2029 году."
    )
    assert [d for d, _ in found] == ["2029"]
    # a year a figure is counted in stays the period of a measure
    assert (
        events(russian, date(2019, 11, 15), "В 2020 году ВВП вырастет на 1,7%, прогнозирует министерство.")
        == []
    )


def test_a_weekday_in_a_text_without_a_publication_date_is_dated_by_the_date_it_prints(russian):
    found = events(
        russian,
        None,
        "Кандидат отменил поездку, которая должна была начаться в понедельник, 12 сентября 2016 года.",
        "В пятницу врачи диагностировали у него бронхит. В воскресенье ему стало плохо на церемонии.",
    )
    assert ("2016-09-09", "В пятницу врачи диагностировали у него бронхит.") in found
    assert ("2016-09-11", "В воскресенье ему стало плохо на церемонии.") in found
    # the nearest of that name: a Wednesday two days after a Monday, not five days before it
    found = events(
        russian,
        None,
        "Президент Франции прибыл в Пекин 4 ноября 2019 года.",
        "В среду он встретился с председателем КНР.",
    )
    assert ("2019-11-06", "В среду он встретился с председателем КНР.") in found


def test_an_undated_texts_day_soon_after_its_latest_date_is_of_that_year(russian):
    found = events(
        russian,
        None,
        "22 марта 2016 года в Брюсселе прогремели взрывы. 23 марта бельгийские власти объявили траур.",
    )
    assert [d for d, _ in found] == ["2016-03-22", "2016-03-23"]


def test_a_documents_date_gives_no_other_date_of_the_sentence_its_year(russian):
    found = events(
        russian,
        date(2019, 3, 15),
        "Госдума 12 марта приняла поправки к закону от 29 декабря 2012 года «Об образовании».",
    )
    # the law's own date stays an event (a law is adopted that day), this March is the Duma's
    assert sorted(d for d, _ in found) == ["2012-12-29", "2019-03-12"]


def test_a_season_of_last_or_this_year_is_dated_by_that_year(russian):
    published = date(2019, 11, 15)
    assert [
        d for d, _ in events(russian, published, "Летом прошлого года злоумышленники ограбили особняк.")
    ] == ["2018"]
    assert [d for d, _ in events(russian, published, "Весной этого года завод запустил вторую линию.")] == [
        "2019"
    ]


def test_a_happening_a_count_runs_from_is_dated_back_from_the_sentences_date(russian):
    found = events(
        russian,
        date(2019, 11, 15),
        "Финал сериала выйдет 28 января 2020 года, через две недели после завершения кроссовера.",
    )
    assert [d for d, _ in found] == ["2020-01-28", "2020-01"]  # two weeks: as precise as a month
    found = events(
        russian,
        date(2016, 3, 26),
        "Музыканты прибыли в Гавану 24 марта, всего через два дня после завершения визита.",
    )
    assert [d for d, _ in found] == ["2016-03-24", "2016-03-22"]
    found = events(
        russian,
        date(2019, 6, 20),
        "За два дня до начала саммита, 12 июня, в городе усилили меры безопасности.",
    )
    # the summit's noun times nothing ahead of a past verb: this June's 12th, and the summit two days on
    assert [d for d, _ in found] == ["2019-06-12", "2019-06-14"]
    # a date right after the happening's words is that happening's own
    found = events(russian, date(2019, 11, 15), "Турция ушла через месяц после начала операции 9 октября.")
    assert [d for d, _ in found] == ["2019-10-09"]


def test_a_count_of_a_unit_and_a_half_from_a_happening_is_counted_in_the_smaller_unit(russian):
    # a month and a half is 45 days, as "полтора месяца назад" is counted, known to its month (it
    # crashed on the fraction)
    found = events(
        russian,
        date(2020, 2, 1),
        "Финал сериала вышел 28 января 2020 года, через полтора месяца после завершения кроссовера.",
    )
    assert [d for d, _ in found] == ["2020-01-28", "2019-12"]


def test_last_friday_on_a_friday_is_a_week_before(russian):
    found = events(russian, date(2019, 11, 15), "В прошлую пятницу на заводе произошел пожар.")
    assert [d for d, _ in found] == ["2019-11-08"]


def test_a_birth_year_tag_is_no_event(russian):
    found = events(
        russian, date(2019, 11, 15), "Вчера в ДТП на трассе пострадал водитель 1985 года рождения."
    )
    assert [d for d, _ in found] == ["2019-11-14"]


def test_today_with_a_present_of_a_happening_is_the_day_of_publication(russian):
    published = date(2019, 11, 15)
    found = events(
        russian, published, "Сегодня в Москве начинается международный форум «Открытые инновации»."
    )
    assert [d for d, _ in found] == ["2019-11-15"]
    # a state told at the time of writing stays none
    assert events(russian, published, "Сегодня в России работают около 3 тысяч музеев.") == []


def test_a_plans_month_lies_ahead(russian):
    found = events(russian, date(2020, 1, 20), "Строительство планируется завершить в сентябре.")
    assert [d for d, _ in found] == ["2020-09"]


def test_last_week_over_two_months_gives_the_year(russian):
    found = events(russian, date(2019, 11, 4), "На прошлой неделе в Москве прошел форум.")
    assert [d for d, _ in found] == ["2019"]
    found = events(russian, date(2019, 11, 15), "На прошлой неделе премьер посетил Сибирь.")
    assert [d for d, _ in found] == ["2019-11"]


def test_lately_is_the_month_of_publication_but_not_of_a_participle(russian):
    published = date(2019, 11, 15)
    lead = [
        "Сериал «Стрела» завершится в январе.",
        "Съемочная группа работала над ним восемь лет.",
        "Каналу принадлежат права на сериал.",
    ]
    found = events(russian, published, *lead, "Недавно в социальных сетях актер сообщил о завершении съемок.")
    assert ("2019-11", "Недавно в социальных сетях актер сообщил о завершении съемок.") in found
    found = events(russian, published, *lead, "В недавно созданном комитете решили провести проверку.")
    assert all("комитете" not in text for _, text in found)


def test_lately_with_an_imperfective_past_tells_a_state_not_a_happening(russian):
    published = date(2019, 11, 15)
    lead = [
        "Сериал «Стрела» завершится в январе.",
        "Съемочная группа работала над ним восемь лет.",
        "Каналу принадлежат права на сериал.",
    ]
    found = events(
        russian,
        published,
        *lead,
        "Российские войска создают базу там, где еще недавно располагались американцы.",
    )
    assert all("американцы" not in text for _, text in found)
    found = events(
        russian, published, *lead, "Обвиняемый на днях был оправдан, прокуратура готовит апелляцию."
    )
    assert ("2019-11", "Обвиняемый на днях был оправдан, прокуратура готовит апелляцию.") in found


def test_a_text_without_a_publication_date_counts_from_the_date_its_lead_gives(russian):
    found = events(
        russian,
        None,
        "Итальянский премьер-министр Маттео Ренци подал в отставку 14 декабря 2016 года.",
        "Вчера президент Серджо Маттарелла попросил его задержаться до принятия бюджета.",
        "На прошлой неделе в Риме прошли массовые протесты.",
    )
    assert (
        "2016-12-13",
        "Вчера президент Серджо Маттарелла попросил его задержаться до принятия бюджета.",
    ) in found
    assert ("2016-12", "На прошлой неделе в Риме прошли массовые протесты.") in found
