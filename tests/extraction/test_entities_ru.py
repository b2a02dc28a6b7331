"""A capital named for its government is an organisation; named as a place, a place."""

from __future__ import annotations

import pytest

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def names(russian: tuple, *paragraphs: str) -> dict[str, list[str]]:
    nlp, lexicon = russian
    found = extract_entities(parse_body(["Учения прошли на полигоне.", *paragraphs], nlp, lexicon), lexicon)
    return {kind: sorted(e.name for e in found[kind]) for kind in ("organisations", "places")}


def test_a_capital_that_acts_or_is_acted_on_is_its_government(russian):
    found = names(
        russian,
        "Власти США пытаются держать в напряжении Берлин, Брюссель и Москву.",
        "Канцлер Германии осудил отказ Киева принять президента. Нет реакции со стороны Минска.",
        "В Москве отвергли эти обвинения.",
    )
    assert found["organisations"] == ["Берлин", "Брюссель", "Киев", "Минск", "Москва"]
    assert "Москва" not in found["places"] and "Берлин" not in found["places"]


def test_a_capital_after_a_preposition_of_place_is_the_place(russian):
    found = names(
        russian,
        "Медведчук пытался бежать из страны в Москву через Приднестровье.",
        "Святилище построили в пригороде Исламабада. Вашингтон пообещал направить помощь.",
    )
    assert found["organisations"] == ["Вашингтон"]
    assert {"Москва", "Исламабад"} <= set(found["places"])


def test_a_pipeline_named_after_its_noun_is_a_place_wherever_the_text_repeats_its_name(russian):
    nlp, lexicon = russian
    paragraphs = [
        "Германия завершила строительство газопровода «Северный поток — 2» на прошлой неделе.",
        "Сенаторы США выступают против строительства Северного потока-2, а Берлин поддерживает "
        "проект «Северный поток 2». Первая нитка, «Северный поток», работает с 2011 года.",
    ]
    found = extract_entities(parse_body(paragraphs, nlp, lexicon), lexicon)
    places = {e.name: sorted(e.aliases) for e in found["places"]}
    # every case and dash of the numbered name is one place; the unnumbered one is another
    # pipeline, which the text never names after the noun
    assert places["Северный поток — 2"] == ["Северного потока-2", "Северный поток 2"]
    assert "Северный поток" not in places
    assert not any("Северн" in e.name for e in found["organisations"])


def test_regions_that_share_their_noun_are_each_named_in_full_in_the_nominative(russian):
    found = names(
        russian,
        "Пожары охватили Томскую, Кемеровскую и Омскую области. Учения прошли в Брестской и "
        "Гродненской областях.",
        "Ситуация в Центральной и Восточной Европе остается сложной.",
    )
    assert found["places"] == [
        "Брестская область",
        "Восточная Европа",
        "Гродненская область",
        "Кемеровская область",
        "Омская область",
        "Томская область",
        "Центральная Европа",
    ]


def test_a_social_network_written_in_is_an_organisation_not_a_place(russian):
    found = names(
        russian,
        "Председатель Европарламента сообщил об этом в Twitter. Певица опубликовала видео в Instagram.",
    )
    assert found == {"organisations": ["Instagram", "Twitter", "Европарламент"], "places": []}


def test_the_agency_signing_its_dateline_is_no_organisation_the_report_names(russian):
    nlp, lexicon = russian

    def organisations(*paragraphs: str) -> list[str]:
        found = extract_entities(parse_body(list(paragraphs), nlp, lexicon), lexicon)
        return sorted(e.name for e in found["organisations"])

    signed = organisations(
        "МОСКВА, 30 мая ПРАЙМ. Чистая прибыль «Газпрома» за первый квартал выросла на 11%, "
        "говорится в сообщении компании.",
    )
    assert "ПРАЙМ" not in signed and "Газпром" in signed
    # cited in the body, the agency is named
    cited = organisations(
        "МОСКВА, 30 мая ПРАЙМ. Чистая прибыль «Газпрома» выросла на 11%.",
        "Как ранее сообщал ПРАЙМ, компания планирует выплатить дивиденды.",
    )
    assert "ПРАЙМ" in cited


def test_the_european_union_is_a_body_not_a_place(russian):
    found = names(
        russian,
        "Великобритания на переговорах с Европейским союзом будет настаивать на своем.",
        "Премьер намерен достичь соглашения с Евросоюзом до конца года.",
    )
    assert {"Европейский союз", "Евросоюз"} & set(found["organisations"])
    assert not {"Европейский союз", "Евросоюз"} & set(found["places"])


def test_a_countrys_other_names_in_one_article_are_one_place_under_the_gazetteers_name(russian):
    nlp, lexicon = russian
    paragraphs = [
        "Соединенное Королевство покинет таможенный союз, заявил премьер.",
        "По его словам, Британия должна стать сильной. Министр иностранных дел Великобритании "
        "подал в отставку, а Великобритания готовит новые предложения.",
    ]
    found = extract_entities(parse_body(paragraphs, nlp, lexicon), lexicon)
    uk = [e for e in found["places"] if "ритан" in e.name or "Королевств" in e.name]
    assert [e.name for e in uk] == ["Великобритания"]
    assert {"Британия", "Соединенное Королевство"} <= set(uk[0].aliases)


def test_a_venue_the_model_takes_for_a_body_is_a_place(russian):
    found = names(
        russian,
        "Несколько сот приглашенных съехались во Дворец независимости.",
        "Переговоры продолжились в Андреевском зале.",
    )
    assert {"Дворец независимости", "Андреевский зал"} <= set(found["places"])
    assert not {"Дворец независимости", "Андреевский зал"} & set(found["organisations"])


@pytest.mark.parametrize(
    "said",
    [
        "Президент России Владимир Путин встретился с премьер-министром Малайзии Анваром Ибрагимом в Кремле.",
        "Гостей провели в Малахитовое фойе. Переговоры прошли в Зеленой гостиной Кремля.",
        "Трамп был в Белом доме, когда пришло сообщение.",
    ],
    ids=["met in", "a room of", "was in"],
)
def test_a_seat_of_governments_building_the_text_is_in_is_a_place_as_well(russian, said):
    found = names(russian, said)
    building = "Белый дом" if "Бел" in said else "Кремль"
    assert building in found["organisations"] and building in found["places"]


@pytest.mark.parametrize(
    "said",
    [
        "Как сказал пресс-секретарь, об инаугурации в Кремле не знали. В Кремле ждут ответа.",
        "Приход Трампа в Белый дом изменил политику. Киев пытается надавить на Кремль.",
    ],
    ids=["knew", "gone to"],
)
def test_a_seat_of_governments_building_that_knows_or_is_gone_to_is_no_place(russian, said):
    found = names(russian, said)
    assert "Кремль" in found["organisations"]
    assert not {"Кремль", "Белый дом"} & set(found["places"])


def test_a_hyphenated_places_declined_forms_are_one_place_in_the_nominative(russian):
    # Natasha cut "Минск-арене" to "Минск-арен", a place apart from "Минск-арена"
    found = names(
        russian,
        "Концерт прошел в Минск-арене. Зрители заполнили Минск-арену до отказа.",
        "В Санкт-Петербурге прошел форум, а митинг прошел в Ростове-на-Дону.",
    )
    assert found["places"] == ["Минск-арена", "Ростов-на-Дону", "Санкт-Петербург"]


def test_a_role_whose_genitive_names_a_person_is_not_that_persons_role(russian):
    # "глава Офиса Владимира Зеленского" is somebody of Zelensky's; a title and a name in one case
    # ("министр обороны Сергей Шойгу", "президента России Владимира Путина") are the person's role
    nlp, lexicon = russian
    body = parse_body(
        [
            "«Работа не остановится», — напомнил глава Офиса Владимира Зеленского.",
            "Министр обороны Сергей Шойгу доложил о ходе учений.",
            "По словам президента России Владимира Путина, учения прошли успешно.",
        ],
        nlp,
        lexicon,
    )
    roles = {e.name: e.role for e in extract_entities(body, lexicon)["people"]}
    assert roles == {
        "Владимир Зеленский": None,
        "Сергей Шойгу": "Министр обороны",
        "Владимир Путин": "президент России",
    }


def equipment(russian: tuple, *paragraphs: str) -> set[str]:
    nlp, lexicon = russian
    return {
        e.name for e in extract_entities(parse_body(list(paragraphs), nlp, lexicon), lexicon)["equipment"]
    }


def test_russian_designations_quoted_names_and_names_in_latin_letters_are_equipment(russian):
    """A name, a dash and a number or letters ("Тайфун-1", "Торнадо-Г"), a name in «ёлочки» after
    its kind ("крейсер «Москва»"), a system English names in Latin letters ("беспилотники
    Switchblade"), any name in Latin letters after its kind ("пушки Howitzer"); a football
    championship ("Евро-2016") is none."""
    found = equipment(
        russian,
        "Прошли пуски реактивных снарядов «Тайфун-1» и систем залпового огня «Торнадо-Г».",
        "Флагман флота, ракетный крейсер «Москва», затонул. Дания передаст беспилотники Switchblade.",
        "США передадут 18 пушек Howitzer. Подольски сыграл на Евро-2016.",
    )
    assert {"Тайфун-1", "Торнадо-Г", "Москва", "Switchblade", "Howitzer"} <= found
    assert "Евро-2016" not in found


def test_a_designation_the_noun_before_names_as_something_else_is_no_equipment(russian):
    """Roads, channels, treaties, substances and an event's edition are written as designations
    are ("трасса М-4", "телеканал ТВ-3", "договор СНВ-3", "вещество А-234", "ЧМ-2018"); a machine
    beside them still is one."""
    found = equipment(
        russian,
        "В ДТП на трассе М-4 «Дон» и на автодороге Р-255 «Сибирь» пострадали пять человек.",
        "Матч покажет телеканал ТВ-3, а этап «Формулы-1» — телеканал Россия-1.",
        "Сборная выступит на ЧМ-2018. Договор СНВ-3 продлен на пять лет.",
        "Скрипаль был отравлен веществом А-234. Экипаж МКС-64 вернулся на Землю.",
        "Армия применила комплексы «Искандер-М» и самолеты Су-34. Переговоры США-КНР отложены.",
    )
    assert found == {"Искандер-М", "Су-34"}


def test_a_listed_name_that_is_an_ordinary_word_opening_a_sentence_is_the_word(russian):
    """ "Град" is hail and "Ураган" a hurricane where they open a sentence unquoted; inside a
    sentence, with its capital, the name is the system's."""
    found = equipment(
        russian,
        "Ураган обрушился на побережье Флориды. Град повредил посевы. Кинжал нашли на месте преступления.",
    )
    assert found == set()
    assert equipment(russian, "По позициям ударили установки Град и Ураган.") == {"Град", "Ураган"}


def test_a_quoted_maker_that_delivers_machines_is_no_machine(russian):
    """Defence news names makers in quotation marks before what they deliver ("Концерн «Калашников»
    передал войскам беспилотники"): a verb between the name and the kind makes them the doer and
    what it delivers; a name and its kind with none between stay a machine."""
    found = equipment(
        russian,
        "Госкорпорация «Ростех» поставила армии новые самолеты. Концерн «Калашников» передал войскам "
        "беспилотники и ракеты. Завод «Уралвагонзавод» передал армии партию танков Т-90М.",
        "Прошли пуски реактивных снарядов «Тайфун-1».",
    )
    assert found == {"Т-90М", "Тайфун-1"}


def test_a_military_district_and_a_fleet_are_commands_not_places(russian):
    """The model tags "Западного военного округа" a place; a military district and a fleet are
    commands that speak and act (organisations.yaml bodies_named_as_places), their abbreviations
    too ("ЮВО"); an autonomous district is a place."""
    found = names(
        russian,
        "Артиллеристы Западного военного округа (ЗВО) провели учения, сообщили в пресс-службе ЗВО.",
        "Корабли Черноморского флота вышли в море, а командующий войсками ЮВО проверил готовность.",
        "В Ханты-Мансийском автономном округе выпал снег.",
    )
    assert found == {
        "organisations": ["Западный военный округ", "Черноморский флот", "ЮВО"],  # ЗВО: its alias
        "places": ["Ханты-Мансийский автономный округ"],
    }


def test_a_body_named_after_someone_keeps_imeni_as_written(russian):
    # the nominative of "НИИ ... имени Гамалеи" is not "НИИ ... имя Гамалеи"
    found = names(
        russian,
        "Глава отдела НИИ эпидемиологии и микробиологии имени Гамалеи профессор Александр Бутенко "
        "дал рекомендации.",
        "Об этом рассказал научный сотрудник Института леса имени Сукачева Александр Брюханов.",
    )
    assert found["organisations"] == [
        "Институт леса имени Сукачева",
        "НИИ эпидемиологии и микробиологии имени Гамалеи",
    ]


def test_the_press_in_general_and_a_disease_are_no_organisations(russian):
    found = names(
        russian,
        "Об этом сообщают СМИ. Число заболевших COVID-19 в регионе выросло.",
        "Министерство обороны России сообщило о завершении учений.",
    )
    assert found["organisations"] == ["Министерство обороны России"]


def test_a_places_body_written_in_lower_case_is_an_organisation_and_its_place_a_place(russian):
    # the model tags no body whose noun is in lower case; the place its genitives end with stays a place
    found = names(
        russian,
        "Об этом сообщили в министерстве лесного хозяйства Красноярского края.",
        "Решение приняло правительство Ульяновской области.",
        "Глава офиса президента Украины Андрей Ермак заявил об этом.",
    )
    assert found["organisations"] == [
        "Министерство лесного хозяйства Красноярского края",
        "Офис президента Украины",
        "Правительство Ульяновской области",
    ]
    assert {"Красноярский край", "Ульяновская область", "Украина"} <= set(found["places"])
    # a body of no place named is no name
    assert names(russian, "В правительстве страны это опровергли.")["organisations"] == []


def test_a_body_whose_place_an_adjective_names_is_named_with_it(russian):
    # "британского МИД": the country's ministry, not any "МИД"; a country's government so named is
    # the country acting, no body of its own
    found = names(
        russian,
        "Представитель британского МИД заявил об этом.",
        "Закон одобрил датский парламент, а британское правительство промолчало.",
    )
    assert found["organisations"] == ["Британский МИД", "Датский парламент"]


def test_a_vessel_named_in_quotation_marks_after_its_class_is_equipment(russian):
    """A ship's or a boat's name of several words after its class ("фрегата «Гетман Сагайдачный»"),
    the names joined to it ("катера «Старобельск» и «Славянск»"), a type after "типа"; a listed
    name quoted in another case («Орешником») is the listed machine; a quoted description after a
    system ("системы «Пропускная система»") and a party's staff ("аппарата «Единой России»") are
    none."""
    found = equipment(
        russian,
        "Прошли учения фрегата «Гетман Сагайдачный». Китайский авианосец «Варяг» не вышел в плавание.",
        "Патрульные катера «Старобельск» и «Славянск» получат пушки. Вооружат катера типа «Island».",
        "Киев может стать целью для поражения «Орешником». Работает сайт системы «Пропускная система».",
        "Камера подводного аппарата «Марлин» следит за водолазом. Сотрудники аппарата «Единой России» ушли.",
    )
    wanted = {"Гетман Сагайдачный", "Варяг", "Старобельск", "Славянск", "Island", "Орешник", "Марлин"}
    assert found == wanted
