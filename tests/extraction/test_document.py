"""The parsed body: sentences and their bounds."""

from __future__ import annotations

from generator.extraction.document import clean_entity_text
from tests.extraction.extractkit import brief


def test_a_sentence_is_not_cut_after_a_titles_abbreviation(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The island's Prime Minister, Dr the Rt. Hon. Kemal Mayers has voiced his support for an "
            "annual banking forum to discuss the loss of correspondent banking in the region.",
            "The forum was proposed by a US congresswoman at a roundtable held in Bridgetown on Wednesday.",
            '"We must act now," Lt. Gen. Ana Ruiz told the roundtable.',
        ],
    )
    chosen = [s.text for s in b.summary + b.key_points]
    assert any(t.startswith("The island's Prime Minister") and "Kemal Mayers has voiced" in t for t in chosen)
    assert not any(t.endswith("Hon.") or t.startswith("Kemal") for t in chosen)
    assert [q.speaker for q in b.quotes] == ["Ana Ruiz"]


def test_a_sentence_the_parser_ends_where_no_punctuation_does_is_one_sentence(nlp, lexicon):
    lede = (
        "The region cannot ignore the risk of further outbreaks, warns Regional Health Organization "
        "(RHO) Director Mara F. Osei as she urged countries to remain vigilant and close vaccination gaps."
    )
    b = brief(
        nlp, lexicon, [lede, "Cases are rising in Europe and East Asia, the organization said on Monday."]
    )
    assert b.summary[0].text == lede


def test_sentence_of_gives_the_sentence_a_scan_of_doc_sents_gives_at_every_offset(nlp):
    from generator.extraction.document import sentence_of, sentences_of, span_text

    texts = [
        "  Minsk said no. The talks ended.  Kyiv waited; nothing came. ",
        'He said: "We will stay."\n\nThen he left.',
        "One",
    ]
    for doc in nlp.pipe(texts):
        sents = list(doc.sents)
        assert sentences_of(doc) == sents
        assert [span_text(s) for s in sents] == [s.text for s in sents]
        for offset in range(len(doc.text)):
            found = sentence_of(doc, offset)
            inside = [s for s in sents if s.start_char <= offset < s.end_char]
            if inside:
                assert (found.start, found.end) == (inside[0].start, inside[0].end), (doc.text, offset)
            else:  # whitespace between sentences: the sentence of the next token, or the whole doc
                whole = (found.start, found.end) == (0, len(doc))
                assert found.start_char >= offset or whole, (doc.text, offset)


def test_an_entitys_leading_article_is_the_languages_definite_one_as_written_or_capitalised():
    """grammar.yaml's `definite_articles` says which article a name loses: none in a language
    without them ("The Hague" stays whole), "la" and "La" where the language has it."""
    assert clean_entity_text("The Hague") == "The Hague"
    assert clean_entity_text("“the Kremlin’s", frozenset({"the"})) == "Kremlin"
    assert clean_entity_text("The Kremlin", frozenset({"the"})) == "Kremlin"
    assert clean_entity_text("La Commission européenne", frozenset({"la", "le"})) == "Commission européenne"
    assert clean_entity_text("THE Kremlin", frozenset({"the"})) == "THE Kremlin"  # a name in capitals
