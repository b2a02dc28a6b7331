"""A source's language: told from its text, or declared by its page when the text agrees."""

from __future__ import annotations

import pytest

from generator.readers.language import detect_language
from tests.readers.readkit import read_bytes, read_page

# Language: a cheap detection from the text when the source does not state it.


def test_russian_text_is_flagged_as_not_english(lexicon):
    source = read_page(lexicon, "russian.txt")
    assert (source.language, source.language_basis) == ("ru", "text")
    assert source.title == "Белоруссия и Россия начали совместные учения"


def test_english_text_is_english(lexicon):
    source = read_page(lexicon, "cp1252.txt")
    assert (source.language, source.language_basis) == ("en", "text")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die Bundeswehr hat am Montag mit der Aufstellung einer Brigade in Litauen begonnen. Es ist "
            "das erste Mal, dass deutsche Soldaten dauerhaft im Ausland stationiert werden, sagte er.",
            "de",
        ),
        (
            "Le ministre de la Défense a annoncé mardi que les troupes seraient déployées dans le nord "
            "du pays, selon un communiqué publié par le gouvernement et cité par la presse.",
            "fr",
        ),
        (
            "Міністерство оборони України повідомило, що війська провели навчання біля кордону. Також "
            "він сказав, що це було заплановано, і що вони вже готові до будь-якого розвитку подій.",
            "uk",
        ),
        (
            "Quân đội Belarus đã tổ chức tập trận lớn trong tháng này, và các chuyên gia cho rằng Minsk "
            "không muốn gửi quân tới Ukraine vì những rủi ro chính trị trong nước của ông Lukashenko.",
            "vi",
        ),
        (
            "Belarusian troops moved towards the border on Monday, officials said, and the ministry "
            "denied that it had any plans to attack its neighbour or to join the war.",
            "en",
        ),
        ("ኢትዮጵያ በምስራቅ አፍሪካ የምትገኝ ሀገር ናት። " * 6, "und"),
        ("Too short to tell.", None),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_a_page_declaring_another_language_than_its_text_is_read_by_its_text(lexicon, tmp_path):
    # an English article on a site whose template says every page is Ukrainian
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in [
            "The self-proclaimed President of Belarus has promised to send all the troops to the border.",
            "His statements come amid the joint military training that will commence on February 10th.",
            "The editor and an expert discuss whether this training presents a threat to Ukraine and "
            "assess if his military rhetoric matches his true goals, which are not yet clear to anyone.",
        ]
    )
    page = f'<html lang="uk"><head><title>Training</title></head><body><article>{paragraphs}</article>'
    source = read_bytes(lexicon, tmp_path, page.encode("utf-8"), name="page.html")
    assert (source.language, source.language_basis) == ("en", "text")


def test_a_declared_language_stands_when_the_text_agrees_or_cannot_tell(lexicon):
    assert read_page(lexicon, "german.html").language == "de"


# Session 48, other languages


def test_a_hungarian_text_is_told_hungarian():
    text = (
        "Száz évvel ezelőtt az első világháborút lezáró békerendszer részeként olyan döntés született, "
        "amely után a magyarság harmada az ország határain kívülre került, és azt mondták, hogy ez még "
        "csak a kezdet volt, mert a szavazás szerint az olvasók többsége pedig mást gondol, vagy már "
        "lemondott arról, ahol a határok között élnek."
    )
    assert detect_language(text) == "hu"


# Session 50: short briefs and the languages that share the Cyrillic script. A Russian brief
# read as English or Ukrainian got no Russian analysis at all.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a headline and a sentence: under min_words words, but its letters are Cyrillic
        ("Сбой в работе Telegram\nПользователи жалуются на проблемы с отправкой сообщений.", "ru"),
        # Latin brand names outnumber the Cyrillic letters; the running words are Russian
        ("Nvidia GeForce RTX 5090 Founders Edition поступит в продажу 30 января по цене 1999 USD", "ru"),
        # "і", "ї", "є" are no Russian letters
        ("Нацбанк знизив облікову ставку\nРішення набуде чинності з 25 січня.", "uk"),
        # "ў" is Belarusian's alone, "ы" and "э" no Ukrainian letters
        ("Нацыянальны банк захаваў стаўку рэфінансавання\nСтаўка застанецца на ўзроўні 9,5 працэнта.", "be"),
        # Bulgarian writes "ъ" as a vowel ("вятър", "жълт"), Russian never
        ("Силен вятър в София\nНИМХ издаде жълт код за цялата страна.", "bg"),
        # "ћ", "ј" are Serbian letters
        ("Вучић разговарао са Макроном\nПредседник Србије рекао је да ће Србија наставити пут.", "sr"),
        ("Алматыда алғашқы қар жауды\nЖолдарда көлік қозғалысы қиындады.", "kk"),
        # "88-й" is a Russian ordinal, not the Ukrainian word "й"
        ("Гол забил Бителло на 88-й минуте.", "ru"),
        # Russian words quoted in an English brief leave it English
        ("Moscow says «нет» to the plan. Russia rejected it, calling it «абсолютно неприемлемо».", "en"),
        # a short text in Latin letters is told when its stop words leave no doubt
        ("Der Haushalt für das kommende Jahr wurde mit den Stimmen der Koalition angenommen.", "de"),
    ],
)
def test_a_short_text_is_told_by_its_letters_and_words(text, language):
    assert detect_language(text) == language


def test_a_shared_word_does_not_make_a_russian_text_ukrainian():
    # "до" is as common in Russian as in Ukrainian: in the Ukrainian list alone, it made this Ukrainian
    text = (
        "Цены на бензин выросли на 2%\nСтоимость АИ-95 на АЗС выросла до 55 рублей за литр. Аналитики "
        "ожидают, что до конца лета цены останутся на прежнем уровне. Правительство обсуждает меры по "
        "стабилизации рынка до начала уборочной кампании."
    )
    assert detect_language(text) == "ru"


def test_a_short_russian_brief_is_read_as_russian(lexicon, tmp_path):
    text = "Apple представила iPhone 16 Pro\n\nНовые смартфоны поступят в продажу 20 сентября.\n"
    source = read_bytes(lexicon, tmp_path, text.encode("utf-8"))
    assert (source.language, source.language_basis) == ("ru", "text")


def _page(lang: str, title: str, body: str) -> bytes:
    page = f'<html lang="{lang}"><body><article><h1>{title}</h1><p>{body}</p></article></body></html>'
    return page.encode()


def test_the_russian_edition_of_a_site_that_declares_ukrainian_is_russian(lexicon, tmp_path):
    # "ы", "э", "ъ" are no Ukrainian letters, however few the words
    page = _page("uk", "В Киеве объявлена воздушная тревога", "Жителей призывают пройти в укрытия.")
    source = read_bytes(lexicon, tmp_path, page, name="page.html")
    assert (source.language, source.language_basis) == ("ru", "text")


def test_a_cyrillic_story_on_a_page_declared_english_is_not_english(lexicon, tmp_path):
    page = _page("en", "Путин провел совещание с членами Совбеза", "Обсуждались вопросы безопасности.")
    source = read_bytes(lexicon, tmp_path, page, name="page.html")
    assert source.language == "ru"


def test_a_belarusian_story_on_a_page_declared_russian_is_belarusian(lexicon, tmp_path):
    page = _page("ru", "У Гродне адкрылі новы мост праз Нёман", "Рух па мосце будзе адкрыты з панядзелка.")
    source = read_bytes(lexicon, tmp_path, page, name="page.html")
    assert source.language == "be"


def test_a_story_without_a_word_of_its_declared_language_is_not_in_it(lexicon, tmp_path):
    # a site's template declares English for every page; the story is in a language known nowhere here
    body = (
        "Ikhansela lendawo lithi izingane zesikole azitholanga ukudla okwanele kule nyanga ngoba "
        "izimbuzi zangena egumbini lokugcina irayisi zadla konke. Uthishanhloko uthe lesi simo "
        "besingakaze sibonwe ngaphambili esikoleni sabo, futhi umphakathi ucelwe ukuthi usize. "
        "Abazali bathi bazohlangana ngoMgqibelo ukuxoxa ngalolu daba nokuthola isixazululo."
    )
    page = _page("en-ZA", "Izimbuzi zidla irayisi lesikole", body)
    source = read_bytes(lexicon, tmp_path, page, name="page.html")
    assert source.language != "en"


def test_a_serbian_page_in_latin_letters_is_in_its_declared_language(lexicon, tmp_path):
    # Serbian is written in both scripts and its stop words here are Cyrillic: their absence from a
    # page in Latin letters says nothing against the "sr" it declares
    body = (
        "Gradsko veće je danas usvojilo budžet za narednu godinu, a odbornici su posle duge rasprave "
        "odlučili da se više novca izdvoji za javni prevoz i obnovu škola. Prema rečima gradonačelnika, "
        "radovi na novom mostu počeće na proleće, ukoliko vreme dozvoli, i trajaće najmanje dve godine. "
        "Opozicija je kritikovala predlog, tvrdeći da građani nisu dovoljno konsultovani."
    )
    page = _page("sr", "Usvojen budžet grada za narednu godinu", body)
    source = read_bytes(lexicon, tmp_path, page, name="page.html")
    assert source.language == "sr"
