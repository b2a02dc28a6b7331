"""Which briefing is which source's: the briefings folder as `extract` reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import briefing_yaml, tracking
from generator.store import save_briefing
from tests.storekit import make_briefing


def test_a_process_that_remembers_its_reads_checks_an_unchanged_briefing_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The preview's extraction worker reads the whole folder at each edited seed: validating every
    unchanged briefing again took most of its time between the seed's save and its briefing. An
    edited briefing is checked again, and refused when it is wrong."""
    monkeypatch.setattr(briefing_yaml, "_remembered", {})  # as remember_reads() leaves it
    checked: list[Path] = []
    problems_of = tracking.problems_of
    monkeypatch.setattr(
        tracking, "problems_of", lambda data, path: checked.append(path) or problems_of(data, path)
    )
    path = save_briefing(make_briefing(), tmp_path)

    first, again = tracking.read_folder(tmp_path), tracking.read_folder(tmp_path)
    assert [e.id for e in first.existing] == [e.id for e in again.existing] == [path.stem]
    assert checked == [path]

    path.write_text(
        path.read_text(encoding="utf-8").replace("\nsummary:", "\nsummary: 3\nx:"), encoding="utf-8"
    )
    edited = tracking.read_folder(tmp_path)
    assert checked == [path, path]
    assert not edited.existing and [r.path for r in edited.refused] == [path]
