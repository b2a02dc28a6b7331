"""How much two sentences share: the same statement in other words meets, a sentence that only
names the same country does not, and two events told alike but at other places stay two."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.overlap import Details, SentenceKeys, other_details, rarity, similarities, similarity
from generator.schema import Briefing

GROUPING = "Lukashenko announced a joint military grouping of Belarus and Russia on the border."
GROUPING_AGAIN = "Belarus and Russia will form a joint military grouping on the border, Lukashenko announced."
WEATHER = "The weather in Belarus was cold that week, and the Russian economy was slowing."
ECONOMIC = "Russian economic growth was slowing that year."


def briefing(id: str, sentences: list[str], places: list[str]) -> Briefing:
    return Briefing.model_validate(
        {
            "id": id,
            "source": {"file": f"seeds/{id}.txt", "sha256": "a" * 64},
            "title": f"Title {id}",
            "published": "2022-10-11",
            "summary": [],
            "key_points": [],
            "people": [{"name": "Alexander Lukashenko", "mentions": 1}],
            "organisations": [],
            "places": [{"name": name, "mentions": 1} for name in places],
            "quotes": [],
            "figures": [],
            "events": [],
            "body": [{"id": f"p{i + 1}", "text": s} for i, s in enumerate(sentences)],
        }
    )


def keys_of(*sentences: str) -> list[frozenset[str]]:
    first = briefing("first", list(sentences), ["Belarus", "Russia", "Zhlobin", "Mozyr"])
    keys = SentenceKeys(Corpus([first]))
    return [keys.of(first, sentence) for sentence in sentences]


def test_the_same_statement_in_other_words_meets_and_one_naming_the_same_countries_does_not():
    grouping, again, weather = keys_of(GROUPING, GROUPING_AGAIN, WEATHER)
    weight = rarity([grouping, again, weather])
    assert similarity(grouping, again, weight) > 0.7
    # both name Belarus and Russia, as the grouping's two tellings do: that weighs little
    assert similarity(grouping, weather, weight) < 0.1


def test_a_word_meets_its_other_forms_and_a_peoples_name_its_country():
    weather, economic = keys_of(WEATHER, ECONOMIC)
    # "economy" and "economic", "slowing" and "slowing"; "Russian" names Russia as "Russia" does
    assert {"econo", "slowi", "@places:russia"} <= weather & economic
    assert "russi" not in economic


def test_two_events_told_alike_at_other_places_or_with_other_figures_stay_two():
    zhlobin, mozyr, also_zhlobin = (
        Details.of(keys)
        for keys in keys_of(
            "Lukashenko announced the grouping near Zhlobin in 2022.",
            "Lukashenko announced the grouping near Mozyr in 2022.",
            "Lukashenko announced the grouping in Belarus near Zhlobin in 2022.",
        )
    )
    assert other_details(zhlobin, mozyr)
    assert not other_details(zhlobin, also_zhlobin)  # one place's naming holds the other's
    nine, twelve = (
        Details.of(k) for k in keys_of("9,000 troops came in 2022.", "12,000 troops came in 2022.")
    )
    assert other_details(nine, twelve)
    assert not other_details(nine, Details.of(keys_of("9,000 troops arrived in 2022.")[0]))


def test_the_table_of_similarities_is_each_pair_s_similarity_to_the_last_bit():
    # the bottom line reads its pairs from the table: a bit of difference could reorder statements
    keys = [
        frozenset({"troop", "@people:lukashenka", "#12"}),
        frozenset(),
        frozenset({"troop", "borde", "@places:minsk"}),
        frozenset({"borde", "#12", "exerc", "@people:lukashenka"}),
        frozenset({"sanct"}),
    ]
    weight = rarity(keys)
    table = similarities(keys, weight)
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            if i != j:
                assert table[i][j] == similarity(a, b, weight)
