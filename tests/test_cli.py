"""The command line: `check` reads everything a build reads (language data, aliases.yaml, template
overrides) and names each mistake in one plain line; `--debug` and `--help`; no traceback for a
user's mistake. The mistakes of one file are told by its module's tests (sources.yaml:
tests/test_overrides.py, YAML syntax: tests/test_yamltext.py, a field's value: tests/test_errors.py)."""

from __future__ import annotations

import re

import pytest

from generator import cli
from generator.errors import UserError
from generator.lexicon import load_lexicon
from tests.clikit import (
    CONTRADICTION,
    DIMC,
    TRACEBACK,
    add_settings,
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


# ---------------------------------------------------------------- check: everything a build reads


def test_check_names_both_lines_of_a_contradictory_aliases_pair(project, capsys):
    (project / "aliases.yaml").write_text(CONTRADICTION, encoding="utf-8")
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"aliases.yaml:6: keep_apart[1]: '{DIMC}' and 'Belarus {DIMC}' are kept apart here but merged on "
        "line 3 (merge[1]): remove them from one of the two lists"
    ]


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


def test_data_files_false_leaves_them_out_of_the_site_and_export_writes_them(project, capsys):
    """`data_files: false`: the render (and so the build) writes the feeds but no data/*.csv or
    *.jsonl; `export` writes those, the same bytes as a site with them, into the site's folder."""
    assert run("render", "--out", "with", capsys=capsys)[0] == 0
    data = sorted(p.relative_to(project / "with").as_posix() for p in (project / "with" / "data").iterdir())
    csvs = [f"data/{name}.csv" for name in ("entities", "events", "figures", "quotes")]
    assert data == ["data/briefings.jsonl", *csvs]
    add_settings(project, "      data_files: false\n")
    assert run("render", "--out", "without", capsys=capsys)[0] == 0
    assert not (project / "without" / "data").exists()
    assert (project / "without" / "feed.xml").read_bytes() == (project / "with" / "feed.xml").read_bytes()
    status, out, _ = run("export", capsys=capsys)
    assert status == 0 and out.endswith("-> site\n")
    for name in data:
        assert (project / "site" / name).read_bytes() == (project / "with" / name).read_bytes(), name
    assert run("export", "--out", "elsewhere", capsys=capsys)[0] == 0
    assert (project / "elsewhere" / "data" / "quotes.csv").is_file()


def test_export_writes_into_the_folder_mkdocs_builds_the_site_in(project, capsys):
    """`site_dir` set in a file mkdocs.yml inherits (`INHERIT: base.yml`, MkDocs' way of sharing
    settings): export wrote into site/, a folder no build writes, and the site's About page linked
    data files it did not have."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("site_dir: site\n", "")
    config.write_text("INHERIT: base.yml\n" + text, encoding="utf-8")
    (project / "base.yml").write_text("site_dir: public\n", encoding="utf-8")
    status, out, _ = run("export", capsys=capsys)
    assert status == 0 and out.endswith("-> public\n")
    assert (project / "public" / "data" / "quotes.csv").is_file() and not (project / "site").exists()


def test_export_into_a_folder_it_cannot_make_says_which_in_one_line(project, capsys):
    """`export --out` under a file (a typo, a site packed into an archive): one line naming the folder,
    status 1, no traceback, no data file half-written."""
    (project / "site.tar").write_bytes(b"an archive")
    status, out, err = run("export", "--out", "site.tar/public", capsys=capsys)
    assert status == 1 and out == "" and TRACEBACK not in err
    assert err.startswith("error: site.tar/public/data: ") and "Not a directory" in err


@pytest.mark.parametrize("command", ["render", "extract"])
def test_every_commands_out_under_a_file_says_which_in_one_line(project, capsys, command):
    """`render --out` and `extract --out` under a file raised a traceback where `export` gave one
    line: the same line, naming the path, and status 1, for every command."""
    (project / "site.tar").write_bytes(b"an archive")
    status, out, err = run(command, "--out", "site.tar/pages", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err.startswith("error: site.tar/pages") and "Not a directory" in err
    assert len(err.strip().splitlines()) == 1


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
    assert sorted(listed) == ["build", "check", "export", "extract", "pdf", "rename", "render", "serve"]
    summary = text.split("\n\n")[1]  # the line under the usage
    assert [command for command in listed if not re.search(rf"\b{command}\b", summary)] == []


def test_extract_through_the_cli_needs_no_traceback_for_a_bad_mkdocs_yml(project, capsys):
    (project / "mkdocs.yml").write_text("plugins:\n  - briefings: seeds\n", encoding="utf-8")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err == (
        "error: mkdocs.yml:2: plugins.briefings: expected its settings as `name: value` lines, got 'seeds'\n"
    )
