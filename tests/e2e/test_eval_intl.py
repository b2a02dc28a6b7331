"""Header and story of articles in languages without a pipeline (tests/eval/corpus/intl/dev/).

A file of its own, as the English and Russian dev parts have (test_eval_dev.py, test_eval_ru.py),
so that one test worker extracts it beside the others (`--dist loadfile`)."""

from __future__ import annotations

import pytest

from tests.evalkit import extracted, score
from tests.sitekit import ROOT

pytestmark = pytest.mark.slow


# The intl dev part (14 articles in 14 languages: German, French, Spanish, Czech, Japanese,
# Ukrainian ...; header, furniture and three snippets of the story each, ANNOTATION.md "Other
# languages"): scored at the start of session 47 before any rule (metadata .687, body_clean .809,
# body_kept .905, one Japanese page lost whole), and raised by that session's reading of a page in
# its own language (its language told first; its dates, bylines and furniture on its own pages;
# sentence ends of any script) to metadata .970, body_clean .948, body_kept .976: floors set at
# each, two decimals kept. The test part (intl/test) is scored only to report.
# Session 48: batch IC's 7 dev articles (928-940: Danish, Thai, German pages from Israel and
# Paraguay, Arabic, Hungarian, Slovene) joined the part at .531/.612/.810 (the Thai page lost
# whole), the 21 at .828/.848/.921; rules that hold across languages and scripts (stop lists of 60
# languages, day-first dates in any digits, headlines without capitals, scripts without sentence
# stops, share buttons by the networks they name, the site over its publisher, the lead trafilatura
# drops, a teaser's byline) brought the 21 to metadata .919, body_clean .963, body_kept 1.000 (the
# older 14 .970/.948/1.000, the new 7 .812/1.000/1.000): floors set at each, two decimals kept;
# the second read took out the rule that dropped a byline printed only in another story's teaser
# (it fixed one page, 938, and cost a second parse of every page): metadata .909, floor .90.
# Session 49: batch ID's 4 dev articles (942-948: Zulu, isiXhosa, Argentine and Bolivian Spanish)
# joined the part at metadata .842, body_clean .935, body_kept 1.000 before any rule; the 25 at
# .898/.959/1.000: floors .89 and .95.
INTL_DEV_FLOORS = {
    "metadata": 0.88,
    "body_clean": 0.95,
    "body_kept": 1.00,
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
