"""The bottom line of a source in a language no pipeline reads: its own lead, cut at the sentence
ends of its script, never at an abbreviation's stop, linked to its paragraph."""

from __future__ import annotations

from generator.extraction.lead import lead_of
from generator.lexicon import load_lexicon


def lead(paragraphs: list[str], language: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(s.text, s.ref) for s in lead_of(paragraphs, title, language, load_lexicon())]


def test_a_german_source_gives_the_first_sentence_of_its_story_not_its_kicker_or_byline():
    paragraphs = [
        "Bundeswehr verlegt Brigade nach Litauen",  # the headline printed again
        "Analyse",  # a kicker
        "Von Anna Schmidt und Jan Berger",  # a byline: no stop
        "Die Bundeswehr verlegt z. B. Panzer und rund 4800 Soldaten bis 2027 nach Litauen, wie "
        "Verteidigungsminister Dr. Boris Pistorius am 14. Juli in Vilnius sagte. Die Kosten trägt der Bund.",
        "„Wir stehen zu unseren Verpflichtungen“, sagte er.",
    ]
    assert lead(paragraphs, "de", title="Bundeswehr verlegt Brigade nach Litauen") == [
        (
            "Die Bundeswehr verlegt z. B. Panzer und rund 4800 Soldaten bis 2027 nach Litauen, wie "
            "Verteidigungsminister Dr. Boris Pistorius am 14. Juli in Vilnius sagte.",
            "p4",
        )
    ]


def test_a_japanese_source_is_cut_at_its_full_stops_and_a_quotation_s_stop_does_not_end_it():
    paragraphs = [
        "社会",
        "東京女子医大の元理事長が背任容疑で逮捕された事件で、警視庁は２日、元理事長の自宅を家宅捜索した。"
        "元理事長は「捜査に協力する。」と話した。",
        "警視庁は資金の流れを調べている。",
    ]
    first = "東京女子医大の元理事長が背任容疑で逮捕された事件で、警視庁は２日、元理事長の自宅を家宅捜索した。"
    assert lead(paragraphs, "ja") == [(first, "p2")]
    # a first sentence too short to hold the news brings the next one; a quotation's stop inside
    # 「」 is no sentence's end
    assert lead(["警視庁は元理事長を２日逮捕した。元理事長は「捜査に協力する。」と話した。"], "ja") == [
        ("警視庁は元理事長を２日逮捕した。", "p1"),
        ("元理事長は「捜査に協力する。」と話した。", "p1"),
    ]


def test_a_lead_that_opens_with_a_dateline_or_an_abbreviation_is_kept_whole():
    assert lead(["BERLIN. Die Regierung hat am Montag die Steuern für kleine Betriebe gesenkt."], "de") == [
        ("BERLIN. Die Regierung hat am Montag die Steuern für kleine Betriebe gesenkt.", "p1")
    ]
    assert lead(
        ["Berlin (dpa). Die Regierung hat am Montag die Steuern für kleine Betriebe gesenkt."], "de"
    ) == [("Berlin (dpa). Die Regierung hat am Montag die Steuern für kleine Betriebe gesenkt.", "p1")]
    assert lead(
        ["MADRID (EFE). – El Sr. García anunció el lunes su dimisión como presidente del club."], "es"
    ) == [("MADRID (EFE). – El Sr. García anunció el lunes su dimisión como presidente del club.", "p1")]
    assert lead(["M. Macron a annoncé lundi une réforme des retraites. Les syndicats protestent."], "fr") == [
        ("M. Macron a annoncé lundi une réforme des retraites.", "p1")
    ]


def test_a_word_without_a_vowel_is_an_abbreviation_where_the_language_lists_none():
    # "tzv." (so-called), "Nr." and "bzw.": no sentence ends there; "EU." and a quotation's end do
    assert lead(
        ["Policie obvinila tzv. Dozimetr kvůli korupci v dopravním podniku. Soud začne v květnu."], "cs"
    ) == [("Policie obvinila tzv. Dozimetr kvůli korupci v dopravním podniku.", "p1")]
    assert lead(
        ["Der Antrag Nr. 12 bzw. Drucksache Nr. 13 scheiterte im Landtag. Die Opposition jubelte."], "de"
    ) == [("Der Antrag Nr. 12 bzw. Drucksache Nr. 13 scheiterte im Landtag.", "p1")]
    assert lead(["Die Regierung nannte den Plan „schlecht“. Sie lehnt ihn ab."], "de") == [
        ("Die Regierung nannte den Plan „schlecht“.", "p1"),
        ("Sie lehnt ihn ab.", "p1"),
    ]


def test_a_source_whose_body_is_one_sentence_gives_that_sentence():
    assert lead(["Der Kanzler ist am Montag zurückgetreten."], "de") == [
        ("Der Kanzler ist am Montag zurückgetreten.", "p1")
    ]
    # with no stop at its end it is still the story, written as a heading is not: a paragraph
    # that is all there is gives nothing rather than a guess
    assert lead(["Der Kanzler tritt zurück"], "de") == []


def test_other_scripts_end_sentences_with_their_own_stops():
    hindi = "पुलिस ने बुधवार को चोरी के मामले में दो लोगों को गिरफ्तार किया। उनके पास से गहने बरामद हुए।"
    assert lead([hindi], "hi") == [("पुलिस ने बुधवार को चोरी के मामले में दो लोगों को गिरफ्तार किया।", "p1")]


def test_a_question_or_a_quotation_does_not_lead_when_a_later_paragraph_states_the_news():
    paragraphs = [
        "Was bleibt nach zwei Jahren Untersuchung vom Ausschuss?",
        "„Wir haben alles getan, was wir konnten, und mehr“, sagte der Landrat.",
        "Der Untersuchungsausschuss zur Flut hat nach 42 Sitzungen seine Beweisaufnahme beendet.",
    ]
    assert lead(paragraphs, "de") == [
        ("Der Untersuchungsausschuss zur Flut hat nach 42 Sitzungen seine Beweisaufnahme beendet.", "p3")
    ]
