"""A briefing's problem as `file:line: field: what is wrong`, at the line of the field at fault."""

from __future__ import annotations

from generator.problems import BriefingError, Problem, field_path, line_of
from generator.yamltext import load_round_trip

TEXT = """id: troops-move
title: Troops move
people:
  - name: Jane Doe
    mentions: many
  - name: John Roe
"""


def test_a_problem_is_at_the_line_of_its_field_or_of_the_nearest_key_that_is_there():
    data = load_round_trip(TEXT)
    assert line_of(data, ("people", 0, "mentions")) == 5
    assert line_of(data, ("people", 1)) == 6
    # a missing field points at what holds it: the item, or the list when the item is not there
    assert line_of(data, ("people", 1, "role")) == 6
    assert line_of(data, ("people", 5, "role")) == 3
    assert line_of(data, ("summary",)) is None


def test_a_problem_reads_file_line_field_and_what_in_the_fields_yaml_spelling():
    loc = ("people", 0, "mentions")
    problem = Problem("briefings/troops-move.yaml", 5, field_path(loc), "expected a whole number")
    assert str(problem) == "briefings/troops-move.yaml:5: people[0].mentions: expected a whole number"
    assert str(Problem("briefings/a.yaml", None, "title", "required")) == "briefings/a.yaml: title: required"
    assert str(Problem("briefings/a.yaml", 1, "", "not UTF-8 text")) == "briefings/a.yaml:1: not UTF-8 text"
    # every problem of a file, one a line
    error = BriefingError([problem, Problem("briefings/troops-move.yaml", 2, "title", "too long")])
    assert str(error).splitlines() == [str(problem), "briefings/troops-move.yaml:2: title: too long"]
