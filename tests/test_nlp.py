"""A language's pipeline loaded by the name its setting gives, and what its model finds itself."""

from __future__ import annotations

import pytest

from generator.errors import UserError
from generator.nlp import finds_dates, finds_numbers, load_model
from generator.settings import DEFAULT_MODELS


def test_a_pipeline_that_is_not_installed_is_a_users_error_saying_how_to_get_it():
    with pytest.raises(UserError) as caught:
        load_model("en_no_such_model")
    assert str(caught.value).startswith(
        "spaCy model 'en_no_such_model' is not installed: install its package"
    )
    assert "`models:`" in str(caught.value)


def test_the_dates_and_numbers_of_a_model_that_does_not_find_them_are_left_to_the_language_data():
    # English's spaCy model tags dates and numbers; Natasha tags names only, so Russian dates and
    # figures are found from the language's data files instead
    english, russian = load_model(DEFAULT_MODELS["en"]), load_model(DEFAULT_MODELS["ru"])
    assert (finds_dates(english), finds_numbers(english)) == (True, True)
    assert (finds_dates(russian), finds_numbers(russian)) == (False, False)
