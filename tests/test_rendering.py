"""Rendering briefings to Markdown: source text is data and can never become markup."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
import yaml

from generator.corpus import Corpus
from generator.errors import UserError
from generator.rendering import Renderer
from generator.schema import Briefing
from tests.renderkit import without_entities
from tests.sitekit import ROOT


def make_briefing(**changes: Any) -> Briefing:
    data: dict[str, Any] = {
        "id": "sample-briefing",
        "source": {"file": "seeds/000_x.txt", "sha256": "a" * 64, "words": 12},
        "title": "Belarus moves troops",
        "published": "2022-10-11",
        "outlet": "The Moscow Times",
        "url": "https://www.themoscowtimes.com/2022/10/11/a79059",
        "summary": [{"ref": "p1", "text": "Troops moved to the border."}],
        "key_points": [],
        "people": [],
        "organisations": [],
        "places": [],
        "quotes": [],
        "figures": [],
        "events": [],
        "body": [{"id": "p1", "text": "Troops moved to the border."}],
    }
    data.update(changes)
    return Briefing.model_validate(data)


# --- pages -------------------------------------------------------------------------------------


def test_the_places_page_and_a_briefing_with_places_show_them_on_a_map_linked_to_their_pages():
    places = [{"name": "Minsk", "mentions": 4}, {"name": "Kiev", "mentions": 1}, {"name": "Zorgland"}]
    corpus = Corpus([make_briefing(places=places), make_briefing(id="no-places", title="Elsewhere")])
    pages = Renderer(None, "Topic").pages(corpus)
    marker = r'<a href="{}(\w+)/"><title>(\w+): '
    # raw HTML: the links are the built site's addresses, relative to where each page is served
    # (places/ for places/index.md, briefings/x/ for a briefing), as MkDocs writes a Markdown link
    assert re.findall(marker.format(""), pages["places/index.md"]) == [
        ("minsk", "Minsk"),
        ("kyiv", "Kyiv"),
    ]
    briefing = pages["briefings/sample-briefing.md"]
    assert re.findall(marker.format(r"\.\./\.\./places/"), briefing) == [("minsk", "Minsk"), ("kyiv", "Kyiv")]
    assert "Not on the map: Zorgland." in briefing
    assert "place-map" not in pages["briefings/no-places.md"]


def test_pages_are_home_sources_and_one_per_briefing():
    first = make_briefing()
    second = make_briefing(id="second-one", title="Second", published="2022-10-12")
    pages = Renderer(None, "Topic").pages(Corpus([first, second]))
    cross_source = {
        "index.md",
        "sources.md",
        "timeline.md",
        "figures.md",
        "quotes.md",
        "assessments.md",
        "tags.md",
    }
    indexes = {f"{kind}/index.md" for kind in ("people", "organisations", "places", "equipment")}
    briefings = {"briefings/sample-briefing.md", "briefings/second-one.md"}
    entities = {p for p in pages if p.split("/")[0] in {"people", "organisations", "places", "equipment"}}
    data = {"feed.xml", "feed.json"} | {
        f"data/{name}"
        for name in ("briefings.jsonl", "entities.csv", "quotes.csv", "figures.csv", "events.csv")
    }
    assert set(pages) == cross_source | indexes | briefings | entities | data
    assert "# Belarus moves troops" in pages["briefings/sample-briefing.md"]
    assert 'href="../briefings/sample-briefing/"' in pages["sources.md"]
    assert "](briefings/second-one.md)" in pages["index.md"]


def test_a_year_of_more_than_200_sources_goes_on_over_pages_every_source_kept():
    """Regression: past 200 sources the list was split by month, but a month of 201 or more was one
    page, although the README says a list longer than 200 rows goes on over pages of 200. The list is
    split by year now (issue 17: a page per month cost a page each for a few rows), the same way."""
    october = [
        make_briefing(id=f"talks-{n}", title=f"Talks {n}", published=f"2022-10-{n % 28 + 1:02d}")
        for n in range(205)
    ]
    later = make_briefing(id="later", title="Later", published="2023-11-02")
    pages = Renderer(None, "Topic").pages(Corpus([*october, later]))
    first, second = pages["sources/2022.md"], pages["sources/2022/2.md"]
    assert "sources/2022/3.md" not in pages and "sources/2023/2.md" not in pages
    linked = re.findall(r'href="((?:\.\./)+)briefings/(talks-\d+)/"', first + second)
    assert sorted(name for _, name in linked) == sorted(b.id for b in october)  # each once
    assert {root for root, _ in linked[:200]} == {"../../"} and {root for root, _ in linked[200:]} == {
        "../../../"
    }
    assert "205 sources, newest first" in first and "205 sources, newest first" in second
    assert "Pages: 1 · [2](2022/2.md)" in first and "Pages: [1](../2022.md) · 2" in second
    assert "Pages:" not in pages["sources/2023.md"]
    assert '<a href="2022/">2022</a>' in pages["sources.md"]
    assert not [p for p in pages if p.startswith("sources/2022-") and p.endswith(".md")]  # no month's page


def test_the_addresses_of_the_month_pages_send_the_reader_to_the_year_page_of_their_rows():
    """A bookmark of a month's page (sources/2022-10/, its second page sources/2022-10/2/) leads to the
    year's page that holds that month's first row there; a year alone or undated keeps its address."""
    october = [
        make_briefing(id=f"talks-{n:03d}", title=f"Talks {n}", published=f"2022-10-{n % 28 + 1:02d}")
        for n in range(205)
    ]
    december = [make_briefing(id=f"dec-{n}", title=f"Dec {n}", published="2022-12-01") for n in range(3)]
    pages = Renderer(None, "Topic").pages(Corpus([*october, *december]))
    moved = {path: text for path, text in pages.items() if path.endswith(".html")}
    assert sorted(moved) == [
        "sources/2022-10/2/index.html",  # October's rows 201-205: the year's rows 204-208, on its page 2
        "sources/2022-10/index.html",  # October's first row is the year's 4th (December is newer)
        "sources/2022-12/index.html",
    ]
    assert 'content="0; url=../2022/#2022-10"' in moved["sources/2022-10/index.html"]
    assert 'content="0; url=../../2022/2/#2022-10"' in moved["sources/2022-10/2/index.html"]
    assert 'href="../2022/#2022-12">Sources, 2022</a>' in moved["sources/2022-12/index.html"]
    html_pages = Renderer(None, "Topic", directory_urls=False).pages(Corpus([*october, *december]))
    assert 'content="0; url=2022.html#2022-10"' in html_pages["sources/2022-10.html"]


def test_a_month_address_lands_on_the_first_row_of_that_month_not_the_top_of_its_year():
    """A bookmark of timeline/2022-10/ (or sources/2022-10/) opens the year's page scrolled to the
    month's first row: the page of a year opens with a chart and holds up to 200 rows of other
    months, which the reader had to scroll through to find the month they asked for."""
    days = [f"2022-{month:02d}-{day:02d}" for month in range(5, 13) for day in range(1, 29)]
    briefings = [
        make_briefing(id=f"b-{day}", title=f"B {day}", published=day,
                      events=[{"date": day, "text": f"Event of {day}.", "ref": "p1"}])
        for day in days
    ]  # fmt: skip
    pages = Renderer(None, "Topic").pages(Corpus(briefings))
    # the timeline: 224 events of 2022, oldest first, 28 a month; October's first is the 141st
    assert 'content="0; url=../2022/#2022-10"' in pages["timeline/2022-10/index.html"]
    rows = re.findall(r"<tr( id=\"[^\"]*\")?>\n<td>(\d{4}-\d\d)", pages["timeline/2022.md"])
    assert len(rows) == 200
    assert [month for anchor, month in rows if anchor] == [f"2022-{m:02d}" for m in range(5, 13)]
    assert {anchor for anchor, month in rows if anchor} == {f' id="2022-{m:02d}"' for m in range(5, 13)}
    # December's rows go on over the next page, which opens on its id too
    assert pages["timeline/2022/2.md"].count("<tr id=") == 1
    assert '<tr id="2022-12">\n<td>2022-12-05' in pages["timeline/2022/2.md"]
    # the sources, newest first: September's first (its 28th) is the year's 85th
    assert 'content="0; url=../2022/#2022-09"' in pages["sources/2022-09/index.html"]
    assert '<tr id="2022-09">\n<td>2022-09-28' in pages["sources/2022.md"]


def _a_full_year_and_a_few_later(day_of) -> Corpus:
    """230 sources of 2021, each with one event on the day `day_of(n)` gives, and 3 of 2022: more
    than a page of rows in 2021, a few in the latest year."""
    earlier = [
        make_briefing(id=f"e{n}", title=f"E {n}", published=day_of(n),
                      events=[{"date": day_of(n), "text": f"Event {n}.", "ref": "p1"}])
        for n in range(230)
    ]  # fmt: skip
    later = [
        make_briefing(id=f"l{n}", title=f"L {n}", published="2022-01-05",
                      events=[{"date": "2022-01-05", "text": f"Later event {n}.", "ref": "p1"}])
        for n in range(3)
    ]  # fmt: skip
    return Corpus([*earlier, *later])


def test_a_year_page_links_the_other_years():
    """From the page of one year a reader goes to another: it linked none (back to the index first,
    which the navigation does not show on a year's page)."""
    pages = Renderer(None, "Topic").pages(_a_full_year_and_a_few_later(lambda n: f"2021-{n % 12 + 1:02d}-10"))
    assert "Years: [2022](../timeline/2022.md) · 2021\n\n" in pages["timeline/2021.md"]
    assert "Years: [2022](../../timeline/2022.md) · 2021\n\n" in pages["timeline/2021/2.md"]
    assert "Years: 2022 · [2021](../timeline/2021.md)\n\n" in pages["timeline/2022.md"]
    assert "Years: 2022 · [2021](../sources/2021.md)\n\n" in pages["sources/2022.md"]
    assert "Years: [2022](../../sources/2022.md) · 2021\n\n" in pages["sources/2021/2.md"]


def test_the_timeline_lists_the_latest_events_of_any_year_not_the_latest_years_alone():
    """At 1,000 synthetic sources the timeline's page showed 16 rows (the latest year's) under
    "9303 dated events": the latest 200 events are shown whatever their year."""
    corpus = _a_full_year_and_a_few_later(lambda n: "2021-06-10")
    timeline = Renderer(None, "Topic").pages(corpus)["timeline.md"]
    assert "Events by year (below, the latest 200): [2022](timeline/2022.md) (3)" in timeline
    assert timeline.count("<td>Later event") == 3 and timeline.count("<td>Event ") == 197


def test_empty_corpus_still_renders_home_and_sources():
    pages = Renderer(None, "Topic").pages(Corpus([]))
    assert {"index.md", "sources.md", "timeline.md", "people/index.md"} <= set(pages)
    assert not any(p.startswith("briefings/") for p in pages)
    assert "No briefings yet" in pages["index.md"]


def test_unsafe_source_address_is_shown_as_text_not_linked():
    page = Renderer(None, "Topic").pages(Corpus([make_briefing(url="javascript:alert(1)")]))
    text = page["briefings/sample-briefing.md"]
    assert 'href="javascript' not in text and "javascript:" not in text
    assert "javascript&#58;alert&#40;1&#41;" in text


EVIL = "{{ 7*7 }} <img src=x onerror=alert(1)> [link](http://evil.example)"


def evil_briefing() -> Briefing:
    return make_briefing(
        id="evil-one",
        title=f"Title {EVIL}",
        outlet=f"Outlet {EVIL}",
        authors=[f"Author {EVIL}"],
        summary=[{"ref": "p1", "text": f"Summary {EVIL}"}],
        key_points=[{"ref": "p1", "text": f"- Key {EVIL}"}],
        people=[{"name": f"Person {EVIL}", "aliases": ["| x |"], "role": f"Role {EVIL}"}],
        quotes=[{"ref": "p1", "text": f"Quote {EVIL}", "speaker": f"Speaker {EVIL}"}],
        events=[{"ref": "p1", "date": "2022-10", "text": f"Event {EVIL}"}],
        body=[{"id": "p1", "text": f"Body {EVIL}"}, {"id": "p2", "text": "# Heading\n\n- item"}],
    )


def split_front_matter(page: str) -> tuple[str, str]:
    assert page.startswith("---\n")
    front, body = page[4:].split("\n---\n", 1)
    return front, body


@pytest.fixture(scope="module")
def evil_pages() -> dict[str, str]:
    return Renderer(None, f"Topic {EVIL}").pages(Corpus([evil_briefing()]))


@pytest.mark.parametrize("name", ["index.md", "sources.md", "briefings/evil-one.md"])
def test_hostile_text_never_becomes_markup_in_the_page_body(evil_pages, name):
    _, body = split_front_matter(evil_pages[name])
    bare = without_entities(body)
    assert "<img" not in body
    assert "](http" not in body
    assert "{{" not in bare and "7*7" not in bare
    assert "49" not in bare  # the template did not evaluate the text
    # the text is still there for the reader, in escaped form
    assert "{{ 7*7 }} <img src=x onerror=alert(1)> [link](http://evil.example)" in html.unescape(body)


def test_hostile_source_paragraphs_do_not_become_headings_or_lists(evil_pages):
    _, body = split_front_matter(evil_pages["briefings/evil-one.md"])
    lines = body.splitlines()
    assert "# Heading - item" not in lines
    # a paragraph of its own, its mark an entity: neither Markdown nor the HTML block makes it a heading
    assert re.search(r'^<p class="source-paragraph" id="p\d+">&#35; Heading - item</p>$', body, re.M)
    assert not any(line.startswith("- - ") for line in lines)


@pytest.mark.parametrize("name", ["index.md", "briefings/evil-one.md"])
def test_front_matter_title_is_valid_yaml_holding_the_exact_text(evil_pages, name):
    front, _ = split_front_matter(evil_pages[name])
    title = yaml.safe_load(front)["title"]
    assert html.unescape(title).endswith(EVIL)


@pytest.mark.parametrize("name", ["index.md", "briefings/evil-one.md"])
def test_hostile_text_never_becomes_html_anywhere_in_the_page(evil_pages, name):
    assert "<img" not in evil_pages[name]


# --- user templates ----------------------------------------------------------------------------


def test_project_template_overrides_the_bundled_one(tmp_path):
    (tmp_path / "briefing.md.j2").write_text("Custom: {{ b.title }}\n", encoding="utf-8")
    pages = Renderer(tmp_path, "Topic").pages(Corpus([make_briefing(title="A <b>title</b>")]))
    assert pages["briefings/sample-briefing.md"] == "Custom: A &lt;b&gt;title&lt;/b&gt;\n"
    assert pages["index.md"].startswith("---\n")  # the others still come from the bundled templates


def test_template_syntax_error_is_a_user_error_naming_template_and_line(tmp_path):
    (tmp_path / "briefing.md.j2").write_text(
        "# {{ b.title }}\n\n{% if %}\nx\n{% endif %}\n", encoding="utf-8"
    )
    with pytest.raises(UserError) as caught:
        Renderer(tmp_path, "Topic").pages(Corpus([make_briefing()]))
    message = str(caught.value)
    assert re.search(r"briefing\.md\.j2:3\b", message), message
    assert "sample-briefing" in message


def test_template_runtime_error_is_a_user_error_naming_template_and_line(tmp_path):
    (tmp_path / "briefing.md.j2").write_text("line one\n{{ b.no_such_field }}\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"briefing\.md\.j2:2\b.*no_such_field"):
        Renderer(tmp_path, "Topic").pages(Corpus([make_briefing()]))


def test_a_russian_briefings_sentences_and_quotes_are_marked_russian_for_screen_readers():
    import markdown

    russian = make_briefing(
        source={"file": "seeds/ru.txt", "sha256": "a" * 64, "language": "ru"},
        title="Лукашенко провел совещание",
        summary=[{"ref": "p1", "text": "Лукашенко провел совещание <b>в Минске</b>."}],
        quotes=[{"ref": "p1", "text": "Мы никому не угрожаем", "speaker": None}],
        events=[{"date": "2022-10-12", "text": "Учения пройдут в понедельник.", "ref": "p1"}],
        body=[{"id": "p1", "text": "Лукашенко провел совещание."}],
    )
    english = make_briefing(id="english")
    pages = Renderer(None, "Topic").pages(Corpus([russian, english]))
    page = markdown.markdown(
        pages["briefings/sample-briefing.md"],
        extensions=["admonition", "attr_list", "md_in_html", "tables", "toc"],
    )
    assert '<h1 id="' in page and '<span lang="ru">Лукашенко провел совещание</span></h1>' in page
    assert '<p><span lang="ru">Лукашенко провел совещание &lt;b&gt;в Минске&lt;/b&gt;.</span>' in page
    assert '“<span lang="ru">Мы никому не угрожаем</span>”' in page
    assert '<td><span lang="ru">Учения пройдут в понедельник.</span></td>' in page
    assert '<p class="source-paragraph" id="p1" lang="ru">Лукашенко провел совещание.</p>' in page
    assert "shown as it wrote them" in page and "not analysed" not in page
    # the site's own language needs no mark, and a language that is no code gives none
    assert "lang=" not in pages["briefings/english.md"]
    odd = russian.model_copy(
        update={"source": russian.source.model_copy(update={"language": 'ru" onclick="x'})}
    )
    assert "lang=" not in Renderer(None, "Topic").pages(Corpus([odd]))["briefings/sample-briefing.md"]


def page_html(markdown_text: str) -> str:
    """A generated page as MkDocs turns it into HTML (the site's Markdown extensions)."""
    import markdown

    body = split_front_matter(markdown_text)[1]
    return markdown.markdown(body, extensions=["admonition", "attr_list", "md_in_html", "tables", "toc"])


def test_each_cited_source_and_each_related_briefing_is_a_list_item_of_its_own():
    """Regression: two cited sources, or two related briefings, printed as one list item."""
    khrenin, volfovich = (
        {"name": "Viktor Khrenin", "mentions": 2},
        {"name": "Alexander Volfovich", "mentions": 1},
    )
    first = make_briefing(
        citations=[{"name": "Belta", "date": "2022-10-31"}, {"name": "Reuters", "date": None}],
        people=[khrenin, volfovich],
    )
    second = make_briefing(id="second-one", title="Second", published="2022-10-12", people=[khrenin])
    third = make_briefing(id="third-one", title="Third", published="2022-10-13", people=[volfovich])
    pages = Renderer(None, "Topic").pages(Corpus([first, second, third]))
    html_page = page_html(pages["briefings/sample-briefing.md"])
    cited = html_page.split('id="sources-it-cites"')[1].split("<h2")[0]
    assert re.findall(r"<li>(.*?)</li>", cited) == ["Belta, 2022-10-31", "Reuters"]
    related = html_page.split('id="related-briefings"')[1].split("<h2")[0]
    assert len(re.findall(r"<li>", related)) == 2


def test_every_paragraph_link_is_named_for_screen_readers():
    """Regression: the ¶ links had no accessible name; a screen reader read "pilcrow", 30 times a page."""
    briefing = make_briefing(key_points=[{"ref": "p1", "text": "Troops moved to the border."}])
    page = Renderer(None, "Topic").pages(Corpus([briefing]))["briefings/sample-briefing.md"]
    links = re.findall(r'<a class="para-link"[^>]*>', page_html(page))
    assert len(links) == 2
    assert all('aria-label="Source paragraph p1"' in link for link in links)


@pytest.mark.parametrize("per_source", [3, 30])
def test_home_page_figure_links_lead_to_a_page_and_heading_that_exist(per_source: int):
    """Regression: past 200 figures each group has a page of its own (figures/troops.md), but the
    home page still linked to its section of figures.md (figures.md#troops), which was no longer there."""
    briefings = [
        make_briefing(
            id=f"source-{n}",
            title=f"Source {n}",
            figures=[
                {
                    "value": 100 + i + n,
                    "unit": unit,
                    "counts": noun,
                    "subject": f"{noun} in Belarus",
                    "text": f"{100 + i} {noun}.",
                    "ref": "p1",
                }
                for i in range(per_source)
                for unit, noun in ((None, "troops"), ("km", "border"))
            ],
        )
        for n in range(8)
    ]
    pages = Renderer(None, "Topic").pages(Corpus(briefings))
    key_figures = page_html(pages["index.md"]).split('id="where-sources-disagree"')[1].split("<h2")[0]
    links = re.findall(r'href="([^"]+)"', key_figures)
    group_links = [link for link in links if link.startswith("figures")]
    assert len(group_links) >= 2
    for link in group_links:
        address, _, anchor = link.partition("#")
        assert address in pages, link
        if anchor:
            assert f'id="{anchor}"' in page_html(pages[address]), link


def test_templates_readme_lists_every_bundled_template():
    readme = (ROOT / "templates" / "README.md").read_text(encoding="utf-8")
    bundled = sorted(p.name for p in (ROOT / "generator" / "templates").glob("*.j2"))
    assert len(bundled) == 12
    assert [name for name in bundled if f"`{name}`" not in readme] == []


def test_an_entity_named_in_one_source_is_an_entry_on_its_letter_page_and_every_link_leads_there():
    """3,408 of 5,753 pages at 1,000 sources were organisations named once, each repeating its source."""
    people = [{"name": "Oleksii Hromov", "mentions": 1, "role": "general"}, {"name": "Viktor Khrenin"}]
    body = [{"id": "p1", "text": "General Oleksii Hromov said Viktor Khrenin inspected the troops."}]
    first = make_briefing(people=people, body=body, places=[{"name": "Minsk"}])
    second = make_briefing(
        id="second", title="Second", people=[{"name": "Viktor Khrenin"}], places=[{"name": "Minsk"}]
    )
    pages = Renderer(None, "Topic").pages(Corpus([first, second], own_page_sources=2))
    assert "people/oleksii-hromov.md" not in pages and "people/viktor-khrenin.md" in pages
    entry = pages["people/one-source/o.md"]
    assert "## Oleksii Hromov { #oleksii-hromov }" in entry
    assert "General Oleksii Hromov said Viktor Khrenin inspected the troops." in without_entities(entry)
    assert 'href="../../../briefings/sample-briefing/#p1"' in entry  # the sentence's paragraph
    assert 'href="one-source/o/#oleksii-hromov"' in pages["people/index.md"]
    assert 'href="../../people/one-source/o/#oleksii-hromov"' in pages["briefings/sample-briefing.md"]
    assert "people/one-source/o/#oleksii-hromov" in pages["data/entities.csv"]
    # a name that a second source gives keeps its page, and so does every name of a site that wants them
    assert 'href="../../people/viktor-khrenin/"' in pages["briefings/sample-briefing.md"]
    every = Renderer(None, "Topic").pages(Corpus([first, second]))
    assert "people/oleksii-hromov.md" in every and not any("one-source" in page for page in every)


@pytest.mark.parametrize(
    ("directory_urls", "person"),
    [(True, "../../people/oleksii-hromov/"), (False, "../people/oleksii-hromov.html")],
)
def test_a_briefings_tables_and_quotes_are_html_linking_to_the_built_pages(directory_urls: bool, person: str):
    """Markdown would only escape again what is escaped, and took most of a large site's build; MkDocs
    rewrites no link in an HTML block, so the page holds the address the built site gives it."""
    people = [{"name": "Oleksii Hromov", "role": "General", "mentions": 2}]
    quotes = [{"text": "We are ready", "speaker": "Oleksii Hromov", "ref": "p1"}]
    corpus = Corpus([make_briefing(people=people, quotes=quotes)])
    renderer = Renderer(None, "Topic", directory_urls=directory_urls)
    page = renderer.pages(corpus)["briefings/sample-briefing.md"]
    assert f'<td><a href="{person}">Oleksii Hromov</a></td>' in page
    assert f'— <strong><a href="{person}">Oleksii Hromov</a></strong> <a class="para-link" href="#p1"' in page
    assert "| Name |" not in page


def test_a_template_override_writes_each_link_in_markdown_or_in_html_with_one_helper(tmp_path):
    """A project's template gets a link helper's raw-HTML form (inside a table of its own) from the
    helper it knows, with form="html": the same link as the *_a name the bundled templates call."""
    people = [{"name": "Viktor Khrenin", "mentions": 1}]
    figures = [{"value": 9000, "text": "9,000 troops", "claimed_by": "Viktor Khrenin", "ref": "p1"}]
    lines = [
        '{{ briefing_link(b, "../", "p1", "here") }}',
        '{{ briefing_link(b, "", "p1", "here", form="html") }}|{{ briefing_a(b, "p1", "here") }}',
        '{{ para_in(b, "p1", "../") }}',
        '{{ para_in(b, "p1", form="html") }}|{{ para_a(b, "p1") }}',
        '{{ entity_link(corpus, b, "people", "Viktor Khrenin", "../", "html") }}|'
        '{{ entity_a(corpus, b, "people", "Viktor Khrenin") }}',
        '{{ claimant(corpus, b, "Viktor Khrenin", form="html") }}|'
        '{{ claimant_a(corpus, b, "Viktor Khrenin") }}',
    ]
    (tmp_path / "briefing.md.j2").write_text("\n".join(lines) + "\n", encoding="utf-8")
    briefing = make_briefing(people=people, figures=figures)
    page = Renderer(tmp_path, "Topic").pages(Corpus([briefing]))["briefings/sample-briefing.md"]
    markdown, html_link, para_md, para_html, entity, claimed = page.splitlines()
    assert markdown == "[here](../briefings/sample-briefing.md#p1)"
    assert para_md.startswith("[¶](../briefings/sample-briefing.md#p1){: .para-link ")
    for both in (html_link, para_html, entity, claimed):
        made, named = both.split("|")
        assert made == named and made.startswith("<a ") and ".md" not in made, both
    assert entity.split("|")[0].endswith(">Viktor Khrenin</a>")
