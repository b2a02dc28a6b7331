"""Russian sources are analysed: Natasha's pipeline, Russian language data, nominative names,
quotes in Russian marks with their speakers, dates, transliterated addresses; Ukrainian and
Belarusian are told apart from Russian, kept and flagged, and addressed in Latin letters too.

The article (tests/pages/russian/ucheniya.txt) is written for these tests: Лукашенко as the
public figure he is, everyone else made up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import ExtractReport, extract_sources
from generator.settings import Settings
from tests.sitekit import ROOT, read_yaml

ARTICLE = ROOT / "tests" / "pages" / "russian" / "ucheniya.txt"


ARTICLE_ID = "lukashenko-zayavil-o-gotovnosti-armii-k-sovmestnym-ucheniyam"


UKRAINIAN = (
    "Зеленський провів нараду з військовими\n\n"
    "Президент України Володимир Зеленський заявив, що українська армія готова до будь-якого розвитку "
    "подій на півночі країни. За його словами, війська вже посилили охорону кордону з Білоруссю, і "
    "це було заплановано заздалегідь. Міністерство оборони також повідомило, що навчання почнуться "
    "в понеділок.\n"
)


BELARUSIAN = (
    "Лукашэнка сустрэўся з вайскоўцамі\n\n"
    "Аляксандр Лукашэнка заявіў, што беларускае войска гатовае да сумесных вучэнняў з Расіяй. Паводле "
    "яго слоў, у іх возьмуць удзел каля дзевяці тысяч вайскоўцаў, якія ўжо прыбылі ў краіну. "
    "Міністэрства абароны таксама паведаміла, што вучэнні пачнуцца ў панядзелак.\n"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ExtractReport, Path]:
    """The article, a Ukrainian and a Belarusian source, through `extract` with the default settings."""
    root = tmp_path_factory.mktemp("project")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(ARTICLE, seeds / ARTICLE.name)
    (seeds / "ukrainian.txt").write_text(UKRAINIAN, encoding="utf-8")
    (seeds / "belarusian.txt").write_text(BELARUSIAN, encoding="utf-8")
    report = extract_sources(Settings(root=root), seeds, root / "briefings", processes=1)
    return report, root / "briefings"


def briefing(extracted: tuple[ExtractReport, Path], file: str = ARTICLE.name) -> dict:
    """The briefing of a source, by its file name (its id is what some tests check)."""
    for path in sorted(extracted[1].glob("*.yaml")):
        data = read_yaml(path.read_text(encoding="utf-8"))
        if data["source"]["file"].endswith("/" + file):
            return data
    raise AssertionError(f"no briefing of {file}")


def entity(items: list[dict], name: str) -> dict:
    found = [item for item in items if item["name"] == name]
    assert found, f"{name!r} not among {[item['name'] for item in items]}"
    return found[0]


def quote(briefing: dict, opening: str) -> dict:
    found = [q for q in briefing["quotes"] if q["text"].startswith(opening)]
    assert found, f"no quote opening {opening!r} among {[q['text'] for q in briefing['quotes']]}"
    return found[0]


# ---------------------------------------------------------------- the Russian article


def test_a_cyrillic_title_gives_a_transliterated_address(extracted):
    b = briefing(extracted)
    assert b["id"] == ARTICLE_ID
    assert b["title"] == "Лукашенко заявил о готовности армии к совместным учениям с Россией"


def test_a_russian_source_is_analysed_not_only_kept(extracted):
    report, _ = extracted
    b = briefing(extracted)
    assert b["source"]["language"] == "ru"
    assert ARTICLE.name not in [path.rsplit("/", 1)[-1] for path, _ in report.not_analysed]
    assert b["summary"] and b["key_points"] and b["people"] and b["places"]


def test_a_person_is_named_in_the_nominative_and_surname_mentions_join_the_full_name(extracted):
    # "Лукашенко провел", "— заявил Лукашенко", "по словам президента Белоруссии Александра Лукашенко"
    person = entity(briefing(extracted)["people"], "Александр Лукашенко")
    assert person["aliases"] == ["Лукашенко"]
    assert person["mentions"] == 3
    assert person["role"] == "президент Белоруссии"  # "президента" before the name, in the nominative
    names = [p["name"] for p in briefing(extracted)["people"]]
    assert not {"Александра Лукашенко", "Лукашенко"} & set(names)


def test_people_keep_the_role_before_their_name(extracted):
    people = briefing(extracted)["people"]
    role = "Начальник управления международного военного сотрудничества"
    assert entity(people, "Олег Воронцов")["role"] == role
    assert entity(people, "Олег Воронцов")["aliases"] == ["Воронцов"]
    assert entity(people, "Анна Петрайтене")["role"] == "официальный представитель МИД Литвы"


def test_places_are_named_in_the_nominative(extracted):
    places = [p["name"] for p in briefing(extracted)["places"]]
    assert {"Минск", "Гродно", "Россия", "Белоруссия", "Литва"} <= set(places)  # "в Минске", "под Гродно"
    assert not {"Минске", "России", "Белоруссии", "Литвы"} & set(places)


def test_organisations_are_named_in_the_nominative(extracted):
    organisations = [o["name"] for o in briefing(extracted)["organisations"]]
    # "руководством Министерства обороны", "как сообщает Минобороны", "МИД Литвы" (the ministry
    # of the country it belongs to, named whole; Литва stays a place)
    assert {"Министерство обороны", "Минобороны", "МИД Литвы"} <= set(organisations)


def test_a_quote_in_guillemets_goes_to_the_speaker_of_its_dash_led_attribution(extracted):
    q = quote(briefing(extracted), "Мы никому не угрожаем")  # «...», — заявил Лукашенко.
    assert q["text"] == "Мы никому не угрожаем, но защищать свою землю будем до конца"
    assert (q["speaker"], q["speaker_role"]) == ("Александр Лукашенко", "президент Белоруссии")


def test_a_quote_after_po_slovam_is_that_persons(extracted):
    q = quote(briefing(extracted), "белорусская армия готова")  # По словам ... Лукашенко, «...»
    assert q["speaker"] == "Александр Лукашенко"


def test_quotes_in_lapki_and_straight_marks_and_a_pronouns_speaker(extracted):
    b = briefing(extracted)
    # „...“, — сказал Воронцов
    assert quote(b, "Наши военные проходят подготовку")["speaker"] == "Олег Воронцов"
    assert quote(b, "Ситуация на границе")["speaker"] == "Олег Воронцов"  # «...», — добавил он
    assert quote(b, "Мы внимательно следим")["speaker"] == "Анна Петрайтене"  # "...", — сказала ...


def test_dates_in_russian_date_events(extracted):
    b = briefing(extracted)
    assert b["published"] == "2022-10-01"  # "Опубликовано 1 октября 2022, 15:41"
    events = {(e.get("expression"), e["date"]) for e in b["events"]}  # the news of the day has none
    assert ("30 сентября", "2022-09-30") in events
    assert ("Вчера", "2022-09-30") in events
    assert ("понедельник", "2022-10-03") in events  # "В понедельник учения пройдут": the next one
    assert ("прошлой неделе", "2022-09") in events


def test_page_furniture_in_russian_is_not_body(extracted):
    texts = [p["text"] for p in briefing(extracted)["body"]]
    assert not any(t.startswith(("Читайте также", "Подписывайтесь", "Опубликовано")) for t in texts)


def test_estimative_words_and_equipment_in_russian(extracted):
    b = briefing(extracted)
    assert [(a["term"], a["band"], a["by"]) for a in b["assessments"]] == [
        ("вероятно", "likely", "Олег Воронцов")
    ]
    assert {"Искандер", "Су-35"} <= {e["name"] for e in b["equipment"]}


# ---------------------------------------------------------------- Ukrainian and Belarusian


def test_ukrainian_and_belarusian_are_told_apart_kept_and_addressed_in_latin_letters(extracted):
    report, folder = extracted
    languages = {path.rsplit("/", 1)[-1]: language for path, language in report.not_analysed}
    assert languages == {"ukrainian.txt": "uk", "belarusian.txt": "be"}
    ukrainian, belarusian = briefing(extracted, "ukrainian.txt"), briefing(extracted, "belarusian.txt")
    assert ukrainian["id"] == "zelenskyi-proviv-naradu-z-viiskovymy"
    assert belarusian["id"] == "lukashenka-sustreusya-z-vayskoutsami"
    for kept in (ukrainian, belarusian):
        assert kept["people"] == [] and kept["quotes"] == [] and kept["body"]
    assert all(path.stem != "source" for path in folder.glob("*.yaml"))
