"""Quotes of Russian text and their speakers: dash-led speech (generator/extraction/dialogue.py),
a statement that speaks with no subject, a relative pronoun and a pronoun of one gender, a body
named where its words were said ("в Кремле заявили"), "по версии ведомства". The paragraphs are
made up for these tests, in the shapes Russian news writes speech in."""

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


def quotes(russian: tuple, *paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each quote of a body of these paragraphs."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    named = extract_entities(body, lexicon).named  # a speaker is named as an entity was
    return [(q.text, q.speaker) for q in QuoteExtractor(named, lexicon).extract()]


def test_dash_led_speech_is_quoted_and_the_narrators_verb_names_its_speaker(russian):
    found = quotes(
        russian,
        "Президент России Владимир Путин встретился с премьер-министром Малайзии Анваром Ибрагимом.",
        "— Наши страны давно и успешно сотрудничают,— пояснил Владимир Путин,— и будут сотрудничать "
        "дальше. Это очень важно.",
        "— Мы ждём вас с визитом в Куала-Лумпуре, — сказал Анвар Ибрагим. Потом гости ушли обедать.",
    )
    assert found == [
        ("Наши страны давно и успешно сотрудничают", "Владимир Путин"),  # the narrator after it
        ("и будут сотрудничать дальше. Это очень важно.", "Владимир Путин"),  # the narrator before it
        ("Мы ждём вас с визитом в Куала-Лумпуре", "Анвар Ибрагим"),  # "Потом гости ушли": narration
    ]


def test_dash_led_speech_after_a_paragraph_ending_in_a_colon_is_whom_it_introduces(russian):
    found = quotes(
        russian,
        "Владимир Путин хотел встать, но Анвар Ибрагим покачал головой и возразил:",
        "— Я должен ответить! У меня только одна жена, и это всем известно.",
    )
    assert found == [("Я должен ответить! У меня только одна жена, и это всем известно.", "Анвар Ибрагим")]


def test_a_dash_inside_a_sentence_is_no_narrator(russian):
    found = quotes(
        russian, "— Диктатор, не утративший чувства стыда, — это ещё не настоящий диктатор, — сказал он."
    )
    assert [text for text, _ in found] == [
        "Диктатор, не утративший чувства стыда, — это ещё не настоящий диктатор"
    ]


def test_a_statement_with_no_subject_speaks_for_whoever_issued_it(russian):
    found = quotes(
        russian,
        "Как пояснил госсекретарь США Майк Помпео, решение связано с покупкой комплексов. «Турция — "
        "ценный партнёр, и мы хотели бы продолжить сотрудничество», — говорится в заявлении чиновника.",
    )
    assert found == [("Турция — ценный партнёр, и мы хотели бы продолжить сотрудничество", "Майк Помпео")]


def test_a_relative_pronoun_speaks_for_the_noun_it_describes(russian):
    found = quotes(russian, "Тон встрече задал Кремль, который призвал коллег «ввести новые пакеты санкций».")
    assert found == [("ввести новые пакеты санкций", "Кремль")]


def test_a_pronoun_speaks_for_the_last_person_of_its_gender(russian):
    found = quotes(
        russian,
        "Судья Сергей Иванов, сообщивший о снятии обвинений с Анны Петровой, сказал, что она свободна. "
        "Она не присутствовала в суде, но новость её очень удивила. "
        "«Не могу поверить в это. Мне можно будет выйти?» — сказала она по телефону.",
    )
    assert found == [("Не могу поверить в это. Мне можно будет выйти?", "Анна Петрова")]  # not the judge


def test_a_plural_speech_verb_with_no_subject_speaks_for_the_body_it_was_said_in(russian):
    found = quotes(
        russian,
        "Число очагов снова начало расти. В ближайшие недели ситуация с пожарами «вероятнее всего, "
        "останется катастрофической из-за погодных условий», утверждают в Greenpeace.",
        "Лидеры двух стран обсудили санкции. В Кремле заявили, что «такие решения принимаются без "
        "консультаций с Москвой».",
    )
    assert found == [
        ("вероятнее всего, останется катастрофической из-за погодных условий", "Greenpeace"),
        ("такие решения принимаются без консультаций с Москвой", "Кремль"),
    ]


def test_a_statement_speaks_for_who_issued_it_whatever_the_gender_of_its_noun(russian):
    # "сообщение" is neuter; the minister who signed and the press service are not: the gender of
    # grammar that tells "она" from "он" says nothing of whom a statement stands for
    found = quotes(
        russian,
        "Министр обороны Украины Андрей Таран подписал соглашения с турецкими компаниями. Об этом "
        "сообщила пресс-служба военного ведомства Украины. «Подписание состоялось в рамках визита "
        "турецкой делегации», — уточняется в сообщении.",
    )
    assert found == [("Подписание состоялось в рамках визита турецкой делегации", "Андрей Таран")]


def test_po_versii_and_a_body_referred_to_by_its_kind_give_the_body_named_before(russian):
    found = quotes(
        russian,
        "Следственный комитет возбудил уголовное дело против чиновников лесного хозяйства. По версии "
        "ведомства, чиновники не принимали нужных мер, «в связи с чем пожары распространились на "
        "значительные территории».",
    )
    assert found == [
        ("в связи с чем пожары распространились на значительные территории", "Следственный комитет")
    ]


def test_one_who_explains_speaks(russian):
    # nobody named: the speaker is the role the text gives
    found = quotes(
        russian,
        "Сотрудник министерства объяснил, что самолеты прилетят с небольшим объемом воды, «и это будет "
        "каплей в море».",
    )
    assert found == [("и это будет каплей в море", "Сотрудник")]


def test_a_person_addressed_by_name_and_patronymic_is_the_person_named_in_full(russian):
    nlp, lexicon = russian
    body = parse_body(
        [
            "Первый президент Украины Леонид Кравчук встретился с президентом Белоруссии Александром "
            "Лукашенко и президентом Сербии Александром Вучичем. Вучич пообещал поддержку.",
            "Давайте послушаем самого Леонида Макаровича: «Мы не просто выбирали президента страны, мы "
            "защищали наши ценности».",
        ],
        nlp,
        lexicon,
    )
    entities = extract_entities(body, lexicon)
    people = {e.name: e.aliases for e in entities["people"]}
    # "Вучич", said alone, is a surname: Александр Вучич is no form of address of Лукашенко
    assert people == {
        "Леонид Кравчук": ["Леонид Макарович"],
        "Александр Лукашенко": [],
        "Александр Вучич": ["Вучич"],
    }
    assert [(q.text, q.speaker) for q in QuoteExtractor(entities.named, lexicon).extract()] == [
        ("Мы не просто выбирали президента страны, мы защищали наши ценности", "Леонид Кравчук")
    ]


def test_a_name_the_model_left_in_its_case_is_the_person_named_in_the_nominative(russian):
    """Natasha leaves some foreign names in the case the text gives ("Мишель Обамой", "Арахамии"):
    their mentions are one person, named in the nominative, and a quote "по словам Арахамии" is his."""
    nlp, lexicon = russian
    body = parse_body(
        [
            "Избранный президент Дональд Трамп не согласился с Мишель Обамой. Мишель Обама в интервью "
            "говорила о надежде. Трамп спорил с мнением Мишель Обамы.",
            "Глава комиссии Давид Арахамия выступил на брифинге. По словам Арахамии, эта версия "
            "«вызвала много вопросов у следователей и экспертов».",
        ],
        nlp,
        lexicon,
    )
    entities = extract_entities(body, lexicon)
    people = {e.name: e.aliases for e in entities["people"]}
    assert people["Мишель Обама"] == ["Мишель Обамой", "Мишель Обамы"]
    assert "Арахамии" in people["Давид Арахамия"]
    assert [(q.text, q.speaker) for q in QuoteExtractor(entities.named, lexicon).extract()] == [
        ("вызвала много вопросов у следователей и экспертов", "Давид Арахамия")
    ]


def test_a_quote_closed_before_a_comma_and_a_dash_ends_there_though_its_opening_mark_stood_before(russian):
    # the paragraph after an unclosed quotation goes on with it and closes it: '", - отметил X'
    found = quotes(
        russian,
        'Глава комиссии Давид Арахамия рассказал о выводах. "Был отчет аудиторской службы, который '
        "обнаружил недостаток. Мы не знаем, это должно делать следствие.",
        "Днем, когда произошел пожар, командиру позвонили. Является ли это преступлением, должно "
        'определять следствие, мы не следственный орган", - отметил Арахамия.',
    )
    assert [speaker for _, speaker in found] == ["Давид Арахамия"]
    assert found[0][0].endswith("должно определять следствие, мы не следственный орган")


def test_a_speaker_after_a_dashed_verb_is_found_wherever_the_parser_hung_it(russian):
    found = quotes(
        russian,
        '"Пришли, забирали первую группу, я от первой группы отказался. Приходили "азовцы", забирали '
        'куда-то ребят всех, и больше не привозили обратно", – рассказывает пленный пограничник '
        "Александр Ржавский.",
        '"В общем, в вертолете было 15 или 16 человек, включая экипаж", – рассказывает один из задержанных.',
        '"Все время слышим звуки выстрелов", – делится одна из молодых мамочек.',
    )
    # a name in apposition to the role speaks; an unnamed one is the group it is one of
    assert [speaker for _, speaker in found] == [
        "Александр Ржавский",
        "один из задержанных",
        "одна из молодых мамочек",
    ]


def test_a_role_of_a_body_is_the_person_who_spoke_before_not_the_body(russian):
    found = quotes(
        russian,
        "Глава временной следственной комиссии Давид Арахамия рассказал, что комиссия начала с Балаклеи.",
        '"Основной версией было сказано, что прилетел беспилотник и все уничтожил", - сказал '
        "председатель ВСК.",
        "Он напомнил, что по данным экспертов в то время были зафиксированы следы.",
        '"Мы не определили, какой вообще беспилотник может соответствовать такому размеру", - заявил '
        "председатель ВСК.",
    )
    assert [speaker for _, speaker in found] == ["Давид Арахамия", "Давид Арахамия"]
