"""Hyphens typed for the dash that opens direct speech: a Russian page's "- Сейчас мы ..." is an
interviewee's answer, and the reader keeps its hyphen for the extraction to tell speech from a
list's item; a page in any other language loses such a hyphen as a bullet, as before. The pages are
made up for these tests."""

from __future__ import annotations

from tests.readers.readkit import read

RUSSIAN_INTERVIEW = (
    '<html lang="ru"><head><title>Интервью</title></head><body><article><h1>Вратарь рассказал о сборах</h1>'
    "<p>Вратарь команды Иван Петров рассказал о тренировках во время паузы на матчи сборных.</p>"
    "<p>- Сейчас мы работаем над общей физической подготовкой. Работаем больше обычного."
    "<br/><br/><b>- В каком режиме тренируетесь?</b><br/>- Тренируемся вечером в привычном режиме.</p>"
    "</article></body></html>"
)


def test_a_russian_pages_speech_hyphens_stay(lexicon, tmp_path):
    source = read(tmp_path, lexicon, RUSSIAN_INTERVIEW, name="interview.html")
    assert source.language == "ru"
    assert source.paragraphs[1:] == [
        "- Сейчас мы работаем над общей физической подготовкой. Работаем больше обычного.",
        "- В каком режиме тренируетесь?",
        "- Тренируемся вечером в привычном режиме.",
    ]


def test_an_english_pages_leading_hyphen_is_a_bullet(lexicon, tmp_path):
    page = (
        '<html lang="en"><head><title>Plans</title></head><body><article><h1>Plans</h1>'
        "<p>The allies now plan to defend the Baltic states from the first day of any war.</p>"
        "<p>- The first brigade will be based in Lithuania by the end of next year.</p>"
        "</article></body></html>"
    )
    source = read(tmp_path, lexicon, page, name="plans.html")
    assert source.paragraphs[-1] == "The first brigade will be based in Lithuania by the end of next year."
