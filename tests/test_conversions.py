"""A page's HTML kept from one build to the next (generator/conversions.py), through `mkdocs build`."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from types import SimpleNamespace

from mkdocs.structure.files import Files

from generator.conversions import CACHE_DIR, Conversion, Conversions
from tests.clikit import EXPLAINER
from tests.sitekit import briefing_id_for, differing_files, run_mkdocs

KEPT = "<p>As the last build converted it.</p>"


def build(project: Path, site: str = "site", strict: bool = True) -> str:
    result = run_mkdocs("build", *(["--strict"] if strict else []), "-d", site, cwd=project)
    assert result.returncode == 0, result.stderr
    return result.stderr


def mark_kept(project: Path) -> None:
    """Every kept conversion's HTML marked: a page built from it shows the mark."""
    for path in (project / CACHE_DIR).glob("*.html"):
        head, _, html = path.read_bytes().partition(b"\n")
        html = KEPT.encode() + html
        fields = {**json.loads(head), "length": len(html), "crc32": zlib.crc32(html)}
        path.write_bytes(json.dumps(fields).encode() + b"\n" + html)


def page(project: Path, address: str, site: str = "site") -> str:
    return (project / site / address / "index.html").read_text(encoding="utf-8")


def test_a_second_build_converts_only_the_edited_page_and_the_site_is_the_same(project: Path):
    """Python-Markdown was most of a build's own time at 1,000 sources, though a build after one
    edit changes the Markdown of few pages."""
    build(project, "first")
    build(project, "again")  # every page from the first build's conversions
    assert differing_files(project / "first", project / "again") == []
    mark_kept(project)
    about = project / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nAdded after the first build.\n", encoding="utf-8")
    build(project)
    assert "Added after the first build." in page(project, "about") and KEPT not in page(project, "about")
    assert KEPT in page(project, f"briefings/{briefing_id_for(EXPLAINER)}")


def test_a_page_whose_link_no_longer_leads_to_its_page_is_converted_again_and_warns(project: Path):
    docs = project / "docs"
    (docs / "notes.md").write_text("# Notes\n\nSee [the other notes](other.md).\n", encoding="utf-8")
    (docs / "other.md").write_text("# Other notes\n", encoding="utf-8")
    build(project)
    assert 'href="../other/"' in page(project, "notes")
    mark_kept(project)
    (docs / "other.md").unlink()
    told = build(project, strict=False)
    assert "'other.md'" in told and "notes.md" in told  # MkDocs' warning, as without the kept pages
    assert KEPT not in page(project, "notes") and 'href="other.md"' in page(project, "notes")
    assert KEPT in page(project, "about")


def test_a_page_that_warned_is_converted_again_and_warns_again(project: Path):
    """With --strict a warning fails the build: a page kept from a build that warned would let the
    next build pass with the same mistake."""
    (project / "docs" / "notes.md").write_text("# Notes\n\nSee [nothing](missing.md).\n", encoding="utf-8")
    assert "missing.md" in build(project, strict=False)
    mark_kept(project)
    result = run_mkdocs("build", "--strict", cwd=project)
    assert result.returncode != 0 and "missing.md" in result.stderr
    assert KEPT not in page(project, "notes") and KEPT in page(project, "about")


KEY = "k" * 64


def _kept(tmp_path: Path, html: str) -> Path:
    conversion = Conversion(html=html, toc=[], title="Minsk", anchors=["p1"], links_to_anchors=None)
    Conversions(tmp_path / CACHE_DIR).put(KEY, conversion)
    return tmp_path / CACHE_DIR / f"{KEY}.html"


def _read(tmp_path: Path) -> Conversion | None:
    """What the next build finds kept (a page of no links: no page or files to check them against)."""
    page = SimpleNamespace(file=None)
    return Conversions(tmp_path / CACHE_DIR).get(KEY, page, Files([]))  # type: ignore[arg-type]


def test_a_kept_page_is_its_html_as_it_is_after_a_line_of_the_rest(tmp_path: Path):
    """Issue 17, cut G: the HTML written as a JSON string (every quote escaped, and read back so)
    was a third of what keeping 2,380 pages cost a build at 1,000 sources."""
    html = '<p class="lead">“Minsk” said:\n<a href="../a/">Лукашенко</a></p>'
    head, html_kept = _kept(tmp_path, html).read_bytes().split(b"\n", 1)
    assert html_kept == html.encode() and json.loads(head)["title"] == "Minsk"
    again = _read(tmp_path)
    assert again is not None and again.html == html and again.anchors == ["p1"]


def test_a_kept_page_a_crash_cut_short_or_left_zeros_in_is_converted_again(tmp_path: Path):
    """A cache is written without waiting for the disk: after a crash its file may end early or
    hold zeros; the page is then converted again, never shown as the file holds it."""
    path = _kept(tmp_path, "<p>" + "Troops moved to the border. " * 50 + "</p>")
    whole = path.read_bytes()
    assert _read(tmp_path) is not None
    for damaged in (whole[:-10], whole[:-40] + b"\0" * 30 + whole[-10:]):
        path.write_bytes(damaged)
        assert _read(tmp_path) is None
