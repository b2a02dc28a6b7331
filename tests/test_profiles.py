"""Entity profiles: kind, roles over time, first and last seen, sentences, network, the site's hub."""

from __future__ import annotations

import re
from typing import Any

from generator.corpus import Corpus
from generator.lexicon import load_lexicon
from generator.links import Links
from generator.pipeline import merge_warnings
from generator.profiles import Profiles, hub_of, network_svg
from generator.rendering import Renderer
from generator.schema import Briefing
from generator.settings import Settings
from tests.renderkit import without_entities


def source(id: str, published: str, body: list[str], **lists: Any) -> Briefing:
    data: dict[str, Any] = {
        "id": id,
        "source": {"file": f"seeds/{id}.txt", "sha256": "a" * 64},
        "title": f"Title {id}",
        "published": published,
        "outlet": f"Outlet {id}",
        "summary": [],
        "key_points": [],
        "people": [],
        "organisations": [],
        "places": [],
        "quotes": [],
        "figures": [],
        "events": [],
        "body": [{"id": f"p{i + 1}", "text": text} for i, text in enumerate(body)],
    }
    data.update(lists)
    return Briefing.model_validate(data)


def entity(name: str, role: str | None = None, refs: tuple[str, ...] = (), mentions: int = 1) -> dict:
    return {"name": name, "role": role, "mentions": mentions, "refs": list(refs)}


def corpus() -> Corpus:
    return Corpus(
        [
            source(
                "late",
                "2022-11-03",
                [
                    "Colonel Valery Revenka said up to 9,000 Russian soldiers would come. Minsk was cold.",
                    "Russia will deliver S-400 long-range anti-aircraft missile systems to Belarus.",
                ],
                people=[entity("Valery Revenka", "head of international military cooperation", ("p1",), 2)],
                organisations=[entity("Belarusian Ministry of Defense"),
                               entity("Regional Grouping of Forces")],
                places=[entity("Minsk"), entity("Belarus")],
                equipment=[entity("S-400", refs=("p2",))],
                figures=[{"value": 9000, "qualifier": "up to", "counts": "Russian soldiers",
                          "subject": "Russian troops in Belarus", "claimed_by": "Valery Revenka",
                          "text": "up to 9,000 Russian soldiers", "ref": "p1"}],
            ),
            source(
                "early",
                "2022-10-11",
                ["Valery Revenko, a colonel, said fewer than 9,000 Russian troops would come to Belarus."],
                people=[entity("Valery Revenko", "colonel", ("p1",))],
                organisations=[entity("Belarusian Ministry of Defense"), entity("Ukrainian military")],
                places=[entity("Belarus")],
                figures=[{"value": 9000, "qualifier": "fewer than", "counts": "Russian troops",
                          "subject": "Russian troops deployed to Belarus", "claimed_by": "Valery Revenko",
                          "text": "fewer than 9,000 Russian troops", "ref": "p1"}],
            ),
        ]
    )  # fmt: skip


def test_a_profile_gives_kind_roles_over_time_first_and_last_seen_and_the_sentences_naming_it():
    c = corpus()
    profiles = Profiles(c, "Belarus–Russia joint military grouping")
    person = next(e for e in c.entities["people"] if "Valery Revenka" in e.spellings)
    profile = profiles.of(person)
    assert profile.kind == "person"
    assert [(role, b.id) for role, b in profile.roles] == [
        ("colonel", "early"),
        ("head of international military cooperation", "late"),
    ]
    assert profile.first_seen.id == "early" and profile.last_seen.id == "late"
    # the sentence of its paragraph that names it, not the paragraph's others
    assert [(c.briefing.id, c.ref, c.text) for c in profile.contexts] == [
        ("late", "p1", "Colonel Valery Revenka said up to 9,000 Russian soldiers would come."),
        ("early", "p1", c.by_id["early"].body[0].text),
    ]
    kinds = {e.name: profiles.kind(e) for kind in ("organisations", "places") for e in c.entities[kind]}
    assert kinds["Belarusian Ministry of Defense"] == "ministry or department"
    assert kinds["Regional Grouping of Forces"] == "military unit or command"
    assert kinds["Belarus"] == "country" and kinds["Minsk"] == "city or town"


def test_an_equipment_profile_says_what_the_item_is_in_the_sources_words():
    c = corpus()
    s400 = c.entities["equipment"][0]
    profile = Profiles(c).of(s400)
    assert [(text, ctx.ref) for text, ctx in profile.descriptions] == [
        ("long-range anti-aircraft missile systems", "p2")
    ]
    page = Renderer(None, "Topic").pages(c)["equipment/s-400.md"]
    assert "## What it is" in page and "long-range anti-aircraft missile systems" in page


def test_the_network_links_and_titles_each_entity_named_with_it_and_escapes_names():
    c = corpus()
    ministry = next(e for e in c.entities["organisations"] if e.name == "Belarusian Ministry of Defense")
    profile = Profiles(c).of(ministry)
    # Belarus and Revenko's person are in both of its sources, Minsk in one
    assert {(e.name, n) for e, n in profile.neighbours[:2]} == {("Belarus", 2), ("Valery Revenka", 2)}
    svg = network_svg(profile, Links("people/x.md"))
    assert svg.count("<a href=") == len(profile.neighbours)
    assert '<a href="../../places/belarus/"><title>Belarus (place): named with it in 2 sources</title>' in svg
    ministry.name = "<script>x</script>"
    assert "<script>" not in network_svg(Profiles(c).of(ministry), Links("people/x.md"))


def test_the_site_subject_is_the_hub_and_its_page_links_every_cross_source_page():
    c = corpus()
    hub = hub_of(c, "Belarus–Russia joint military grouping")
    assert hub is not None and hub.name == "Regional Grouping of Forces"  # not "Ukrainian military"
    assert hub_of(c, "Weather in Patagonia") is None
    pages = Renderer(None, "Belarus–Russia joint military grouping").pages(c)
    assert "The subject of this site" in pages["organisations/regional-grouping-of-forces.md"]
    assert "The subject of this site" not in pages["organisations/belarusian-ministry-of-defense.md"]
    assert "(organisations/regional-grouping-of-forces.md) — the subject of this site" in pages["index.md"]


def test_the_hub_is_the_entity_the_settings_name_by_any_of_its_spellings(tmp_path):
    c = corpus()
    # a person, whom the topic's words would never pick, named as one source spells him
    pages = Renderer(None, "Belarus–Russia joint military grouping", hub="Valery Revenko").pages(c)
    assert "The subject of this site" in pages["people/valery-revenka.md"]
    assert "The subject of this site" not in pages["organisations/regional-grouping-of-forces.md"]
    assert "(people/valery-revenka.md) — the subject of this site" in pages["index.md"]
    # a name no briefing holds gives no hub, and the maintainer is told so
    pages = Renderer(None, "Belarus–Russia joint military grouping", hub="Union State").pages(c)
    assert not any("The subject of this site" in page for page in pages.values())
    assert "the subject of this site" not in pages["index.md"]
    settings = Settings(root=tmp_path, hub="Union State")
    assert any(w.startswith("hub: no briefing names 'Union State'") for w in merge_warnings(c, settings))
    found = Settings(root=tmp_path, hub="valery revenka")
    assert not any(w.startswith("hub:") for w in merge_warnings(c, found))


def test_without_the_setting_the_hub_is_never_a_piece_of_a_headline():
    # a question headline repeated in the text, read by the model as an organisation in three
    # sources: its words are the topic's, rarer than the real grouping's, and it is named more
    headline = "Explainer: Is the Belarus-Russia Joint Military Group a Threat to Kyiv?"
    fragment = "Is the Belarus-Russia Joint Military Group"
    sources = [
        source(
            f"s{i}",
            f"2022-10-1{i}",
            [headline, "The Regional Grouping of Forces will hold exercises near Brest."],
            organisations=[entity(fragment, mentions=2), entity("Regional Grouping of Forces")],
        )
        for i in range(3)
    ]
    hub = hub_of(Corpus(sources), "Belarus–Russia joint military group")
    assert hub is not None and hub.name == "Regional Grouping of Forces"
    # named in a statement, the same words are a name
    sources[0].body[1].text = f"{fragment} held exercises, the ministry said."
    assert hub_of(Corpus(sources), "Belarus–Russia joint military group").name == fragment


def test_an_entity_page_shows_its_profile():
    page = without_entities(Renderer(None, "Topic").pages(corpus())["people/valery-revenka.md"])
    assert "**Person** · named in 2 sources, 3 times · first seen 2022-10-11" in page
    assert "last seen 2022-11-03" in page
    roles = page[page.index("## Roles over time") :]
    assert roles.index("<td>colonel</td>") < roles.index("<td>head of international military cooperation")
    named = page[page.index("## Where the sources name") :]
    assert 'href="../../briefings/early/#p1" title="Source paragraph p1">¶</a>' in named
    assert re.search(r'<svg class="network".*</svg>', page)


def test_a_person_claiming_figures_under_two_spellings_is_shown_by_one_name():
    pages = Renderer(None, "Topic").pages(corpus())
    figures = pages["figures.md"]
    assert '<a href="../people/valery-revenka/">Valery Revenka</a>' in figures
    assert "Valery Revenko" not in figures  # neither in the table nor in the chart's labels


def test_a_subject_on_which_sources_agree_is_not_listed_where_they_disagree():
    c = corpus()
    assert c.disagreements() == [] and [g.key for g in c.agreements()] == ["troops of Russia in Belarus"]
    home = Renderer(None, "Topic").pages(c)["index.md"]
    assert "Where sources disagree" not in home and "(they agree)" not in home
    assert "## Where sources agree" in home and "troops of Russia in Belarus" in home


def test_an_organisations_kind_is_told_by_its_head_up_to_the_languages_head_ends(tmp_path):
    """organisations.yaml `kind_head_ends` ends a name's head: with "de", the head of "Fondation de
    l'armée" is "fondation", a research body, though "armée" names a kind listed before it."""
    fondation = source("f", "2022-11-01", ["La Fondation de l'armée a publié un rapport."],
                       organisations=[entity("Fondation de l'armée", refs=("p1",))])  # fmt: skip
    kinds = "kinds: {research body: [fondation], military unit or command: [armée]}\n"
    found = []
    for project, words in (("heads", kinds + "kind_head_ends: [de]\n"), ("kinds", kinds)):
        (tmp_path / project / "en").mkdir(parents=True)
        (tmp_path / project / "en" / "organisations.yaml").write_text(words, encoding="utf-8")
        c = Corpus([fondation], lexicon=load_lexicon(str(tmp_path / project)))
        found.append(Profiles(c).kind(c.entities["organisations"][0]))
    # without the head end, the whole name is the head and the first kind listed wins
    assert found == ["research body", "military unit or command"]
