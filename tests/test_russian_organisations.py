"""Organisations of Russian text named as a briefing names them: the whole name Natasha splits in
two ("Министерства обороны России"), its head in the nominative where Natasha left it inflected,
an abbreviation in brackets after it left out of the name. The sentences are made up for these
tests."""

from __future__ import annotations

import pytest

from generator.extraction import parse_body
from generator.extraction.entities import extract_entities
from generator.lexicon import load_lexicon
from generator.nlp import load_model


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once (load_model keeps it per process)."""
    return load_model("natasha"), load_lexicon(None, "ru")


def organisations(russian: tuple, *paragraphs: str) -> list[tuple[str, list[str]]]:
    nlp, lexicon = russian
    body = parse_body(list(paragraphs), nlp, lexicon)
    return [(e.name, e.aliases) for e in extract_entities(body, lexicon)["organisations"]]


def test_an_organisation_and_the_country_it_belongs_to_are_one_name(russian):
    found = organisations(
        russian,
        "По данным Министерства обороны России, учения прошли успешно. Службу безопасности Украины "
        "об этом не уведомили, сообщил Минфин США.",
    )
    assert {"Министерство обороны России", "Служба безопасности Украины", "Минфин США"} <= {
        n for n, _ in found
    }
    assert not {"Министерство обороны", "Служба безопасности", "Минфин"} & {n for n, _ in found}


def test_an_organisations_head_is_named_in_the_nominative_and_its_abbreviation_is_left_out(russian):
    found = organisations(
        russian,
        "Делегацию возглавил глава Директората оборонной промышленности Турецкой Республики. Кравчук "
        "представлял Украину в Трехсторонней контактной группе (ТГК) по урегулированию.",
    )
    names = {n for n, _ in found}
    assert {
        "Директорат оборонной промышленности Турецкой Республики",
        "Трехсторонняя контактная группа",
    } <= names
    assert not any("(" in n or n.startswith("Директората") for n in names)
