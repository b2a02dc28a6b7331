"""Extraction quality on the Russian dev part (tests/eval/corpus/ru/dev/).

A file of its own (tests/e2e/test_eval.py holds the samples, test_eval_dev.py the English dev
part), so that two test workers extract the parts at the same time: one file's tests run on
one worker (`--dist loadfile`), and every part extracted in one file was the longest chain of
`make test`."""

from __future__ import annotations

import pytest

from tests.evalkit import extracted, score
from tests.sitekit import ROOT

pytestmark = pytest.mark.slow


# The Russian dev part (tests/eval/corpus/ru/dev/: 105 articles of Russian and Belarusian outlets,
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
# to .852, events to .611/.799 and organisations precision to .776: floors set at each; batch 15's
# seven saved pages (Crimean, Kazakh and Far Eastern outlets) lowered speakers to .893 and figures
# recall to .867, and session 42's rules (readers' comments under the story, furniture printed as
# one paragraph, bodies named in lower case) raised body_clean to .926 and organisations to
# .819/.786: floors set at each, equipment precision .96 under its 1.000; batches 16 and 17's nine
# (contest pages, NEREL texts) lowered body_clean to .911, organisations to .809/.782 and places to
# .854/.873, and session 43's figure, event and equipment rules raised figures to .914/.929, events
# to .622/.814 and equipment recall to .814: floors set at each, two decimals kept, equipment
# precision .99 under its 1.000; session 44's speaker rules (a quoting verb's object, names put
# back in the nominative, roles agreeing with a named person, "По мнению", lost dashes) raised
# quotes to .983 and speakers to .932: floors .98 and .93; batch 18's twelve (contest pages of
# Ukrainian, Baltic and regional outlets, two NEREL texts) lowered people recall to .893, places
# to .838, figures to .897/.914 and equipment to .800/.974, and session 45's date rules (years with
# case endings, seasons with a year, joined days) raised events to .652/.825: floors set at each,
# two decimals kept; session 46's news of the day told in the perfective (every undated happening
# of the lead paragraphs, not the lead's alone) moved events to .673/.788: the references list
# about half of such sentences, so recall rose and precision fell; floors .67/.78; a "Ранее"
# retelling in the imperfective dates nothing: precision .794, floor .79; batches 19, 20 and 21's
# eighteen (contest pages of regional outlets, one whole-page crawl with readers' comments, NEREL
# texts) lowered people recall to .906, organisations to .805/.766, places to .821/.862, quotes to
# .962/.911 and figures to .881/.895, and session 46's Russian body, metadata, speaker and event
# rules raised body_clean to .940, metadata to .919, quotes to .970/.931 and events to .685/.793:
# floors set at each, two decimals kept); batch 22's six (contest pages of regional outlets, a
# NEREL text) lowered body_clean to .937, quotes recall to .964, equipment recall to .776 and
# events precision to .783 (scored before any rule: floors .93, .96, .77, .78), and session 47's
# Russian speaker and event rules and the reading of pages' languages raised speakers to .941,
# events to .686/.804 and metadata to .922: floors .94, .80, .92; batch 23's six (contest pages
# of sport, car, celebrity and regional outlets, a NEREL interview), scored before any rule,
# lowered people recall to .893, organisations recall to .797, speakers to .932 and figures
# precision to .887: floors .89, .79, .93, .88; batch 24's six (contest pages of a Ukrainian sports
# site's interview, an aggregator's TASS item, celebrity, tech and marketing outlets, a NEREL text on
# an Afghan pilot), scored before any rule, lowered people recall to .877, quotes recall to .950,
# figures recall to .869 and equipment to .745/.951: floors .87, .95, .86, .74, .95; session 49's
# quotes-recall mends (hyphen-led speech, quotations over paragraphs, blockquotes) raised quotes
# recall to .983 and lowered speakers to .927 (quotes now found whose speaker is not), and its
# events probe raised events precision to .812: floors .98, .92, .81; batch 25's five (contest pages
# of a games, a women's and a car site, two NEREL texts), scored before any rule, lowered no floor;
# session 50's furniture, speaker and events probes raised body_clean to .944, figures recall to
# .872 and events recall to .710: floors .94, .87, .71.
# The Russian test part is only ever scored to report.
RU_DEV_FLOORS = {
    "metadata": 0.93,
    "body_clean": 0.95,
    "people_recall": 0.87,
    "people_precision": 0.94,
    "organisations_recall": 0.79,
    "organisations_precision": 0.76,
    "places_recall": 0.82,
    "places_precision": 0.86,
    "quotes_recall": 0.98,
    "quotes_speaker": 0.92,
    "figures_recall": 0.86,
    "figures_precision": 0.87,
    "events_recall": 0.72,
    "events_precision": 0.81,
    "equipment_recall": 0.70,
    "equipment_precision": 0.95,
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
