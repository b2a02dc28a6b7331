"""Shared fixtures. Nothing here loads spaCy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.lexicon import Lexicon, load_lexicon
from tests.sitekit import CHROMIUM_ARGS, chromium_path, copy_project


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
