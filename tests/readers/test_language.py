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
