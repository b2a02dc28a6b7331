"""A user's mistake said in the words of the file they edit: a value's problem in plain words
(not pydantic's), a source's problem naming the file and its line, even from another process."""

from __future__ import annotations

import re

from tests.clikit import EXPLAINER, briefing_of, line_of, run


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
