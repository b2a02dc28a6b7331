"""Extraction quality on the English dev part (tests/eval/corpus/dev/) and its summaries.

A file of its own (tests/e2e/test_eval.py holds the samples, test_eval_ru.py the Russian dev
part), so that two test workers extract the parts at the same time: one file's tests run on
one worker (`--dist loadfile`), and every part extracted in one file was the longest chain of
`make test`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.evalkit import extracted, score
from tests.sitekit import ROOT

pytestmark = pytest.mark.slow


# The dev part of the development corpus (tests/eval/corpus/dev/: 207 articles, 202 outlets,
# four page layouts, exhaustive references): what extraction reaches there now, a little
# below, so a change that makes it worse fails. Floors were set again as unseen articles
# joined the part (24, then 35, 44, 55, 64, 85, 95, 105, 114, 119, 130, 136, 142, 149, 155, 161 and 166; batch
# AB's six lowered places precision to .790, so its floor is .78; batch AD's six figures precision
# to .860 and equipment recall to .506: floors .85 and .50; session 37's equipment rules raised
# equipment to .629/.861: floors .60/.84; at the session's end, with batch AE's six, dev reached
# metadata .889, body_clean .911, people precision .867, places precision .796, events precision
# .837, equipment .626/.875: floors .88, .90, .86, .79, .83, .61/.86; session 38's organisation
# rules, with batch AF's five, raised organisations to .811/.721: floors .80/.71; batch AG's six
# lowered people to .900/.856 and speakers to .930, and session 39's event rules raised events to
# .737/.848: floors .89/.85, .92 and .73/.84; batches AH and AI's twelve, with session 40's
# reader, organisation, equipment, figure and event rules, left dev at metadata .897, body_clean
# .917, people .900/.840, places .832/.811, equipment .606/.887, events .744/.840: floors set at
# each, two decimals kept; then a crawler's indented page markup read as HTML, not dropped as code,
# gave three articles their whole text, with its furniture and more names: body_clean .912,
# people precision .837, places precision .805, floors .91, .83 and .80; batches AJ and AK's twelve
# (six Nigerian military stories) lowered people to .893/.826, organisations to .789/.692, quotes
# speaker to .911, figures to .847/.838, equipment to .578/.867, and session 41's formation, state,
# archive and copyright rules left dev at metadata .893, organisations .802/.703, figures .847/.845,
# speakers .915: floors set at each, two decimals kept; batches AL and AM's eleven (trade press,
# local papers, an infinite-scroll page whose next stories follow its own) lowered metadata to
# .885, body_clean to .907, people precision to .814, organisations to .798/.680, places
# precision to .786, equipment to .562/.844, figures precision to .816 and events to .747/.822,
# and session 42's organisation and event rules raised organisations to .802/.694 and events to
# .765/.831: floors set at each, two decimals kept; batches AN, AO and AP's fourteen (tech and
# trade press, African and Asian outlets, whole pages with readers' comments) lowered metadata to
# .881, organisations precision to .686, speakers to .910 and equipment to .557/.833, and session
# 43's header, caption, teaser, people, speaker and equipment rules raised metadata to .889,
# body_clean to .919, people to .916/.844, speakers to .927 and equipment to .689/.879: floors
# set at each, two decimals kept; batch AQ's six (whole pages of trade and local press, Malay
# honorifics) lowered people precision to .838, places precision to .789 and events precision to
# .829, and session 44's header, body, organisation and figure rules raised body_clean to .925,
# organisations precision to .709, speakers to .931 and figures to .844/.824: floors set at each,
# two decimals kept; batch AR's six (sports and science pages of 2017: races and teams, a
# columnist's note with its publications) lowered organisations recall to .796 and equipment to
# .679/.862, and session 45's body, organisation and equipment rules raised body_clean to .933 and
# equipment to .697/.922: floors set at each, two decimals kept; batches AS, AT and AU's twelve
# (science, space and gaming pages, a fiction's characters, a migrants' protest) lowered people
# precision to .829 and equipment to .655/.924, and session 46's author, organisation, figure,
# speaker and named-craft rules raised organisations to .800/.714, figures to .863/.836, speakers
# to .933 and equipment to .706/.929: floors set at each, two decimals kept; session 47's equipment,
# people, event and header rules raised equipment to .739/.931, people precision to .841, events
# to .780/.831 and metadata to .889: floors set at each; session 48's batch AV three (a local
# radio site's AP copy, a daily's syndicated editorial, a Belfast paper's dump), scored before any
# rule, lowered events recall to .778: floor .77; session 48's organisation rules (one of a kind,
# names only in headline-capital lines, names only before an event's people) raised
# organisations precision to .727: floor .72; session 49's batch AW one (870) joined at no lower
# figure, and its header and equipment probes' mends raised metadata to .891 and equipment
# precision to .941: floors .89 and .94; session 50's batch AX seven (a Liberian daily, a Jersey
# paper's dump, US local TV stations' wire copy, a South African tech site, a legal wire), scored
# before any rule, lowered events precision to .828 and equipment precision to .931: floors .82 and
# .93; its probes' mends (organisations, speakers, events, places through people and equipment)
# raised organisations to .810/.731, places precision to .790, speakers to .942, events to
# .787/.830 and equipment to .742/.951: floors .81, .73, .79, .94, .78, .83, .74, .95, and quotes
# recall .96 (.961 since batch AX)): each batch
# scored below the part it joined. The test
# part is scored only to report (scripts/evaluate.py test), never held to a floor here: a floor
# would make it a target.
DEV_FLOORS = {
    "metadata": 0.89,
    "body_clean": 0.93,
    "people_recall": 0.91,
    "people_precision": 0.85,
    "organisations_recall": 0.81,
    "organisations_precision": 0.73,
    "places_recall": 0.84,
    "places_precision": 0.79,
    "quotes_recall": 0.96,
    "quotes_speaker": 0.94,
    "figures_recall": 0.88,
    "figures_precision": 0.83,
    "events_recall": 0.79,
    "events_precision": 0.82,
    "equipment_recall": 0.73,
    "equipment_precision": 0.95,
}


@pytest.fixture(scope="module")
def dev_briefings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return extracted(ROOT / "tests/eval/corpus/dev", tmp_path_factory.mktemp("dev"))


@pytest.fixture(scope="module")
def dev_scores(dev_briefings: Path) -> dict[str, float]:
    return score(ROOT / "tests/eval/corpus/dev-gold.yaml", dev_briefings)


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_the_dev_corpus_reaches_its_floor(dev_scores, metric: str):
    assert dev_scores["sources_found"] == dev_scores["sources"]
    assert dev_scores[metric] >= DEV_FLOORS[metric], f"{metric} = {dev_scores[metric]}"


# The bottom lines and key points of the dev articles against the fixed summary reference
# (tests/eval/SUMMARY-RUBRIC.md, summary-dev.yaml; scripts/summary_eval.py), held a little below
# what they reach (30 articles: .767, .571, .634 in session 36; .867, .600, .667 in session 37,
# when captions, teasers and quotations of several sentences stopped being bottom lines; 70
# articles, 40 of them annotated blind in session 51: .800, .566, .697) so that a change to the
# summary or to what feeds it (sentences, cleaning) cannot make the choice worse unnoticed.
SUMMARY_FLOORS = {"bottom_line_rate": 0.79, "key_points_rate": 0.56, "key_facts_rate": 0.69}


@pytest.fixture(scope="module")
def dev_summary_totals(dev_briefings: Path) -> dict[str, float]:
    scored = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/summary_eval.py"),
            str(dev_briefings),
            "--reference",
            str(ROOT / "tests/eval/corpus/summary-dev.yaml"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)["dev"]


@pytest.mark.parametrize("metric", sorted(SUMMARY_FLOORS))
def test_the_dev_summaries_reach_their_floor(dev_summary_totals: dict[str, float], metric: str):
    assert dev_summary_totals["briefings_found"] == dev_summary_totals["articles"]
    assert dev_summary_totals[metric] >= SUMMARY_FLOORS[metric], f"{metric} = {dev_summary_totals[metric]}"
