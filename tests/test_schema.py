"""What the briefing model accepts."""

from __future__ import annotations

import pytest


def test_an_event_date_ending_in_a_newline_is_refused():
    from generator.schema import Event

    with pytest.raises(ValueError, match="is not a date of the form"):
        Event(date="2022-02-30\n", text="Troops moved.")
