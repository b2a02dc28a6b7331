"""A page's HTML kept from one build to the next (generator/conversions.py), through `mkdocs build`."""

from __future__ import annotations

import json
from pathlib import Path

from generator.conversions import CACHE_DIR
from tests.clikit import EXPLAINER
from tests.sitekit import briefing_id_for, differing_files, run_mkdocs

KEPT = "<p>As the last build converted it.</p>"


def build(project: Path, site: str = "site", strict: bool = True) -> str:
    result = run_mkdocs("build", *(["--strict"] if strict else []), "-d", site, cwd=project)
    assert result.returncode == 0, result.stderr
    return result.stderr


def mark_kept(project: Path) -> None:
    """Every kept conversion's HTML marked: a page built from it shows the mark."""
    for path in (project / CACHE_DIR).glob("*.json"):
        kept = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**kept, "html": KEPT + kept["html"]}), encoding="utf-8")


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
