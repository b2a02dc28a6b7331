"""Encodings and mojibake: what a source says reaches the briefing as it was written."""

from __future__ import annotations

import codecs

import pytest

from generator.errors import SourceError
from generator.readers.encoding import decode, looks_like_html
from tests.readers.readkit import PAGES, read, read_bytes, read_page


def test_utf8_byte_order_mark_is_stripped(tmp_path, lexicon):
    data = "\ufeffBelarus moves troops\n\nThe troops moved.\n".encode()
    source = read(tmp_path, lexicon, data=data)
    assert source.title == "Belarus moves troops"
    assert "\ufeff" not in source.text


def test_windows_1252_file_is_decoded(tmp_path, lexicon):
    data = b"Caf\xe9 owners in Minsk complain\r\n\r\nThe caf\xe9 was closed by the police \x93today\x94.\r\n"
    source = read(tmp_path, lexicon, data=data)
    assert source.title == "Café owners in Minsk complain"
    assert source.paragraphs == ["The café was closed by the police “today”."]


def test_windows_line_endings_do_not_leak_into_paragraphs(tmp_path, lexicon):
    source = read(tmp_path, lexicon, data=b"A headline here\r\n\r\nFirst line.\r\n\r\nSecond line.\r\n")
    assert source.paragraphs == ["First line.", "Second line."]


def test_latin_1_file(lexicon):
    source = read_page(lexicon, "latin1.txt")
    assert source.title == "Grenzverkehr: Kiosk in Südtirol schließt"
    assert source.paragraphs[0].startswith("Der Kiosk am Grünen See schließt nach 40 Jahren.")
    assert "Café und Größe" in source.paragraphs[1]


def test_windows_1252_file_with_smart_quotes_and_dashes(lexicon):
    source = read_page(lexicon, "cp1252.txt")
    assert source.title == "Minsk café owners say police closed them “for checks”"
    assert source.paragraphs == [
        "The owners of three cafés in Minsk said police had closed them on Friday – the third time "
        "this year. “We don’t know what they want,” one of them said.",
        "The interior ministry said the checks were ‘routine’.",
    ]


def test_mojibake_is_repaired(lexicon):
    raw = (PAGES / "mojibake.txt").read_text(encoding="utf-8")
    assert "â€™" in raw  # the file really is damaged
    source = read_page(lexicon, "mojibake.txt")
    assert source.title == "Zelensky’s “peace formula” gets a cool reception"
    assert source.paragraphs == [
        "Ukraine’s president presented his plan to diplomats in Davos — again. "
        "“We’ve heard it before,” one European envoy said.",
        "The plan’s ten points include a full Russian withdrawal and a tribunal for war crimes, "
        "Kyiv’s negotiators said after the café meeting.",
    ]
    assert "â" not in source.text


def test_mojibake_inside_a_page_is_repaired_too(lexicon, tmp_path):
    page = (
        "<html><head><title>Kyivâ€™s plan</title></head><body><article>"
        "<p>Ukraineâ€™s president presented his plan to diplomats in Davos on Tuesday morning.</p>"
        "</article></body></html>"
    )
    source = read_bytes(lexicon, tmp_path, page.encode("utf-8"), name="page.html")
    assert source.title == "Kyiv’s plan"
    assert source.paragraphs == [
        "Ukraine’s president presented his plan to diplomats in Davos on Tuesday morning."
    ]


def test_text_that_is_correct_is_left_alone():
    text = "It’s “fine” — naïve café in Zürich, Kraków, Sørensen, ½ and 10 °C; “Ёлка” and Ελλάδα.\n"
    assert decode(text.encode("utf-8"), "x.txt") == text


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1251", "Министерство обороны сообщило, что войска начали учения у западной границы страны."),
        ("cp1250", "Żołnierze ćwiczyli przy granicy, a ministerstwo obrony zapewniło, że to rutyna."),
        ("iso8859_7", "Το υπουργείο άμυνας ανακοίνωσε ότι τα στρατεύματα ξεκίνησαν ασκήσεις στα σύνορα."),
    ],
)
def test_other_single_byte_encodings_are_detected(codec, text):
    assert decode(text.encode(codec), "x.txt") == text


def test_charset_declared_by_a_page_is_used(lexicon, tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Учения</title></head><body><article>"
        "<p>Министерство обороны Белоруссии сообщило в понедельник, что войска двух стран начали "
        "совместные учения у западной границы. По словам министра, в них участвуют около 9000 человек.</p>"
        "</article></body></html>"
    )
    source = read_bytes(lexicon, tmp_path, page.encode("cp1251"), name="page.html")
    assert source.title == "Учения"
    assert source.paragraphs[0].startswith("Министерство обороны Белоруссии")
    assert source.language == "ru"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf_16_with_byte_order_mark(lexicon, tmp_path, bom):
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    data = bom + "Café owners complain\n\nThe café was closed “today”.\n".encode(codec)
    source = read_bytes(lexicon, tmp_path, data)
    assert source.title == "Café owners complain"
    assert source.paragraphs == ["The café was closed “today”."]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
        ("doc.html", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"),
        ("noise.md", bytes(range(128, 256)) * 8),
    ],
)
def test_binary_file_is_refused_naming_it(lexicon, tmp_path, name, data):
    with pytest.raises(SourceError) as caught:
        read_bytes(lexicon, tmp_path, data, name=name)
    assert caught.value.path == name
    assert "binary" in caught.value.reason


def test_page_sniffing():
    assert looks_like_html("<!DOCTYPE html>\n<html><body><p>x</p></body></html>")
    assert looks_like_html("\n  <html lang='en'><head><title>x</title></head>")
    assert looks_like_html("<?xml version='1.0'?>\n<!-- saved -->\n<html><body>x</body></html>")
    assert looks_like_html("<div><p>one</p><p>two</p></div>" * 6)
    assert not looks_like_html("Belarus moves <u>troops</u> to the border.\n\nThe ministry denied it.")
    assert not looks_like_html("<div><p>one</p><p>two</p></div>" * 6, strong_only=True)
