"""Russian speakers, sixth round (issue 15): a bare word for the person the sentence before was
about ("— сказала россиянка"), a speaker named in the sentence after the quotation by what they
said ("Такое мнение высказал X"), a source an outlet cites ("со ссылкой на слова X"), "он" for an
unnamed source, a plural speech verb with its subject left out, a person's trade qualified by a
body in apposition. The paragraphs are made up for these tests."""

from __future__ import annotations

import pytest

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.quotes import QuoteExtractor
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def speakers(russian: tuple, *paragraphs: str) -> list[str | None]:
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    entities = extract_entities(body, lexicon)
    return [q.speaker for q in QuoteExtractor(entities.named, lexicon).extract()]


def test_a_bare_word_for_a_person_is_the_one_the_sentence_before_was_about(russian):
    assert speakers(
        russian,
        "Фигуристка Елизавета Туктамышева выиграла короткую программу на этапе Кубка России.",
        "«Я довольна прокатом, хотя прыжки ещё можно улучшить», — сказала россиянка.",
    ) == ["Елизавета Туктамышева"]
    assert speakers(
        russian,
        "Дмитрий Орлов забросил победную шайбу в овертайме.",
        "«Такие голы запоминаются надолго», — признался защитник.",
    ) == ["Дмитрий Орлов"]


def test_somebody_new_or_of_the_other_gender_is_not_the_person_before(russian):
    assert speakers(
        russian,
        "Павел Сорокин открыл новый цех на заводе в Липецке.",
        "«Раньше здесь был пустырь», — рассказал очевидец.",
    ) != ["Павел Сорокин"]
    assert speakers(
        russian,
        "Хоккеист Игорь Шестёркин отразил сорок бросков.",
        "«Он сегодня творил чудеса», — сказала болельщица.",
    ) != ["Игорь Шестёркин"]


def test_a_sentence_after_the_quotation_that_names_what_was_said_names_the_speaker(russian):
    assert speakers(
        russian,
        "«Спрос на новые квартиры в регионах упадёт уже к лету». Такой прогноз сделал руководитель "
        "аналитического центра Сергей Лебедев.",
    ) == ["Сергей Лебедев"]


def test_the_source_an_outlet_cites_speaks_not_the_outlet(russian):
    assert speakers(
        russian,
        "Как пишет Financial Times со ссылкой на слова министра экономики Максима Решетникова, "
        "«рост экономики в этом году замедлится».",
    ) == ["Максим Решетников"]


def test_he_after_an_unnamed_source_is_that_source(russian):
    assert speakers(
        russian,
        "Переговоры о поставках газа возобновятся на следующей неделе, сообщил «Интерфаксу» источник "
        "в отрасли. «Стороны готовы к компромиссу по цене», — добавил он.",
    ) == ["источник в отрасли"]


def test_a_plural_speech_verb_left_without_its_subject_speaks_for_the_group_before(russian):
    assert speakers(
        russian,
        "В прокуратуре Тверской области организовали проверку после обрушения крыши. Добавили: "
        "«Будет дана оценка действиям управляющей компании».",
    ) == ["Прокуратура Тверской области"]


def test_a_persons_trade_qualified_by_a_body_is_hers_not_the_bodys(russian):
    assert speakers(
        russian,
        "«Ставки по вкладам начнут снижаться осенью». Такое мнение высказала экономист «Райффайзенбанка» "
        "Мария Смирнова.",
    ) == ["Мария Смирнова"]
