"""Settings: one mistake a line naming the setting, from mkdocs.yml or the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.settings import DEFAULT_MODEL, Settings, settings_from_options
from tests.clikit import (
    BAD_SETTINGS,
    EXPLAINER,
    TRACEBACK,
    add_settings,
    expected_settings_problems,
    run,
)


def test_the_pipeline_of_each_language_is_a_setting():
    assert Settings().pipelines() == {"en": DEFAULT_MODEL, "ru": "natasha"}
    # the setting before `models` still chooses English's
    old, problems = settings_from_options({"model": "en_core_web_md"}, Path("."), "mkdocs.yml")
    assert problems == [] and old.pipelines() == {"en": "en_core_web_md", "ru": "natasha"}
    off, problems = settings_from_options({"models": {"ru": None}}, Path("."), "mkdocs.yml")
    assert problems == [] and off.pipelines() == {"en": DEFAULT_MODEL}
    _, problems = settings_from_options({"models": {"de": "de_core_news_sm"}}, Path("."), "mkdocs.yml")
    assert problems == [
        "mkdocs.yml: plugins.briefings.models: no language data for 'de' "
        "(languages with data: be, en, ru, uk)"
    ]
    _, problems = settings_from_options({"model": "a", "models": {"en": "b"}}, Path("."), "mkdocs.yml")
    assert len(problems) == 1 and "set the English pipeline once" in problems[0]


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


def test_names_given_by_one_source_share_pages_from_the_threshold_or_as_set():
    auto = Settings()
    assert [auto.own_page_sources(n) for n in (5, 199, 200, 5000)] == [1, 1, 2, 2]
    assert Settings(entity_pages="shared").own_page_sources(5) == 2
    assert Settings(entity_pages="all").own_page_sources(5000) == 1
    assert Settings(entity_pages_threshold=10).own_page_sources(10) == 2
