"""Session 52: a Russian page's furniture by its shape, not its words (issue 15, boilerplate). The
pages are made up for these tests."""

from __future__ import annotations

import pytest

from generator.cleaning import clean_lines
from tests.readers.readkit import ARTICLE, read

HEADLINE = "В Перми на ремонт дорог направят три миллиарда рублей"
LEAD = (
    "Власти Пермского края направят на ремонт дорог в 2024 году около трех миллиардов рублей, "
    "сообщил министр транспорта региона."
)
MORE = [
    "Всего планируется отремонтировать 85 километров улиц. Работы начнутся в мае и продлятся до осени.",
    "Список объектов опубликован на сайте министерства транспорта и дорожного хозяйства края.",
]


@pytest.mark.parametrize(
    "furniture",
    [
        ["Происшествия", "8 549"],  # a rubric and a view counter
        ["11:20 12.03.2024 (обновлено: 11:45 12.03.2024)"],  # a stamp with its update
        ["02.09.2023 | 18:30 | Пермь | Город"],
        ["16+", "Образование / 12.12.2023"],  # an age mark, a section and its date
        ["📷 Здание краевого правительства. Архивное фото"],  # a picture's name
        ["Газета «Звезда» №45 от 14.03.2024, стр. 8"],  # the print edition's issue and page
    ],
)
def test_short_lines_between_the_headline_and_the_lead_are_not_the_story(tmp_path, lexicon, furniture):
    """A page's rubric, stamp, counter, age mark or picture name printed between its headline and
    its first sentence, whatever their words: short lines that end no sentence, above the lead."""
    text = "\n\n".join([HEADLINE, *furniture, LEAD, *MORE])
    source = read(tmp_path, lexicon, text)
    assert source.title == HEADLINE
    assert source.paragraphs == [LEAD, *MORE]


def test_the_first_line_of_a_wrapped_lead_is_not_furniture(tmp_path, lexicon):
    """A text browser's dump wraps the lead: its first line ends no sentence but reaches the width."""
    lead = [
        "Национальный банк Украины на заседании 25 января сохранил учетную ставку",
        "на уровне 15% годовых, сообщила пресс-служба регулятора во вторник днем.",
    ]
    body = [
        "По прогнозу НБУ, инфляция в 2024 году ускорится до 8,6%. Следующее заседание по",
        "ставке пройдет 14 марта, сообщили в пресс-службе регулятора в Киеве вечером.",
    ]
    text = "\n".join(["Нацбанк Украины сохранил учетную ставку", "", *lead, "", *body])
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[0] == " ".join(lead)


def test_readers_comments_under_a_short_story_of_short_paragraphs_go(tmp_path, lexicon):
    """A brief of a few short paragraphs, then the readers' comments under their heading: each a
    name, a time and a text. No paragraph of the brief has 25 words, but two of prose say the story
    has begun, and the heading opens the comments."""
    story = [
        "Дорожники завершили ремонт 18-километрового участка трассы М6 в районе Мостов.",
        "На участке уложили новое покрытие, обновили разметку и установили 12 новых знаков.",
        "Ограничения скорости сняты.",
    ]
    comments = [
        "Комментарии: 2",
        "Виктор 05.08.2024 15:10: Наконец-то, полгода объезжали через Щучин",
        "Ольга 05.08.2024 16:42: А освещение сделали?",
    ]
    text = "\n\n".join(["Под Гродно завершили ремонт трассы М6", "05.08.2024 — 14:30", *story, *comments])
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs == story


STORY = "Первые 10 электробусов выйдут на маршруты Новосибирска в сентябре, сообщил мэр города."


@pytest.mark.parametrize(
    "furniture",
    [
        "Реклама 18+",
        "Реклама. ООО «Ромашка». ИНН 7714538301. erid: 2SDnjdG3xYz",
        "18+",
        "Сайт использует файлы cookie и сервис Яндекс.Метрика. Если вы не хотите, чтобы ваши данные "
        "обрабатывались, покиньте сайт.",
        "Источник фото: halykbank.kz",
        "Читать также: В Омске подорожал проезд в трамваях",
    ],
)
def test_a_russian_pages_ad_marking_age_mark_cookie_notice_and_photo_source_go(lexicon, furniture):
    assert clean_lines([STORY, "", furniture, "", STORY.replace("10", "12")], lexicon) == [
        STORY,
        STORY.replace("10", "12"),
    ]


def test_a_story_sentence_about_cookies_stays(lexicon):
    line = "Роскомнадзор потребовал от сайтов предупреждать пользователей о файлах cookie."
    assert clean_lines([STORY, "", line], lexicon) == [STORY, line]


@pytest.mark.parametrize("head", ["HERZLIYA, Israel —", "Tafida Abubakar Ila, emir of Rano,"])
def test_the_head_of_a_lead_broken_after_a_comma_or_a_dash_is_not_furniture(tmp_path, lexicon, head):
    """A dateline or a clause a dump broke off its lead, ending with a dash or a comma: the lead's."""
    rest = (
        "has died one day after he was admitted to the hospital over an unknown ailment, "
        "his media aide confirmed on Saturday evening."
    )
    text = "   ".join(
        ["First-class emir dies in Kano", "02 May 2020, 16:45", head, rest, ARTICLE[0], ARTICLE[1]]
    )
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[0] == f"{head} {rest}"


def test_a_deck_under_the_headline_is_the_storys(tmp_path, lexicon):
    """A deck of the story's own words under the headline ("Подрядчик обещает открыть движение до
    конца года"), no stop: a line of words, not a page's field (a rubric, a stamp, a count)."""
    deck = "Подрядчик обещает открыть движение по мосту до конца года"
    text = "\n\n".join([HEADLINE, "Город", deck, LEAD, *MORE])
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[0] == deck
    assert "Город" not in source.paragraphs


@pytest.mark.parametrize(
    "deck",
    [
        "Подрядчик обещает открыть движение по мосту к 1 сентября",  # a date in the deck's words
        "Голосование на участках продлится до 20:00 по местному времени",  # a clock time
    ],
)
def test_a_deck_that_names_a_date_or_a_time_is_the_storys(tmp_path, lexicon, deck):
    """A deck's date or time is told in a sentence's words, a stamp's among names and numbers:
    the deck stays, the stamp above it goes."""
    text = "\n\n".join([HEADLINE, "11:20 12.03.2024", deck, LEAD, *MORE])
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[0] == deck
    assert "11:20 12.03.2024" not in source.paragraphs


def test_other_stories_headlines_that_end_with_a_guillemet_go_under_their_label(lexicon):
    """A Russian headline ends with a closing guillemet and no stop, a quotation or a quoted name
    ("Семак: «Сегодня мы были сильнее»", "Гусев назвал причину поражения «Динамо»"); a Russian
    sentence prints its stop after the guillemet. Under "Новости по теме:" they are teasers."""
    lines = [
        STORY,
        "",
        "Новости по теме:",
        "",
        "Семак: «Сегодня мы были сильнее»",
        "",
        "Гусев назвал причину поражения «Динамо»",
    ]
    assert clean_lines(lines, lexicon) == [STORY]


def test_a_story_sentence_that_ends_after_a_guillemet_stays(lexicon):
    last = "Матч пройдет на стадионе «Динамо»."
    assert clean_lines([STORY, "", last], lexicon) == [STORY, last]
