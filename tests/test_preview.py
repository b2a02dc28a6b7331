"""The preview's renders between two builds of `mkdocs serve`, in this process (no server, no model)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from generator.preview import Preview
from generator.rendering import Renderer
from generator.settings import load_settings
from tests.sitekit import briefing_id_for, copy_project

EXPLAINER = "000_30e5afe8c0a471e7.txt"


@pytest.fixture()
def preview(tmp_path: Path) -> Preview:
    project = copy_project(tmp_path / "project")
    settings = load_settings(project / "mkdocs.yml")
    shown = Preview(settings, project / ".cache" / "pages")
    shown.update(settings)  # the first build: every page
    return shown


def test_an_edited_briefing_s_page_is_rendered_at_once_and_the_lists_follow(preview: Preview):
    briefing_id = briefing_id_for(EXPLAINER)
    path = preview.settings.path("briefings") / f"{briefing_id}.yaml"
    page = preview.folder / "briefings" / f"{briefing_id}.md"
    about = {p: p.stat().st_mtime_ns for p in preview.folder.glob("people/*.md")}
    path.write_text(re.sub(r"title: .*", "title: Edited in the preview", path.read_text(), count=1))
    preview.update(preview.settings)
    assert "# Edited in the preview" in page.read_text()  # before the thread's render is done
    preview.wait()
    assert "Edited in the preview" in (preview.folder / "sources.md").read_text()
    # a page the edit does not change keeps its file (the server builds only changed files)
    assert any(p.stat().st_mtime_ns == mtime for p, mtime in about.items())


def test_the_pages_across_sources_wait_until_the_edit_s_own_page_is_built(preview: Preview):
    """The render of every page shares the server's process with its builds: begun beside the
    build that shows an edit, it made the maintainer wait for both (an edited seed 9 to 13 s at
    1,000 sources). It begins once the server says the build is done."""
    import time

    path = _edit_title_until_shown(preview, settle=3)  # the five briefings' render takes about a second
    # a build that must render every page (a template edited) waits for the render, which then
    # waits for nothing else: not for an extraction of many new sources, not for an edit's build
    preview._extraction_done.clear()  # as while the worker extracts
    path.write_text(re.sub(r"title: .*", "title: Edited again", path.read_text(), count=1))
    preview.update(preview.settings)
    started = time.monotonic()
    preview.wait()
    assert time.monotonic() - started < 20
    assert "Edited again" in (preview.folder / "sources.md").read_text()
    preview._extraction_done.set()


def test_the_waiting_render_is_woken_when_the_edit_s_build_ends_not_by_a_clock(
    preview: Preview, monkeypatch: pytest.MonkeyPatch
):
    """The render of every page waits for an edit's build (and a source's extraction) to end: it
    looked 20 times a second, through the minutes an extraction of many sources takes, and began
    up to 50 ms after the build ended. The end itself wakes it now."""
    import time
    from types import SimpleNamespace

    import generator.preview

    ticks: list[float] = []
    clock = SimpleNamespace(
        monotonic=time.monotonic, sleep=lambda seconds: (ticks.append(seconds), time.sleep(seconds))
    )
    monkeypatch.setattr(generator.preview, "time", clock)
    _edit_title_until_shown(preview, settle=1)
    assert ticks == []


def _edit_title_until_shown(preview: Preview, settle: float):
    """A briefing's title edited: the pages across sources do not show it while the server's build
    of its own page runs (`settle` seconds), and show it once the plugin says that build is done."""
    import time

    path = preview.settings.path("briefings") / f"{briefing_id_for(EXPLAINER)}.yaml"
    path.write_text(re.sub(r"title: .*", "title: Edited in the preview", path.read_text(), count=1))
    preview.update(preview.settings)
    time.sleep(settle)
    assert "Edited in the preview" not in (preview.folder / "sources.md").read_text()
    preview.shown()  # the plugin, at the end of the server's build
    for _ in range(300):
        if "Edited in the preview" in (preview.folder / "sources.md").read_text():
            break
        time.sleep(0.1)
    assert "Edited in the preview" in (preview.folder / "sources.md").read_text()
    return path


def test_a_render_a_later_edit_makes_stale_writes_no_page_and_the_next_shows_both_edits(
    preview: Preview, monkeypatch: pytest.MonkeyPatch
):
    """An edited seed's briefing arrived while the render of an edit before it waited: that render
    then wrote every page of the briefings as they were, and the next wrote them all once more
    (at 1,000 sources, a full render's CPU for pages nobody would see)."""
    import generator.preview

    renders = []
    write_pages = generator.preview.write_pages
    monkeypatch.setattr(generator.preview, "write_pages", lambda *a: renders.append(write_pages(*a)))
    edited = [
        preview.settings.path("briefings") / f"{briefing_id_for(name)}.yaml"
        for name in (EXPLAINER, "001_5b9bfd4bd532f898.txt")
    ]
    for number, path in enumerate(edited):
        path.write_text(re.sub(r"title: .*", f"title: Edit {number}", path.read_text(), count=1))
        preview.update(preview.settings)  # each edit's build: its page at once, the rest waits for it
    preview.wait()
    sources = (preview.folder / "sources.md").read_text()
    assert "Edit 0" in sources and "Edit 1" in sources
    assert len(renders) == 1  # written: the render the second edit made stale wrote nothing


def test_a_broken_briefing_is_one_line_and_its_last_good_page_stays(
    preview: Preview, caplog: pytest.LogCaptureFixture
):
    briefing_id = briefing_id_for(EXPLAINER)
    path = preview.settings.path("briefings") / f"{briefing_id}.yaml"
    page = preview.folder / "briefings" / f"{briefing_id}.md"
    before = page.read_text()
    path.write_text(path.read_text().replace("title:", "title: [unclosed", 1))
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.briefings"):
        preview.update(preview.settings)
        preview.wait()
        preview.update(preview.settings)  # the build the thread's render starts: told once only
        preview.wait()
    lines = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefings"]
    assert len(lines) == 1 and f"{briefing_id}.yaml:" in lines[0], lines
    assert "last good pages" in lines[0]
    assert page.read_text() == before


def test_an_edited_or_new_seed_is_extracted_by_the_worker_and_a_broken_one_is_one_line(
    preview: Preview, caplog: pytest.LogCaptureFixture
):
    sources = preview.settings.path("sources")
    (sources / "geneva.txt").write_text(
        "Border talks resume in Geneva\n\nNegotiators met in Geneva on Monday, officials said.\n\n"
        "The talks will resume next week, according to a statement from the foreign ministry.\n"
    )
    (sources / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    try:
        with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.briefings"):
            preview.update(preview.settings)  # the server's build after the files appeared
            assert preview.extracted(timeout=180)
    finally:
        preview.close()
    written = [
        p for p in preview.settings.path("briefings").glob("*.yaml") if "seeds/geneva.txt" in p.read_text()
    ]
    assert len(written) == 1  # its page follows at the build the new file starts (the other tests)
    lines = [r.getMessage() for r in caplog.records if "broken.txt" in r.getMessage()]
    assert lines == [
        "seeds/broken.txt: looks like a binary file (NUL bytes), not text "
        "(its page shows its last good briefing)"
    ]


def test_a_briefing_broken_before_the_first_build_is_named_and_the_others_shown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    project = copy_project(tmp_path / "project")
    settings = load_settings(project / "mkdocs.yml")
    broken = settings.path("briefings") / f"{briefing_id_for(EXPLAINER)}.yaml"
    broken.write_text(broken.read_text().replace("title:", "title: [unclosed", 1))
    preview = Preview(settings, project / ".cache" / "pages")
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.briefings"):
        preview.update(settings)
    lines = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefings"]
    assert len(lines) == 1 and lines[0].startswith(
        f"invalid briefing skipped: {broken.relative_to(project)}:"
    )
    pages = sorted(p.stem for p in (preview.folder / "briefings").glob("*.md"))
    assert pages == sorted(p.stem for p in settings.path("briefings").glob("*.yaml") if p != broken)


def test_a_restarted_server_renders_no_page_when_nothing_changed_and_an_edit_still_shows_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Each start of the server rendered every page again (10 s at 1,000 sources) to write none."""
    project = copy_project(tmp_path / "project")
    settings = load_settings(project / "mkdocs.yml")
    folder, record = project / ".cache" / "pages", project / ".cache" / "serve" / "rendered.json"
    Preview(settings, folder, record).update(settings)  # the first start: every page
    rendered: list[str] = []
    each_page = Renderer.each_page
    monkeypatch.setattr(Renderer, "each_page", lambda *a, **k: rendered.append("all") or each_page(*a, **k))

    again = Preview(settings, folder, record)
    again.update(settings)  # the next start
    assert rendered == []
    path = settings.path("briefings") / f"{briefing_id_for(EXPLAINER)}.yaml"
    path.write_text(re.sub(r"title: .*", "title: Edited after a restart", path.read_text(), count=1))
    again.update(settings)
    assert "# Edited after a restart" in (folder / "briefings" / f"{path.stem}.md").read_text()
    again.wait()
    assert "Edited after a restart" in (folder / "sources.md").read_text()

    rendered.clear()
    (project / "templates" / "tag.md.j2").write_text("# {{ tag }}\n")  # changed while no server ran
    Preview(settings, folder, record).update(settings)
    assert rendered == ["all"]


def test_while_a_render_runs_there_is_no_record_so_a_server_stopped_meanwhile_renders_at_its_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The record of the render before named the briefings as they were before the edit: a script
    waiting for the renders to end took a render that writes no page for none, and stopped the
    server in the middle of it (bench/serve.py's restarts then rendered every page again)."""
    project = copy_project(tmp_path / "project")
    settings = load_settings(project / "mkdocs.yml")
    folder, record = project / ".cache" / "pages", project / ".cache" / "serve" / "rendered.json"
    shown = Preview(settings, folder, record)
    shown.update(settings)
    assert record.is_file()
    recorded: list[bool] = []
    each_page = Renderer.each_page
    monkeypatch.setattr(
        Renderer, "each_page", lambda *a, **k: recorded.append(record.exists()) or each_page(*a, **k)
    )
    path = settings.path("briefings") / f"{briefing_id_for(EXPLAINER)}.yaml"
    path.write_text(re.sub(r"title: .*", "title: Edited while rendering", path.read_text(), count=1))
    shown.update(settings)
    shown.wait()
    assert recorded == [False]  # the render across sources ran without a record
    assert record.is_file()  # and wrote it when it was done
    rendered: list[str] = []
    monkeypatch.setattr(Renderer, "each_page", lambda *a, **k: rendered.append("all") or each_page(*a, **k))
    Preview(settings, folder, record).update(settings)
    assert rendered == []  # a start after it keeps the pages
