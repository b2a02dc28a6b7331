"""A maintainer's everyday mistakes in what a build reads (settings, seeds/sources.yaml,
aliases.yaml, template overrides, a briefing's YAML): one plain line each, naming the file,
the line and the field; `check` finds every one; `serve` keeps its last good pages."""

from __future__ import annotations

import re
import sys

import pytest

from generator import cli
from generator.errors import UserError
from generator.lexicon import load_lexicon
from generator.pipeline import render_site
from generator.settings import load_settings
from tests.clikit import (
    CONTRADICTION,
    DIMC,
    EXPLAINER,
    TRACEBACK,
    add_settings,
    briefing_of,
    line_of,
    run,
)


def test_check_reads_the_data_of_every_language_extract_analyses(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # read as a new process reads it: the data of a project run before in another working folder
    # is cached under the same relative path "lexicon"
    load_lexicon.cache_clear()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "lexicon" / "ru").mkdir(parents=True)
    (tmp_path / "lexicon" / "ru" / "people.yaml").write_text("title: [атаман]\n", encoding="utf-8")
    assert cli.main(["check"]) == 1
    assert "lexicon/ru/people.yaml: title: not a key of this file" in capsys.readouterr().err


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
    assert sorted(listed) == ["build", "check", "extract", "pdf", "rename", "render", "serve"]
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


def test_extract_through_the_cli_needs_no_traceback_for_a_bad_mkdocs_yml(project, capsys):
    (project / "mkdocs.yml").write_text("plugins:\n  - briefings: seeds\n", encoding="utf-8")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err == (
        "error: mkdocs.yml:2: plugins.briefings: expected its settings as `name: value` lines, got 'seeds'\n"
    )
