"""Extraction as a whole on short news texts: deterministic, the source left as given, paragraph
ids, the date a dateline gives, a language without a model."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

from generator.corpus import Corpus
from generator.extraction import extract_briefing, parse_body
from generator.readers import Source
from generator.rendering import Renderer
from tests.extraction.extractkit import brief
from tests.sitekit import ROOT

# A briefing made in a process of its own: sets and dicts of strings iterate there in another
# order (another hash seed), which an extraction run twice in one process never shows.
EXTRACT_IN_A_PROCESS = """
import json, sys
from generator.extraction import extract_briefing
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.readers import Source
from generator.settings import DEFAULT_MODEL

paragraphs = json.loads(sys.argv[1])
source = Source(path="seeds/test.txt", sha256="0" * 64, text="\\n\\n".join(paragraphs))
source.paragraphs, source.title, source.published = paragraphs, "A title", None
print(extract_briefing(source, load_model(DEFAULT_MODEL), load_lexicon()).model_dump_json())
"""


def test_extraction_is_deterministic_under_another_hash_seed(nlp, lexicon):
    paragraphs = [
        "President Alar Karis said on Monday that “Estonia will defend every metre of its land.”",
        "Estonian Defence Minister Hanno Pevkur and NATO officials met in Tallinn and Tartu, where "
        "between 3,000 and 5,000 troops from Latvia, Lithuania and Poland will train in March.",
        "Pevkur said the Estonian Defence Forces would likely buy 12 howitzers. “We are ready,” he added.",
    ]
    here = brief(nlp, lexicon, paragraphs).model_dump_json()
    seed = os.environ.get("PYTHONHASHSEED", "random")
    other = str(int(seed) + 1) if seed.isdigit() else "0"  # "0": no randomising, unlike this process
    command = [sys.executable, "-c", EXTRACT_IN_A_PROCESS, json.dumps(paragraphs)]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": other}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == here


def test_parse_body_gives_paragraph_ids_in_order(nlp):
    body = parse_body(["One.", "Two."], nlp)
    assert body.ids == ["p1", "p2"]


def test_publication_date_from_a_dateline_and_the_year_in_the_address(nlp, lexicon):
    source = Source(path="seeds/x.txt", sha256="0" * 64, text="")
    source.url = "https://eng.belta.by/politics/view/2022/09/30/story.html"
    source.paragraphs = [
        "MINSK, 30 September (BelTA) – The Belarusian army began an inspection on Friday, the ministry said.",
    ]
    source.title = "Inspection begins"
    b = extract_briefing(source, nlp, lexicon)
    assert b.published == "2022-09-30"
    assert b.outlet == "BelTA"
    assert "2022-09-30" in {e.date for e in b.events}  # "on Friday" resolved against it


def test_extraction_leaves_the_source_it_was_given_as_it_was(nlp, lexicon):
    # the date a dateline gives is the briefing's, not written back into the source: a source
    # read once and extracted twice (another language's pipeline, a retry) gives one briefing
    source = Source(path="seeds/x.txt", sha256="0" * 64, text="")
    source.url = "https://eng.belta.by/politics/view/2022/09/30/story.html"
    source.paragraphs = ["MINSK, 30 September (BelTA) – The Belarusian army began an inspection on Friday."]
    as_read = copy.deepcopy(source)
    b = extract_briefing(source, nlp, lexicon)
    assert (b.published, b.outlet) == ("2022-09-30", "BelTA")
    assert source == as_read


def test_a_source_not_in_english_is_kept_but_not_run_through_the_english_model(nlp, lexicon):
    source = Source(path="seeds/de.txt", sha256="0" * 64, text="")
    source.paragraphs = [
        "Die Bundeswehr verlegt eine Brigade nach Litauen, sagte Minister Boris Pistorius am Montag.",
        "„Wir stehen zu unseren Verpflichtungen“, sagte er in Vilnius.",
    ]
    source.language = "de"
    source.title = "Bundeswehr verlegt Brigade nach Litauen"
    b = extract_briefing(source, nlp, lexicon)
    assert b.source.language == "de"
    assert [p.text for p in b.body] == source.paragraphs
    assert b.people == [] and b.quotes == [] and b.events == [] and b.key_points == []
    # its bottom line is its own lead, as it wrote it, linked to its paragraph, and flagged
    assert [(s.text, s.ref) for s in b.summary] == [(source.paragraphs[0], "p1")]
    assert b.source.analysed is False
    page = Renderer(None, "Topic").pages(Corpus([b]))[f"briefings/{b.id}.md"]
    assert "Not in English" in page and "not analysed" in page
    bottom = page.split("## Bottom line", 1)[1]
    assert "The source's own lead" in bottom and "not an analysis" in bottom
    assert f'<span lang="de">{source.paragraphs[0]}</span> <a class="para-link" href="#p1"' in bottom
