"""A briefing's YAML text, written and read: the fast writer writes what ruamel writes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.briefing_yaml import dump_briefing, read_data, read_raw
from generator.problems import BriefingError
from generator.store import (
    load_briefing,
    save_briefing,
)
from tests.sitekit import ROOT
from tests.storekit import make_briefing


def test_dump_is_deterministic_and_stable_across_a_reload(tmp_path):
    briefing = make_briefing()
    first = dump_briefing(briefing)
    assert dump_briefing(make_briefing()) == first
    path = save_briefing(briefing, tmp_path)
    assert path.read_bytes() == first.encode("utf-8")
    # loading and saving again must not change a byte (no diff churn in version control)
    save_briefing(load_briefing(path), tmp_path)
    assert path.read_bytes() == first.encode("utf-8")


def test_integer_valued_floats_are_written_as_integers():
    text = dump_briefing(make_briefing())
    assert re.search(r"^\s+value: 9000$", text, re.M)
    assert re.search(r"^\s+low: 4000$", text, re.M)
    assert re.search(r"^\s+high: 6500.5$", text, re.M)
    assert "9000.0" not in text and "4000.0" not in text


def test_file_keeps_the_contract_key_order_and_unicode_text():
    text = dump_briefing(make_briefing())
    keys = re.findall(r"^(\w+):", text, re.M)
    assert keys[:4] == ["id", "source", "title", "title_generated"]
    assert keys[-1] == "curation"
    assert "“We will respond,”" in text  # not \u201c escapes


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"id: x\ntitle: caf\xe9\n", ": not UTF-8 text (invalid continuation byte at byte 16)"),
        (
            b"id: x\ntitle: [a, b\nwords: 2\n",
            ":3: YAML syntax error, column 6: a list opened with '[' is not",
        ),
        (b"id: x\ntitle: a\nid: y\n", ":3: YAML error, column 1: the key 'id' is given twice"),
        (b"id: &a x\ntitle: *a\n", ":1: YAML error, column 5: anchors and aliases (&name, *name) are not"),
        (b'id: x\ntitle: "open\nwords: 1\n', ':2: YAML syntax error, column 8: a quote (") opens a value'),
    ],
)
def test_a_briefing_that_does_not_read_is_named_with_its_line_by_either_reader(tmp_path, content, expected):
    """`extract` reads a folder's briefings fast (read_data) and `check` with their lines (read_raw):
    a file either cannot read is told the same way by both, file, line and all."""
    path = tmp_path / "broken.yaml"
    path.write_bytes(content)
    for read in (read_raw, read_data):
        with pytest.raises(BriefingError) as caught:
            read(path)
        [problem] = caught.value.problems
        assert str(problem).startswith(path.as_posix() + expected), (read.__name__, str(problem))


def _ruamel_text(data: Any) -> str:
    import io

    from generator.briefing_yaml import _yaml

    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


# Files of broken-briefings/ that are no YAML mapping at all (`check` refuses them, see
# tests/e2e/test_hostile.py): there is no data in them to write. Every other file must load.
NOT_DATA = {
    "empty.yaml",
    "not-a-mapping.yaml",
    "python-tag.yaml",
    "tab-indentation.yaml",
    "yaml-syntax-error.yaml",
}


@pytest.mark.parametrize(
    "path",
    [
        path
        for path in sorted((ROOT / "briefings").glob("*.yaml"))
        + sorted((ROOT / "tests" / "hostile").rglob("*.yaml"))
        if path.name not in NOT_DATA
    ],
    ids=lambda p: p.name,
)
def test_the_fast_writer_writes_what_ruamel_writes(path: Path):
    """Briefings are written without ruamel's slow emitter; a maintainer must not see the difference."""
    import yaml

    from generator.briefing_yaml import dump_data

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(data, dict) and data, path
    assert dump_data(data) == _ruamel_text(data)


# NEL, LS and PS are left out: ruamel writes them raw and YAML reads them back as line
# breaks; a source is split into paragraphs at them, so no briefing text holds one.
_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x85\u2028\u2029"),
    max_size=40,
)


_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _text)


_key = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)


_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(_key, inner, max_size=3),
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_key, _value, min_size=1, max_size=4))
def test_any_data_is_written_as_ruamel_writes_it_and_reads_back_the_same(data):
    from ruamel.yaml import YAML

    from generator.briefing_yaml import dump_data

    text = dump_data(data)
    assert text == _ruamel_text(data)
    assert YAML(typ="safe").load(text) == data


@pytest.mark.parametrize("word", ["NO", "YES", "on", "Off", "y", "N", "true", "null"])
def test_a_word_yaml_1_1_reads_as_a_boolean_is_written_as_a_string(word):
    """A paragraph that reads "NO" must stay a string for PyYAML-based tools too."""
    import yaml

    from generator.briefing_yaml import dump_data

    data = {"body": [{"id": "p1", "text": word}], "title": word}
    text = dump_data(data)
    assert yaml.safe_load(text) == data
    assert text == _ruamel_text(data)


# --- Twelfth session (tests/MUTANTS.md): quoted strings, empty lists kept, read back the same ----


@pytest.mark.parametrize(
    "text",
    [
        "it's: a quote",  # an apostrophe: double-quoted
        "'Peace', he said",
        '"We will win": the minister',  # quotes and no apostrophe: single-quoted
        'C:\\temp\\"new": path',
        'He said "it\'s over": no',  # double-quoted for its apostrophe, its quotes escaped
        "it's in C:\\temp: here",  # and a backslash escaped
        "#1 in the poll",
        "- not an item",
        "true",
    ],
)
def test_a_string_yaml_would_misread_is_quoted_so_it_reads_back_the_same(text):
    from ruamel.yaml import YAML

    from generator.briefing_yaml import dump_data

    data = {"title": text, "body": [{"id": "p1", "text": text}], "tags": [text]}
    written = dump_data(data)
    assert written == _ruamel_text(data)
    assert YAML(typ="safe").load(written) == data


def test_an_entitys_empty_aliases_and_refs_are_left_out_and_other_empty_fields_kept():
    from generator.briefing_yaml import briefing_data
    from tests.storekit import make_briefing

    briefing = make_briefing(
        people=[{"name": "Alexander Lukashenko", "aliases": [], "mentions": 1, "refs": []}], key_points=[]
    )
    data = briefing_data(briefing)
    assert data["people"] == [{"name": "Alexander Lukashenko", "mentions": 1}]
    assert "via" not in data["source"]  # no outlet it reports from: no empty list in the file
    assert data["key_points"] == []  # a top-level list stays, empty: the file shows there are none


@pytest.mark.parametrize("own", ["  # counted by hand", ""])
def test_a_field_added_at_a_mappings_end_goes_above_the_persons_note_on_the_next_key(tmp_path, own):
    from generator.briefing_yaml import briefing_text, dump_briefing
    from tests.storekit import make_briefing

    path = tmp_path / "sample-briefing.yaml"
    note = f"  words: 42{own}\n# title checked by the desk\n\ntitle:"
    path.write_text(dump_briefing(make_briefing()).replace("  words: 42\ntitle:", note), encoding="utf-8")
    source = {"file": "seeds/000_x.txt", "sha256": "a" * 64, "words": 42, "reliability": "B2"}

    text = briefing_text(make_briefing(source=source), keep_layout_of=path)

    # the comment on `words` stays on its line; the note on `title` stays right above `title`
    assert f"  words: 42{own}\n  reliability: B2\n# title checked by the desk\n\ntitle:" in text
