"""Figures of Russian text: Natasha names no numbers, so they are read from the words by
generator/data/ru/numbers.yaml (generator/extraction/figures_ru.py). The sentences are made up
for these tests, in the shapes Russian news writes figures in."""

from __future__ import annotations

import pytest

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.figures_ru import extract_russian_figures
from generator.extraction.quotes import QuoteExtractor
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def figures(russian: tuple, *paragraphs: str) -> list[dict]:
    """The figures of a body of these paragraphs, each as the briefing writes it (None left out)."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    named = extract_entities(body, lexicon).named  # who claims a figure is a named person or body
    found = extract_russian_figures(body, lexicon, QuoteExtractor(named, lexicon))
    return [
        {k: v for k, v in f.model_dump().items() if v is not None and k not in ("text", "ref")} for f in found
    ]


def test_digits_with_scales_units_and_qualifiers(russian):
    found = figures(
        russian,
        "По данным Минобороны, к границе переброшено около 9 тыс. военных и 10 000 единиц техники. "
        "Ущерб превысил $800 млн, а протяжённость границы составляет 1,2 тыс. км.",
    )
    assert found == [
        {"value": 9000, "qualifier": "about", "counts": "тыс. военных", "claimed_by": "Минобороны"},
        {"value": 10000, "counts": "техники", "claimed_by": "Минобороны"},  # "единиц" of what
        {"value": 800_000_000, "unit": "USD", "subject": "Ущерб"},
        # nothing after the unit: the unit, as written with its scale, is what is counted
        {"value": 1200, "unit": "km", "counts": "тыс. км", "subject": "протяжённость границы"},
    ]


def test_a_count_keeps_the_scale_it_is_written_in(russian):
    # a reader compares "107 тысяч человек" with "1,1 млн человек" in the words the text uses, as a
    # sum's "млн фунтов"; a ten ("полтора десятка") is a number's word and is not kept
    found = figures(
        russian,
        "С начала года зону посетили 107 тысяч человек. В Европе заражено более 1,1 млн человек. "
        "Ежедневно умирает тысяча европейцев. Пострадали полтора десятка человек.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (107_000, "тысяч человек"),
        (1_100_000, "млн человек"),
        (1000, "тысяча европейцев"),
        (15, "человек"),
    ]


def test_number_words_in_any_case_and_collective_numerals(russian):
    found = figures(
        russian,
        "В учениях участвуют подразделения двух батальонов. Задержаны четверо мужчин. "
        "Эвакуированы около тысячи жителей, среди них мать троих детей.",
    )
    assert [(f["value"], f["counts"], f.get("qualifier")) for f in found] == [
        (2, "батальонов", None),
        (4, "мужчин", None),
        (1000, "тысячи жителей", "about"),
        (3, "детей", None),
    ]


def test_a_range_shares_its_scale_and_a_percent_measures_the_verbs_subject(russian):
    found = figures(
        russian,
        "Страна вывозила от 5 до 6 миллионов тонн зерна в месяц. Цены на муку выросли на 15%. "
        "Расходы составили 12,5 млрд руб.",
    )
    assert found == [
        {"low": 5_000_000, "high": 6_000_000, "unit": "tons", "counts": "зерна"},
        {"value": 15, "unit": "percent", "counts": "%", "subject": "Цены на муку"},  # its unit alone
        {"value": 12_500_000_000, "unit": "RUB", "counts": "млрд руб", "subject": "Расходы"},
    ]


def test_a_dashed_unit_adjective_and_an_age(russian):
    found = figures(
        russian,
        "Баржа уложила 2,6-километровый участок трубы. Задержан 58-летний житель Воскресенска. "
        "Конфликт начался после 44-дневной войны.",
    )
    assert found == [
        {"value": 2.6, "unit": "km", "counts": "участок", "subject": "участок трубы"},
        {"value": 58, "unit": "years", "counts": "лет", "subject": "житель Воскресенска"},
    ]  # "44-дневной войны" is a length of time


def test_years_days_times_names_and_lengths_of_time_are_no_figures(russian):
    found = figures(
        russian,
        "11 февраля 2019 года в 15:41 телеканал «Россия 24» сообщил, что вертолёт Ми-17 вылетел. "
        "Он умер через шесть часов, а цены выросли в пять раз. Один из них уехал в 2014 году.",
    )
    assert found == []


def test_a_quantity_in_units_counts_its_units_as_the_text_writes_them(russian):
    found = figures(
        russian,
        "Потери имущества по балансовой стоимости - более 12 млрд грн. За четыре дня авиация потушила "
        "753 тысячи гектаров.",
    )
    assert [(f["value"], f["unit"], f.get("counts")) for f in found] == [
        (12_000_000_000, "UAH", "млрд грн"),  # the scale is part of the measure as written
        (753_000, "ha", "тысячи гектаров"),
    ]


def test_a_verbal_adverb_or_a_second_verb_measures_the_subject_of_its_head(russian):
    # "увеличившись на 17,8%": the verbal adverb has no subject of its own, the revenue grew
    found = figures(
        russian,
        "Выручка компании составила 2,1 трлн рублей, увеличившись на 17,8% в годовом выражении.",
        "Чистый долг вырос на 1% и по состоянию на 31 марта составил 2,4 триллиона рублей.",
    )
    subjects = {f["value"]: f.get("subject") for f in found}
    assert subjects[17.8] == "Выручка компании"
    assert subjects[2.4e12] == "Чистый долг"


def test_an_amount_in_the_size_of_counts_what_it_is_the_size_of(russian):
    # "в размере" says how big something is: it is the fine's, the aid's size, not a size's
    found = figures(
        russian,
        "Компании грозит штраф в размере до 8 млрд евро. "
        "Правительство выделит помощь в размере 300 млн рублей.",
    )
    assert [(f["value"], f["unit"], f["counts"], f["subject"]) for f in found] == [
        (8e9, "EUR", "млрд евро", "штраф"),
        (3e8, "RUB", "млн рублей", "помощь"),
    ]


def test_a_unit_of_two_abbreviations_each_with_its_stop(russian):
    found = figures(
        russian, "Мощность газопровода составит 55 млрд куб. м газа в год, а площадь — 600 кв. км."
    )
    assert [(f["value"], f["unit"], f.get("counts")) for f in found] == [
        (55e9, "m3", "газа"),
        (600.0, "km2", "кв. км"),
    ]


def test_a_calibre_in_millimetres_is_no_figure(russian):
    found = figures(
        russian,
        "Прошли пуски реактивных снарядов калибра 122 мм. Огонь вели 12 гаубиц 152 мм.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [(12.0, "гаубиц")]


def test_two_numbers_joined_by_or_are_a_range(russian):
    found = figures(russian, "В вертолете было 15 или 16 человек, включая экипаж.")
    assert [(f.get("value"), f.get("low"), f.get("high"), f.get("counts")) for f in found] == [
        (None, 15.0, 16.0, "человек")
    ]


def test_a_number_that_is_its_verbs_subject_counts_those_who_did_it(russian):
    found = figures(
        russian,
        "Двое пытались убежать, но были схвачены. Погибли два человека и еще пять были ранены.",
        "В результате взрыва погибли пятеро.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (2, "пытались убежать"),
        (2, "человека"),
        (5, "ранены"),
        (5, "погибли"),
    ]


def test_the_number_of_a_laws_part_is_no_figure(russian):
    found = figures(
        russian,
        "Возбуждено уголовное дело по ч. 1.1 ст. 293 Уголовного кодекса, по статье 105 задержаны 3 человека.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [(3, "человека")]


def test_thousands_and_tens_of_thousands_are_many_not_a_number(russian):
    found = figures(
        russian,
        "Тысячи лесников были уволены. Огонь охватил десятки тысяч гектаров леса. "
        "Около тысячи жителей эвакуированы.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [(1000, "тысячи жителей")]


def test_a_participle_before_the_noun_or_for_it_is_part_of_what_is_counted(russian):
    # "населенных пунктов": the participle is the noun's adjective; "протестующих": it is the noun
    found = figures(
        russian,
        "К концу июля около 500 населенных пунктов оказались в зоне задымления. Задержаны 300 протестующих.",
    )
    assert found == [
        {"value": 500, "qualifier": "about", "counts": "населенных пунктов"},
        {"value": 300, "counts": "протестующих"},
    ]


def test_a_change_from_one_level_to_another_is_both_levels_as_stated(russian):
    # "до" after "с N" joins the two levels: the second is no upper bound, and the scale written once
    # after both belongs to the first as well; "с 5 по 6 августа" is a span of days, no figure
    found = figures(
        russian,
        "В Красноярском крае с 5 по 6 августа площадь пожаров увеличилась с 777 до 826 тысяч гектаров. "
        "Число заболевших выросло с 1200 до 1500 человек, а цены снизились с 5 тыс. до 4 тыс. рублей.",
    )
    assert [(f["value"], f.get("qualifier"), f.get("counts")) for f in found] == [
        (777_000, None, "тысяч гектаров"),
        (826_000, None, "тысяч гектаров"),
        (1200, None, "человек"),
        (1500, None, "человек"),
        (5000, None, "тыс. рублей"),
        (4000, None, "тыс. рублей"),
    ]


def test_a_ten_counted_is_a_scale_and_tens_are_many(russian):
    found = figures(
        russian,
        "Пострадали полтора десятка человек. Еще два десятка домов разрушены. Около десятка семей "
        "эвакуированы. Команда вошла в десятку лучших клубов. Несколько десятков человек задержаны.",
    )
    assert [(f["value"], f["counts"], f.get("qualifier")) for f in found] == [
        (15, "человек", None),
        (20, "домов", None),
        (10, "семей", "about"),
    ]


def test_the_level_a_change_reached_is_no_upper_bound(russian):
    found = figures(russian, "Число погибших выросло до 12 человек. В акции участвовали до 500 человек.")
    assert [(f["value"], f.get("qualifier")) for f in found] == [(12, None), (500, "up to")]


def test_minus_before_a_number_makes_it_negative_and_a_qualifier_stands_before_the_sign(russian):
    found = figures(
        russian,
        "Ночью в Якутске морозы достигнут минус 45 градусов, днем будет около минус 38 градусов. "
        "В Оймяконе термометры показали минус 52 градуса.",
    )
    assert [(f["value"], f.get("qualifier"), f.get("unit")) for f in found] == [
        (-45, None, "degrees"),
        (-38, "about", "degrees"),
        (-52, None, "degrees"),
    ]


def test_a_number_before_a_dash_for_its_verb_counts_what_the_words_after_the_dash_say(russian):
    found = figures(
        russian,
        "В результате аварии погибли 12 человек, из них трое — дети. К забастовке могут "
        "присоединиться 4 тысячи человек, из них 1,8 тысячи — в Испании.",
        "Счет матча — 2:1, в прошлом сезоне — 3 — 0.",  # a score is no figure
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (12, "человек"),
        (3, "дети"),
        (4000, "тысячи человек"),
        (1800, "тысячи человек"),  # of the head's people, in Spain (below)
    ]
    assert found[3]["subject"] == "в Испании"


def test_a_number_somewhere_counts_those_where_its_verb_of_being_says(russian):
    found = figures(
        russian,
        "Еще 548 находятся в изоляторах по месту службы. Двое остаются в реанимации.",
        "Погибли два человека и еще пять были ранены.",  # a verb of no place: the verb alone, as before
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (548, "находятся в изоляторах по месту службы"),
        (2, "остаются в реанимации"),
        (2, "человека"),
        (5, "ранены"),
    ]


def test_a_qualifier_before_the_preposition_of_a_changes_size_qualifies_that_size(russian):
    found = figures(
        russian,
        "Цены на бензин выросли почти на 20 процентов. Число заболевших сократилось примерно на 300 человек.",
    )
    assert [(f["value"], f.get("qualifier")) for f in found] == [(20, "nearly"), (300, "about")]


def test_a_bare_number_a_count_noun_names_counts_that_nouns_genitive(russian):
    # the level "число"/"количество" reaches (its verb's object, or after a dash set for the verb)
    # is a count of what its genitive names, with no noun after the number
    found = figures(
        russian,
        "Число погибших выросло до 12. Количество заболевших в области достигло 2700. "
        "Здесь же зафиксировано рекордное число смертей — восемь.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (12, "погибших"),
        (2700, "заболевших"),
        (8, "смертей"),
    ]
    # a bare number whose verb's subject is no count noun still counts nothing
    assert figures(russian, "Команда выиграла со счетом 3.") == []


def test_an_anniversary_is_no_age(russian):
    # "75-летия", "к 100-летию": the years since a thing, as in a street's name; "44-летний" is an age
    found = figures(
        russian,
        "Парад в честь 75-летия Победы пройдет на улице 40-летия Октября. "
        "Вместо него назначен 44-летний Доминик Рааб.",
    )
    assert found == [{"value": 44, "unit": "years", "counts": "лет", "subject": "Доминик Рааб"}]


def test_an_age_in_words_after_whose_it_is_or_in_a_list_after_them(russian):
    """Incident reports write ages as compound words ("семилетний мальчик"), as a count of years
    after the person ("мужчину 45 лет", "Ему 44 года", "Мальчику исполнилось 12 лет") or as a list
    after a dash ("три ребенка – полуторагодовалый, девятилетний и ..."); a prison term, how long
    one did a thing, a year of birth are none, and no one is measured in percent."""
    found = figures(
        russian,
        "Семилетний мальчик и двадцатипятилетняя мать доставлены в больницу. "
        "В больницу доставили мужчину 45 лет и ребенка 7 лет. Ему 44 года. Мальчику исполнилось 12 лет. "
        "Заразились три ребенка – полуторагодовалый и девятилетний. "
        "Возраст заболевших от полутора до 85 лет.",
        # no age: a term, a length of time, a year of birth, a whole fan
        "Суд назначил осужденному 10 лет колонии. Многодетная мать восемь лет находилась за решеткой. "
        "В больнице находится женщина 1985 года рождения. Десятилетний срок истек. "
        "Он не относится к числу стопроцентных фанатов проекта.",
    )
    ages = [
        (f.get("value") or (f["low"], f["high"]), f.get("subject")) for f in found if f.get("unit") == "years"
    ]
    assert ages == [
        (7, "Семилетний мальчик"),
        (25, "двадцатипятилетняя мать"),
        (45, "мужчину"),
        (7, "ребенка"),
        (44, None),
        (12, "Мальчику"),
        (1.5, "полуторагодовалый ребенок"),
        (9, "девятилетний ребенок"),
        ((1.5, 85), "заболевших"),
    ]
    assert [f for f in found if f.get("unit") != "years"] == [{"value": 3, "counts": "ребенка"}]


def test_parties_named_by_a_small_number_word_and_the_parts_of_an_argument_are_no_count(russian):
    """ "лидеры двух стран" says which countries; "три узловых момента", "по двум причинам" how a
    thing is told; four countries, or countries in digits, are counted."""
    found = figures(
        russian,
        "Лидеры двух стран обсудили ситуацию. Это только три узловых момента, а переговоры сорваны по двум "
        "причинам. В Киев прибыли президенты четырех стран. Вирус выявлен в 150 странах.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [(4, "стран"), (150, "странах")]


def test_a_number_before_a_name_is_a_postcode_and_half_a_million_is_a_number(russian):
    found = figures(
        russian,
        "Письма направляйте по адресу 656056 Алтайский край, г. Барнаул. "
        "Полмиллиона человек остались без света.",
    )
    assert found == [{"value": 500_000, "counts": "человек"}]


def test_a_level_with_its_scale_word_a_signed_temperature_and_hryvnias_the_tagger_misreads(russian):
    """ "Количество заболевших превысило 100 тысяч": the verb governs the scale word, and the count
    is still of whom the generic noun names; "до -25 градусов" is below zero; "6,5 тыс. гривен"
    is in hryvnias though the tagger reads "гривен" as an adverb."""
    found = figures(
        russian,
        "Количество заболевших превысило 100 тысяч. Температура воздуха опустится до -25 градусов. "
        "Беженцы получили выплаты в размере 6,5 тыс. гривен.",
    )
    assert [(f["value"], f.get("unit"), f.get("counts")) for f in found] == [
        (100_000, None, "заболевших"),
        (-25, "degrees", "градусов"),
        (6500, "UAH", "тыс. гривен"),
    ]


def test_the_items_of_a_list_that_leave_out_their_verb_and_noun_count_what_its_head_counts(russian):
    """ "Барнаул – 86 заболевших, Рубцовск – 15": a report by town, region or party gives the first
    item in full and the rest as "where — how many"; each is a figure of the head's noun, of its
    item's place or party."""
    found = figures(
        russian,
        "Всего за сутки выявлено 350 новых случаев: Москва — 120, Подмосковье — 45, Тверь — по семь. "
        "По районам они распределились так: Кировский район – 12 заболевших, Ленинский – 9.",
    )
    assert [(f["value"], f.get("counts"), f.get("subject")) for f in found] == [
        (350, "новых случаев", None),
        (120, "новых случаев", "Москва"),
        (45, "новых случаев", "Подмосковье"),
        (7, "новых случаев", "Тверь"),  # "по семь": seven each
        (12, "заболевших", "Кировский район"),  # the participle stands for its noun
        (9, "заболевших", "Ленинский"),
    ]
    # with no figure before it in its sentence, an item names nothing it could count
    assert figures(russian, "Москва — 15. Матч закончился со счетом 3 — 0.") == []


def test_a_share_or_a_price_change_in_a_list_is_its_items_not_the_first_items(russian):
    found = figures(
        russian,
        "«Единая Россия» получила 49,8% голосов, КПРФ – 18,9%, ЛДПР – 7,5%. "
        "Lada подорожала на 20-35 тыс. рублей, Haval — на 40-60 тыс., Kia Rio — на 15 тыс. рублей.",
    )
    assert [(f.get("value") or (f["low"], f["high"]), f.get("counts"), f.get("subject")) for f in found] == [
        (49.8, "% голосов", None),
        (18.9, "% голосов", "КПРФ"),  # not «Единая Россия», the verb's subject
        (7.5, "% голосов", "ЛДПР"),
        ((20_000, 35_000), "тыс. рублей", "Lada"),
        ((40_000, 60_000), "тыс. рублей", "Haval"),  # "тыс." alone: thousands of the head's roubles
        (15_000, "тыс. рублей", "Kia Rio"),  # a name in Latin letters
    ]
    assert {f.get("unit") for f in found[3:]} == {"RUB"}


def test_a_number_written_with_a_leading_zero_or_glued_to_a_name_by_a_plus_is_no_count(russian):
    found = figures(russian, "Седан Voyah 001 — на 20 тыс. рублей дороже прошлогоднего.")
    assert [(f["value"], f.get("subject")) for f in found] == [(20_000, "Седан Voyah 001")]
    # "N+1" names a site; "+38" with a space before it is a temperature above zero
    found = figures(russian, "Об этом сайту N+1 рассказал научный сотрудник. Ожидается до +38 градусов.")
    assert [(f["value"], f.get("unit")) for f in found] == [(38, "degrees")]


def test_an_item_that_gives_its_number_first_and_where_after_counts_what_the_lists_head_counts(russian):
    """ "Три случая подтвердились в Тимашевском районе, по два – в Лабинске и Крымске": the number
    first, then where (a preposition of `subject_prepositions`, after a dash or not), of what the
    sentence's first figure counts; a noun after the dash is what is counted ("трое — дети")."""
    found = figures(
        russian,
        "Три случая подтвердились в Тимашевском районе, по два – в Лабинске и Крымске. "
        "Двадцать пациентов находятся на ИВЛ: пять в инфекционной больнице №2, четыре – в горбольнице, "
        "три – краевой больнице, по два в районных больницах. "
        "«Газпром» передал 100% акций Nord Stream 2 в залог.",  # a name's number, after the list's head
    )
    assert [(f["value"], f.get("counts"), f.get("subject")) for f in found] == [
        (3, "случая", None),
        (2, "случая", "в Лабинске и Крымске"),
        (20, "пациентов", None),
        (5, "пациентов", "в инфекционной больнице №2"),
        (4, "пациентов", "в горбольнице"),
        (3, "краевой больнице", None),  # no preposition: the words are read as what is counted
        (2, "пациентов", "в районных больницах"),  # the head, not the item misread before it
        (100, "% акций", None),
    ]


def test_money_counts_its_scale_and_currency_as_written_pounds_and_tenge_included(russian):
    found = figures(
        russian,
        "Бизнесмен сколотил состояние, которое оценивается в 850 млн фунтов. "
        "Эстония вложила более 220 миллионов евро в оборону Украины. "
        "Общая сумма инвестиций составит 2,5 млрд тенге.",
        "Автомобили Geely подорожали на 45-163 тыс. рублей.",
    )
    assert [(f.get("value", (f.get("low"), f.get("high"))), f["unit"], f["counts"]) for f in found] == [
        (850_000_000, "GBP", "млн фунтов"),
        (220_000_000, "EUR", "миллионов евро"),
        (2_500_000_000, "KZT", "млрд тенге"),
        ((45_000, 163_000), "RUB", "тыс. рублей"),
    ]


def test_an_age_counts_years_as_the_text_writes_it(russian):
    found = figures(
        russian,
        "Вместо него назначен 44-летний Доминик Рааб. Пациенту было 45 лет. "
        "Привозят в основном людей в возрасте от 40 до 50 лет.",
    )
    assert [(f.get("value", (f.get("low"), f.get("high"))), f["unit"], f["counts"]) for f in found] == [
        (44, "years", "лет"),
        (45, "years", "лет"),
        ((40, 50), "years", "лет"),
    ]


def test_a_unit_that_belongs_to_a_noun_counts_the_unit_as_written_of_that_noun(russian):
    # the fires, the aid are whose area and sum it is; the hectares, the euros are what is counted
    found = figures(
        russian,
        "Под наблюдением находятся лесные пожары на 2,37 миллиона гектаров. "
        "Эстония предоставила Украине гуманитарную помощь на сумму около 15 миллионов евро.",
    )
    assert [(f["value"], f["unit"], f["counts"], f["subject"]) for f in found] == [
        (2_370_000, "ha", "миллиона гектаров", "лесные пожары"),
        (15_000_000, "EUR", "миллионов евро", "гуманитарную помощь"),
    ]


def test_a_measure_in_two_units_is_one_figure_in_the_larger(russian):
    found = figures(
        russian,
        "Спортсменка метнула снаряд на 21 метр 36 сантиметров. "
        "Серебро завоевала новозеландка с результатом 20 метров 70 сантиметров. Посылка весила 2 кг 300 г.",
    )
    assert [(f["value"], f["unit"]) for f in found] == [(21.36, "m"), (20.7, "m"), (2.3, "kg")]


def test_a_bare_number_in_brackets_counts_the_words_before_it_and_a_telephone_code_nothing(russian):
    found = figures(
        russian,
        "Больше всего случаев Covid-19 выявлено в Алма-Ате (847). Город на первом месте по количеству "
        "выздоровевших (214). Телефон редакции (495) 287-72-00.",
    )
    assert [(f["value"], f["counts"], f.get("subject")) for f in found] == [
        (847, "случаев Covid-19", "Алма-Ате"),
        (214, "выздоровевших", None),
    ]


def test_a_spaced_hyphen_stands_for_the_verb_as_a_dash_does_and_a_number_keeps_its_sentence_stop(russian):
    # online text types "-" for "–": "60 - в Веневском" is an item of the list "71 случай ..."; a
    # number closing its sentence before another number ("489. 71") is still a number; a count a
    # generic noun names keeps whose it is ("случаев заражения")
    found = figures(
        russian,
        "Наибольшее число случаев заражения зафиксировано в Туле - 489. 71 случай зафиксирован в "
        "Новомосковском районе, 60 - в Веневском.",
    )
    assert [(f["value"], f["counts"], f.get("subject")) for f in found] == [
        (489, "случаев", "случаев заражения"),
        (71, "случай", None),
        (60, "случай", "в Веневском"),
    ]


def test_a_bare_number_after_from_right_after_a_count_is_the_whole_that_count_is_part_of(russian):
    found = figures(russian, "По оценке авиакомпании, 200 рейсов из 830 будут изменены.")
    assert [(f["value"], f["counts"]) for f in found] == [(200, "рейсов"), (830, "рейсов")]


def test_an_age_compared_or_ones_own_is_an_age(russian):
    # "старше 18 лет", "младше 45 лет", "в свои 17 лет" say how old; "10 лет колонии" stays a term
    found = figures(
        russian,
        "Прививаться можно людям старше 18 лет. Половину заразившихся составили люди младше 45 лет. "
        "В свои 17 лет Лила становится лицом журнала. Он получил 10 лет колонии.",
    )
    assert [(f["value"], f.get("unit"), f["counts"]) for f in found] == [
        (18, "years", "лет"),
        (45, "years", "лет"),
        (17, "years", "лет"),
    ]


def test_an_adjective_a_number_counts_stands_for_the_noun_left_out(russian):
    found = figures(
        russian,
        "Сборная завоевала 12 медалей (2 золотых, 5 серебряных и 5 бронзовых). "
        "Среди четырех заболевших в Сочи двое детей.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (12, "медалей"),
        (2, "золотых"),
        (5, "серебряных"),
        (5, "бронзовых"),
        (4, "заболевших"),
        (2, "детей"),
    ]


def test_a_part_of_them_counts_what_the_figure_before_counted(russian):
    # "из них" opens a part of the whole the paragraph counted just before, with no noun of its own
    found = figures(
        russian,
        "Всего в регионе теперь 3323 койки. Из них с кислородом 1615, с ИВЛ - 410. "
        "Лабораториями проведено 42481 исследование, из них 1522 за последние сутки.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (3323, "койки"),
        (1615, "койки"),
        (410, "койки"),
        (42481, "исследование"),
        (1522, "исследование"),
    ]


def test_a_number_written_in_parts_is_one_number(russian):
    # "15 тысяч 320", "1 млн 800 тыс.": each part with its own scale, added up; a year after a
    # scale is no part of it
    found = figures(
        russian,
        "Всего в стране выявлено 15 тысяч 320 случаев заражения. "
        "Речь идет о закупке 1 млн 800 тыс. доз вакцины.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [(15_320, "тысяч случаев"), (1_800_000, "млн доз")]


def test_a_qualifier_before_a_currency_sign_qualifies_the_sum(russian):
    found = figures(russian, "Стоимость контракта составит около $1 млрд.")
    assert [(f["value"], f["unit"], f.get("qualifier")) for f in found] == [(1e9, "USD", "about")]


def test_a_temperature_with_its_sign_apart_or_as_an_adjective(russian):
    # "+2" is two tokens, the sign apart; "40-градусной жаре" is a unit's adjective after a dash
    found = figures(
        russian,
        "Вакцина хранится при температуре от +2 до +8 градусов. Он обошел соперников на 40-градусной жаре.",
    )
    assert [(f.get("low"), f.get("high"), f.get("value"), f["unit"]) for f in found] == [
        (2, 8, None, "degrees"),
        (None, None, 40, "degrees"),
    ]


def test_a_share_counts_its_unit_as_written_and_its_whole(russian):
    # as a sum counts "млн фунтов", a share counts "% потребности", "процентов ВВП", or its unit alone
    found = figures(
        russian,
        "Россия удовлетворила 30% потребности ЕС в нефти. Расходы на оборону вырастут до 2,5 процентов ВВП. "
        "Положительными оказались лишь 2,9 %.",
    )
    assert [(f["value"], f["counts"]) for f in found] == [
        (30, "% потребности"),
        (2.5, "процентов ВВП"),
        (2.9, "%"),
    ]


def test_dollars_of_the_united_states_are_one_unit(russian):
    # "долларов США": the country names the currency, the sum is still of what it belongs to
    found = figures(russian, "Байден объявил о выделении транша помощи в размере 500 миллионов долларов США.")
    assert [(f["value"], f["unit"], f["counts"], f.get("subject")) for f in found] == [
        (500_000_000, "USD", "миллионов долларов США", "помощи")
    ]
