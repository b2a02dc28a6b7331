"""Extraction quality on the sample corpus, scored against its reference annotations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.sitekit import ROOT, run_generator

pytestmark = pytest.mark.slow


# What a fresh extraction of seeds/ reaches now; a change that falls below fails.
THRESHOLDS = {
    "metadata": 0.95,
    "body_clean": 1.0,
    "people_recall": 0.94,
    "people_precision": 0.9,
    "organisations_recall": 0.8,
    "places_recall": 0.9,
    "equipment_recall": 0.8,
    "quotes_recall": 0.9,
    "quotes_speaker": 0.9,
    "figures_recall": 0.85,
    "events_recall": 0.8,
}


# Six real articles of other outlets (tests/eval/extra/), annotated independently:
# what extraction reaches on text it was not written for.
EXTRA_THRESHOLDS = {
    "metadata": 0.95,
    "body_clean": 0.95,
    "people_recall": 0.9,
    "people_precision": 0.9,
    "organisations_recall": 0.8,
    "places_recall": 0.9,
    "quotes_recall": 0.9,
    "quotes_speaker": 0.9,
    "figures_recall": 0.9,
    "events_recall": 0.8,
}


# Rules that only fit the samples show as a gap between the two corpora.
MAX_GAP = 0.1


def extracted(sources: Path, out: Path) -> Path:
    result = run_generator("extract", "--sources", str(sources), "--out", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def score(gold: Path, out: Path) -> dict[str, float]:
    scored = subprocess.run(
        [sys.executable, str(ROOT / "tests/eval/score.py"), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The briefings `extract` writes for seeds/ today: scored, and compared with briefings/."""
    return extracted(Path("seeds"), tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def scores(seeds_out: Path) -> dict[str, float]:
    return score(ROOT / "tests/eval/seeds-gold.yaml", seeds_out)


@pytest.fixture(scope="module")
def extra_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    sources = tmp_path_factory.mktemp("extra")
    for path in (ROOT / "tests/eval/extra").glob("*.txt"):
        (sources / path.name).write_bytes(path.read_bytes())
    out = extracted(sources, tmp_path_factory.mktemp("out"))
    return score(ROOT / "tests/eval/extra-gold.yaml", out)


@pytest.mark.parametrize("metric", sorted(EXTRA_THRESHOLDS))
def test_unseen_articles_reach_their_threshold(extra_scores, metric: str):
    assert extra_scores["sources_found"] == extra_scores["sources"]
    assert extra_scores[metric] >= EXTRA_THRESHOLDS[metric], f"{metric} = {extra_scores[metric]}"


@pytest.mark.parametrize("metric", sorted(EXTRA_THRESHOLDS))
def test_unseen_articles_score_within_a_tenth_of_the_samples(scores, extra_scores, metric: str):
    gap = scores[metric] - extra_scores[metric]
    assert gap <= MAX_GAP, f"{metric}: samples {scores[metric]:.3f}, unseen {extra_scores[metric]:.3f}"


def test_every_source_has_a_briefing(scores):
    assert scores["sources_found"] == scores["sources"] == 5


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_metric_reaches_its_threshold(scores, metric: str):
    assert scores[metric] >= THRESHOLDS[metric], f"{metric} = {scores[metric]}"


def test_committed_briefings_are_the_generators_own_output(seeds_out: Path):
    """briefings/ holds what `extract` writes for seeds/ today, not hand edits."""
    fresh = {p.name: p.read_text() for p in seeds_out.glob("*.yaml")}
    committed = {p.name: p.read_text() for p in (ROOT / "briefings").glob("*.yaml")}
    assert fresh.keys() == committed.keys()
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert stale == [], f"run `make briefings` to refresh: {stale}"


# The dev part of the development corpus (tests/eval/corpus/dev/: 196 articles, 191 outlets,
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
# speakers .915: floors set at each, two decimals kept): each batch
# scored below the part it joined. The test
# part is scored only to report (scripts/evaluate.py test), never held to a floor here: a floor
# would make it a target.
DEV_FLOORS = {
    "metadata": 0.89,
    "body_clean": 0.91,
    "people_recall": 0.89,
    "people_precision": 0.82,
    "organisations_recall": 0.80,
    "organisations_precision": 0.70,
    "places_recall": 0.83,
    "places_precision": 0.80,
    "quotes_recall": 0.94,
    "quotes_speaker": 0.91,
    "figures_recall": 0.84,
    "figures_precision": 0.84,
    "events_recall": 0.75,
    "events_precision": 0.84,
    "equipment_recall": 0.57,
    "equipment_precision": 0.86,
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


# The bottom lines and key points of 30 dev articles against the fixed summary reference
# (tests/eval/SUMMARY-RUBRIC.md, summary-dev.yaml; scripts/summary_eval.py), held a little below
# what they reach (.767, .571, .634 in session 36; .867, .600, .667 in session 37, when captions,
# teasers and quotations of several sentences stopped being bottom lines) so that a change to the
# summary or to what feeds it (sentences, cleaning) cannot make the choice worse unnoticed.
SUMMARY_FLOORS = {"bottom_line_rate": 0.83, "key_points_rate": 0.57, "key_facts_rate": 0.63}


@pytest.mark.parametrize("metric", sorted(SUMMARY_FLOORS))
def test_the_dev_summaries_reach_their_floor(dev_briefings: Path, metric: str):
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
    totals = json.loads(scored.stdout)["dev"]
    assert totals["briefings_found"] == totals["articles"]
    assert totals[metric] >= SUMMARY_FLOORS[metric], f"{metric} = {totals[metric]}"


# The Russian dev part (tests/eval/corpus/ru/dev/: 98 articles of Russian and Belarusian outlets,
# exhaustive references, issue 15): held to floors a little below what it reaches now, as the
# English dev part is, so that a change to a shared path (the readers, cleaning, quotes, events)
# cannot make Russian worse unnoticed (batch 8's seven lowered body_clean to .834, organisations
# precision to .769 and figures precision to .881; batch 9's seven places recall to .911, figures
# recall to .876 and events precision to .798: floors .90, .86 and .78; session 37's equipment
# rules raised equipment to 1.000/.952 on 63 articles; batch 10's seven Telegram posts and page
# dumps, with the session's rules, left ru-dev at metadata .898, people .901/.954, organisations
# precision .774, places precision .861, figures recall .844, equipment .889/.962, and raised body_clean
# to .907, speakers to .927, events to .681/.801: floors set a little below each; batch 11's seven
# (dataset records, posts, two interviews, two military articles) lowered people recall to .889,
# organisations recall to .785, equipment recall to .781, speakers to .915, figures to .796/.874,
# events precision to .796, and session 38's rules left ru-dev at metadata .910, body_clean .909,
# figures .825/.887, events .678/.789: floors set a little below each; batch 12's seven (page
# crawls with their furniture, tgnews records, digests) lowered metadata to .894, organisations to
# .773/.757 and events recall to .627, and session 39's figure rules raised figures to .854/.878:
# floors .88, .76/.74, .61 and .84/.87; batch 13's seven (a saved page, page crawls, four NEREL
# records) lowered body_clean to .885, places to .897/.847, equipment recall to .735 and events
# recall to .607, and session 40's figure and speaker rules raised figures to .905/.913 and
# speakers to .914: floors set at each, two decimals kept, equipment precision .96 under its 1.000;
# batch 14's seven (page crawls with readers' comments and forms, records of unnamed outlets) lowered
# body_clean to .835, speakers to .900 and figures to .883/.890, and session 41's rules raised body_clean
# to .852, events to .611/.799 and organisations precision to .776: floors set at each).
# The Russian test part is only ever scored to report.
RU_DEV_FLOORS = {
    "metadata": 0.89,
    "body_clean": 0.85,
    "people_recall": 0.90,
    "people_precision": 0.94,
    "organisations_recall": 0.79,
    "organisations_precision": 0.77,
    "places_recall": 0.90,
    "places_precision": 0.84,
    "quotes_recall": 0.99,
    "quotes_speaker": 0.90,
    "figures_recall": 0.88,
    "figures_precision": 0.89,
    "events_recall": 0.61,
    "events_precision": 0.79,
    "equipment_recall": 0.73,
    "equipment_precision": 0.96,
}


@pytest.fixture(scope="module")
def ru_dev_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    corpus = ROOT / "tests/eval/corpus/ru"
    out = extracted(corpus / "dev", tmp_path_factory.mktemp("ru-dev"))
    return score(corpus / "gold-dev.yaml", out)


@pytest.mark.parametrize("metric", sorted(RU_DEV_FLOORS))
def test_the_russian_dev_corpus_reaches_its_floor(ru_dev_scores, metric: str):
    assert ru_dev_scores["sources_found"] == ru_dev_scores["sources"]
    assert ru_dev_scores[metric] >= RU_DEV_FLOORS[metric], f"{metric} = {ru_dev_scores[metric]}"


# Each reference file and the folders its sources are in.
REFERENCES = {
    "tests/eval/corpus/dev-gold.yaml": ["tests/eval/corpus/dev"],
    "tests/eval/corpus/test-gold.yaml": ["tests/eval/corpus/test"],
    "tests/eval/corpus/headers-gold.yaml": ["tests/eval/corpus/headers"],
    "tests/eval/corpus/ru/gold-dev.yaml": ["tests/eval/corpus/ru/dev"],
    "tests/eval/corpus/ru/gold-test.yaml": ["tests/eval/corpus/ru/test"],
    "tests/eval/extra-gold.yaml": ["tests/eval/extra"],
    "tests/eval/seeds-gold.yaml": ["seeds"],
}


@pytest.mark.parametrize("reference", sorted(REFERENCES))
def test_a_references_address_is_one_its_source_states(reference: str):
    """ANNOTATION.md: `url` is the address the page states, else null. An address known only from
    where the file was found (a dump that dropped the page's canonical link) is one no reader of
    the file can give, and would be scored as a miss whatever the extractor does."""
    unstated = []
    for entry in yaml.safe_load((ROOT / reference).read_text(encoding="utf-8"))["sources"]:
        url = entry.get("url")
        files = [ROOT / folder / entry["file"] for folder in REFERENCES[reference]]
        text = next(f for f in files if f.is_file()).read_text(encoding="utf-8", errors="replace")
        if url and url.split("//", 1)[-1].rstrip("/") not in text.replace("&amp;", "&"):
            unstated.append(entry["file"])
    assert unstated == []


@pytest.mark.parametrize("reference", sorted(REFERENCES))
def test_a_references_authors_are_each_named_once(reference: str):
    """The scorer compares the list of authors as a whole: one person under two spellings
    ("David Klepper", "DAVID KLEPPER") would ask the extractor for two."""
    sys.path.insert(0, str(ROOT / "tests/eval"))
    from score import norm

    twice = [
        entry["file"]
        for entry in yaml.safe_load((ROOT / reference).read_text(encoding="utf-8"))["sources"]
        if len({norm(a) for a in entry.get("authors") or []}) != len(entry.get("authors") or [])
    ]
    assert twice == []
