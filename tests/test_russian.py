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
import yaml

from generator import cli
from generator.errors import UserError
from generator.ids import page_slug as entity_slug
from generator.ids import slugify
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.pipeline import ExtractReport, extract_sources
from generator.readers import read_source
from generator.settings import DEFAULT_MODEL, Settings, settings_from_options

ARTICLE = Path(__file__).parent / "pages" / "russian" / "ucheniya.txt"
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
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    events = {(e["expression"], e["date"]) for e in b["events"]}
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


def test_transliteration_follows_the_language():
    assert slugify("Київ і Гомель", "uk") == "kyiv-i-homel"
    assert slugify("Гомель", "ru") == "gomel"
    assert slugify("Шчучын", "be") == "shchuchyn"
    assert slugify("Щёлково", None) == "shchelkovo"  # Cyrillic of no known language: as Russian
    assert slugify("Kraków’s café", "en") == "krakows-cafe"


def test_an_entity_named_in_cyrillic_has_a_page_address_in_latin_letters():
    assert entity_slug("Александр Лукашенко") == "aleksandr-lukashenko"  # not "x", "x-2", ...
    assert entity_slug("Alexander Lukashenko") == "alexander-lukashenko"


# ---------------------------------------------------------------- the pipeline and the settings


def test_the_natasha_pipeline_gives_a_spacy_doc_of_the_paragraph_exactly():
    nlp = load_model("natasha")
    text = "  По словам  Александра Лукашенко,\tучения пройдут в Минске.  Он добавил: «Всё готово». "
    doc = nlp(text)
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Александра Лукашенко", "PERSON"),
        ("Минске", "GPE"),
    ]
    assert sorted(doc.user_data["briefings.normal"].values()) == ["Александр Лукашенко", "Минск"]
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "По словам  Александра Лукашенко,\tучения пройдут в Минске.",
        "Он добавил: «Всё готово».",
    ]
    for sentence in doc.sents:
        assert [t.dep_ for t in sentence if t.head == t and not t.is_space] == ["ROOT"]
    he = next(t for t in doc if t.text == "Он")
    assert (he.pos_, he.dep_, he.morph.get("PronType"), he.lemma_) == ("PRON", "nsubj", ["Prs"], "он")
    assert next(t for t in doc if t.text == "пройдут").lemma_ == "пройти"
    assert [d.text for d in nlp.pipe(["Раз.", "Два."], disable=["parser", "ner"])] == ["Раз.", "Два."]


def test_the_pipeline_of_each_language_is_a_setting():
    assert Settings().pipelines() == {"en": DEFAULT_MODEL, "ru": "natasha"}
    # the setting before `models` still chooses English's
    old, problems = settings_from_options({"model": "en_core_web_md"}, Path("."), "mkdocs.yml")
    assert problems == [] and old.pipelines() == {"en": "en_core_web_md", "ru": "natasha"}
    off, problems = settings_from_options({"models": {"ru": None}}, Path("."), "mkdocs.yml")
    assert problems == [] and off.pipelines() == {"en": DEFAULT_MODEL}
    _, problems = settings_from_options({"models": {"de": "de_core_news_sm"}}, Path("."), "mkdocs.yml")
    assert problems == [
        "mkdocs.yml: plugins.briefings.models: no language data for 'de' "
        "(languages with data: be, en, ru, uk)"
    ]
    _, problems = settings_from_options({"model": "a", "models": {"en": "b"}}, Path("."), "mkdocs.yml")
    assert len(problems) == 1 and "set the English pipeline once" in problems[0]


def test_russian_language_data_is_typed_and_read_for_russian(tmp_path):
    lexicon = load_lexicon(None, "ru")
    assert lexicon.language == "ru"
    assert "заявить" in lexicon.words("speech", "verbs")
    assert lexicon["dates"]["months"]["сентября"] == 9
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "speech.yaml").write_text("verb: [молвить]\n", encoding="utf-8")
    with pytest.raises(UserError, match="speech.yaml: verb: not a key of this file"):
        load_lexicon(str(tmp_path), "ru")


def test_a_russian_page_is_read_with_russian_date_lines_and_furniture(lexicon, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Учения начались\n\nОбновлено: 17 февраля 2022, 15:41\n\n"
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы.\n\n"
        "Фото: Иван Петров\n\nРеклама\n\nПоделиться\n",
        encoding="utf-8",
    )
    source = read_source(page, tmp_path, lexicon)
    assert str(source.published) == "2022-02-17"
    assert source.paragraphs == [
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы."
    ]


def test_a_dump_that_wrote_its_line_breaks_as_the_letter_n_is_read_as_paragraphs(lexicon, tmp_path):
    # records written out from a CSV dump lost the backslash of each "\n", also the ones around
    # a link's words: one glued paragraph ran every sentence and speech verb into its neighbours
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "Море огня\n\nПожары продолжаются уже месяц.nВерсию о поджогах «как способе сокрытия "
        "вырубок»,nзаявилn31 июля премьер-министр Дмитрий Медведев.nВ Минприродыnэто подтвердилиn, "
        "а петиция на сайте Change.orgnсобрала миллион подписей.\n",
        encoding="utf-8",
    )
    assert read_source(dump, tmp_path, lexicon).paragraphs == [
        "Пожары продолжаются уже месяц.",
        "Версию о поджогах «как способе сокрытия вырубок», заявил 31 июля премьер-министр Дмитрий Медведев.",
        "В Минприроды это подтвердили, а петиция на сайте Change.org собрала миллион подписей.",
    ]
    # a look-alike Cyrillic letter in a Latin word is no dump's line break
    page = tmp_path / "page.txt"
    page.write_text(
        "Arms Race\n\nThe Strategic Culture Foundation is an \u041en-line journal.\n", encoding="utf-8"
    )
    assert read_source(page, tmp_path, lexicon).paragraphs == [
        "The Strategic Culture Foundation is an \u041en-line journal."
    ]


def test_a_dataset_records_header_gives_its_headline_date_and_address(lexicon, tmp_path):
    # a record that opens with its date and address, then its headline
    record = tmp_path / "record.txt"
    record.write_text(
        "2018-11-08\nhttps://charter97.org/ru/news/2018/11/8/311983/\n"
        "Оправданная в Пакистане католичка Асия Биби вышла на свободу\n\n"
        "Католичка Асия Биби освобождена из тюрьмы в Мултане, сообщил ее адвокат.\n",
        encoding="utf-8",
    )
    source = read_source(record, tmp_path, lexicon)
    assert source.title == "Оправданная в Пакистане католичка Асия Биби вышла на свободу"
    assert (str(source.published), source.url) == (
        "2018-11-08",
        "https://charter97.org/ru/news/2018/11/8/311983/",
    )
    assert source.paragraphs == ["Католичка Асия Биби освобождена из тюрьмы в Мултане, сообщил ее адвокат."]


def test_check_reads_the_data_of_every_language_extract_analyses(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # read as a new process reads it: the data of a project run before in another working folder
    # is cached under the same relative path "lexicon"
    load_lexicon.cache_clear()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "lexicon" / "ru").mkdir(parents=True)
    (tmp_path / "lexicon" / "ru" / "people.yaml").write_text("title: [атаман]\n", encoding="utf-8")
    assert cli.main(["check"]) == 1
    assert "lexicon/ru/people.yaml: title: not a key of this file" in capsys.readouterr().err
