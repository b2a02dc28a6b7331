"""Files written in one step; names from data kept inside their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import UserError
from generator.files import atomic_write


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


@pytest.mark.parametrize(
    "name", ["../x.yaml", "/tmp/x.yaml", "a/b.yaml", "a\\b.yaml", ".x.yaml", "", "x\0.yaml"]
)
def test_a_name_from_data_never_makes_a_path_out_of_its_folder(tmp_path: Path, name: str):
    from generator.files import file_in  # the one guard wherever a path is built from an id or name

    with pytest.raises(UserError, match="refusing the file name"):
        file_in(tmp_path, name)
    assert file_in(tmp_path, "a-b.yaml") == tmp_path / "a-b.yaml"


def test_a_name_with_capitals_digits_and_spaces_stays_the_name_it_is(tmp_path: Path):
    from generator.files import file_in

    assert file_in(tmp_path, "Xi Jinping X-59.yaml") == tmp_path / "Xi Jinping X-59.yaml"


def test_a_file_being_written_is_hidden_beside_it_where_the_next_run_clears_what_a_kill_left(
    tmp_path, monkeypatch
):
    """In the target's folder, so that the rename is one step on one disk; a hidden `.*.tmp`, so
    that no listing of briefings reads it and the next run removes it if a kill left it there."""
    from generator.pipeline import _remove_stale_temporaries
    from generator.store import briefing_files

    target = tmp_path / "briefings" / "b.yaml"
    renamed: list[Path] = []
    real_replace = os.replace

    def replace(source, destination):
        renamed.append(Path(source))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"x")
    monkeypatch.undo()
    (temporary,) = renamed
    assert temporary.parent == target.parent
    temporary.write_bytes(b"half a briefing")  # what a kill before the rename leaves
    assert briefing_files(target.parent) == [target]
    _remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.yaml"]


def test_a_file_a_person_keeps_is_on_disk_before_it_replaces_the_old_one(tmp_path, monkeypatch):
    """A briefing (store.py) is flushed before its rename, so a crash leaves the old or the new; a
    cache's file (durable=False) is not, as what reads it works a damaged one out again."""
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    atomic_write(tmp_path / "b.yaml", b"kept\n")
    assert len(synced) == 1
    atomic_write(tmp_path / "page.md", b"worked out again\n", durable=False)
    assert len(synced) == 1 and (tmp_path / "page.md").read_bytes() == b"worked out again\n"
