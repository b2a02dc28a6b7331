"""Session 52: the body of text dumps whose headline stands right over the page's fields, and a
story's own lists in saved pages, told from other stories' teasers (issue 15). The pages are made
up for these tests."""

from __future__ import annotations

import pytest

from tests.readers.readkit import read


@pytest.mark.parametrize(
    ("headline", "fields", "story"),
    [
        (
            "Мэрия Томска закупит 20 новых трамваев",
            ["Транспорт", "14 мая 2024, 10:05"],
            [
                "Мэрия Томска подписала контракт на поставку 20 низкопольных трамваев.",
                "Первые вагоны придут на линии осенью, сообщил мэр.",
            ],
        ),
        (
            "Школы Екатеринбурга перевели на дистанционное обучение из-за морозов",
            ["Общество", "сегодня в 07:12", "3 комментария"],
            [
                "Занятия в школах Екатеринбурга для учеников 1-9 классов 18 января отменены.",
                "Старшеклассники учатся в обычном режиме.",
            ],
        ),
        (
            "Local bakery wins state award for sourdough",
            ["Business | 1,204 views"],
            [
                "A family bakery in Dayton won first prize in the Ohio bread competition.",
                "The bakery plans to open a second shop next year.",
            ],
        ),
        (
            "Train strike to disrupt commutes on Thursday",
            ["London, 7 March 2024 — PA"],
            [
                "Rail workers will walk out on Thursday in a dispute over pay, the union said.",
                "Services on six lines will be cancelled.",
            ],
        ),
    ],
)
def test_a_dumps_headline_over_its_fields_and_a_short_lead(tmp_path, lexicon, headline, fields, story):
    """A text dump with no blank line under its headline and a lead of a brief's length: the page's
    rubric, stamp and counter between them are not the story, and the first line is its title."""
    source = read(tmp_path, lexicon, "\n".join([headline, *fields, *story]) + "\n")
    assert source.title == headline
    assert source.paragraphs == story


def page(headline: str, body: str, lang: str = "ru") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f"</head><body><article><h1>{headline}</h1>{body}</article></body></html>"
    )


def test_a_list_under_a_crosshead_is_the_storys(tmp_path, lexicon):
    """A list of short points under a crosshead, no link in it, no colon before it: the story's."""
    body = (
        "<p>Счета за отопление растут каждый год. Эксперты подсказывают, как снизить расходы"
        " без потери тепла.</p>"
        "<h2>Утеплите окна</h2><p>Через старые окна уходит до трети тепла квартиры.</p>"
        "<h2>Что можно сделать своими руками</h2>"
        "<ul><li>Заклеить щели уплотнителем</li><li>Повесить плотные шторы</li>"
        "<li>Поставить отражающий экран за батарею</li></ul>"
        "<p>Эти меры обойдутся дешевле тысячи рублей.</p>"
    )
    source = read(tmp_path, lexicon, page("Как сэкономить на отоплении зимой", body), name="a.html")
    for line in [
        "Что можно сделать своими руками",
        "Заклеить щели уплотнителем",
        "Повесить плотные шторы",
        "Поставить отражающий экран за батарею",
    ]:
        assert line in source.paragraphs


def test_steps_of_an_english_guide_stay(tmp_path, lexicon):
    body = (
        "<p>Households can claim up to $840 back on new heat pumps under the state program.</p>"
        "<h3>How to apply</h3><ol><li>Find an approved installer on the program's website</li>"
        "<li>Keep the itemized invoice after installation</li>"
        "<li>Submit the claim form within 90 days</li></ol>"
        "<p>Rebates are paid within six weeks.</p>"
    )
    source = read(
        tmp_path, lexicon, page("How to apply for the new energy rebate", body, "en"), name="a.html"
    )
    assert "Keep the itemized invoice after installation" in source.paragraphs
    assert "How to apply" in source.paragraphs


def test_main_points_lead_in_stays(tmp_path, lexicon):
    """The lead-in "Главное:" with its colon leads the story's own points; a box's "Главное" has none."""
    body = (
        "<p>Совет директоров Банка России снизил ключевую ставку на 100 базисных пунктов, до 15% годовых.</p>"
        "<p><strong>Главное:</strong></p><ul><li>ставка снижена впервые с 2022 года;</li>"
        "<li>регулятор допускает дальнейшее снижение.</li></ul>"
        "<p>Следующее заседание по ставке пройдет 26 апреля.</p>"
    )
    source = read(tmp_path, lexicon, page("Банк России снизил ключевую ставку", body), name="a.html")
    assert "Главное:" in source.paragraphs


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Последние новости", ["12:15 Мэр Самары проверил ремонт дорог", "11:58 В Тольятти загорелся склад"]),
        ("Популярное", ["Овечкин забросил очередную шайбу 👁 12 400", "СКА уволил главного тренера 👁 6 900"]),
    ],
)
def test_a_list_of_news_stamped_with_times_or_views_goes(tmp_path, lexicon, heading, items):
    """Other stories' headlines listed with their times or view counts, no link left on them: a
    box of news, its heading with it."""
    body = (
        "<p>В воскресенье в Самаре пройдет международный марафон. Движение ограничат"
        " на нескольких улицах.</p>"
        "<p>Общественный транспорт пустят в объезд по соседним улицам.</p>"
        f"<h4>{heading}</h4><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
    )
    source = read(tmp_path, lexicon, page("В Самаре ограничат движение из-за марафона", body), name="a.html")
    assert not any(item in paragraph for item in [heading, *items] for paragraph in source.paragraphs)


def test_a_crawls_links_go_and_its_own_list_stays(tmp_path, lexicon):
    """In a Markdown copy, items that are links as a whole are other pages'; plain items are the
    story's, under its crosshead."""
    text = "\n\n".join(
        [
            "# Как выбрать детское автокресло",
            "Автокресло обязательно для детей до 7 лет. Рассказываем, на что обратить внимание при покупке.",
            "## Главные параметры",
            "- Вес и рост ребенка\n- Способ крепления в машине\n- Результаты краш-тестов",
            "Покупать подержанное кресло эксперты не советуют.",
            "## Еще по теме",
            "- [Новые штрафы для водителей в 2024 году](https://example.ru/n/1)\n"
            "- [Как перевозить ребенка в такси](https://example.ru/n/2)",
        ]
    )
    source = read(tmp_path, lexicon, text + "\n", name="a.md")
    assert "Способ крепления в машине" in source.paragraphs
    assert "Результаты краш-тестов" in source.paragraphs
    assert not any("штрафы" in paragraph for paragraph in source.paragraphs)
