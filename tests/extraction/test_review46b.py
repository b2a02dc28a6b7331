"""Review 46b: failing tests for the named-craft rules merged after 65e622a (find_equipment's
owners filter, _craft_before_kind, _craft_called). The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.extractkit import brief


def names(entities) -> set[str]:
    return {e.name for e in entities}


def test_a_craft_the_text_also_writes_as_the_owner_of_its_instrument_is_still_equipment(nlp, lexicon):
    # _owners takes "Perseverance" of "Perseverance's SuperCam" for a maker or an operator, and
    # find_equipment then drops the rover the text names as one (found at 65e622a)
    briefing = brief(
        nlp,
        lexicon,
        [
            "The Perseverance rover found organic molecules in Jezero crater, scientists said.",
            "Perseverance's SuperCam instrument zapped the rock with a laser.",
        ],
    )
    assert "Perseverance" in names(briefing.equipment)


@pytest.mark.parametrize(
    ("paragraph", "company"),
    [
        ("The Pentagon confirmed that Viasat satellite service was disrupted by a cyberattack.", "Viasat"),
        ("The soldiers carried an Iridium satellite phone, the report said.", "Iridium"),
    ],
)
def test_a_company_before_satellite_as_a_modifier_is_no_craft(nlp, lexicon, paragraph, company):
    # _craft_before_kind reads any capitalised word before "satellite" as the craft's name: the
    # operator of a satellite service or the maker of a satellite phone became equipment (an
    # organisation at 65e622a)
    briefing = brief(nlp, lexicon, [paragraph])
    assert company not in names(briefing.equipment)


def test_a_craft_named_before_its_kind_with_an_adjective_in_apposition_is_equipment(nlp, lexicon):
    # NAMED_KIND_AFTER_RE's lazy words let the kind group take the first word after the article,
    # so ", a new lunar lander" (the pattern's own example) never reaches "lander"
    briefing = brief(
        nlp, lexicon, ["Named Odysseus, a new lunar lander touched down near the south pole on Thursday."]
    )
    assert "Odysseus" in names(briefing.equipment)
    assert "Odysseus" not in names(briefing.people)
