"""The MkDocs plugin: the same settings checks, and serve going on past a mistake."""

from __future__ import annotations

import logging
import re
import shutil
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from generator.plugin import BriefingsPlugin, _HtmlBlocks
from generator.settings import plugin_options
from tests.clikit import (
    BAD_SETTINGS,
    CONTRADICTION,
    EXPLAINER,
    TRACEBACK,
    add_settings,
    briefing_of,
    expected_settings_problems,
    line_of,
)
from tests.sitekit import ROOT, mkdocs_serve, run_mkdocs, wait_for


def plugin_for(project: Path, command: str = "build") -> tuple[BriefingsPlugin, MkDocsConfig]:
    """A plugin given the options of the project's mkdocs.yml, as MkDocs gives them, and its config.

    A fresh plugin: MkDocs keeps one instance per process, which other tests have used.
    """
    config_file = project / "mkdocs.yml"
    options = plugin_options(yaml.safe_load(config_file.read_text(encoding="utf-8"))["plugins"])
    clean = project / "clean.yml"  # MkDocs' own config, without the plugin's options to check
    clean.write_text(config_file.read_text(encoding="utf-8").split("plugins:")[0], encoding="utf-8")
    config = load_config(str(clean))
    config.config_file_path = str(config_file)
    plugin = BriefingsPlugin()
    errors, warnings = plugin.load_config(options, str(config_file))
    assert errors == []
    config.plugins["briefings"] = plugin  # its hooks run as in a build: config.plugins.on_files(...)
    config.plugins.on_startup(command=command, dirty=False)  # type: ignore[arg-type]
    return plugin, config


def test_the_plugin_words_settings_mistakes_as_the_command_line_does(project, capsys, caplog):
    lines = add_settings(project, BAD_SETTINGS)
    plugin, config = plugin_for(project)
    caplog.clear()
    with caplog.at_level(logging.ERROR), pytest.raises(PluginError) as raised:
        config.plugins.on_config(config)
    shown = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefings"] + [
        str(raised.value)
    ]
    assert [line.replace(str(project) + "/", "") for line in shown] == expected_settings_problems(lines)


def test_mkdocs_build_with_a_misspelt_setting_exits_1_without_a_traceback(project):
    lines = add_settings(project, "      serch: pagefind\n")
    result = run_mkdocs("build", cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    assert re.search(
        rf"^ERROR +-  mkdocs.yml:{lines['serch']}: plugins.briefings.serch: unknown setting 'serch' "
        r"\(did you mean 'search'\?\)$",
        result.stderr,
        re.M,
    ), result.stderr


def test_serve_goes_on_with_the_last_good_settings(project, caplog):
    """mkdocs.yml edited while serving: a failed rebuild would leave every request waiting."""
    plugin, config = plugin_for(project, "serve")
    config.plugins.on_config(config)
    good = plugin.settings
    add_settings(project, "      processes: two\n")
    options = plugin_options(yaml.safe_load((project / "mkdocs.yml").read_text())["plugins"])
    plugin.load_config(options, str(project / "mkdocs.yml"))
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        config.plugins.on_config(config)
    assert plugin.settings == good
    [record] = [r for r in caplog.records if r.name == "mkdocs.plugins.briefings"]
    assert "plugins.briefings.processes: expected a whole number, got 'two'" in record.getMessage()
    assert "last good settings" in record.getMessage()


# ---------------------------------------------------------------- serve


def generated(files: Files) -> set[str]:
    return {f.src_uri for f in files if f.src_uri.endswith(".md")}


def break_template(project: Path) -> str:
    (project / "templates" / "briefing.md.j2").write_text("# {{ b.title }\n", encoding="utf-8")
    return "templates/briefing.md.j2:1: unexpected '}'"


def break_aliases(project: Path) -> str:
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    return "aliases.yaml:6: keep_apart[1]:"


def break_briefing(project: Path) -> str:
    path = briefing_of(project, EXPLAINER)
    text = re.sub(r"(?m)^title: ", "title: Explainer: ", path.read_text(encoding="utf-8"), count=1)
    path.write_text(text, encoding="utf-8")
    return f"briefings/{path.name}:{line_of(path, 'title: Explainer: ')}: YAML syntax error"


@pytest.mark.parametrize("mistake", [break_template, break_aliases, break_briefing])
def test_serve_keeps_the_last_good_pages_and_prints_one_line(project, caplog, mistake):
    plugin, config = plugin_for(project, "serve")
    config.plugins.on_config(config)
    good = generated(config.plugins.on_files(Files([]), config=config))
    explainer = f"briefings/{briefing_of(project, EXPLAINER).stem}.md"
    assert explainer in good and "index.md" in good
    page = (Path(plugin._pages_folder()) / explainer).read_text(encoding="utf-8")
    expected = mistake(project)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        files = config.plugins.on_files(Files([]), config=config)
    assert generated(files) == good
    assert (Path(plugin._pages_folder()) / explainer).read_text(encoding="utf-8") == page
    [record] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    message = record.getMessage().replace(str(project) + "/", "")
    assert expected in message and message.endswith(
        "(the site shows its last good pages until this is fixed)"
    )
    assert "\n" not in message


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.mark.slow
def test_mkdocs_serve_keeps_serving_the_pages_through_a_template_mistake(project):
    """A real `mkdocs serve`: every generated page was a 404 until the template was fixed."""
    log_path = project / "serve.log"
    server, port = mkdocs_serve(project, log_path)
    try:
        url = f"http://127.0.0.1:{port}/briefings/{briefing_of(project, EXPLAINER).stem}/"
        assert wait_for(lambda: status_of(url) == 200, 60), log_path.read_text()
        break_template(project)
        assert wait_for(lambda: "unexpected '}'" in log_path.read_text(), 20), log_path.read_text()
        assert status_of(url) == 200 and status_of(f"http://127.0.0.1:{port}/") == 200
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert TRACEBACK not in log_path.read_text()


@pytest.mark.slow
def test_mkdocs_serve_stops_serving_a_page_the_render_no_longer_makes(project):
    """A real `mkdocs serve`: a deleted briefing's page (as a year's page of the sources once its
    last source moved to another year, or a month's redirect) was served until the server was
    started again, its HTML left in the served folder by the dirty build."""
    log_path = project / "serve.log"
    server, port = mkdocs_serve(project, log_path)
    try:
        stem = briefing_of(project, EXPLAINER).stem
        url, sources = f"http://127.0.0.1:{port}/briefings/{stem}/", f"http://127.0.0.1:{port}/sources/"
        assert wait_for(lambda: status_of(url) == 200, 60), log_path.read_text()
        briefing_of(project, EXPLAINER).unlink()

        def listed() -> bool:
            with urllib.request.urlopen(sources, timeout=5) as response:
                return f"briefings/{stem}/" in response.read().decode()

        assert wait_for(lambda: not listed(), 60), log_path.read_text()
        assert status_of(url) == 404
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert TRACEBACK not in log_path.read_text()


def test_the_kept_served_site_is_built_again_in_full_when_its_settings_or_address_change(project):
    """A restart of `serve` reuses the site it built before only for the same settings file and
    address: a changed mkdocs.yml or address could change every page."""
    plugin, config = plugin_for(project, command="serve")
    key = plugin._site_key(config)
    assert plugin._site_key(config) == key  # the same inputs, the same site
    config.site_url = "http://127.0.0.1:8765/other/"
    moved = plugin._site_key(config)
    assert moved != key
    settings = Path(config.config_file_path)
    settings.write_text(settings.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert plugin._site_key(config) not in (key, moved)


def _converted(text: str, blocks: _HtmlBlocks) -> str:
    extensions = ["admonition", "attr_list", "md_in_html", "tables", "toc", blocks]
    return markdown.Markdown(extensions=extensions).convert(text)


def test_a_generated_pages_html_blocks_pass_markdown_unparsed_and_the_page_is_the_same():
    """Python-Markdown's and MkDocs' HTML parsers read every tag of a generated page's tables to hand
    them on unchanged: most of a briefing page's conversion. Stashed before them, the page is the same
    (but for the blank line the parser left after each block), and Markdown inside a block with the
    `markdown` attribute is still Markdown."""
    text = (ROOT / "tests" / "golden" / "border-talks-resume.md").read_text().split("---\n", 2)[2]
    parsed, stashed = _HtmlBlocks(), _HtmlBlocks()
    stashed.active = True
    before, after = _converted(text, parsed), _converted(text, stashed)
    assert [line for line in before.splitlines() if line] == [line for line in after.splitlines() if line]
    assert "</div>\n\n<h2" in before and "</div>\n<h2" in after  # stashed: no parser's blank line
    assert '<td><a href="../../people/jan-novak/">Jan Novak</a></td>' in after
    assert "<li><strong>Outlet:</strong> Example News</li>" in after  # the card, an HTML block too
    inside = '<div class="x" markdown>\n\n- **Outlet:** *here*\n\n</div>\n'  # md_in_html's
    assert "<li><strong>Outlet:</strong> <em>here</em></li>" in _converted(inside, stashed)
    unbalanced = '<div class="x">\n<div>\n\n*inside*\n</div>\n</div>\n'  # no whole block: left to Markdown
    assert _converted(unbalanced, stashed) == _converted(unbalanced, parsed)


def test_html_blocks_with_only_blank_lines_between_are_stashed_as_one_and_the_page_is_the_same():
    """Each stashed block was a paragraph of its own to Python-Markdown, whose inline patterns all
    tried its placeholder: a briefing's source text alone is a block per paragraph. A run of blocks
    is one placeholder; the page is the same, text between blocks still Markdown."""
    text = (
        '<p class="source-paragraph" id="p1">One.</p>\n\n<p class="source-paragraph" id="p2">Two.</p>\n\n\n'
        "<ul>\n<li>Three</li>\n</ul>\n\n## A *heading*\n\n<p>Four.</p>\n\n<p>Five.</p>\n"
    )
    parsed, stashed = _HtmlBlocks(), _HtmlBlocks()
    stashed.active = True
    md = markdown.Markdown(extensions=["admonition", "attr_list", "md_in_html", "tables", "toc", stashed])
    after = md.convert(text)
    assert md.htmlStash.html_counter == 2  # the three blocks before the heading, the two after it
    assert stashed.ids == {"p1", "p2"}
    before = _converted(text, parsed)
    assert [line for line in before.splitlines() if line] == after.splitlines()
    assert '<h2 id="a-heading">A <em>heading</em></h2>' in after


def test_a_build_renders_again_only_when_what_the_render_reads_changed_and_says_its_warnings_each_time(
    project, monkeypatch, caplog
):
    """Rendering every page took 16 to 18 s of CPU of each build at 1,000 sources, to write no file
    when nothing had changed. The render's warnings are said by every build (`--strict` fails on them)."""
    import generator.plugin

    renders = []
    real = generator.plugin.render_site
    monkeypatch.setattr(generator.plugin, "render_site", lambda *a, **k: renders.append(1) or real(*a, **k))
    config_file = project / "mkdocs.yml"
    hub = "hub: Regional Grouping of Forces"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace(hub, "hub: Nobody Named"))
    unnamed = "hub: no briefing names 'Nobody Named'"

    def build() -> list[str]:
        caplog.clear()
        plugin, config = plugin_for(project)
        config.plugins.on_config(config)
        files = config.plugins.on_files(Files([]), config=config)
        assert unnamed in caplog.text
        return sorted(file.src_uri for file in files if file.src_uri.endswith(".md"))

    first = build()
    assert build() == first and len(renders) == 1
    path = briefing_of(project, EXPLAINER)
    path.write_text(path.read_text(encoding="utf-8").replace('\ntitle: "', '\ntitle: "Edited ', 1))
    assert build() == first and len(renders) == 2
    assert "Edited " in (project / ".cache" / "pages" / "briefings" / f"{path.stem}.md").read_text()
    assert build() == first and len(renders) == 2
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "NOTES.txt").write_text("What the overrides change, and why.\n")
    assert build() == first and len(renders) == 3


def _site_built(project: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The project built into `site` in this process; how often Material drew its navigation and tabs."""
    import jinja2
    from mkdocs.commands.build import build

    drawn: Counter[str] = Counter()
    real = jinja2.Environment.get_template

    def counted_template(self: jinja2.Environment, name: Any, *args: Any, **kwargs: Any) -> Any:
        template = real(self, name, *args, **kwargs)
        if name in ("partials/nav.html", "partials/tabs.html") and not hasattr(template, "counted"):
            draw = template.root_render_func

            def counted(context: Any) -> Any:
                drawn[name] += 1
                yield from draw(context)

            template.root_render_func, template.counted = counted, True  # type: ignore[method-assign, attr-defined]
        return template

    with monkeypatch.context() as patch:
        patch.setattr(jinja2.Environment, "get_template", counted_template)
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
    return drawn


def test_material_draws_the_nav_once_per_folder_of_pages_outside_the_nav(project, tmp_path, monkeypatch):
    """Material drew its whole navigation and tabs into every page: 10% of the CPU of `mkdocs build`
    at 1,000 sources. The briefing and entity pages, which the nav does not list, get their folder's,
    drawn once; every page is the same as when Material draws each."""
    import generator.plugin

    drawn = _site_built(project, tmp_path / "shared", monkeypatch)
    pages = sorted(path.relative_to(tmp_path / "shared") for path in (tmp_path / "shared").rglob("*.html"))
    outside = [page for page in pages if len(page.parts) == 3]  # briefings/x/index.html, people/x/...
    folders = {page.parts[0] for page in outside}
    assert len(outside) >= 20 and len(folders) >= 4
    assert drawn["partials/nav.html"] <= len(pages) - len(outside) + len(folders)
    assert drawn["partials/tabs.html"] <= len(pages) - len(outside) + len(folders)

    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(generator.plugin, "_SharedNavigation", _EachPageDrawn, raising=False)
    each = _site_built(project, tmp_path / "each", monkeypatch)
    assert each["partials/nav.html"] >= len(pages)
    for page in pages:
        assert (tmp_path / "shared" / page).read_bytes() == (tmp_path / "each" / page).read_bytes(), page


class _EachPageDrawn:
    """Material's own drawing of every page's navigation, to compare with."""

    def install(self, env: Any, config: Any) -> None:
        pass
