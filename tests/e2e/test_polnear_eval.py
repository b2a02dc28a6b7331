"""scripts/polnear_eval.py on tests/eval/polnear: two invented articles in PolNeAR's own format.

The fixture (text, BRAT .ann attributions, a small CoreNLP XML with coreference) holds a
quote given to the right speaker, one given to a wrong speaker, one the extractor misses,
a partly quoted and an indirect attribution (not scored), and a second annotator's file
that must be ignored. The scoring tests give fixed predictions, so they check the script's
reading and scoring, not today's extractor; one test runs the real extractor end to end.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from generator.nlp import load_model
from generator.schema import Quote
from generator.settings import DEFAULT_MODEL
from tests.sitekit import ROOT

FIXTURE = ROOT / "tests" / "eval" / "polnear"


HARBOR = "fixture-times_2016-03-01_council-approves-harbor-pla"


PORT = "fixture-post_2016-03-02_port-to-close-north-gate-for"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_eval", ROOT / "scripts" / "polnear_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["polnear_eval"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


pe = _script()


# What an extractor might return for the fixture: (quote text, speaker) per article.
PREDICTED = {
    HARBOR: [
        ("This harbor will bring back the jobs we lost a decade ago", "Ellen Torvik"),  # right
        ("a waste of money", None),  # a partly quoted attribution: not scored
        ("We will fight this in court", "Hale"),  # right: the surname is enough
        ("The council has already decided, and the money is in the budget.", "Tom Hale"),  # wrong
        # "Not this time," (Hale): not predicted, so missed
    ],
    PORT: [
        ("Trucks will be sent through the south entrance while the work goes on", "Port of Kessler"),
        ("The port cannot wait another winter", "Harbor Board"),
        ("Nobody asked us anything", "Amal Siddiqui"),
        ("We found out from the radio.", "Amal Siddiqui"),
        ("The delays will cost every driver here a week of pay.", "Amal Siddiqui"),
    ],
}


class FixedExtractor:
    """The script's extractor interface with fixed quotes: the spaCy model is real."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp

    def quotes(self, name: str, text: str) -> list[Quote]:
        return [Quote(text=t, speaker=s, ref="p1") for t, s in PREDICTED[name]]


@pytest.fixture(scope="module")
def nlp():
    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def report(nlp):
    return pe.evaluate(pe.PolnearData(FIXTURE), "dev", FixedExtractor(nlp))


def by_id(report, article: str) -> dict[str, object]:
    return {o.gold.attribution: o for o in report.outcomes if o.gold.article == article}


def test_articles_are_read_with_the_first_annotator_only():
    data = pe.PolnearData(FIXTURE)
    articles = data.articles("dev")
    assert [(a.name, a.annotator) for a in articles] == [(PORT, "c3d4"), (HARBOR, "a1b2")]
    attributions = pe.parse_ann(data.read(articles[0].ann_path))
    assert len(attributions) == 6
    split_quote = next(a for a in attributions if a.id == "E3")
    assert len(split_quote.content[0].fragments) == 2  # "...," said X, "..." is one attribution
    assert next(a for a in attributions if a.id == "E4").source is None  # Attribution-no-source


def test_only_direct_quotes_with_a_source_are_scored(report):
    assert report.articles == 2
    assert len(report.outcomes) == 8
    assert report.excluded.partial == 1  # called the plan "a waste of money"
    assert report.excluded.indirect == 3  # said they would appeal; announced; were told
    assert report.excluded.in_headline == 0


def test_kinds_of_source(report):
    kinds = {(o.gold.article, o.gold.attribution): o.gold.kind for o in report.outcomes}
    assert kinds[(HARBOR, "E1")] == "name"  # Mayor Ellen Torvik
    assert kinds[(PORT, "E3")] == "name"  # one driver, Amal Siddiqui, who ...: the apposition
    assert kinds[(PORT, "E2")] == "role"  # the port authority
    assert kinds[(PORT, "E5")] == "organisation"  # the Harbor Board
    assert kinds[(PORT, "E6")] == "pronoun"  # She


def test_counts_right_wrong_and_missed(report):
    harbor = by_id(report, HARBOR)
    assert harbor["E1"].found and harbor["E1"].speaker_right
    assert harbor["E4"].found and harbor["E4"].speaker_right
    assert harbor["E5"].found and not harbor["E5"].speaker_right  # Rita Osei's, given to Tom Hale
    assert not harbor["E6"].found and not harbor["E6"].speaker_right
    tallies = report.tallies()
    assert (tallies["all"].gold, tallies["all"].found, tallies["all"].speaker_right) == (8, 7, 6)
    assert (tallies["name"].gold, tallies["name"].found, tallies["name"].speaker_right) == (5, 4, 3)
    for kind in ("pronoun", "role", "organisation"):
        assert (tallies[kind].gold, tallies[kind].found, tallies[kind].speaker_right) == (1, 1, 1)
    summary = report.as_dict()["by_kind"]["all"]
    assert summary["recall"] == round(7 / 8, 3) and summary["speaker_right_of_found"] == round(6 / 7, 3)


def test_a_pronoun_is_resolved_by_corenlp_coreference_else_the_nearest_name(report, nlp):
    she = by_id(report, PORT)["E6"]
    assert she.gold.resolved_by == "corenlp-coref" and "Amal Siddiqui" in she.gold.speakers
    assert she.speaker_right
    nearest = pe.evaluate(pe.PolnearData(FIXTURE), "dev", FixedExtractor(nlp), use_corenlp=False)
    she = by_id(nearest, PORT)["E6"]
    # the nearest person named before "She" is Mark Brant, the employer: the rule's known weakness
    assert she.gold.resolved_by == "nearest-person" and she.gold.speakers == ["Mark Brant"]
    assert not she.speaker_right
    authority = by_id(nearest, PORT)["E2"]
    assert authority.gold.resolved_by == "nearest-organisation" and authority.speaker_right


def test_the_test_split_is_refused(capsys):
    assert pe.main(["--polnear", str(FIXTURE), "--split", "test"]) == 2
    assert "reserved" in capsys.readouterr().err
    data = pe.PolnearData(FIXTURE)
    for path in ("test/text/a.txt", "test/attributions", "dev/../test/text/a.txt", "metadata.tsv"):
        with pytest.raises(pe.ReservedSplitError):
            data.read(path)
    with pytest.raises(pe.ReservedSplitError):
        data.articles("test")


def test_a_bare_git_directory_reads_the_same(tmp_path: Path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    work = tmp_path / "PolNeAR"
    shutil.copytree(FIXTURE, work)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "."], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-q", "-m", "fixture"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(tmp_path / "bare.git")], check=True)
    files, bare = pe.PolnearData(FIXTURE), pe.PolnearData(tmp_path / "bare.git")
    assert bare.git_dir is not None
    assert bare.articles("dev") == files.articles("dev")
    for article in files.articles("dev"):
        assert bare.read(article.text_path) == files.read(article.text_path)
        assert bare.read(article.ann_path) == files.read(article.ann_path)
        assert bare.read_optional(article.corenlp_path) == files.read_optional(article.corenlp_path)


def test_the_real_extractor_end_to_end(capsys):
    assert pe.main(["--polnear", str(FIXTURE), "--json"]) == 0
    out = capsys.readouterr().out
    import json

    result = json.loads(out)
    assert result["articles"] == 2 and result["by_kind"]["all"]["gold"] == 8
    assert 0 <= result["by_kind"]["all"]["speaker_right"] <= result["by_kind"]["all"]["found"] <= 8
