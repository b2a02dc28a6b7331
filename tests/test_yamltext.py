"""A YAML file a person wrote that does not parse: told plainly at the line where the mistake is
(a briefing's, seeds/sources.yaml's), not where the parser gave up."""

from __future__ import annotations

import re

import pytest

from tests.clikit import EXPLAINER, briefing_of, line_of, run


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        # closed by a quote lines further down (`after: '2022-09-21'`): the parser stopped there
        ('title: "Belarus blows', 'a quote (") opens a value here and is not closed on this line'),
        ("title: 'Belarus blows", "a quote (') opens a value here and is not closed on this line"),
        ("title: 'Belarus's blows'", "text after the quote (') that closes this value (write '' for an"),
        ("title: Belarus: blows", "a colon and a space (': ') inside a value: put the value in quotes"),
    ],
)
def test_a_yaml_mistake_in_a_briefing_is_told_plainly_at_its_line(project, capsys, broken, message):
    path = briefing_of(project, EXPLAINER)
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", broken.replace("\\", "\\\\"), text, count=1), encoding="utf-8")
    line = line_of(path, broken)
    status, _, err = run("check", capsys=capsys)
    assert status == 1
    [problem] = err.splitlines()
    assert re.fullmatch(
        rf"briefings/{path.name}:{line}: YAML syntax error, column \d+: {re.escape(message)}.*", problem
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        # never closed: the parser ran to the end of the file and said so there, at line 5
        ("  title: 'Belarus blows\n  outlet: CNN\n  published: 2022-10-11\n", "and is never closed"),
        # closed by the next quote, two lines down, where the parser stopped
        (
            "  title: 'Belarus blows\n  outlet: CNN\n  published: '2022-10-11'\n",
            "and is not closed on this line: the value runs on to line 4",
        ),
    ],
)
def test_an_unclosed_quote_in_sources_yaml_is_reported_where_it_opens(project, capsys, entry, message):
    (project / "seeds" / "sources.yaml").write_text(f"{EXPLAINER}:\n{entry}", encoding="utf-8")
    status, _, err = run("extract", capsys=capsys)
    assert status == 1
    assert err.startswith(
        f"error: seeds/sources.yaml:2: YAML syntax error, column 10: a quote (') opens a value here {message}"
    )
