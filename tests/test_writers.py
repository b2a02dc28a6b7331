"""Writing generated pages: only what changed, stale pages removed, never outside the folder."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.errors import UserError
from generator.writers import MARKER, check_page_path, write_pages
from tests.hostilekit import PROPERTY

PAGES = {
    "index.md": "# Home\n",
    "sources.md": "# Sources\n",
    "briefings/a.md": "A\n",
    "briefings/b.md": "B\n",
}


def files_in(folder) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_pages_are_written_into_a_new_folder(tmp_path):
    out = tmp_path / "generated"
    report = write_pages(PAGES, out)
    assert sorted(report.written) == sorted(PAGES)
    assert report.unchanged == 0 and report.removed == []
    assert files_in(out) == sorted([*PAGES, MARKER])
    for name, text in PAGES.items():
        assert (out / name).read_text(encoding="utf-8") == text


def test_unicode_pages_are_written_as_utf8(tmp_path):
    write_pages({"index.md": "Café – «Лукашенко»\n"}, tmp_path / "out")
    assert (tmp_path / "out" / "index.md").read_bytes() == "Café – «Лукашенко»\n".encode()


def test_second_run_with_the_same_pages_rewrites_nothing(tmp_path):
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    before = {name: (out / name).stat().st_ino for name in PAGES}
    report = write_pages(PAGES, out)
    assert report.written == []
    assert report.unchanged == len(PAGES)
    assert report.removed == []
    # untouched files, so `mkdocs serve` watching the folder does not rebuild for nothing
    assert {name: (out / name).stat().st_ino for name in PAGES} == before


def test_only_changed_pages_are_rewritten(tmp_path):
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    report = write_pages({**PAGES, "index.md": "# New home\n"}, out)
    assert report.written == ["index.md"]
    assert report.unchanged == len(PAGES) - 1
    assert (out / "index.md").read_text(encoding="utf-8") == "# New home\n"


def test_stale_pages_are_removed_and_empty_folders_with_them(tmp_path):
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    report = write_pages({"index.md": "# Home\n"}, out)
    assert sorted(report.removed) == ["briefings/a.md", "briefings/b.md", "sources.md"]
    assert files_in(out) == [MARKER, "index.md"]
    assert not (out / "briefings").exists()


def test_files_that_are_not_pages_are_left_alone(tmp_path):
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    (out / "notes.txt").write_text("kept", encoding="utf-8")
    report = write_pages(PAGES, out)
    assert report.removed == []
    assert (out / "notes.txt").read_text(encoding="utf-8") == "kept"


@pytest.mark.parametrize(
    "unsafe",
    ["../x.md", "/abs.md", "a\x00.md", "UPPER.md", "briefings/../../x.md", "x.txt", ".hidden.md", "a//b.md"],
)
def test_unsafe_page_paths_are_refused(tmp_path, unsafe):
    out = tmp_path / "work" / "generated"
    with pytest.raises(UserError, match="refusing to write page"):
        write_pages({unsafe: "evil\n"}, out)
    assert not [name for name in files_in(tmp_path) if name.endswith(".md")]


def test_existing_folder_not_made_by_the_generator_is_refused(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("hand-written\n", encoding="utf-8")
    with pytest.raises(UserError, match="not made by the generator"):
        write_pages({"index.md": "# Home\n"}, docs)
    assert files_in(docs) == ["about.md"]
    assert (docs / "about.md").read_text(encoding="utf-8") == "hand-written\n"


def test_existing_empty_folder_is_used(tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    assert write_pages({"index.md": "# Home\n"}, out).written == ["index.md"]


def test_pages_can_come_one_at_a_time_as_a_render_makes_them(tmp_path):
    out = tmp_path / "generated"
    made = iter(PAGES.items())
    report = write_pages(made, out)
    assert report.pages == list(PAGES) and sorted(report.written) == sorted(PAGES)
    assert files_in(out) == sorted([*PAGES, MARKER])


def test_a_render_that_fails_half_way_leaves_the_folder_as_it_was(tmp_path):
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    before = {name: (out / name).read_bytes() for name in files_in(out)}

    def failing():
        yield "index.md", "# A new home\n"
        yield "briefings/c.md", "C\n"
        raise UserError("template briefing.md.j2:3: broken")

    with pytest.raises(UserError, match="broken"):
        write_pages(failing(), out)
    assert {name: (out / name).read_bytes() for name in files_in(out)} == before


def test_a_failed_first_render_leaves_no_folder(tmp_path):
    def failing():
        yield "index.md", "# Home\n"
        raise UserError("broken")

    with pytest.raises(UserError):
        write_pages(failing(), tmp_path / "generated")
    assert not (tmp_path / "generated").exists()


def test_two_pages_with_one_address_are_refused(tmp_path):
    with pytest.raises(UserError, match="two generated pages"):
        write_pages([("index.md", "A\n"), ("index.md", "B\n")], tmp_path / "generated")


@PROPERTY
@given(st.lists(st.sampled_from(list("ab./-_\x00 A") + ["..", "//", ".md"]), max_size=15).map("".join))
@example("../index.md")
@example("/etc/passwd.md")
@example("briefings/../../x.md")
def test_a_page_path_passes_the_check_only_inside_its_folder(path: str):
    try:
        check_page_path(path)
    except UserError:
        return
    pure = PurePosixPath(path)
    assert not pure.is_absolute() and ".." not in pure.parts and "\x00" not in path
    assert path.endswith(".md")


@PROPERTY
@given(st.lists(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,12}", fullmatch=True), min_size=1, max_size=4))
def test_a_page_path_of_plain_names_passes_the_check(parts: list[str]):
    path = "/".join(parts) + ".md"
    if ".." in PurePosixPath(path).parts:
        return  # a part that is only '..' climbs out, whatever its letters
    assert check_page_path(path) == path


def test_the_staging_folder_of_a_killed_render_is_removed_by_the_next(tmp_path: Path):
    """Regression: a build killed half-way left `.cache/pages/.staging-*` behind, and every later
    run left it there (it could have been another run's, still writing)."""
    import fcntl
    import subprocess
    import sys

    from generator.writers import STAGING, write_pages

    pages = tmp_path / "pages"
    killed_render = (
        "import os, sys\nfrom pathlib import Path\nfrom generator.writers import write_pages\n"
        "def pages():\n    yield 'a.md', 'first'\n    os._exit(9)  # killed mid-way\n"
        "write_pages(pages(), Path(sys.argv[1]))\n"
    )
    result = subprocess.run([sys.executable, "-c", killed_render, str(pages)], timeout=60)
    assert result.returncode == 9
    [left] = tmp_path.glob(f".pages{STAGING}*")
    # a run still going beside this one: its staging folder, which it holds, is left alone
    running = tmp_path / f".pages{STAGING}running"
    running.mkdir()
    handle = os.open(running, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        report = write_pages({"a.md": "first"}, pages)
    finally:
        os.close(handle)
    assert report.written == ["a.md"] and (pages / "a.md").read_text() == "first"
    assert not left.exists()
    assert list(tmp_path.glob(f".pages{STAGING}*")) == [running]


def test_a_render_changes_nothing_in_the_pages_folder_until_its_pages_are_written(tmp_path: Path):
    """`mkdocs serve` watches the pages folder: a render that staged its pages in it started a
    build of the server at every page it staged (builds back to back through a whole render at
    1,000 sources, the edit a maintainer waited for behind them)."""
    from generator.writers import write_pages

    pages = tmp_path / "pages"
    write_pages({"a.md": "first", "b.md": "first"}, pages)
    before = sorted(str(path.relative_to(pages)) for path in pages.rglob("*"))
    seen = []

    def render():
        for name in ("a.md", "b.md", "c/d.md"):
            yield name, "second"
            seen.append(sorted(str(path.relative_to(pages)) for path in pages.rglob("*")))

    report = write_pages(render(), pages)
    assert seen == [before] * 3
    assert report.written == ["a.md", "b.md", "c/d.md"] and (pages / "c" / "d.md").read_text() == "second"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pages"]  # the staging folder is gone


def test_pages_reach_the_disk_without_a_wait_for_each(tmp_path: Path, monkeypatch):
    """A render writes thousands of pages, all worked out again from the briefings: an fsync of each
    (about 7 ms here) was 40 s of a first build at 1,000 sources. A page a crash damaged differs
    from what the next render makes, which writes it again."""
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    out = tmp_path / "generated"
    write_pages(PAGES, out)
    (out / "briefings" / "a.md").write_bytes(b"")  # what a crash may leave of an unsynced file
    assert write_pages(PAGES, out).written == ["briefings/a.md"]
    assert synced == []
    assert (out / "briefings" / "a.md").read_text() == "A\n"
