"""Session 52, mutants (issue 21): tests that kill mutants of `quotes.py` left alive on the lines
changed since 585a2498 (tests/MUTANTS.md "Session 52, quotes"). Each passes on the code and fails on
the mutants it names (scripts/mutation/run.py, or a probe of the mutants over these texts). Kept in a
file of their own so that the other helpers' tests in test_quotes_ru.py change apart. The paragraphs
are made up for these tests."""

from __future__ import annotations

import pytest

from generator.extraction import extract_briefing, parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.quotes import QuoteExtractor
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.readers import Source


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def speakers(russian: tuple, *paragraphs: str) -> list[str | None]:
    """Who says each quote of a Russian body of these paragraphs, in order."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    entities = extract_entities(body, lexicon)
    return [q.speaker for q in QuoteExtractor(entities.named, lexicon).extract()]


MAYOR = "Мэр Твери Алексей Огоньков открыл новый сквер у вокзала."


# ---------------------------------------------------------------- a body named by its head's title


def test_a_body_word_the_model_took_for_a_name_is_still_the_body_the_title_heads(russian):
    # "в Мэрии": the model's organisation is the bare word; the mayor's title names which
    # (`_body_by_title` _6, _7, _20, _22 to _24, _27)
    said = speakers(russian, MAYOR, "«Фонтаны заработают в мае», — сообщили в Мэрии.")
    assert said == ["Мэрия Твери"]


def test_a_press_service_of_a_body_named_by_its_name_is_not_the_mayors_office(russian):
    # "пресс-служба Минздрава" names its body: not the body of the mayor named before
    # (`_body_by_title` _40, _41)
    said = speakers(russian, MAYOR, "«Фонтаны заработают в мае», — сообщила пресс-служба Минздрава.")
    assert said == ["Минздрав"]


def test_his_press_service_is_not_the_office_of_another_named_before(russian):
    # "его пресс-служба" is the actor's, who heads no body: not the mayor's office named before
    # him, nor the mayor (`_body_by_title` _135, _137 to _139, _142; _146 to _168 raise)
    said = speakers(
        russian,
        MAYOR,
        "Актёр Иван Охлобыстин приехал в город на гастроли.",
        "«Спектакль покажут дважды», — сообщила его пресс-служба.",
    )
    assert said[0] not in {"Мэрия Твери", "Алексей Огоньков"}


def test_a_ministry_named_after_the_minister_is_the_one_that_speaks(russian):
    # the ministry of defence named after the minister of education: "в министерстве" is the
    # nearer, named one (`_body_by_title` _186, _193 to _195, _197, _201, _202, _205)
    said = speakers(
        russian,
        "Министр просвещения Сергей Кравцов посетил школу.",
        "Министерство обороны объявило о новых учениях.",
        "«Учения пройдут в августе», — уточнили в министерстве.",
    )
    assert said == ["Министерство обороны"]


def test_a_department_named_by_its_heads_role_speaks_in_its_own_name(russian):
    # "Руководитель департамента транспорта Москвы": no title of the lists, but the role names the
    # department after its head's word; "в департаменте", "пресс-служба департамента" are that
    # department, not the city (`_title_body` _11 to _16, `_title_holder_before` _10, _12,
    # `_body_by_title` _176, _180, _208, _210)
    head = "Руководитель департамента транспорта Москвы Максим Ликсутов рассказал о новых автобусах."
    said = "«Машины выйдут на маршруты в марте», — "
    assert speakers(russian, head, said + "пояснили в департаменте.") == ["Департамент транспорта Москвы"]
    assert speakers(russian, head, said + "сообщила пресс-служба департамента.") == [
        "Департамент транспорта Москвы"
    ]


def test_the_mayors_office_speaks_in_the_paragraph_that_names_the_mayor(russian):
    # the mayor and "в мэрии" in one paragraph (`_body_by_title` _174 raises)
    said = speakers(russian, MAYOR + " «Фонтаны заработают в мае», — сообщили в мэрии.")
    assert said == ["Мэрия Твери"]


def test_a_minister_with_no_words_after_the_title_names_no_ministry(russian):
    # "Министр Иван Петров": which ministry is not said, so "в министерстве" is nobody named, not a
    # "Министерство" with no name (`_title_body` _21)
    said = speakers(
        russian,
        "Министр Иван Петров посетил школу.",
        "«Учебники поступят к сентябрю», — уточнили в министерстве.",
    )
    assert said == [None]


def test_a_minister_named_only_after_the_quote_is_not_whose_ministry_spoke(russian):
    # (`_title_holder_before` _2: a person named after the quotation taken)
    said = speakers(
        russian,
        "«Учебники поступят к сентябрю», — уточнили в министерстве.",
        "Министр просвещения Калужской области Иван Сидоров посетил школу.",
    )
    assert said == [None]


# ---------------------------------------------------------------- a headline that quotes its speaker


def headline(russian: tuple, title: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    """The quotes (text, speaker) of a Russian source with this headline and body, the headline's
    first if it gives one."""
    nlp, lexicon = russian
    source = Source(path="seeds/test.txt", sha256="0" * 64, text="\n\n".join(paragraphs))
    source.paragraphs, source.title, source.language = list(paragraphs), title, "ru"
    return [(q.text, q.speaker) for q in extract_briefing(source, nlp, lexicon).quotes]


PUTIN = "Президент России Владимир Путин провёл совещание с членами правительства."


def test_a_headline_quotation_the_body_quotes_with_e_for_yo_and_no_mark_is_the_bodys(russian):
    # "всё" printed "все" in the body, the headline's "!" dropped: the same words, one quote
    # (`_plain` _9, _10, _15 to _19)
    quotes = headline(
        russian, "Путин: «Мы всё сделаем вовремя!»", PUTIN, "«Мы все сделаем вовремя», — сказал президент."
    )
    assert quotes == [("Мы все сделаем вовремя", "Владимир Путин")]


def test_a_body_named_after_a_headlines_quotation_says_it(russian):
    # "«...» — МИД России": the ministry the body names, its two words matched (`_plain` _2)
    quotes = headline(
        russian,
        "«Переговоры зашли в тупик» — МИД России",
        "МИД России выступил с заявлением о переговорах в Женеве.",
    )
    assert quotes[0] == ("Переговоры зашли в тупик", "МИД России")


def test_a_headline_that_is_a_quotation_alone_names_no_speaker(russian):
    # (`headline_quotes` _29 raises, _30 names "Xxxx")
    quotes = headline(
        russian,
        "«Это была большая ошибка»",
        "Президент Украины Владимир Зеленский прибыл в Брюссель на встречу с лидерами Евросоюза.",
    )
    assert quotes == [("Это была большая ошибка", None)]


def test_a_label_naming_nobody_the_body_names_is_the_speaker_as_printed(russian):
    # "Губернатор Бегларов:" whole, not its first word (`headline_quotes` _63)
    quotes = headline(
        russian,
        "Губернатор Бегларов: «Все дороги отремонтируют к лету»",
        "В Тульской области начался ремонт дорог.",
    )
    assert quotes == [("Все дороги отремонтируют к лету", "Губернатор Бегларов")]


ZELENSKY = "Президент Украины Владимир Зеленский прибыл в Брюссель на встречу с лидерами Евросоюза."
OIL = "Цены на нефть упадут к осени"


def test_a_two_word_quotation_in_a_headline_is_a_quote(russian):
    # (`headline_quotes` _49, _50: two words taken for too few)
    quotes = headline(
        russian,
        "Лавров: «Санкции бесполезны»",
        "Министр иностранных дел России Сергей Лавров выступил на форуме в Москве.",
    )
    assert quotes == [("Санкции бесполезны", "Сергей Лавров")]


def test_a_label_that_goes_on_after_the_name_before_the_quotation_is_still_the_names(russian):
    # "Зеленский после встречи с Макроном:": what the label says after the name is no reason to
    # drop the quote (`headline_quotes` _39)
    quotes = headline(russian, "Зеленский после встречи с Макроном: «Переговоры зашли в тупик»", ZELENSKY)
    assert quotes == [("Переговоры зашли в тупик", "Владимир Зеленский")]


@pytest.mark.parametrize(
    "title",
    [
        "Жители Твери «боятся выходить на улицу по вечерам»",
        "Жители Твери «боятся выходить на улицу по вечерам» — опрос",
        "«Мы никогда не признаем эти выборы»: Киев изучает вмешательство в выборы",
    ],
)
def test_a_quotation_inside_a_headlines_sentence_is_no_ones_quote(russian, title):
    # no label on one side of the quotation: the headline's own sentence quotes (`headline_quotes`
    # _32, _40, _47, _72)
    assert headline(russian, title, "Правительство Украины изучает сообщения о вмешательстве.") == []


@pytest.mark.parametrize("label", ["Главный экономист", "Глава цеха"])
def test_a_label_naming_nobody_is_printed_whole_as_written(russian, label):
    # (`headline_quotes` _62, _65 cut it at a lower-case word, _89, _90 capitalise every word)
    assert headline(russian, f"{label}: «{OIL}»", "Нефть подешевела на биржах.") == [(OIL, label)]


def test_a_label_naming_nobody_ends_before_a_short_word_that_says_what_about(russian):
    # "Эксперт РАН про нефть": the speaker is the expert, not "про нефть" (`headline_quotes` _64)
    quotes = headline(russian, f"Эксперт РАН про нефть: «{OIL}»", "Нефть подешевела на биржах.")
    assert [(text, (speaker or "").lower()) for text, speaker in quotes] == [(OIL, "эксперт ран")]


def test_a_label_after_the_quotation_naming_nobody_is_the_speaker_as_printed(russian):
    # (`headline_quotes` _75, _77)
    quotes = headline(
        russian,
        "«Все дороги отремонтируют к лету» — Губернатор Бегларов",
        "В Тульской области начался ремонт дорог.",
    )
    assert quotes == [("Все дороги отремонтируют к лету", "Губернатор Бегларов")]


def test_a_body_named_after_the_quotation_is_found_past_a_place_named_before_it(russian):
    # Женева is named before the ministry (`_headline_speaker` _29 stopped at it)
    quotes = headline(
        russian,
        "«Переговоры зашли в тупик окончательно» — МИД России о встрече в Женеве",
        "В Женеве прошла встреча делегаций. МИД России выступил с заявлением.",
    )
    assert quotes == [("Переговоры зашли в тупик окончательно", "МИД России")]


def test_a_label_is_not_a_body_the_text_names_elsewhere(russian):
    # "Эксперт:" is not Газпром, the one organisation of the body (`_headline_speaker` _36, _38)
    quotes = headline(russian, f"Эксперт: «{OIL}»", "Акции Газпрома подешевели на бирже.")
    assert quotes == [(OIL, "Эксперт")]


def test_a_headline_that_is_a_quotation_and_a_full_stop_is_a_quote(russian):
    # (`headline_quotes` _20: the stop left after the quotation)
    assert headline(russian, "«Это была большая ошибка».", ZELENSKY) == [("Это была большая ошибка", None)]


def test_an_english_headline_quoting_its_speaker_is_not_a_quote(nlp, lexicon):
    # English papers head a story with a quote of words the story quotes, or says; English data do
    # not set headline_quotes (`headline_quotes` _1)
    paragraphs = ["President Joe Biden visited Baltimore on Tuesday."]
    source = Source(path="seeds/test.txt", sha256="0" * 64, text=paragraphs[0])
    source.paragraphs, source.title, source.language = (
        paragraphs,
        'Biden: "We will rebuild the bridge in a year"',
        "en",
    )
    assert extract_briefing(source, nlp, lexicon).quotes == []


def test_a_body_the_label_names_as_the_body_does_says_the_headlines_quotation(russian):
    # (`_headline_speaker` _26 to _28, _30 to _33, _40 to _47, _50, _52, _53, _55)
    quotes = headline(
        russian,
        "МИД России: «Переговоры зашли в тупик»",
        "МИД России выступил с заявлением о переговорах в Женеве.",
    )
    assert quotes == [("Переговоры зашли в тупик", "МИД России")]


def test_the_person_after_a_headlines_quotation_keeps_the_role_the_body_gives(russian):
    # (`headline_quotes` _93, _94, _96, _99, _102: the role lost)
    nlp, lexicon = russian
    paragraphs = [ZELENSKY]
    source = Source(path="seeds/test.txt", sha256="0" * 64, text=ZELENSKY)
    source.paragraphs, source.title, source.language = (
        paragraphs,
        "«Переговоры зашли в тупик» — Зеленский",
        "ru",
    )
    quotes = extract_briefing(source, nlp, lexicon).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Владимир Зеленский", "Президент Украины")]


def test_a_surname_two_people_of_the_body_share_is_printed_as_the_label(russian):
    # "Трамп:" is Donald or Melania: neither is chosen (`headline_quotes` _80, `_headline_speaker` _19)
    quotes = headline(
        russian,
        "Трамп: «Мы построим стену на границе»",
        "Дональд Трамп и Мелания Трамп прилетели во Флориду.",
    )
    assert quotes == [("Мы построим стену на границе", "Трамп")]


def test_a_label_in_capitals_is_printed_as_a_word(russian):
    # "ЭКСПЕРТ:" is "Эксперт" (`headline_quotes` _88)
    assert headline(russian, f"ЭКСПЕРТ: «{OIL}»", "Нефть подешевела на биржах.") == [(OIL, "Эксперт")]


def test_a_headline_quotation_with_a_name_in_straight_marks_inside_is_one_quote(russian):
    # Russian straight marks nest ('"... "Газпромом" ..."', speech.yaml nested_straight_quotes):
    # read flat, the headline holds three quotations and none is taken (`headline_quotes` _6, _8)
    quotes = headline(
        russian,
        'Миллер: "Переговоры с "Газпромом" зашли в тупик"',
        "Глава Газпрома Алексей Миллер провёл переговоры в Пекине.",
    )
    assert quotes == [('Переговоры с "Газпромом" зашли в тупик', "Алексей Миллер")]


# ---------------------------------------------------------------- a title written out before


def test_a_ministry_is_named_by_a_deputy_ministers_title_in_the_genitive(russian):
    # "Заместитель министра финансов России": "министра" is the minister's title in a case ending
    # (speech.yaml title_case_endings), so "в министерстве" is that ministry (`__init__` _205, _207 to
    # _209: no endings read)
    said = speakers(
        russian,
        "Заместитель министра финансов России Иван Чебесков рассказал о новых облигациях.",
        "«Размещение пройдёт в апреле», — уточнили в министерстве.",
    )
    assert said == ["Министерство финансов России"]


@pytest.mark.parametrize(
    "introduced",
    [
        # the former prefix written out, the short title in full (`_title_forms_of` _8)
        "Бывший премьер-министр России Дмитрий Медведев выступил на форуме в Сочи.",
        # the title as the subject writes it (`_title_forms_of` _6)
        "Экс-премьер Дмитрий Медведев выступил на форуме в Сочи.",
    ],
)
def test_a_former_title_refers_back_to_whom_it_was_written_out_before(russian, introduced):
    said = speakers(russian, introduced, "«Экономика справится с санкциями», — сказал экс-премьер.")
    assert said == ["Дмитрий Медведев"]


# ---------------------------------------------------------------- what the subject means to do


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a person named is the person, not the role before the name
        (
            ("Лидер профсоюза Иван Петров готов «выйти на забастовку вместе со всеми рабочими».",),
            "Иван Петров",
        ),
        # one body by its words
        (("Профсоюз завода намерен «обжаловать решение суда в вышестоящей инстанции».",), "Профсоюз завода"),
        # a group of a body named in marks is the group, not the body
        (
            ("Сотрудники завода «Уралмаш» готовы «выйти на забастовку, если зарплату не выплатят».",),
            "Сотрудники завода",
        ),
        # "он" is whom it refers to
        (
            (
                "Глава компании Иван Петров провёл собрание.",
                "Он намерен «обжаловать решение суда в вышестоящей инстанции».",
            ),
            "Иван Петров",
        ),
        # "мы" and no subject name nobody
        (("Мы намерены «обжаловать решение суда в вышестоящей инстанции».",), None),
        (("Готовы «выйти на забастовку в понедельник, если зарплату не поднимут».",), None),
    ],
)
def test_who_means_to_do_what_the_quotation_says_says_it(russian, paragraphs, speaker):
    # (`speaker` _269, _274 to _279, _281 to _287, _289, _290, _297 to _301)
    assert speakers(russian, *paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Министр транспорта Башкирии Ильдар Ахметов рассказал о ремонте трасс. «Работы завершатся к "
            "осени», — пояснили в министерстве транспорта.",
            "Министерство транспорта Башкирии",
        ),
        (
            "Губернатор Вологодской области Георгий Филимонов провёл совещание о паводке. «Все мосты "
            "находятся под контролем», — сообщили в пресс-службе губернатора.",
            "Пресс-служба губернатора Вологодской области",
        ),
        (
            "Руководитель департамента транспорта Москвы Максим Ликсутов рассказал о новых автобусах. "
            "«Машины выйдут на маршруты в марте», — пояснили в департаменте транспорта.",
            "Департамент транспорта Москвы",
        ),
    ],
)
def test_a_body_its_heads_title_names_speaks_in_the_paragraph_that_names_the_head(russian, paragraph, body):
    # the head and the body's words in one paragraph (`_body_by_title` _73, _103 raise; _75, _79, _90,
    # _92 lose the department read by its head's role)
    assert speakers(russian, paragraph) == [body]


@pytest.mark.parametrize(
    "said",
    [
        # the place is where the correspondent had been, in a clause of its own verb
        "рассказали корреспонденту, который побывал в «Интуристе»",
        # no place: what about, and when
        "рассказали корреспонденту о ремонте",
        "рассказали корреспонденту при встрече",
    ],
)
def test_a_plural_speech_verb_with_no_place_it_was_said_in_names_no_body(russian, said):
    # (`_speaking_body` _69, _70 walk past the clause's verb; _22, _23, _33, _100 take any noun)
    assert speakers(russian, f"«Работы завершатся к осени», — {said}.") == [None]


def test_a_ministry_is_its_ministers_not_the_body_of_another_named_since(russian):
    # the headmistress named after the minister heads a school, no ministry (`_title_body` _8, _9: any
    # role's second word read as the body's kind)
    said = speakers(
        russian,
        "Министр просвещения Сергей Кравцов посетил школу. Директор московской школы Анна Иванова "
        "встретила министра у входа.",
        "«Учебники поступят к сентябрю», — уточнили в министерстве.",
    )
    assert said == ["Министерство просвещения"]
