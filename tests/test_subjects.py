"""Figure subjects normalised across sources: one subject for one thing counted, of whom, where."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.lexicon import load_lexicon
from generator.schema import Figure
from generator.subjects import SubjectWords, subject_key


@pytest.fixture(scope="module")
def words() -> SubjectWords:
    return SubjectWords.of({"en": load_lexicon(), "ru": load_lexicon(None, "ru")}, "en")


def key(words: SubjectWords, subject: str | None, counts: str | None = None, unit: str | None = None):
    return subject_key(Figure(value=1, counts=counts, subject=subject, unit=unit, text="x"), words)


def test_the_same_troops_in_other_words_are_one_subject(words):
    troops = key(words, "Russian troops in Belarus", "Russian troops")
    assert key(words, "Russian servicemen deployed to Belarus", "Russian servicemen") == troops
    assert key(words, "additional Russian soldiers stationed in Belarus", "Russian soldiers") == troops
    assert troops.label == "troops of Russia in Belarus"


def test_the_borders_of_two_pairs_of_countries_are_two_subjects(words):
    russia = key(words, "border of Belarus and Russia", "border", "km")
    ukraine = key(words, "frontier of Ukraine and Belarus", "frontier", "km")
    assert russia != ukraine
    assert key(words, "frontier of Russia and Belarus", "frontier", "km") == russia
    assert russia.label == "border of Belarus and Russia (km)"


def test_a_deployment_is_not_compared_with_an_inventory(words):
    assert key(words, None, "tanks") != key(words, "tanks of Belarus", "tanks")
    # nor a kind of soldier with all soldiers
    assert key(words, "professional soldiers in Belarus", "soldiers") != key(words, "soldiers in Belarus")


def test_a_russian_subject_meets_the_english_one_as_far_as_the_data_knows_its_words(words):
    # "российские" is Russia (places.yaml's demonyms), "военнослужащие" troops (ru/figures.yaml)
    assert key(words, "российские военнослужащие") == key(words, "Russian servicemen")
    assert key(words, "tanks in Kiev") == key(words, "tanks in Kyiv")


def test_a_projects_lexicon_adds_a_synonym_of_the_counted_noun(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "figures.yaml").write_text("groups:\n  troops: [bayonets]\n")
    extended = SubjectWords.of({"en": load_lexicon(str(tmp_path))}, "en")
    bundled = SubjectWords.of({"en": load_lexicon()}, "en")
    assert key(extended, "Russian bayonets in Belarus") == key(extended, "Russian troops in Belarus")
    assert key(bundled, "Russian bayonets in Belarus") != key(bundled, "Russian troops in Belarus")


def test_shares_meet_only_on_the_words_they_count(words):
    assert key(words, None, "Belarusians", "percent").label == "share of Belarusians"
    assert key(words, None, "Belarusians", "percent") != key(words, None, "population", "percent")
    # the share's unit as a Russian text writes it before the whole is no part of the whole
    assert key(words, None, "% населения", "percent") == key(words, None, "процентов населения", "percent")
    assert key(words, None, "% населения", "percent").label == "share of населения"


def test_markup_in_a_subject_is_no_part_of_what_is_counted(words):
    # the heading of the subject's section on the figures page is what is counted, not the markup
    hostile = key(words, None, "the *pwn*{: onmouseover=alert(1) } troops", "unit")
    assert hostile == key(words, None, "troops", "unit") and hostile.label == "troops (unit)"
