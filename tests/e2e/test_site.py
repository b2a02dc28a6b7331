"""The whole site: extract, check, render and `mkdocs build --strict` on a copy of the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitekit import broken_links, copy_project, differing_files, read_yaml, run_cli, run_mkdocs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("project"))
    for path in (root / "briefings").glob("*.yaml"):
        path.unlink()  # start from the raw sources, as a newcomer does
    result = run_cli("extract", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


def test_extract_writes_one_valid_briefing_per_source(project: Path):
    briefings = sorted((project / "briefings").glob("*.yaml"))
    assert len(briefings) == len(list((project / "seeds").glob("*.txt")))
    assert (project / "briefings" / "briefing.schema.json").is_file()
    result = run_cli("check", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "5 of 5 briefings valid" in result.stdout


def test_extract_again_skips_unchanged_sources(project: Path):
    before = {p.name: p.read_bytes() for p in (project / "briefings").glob("*.yaml")}
    result = run_cli("extract", cwd=project)
    assert result.returncode == 0
    assert "0 new, 0 changed, 5 unchanged" in result.stdout
    assert before == {p.name: p.read_bytes() for p in (project / "briefings").glob("*.yaml")}


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    """The project's site, built by `mkdocs build --strict`."""
    result = run_mkdocs("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_mkdocs_build_strict_builds_every_page(project: Path, site: Path):
    assert (site / "index.html").is_file()
    assert (site / "sources" / "index.html").is_file()
    assert (site / "about" / "index.html").is_file()  # the hand-written page is there too
    for path in (project / "briefings").glob("*.yaml"):
        page = site / "briefings" / path.stem / "index.html"
        assert page.is_file(), page
    html = (site / "index.html").read_text()
    assert "Belarus–Russia joint military grouping" in html  # the topic setting
    # nothing generated was written into docs/
    assert not (project / "docs" / "briefings").exists()
    assert broken_links(site) == []  # the links of the HTML blocks, which --strict does not check


def test_briefing_page_links_claims_to_source_paragraphs(project: Path, site: Path):
    path = next(p for p in (project / "briefings").glob("*.yaml") if "explainer" in p.stem)
    briefing = read_yaml(path.read_text())
    html = (site / "briefings" / path.stem / "index.html").read_text()
    for quote in briefing["quotes"]:
        assert f'href="#{quote["ref"]}"' in html
    for paragraph in briefing["body"]:
        assert f'id="{paragraph["id"]}"' in html


def test_site_requests_nothing_from_other_hosts(site: Path):
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        text = page.read_text()
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, page
        assert "cdn.jsdelivr" not in text and "unpkg.com" not in text, page


def test_two_builds_are_byte_identical(project: Path, site: Path, tmp_path: Path):
    # the module's build is the first: a second process builds the same project elsewhere
    second = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "again"), cwd=project)
    assert second.returncode == 0, second.stderr
    assert differing_files(site, tmp_path / "again") == []


def test_render_writes_markdown_into_its_own_folder_only(project: Path, tmp_path: Path):
    copy = copy_project(tmp_path / "project")  # the module's project and site stay as they were
    for path in (project / "briefings").glob("*.yaml"):
        (copy / "briefings" / path.name).write_bytes(path.read_bytes())
    result = run_cli("render", cwd=copy)
    assert result.returncode == 0, result.stderr
    generated = copy / "docs" / "generated"
    assert (generated / "index.md").is_file()
    assert len(list((generated / "briefings").glob("*.md"))) == 5
    assert (copy / "docs" / "about.md").is_file()
    # the build ignores the rendered copy: no page is built twice
    result = run_cli("build", "--strict", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert not (copy / "site" / "generated").exists()


def test_invalid_briefing_fails_the_build_naming_the_file(project: Path, tmp_path: Path):
    copy = copy_project(tmp_path)
    for path in (project / "briefings").glob("*.yaml"):
        (copy / "briefings" / path.name).write_bytes(path.read_bytes())
    victim = sorted((copy / "briefings").glob("*.yaml"))[0]
    victim.write_text(victim.read_text().replace("title:", "titel:", 1))
    result = run_mkdocs("build", "--strict", cwd=copy)
    assert result.returncode != 0
    assert victim.name in result.stderr + result.stdout
    check = run_cli("check", cwd=copy)
    assert check.returncode == 1
    assert f"briefings/{victim.name}:" in check.stderr and "titel" in check.stderr


def test_a_build_rewrites_only_the_pages_whose_content_changed(project: Path, tmp_path: Path):
    """Pages go to disk one by one (a site of thousands is never held in memory); a file whose
    content is the same is left untouched, so tools watching the files see only real changes."""
    copy = copy_project(tmp_path / "project")
    for path in (project / "briefings").glob("*.yaml"):
        (copy / "briefings" / path.name).write_bytes(path.read_bytes())
    assert run_cli("build", "--strict", cwd=copy).returncode == 0
    pages = copy / ".cache" / "pages"
    stamps = {p: p.stat().st_mtime_ns for p in pages.rglob("*.md")}
    assert len([p for p in stamps if p.parent.name == "briefings"]) == 5
    victim = sorted((copy / "briefings").glob("*.yaml"))[0]
    data = read_yaml(victim.read_text())
    old = data["summary"][0]["text"]
    victim.write_text(victim.read_text().replace(old, "A corrected bottom line.", 1))
    result = run_cli("build", "--strict", cwd=copy)
    assert result.returncode == 0, result.stderr
    changed = sorted(p.relative_to(pages).as_posix() for p in stamps if p.stat().st_mtime_ns != stamps[p])
    assert f"briefings/{victim.stem}.md" in changed
    assert [p for p in changed if p.startswith("briefings/")] == [f"briefings/{victim.stem}.md"]
    page = copy / "site" / "briefings" / victim.stem / "index.html"
    assert "A corrected bottom line." in page.read_text()


def test_a_large_site_renders_in_a_process_of_its_own_with_the_same_pages(project: Path, tmp_path: Path):
    """From RENDER_APART_FROM briefings the build renders in a child process, whose memory
    is returned when it ends; its pages, warnings and errors must be the render's own."""
    from generator.errors import UserError
    from generator.pipeline import render_site
    from generator.plugin import _render_apart
    from generator.settings import load_settings

    copy = copy_project(tmp_path / "project")
    for path in (project / "briefings").glob("*.yaml"):
        (copy / "briefings" / path.name).write_bytes(path.read_bytes())
    settings = load_settings(copy / "mkdocs.yml")
    apart = _render_apart(settings, tmp_path / "apart")
    here = render_site(settings, tmp_path / "here")
    assert apart.written.pages == here.written.pages and len(apart.written.pages) > 20
    assert apart.warnings == here.warnings and apart.problems == here.problems
    assert differing_files(tmp_path / "apart", tmp_path / "here") == []
    # an error in the child reaches the build as the user's error, naming the template
    (copy / "templates" / "briefing.md.j2").write_text("# {{ b.title }\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"templates/briefing.md.j2:1: unexpected"):
        _render_apart(settings, tmp_path / "broken")


def test_generator_build_runs_the_plugins_startup_and_shutdown_events(tmp_path: Path, monkeypatch):
    """Regression: `python -m generator build` never ran them, so MkDocs plugins that open something
    at startup and close it at shutdown broke under it; shutdown runs also when the build fails."""
    from generator.plugin import BriefingsPlugin

    events: list[str] = []
    monkeypatch.setattr(
        BriefingsPlugin, "on_startup", lambda self, *, command, dirty: events.append(f"startup {command}")
    )
    monkeypatch.setattr(BriefingsPlugin, "on_shutdown", lambda self: events.append("shutdown"))
    copy = copy_project(tmp_path / "project")
    assert run_cli("build", "--strict", cwd=copy).returncode == 0
    assert events == ["startup build", "shutdown"]
    victim = sorted((copy / "briefings").glob("*.yaml"))[0]
    victim.write_text(victim.read_text().replace("title:", "titel:", 1))
    events.clear()
    result = run_cli("build", "--strict", cwd=copy)
    assert result.returncode == 1 and victim.name in result.stderr
    assert events == ["startup build", "shutdown"]


def test_every_page_in_the_navigation_is_labelled_with_its_title(site: Path):
    """Regression: the Sources page was labelled "None" in the navigation of every page."""
    import re

    for page in (site / "index.html", site / "sources" / "index.html", site / "about" / "index.html"):
        nav = page.read_text().split('<nav class="md-nav md-nav--primary')[1]
        spans = re.findall(r'<span class="md-ellipsis">(.*?)</span>', nav, re.S)
        labels = [" ".join(label.split()) for label in spans]
        assert "None" not in labels, page
        assert "Sources" in labels and "Timeline" in labels, labels


def test_with_shared_entity_pages_every_link_to_a_name_given_once_finds_its_entry(tmp_path: Path):
    """`entity_pages: shared`: a name one source gives is an entry on its letter's page. The strict
    build checks every link and every anchor (mkdocs.yml: validation.anchors: warn)."""
    copy = copy_project(tmp_path / "project")
    config = copy / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("      topic:", "      entity_pages: shared\n      topic:", 1)
    )
    result = run_mkdocs("build", "--strict", cwd=copy)
    assert result.returncode == 0, result.stderr
    site = copy / "site"
    assert not (site / "people" / "oleksii-hromov").exists()
    entry = (site / "people" / "one-source" / "o" / "index.html").read_text()
    assert 'id="oleksii-hromov"' in entry and "lost territory" in entry
    assert 'href="one-source/o/#oleksii-hromov"' in (site / "people" / "index.html").read_text()
    assert (site / "people" / "alexander-lukashenko" / "index.html").is_file()  # named by several sources
    assert broken_links(site) == []  # the links of the HTML blocks, which --strict does not check


def test_with_pages_at_html_addresses_every_link_and_anchor_leads_to_its_page(tmp_path: Path):
    """`use_directory_urls: false` (people/x.html): the links the generator writes in its HTML blocks
    (tables, quotes, maps, charts), which MkDocs neither rewrites nor checks, lead where MkDocs' own
    would; a link to the directory form (people/x/) would lead nowhere on such a site."""
    copy = copy_project(tmp_path / "project")
    config = copy / "mkdocs.yml"
    text = config.read_text().replace("use_directory_urls: true", "use_directory_urls: false")
    config.write_text(text.replace("      topic:", "      entity_pages: shared\n      topic:", 1))
    result = run_mkdocs("build", "--strict", cwd=copy)
    assert result.returncode == 0, result.stderr
    site = copy / "site"
    briefings = "".join(page.read_text() for page in (site / "briefings").glob("*.html"))
    assert 'href="../people/one-source/' in briefings and 'href="../places/minsk.html"' in briefings
    assert broken_links(site) == []
