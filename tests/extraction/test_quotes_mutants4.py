"""Session 52, mutants of `_dropped_subject` (issue 21): a Russian speech verb with no subject of its
own ("Добавил, что «...»") takes the subject of the sentence before, when they agree. These tests
kill mutants of that rule left alive on main's code at 65e25f7a (tests/MUTANTS.md "Session 52,
quotes, `_dropped_subject`"): each passes on the code and fails on the mutants it names
(scripts/mutation/killcheck.py). The paragraphs are made up for these tests."""

from __future__ import annotations

import pytest

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.extraction.quotes import QuoteExtractor
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def quotes(russian: tuple, *paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quote of a Russian body of these paragraphs with its speaker, in order."""
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    entities = extract_entities(body, lexicon)
    return [(q.text, q.speaker) for q in QuoteExtractor(entities.named, lexicon).extract()]


def test_a_body_that_opens_the_paragraph_before_keeps_its_whole_name(russian):
    # "Сообщило, что" takes its subject from the paragraph before: the ministry as the text names
    # it there, not a bare "Министерство" read in another paragraph (`_dropped_subject` _107, _108)
    assert quotes(
        russian, "Министерство обороны провело учения.", "Сообщило, что «учения прошли успешно»."
    ) == [("учения прошли успешно", "Министерство обороны")]


def test_the_dropped_subject_is_the_paragraph_right_befores_not_one_further_back(russian):
    # three paragraphs: "Добавил" is the chief of staff's, who spoke last, not the minister's
    # named two paragraphs back (`_dropped_subject` _108)
    assert quotes(
        russian,
        "Министр обороны Сергей Шойгу прибыл на полигон.",
        "Глава Генштаба Валерий Герасимов провёл совещание.",
        "Добавил, что «учения пройдут в срок».",
    ) == [("учения пройдут в срок", "Валерий Герасимов")]


@pytest.mark.parametrize(
    "before",
    [
        # a name inside the quotation before is no one who "добавил"
        "«Иван Петров ушёл в отставку», — заявила пресс-служба.",
        # nor is a word of a sentence that is a quotation whole
        "«Министр всё решил».",
    ],
)
def test_a_subject_inside_the_quotation_before_is_not_the_dropped_one(russian, before):
    # (`_dropped_subject` _122)
    said = quotes(russian, f"{before} Добавил, что «учения пройдут в срок».")
    assert said[-1] == ("учения пройдут в срок", None)


def test_a_mans_verb_after_a_woman_with_a_verb_of_no_gender_is_not_hers(russian):
    # "проводит" has no gender, so the subject's own decides: Набиуллина did not "добавил"
    # (`_dropped_subject` _152 to _154)
    assert quotes(
        russian,
        "Эльвира Набиуллина проводит совещание. Добавил, что «ставка останется высокой до конца года».",
    ) == [("ставка останется высокой до конца года", None)]


def test_a_name_inside_a_quotation_hung_before_the_speech_verb_is_not_its_subject(russian):
    # "«Генерал Иванов пришёл», сказал": the verb before "сказал" has its subject inside a
    # quotation, which gives "сказал" none; the minister of the sentence before said it
    # (`_dropped_subject` _58 to _63, _79, _80)
    assert quotes(
        russian,
        "Министр Сергей Шойгу прибыл на полигон. «Генерал Иванов пришёл», сказал: «учения пройдут в срок».",
    )[-1] == ("учения пройдут в срок", "Сергей Шойгу")


def test_an_impersonal_passive_drops_no_subject(russian):
    # "Отмечено, что": a participle says no one did the noting, so it takes no subject from the
    # paragraph before; the quote is left to no one rather than given to the ministry
    # (`_dropped_subject` _18 to _20)
    assert quotes(
        russian,
        "Министерство обороны провело учения.",
        "Отмечено, что «учения прошли успешно и без происшествий».",
    ) == [("учения прошли успешно и без происшествий", None)]
