"""The steps a command runs: a render that cannot be made writes nothing.

What `extract` and `rename` do on a project (skipped, moved and pruned sources, the folder's lock,
a killed run, the worker pool, the progress bar) runs whole processes and is tested end to end:
tests/e2e/test_maintainer.py and tests/e2e/test_untrusted.py."""

from __future__ import annotations

import pytest

from generator.errors import UserError
from generator.pipeline import render_site
from generator.settings import load_settings
from tests.clikit import CONTRADICTION


def test_a_contradictory_aliases_pair_stops_the_render_instead_of_dropping_the_merge(project):
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    with pytest.raises(UserError, match=r"aliases.yaml:6: keep_apart\[1\]: .* merged on line 3"):
        render_site(load_settings(project / "mkdocs.yml"), project / "pages")
    assert not (project / "pages").exists()


def test_a_bug_met_reading_one_source_fails_that_source_with_one_line_not_the_run(tmp_path, monkeypatch):
    """A reader's bug (an IndexError on a layout nobody foresaw) ends neither the worker nor the
    run: the source is reported as failed, naming it and the error, as an extraction's bug is."""
    from generator import pipeline
    from generator.errors import SourceError
    from generator.lexicon import load_lexicon
    from generator.overrides import SourceOverrides

    (tmp_path / "seeds").mkdir()
    source = tmp_path / "seeds" / "a.txt"
    source.write_text("31.03.2023\n\nThe drills ended on Friday.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "read_source", broken)
    work = pipeline.Work(pipelines={}, lexicon_dir="", root=tmp_path, overrides=SourceOverrides({}))
    monkeypatch.setitem(pipeline._worker, "work", work)
    monkeypatch.setitem(pipeline._worker, "lexicon", load_lexicon())
    result = pipeline._extract_one(source)
    assert isinstance(result, SourceError)
    assert "seeds/a.txt" in str(result) and "reading failed (IndexError: list index out of range)" in str(
        result
    )


def test_a_renamed_briefing_keeps_a_hand_written_title_that_yaml_1_1_reads_as_a_boolean(project):
    """`title: No` is the text "No" to `check` and the build (libyaml's YAML 1.1 reading, a
    boolean, is refused; the round-trip reader's YAML 1.2 reading is used): a rename keeps it,
    in the briefing and in its machine copy, and does not refuse either."""
    import re

    from generator.pipeline import rename_briefing
    from tests.sitekit import read_yaml

    folder = project / "briefings"
    name = "belarus-blows-against-ukraine.yaml"
    for path in (folder / name, folder / ".machine" / name):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^title: .*$", "title: No", text, count=1, flags=re.M), encoding="utf-8")
    rename_briefing(folder, "belarus-blows-against-ukraine", "renamed")
    for path in (folder / "renamed.yaml", folder / ".machine" / "renamed.yaml"):
        data = read_yaml(path.read_text(encoding="utf-8"))
        assert (data["id"], data["title"]) == ("renamed", "No"), path
