"""Russian direct speech as scraped pages print it, found as quotes (recall): turns of an interview
and a quoted person's paragraphs led by a typed hyphen, with no narrator's words after them. The
paragraphs are made up for these tests."""

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


def quotes_of(russian: tuple, *paragraphs: str) -> list[tuple[str, str | None]]:
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    entities = extract_entities(body, lexicon)
    return [(q.text, q.speaker) for q in QuoteExtractor(entities.named, lexicon).extract()]


def test_an_interviews_answers_led_by_typed_hyphens_are_the_interviewees(russian):
    quotes = quotes_of(
        russian,
        "Вратарь «Динамо» Георгий Бущан рассказал о тренировках команды во время паузы.",
        "- Сейчас мы работаем над общей физической подготовкой.",
        "- В каком режиме тренируетесь?",
        "- Тренируемся вечером в привычном режиме.",
    )
    assert quotes == [
        ("Сейчас мы работаем над общей физической подготовкой.", "Георгий Бущан"),
        ("В каком режиме тренируетесь?", None),
        ("Тренируемся вечером в привычном режиме.", "Георгий Бущан"),
    ]


def test_a_lone_paragraph_of_prose_led_by_a_typed_hyphen_is_speech(russian):
    quotes = quotes_of(
        russian,
        "Военный комиссар Денис Буров сказал, что сейчас службу несут три тысячи человек.",
        "- География обширная: от Калининграда до Владивостока. Все парни идут с удовольствием.",
        "Призывников проводили на сборный пункт.",
    )
    assert [text for text, _ in quotes] == [
        "География обширная: от Калининграда до Владивостока. Все парни идут с удовольствием."
    ]


def test_a_run_of_statements_led_by_typed_hyphens_is_a_list(russian):
    quotes = quotes_of(
        russian,
        "Правительство утвердило новые меры поддержки бизнеса.",
        "- Налоговые каникулы продлены до конца года.",
        "- Арендные платежи снижены вдвое.",
    )
    assert quotes == []
