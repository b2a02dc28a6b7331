"""Russian direct speech as scraped pages print it, found as quotes (recall): turns of an interview
and a quoted person's paragraphs led by a typed hyphen, with no narrator's words after them; a
quotation of several paragraphs opened once and closed once; a quotation that lost its opening
mark; a page's blockquote as the extent of the quotation it holds. The paragraphs and pages are
made up for these tests."""

from __future__ import annotations

import pytest

from generator.extraction import extract_briefing, parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.quotes import QuoteExtractor
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.readers import Source, read_source


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


def page_quotes(russian: tuple, tmp_path, article: str) -> list[tuple[str, str | None]]:
    """The quotes of a Russian page whose <article> holds `article`, read and extracted as a
    source dropped into seeds/ is."""
    nlp, lexicon = russian
    page = (
        '<html lang="ru"><head><title>Суд</title></head><body><article><h1>Суд признал решение законным</h1>'
        f"{article}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    source = read_source(tmp_path / "page.html", tmp_path, load_lexicon())
    return [(q.text, q.speaker) for q in extract_briefing(source, nlp, lexicon).quotes]


def test_a_blockquote_signed_by_its_narrator_is_one_quotation_from_its_start(russian, tmp_path):
    quotes = page_quotes(
        russian,
        tmp_path,
        "<p>Замоскворецкий суд Москвы признал законным постановление Министерства юстиции о фонде, "
        "созданном в прошлом году. Юристы фонда попытались оспорить это решение в суде.</p>"
        "<blockquote>Арифметика очень простая: есть платеж от иностранного лица на счет фонда. "
        "Так что никакого другого решения суд принять просто не мог,<cite>— добавила политолог "
        "Алена Август.</cite></blockquote>"
        "<p>Фонд намерен обжаловать решение суда в вышестоящей инстанции в ближайшее время.</p>",
    )
    assert (
        "Арифметика очень простая: есть платеж от иностранного лица на счет фонда. Так что никакого "
        "другого решения суд принять просто не мог",
        "Алена Август",
    ) in quotes


def test_dash_led_speech_in_a_blockquote_runs_over_the_blocks_paragraphs(russian, tmp_path):
    quotes = page_quotes(
        russian,
        tmp_path,
        "<p>Жители дома на улице Лермонтова снова пожаловались на воду в подвале, которую уже "
        "несколько раз откачивали.</p><p>Заместитель главы района Алексей Журавков предполагает:</p>"
        "<blockquote>– Видимо, это идет подземная вода. Такое бывает, когда она идет из родника."
        "<br/><br/>Людей никто не бросает, глава поселка бывает там два раза в день.</blockquote>"
        "<p>Жители дома ждут, когда воду в подвале откачают снова.</p>",
    )
    # the block's second paragraph, with no dash of its own, goes on with the turn and its speaker
    assert [text for text, _ in quotes] == [
        "Видимо, это идет подземная вода. Такое бывает, когда она идет из родника.",
        "Людей никто не бросает, глава поселка бывает там два раза в день.",
    ]
    assert quotes[0][1] is not None and quotes[1][1] == quotes[0][1]


def headline_quotes(russian: tuple, title: str, *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """The quotes (text, speaker, paragraph) of a Russian source with this headline and body."""
    nlp, lexicon = russian
    source = Source(path="seeds/test.txt", sha256="0" * 64, text="\n\n".join(paragraphs))
    source.paragraphs, source.title, source.language = list(paragraphs), title, "ru"
    return [(q.text, q.speaker, q.ref) for q in extract_briefing(source, nlp, lexicon).quotes]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Лавров: «Россия не будет выпрашивать отмену санкций»", "Сергей Лавров"),
        ('Сергей ЛАВРОВ: "Россия не будет выпрашивать отмену санкций"', "Сергей Лавров"),
        ("Лавров о санкциях: «Россия не будет выпрашивать отмену санкций»", "Сергей Лавров"),
        ("«Россия не будет выпрашивать отмену санкций» — Лавров", "Сергей Лавров"),
        ("«Россия не будет выпрашивать отмену санкций»: Лавров о переговорах", "Сергей Лавров"),
        ("Эксперт: «Россия не будет выпрашивать отмену санкций»", "Эксперт"),
    ],
)
def test_a_headline_quoting_its_speaker_is_a_quote_of_theirs(russian, title, speaker):
    # the body never quotes these words: the headline alone says them, and names who did
    quotes = headline_quotes(
        russian, title, "Министр иностранных дел России Сергей Лавров выступил на форуме в Москве."
    )
    assert quotes == [("Россия не будет выпрашивать отмену санкций", speaker, None)]


@pytest.mark.parametrize(
    "title",
    [
        "«Спартак» обыграл «Динамо» в московском дерби",
        "Премьера недели: «Мастер и Маргарита» выходит в прокат",
        "«Нас не поссорить»: Киев изучает вмешательство в выборы в США",
    ],
)
def test_a_name_or_a_headline_that_goes_on_after_its_quotation_quotes_no_one(russian, title):
    quotes = headline_quotes(russian, title, "Правительство Украины изучает сообщения о вмешательстве.")
    assert quotes == []


def test_a_headline_quotation_the_body_quotes_too_is_the_bodys_quote(russian):
    quotes = headline_quotes(
        russian,
        "Путин: «Экономика России показала устойчивость»",
        "Президент России Владимир Путин провёл совещание с членами правительства.",
        "«Экономика России показала устойчивость к внешним вызовам», — сказал президент.",
    )
    assert quotes == [("Экономика России показала устойчивость к внешним вызовам", "Владимир Путин", "p2")]
