"""The cache of loaded briefings: used while a file is unchanged, never across folders; written by
`extract` as it writes each briefing, so that the build after it reads no YAML."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import generator.cache
from generator.briefing_yaml import dump_briefing
from generator.cache import cache_folder
from generator.curation import store_extraction
from generator.schema import Briefing
from generator.store import (
    load_all,
    save_briefing,
)
from generator.tracking import read_folder
from tests.storekit import make_briefing


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


def _extract(out: Path, root: Path, briefing: Briefing) -> None:
    """What `extract` does with a new extraction of a source (tests/test_curation.py's way)."""
    before = next((e for e in read_folder(out).existing if e.file == briefing.source.file), None)
    assert store_extraction(briefing, before, out, {}, cache_folder(root, out)).written


def _without_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing read from its YAML from here on fails the test."""

    def refuse(text: bytes) -> None:
        raise AssertionError("a briefing's YAML was read and checked again")

    monkeypatch.setattr(generator.cache, "load_briefing_text", refuse)


def test_the_build_after_extract_reads_no_briefing_s_yaml_and_gets_what_the_yaml_says(tmp_path, monkeypatch):
    """Issue 17, cut E: reading and checking 1,000 briefings' YAML was 5.2 s of a 54 s build; the
    copy `extract` leaves is the briefing the YAML gives, whichever way extract wrote the file."""
    out = tmp_path / "briefings"
    _extract(out, tmp_path, make_briefing())  # a new source
    from_yaml = load_all(out)[0]  # no cache: the YAML, read and checked
    with monkeypatch.context() as patched:
        _without_yaml(patched)
        assert load_all(out, tmp_path) == (from_yaml, [])
    # extracted again, nobody's edit in the file: replaced whole, its copy with it
    changed = make_briefing(
        title="Belarus sends troops", source={**from_yaml[0].source.model_dump(), "sha256": "b" * 64}
    )
    _extract(out, tmp_path, changed)
    from_yaml = load_all(out)[0]
    assert from_yaml[0].title == "Belarus sends troops"
    with monkeypatch.context() as patched:
        _without_yaml(patched)
        assert load_all(out, tmp_path) == (from_yaml, [])
    # a person's correction, then a new extraction merged with it: the copy is of the merged file
    path = out / "sample-briefing.yaml"
    path.write_text(path.read_text().replace("- name: Minsk", "# checked\n  - name: Minsk"))
    path.write_text(path.read_text().replace("role: President", "role: Head of state"))
    _extract(
        out,
        tmp_path,
        changed.model_copy(update={"source": changed.source.model_copy(update={"sha256": "c" * 64})}),
    )
    from_yaml = load_all(out)[0]
    assert from_yaml[0].people[0].role == "Head of state" and "# checked" in path.read_text()
    with monkeypatch.context() as patched:
        _without_yaml(patched)
        assert load_all(out, tmp_path) == (from_yaml, [])


def test_a_hand_edit_after_extract_is_what_the_build_reads(tmp_path):
    out = tmp_path / "briefings"
    _extract(out, tmp_path, make_briefing())
    path = out / "sample-briefing.yaml"
    path.write_text(path.read_text().replace("Belarus moves troops", "Belarus sends troops"))
    assert load_all(out, tmp_path)[0][0].title == "Belarus sends troops to the border"


def test_an_edit_of_the_same_length_in_the_same_clock_tick_is_still_read(tmp_path):
    """A script's `sed -i` right after `extract` (or a build) can leave the file's size and time as
    they were: the copy is the copy of the file's bytes, not of its size and time."""
    out = tmp_path / "briefings"
    _extract(out, tmp_path, make_briefing())
    path = out / "sample-briefing.yaml"
    stamp = path.stat().st_mtime_ns
    path.write_text(path.read_text().replace("Belarus moves troops", "Belarus sends troops"))
    os.utime(path, ns=(stamp, stamp))
    assert load_all(out, tmp_path)[0][0].title == "Belarus sends troops to the border"
