"""Language data: one folder per language, typed files, a project's additions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import UserError
from generator.lexicon import load_lexicon


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_project_file_in_the_language_folder_extends_the_bundled_list(tmp_path):
    _write(tmp_path / "en" / "equipment.yaml", "names: [Polonez-M]\n")
    lexicon = load_lexicon(str(tmp_path))
    assert "Polonez-M" in lexicon["equipment"]["names"]
    assert "Iskander" in lexicon["equipment"]["names"]  # the bundled list is kept


def test_a_misspelt_key_names_the_file_and_the_key(tmp_path):
    _write(tmp_path / "en" / "equipment.yaml", "name: [Polonez-M]\n")
    with pytest.raises(UserError) as caught:
        load_lexicon(str(tmp_path))
    message = str(caught.value)
    assert "equipment.yaml: name: not a key of this file" in message
    assert "names" in message  # the keys it does have are listed


def test_a_misspelt_key_of_a_range_of_dates_is_told_the_keys_of_its_own_mapping(tmp_path):
    _write(tmp_path / "en" / "dates.yaml", "ranges: {starts: [from], dated_bi: start}\n")
    with pytest.raises(UserError) as caught:
        load_lexicon(str(tmp_path))
    assert (
        "dates.yaml: ranges.dated_bi: not a key of `ranges` "
        "(its keys: starts, ends, dated_by, opened_only, with_a_count, months_by_dash)" in str(caught.value)
    )


def test_a_misspelt_key_of_the_words_of_an_age_is_told(tmp_path):
    # "aged 16 or over" is a threshold only when `bounds_after` is spelt right: a misspelt key is
    # an error, not a list silently left unread
    _write(tmp_path / "en" / "numbers.yaml", "age_context: {bound_after: [or over]}\n")
    with pytest.raises(UserError, match=r"numbers\.yaml: age_context\.bound_after: not a key of"):
        load_lexicon(str(tmp_path))


def test_a_range_of_dates_is_dated_by_its_start_or_both_ends_and_nothing_else(tmp_path):
    _write(tmp_path / "en" / "dates.yaml", "ranges: {dated_by: end}\n")
    with pytest.raises(UserError, match=r"dates\.yaml: ranges\.dated_by: input should be 'start' or 'both'"):
        load_lexicon(str(tmp_path))


def test_a_value_of_the_wrong_kind_is_an_error_not_an_empty_list(tmp_path):
    _write(tmp_path / "en" / "boilerplate.yaml", "repeat_threshold: three\n")
    with pytest.raises(UserError, match=r"boilerplate\.yaml: repeat_threshold"):
        load_lexicon(str(tmp_path))


def test_a_language_file_at_the_top_of_the_folder_is_sent_to_its_language(tmp_path):
    _write(tmp_path / "speech.yaml", "verbs: [opine]\n")
    with pytest.raises(UserError, match=r"move it to .*en.speech\.yaml"):
        load_lexicon(str(tmp_path))


def test_a_language_without_data_is_named(tmp_path):
    with pytest.raises(UserError, match="no language data for 'xx'"):
        load_lexicon(str(tmp_path), language="xx")


def test_names_regex_finds_whole_names_the_longest_first_in_any_order():
    import re

    from generator.lexicon import names_regex

    for names in (("New York City", "New York", "York"), ("York", "New York", "New York City")):
        pattern = names_regex(names)
        assert pattern is not None
        text = "New York City, New Yorker, York-based, York, New York."
        found = [m.group(1) for m in pattern.finditer(text)]
        assert found == ["New York City", "York", "New York"]
    terms = names_regex(("highly likely", "likely"), re.IGNORECASE)
    assert terms is not None
    found = [m.group(1) for m in terms.finditer("Highly likely; unlikely; LIKELY")]
    assert found == ["Highly likely", "LIKELY"]
    assert names_regex(()) is None and names_regex(("",)) is None
    long = "A" + "b" * 4999  # a hostile briefing's name: no recursion error, still found
    pattern = names_regex((long, "New York"))
    assert pattern is not None and [m.group(1) for m in pattern.finditer(f"{long} and New York")] == [
        long,
        "New York",
    ]


def test_russian_language_data_is_typed_and_read_for_russian(tmp_path):
    lexicon = load_lexicon(None, "ru")
    assert lexicon.language == "ru"
    assert "заявить" in lexicon.words("speech", "verbs")
    assert lexicon["dates"]["months"]["сентября"] == 9
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "speech.yaml").write_text("verb: [молвить]\n", encoding="utf-8")
    with pytest.raises(UserError, match="speech.yaml: verb: not a key of this file"):
        load_lexicon(str(tmp_path), "ru")
