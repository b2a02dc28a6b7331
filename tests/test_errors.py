"""A user's mistake said in the words of the file they edit: a value's problem in plain words
(not pydantic's), a source's problem naming the file and its line, even from another process."""

from __future__ import annotations

import pickle
import re
from datetime import date
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.errors import SourceError, UserError, plain_words
from tests.clikit import EXPLAINER, briefing_of, line_of, run


class Entry(BaseModel):
    """A data file's entry with a field of each kind a person fills in."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1)
    words: int = 0
    translated: bool = False
    tags: list[str] = []
    published: date | None = None
    search: Literal["auto", "material", "pagefind"] = "auto"
    processes: int = Field(default=1, ge=1)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"titel": "x"}, "unknown field 'titel' (did you mean 'title'?)"),
        ({"title": ""}, "must not be empty"),
        ({"title": 2022}, "expected text, got 2022 (put it in quotes)"),
        ({"words": "many"}, "expected a whole number, got 'many'"),
        ({"translated": "perhaps"}, "expected true or false, got 'perhaps'"),
        ({"tags": "war"}, "expected a list, got 'war'"),
        ({"published": "2022-13-01"}, "expected a real date written YYYY-MM-DD, got '2022-13-01'"),
        (
            {"search": "pagefnd"},
            "'pagefnd' is not one of 'auto', 'material', 'pagefind' (did you mean 'pagefind'?)",
        ),
        ({"processes": 0}, "must be at least 1, got 0"),
        ({"words": None}, "expected a whole number, got nothing (an empty value)"),
    ],
)
def test_a_values_mistake_is_said_in_the_words_of_the_file_a_person_edits(data, said):
    with pytest.raises(ValidationError) as caught:
        Entry.model_validate(data)
    [error] = caught.value.errors()
    assert plain_words(error, Entry.model_fields).startswith(said)


def test_a_source_error_sent_back_from_an_extraction_process_still_names_the_file_and_line():
    error = SourceError("seeds/a.md", "front matter: date: not a date", line=3)
    back = pickle.loads(pickle.dumps(error))  # as a pool's worker returns it
    assert isinstance(back, UserError)
    assert str(back) == "seeds/a.md:3: front matter: date: not a date"
    assert (back.path, back.line, back.reason) == ("seeds/a.md", 3, "front matter: date: not a date")


def test_briefing_field_mistakes_are_told_in_plain_words(project, capsys):
    path = briefing_of(project, EXPLAINER)
    text = path.read_text(encoding="utf-8").replace("title_generated: false", "title_genrated: false", 1)
    path.write_text(re.sub(r"(?m)^(\s+words:) \d+$", r"\1 many", text, count=1), encoding="utf-8")
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    assert err.splitlines() == [
        f"briefings/{path.name}:{line_of(path, 'words: many')}: source.words: expected a whole number, "
        "got 'many'",
        f"briefings/{path.name}:{line_of(path, 'title_genrated')}: title_genrated: unknown field "
        "'title_genrated' (did you mean 'title_generated'?)",
    ]
