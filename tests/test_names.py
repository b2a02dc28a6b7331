"""names.py: when two spellings are one name, and an acronym its long form (the one helper of each)."""

from __future__ import annotations

from generator.lexicon import BUNDLED, Languages, read_data
from generator.names import initials, name_key, stands_for, unicode_script, words_key


def test_case_spacing_and_punctuation_make_no_difference_and_accents_only_to_words_key():
    assert words_key("Al-Qaeda’s  chief") == words_key("al qaeda's CHIEF") == "al qaeda s chief"
    assert words_key("Kraków") != words_key("Krakow")
    assert name_key("Kraków") == name_key("krakow") == "krakow"
    # a line's key keeps what it is told to: "up 50%" and "up 50" are two lines
    assert (words_key("Up 50%!", keep="%"), words_key("Up 50%!")) == ("up 50%", "up 50")


def test_an_acronym_stands_for_the_capitalised_words_of_its_long_form():
    assert initials("North Atlantic Treaty Organization") == "NATO"
    assert stands_for("NATO", "North Atlantic Treaty Organization")
    assert stands_for("OSCE", "Organization for Security and Co-operation in Europe")
    assert not stands_for("North Atlantic Treaty Organization", "NATO")  # the short form first
    assert not stands_for("Nato", "North Atlantic Treaty Organization")  # capitals only
    assert not stands_for("N", "North")  # two to six capitals


def test_a_letter_s_script_is_named_as_languages_yaml_names_it():
    """names.py said "CJK" (and "CYRILLIC") where languages.yaml says "Han" ("Cyrillic"): one
    name for one script, so each script the data lists is found from its letters."""
    listed = read_data(BUNDLED / "languages.yaml", Languages)["scripts"]
    letters = "eжαعאաაअก한ひカ中"
    assert {unicode_script(ch) for ch in letters} == {"Latin", *listed}
