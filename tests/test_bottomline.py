"""The bottom line across sources: the newest sources' central statements, folded, as of a date."""

from __future__ import annotations

from typing import Any

from generator.bottomline import bottom_line, well_formed
from generator.corpus import Corpus
from generator.rendering import Renderer
from generator.schema import Briefing
from tests.renderkit import without_entities


def source(
    id: str,
    published: str | None,
    sentences: list[str],
    translated: bool = False,
    source_extra: dict[str, Any] | None = None,
    **more: Any,
) -> Briefing:
    return Briefing.model_validate(
        {
            "id": id,
            "source": {
                "file": f"seeds/{id}.txt",
                "sha256": "a" * 64,
                "translated": translated,
                **(source_extra or {}),
            },
            "title": f"Title {id}",
            "published": published,
            "outlet": f"Outlet {id}",
            "summary": [{"ref": f"p{i + 1}", "text": s} for i, s in enumerate(sentences[:1])],
            "key_points": [{"ref": f"p{i + 2}", "text": s} for i, s in enumerate(sentences[1:])],
            "people": [{"name": "Alexander Lukashenko", "mentions": 1}],
            "organisations": [],
            "places": [{"name": "Belarus", "mentions": 1}, {"name": "Russia", "mentions": 1}],
            "quotes": [],
            "figures": [],
            "events": [],
            "body": [{"id": f"p{i + 1}", "text": s} for i, s in enumerate(sentences)],
            **more,
        }
    )


GROUPING = "Lukashenko announced a joint military grouping of Belarus and Russia on the border."
GROUPING_AGAIN = "Belarus and Russia will form a joint military grouping on the border, Lukashenka announced."
TROOPS = "Russia sent 9,000 troops to Belarus for the joint grouping, the Belarusian ministry said."
DRILLS = "Lukashenko and Russia held joint military drills of Belarus troops."
TROOPS_AGAIN = "The Belarusian ministry said 9,000 Russian troops would come to Belarus for the grouping."


def corpus() -> Corpus:
    return Corpus(
        [
            source("newest", "2022-11-03", [GROUPING, "The weather in Minsk was cold that week."]),
            source("week-before", "2022-10-27", [TROOPS, GROUPING_AGAIN]),
            source("month-before", "2022-10-10", [TROOPS_AGAIN]),
            # long before the newest: it may support a statement, never lead one
            source("january", "2022-01-26", [DRILLS]),
            source(
                "garbled",
                "2022-11-01",
                ["announced joint military grouping Belarus Russia border Lukashenko (Belta, October 31"],
            ),
        ]
    )


def test_the_bottom_line_is_dated_as_of_the_newest_source_and_cites_every_source_of_a_statement():
    line = bottom_line(corpus())
    assert line.as_of == "2022-11-03" and not line.estimated
    texts = [s.lead.sentence.text for s in line.statements]
    # the statement two sources make is one, led by the newer source's words, citing both
    grouping = next(s for s in line.statements if s.lead.sentence.text == GROUPING)
    cited = [c.briefing.id for c in grouping.sources if c.briefing.id != "garbled"]
    assert cited == ["newest", "week-before"]
    assert GROUPING_AGAIN in [c.sentence.text for c in grouping.sources]
    assert GROUPING_AGAIN not in texts
    troops = next(s for s in line.statements if TROOPS in s.lead.sentence.text)
    assert {c.briefing.id for c in troops.sources} == {"week-before", "month-before"}
    # newest source first
    assert texts.index(GROUPING) < texts.index(TROOPS)


def test_old_sources_and_garbled_sentences_do_not_lead_and_what_nobody_echoes_comes_last():
    line = bottom_line(corpus())
    leads = [s.lead.briefing.id for s in line.statements]
    assert "january" not in leads and "garbled" not in leads
    # a statement no other source makes ranks below those several make: it comes after them within
    # its source, and only when there is room
    newest = [s for s in line.statements if s.lead.briefing.id == "newest"]
    assert newest[0].lead.sentence.text == GROUPING
    short = bottom_line(corpus(), limit=2)
    assert all("weather" not in s.lead.sentence.text for s in short.statements)


def test_a_sentence_that_cannot_stand_alone_is_not_well_formed():
    pointing = frozenset({"these", "he"})
    assert well_formed(GROUPING, pointing)
    assert not well_formed("The most resounding of these was the grouping.", pointing)
    assert not well_formed("He added that troops would come.", pointing)
    assert not well_formed("announced the grouping on Monday.")  # a fragment
    assert not well_formed('Lukashenko said "the grouping is defensive.')  # an open quotation
    assert not well_formed("The grouping was announced (Belta, October 31.")
    assert not well_formed("The grouping was announced and")


def test_a_machine_translated_source_leads_only_after_sources_in_their_own_words():
    same = "Belarus and Russia formed a joint military grouping on the border, Lukashenko said."
    line = bottom_line(
        Corpus(
            [
                source("translated", "2022-11-03", [same], translated=True),
                source("original", "2022-11-02", [same.replace("formed", "set up")]),
            ]
        )
    )
    assert [c.briefing.id for c in line.statements[0].sources] == ["original", "translated"]


def test_a_lead_no_pipeline_read_leads_only_where_no_source_was_analysed():
    # its own lead, weighed against nothing: an analysed source's statements come first
    german = "Belarus und Russland bilden eine gemeinsame Truppe an der Grenze, sagte Lukaschenko."
    unread = source("german", "2022-11-03", [german], source_extra={"language": "de", "analysed": False})
    line = bottom_line(Corpus([unread, source("english", "2022-11-02", [GROUPING])]))
    assert [s.lead.briefing.id for s in line.statements] == ["english"]
    line = bottom_line(Corpus([unread]))
    assert [s.lead.sentence.text for s in line.statements] == [german]
    home = Renderer(None, "Topic").pages(Corpus([unread]))["index.md"]
    assert f'<span lang="de">{german}</span> <small>(the source\'s own lead, not analysed)</small>' in home


def test_the_home_page_heads_the_bottom_line_as_of_the_newest_date_and_links_each_paragraph():
    home = without_entities(Renderer(None, "Topic").pages(corpus())["index.md"])
    bottom = home[home.index("## Bottom line") : home.index("## Latest sources")]
    assert "As of 2022-11-03" in bottom
    assert "[¶](briefings/newest.md#p1)" in bottom and "[¶](briefings/week-before.md#p2)" in bottom
    assert "The weather in Minsk" not in bottom.split("\n- ")[1]
    assert "held joint military drills" not in bottom


def test_an_undated_newest_source_gives_an_estimated_date():
    undated = source(
        "undated",
        None,
        [GROUPING],
        published_estimate={"after": "2022-11-05", "basis": "latest date in the text"},
    )
    line = bottom_line(Corpus([undated, source("dated", "2022-11-01", [GROUPING_AGAIN])]))
    assert line.as_of == "2022-11-05" and line.estimated
    home = Renderer(None, "Topic").pages(Corpus([undated]))["index.md"]
    assert "As of 2022-11-05</strong> <small>(estimated" in home


def test_a_statement_many_sources_make_cites_the_newest_three_and_counts_the_others():
    sources = [source(f"s{day:02d}", f"2022-11-{day:02d}", [GROUPING]) for day in range(1, 8)]
    home = Renderer(None, "Topic").pages(Corpus(sources))["index.md"]
    item = next(line for line in home.splitlines() if line.startswith("- Lukashenko announced"))
    assert [f"briefings/s0{day}.md#p1" in item for day in range(7, 0, -1)] == [True] * 3 + [False] * 4
    assert item.endswith("<small>and 4 more sources</small>")
