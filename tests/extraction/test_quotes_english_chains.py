"""Who says an English quote in a chain of "X said ... he said" paragraphs (issue 14).

Made-up paragraphs in the shapes that failed on invented probes and on the newest unseen dev
stories: a spokesperson whose name the model read as the body's before the title, quotations
that name other people (never their speakers), a paragraph of quotation with no attribution of
its own, a description that refers back to the person the story is about, a role opening the
sentence that the model read into a body's name. Each test fails on the code before its rule."""

from __future__ import annotations

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.quotes import QuoteExtractor


def speakers(nlp, lexicon, *paragraphs: str) -> list[str | None]:
    """The speaker of each quote of a body of these English paragraphs, in order."""
    body = parse_body(list(paragraphs), nlp, lexicon)
    named = extract_entities(body, lexicon).named
    return [q.speaker for q in QuoteExtractor(named, lexicon).extract()]


def people(nlp, lexicon, *paragraphs: str) -> set[str]:
    body = parse_body(list(paragraphs), nlp, lexicon)
    return {e.name for e in extract_entities(body, lexicon)["people"]}


def test_a_title_before_a_name_makes_a_person_of_what_the_model_read_as_the_bodys(nlp, lexicon):
    # "Football Association of Zambia (FAZ) spokesperson Nkweto Tembwe": the model reads the name
    # as an organisation, misled by the body and its abbreviation before the title
    found = people(
        nlp,
        lexicon,
        "Football Association of Zambia (FAZ) spokesperson Nkweto Tembwe confirmed the development "
        "from South Africa yesterday.",
        "Tembwe said the defender had decided to give up the captaincy.",
    )
    assert "Nkweto Tembwe" in found


def test_an_occupation_opening_the_sentence_is_no_part_of_a_body_the_model_saw(nlp, lexicon):
    # "Skipper Virat Kohli": the model reads the three words as an organisation
    found = speakers(
        nlp,
        lexicon,
        "Skipper Virat Kohli could not hide his joy after the series win.",
        '"This is the best team I have ever played in," the former India captain said.',
    )
    assert found == ["Virat Kohli"]
