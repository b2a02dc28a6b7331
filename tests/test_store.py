"""Briefing files: saved deterministically and atomically, validated on load with precise messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator import briefing_yaml, store
from generator.briefing_yaml import dump_briefing, read_data, read_raw
from generator.problems import BriefingError
from generator.schema import Briefing
from generator.store import (
    SCHEMA_FILE,
    applied_entry,
    backups_of,
    briefing_files,
    check_id,
    finish_pending,
    keep_backup,
    line_in,
    load_all,
    load_briefing,
    load_machine_copy,
    machine_copy_data,
    machine_copy_text,
    save_briefing,
    save_machine_copy,
    save_with_machine_copy,
    validate,
    without_applied,
    write_pair,
    write_schema,
)
from generator.store import problems_of as store_problems_of
from tests.storekit import make_briefing


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` that contains `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# --- saving ------------------------------------------------------------------------------------


def test_save_then_load_round_trips_equal(tmp_path):
    briefing = make_briefing()
    path = save_briefing(briefing, tmp_path)
    assert path == tmp_path / "sample-briefing.yaml"
    assert load_briefing(path) == briefing


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


def test_the_sources_yaml_entry_a_machine_copy_was_extracted_with_is_read_back(tmp_path):
    # what the next run compares with today's sources.yaml entry: a changed one extracts again
    briefing = make_briefing()
    entry = {"title": "From sources.yaml", "published": "2022-02-01"}
    save_machine_copy(briefing, tmp_path, text=machine_copy_text(briefing, entry))
    assert applied_entry(tmp_path, briefing.id) == entry
    other = briefing.model_copy(update={"id": "other"})
    save_machine_copy(other, tmp_path, text=machine_copy_text(other, {}))
    assert applied_entry(tmp_path, "other") == {}
    assert applied_entry(tmp_path, "never-extracted") == {}
    # a copy a person or a crash left unreadable, or of another shape, records no entry
    machine = tmp_path / ".machine"
    for name, text in [
        ("broken", "curation: {sources_yaml: [\n"),
        ("a-list", "- sources_yaml\n"),
        ("no-mapping", "curation: [sources_yaml]\n"),
        ("entry-not-a-mapping", "curation: {sources_yaml: [title]}\n"),
        ("elsewhere", "title: sources_yaml\n"),
    ]:
        (machine / f"{name}.yaml").write_text(text, encoding="utf-8")
        assert applied_entry(tmp_path, name) == {}, name


def test_two_briefings_redirecting_from_one_former_id_are_a_problem_at_its_line(tmp_path):
    # each former id is a redirect page: two briefings with one would be two pages at one address
    folder = tmp_path / "briefings"
    for name in ("first", "second", "third"):
        former = "old-address" if name != "third" else "third-old"
        briefing = make_briefing(id=name, curation={"previous_ids": [f"{name}-older", former]})
        save_briefing(briefing, folder)
    loaded, problems = load_all(folder, root=tmp_path)
    assert [b.id for b in loaded] == ["first", "third"]
    [problem] = problems
    text = (folder / "second.yaml").read_text(encoding="utf-8")
    assert (problem.file, problem.line, problem.field) == (
        "briefings/second.yaml",
        line_of(text, "- old-address"),
        "curation.previous_ids[1]",
    )
    assert problem.message == (
        "'old-address' is also a former id of briefings/first.yaml (one old address, one redirect)"
    )


def test_an_unknown_field_names_the_closest_field_or_the_schema_that_lists_them(tmp_path):
    data = make_briefing().model_dump(mode="json")
    data.update(titel="A title", zzz_unrelated=1)
    del data["body"]
    with pytest.raises(BriefingError) as caught:
        validate(data, "b.yaml")
    assert sorted(p.what for p in caught.value.problems) == [
        "body: required field is missing",
        "titel: unknown field 'titel' (did you mean 'title'?)",
        "zzz_unrelated: unknown field 'zzz_unrelated' (briefing.schema.json lists the fields)",
    ]


def test_an_id_that_is_not_the_file_name_names_the_file_line_and_the_rename_to_finish(tmp_path):
    path = tmp_path / "other-name.yaml"
    with pytest.raises(BriefingError) as caught:
        check_id({"id": "sample-briefing"}, path, "briefings/other-name.yaml")
    [problem] = caught.value.problems
    assert (problem.file, problem.field) == ("briefings/other-name.yaml", "id")
    assert "'sample-briefing' differs from the file name 'other-name'" in problem.message
    assert "rename sample-briefing other-name" in problem.message
    check_id({"id": "other-name"}, path, "x")  # its own name: no problem
    check_id({}, path, "x")  # no id at all is the schema's to report, not a second problem
    with pytest.raises(BriefingError) as caught:
        check_id({"id": "index"}, tmp_path / "index.yaml", "x")  # its own name, but the home page's
    assert "reserved" in caught.value.problems[0].message


def test_the_schema_file_is_json_indented_by_two_spaces_for_a_persons_editor(tmp_path):
    text = write_schema(tmp_path).read_text(encoding="utf-8")
    assert text.startswith('{\n  "') and text.endswith("\n}\n")
    assert re.search(r'^    "', text, re.M)  # nested keys indented once more
    # every mapping's keys in sorted order, whatever order pydantic gives them: stable diffs
    properties = json.loads(text)["properties"]
    assert list(properties) == sorted(properties) and "title" in properties


def test_no_backups_without_a_backup_folder(tmp_path):
    assert backups_of(tmp_path, tmp_path / "sample-briefing.yaml") == []


def test_a_machine_copy_without_its_sources_yaml_record_is_what_the_briefing_file_holds():
    machine = {"title": "T", "curation": {"sources_yaml": {"title": "T"}, "edited": ["title"]}}
    assert without_applied(machine) == {"title": "T", "curation": {"edited": ["title"]}}
    assert machine["curation"]["sources_yaml"] == {"title": "T"}  # the copy read is left as it was
    for plain_copy in ({"title": "T"}, {"curation": ["sources_yaml"]}, {"curation": {"edited": []}}):
        assert without_applied(plain_copy) == plain_copy


def test_a_machine_copy_is_read_back_only_when_check_would_accept_it(tmp_path):
    briefing = make_briefing()
    assert load_machine_copy(tmp_path, briefing.id) is None
    assert machine_copy_data(tmp_path, briefing.id) is None
    save_machine_copy(briefing, tmp_path)
    assert load_machine_copy(tmp_path, briefing.id)["title"] == briefing.title
    data = machine_copy_data(tmp_path, briefing.id)
    assert type(data) is dict and data["title"] == briefing.title  # plain data, as merged
    copy = tmp_path / ".machine" / f"{briefing.id}.yaml"
    copy.write_text(copy.read_text(encoding="utf-8").replace("title: ", "titel: ", 1), encoding="utf-8")
    assert machine_copy_data(tmp_path, briefing.id) is None  # refused: extracted afresh instead
    copy.write_text("title: [\n", encoding="utf-8")
    assert machine_copy_data(tmp_path, briefing.id) is None


def test_what_check_finds_in_a_briefing_read_as_plain_data_names_its_lines(tmp_path):
    path = save_briefing(make_briefing(), tmp_path)
    assert store_problems_of(read_data(path), path) == []
    text = path.read_text(encoding="utf-8").replace("title: ", "titel: ", 1)
    path.write_text(text, encoding="utf-8")
    problems = store_problems_of(read_data(path), path)
    assert [(p.field, p.line) for p in problems] == [("title", None), ("titel", line_of(text, "titel: "))]
    other = tmp_path / "other.yaml"
    other.write_text(text.replace("titel: ", "title: ", 1), encoding="utf-8")
    [problem] = store_problems_of(read_data(other), other)
    assert problem.field == "id" and "differs from the file name 'other'" in problem.message


def test_a_pair_rewritten_unchanged_writes_nothing_and_a_changed_one_keeps_a_backup(tmp_path):
    old, new = make_briefing(), make_briefing(title="Belarus moves more troops")
    save_with_machine_copy(old.id, tmp_path, dump_briefing(old), dump_briefing(old))
    path = tmp_path / f"{old.id}.yaml"
    machine = tmp_path / ".machine" / f"{old.id}.yaml"
    stamps = [(p.stat().st_mtime_ns, p.stat().st_ino) for p in (path, machine)]
    write_pair(path, tmp_path, dump_briefing(old), dump_briefing(old))
    assert [(p.stat().st_mtime_ns, p.stat().st_ino) for p in (path, machine)] == stamps
    assert not (tmp_path / ".backup").exists()
    # the machine's copy alone changed (a person's correction kept): no backup of the same briefing
    write_pair(path, tmp_path, dump_briefing(old), dump_briefing(new))
    assert machine.read_text(encoding="utf-8") == dump_briefing(new)
    assert not (tmp_path / ".backup").exists()
    write_pair(path, tmp_path, dump_briefing(new), dump_briefing(new))
    assert load_briefing(path) == new and load_briefing(machine) == new
    [backup] = (tmp_path / ".backup").iterdir()
    assert backup.read_text(encoding="utf-8") == dump_briefing(old)


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


def test_backup_keeps_the_newest_versions_of_each_briefing(tmp_path: Path):
    """Regression: .backup/ grew by a copy of every briefing at every run, for ever."""
    from generator.store import BACKUP_DIR, BACKUPS_KEPT, keep_backup

    path, other = tmp_path / "talks.yaml", tmp_path / "talks-resume.yaml"
    other.write_text("another briefing\n")
    keep_backup(tmp_path, other)
    own = tmp_path / BACKUP_DIR / "talks.mine.yaml"  # a file a person put there
    own.write_text("mine\n")
    for version in range(BACKUPS_KEPT + 3):
        path.write_text(f"version {version}\n")
        keep_backup(tmp_path, path)
        keep_backup(tmp_path, path)  # a run that changed nothing: no second copy of the same text
    kept = sorted((tmp_path / BACKUP_DIR).glob("talks.2*.yaml"))
    assert [p.read_text() for p in kept] == [f"version {n}\n" for n in range(3, BACKUPS_KEPT + 3)]
    assert own.read_text() == "mine\n"
    assert [p.read_text() for p in (tmp_path / BACKUP_DIR).glob("talks-resume.*.yaml")] == [
        "another briefing\n"
    ]


def _journal(folder: Path, before: str, briefing: Briefing) -> Path:
    """A journal a run killed after writing it leaves: the briefing's hash before and after, the copy."""
    text = dump_briefing(briefing)
    journal = folder / ".machine" / f"{briefing.id}.pending"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_bytes(f"# briefing sha256 {before} -> {_sha(text)}; its machine copy:\n{text}".encode())
    return journal


def test_finish_pending_leaves_files_not_its_own_and_no_copy_of_a_briefing_never_written(tmp_path):
    machine = tmp_path / ".machine"
    machine.mkdir()
    (machine / "Notes.pending").write_text(f"# briefing sha256 none -> {'0' * 64}; its machine copy:\n")
    (machine / "aaa.pending").write_text("a person's notes, no journal\n", encoding="utf-8")
    briefing = make_briefing()
    journal = _journal(tmp_path, "none", briefing)  # killed before the source's first briefing
    finish_pending(tmp_path)
    assert (machine / "Notes.pending").exists() and (machine / "aaa.pending").exists()
    assert not journal.exists()
    assert not (machine / f"{briefing.id}.yaml").exists()  # no copy of a briefing that is not there


def test_finish_pending_completes_a_first_briefing_a_person_edited_after_the_kill(tmp_path):
    # the briefing was new: whatever a person changed since, the copy written with it is its pair
    briefing = make_briefing()
    journal = _journal(tmp_path, "none", briefing)
    edited = dump_briefing(briefing).replace("Troops moved to the border.", "Troops moved to the river.")
    (tmp_path / f"{briefing.id}.yaml").write_text(edited, encoding="utf-8")
    finish_pending(tmp_path)
    assert not journal.exists()
    assert (tmp_path / ".machine" / f"{briefing.id}.yaml").read_text(encoding="utf-8") == dump_briefing(
        briefing
    )


def test_briefing_files_are_the_visible_yaml_files_of_the_folder(tmp_path):
    save_briefing(make_briefing(), tmp_path)
    (tmp_path / ".draft.yaml").write_text("id: draft\n", encoding="utf-8")  # an editor's or a person's
    (tmp_path / "folder.yaml").mkdir()
    assert briefing_files(tmp_path) == [tmp_path / "sample-briefing.yaml"]


class _Killed(BaseException):
    """A kill between two writes: nothing after it runs, as after a SIGKILL."""


def test_a_source_s_first_briefing_killed_at_any_write_is_finished_or_undone_by_the_next_run(
    tmp_path, monkeypatch
):
    """No briefing was there before: the journal says so, and the next run still completes or
    undoes the pair, at each write step a kill can fall after (journal, briefing, machine copy)."""
    briefing = make_briefing()
    text = dump_briefing(briefing)
    write = store.atomic_write
    for kill_at in range(1, 4):
        folder = tmp_path / f"step-{kill_at}"
        calls = []

        def killed_write(path, data, *args, kill_at=kill_at, calls=calls, **kwargs):
            calls.append(path)
            if len(calls) == kill_at:
                raise _Killed
            write(path, data, *args, **kwargs)

        with monkeypatch.context() as patch:
            patch.setattr(store, "atomic_write", killed_write)
            with pytest.raises(_Killed):
                save_with_machine_copy(briefing.id, folder, text, text)
        finish_pending(folder)
        path = folder / f"{briefing.id}.yaml"
        machine = folder / ".machine" / f"{briefing.id}.yaml"
        assert not list(folder.rglob("*.pending")), kill_at  # no journal waits for ever
        # both files or neither: a briefing without its copy would lose the next correction
        assert path.exists() == machine.exists(), kill_at
        if path.exists():
            assert machine.read_text(encoding="utf-8") == text, kill_at


def test_a_journal_whose_briefing_cannot_be_read_does_not_hold_back_the_others(tmp_path):
    """A person's broken edit keeps its own journal until it is fixed; the other killed pairs of
    the folder are finished by the same run."""
    folder = tmp_path / "briefings"
    pairs = {}
    for name in ("a-broken", "b-intact"):
        old = make_briefing(id=name)
        new = make_briefing(
            id=name,
            source={"file": "seeds/000_x.txt", "sha256": "b" * 64, "words": 43},
            body=[{"id": "p1", "text": "Troops moved to the border."}, {"id": "p2", "text": "New text."}],
        )
        pairs[name] = (_killed_after_the_briefing(folder, old, new), new)
    pairs["a-broken"][0].write_text("title: [unclosed\n", encoding="utf-8")
    finish_pending(folder)
    assert (folder / ".machine" / "a-broken.pending").exists()
    assert not (folder / ".machine" / "b-intact.pending").exists()
    assert (folder / ".machine" / "b-intact.yaml").read_text(encoding="utf-8") == dump_briefing(
        pairs["b-intact"][1]
    )
