"""Header and story of articles in languages without a pipeline (tests/eval/corpus/intl/dev/).

A file of its own, as the English and Russian dev parts have (test_eval_dev.py, test_eval_ru.py),
so that one test worker extracts it beside the others (`--dist loadfile`)."""

from __future__ import annotations

import pytest

from tests.evalkit import extracted, score
from tests.sitekit import ROOT

pytestmark = pytest.mark.slow


# The intl dev part (21 articles in 20 languages: German, French, Spanish, Czech, Japanese,
# Ukrainian, Thai, Arabic, Persian ...; header, furniture and three snippets of the story each,
# ANNOTATION.md "Other languages"). Its first 14 were scored at the start of session 47 before any
# rule (metadata .687, body_clean .809, body_kept .905) and raised by that session's reading of a
# page in its own language to .970/.948/.976. Session 48 added batch IC's 7 (Danish, Thai, Arabic,
# Hungarian, Slovene, German pages from abroad), unseen by every rule: the whole part then scored
# metadata .828, body_clean .848, body_kept .921 (the Thai page lost whole) on the same code. Floors
# at those, two decimals kept; the test part (intl/test) is scored only to report.
INTL_DEV_FLOORS = {
    "metadata": 0.82,
    "body_clean": 0.84,
    "body_kept": 0.92,
}


@pytest.fixture(scope="module")
def intl_dev_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    corpus = ROOT / "tests/eval/corpus/intl"
    out = extracted(corpus / "dev", tmp_path_factory.mktemp("intl-dev"))
    return score(corpus / "gold-dev.yaml", out)


@pytest.mark.parametrize("metric", sorted(INTL_DEV_FLOORS))
def test_the_intl_dev_corpus_reaches_its_floor(intl_dev_scores, metric: str):
    assert intl_dev_scores["sources_found"] == intl_dev_scores["sources"]
    assert intl_dev_scores[metric] >= INTL_DEV_FLOORS[metric], f"{metric} = {intl_dev_scores[metric]}"
