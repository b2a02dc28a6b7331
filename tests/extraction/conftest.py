"""The English spaCy model, loaded once for the tests of the extractors."""

from __future__ import annotations

import sys

import pytest

from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.settings import DEFAULT_MODEL, DEFAULT_MODELS


@pytest.fixture(scope="module")
def nlp():
    return load_model(DEFAULT_MODEL)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Under mutmut, the pipelines and the language data loaded once for every mutant.

    mutmut's fork server only collects the tests, then forks a child per mutant that runs them:
    what the fixtures load (both languages' pipelines and data, about 1.7 s of CPU) was loaded
    again in every child. Loaded here, in the process that forks, each child inherits it
    (`load_model` and `load_lexicon` keep what they loaded); a plain run of the tests never
    collects without running them with mutmut imported, so it is left as it was.
    """
    if not session.config.option.collectonly or "mutmut" not in sys.modules:
        return
    load_lexicon()  # as the fixtures ask for them: the cache keys its calls as written
    for language, name in DEFAULT_MODELS.items():
        if name:
            load_model(name)
            load_lexicon(None, language)
