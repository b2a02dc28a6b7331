"""Headers a second read of session 52's merges found misread. The pages are made up."""

from __future__ import annotations

from tests.readers.readkit import read

BODY = (
    "The government signed the contract on Monday, the transport ministry said, in the largest such "
    "agreement in the country's history, and work is due to start before the end of the year."
)


def test_a_headline_that_opens_with_a_sum_is_the_title(tmp_path, lexicon):
    for headline in ("$4bn deal for port expansion signed in Mombasa", "€2m fine for bank over laundering"):
        text = f"{headline}\n\nBy Peter Otieno\n\nMarch 4, 2024\n\n{BODY}\n"
        source = read(tmp_path, lexicon, text)
        assert source.title == headline
        assert source.authors == ["Peter Otieno"]


DANISH = (
    "Kraftig regn har ramt store dele af Jylland, og flere veje er lukket. Beredskabet har været i gang "
    "hele natten, og der er ikke nogen, der er kommet til skade, siger politiet. Det er første gang i år, "
    "at vandet står så højt i byen, og mange beboere har måttet forlade deres huse."
)


def test_a_danish_byline_names_its_writers_without_its_word(tmp_path, lexicon):
    text = f"Oversvømmelser rammer Jylland\n\nAf Mette Hansen og Jens Lund\n\n31. marts 2024\n\n{DANISH}\n"
    source = read(tmp_path, lexicon, text)
    assert source.authors == ["Mette Hansen", "Jens Lund"]


def test_a_danish_author_field_on_a_page_declared_swedish_names_its_writer(tmp_path, lexicon):
    page = (
        '<html lang="sv"><head><title>Oversvømmelser rammer Jylland | Vestkysten Avis</title></head><body>'
        '<article><h1>Oversvømmelser rammer Jylland</h1><p class="byline">Af Mette Hansen</p>'
        f"<p>{DANISH}</p><p>{DANISH}</p></article></body></html>"
    )
    source = read(tmp_path, lexicon, page, name="source.html")
    assert source.authors == ["Mette Hansen"]
