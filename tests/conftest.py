"""Shared fixtures. Nothing here loads spaCy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sitekit import CHROMIUM_ARGS, chromium_path

from generator.lexicon import Lexicon, load_lexicon


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
