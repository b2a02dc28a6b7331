"""Russian direct speech as scraped pages print it, found as quotes (recall): turns of an interview
and a quoted person's paragraphs led by a typed hyphen, with no narrator's words after them; a
quotation of several paragraphs opened once and closed once; a quotation that lost its opening
mark. The paragraphs are made up for these tests."""

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


def test_a_quotation_opened_once_over_three_paragraphs_is_one_quote_of_whom_its_close_names(russian):
    quotes = quotes_of(
        russian,
        "Тони Надаль оценил игру племянника в матче с Даниилом Медведевым.",
        "«В среду произошло примерно то, что случилось в финале US Open.",
        "Даниил действительно сложный соперник. Он заставляет бороться за каждое очко.",
        "Медведев всё чаще жаловался, и это стоило ему матча», – передает слова Тони Tennis World USA.",
    )
    assert len(quotes) == 1
    text, speaker = quotes[0]
    assert "Он заставляет бороться за каждое очко" in text
    assert text.endswith("это стоило ему матча")
    # Медведев is named inside the last part of the quotation: he is not who says it
    assert speaker == "Тони Надаль"


def test_a_quotation_that_lost_its_opening_mark_ends_its_paragraph_with_the_closing_one(russian):
    quotes = quotes_of(
        russian,
        "В официальном блоге команды Pornhub отмечается:",
        "Мы все раздавлены горем от решения PayPal прекратить платежи более чем сотне тысяч авторов».",
    )
    assert [text for text, _ in quotes] == [
        "Мы все раздавлены горем от решения PayPal прекратить платежи более чем сотне тысяч авторов"
    ]


def test_an_open_quotation_is_not_carried_over_a_paragraph_that_never_closes_it(russian):
    quotes = quotes_of(
        russian,
        "Министр заявил: «Мы будем строить новые школы",
        "Строительство начнется весной, сообщили в министерстве.",
        "Депутаты обсудят бюджет в «Доме правительства» на следующей неделе.",
    )
    assert [text for text, _ in quotes] == ["Мы будем строить новые школы"]
