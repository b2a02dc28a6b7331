"""The English spaCy model, loaded once for the tests of the extractors."""

from __future__ import annotations

import pytest

from generator.nlp import load_model
from generator.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp():
    return load_model(DEFAULT_MODEL)
