"""Session 52: a Russian page's furniture by its shape, not its words (issue 15, boilerplate). The
pages are made up for these tests."""

from __future__ import annotations

import pytest

from generator.cleaning import clean_lines

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
