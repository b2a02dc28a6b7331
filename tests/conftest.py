"""Shared fixtures. Nothing here loads spaCy."""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import lexicon as lexicon_module
from generator.lexicon import Lexicon, load_lexicon
from tests.sitekit import CHROMIUM_ARGS, chromium_path, copy_project

# Test files whose setup alone runs a minute or more of extraction or a browser, beside the files
# marked `slow`: `make test` hands test files to its two workers in collection order
# (--no-loadscope-reorder), and one of these started last keeps one worker busy alone at the end
# while the other idles (xdist's own order, by the number of tests a file holds, put the dev-floor
# files, a score a metric each, among the last).
LONG_FILES = ("test_untrusted.py",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long test files first, each file's tests kept together and in order."""

    def long(item: pytest.Item) -> bool:
        return item.get_closest_marker("slow") is not None or item.path.name in LONG_FILES

    items.sort(key=lambda item: not long(item))


@pytest.fixture(scope="session", autouse=True)
def bundled_language_data_parsed_once() -> Iterator[None]:
    """The bundled language data files parsed once per test process, handed out as copies.

    A command run in the test process (sitekit.run_cli, the `project` fixture below) clears
    load_lexicon's cache so that the project's own lexicon/ is read afresh, as a process of its
    own reads it; the bundled files, which no test changes, were then parsed again too, about a
    second a language and three languages a command (three quarters of the time of the test
    that kills `extract` at every write). A project's own files are still read every time.
    """
    read_data = lexicon_module.read_data
    bundled = lexicon_module.BUNDLED.resolve()
    parsed: dict[tuple[Path, type], dict[str, Any]] = {}

    def read_bundled_once(path: Path, model: type) -> dict[str, Any]:
        where = Path(path).resolve()
        if not where.is_relative_to(bundled):
            return read_data(path, model)  # a project's file, named in errors as it was given
        if (where, model) not in parsed:
            parsed[where, model] = read_data(path, model)
        return copy.deepcopy(parsed[where, model])

    patch = pytest.MonkeyPatch()
    patch.setattr(lexicon_module, "read_data", read_bundled_once)
    yield
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
def no_answer_remembered_from_before_the_mutant() -> None:
    """Under mutation testing, the mutated module's caches start empty.

    mutmut runs the tests once on the code, then forks a process per mutant (MUTANT_UNDER_TEST
    names it), and scripts/mutation/killcheck.py runs them again in one process: a cache the
    code's run filled answers the mutant's tests with the code's results. md_escape's memory of
    short texts hid every mutant of the escaping of a line's start ("- item"), and _org_key's the
    mutants of corpus._words. Outside mutation testing this does nothing.
    """
    name = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" not in name:
        return
    module = sys.modules.get(name.rpartition(".")[0])
    for value in list(vars(module).values()) if module else []:
        clear = getattr(value, "cache_clear", None)
        if callable(clear) and getattr(value, "__module__", None) == module.__name__:
            clear()  # the module's own caches: an imported one (a language model) stays loaded


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The bundled language data (no project overrides)."""
    return load_lexicon()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless, driven by Playwright (which downloads no browser)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    if executable is None:
        pytest.fail("Debian's chromium is not installed: `make test` installs it")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the project with its committed briefings; the working folder, as for a maintainer."""
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    yield root
    # language data read here is cached under the relative path "lexicon": not for another test's project
    load_lexicon.cache_clear()
