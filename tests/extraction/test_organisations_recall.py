"""Organisations the small model misreads (issue 14, organisations recall)."""

from __future__ import annotations

from tests.extraction.extractkit import brief


def organisations(briefing) -> set[str]:
    return {o.name for o in briefing.organisations}


def test_a_well_known_body_the_model_misreads_is_an_organisation(nlp, lexicon):
    """ "Moderna and Pfizer said" (the model: two people), "Meta said" (a Colombian department's
    name), "according to Bloomberg" (a place), "Gazprom halted" (nothing): bodies the data knows."""
    b = brief(
        nlp,
        lexicon,
        [
            "Moderna and Pfizer both said their vaccines would be updated for the new variant.",
            "Meta said it had removed a network of fake accounts, according to Bloomberg.",
            "Gazprom halted supplies through the pipeline, blaming a faulty turbine.",
            "Boko Haram fighters attacked a military base in the north, killing seven soldiers.",
        ],
    )
    found = organisations(b)
    assert {"Moderna", "Pfizer", "Meta", "Bloomberg", "Gazprom", "Boko Haram"} <= found
    assert not {"Moderna", "Pfizer", "Boko Haram"} & {p.name for p in b.people}
    assert "Meta" not in {p.name for p in b.places}


def test_a_well_known_body_stays_one_before_a_machine_or_in_a_bid_to_the_reader(nlp, lexicon):
    """ "used SpaceX rockets": the maker, not a machine's name; "Check out the statement from ABC
    News": the outlet a site cites, not a platform it bids its reader to."""
    b = brief(
        nlp,
        lexicon,
        [
            "The military is open to launching missions on used SpaceX rockets, a general said.",
            "SpaceX will fly its Falcon 9 rocket again in May.",
            "The nominee still has a chance. Check out the full statement below from ABC News.",
        ],
    )
    assert {"SpaceX", "ABC News"} <= organisations(b)


def test_a_city_or_county_that_acts_is_the_body_that_governs_it(nlp, lexicon):
    """ "The city of Minneapolis agreed to pay", "a lawsuit filed by the City of Chicago": the
    subject of a verb or the agent of a passive one is the place's government, and the place is
    still named; "across the city of Valencia", "the town of Lahaina was destroyed" name the place."""
    b = brief(
        nlp,
        lexicon,
        [
            "The city of Minneapolis agreed to pay $27 million to the family, the city attorney said.",
            "A lawsuit filed by the City of Chicago accuses the gun maker of marketing weapons to teenagers.",
            "Flooding closed roads across the city of Valencia, officials said.",
            "The town of Lahaina was almost entirely destroyed by the wildfire.",
        ],
    )
    found = {o.name.lower() for o in b.organisations}
    assert {"city of minneapolis", "city of chicago"} <= found
    assert not {"city of valencia", "town of lahaina"} & found
    assert {"Minneapolis", "Chicago", "Valencia", "Lahaina"} <= {p.name for p in b.places}


def test_a_makers_name_and_a_trade_word_that_speaks_is_a_body(nlp, lexicon):
    """A maker's name and a word no list of a company's parts holds ("Sony Music", "Samsung
    Biologics") is a made thing's name only while nothing shows a body: a thing says nothing."""
    b = brief(
        nlp,
        lexicon,
        [
            "Sony Music said it had signed the singer, and Sony shares rose on Monday.",
            "Samsung Biologics said it would build a new plant, while Samsung reported record sales.",
            "Google Maps now shows bus times in the city, Google said.",
        ],
    )
    found = organisations(b)
    assert {"Sony Music", "Samsung Biologics", "Sony", "Samsung", "Google"} <= found
    assert "Google Maps" not in found
