"""Briefing files: saved deterministically and atomically, validated on load with precise messages."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import briefing_yaml, store
from generator.briefing_yaml import dump_briefing, read_data, read_raw
from generator.files import atomic_write
from generator.problems import BriefingError
from generator.schema import Briefing
from generator.store import (
    SCHEMA_FILE,
    finish_pending,
    keep_backup,
    line_in,
    load_all,
    load_briefing,
    machine_copy_text,
    save_briefing,
    save_machine_copy,
    save_with_machine_copy,
    write_schema,
)


def make_briefing(**changes: Any) -> Briefing:
    data: dict[str, Any] = {
        "id": "sample-briefing",
        "source": {"file": "seeds/000_x.txt", "sha256": "a" * 64, "words": 42},
        "title": "Belarus moves troops to the border",
        "published": "2022-10-11",
        "outlet": "The Moscow Times",
        "url": "https://www.themoscowtimes.com/2022/10/11/a79059",
        "summary": [{"ref": "p1", "text": "Troops moved to the border."}],
        "key_points": [],
        "people": [
            {
                "name": "Alexander Lukashenko",
                "aliases": ["Lukashenko"],
                "role": "President",
                "mentions": 2,
                "refs": ["p1", "p2"],
            }
        ],
        "organisations": [],
        "places": [{"name": "Minsk", "refs": ["p2"]}],
        "quotes": [{"ref": "p2", "text": "We will respond.", "speaker": "Alexander Lukashenko"}],
        "figures": [
            {"ref": "p2", "value": 9000.0, "qualifier": "less than", "unit": "people", "text": "9,000"},
            {"ref": "p2", "low": 4000.0, "high": 6500.5, "text": "4,000 to 6,500.5"},
        ],
        "events": [{"ref": "p1", "date": "2022-10", "text": "Troops moved.", "expression": "this month"}],
        "body": [
            {"id": "p1", "text": "Troops moved to the border."},
            {"id": "p2", "text": "“We will respond,” Lukashenko said in Minsk of the 9,000 people."},
        ],
    }
    data.update(changes)
    return Briefing.model_validate(data)


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` that contains `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# --- saving ------------------------------------------------------------------------------------


def test_save_then_load_round_trips_equal(tmp_path):
    briefing = make_briefing()
    path = save_briefing(briefing, tmp_path)
    assert path == tmp_path / "sample-briefing.yaml"
    assert load_briefing(path) == briefing


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


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "b.yaml"
    atomic_write(target, b"new content\n")
    assert target.read_bytes() == b"new content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["b.yaml"]


def test_atomic_write_gives_new_files_the_usual_mode_and_keeps_an_existing_ones(tmp_path):
    """A web server or a colleague reading the site must be able to read what was written."""
    old = os.umask(0o022)
    try:
        target = tmp_path / "page.md"
        atomic_write(target, b"x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
        atomic_write(target, b"y")
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_atomic_write_creates_missing_folders(tmp_path):
    target = tmp_path / "a" / "b" / "c.yaml"
    atomic_write(target, b"x")
    assert target.read_bytes() == b"x"


def test_failed_atomic_write_keeps_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "b.yaml"
    target.write_bytes(b"old content\n")

    def broken_replace(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, b"new content that never lands\n")
    monkeypatch.undo()
    assert target.read_bytes() == b"old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["b.yaml"]


def test_write_schema_writes_json_schema_titled_briefing(tmp_path):
    path = write_schema(tmp_path)
    assert path == tmp_path / SCHEMA_FILE
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["title"] == "Briefing"
    assert {"id", "title", "body", "source"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False  # unknown keys are errors for editors too


def test_write_schema_does_not_touch_an_up_to_date_file(tmp_path):
    path = write_schema(tmp_path)
    before = path.stat().st_mtime_ns, path.stat().st_ino
    write_schema(tmp_path)
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == before


# --- loading: every problem as file:line: field: message ---------------------------------------


@pytest.fixture
def good_text() -> str:
    """The text of a valid saved briefing, for tests to break."""
    return dump_briefing(make_briefing())


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text.replace("id: sample-briefing", f"id: {name}", 1), encoding="utf-8")
    return path


def with_bad_summary_ref(text: str) -> str:
    """The file with its first summary item pointing at a paragraph that does not exist."""
    bad = text.replace("  - ref: p1\n    text: Troops moved to the border.", "  - ref: p7\n    text: x", 1)
    assert bad != text
    return bad


def only_problem(folder: Path) -> str:
    briefings, problems = load_all(folder, root=folder)
    assert briefings == []
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def test_valid_files_load_without_problems(tmp_path, good_text):
    write(tmp_path, "one", good_text)
    write(tmp_path, "two", good_text)
    briefings, problems = load_all(tmp_path, root=tmp_path)
    assert problems == []
    assert sorted(b.id for b in briefings) == ["one", "two"]


def test_missing_folder_is_no_briefings(tmp_path):
    assert load_all(tmp_path / "nowhere") == ([], [])


def test_yaml_syntax_error_names_line_and_column(tmp_path, good_text):
    text = good_text.replace("title: Belarus moves troops", "title: Belarus: moves troops")
    write(tmp_path, "broken", text)
    line = line_of(text, "title: Belarus: moves")
    assert re.fullmatch(rf"broken\.yaml:{line}: YAML syntax error, column \d+: .+", only_problem(tmp_path))


def test_unknown_field_is_named_with_its_line(tmp_path, good_text):
    text = good_text.replace("title_generated: false", "titel: typo\ntitle_generated: false")
    write(tmp_path, "typo", text)
    line = line_of(text, "titel:")
    assert re.fullmatch(rf"typo\.yaml:{line}: titel: unknown field.*", only_problem(tmp_path))


def test_missing_required_field_is_named(tmp_path, good_text):
    text = "".join(line for line in good_text.splitlines(True) if not line.startswith("title:"))
    write(tmp_path, "untitled", text)
    # a missing top-level key has no line of its own to point at
    assert re.fullmatch(r"untitled\.yaml(:\d+)?: title: required field is missing", only_problem(tmp_path))


def test_missing_nested_field_points_at_its_parent(tmp_path, good_text):
    text = "".join(line for line in good_text.splitlines(True) if "sha256:" not in line)
    write(tmp_path, "nohash", text)
    line = line_of(text, "source:")
    assert only_problem(tmp_path) == f"nohash.yaml:{line}: source.sha256: required field is missing"


def test_wrong_type_is_named_with_its_line(tmp_path, good_text):
    text = good_text.replace("mentions: 2", "mentions: many")
    write(tmp_path, "wrongtype", text)
    line = line_of(text, "mentions: many")
    assert re.fullmatch(
        rf"wrongtype\.yaml:{line}: people\[0\]\.mentions: expected a whole number, got .many.",
        only_problem(tmp_path),
    )


def test_ref_to_no_body_paragraph_is_reported_and_the_file_not_loaded(tmp_path, good_text):
    text = with_bad_summary_ref(good_text)
    write(tmp_path, "badref", text)
    problem = only_problem(tmp_path)
    assert problem.startswith("badref.yaml")
    assert "summary[0].ref: 'p7' names no paragraph of the body" in problem


def test_ref_to_no_body_paragraph_names_its_line_and_field(tmp_path, good_text):
    text = with_bad_summary_ref(good_text)
    write(tmp_path, "badref", text)
    line = line_of(text, "ref: p7")
    assert re.fullmatch(rf"badref\.yaml:{line}: summary\[0\]\.ref: .*'p7'.*", only_problem(tmp_path))


def test_id_that_differs_from_the_file_name_is_a_problem(tmp_path, good_text):
    (tmp_path / "other-name.yaml").write_text(good_text, encoding="utf-8")
    line = line_of(good_text, "id: sample-briefing")
    assert only_problem(tmp_path) == (
        f"other-name.yaml:{line}: id: 'sample-briefing' differs from the file name 'other-name' "
        "(an interrupted `rename sample-briefing other-name`? run it again to finish it)"
    )


def test_every_bad_file_is_reported_and_good_ones_still_load(tmp_path, good_text):
    write(tmp_path, "good", good_text)
    write(tmp_path, "typo", good_text.replace("outlet:", "outlett:"))
    write(tmp_path, "wrongtype", good_text.replace("words: 42", "words: many"))
    briefings, problems = load_all(tmp_path, root=tmp_path)
    assert [b.id for b in briefings] == ["good"]
    assert sorted(str(p).split(":")[0] for p in problems) == ["typo.yaml", "wrongtype.yaml"]


def test_top_level_that_is_not_a_mapping_is_a_problem(tmp_path):
    (tmp_path / "list.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert only_problem(tmp_path) == "list.yaml: expected a mapping of briefing fields at the top level"


def test_load_briefing_raises_with_all_problems(tmp_path, good_text):
    path = write(
        tmp_path, "two-problems", good_text.replace("words: 42", "words: -1").replace("outlet:", "x:")
    )
    with pytest.raises(BriefingError) as caught:
        load_briefing(path, root=tmp_path)
    fields = sorted(p.field for p in caught.value.problems)
    assert fields == ["source.words", "x"]


def test_hand_written_unquoted_dates_are_accepted(tmp_path, good_text):
    text = good_text.replace("published: '2022-10-11'", "published: 2022-10-11").replace(
        "date: 2022-10\n", "date: 2022-10-05\n"
    )
    assert "published: 2022-10-11" in text and "date: 2022-10-05" in text
    write(tmp_path, "hand", text)
    briefings, problems = load_all(tmp_path, root=tmp_path)
    assert problems == []
    assert briefings[0].published == "2022-10-11"
    assert briefings[0].events[0].date == "2022-10-05"


def test_hand_written_unquoted_estimate_date_is_accepted(tmp_path, good_text):
    text = good_text.replace(
        "published: '2022-10-11'\n",
        "published:\npublished_estimate:\n  after: 2022-09-21\n  basis: by hand\n",
    )
    write(tmp_path, "estimate", text)
    briefings, problems = load_all(tmp_path, root=tmp_path)
    assert [str(p) for p in problems] == []
    assert briefings[0].published_estimate.after == "2022-09-21"


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


def test_a_briefing_that_is_no_file_or_too_large_is_refused_unread(tmp_path, monkeypatch):
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    too_large = tmp_path / "large.yaml"
    too_large.write_text("id: large\ntitle: " + "x" * 6000 + "\n", encoding="utf-8")
    monkeypatch.setattr(briefing_yaml, "MAX_BRIEFING_BYTES", 5000)  # 30 MB, the real limit, is slow to write
    for read in (read_raw, read_data):
        with pytest.raises(BriefingError) as caught:
            read(folder)
        assert [str(p) for p in caught.value.problems] == [
            f"{folder.as_posix()}: cannot read: Is a directory"
        ]
        with pytest.raises(BriefingError) as caught:
            read(too_large)
        assert [str(p) for p in caught.value.problems] == [
            f"{too_large.as_posix()}: YAML error: it has 0.0 MB; a YAML text over 0 MB is refused "
            "(far more than any such file needs)"
        ]


def _ruamel_text(data: Any) -> str:
    import io

    from generator.briefing_yaml import _yaml

    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


ROOT = Path(__file__).resolve().parent.parent


# Files of broken-briefings/ that are no YAML mapping at all (`check` refuses them, see
# test_hostile.py): there is no data in them to write. Every other file must load.
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


def test_load_all_reads_unchanged_briefings_from_its_cache_and_sees_every_edit(tmp_path):
    """The build reads thousands of briefings; a hand edit must still show at once."""
    folder = tmp_path / "briefings"
    path = save_briefing(make_briefing(), folder)
    first, problems = load_all(folder, tmp_path)
    assert problems == [] and first[0].title == "Belarus moves troops to the border"
    cached = list((tmp_path / ".cache").rglob("*.json"))
    assert len(cached) == 1
    # unchanged, it is read from its copy (the test marks the copy to tell; nothing else writes it)
    cached[0].write_text(cached[0].read_text().replace("Belarus moves troops", "Copied troops"))
    again, _ = load_all(folder, tmp_path)
    assert again[0].title == "Copied troops to the border"
    # a hand edit (the size changes) is read from the YAML, not the stale copy
    path.write_text(path.read_text().replace("Belarus moves troops", "Minsk moves troops"))
    second, _ = load_all(folder, tmp_path)
    assert second[0].title == "Minsk moves troops to the border"
    # a damaged copy is ignored, not trusted
    cached[0].write_text("garbage")
    third, _ = load_all(folder, tmp_path)
    assert third[0].title == "Minsk moves troops to the border"
    # an invalid edit is reported even though a valid copy was cached before
    path.write_text(path.read_text().replace("title: Minsk", "title: [Minsk"))
    fourth, problems = load_all(folder, tmp_path)
    assert fourth == [] and problems


def test_briefings_loaded_together_share_names_and_still_dump_and_change_as_before(tmp_path):
    """load_all compacts what it loads; the briefings must read, write and change as if it did not."""
    folder = tmp_path / "briefings"
    save_briefing(make_briefing(), folder)
    save_briefing(make_briefing(id="second-briefing"), folder)
    (first, second), problems = load_all(folder, tmp_path)
    assert problems == []
    fresh = make_briefing()
    assert first == fresh and dump_briefing(first) == dump_briefing(fresh)
    # the same name in two sources is one string in memory
    assert first.people[0].name is second.people[0].name
    # changing a field of one briefing changes nothing in another, nor what it dumps
    first.people[0].role = "Former president"
    first.body = []
    assert second.people[0].role == "President" and len(second.body) == 2
    assert dump_briefing(second) == dump_briefing(make_briefing(id="second-briefing"))
    copy = second.model_copy(update={"title": "Another title"})
    assert copy.title == "Another title" and second.title == "Belarus moves troops to the border"


def test_two_briefings_folders_never_read_each_other_s_cached_copies(tmp_path):
    """The cache is per folder: a file of the same name, size and time in another folder is another
    briefing (a project's `briefings/` and a copy of it being corrected)."""
    one, other = tmp_path / "one", tmp_path / "other"
    first = save_briefing(make_briefing(), one)
    second = save_briefing(make_briefing(title="Minsk moves troops to the frontier"), other)
    assert first.stat().st_size == second.stat().st_size
    stamp = first.stat().st_mtime_ns
    os.utime(second, ns=(stamp, stamp))
    assert load_all(one, tmp_path)[0][0].title == "Belarus moves troops to the border"
    assert load_all(other, tmp_path)[0][0].title == "Minsk moves troops to the frontier"


def test_a_cached_copy_that_records_another_id_is_not_trusted(tmp_path):
    folder = tmp_path / "briefings"
    path = save_briefing(make_briefing(), folder)
    load_all(folder, tmp_path)
    [cached] = (tmp_path / ".cache").rglob("*.json")
    # the file copied under another name, its time kept (cp -p), and its cached copy with it
    other = folder / "other-name.yaml"
    other.write_bytes(path.read_bytes())
    os.utime(other, ns=(path.stat().st_mtime_ns, path.stat().st_mtime_ns))
    cached.with_name("other-name.yaml.json").write_bytes(cached.read_bytes())
    briefings, problems = load_all(folder, tmp_path)
    assert [b.id for b in briefings] == ["sample-briefing"]
    assert [p.message for p in problems] == [
        "'sample-briefing' differs from the file name 'other-name' "
        "(an interrupted `rename sample-briefing other-name`? run it again to finish it)"
    ]


def test_a_wrong_list_item_is_named_at_its_own_line(tmp_path, good_text):
    text = good_text.replace("      - Lukashenko\n", "      - Lukashenko\n      - {a: b}\n", 1)
    assert text != good_text
    write(tmp_path, "item", text)
    line = line_of(text, "- {a: b}")
    assert re.fullmatch(
        rf"item\.yaml:{line}: people\[0\]\.aliases\[1\]: expected text.*", only_problem(tmp_path)
    )


def test_a_wrong_item_of_a_list_is_named_at_its_line_whatever_its_value(tmp_path, good_text):
    text = good_text.replace("      - Lukashenko\n", "      - 0\n", 1)
    write(tmp_path, "number", text)
    line = line_of(text, "      - 0")
    assert re.fullmatch(
        rf"number\.yaml:{line}: people\[0\]\.aliases\[0\]: expected text.*", only_problem(tmp_path)
    )


def test_line_in_finds_a_field_s_line_in_a_file_and_none_in_a_broken_one(tmp_path, good_text):
    path = write(tmp_path, "lines", good_text)
    assert line_in(path, ("source", "file")) == line_of(good_text, "file: seeds/000_x.txt")
    assert line_in(path, ("people", 0, "role")) == line_of(good_text, "role: President")
    path.write_text("id: [\n", encoding="utf-8")
    assert line_in(path, ("source", "file")) is None


def test_saved_over_a_corrected_file_the_given_text_keeps_the_person_s_comments(tmp_path):
    """save_briefing with the text already dumped (as a moved source's briefing is written) and the
    file it replaces: the comments a person wrote there stay."""
    briefing = make_briefing()
    path = save_briefing(briefing, tmp_path)
    path.write_text(path.read_text().replace("\ntitle: ", "\n# checked by the desk\ntitle: ", 1))
    moved = briefing.model_copy(
        update={"source": briefing.source.model_copy(update={"file": "seeds/a/b.txt"})}
    )
    save_briefing(moved, tmp_path, keep_layout_of=path, text=dump_briefing(moved))
    assert "# checked by the desk\ntitle: " in path.read_text()
    assert load_briefing(path).source.file == "seeds/a/b.txt"


def test_a_machine_copy_is_saved_as_given_beside_the_briefings(tmp_path):
    briefing = make_briefing()
    text = machine_copy_text(briefing, {"title": "From sources.yaml"})
    path = save_machine_copy(briefing, tmp_path, text=text)
    assert path == tmp_path / ".machine" / "sample-briefing.yaml"
    assert path.read_text(encoding="utf-8") == text and "From sources.yaml" in text
    assert list(tmp_path.glob("*.yaml")) == []


def _killed_after_the_briefing(folder: Path, old: Briefing, new: Briefing) -> Path:
    """The state a run killed between writing a briefing and its machine copy leaves: the journal,
    the new briefing, the old machine copy."""
    save_with_machine_copy(old.id, folder, dump_briefing(old), dump_briefing(old))
    path = folder / f"{old.id}.yaml"
    machine = folder / ".machine" / f"{old.id}.yaml"
    kept = machine.read_bytes()
    save_with_machine_copy(new.id, folder, dump_briefing(new), dump_briefing(new))
    machine.write_bytes(kept)
    journal = folder / ".machine" / f"{old.id}.pending"
    head = f"# briefing sha256 {_sha(dump_briefing(old))} -> {_sha(dump_briefing(new))}; its machine copy:\n"
    journal.write_bytes(head.encode() + dump_briefing(new).encode())
    return path


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def test_a_killed_pair_edited_since_is_completed_only_if_the_edit_was_of_the_new_briefing(tmp_path):
    """A person who corrects a briefing between a killed run and the next: the next run tells from
    the file's source hash and body whether they corrected the new extraction (its machine copy
    is written) or the old one (the old copy stays, so their correction is told from the old
    output, and no machine value is taken for theirs)."""
    old = make_briefing()
    new = make_briefing(
        source={"file": "seeds/000_x.txt", "sha256": "b" * 64, "words": 43},
        body=[{"id": "p1", "text": "Troops moved to the border."}, {"id": "p2", "text": "New text."}],
    )
    # the new briefing was written, then corrected by hand: it is the new one
    folder = tmp_path / "new"
    path = _killed_after_the_briefing(folder, old, new)
    path.write_text(path.read_text().replace("title: Belarus", "title: Corrected Belarus", 1))
    finish_pending(folder)
    assert (folder / ".machine" / path.name).read_text() == dump_briefing(new)
    assert not list(folder.rglob("*.pending"))
    # the old file corrected by hand over the new one (restored from git, say): it is the old one
    folder = tmp_path / "old"
    path = _killed_after_the_briefing(folder, old, new)
    path.write_text(dump_briefing(old).replace("title: Belarus", "title: Corrected Belarus", 1))
    finish_pending(folder)
    assert (folder / ".machine" / path.name).read_text() == dump_briefing(old)
    assert not list(folder.rglob("*.pending"))
    # the same body but another source hash: still the old one
    folder = tmp_path / "hash"
    path = _killed_after_the_briefing(folder, old, new)
    edited = dump_briefing(new).replace("b" * 64, "c" * 64).replace("title: Belarus", "title: Corrected", 1)
    path.write_text(edited)
    finish_pending(folder)
    assert (folder / ".machine" / path.name).read_text() == dump_briefing(old)
    # a file that is no briefing at all now (a list; a `source:` that is text): the old one too
    for name, text in (("list", "- just\n- a list\n"), ("text", "id: x\nsource: seeds/000_x.txt\n")):
        folder = tmp_path / name
        path = _killed_after_the_briefing(folder, old, new)
        path.write_text(text)
        finish_pending(folder)
        assert (folder / ".machine" / path.name).read_text() == dump_briefing(old), name
        assert not list(folder.rglob("*.pending")), name
    # the new source hash but the old body: the old one too
    folder = tmp_path / "body"
    path = _killed_after_the_briefing(folder, old, new)
    path.write_text(dump_briefing(old.model_copy(update={"source": new.source, "title": "Corrected"})))
    finish_pending(folder)
    assert (folder / ".machine" / path.name).read_text() == dump_briefing(old)
    assert not list(folder.rglob("*.pending"))


def test_backups_are_named_by_utc_time_and_two_in_one_microsecond_are_both_kept(tmp_path, monkeypatch):
    """`<id>.<UTC time>-<n>.yaml`, n from 001: names sort by time on any machine, whatever its zone,
    and a second copy made in the same microsecond (a fast disk, a coarse clock) is a second file."""
    import time
    from datetime import UTC, datetime

    monkeypatch.setenv("TZ", "Asia/Tokyo")  # nine hours from UTC: a local time would show
    time.tzset()
    try:
        path = tmp_path / "talks.yaml"
        path.write_text("version 1\n")
        first = keep_backup(tmp_path, path)
        stamp = datetime.strptime(first.name.split(".")[1], "%Y%m%dT%H%M%S%fZ-001").replace(tzinfo=UTC)
        assert abs((datetime.now(UTC) - stamp).total_seconds()) < 60, first.name
        fixed = datetime(2020, 1, 2, 8, 0, tzinfo=UTC)  # before the first copy: names sort first

        class Frozen(datetime):
            @classmethod
            def now(cls, tz=None):
                return fixed

        monkeypatch.setattr(store, "datetime", Frozen)
        for version in (2, 3):
            path.write_text(f"version {version}\n")
            keep_backup(tmp_path, path)
    finally:
        monkeypatch.undo()
        time.tzset()
    names = sorted(p.name for p in (tmp_path / ".backup").iterdir())[:2]
    assert names == ["talks.20200102T080000000000Z-001.yaml", "talks.20200102T080000000000Z-002.yaml"]
    assert [(tmp_path / ".backup" / n).read_text() for n in names] == ["version 2\n", "version 3\n"]
