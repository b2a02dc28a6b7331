"""scripts/summary_eval.py on a hand-made reference and a folder of invented briefings.

One article's briefing has a good bottom line and key points of every kind the rubric names
(a new key fact, an acceptable sentence, a repeat of the bottom line's fact, a side detail);
another's bottom line is a scene-setting lead; a third article has no briefing at all.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

REFERENCE = {
    "part": "mini",
    "articles": [
        {
            "file": "001_flood.txt",
            "bottom_line": ["Floods have forced 12,000 people from their homes"],
            "key_facts": [
                {
                    "id": "flood",
                    "what": "12,000 people forced from their homes",
                    "contains": [
                        "Floods have forced 12,000 people from their homes",
                        "the governor said the water had driven 12,000 residents",
                    ],
                },
                {"id": "dead", "what": "two people died", "contains": ["Two people drowned near the bridge"]},
                {
                    "id": "aid",
                    "what": "federal aid approved",
                    "contains": ["approved federal disaster aid for"],
                },
            ],
            "acceptable": ["the worst flooding since 1993, when the river"],
        },
        {
            "file": "002_vote.html",
            "bottom_line": ["The council voted 7-2 on Tuesday to close"],
            "key_facts": [
                {
                    "id": "vote",
                    "what": "the council votes to close the port",
                    "contains": ["The council voted 7-2 on Tuesday to close"],
                }
            ],
        },
        {
            "file": "003_absent.md",
            "bottom_line": ["The minister resigned on Friday after a report"],
            "key_facts": [
                {
                    "id": "resign",
                    "what": "the minister resigns",
                    "contains": ["The minister resigned on Friday after a report"],
                }
            ],
        },
    ],
}


def briefing(file: str, summary: list[str], points: list[str]) -> dict[str, object]:
    return {
        "id": Path(file).stem,
        "source": {"file": f"tests/eval/corpus/mini/{file}", "sha256": "0" * 64},
        "title": "t",
        "summary": [{"text": s, "ref": "p1"} for s in summary],
        "key_points": [{"text": s, "ref": "p2"} for s in points],
    }


FLOOD = briefing(
    "001_flood.txt",
    ["Floods have forced 12,000 people from their homes in the state since Monday, officials said."],
    [
        "Two people drowned near the bridge on Route 9, police said.",
        # the bottom line's fact told again, in other words: a repeat
        "On Tuesday the governor said the water had driven 12,000 residents out.",
        # curly quotes and a comma the snippet leaves out still match
        "It was “the worst flooding since 1993, when the river” crested, he said.",
        "Maria Lopez had never seen the river this high.",
    ],
)
VOTE = briefing(
    "002_vote.html",
    ["Harbor Street was quiet on Tuesday morning."],
    ["The council voted 7-2 on Tuesday to close the north gate."],
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("summary_eval", ROOT / "scripts" / "summary_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["summary_eval"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "briefings"
    (folder / ".machine").mkdir(parents=True)
    (folder / "001_flood.yaml").write_text(yaml.safe_dump(FLOOD, allow_unicode=True), encoding="utf-8")
    (folder / "002_vote.yaml").write_text(yaml.safe_dump(VOTE), encoding="utf-8")
    # a machine copy that chose better must not stand in for the briefing itself
    better = briefing("002_vote.html", ["The council voted 7-2 on Tuesday to close the gate."], [])
    (folder / ".machine" / "002_vote.yaml").write_text(yaml.safe_dump(better), encoding="utf-8")
    (folder / "broken.yaml").write_text("summary: [unclosed", encoding="utf-8")
    reference = tmp_path / "summary-mini.yaml"
    reference.write_text(yaml.safe_dump(REFERENCE), encoding="utf-8")
    return folder, reference


def test_totals_follow_the_rubric(project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder, reference = project
    assert _script().main([str(folder), "--reference", str(reference), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["mini"]
    # flood's bottom line is good; the vote's lead is a scene; the third has no briefing
    assert (totals["bottom_line_good"], totals["articles"], totals["briefings_found"]) == (1, 3, 2)
    # good: the drowned (new fact), the 1993 comparison (acceptable), the vote (a new fact);
    # poor: the repeat of the bottom line's fact, the scene
    assert (totals["key_points_good"], totals["key_points"]) == (3, 5)
    # covered: flood, dead, vote; not: aid, resign
    assert (totals["key_facts_covered"], totals["key_facts"]) == (3, 5)
    assert totals["well_chosen"] == 0  # flood: 2 of 4 key points good is below two thirds


def test_misses_name_each_poor_choice_and_uncovered_fact(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, reference = project
    _script().main([str(folder), "--reference", str(reference), "--misses"])
    out = capsys.readouterr().out
    assert "bottom line well chosen  0.333  (1/3)" in out
    assert "no briefing: 003_absent.md" in out
    assert "poor: repeat of flood: On Tuesday the governor said" in out
    assert "poor: key point: Maria Lopez had never seen the river this high." in out
    assert "poor: bottom line: Harbor Street was quiet on Tuesday morning." in out
    assert "not covered: aid: federal aid approved" in out
    assert "Two people drowned" not in out


def test_a_well_chosen_article(tmp_path: Path) -> None:
    script = _script()
    article = script.load_reference(_write(tmp_path, REFERENCE)).articles[0]
    good = briefing(
        "001_flood.txt",
        ["Floods have forced 12,000 people from their homes since Monday."],
        ["Two people drowned near the bridge.", "The president approved federal disaster aid for the state."],
    )
    verdict = script.judge(article, good)
    assert verdict.well_chosen and verdict.facts_covered == verdict.facts == 3


def test_a_reference_without_sentences_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = {
        "articles": [
            {
                "file": "001_flood.txt",
                "bottom_line": ["Floods have forced 12,000 people"],
                "key_facts": [{"id": "flood", "contains": []}],
            }
        ]
    }
    path = _write(tmp_path, broken)
    assert _script().main([str(tmp_path), "--reference", str(path)]) == 1
    assert "001_flood.txt: key fact flood: no sentence states it" in capsys.readouterr().err


def test_the_committed_references_name_sentences_of_their_articles() -> None:
    """Every snippet of summary-dev.yaml and summary-test.yaml is words of its article, in order."""
    script = _script()
    articles = {"dev": 70, "test": 70}  # 30 each, and 40 more of each added in session 51
    for part in ("dev", "test"):
        reference = script.load_reference(ROOT / "tests" / "eval" / "corpus" / f"summary-{part}.yaml")
        assert reference.part == part and len(reference.articles) == articles[part]
        assert len({article.file for article in reference.articles}) == len(reference.articles)
        for article in reference.articles:
            text = script.norm(_article_text(ROOT / "tests" / "eval" / "corpus" / part / article.file))
            snippets = {s for f in article.facts for s in f.snippets} | set(article.acceptable)
            assert set(article.bottom_line) <= {s for f in article.facts for s in f.snippets}, article.file
            assert 3 <= len(article.facts) <= 7, article.file
            assert [s for s in snippets if s not in text] == [], article.file


def _article_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix != ".html":
        return raw
    page = lxml.html.fromstring(raw)
    for element in page.xpath("//script|//style"):
        element.drop_tree()
    return " ".join(page.itertext())


def _write(folder: Path, data: dict[str, object]) -> Path:
    path = folder / "reference.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path
