"""Shared fixtures. Nothing here loads spaCy."""

from __future__ import annotations

import pytest

from generator.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The bundled language data (no project overrides)."""
    return load_lexicon()
