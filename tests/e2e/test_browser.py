"""The built site in a real browser: headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.schema import ENTITY_KINDS
from tests.sitekit import (
    ROOT,
    briefing_id_for,
    copy_project,
    made_once,
    read_yaml,
    run_cli,
    run_mkdocs,
    samples_site,
    serve,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return samples_site(tmp_path_factory)  # shared with the hostile suites' clean site


def surname_in_one_source() -> tuple[str, str]:
    """A surname that only one source's briefing mentions, and that briefing's id."""
    owners: dict[str, set[str]] = {}
    for path in (ROOT / "briefings").glob("*.yaml"):
        data = read_yaml(path.read_text())
        for person in data["people"]:
            owners.setdefault(person["name"].split()[-1], set()).add(data["id"])
    body = {p.stem: p.read_text() for p in (ROOT / "briefings").glob("*.yaml")}
    for surname, ids in sorted(owners.items()):
        mentioned_in = {i for i, text in body.items() if surname in text}
        if len(ids) == 1 and mentioned_in == ids and len(surname) > 4:
            return surname, next(iter(ids))
    raise AssertionError("no surname appears in only one source")


def search_results(page, wanted: str) -> list[str]:
    """The addresses of the search results, once they hold `wanted` (or after 10 s).

    Material re-renders the list while the search settles: it is read whole each time, never
    item by item (an item read by its index may be gone by then).
    """
    page.locator(".md-search-result__item a").first.wait_for(timeout=15000)
    hrefs: list[str] = []
    for _ in range(50):
        hrefs = page.eval_on_selector_all(
            ".md-search-result__item a", "links => links.map(a => a.getAttribute('href') || '')"
        )
        if any(wanted in href for href in hrefs):
            break
        page.wait_for_timeout(200)
    return hrefs


def test_search_for_a_surname_finds_its_briefing(site: Path, browser):
    surname, briefing_id = surname_in_one_source()
    requests: list[str] = []
    with serve(site) as base:
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        # type as a reader does: Material searches on key events, once its index is loaded
        page.wait_for_function("() => document.querySelector('.md-search__input') !== null")
        page.locator("input.md-search__input").press_sequentially(surname, delay=60)
        results = page.locator(".md-search-result__item a")
        hrefs = search_results(page, f"briefings/{briefing_id}/")
        assert any(f"briefings/{briefing_id}/" in href for href in hrefs), hrefs
        # following the first result for that briefing opens its page
        target = next(i for i, href in enumerate(hrefs) if f"briefings/{briefing_id}/" in href)
        results.nth(target).click()
        page.wait_for_url(f"**/briefings/{briefing_id}/**")
        assert surname in page.content()
        page.close()
    assert dialogs == []
    hosts = {urlsplit(url).hostname for url in requests if url.startswith("http")}
    assert hosts <= {"127.0.0.1"}, hosts


def test_paragraph_link_scrolls_to_the_source_paragraph(site: Path, browser):
    briefing_id = briefing_id_for("000_30e5afe8c0a471e7.txt")
    with serve(site) as base:
        page = browser.new_page()
        page.goto(f"{base}/briefings/{briefing_id}/")
        link = page.locator("a.para-link").first
        anchor = link.get_attribute("href")
        assert anchor and anchor.startswith("#p")
        link.click()
        target = page.locator(f"[id='{anchor[1:]}']")
        assert target.count() == 1
        assert target.is_visible()
        page.close()


def test_home_page_leads_to_an_entity_page_with_its_quotes(site: Path, browser):
    with serve(site) as base:
        page = browser.new_page()
        page.goto(base + "/")
        page.locator("article a", has_text="People").first.click()
        page.wait_for_url("**/people/")
        # the person named by the most sources comes first in the index
        page.locator("article table a").first.click()
        page.wait_for_url("**/people/*/")
        heading = page.locator("article h1").inner_text()
        quotes = page.locator("article blockquote")
        assert quotes.count() >= 1, f"no quote on the page of {heading}"
        assert "“" in quotes.first.inner_text()
        # each quote links back to its source paragraph
        link = quotes.first.locator("a").first
        assert "#p" in (link.get_attribute("href") or "")
        page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_charts_fit_the_screen_in_both_palettes(site: Path, browser, width: int):
    with serve(site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(base + "/figures/")
            chart = page.locator("svg.figure-chart").first
            box = chart.bounding_box()
            assert box is not None and box["width"] <= width
            bar_colour = chart.locator("rect.chart-bar").first.evaluate("e => getComputedStyle(e).fill")
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            assert bar_colour != background
        page.close()


def test_built_in_search_finds_a_page_by_another_spelling_of_a_name(site: Path, browser):
    explainer = briefing_id_for("000_30e5afe8c0a471e7.txt")  # writes "Lukashenko" only
    assert "Lukashenka" not in (ROOT / "seeds" / "000_30e5afe8c0a471e7.txt").read_text()
    with serve(site) as base:
        page = browser.new_page()
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("Lukashenka", delay=60)
        hrefs = search_results(page, f"briefings/{explainer}/")
        page.close()
    assert any(f"briefings/{explainer}/" in href for href in hrefs), hrefs


def test_figure_bars_and_their_key_tell_the_kinds_apart_in_both_palettes(site: Path, browser):
    """Regression: in dark mode every bar was one colour and a ceiling's dashed outline was filled, so
    the key ("an accent-coloured bar is a floor") said what the bars did not."""

    def paint(locator) -> tuple[str, str]:
        return locator.first.evaluate("e => [getComputedStyle(e).fill, getComputedStyle(e).strokeDasharray]")

    with serve(site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(base + "/figures/")
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            chart, key = page.locator("svg.figure-chart"), page.locator(".chart-legend svg.chart-key")
            plain = paint(chart.locator("rect.chart-bar:not(.chart-upto):not(.chart-more)"))
            ceiling = paint(chart.locator("rect.chart-upto"))
            floor = paint(chart.locator("rect.chart-more"))
            assert ceiling[0] == "none" and ceiling[1] not in ("none", ""), scheme
            assert len({plain[0], floor[0], background}) == 3, (scheme, plain, floor, background)
            # the key is painted as the bars it names
            assert [paint(key.nth(i).locator("rect")) for i in range(3)] == [plain, ceiling, floor], scheme
        page.close()


def test_search_shows_the_sentence_that_holds_a_surname_not_a_flattened_table(site: Path, browser):
    """Regression: the results showed tables and chart labels run into one line ("Name Sources Mentions
    Also written Alexander Lukashenko 5 41 ...") rather than the sentence that matched."""
    surname, briefing_id = surname_in_one_source()
    body = read_yaml((ROOT / "briefings" / f"{briefing_id}.yaml").read_text())["body"]
    holding = [" ".join(p["text"].split()) for p in body if surname in p["text"]]
    with serve(site) as base:
        page = browser.new_page()
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially(surname, delay=60)
        search_results(page, f"briefings/{briefing_id}/")
        shown = [
            " ".join(text.split()) for text in page.locator(".md-search-result__article").all_inner_texts()
        ]
        page.close()
    assert any(paragraph in text for text in shown for paragraph in holding), shown
    headers = [
        "Name Sources Mentions",
        "Date What the source says",
        "Figure Counts Claimed by",
        "Name Kind Sources",
    ]
    assert not [text for text in shown if any(header in text for header in headers)], shown
    assert not [text for text in shown if " — unattributed, " in text or "Nov 2021Dec" in text], shown


def test_every_kind_of_page_links_its_feeds_which_parse_and_list_every_briefing(site: Path, browser):
    briefings = [read_yaml(p.read_text()) for p in sorted((ROOT / "briefings").glob("*.yaml"))]
    ids = {b["id"] for b in briefings}
    pages = ["/", f"/briefings/{sorted(ids)[0]}/", "/people/", "/figures/", "/timeline/", "/about/"]
    with serve(site) as base:
        page = browser.new_page()
        for address in pages:
            page.goto(base + address)
            feeds = page.eval_on_selector_all(
                "head link[rel=alternate]", "links => links.map(l => [l.type, l.href])"
            )
            assert dict(feeds).keys() == {"application/atom+xml", "application/feed+json"}, address
            atom, json_feed = dict(feeds)["application/atom+xml"], dict(feeds)["application/feed+json"]
            assert atom == base + "/feed.xml" and json_feed == base + "/feed.json", address
        # the browser's own parsers read them
        entries = page.evaluate(
            """async url => {
                const text = await (await fetch(url)).text();
                const xml = new DOMParser().parseFromString(text, "application/xml");
                if (xml.querySelector("parsererror")) return null;
                const links = xml.querySelectorAll("entry > link[rel=alternate]");
                return [...links].map(l => l.getAttribute("href"));
            }""",
            base + "/feed.xml",
        )
        items = page.evaluate(
            "async url => (await (await fetch(url)).json()).items.map(i => i.url)", base + "/feed.json"
        )
        page.close()
    assert entries is not None, "feed.xml does not parse"
    assert sorted(entries) == sorted(items) == sorted(f"briefings/{i}/" for i in ids)


def test_the_data_files_hold_the_samples_quotes_figures_events_and_entities(site: Path):
    import csv
    import io
    import json
    import urllib.request

    briefings = [read_yaml(p.read_text()) for p in sorted((ROOT / "briefings").glob("*.yaml"))]
    with serve(site) as base:

        def table(name: str) -> list[dict[str, str]]:
            with urllib.request.urlopen(f"{base}/data/{name}.csv") as response:
                return list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))

        quotes, figures, events, entities = (table(n) for n in ("quotes", "figures", "events", "entities"))
        with urllib.request.urlopen(f"{base}/data/briefings.jsonl") as response:
            lines = response.read().decode("utf-8").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(b["id"] for b in briefings)
    for rows, field in ((quotes, "quotes"), (figures, "figures"), (events, "events")):
        expected = sorted((b["id"], item["text"]) for b in briefings for item in b[field])
        assert sorted((r["source_id"], r["text"].removeprefix("'")) for r in rows) == expected, field
        assert all(r["paragraph"].startswith(f"briefings/{r['source_id']}/#p") for r in rows), field
    assert {"value", "low", "high", "unit", "subject", "claimant", "date"} <= figures[0].keys()
    named = sorted((b["id"], kind, e["name"]) for b in briefings for kind in ENTITY_KINDS for e in b[kind])
    assert sorted((r["source_id"], r["kind"], r["name"]) for r in entities) == named
    assert {"Minsk", "Kyiv"} <= {r["entity"] for r in entities if r["kind"] == "places"}


def pages_of_every_kind(site: Path) -> list[str]:
    """An address of each kind of page the site builds (a briefing: the one with the most tables)."""
    briefings = sorted(
        (p.parent for p in (site / "briefings").glob("*/index.html")),
        key=lambda folder: (-(folder / "index.html").read_text().count("<table"), folder.name),
    )
    kinds = ["people", "organisations", "places", "equipment"]
    entities = [next(p.parent for p in sorted((site / kind).glob("*/index.html"))) for kind in kinds]
    addresses = ["", "sources", "timeline", "figures", "quotes", "assessments", "tags", "about", *kinds]
    folders = [site / a for a in addresses] + [briefings[0]] + entities
    return [f"/{folder.relative_to(site).as_posix()}/".replace("//", "/") for folder in folders]


@pytest.mark.parametrize("width", [1280, 390])
def test_no_table_or_chart_is_wider_than_the_screen_on_any_kind_of_page(site: Path, browser, width: int):
    """Regression: on a phone the sources, figures and assessments tables were up to 580 px wide and the
    timeline 640 px, to be scrolled sideways (the timeline opened on its oldest months)."""
    too_wide: list[tuple[str, str, list[str]]] = []
    with serve(site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            for address in pages_of_every_kind(site):
                page.goto(base + address)
                wide = page.evaluate(
                    """() => [...document.querySelectorAll("article table, article svg")]
                        .map(e => [e, e.getBoundingClientRect()])
                        .filter(([e, r]) => r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5))
                        .map(([e, r]) => `${e.tagName}.${e.getAttribute("class")}: ${Math.round(r.width)} px`)
                        .concat(document.documentElement.scrollWidth > innerWidth ? ["the page"] : [])"""
                )
                if wide:
                    too_wide.append((scheme, address, wide))
        page.close()
    assert too_wide == []


def test_the_home_page_lists_a_subject_sources_agree_on_apart_and_leads_to_its_claims(site: Path, browser):
    """Issue 16: the key figures put two borders and a deployment beside an inventory; the home page
    lists the subjects two sources give figures for. The samples' one such subject, the Russian
    troops, is given as 9,000 by both: it was listed under "Where sources disagree" with "(they
    agree)", its claimant under two spellings (Revenka, Revenko); now it is where sources agree,
    and its claims are side by side under one name."""
    with serve(site) as base:
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + "/")
            article = page.locator("article").inner_text()
            assert "Where sources disagree" not in article and "they agree" not in article
            agree = page.locator("h2#where-sources-agree + p")
            assert "km" not in agree.inner_text() and "tanks" not in agree.inner_text()
            agree.locator("a", has_text="troops of Russia").click()
            page.wait_for_url("**/figures/#troops-of-russia")
            heading = page.locator("h2#troops-of-russia")
            # the subject's table: one row per claim, each with its claimant, source and date
            table = page.locator("h2#troops-of-russia ~ div.data-table table").first
            rows = table.locator("tbody tr")
            assert rows.count() == 2
            texts = [rows.nth(i).inner_text() for i in range(2)]
            assert any("Oilprice.com" in t and "Valery Revenka" in t for t in texts), texts
            assert any("Valery Revenka" in t and "Russian contingent" in t for t in texts), texts
            assert "Revenko" not in table.inner_text()
            # and its chart, a bar for each, within the screen
            chart = page.locator("h2#troops-of-russia ~ div.chart-block svg").first
            assert chart.locator("rect.chart-bar").count() == 2
            box = chart.bounding_box()
            assert heading.is_visible() and box is not None and box["width"] <= width
            page.close()


def test_the_bottom_line_is_dated_and_each_statement_leads_to_the_paragraph_that_says_it(site: Path, browser):
    """Issue 16: the bottom line was the first sentence of the five latest sources, one garbled (a
    machine translation) and one from before the invasion; it is now what the newest sources say
    that others say too, as of the newest source's date, each statement traceable."""
    newest = max(
        (read_yaml(p.read_text()) for p in (ROOT / "briefings").glob("*.yaml")),
        key=lambda b: str(b["published"] or (b.get("published_estimate") or {}).get("after") or ""),
    )
    as_of = str(newest["published"] or newest["published_estimate"]["after"])
    with serve(site) as base:
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + "/")
            assert page.locator("p.as-of").inner_text().startswith(f"As of {as_of}")
            items = page.locator("h2#bottom-line ~ ul").first.locator(":scope > li")
            count = items.count()
            assert 1 <= count <= 5
            texts = [items.nth(i).inner_text() for i in range(count)]
            # neither the machine-translated source nor the one from January leads: each may only
            # be cited in support, after the source whose sentence the statement is
            statements = [t.split(" — ", 1)[0] for t in texts]
            leading = [t.split(" — ", 1)[1] for t in texts]
            assert not any("Belarus exercises and has tough statements" in t for t in statements), texts
            assert not any("self-proclaimed President" in t for t in texts), texts
            assert all("2022-01-26" not in t.split(" ¶")[0] for t in leading), texts
            # a statement two sources make is shown once, citing both
            assert any(items.nth(i).locator("a.para-link").count() >= 2 for i in range(count))
            statement = texts[0].split(" — ")[0]
            items.nth(0).locator("a.para-link").first.click()
            page.wait_for_url(re.compile(r".*/briefings/[^/]+/#p\d+$"))
            anchor = page.url.rsplit("#", 1)[1]
            paragraph = page.locator(f"[id='{anchor}']")
            assert paragraph.is_visible()
            assert statement[:60] in " ".join(paragraph.inner_text().split()), (statement, anchor)
            page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_an_entity_profile_shows_what_it_is_who_it_appears_with_and_the_subject_is_a_hub(
    site: Path, browser, width: int
):
    with serve(site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(base + "/people/valery-revenka/")
            article = page.locator("article")
            assert " ".join(article.inner_text().split()).startswith(
                "Valery Revenka Person · named in 2 sources"
            )
            roles = page.locator("h2#roles-over-time ~ div.data-table table").first.locator("tbody tr")
            assert roles.count() == 2
            assert page.locator("h2[id^='where-the-sources-name'] + ul a.para-link").count() >= 2
            drawing = page.locator("svg.network")
            titles = drawing.locator("a > title").all_text_contents()
            assert any(t.startswith("Alexander Lukashenko (person)") for t in titles), titles
            box = drawing.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            edge, node, text = (
                drawing.locator(css).first.evaluate(
                    "e => getComputedStyle(e).stroke + getComputedStyle(e).fill"
                )
                for css in ("line.network-edge", "circle.network-node", "text")
            )
            assert len({edge, node, text}) == 3, (scheme, edge, node, text)
        # a node leads to its entity's page
        page.locator("svg.network a", has=page.locator("title", has_text="Alexander Lukashenko")).click()
        page.wait_for_url("**/people/alexander-lukashenko/")
        # the subject of the site is a hub, linked from the home page
        page.goto(base + "/")
        page.locator("article a", has_text="Regional Grouping of Forces").first.click()
        page.wait_for_url("**/organisations/regional-grouping-of-forces/")
        hub = page.locator("article .admonition").filter(has_text="The subject of this site")
        assert hub.locator("a").count() >= 6
        page.goto(base + "/equipment/s-400/")
        assert (
            "long-range anti-aircraft missile systems" in page.locator("h2#what-it-is + p + ul").inner_text()
        )
        page.close()


def _with_events(text: str, events: str) -> str:
    return text.replace("\nevents:\n", "\nevents:\n" + events, 1)


@pytest.fixture(scope="module")
def retold_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples, with the explainer retelling the Oilprice article's October 31 event in its own
    spelling, and two events far from the rest (1995, 2030) that must not set the strip's period."""

    def build(root: Path) -> None:
        copy_project(root)
        path = root / "briefings" / "explainer-is-the-belarus-russia-joint-military-group-a.yaml"
        events = (
            "  - ref: p1\n    date: '2022-10-31'\n    text: On October 31, Belarusian President Alexander"
            " Lukashenko approved a draft agreement with Russia on the creation and operation of combat"
            " centers for the joint education of the Belarusian and Russian army.\n"
            "  - ref: p1\n    date: 1995-03\n    text: The two armies first trained together in March 1995.\n"
            "  - ref: p1\n    date: 2030-01\n    text: The grouping is to be whole by January 2030.\n"
        )
        path.write_text(_with_events(path.read_text(encoding="utf-8"), events), encoding="utf-8")
        result = run_mkdocs("build", "--strict", cwd=root)
        assert result.returncode == 0, result.stderr

    return made_once(tmp_path_factory, "retold-site", build) / "site"


def test_an_event_two_sources_tell_is_one_timeline_row_citing_both(retold_site: Path, browser):
    with serve(retold_site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/timeline/")
        rows = page.locator("article table tr", has_text="approved a draft agreement")
        assert rows.count() == 1
        links = rows.first.locator("a")
        hrefs = {links.nth(i).get_attribute("href") for i in range(links.count())}
        assert any("belarus-strengthens-military-ties-with-russia" in h for h in hrefs), hrefs
        assert any("explainer-is-the-belarus-russia-joint-military-group-a" in h for h in hrefs), hrefs
        page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_timeline_opens_on_the_period_of_its_events_on_a_phone_too(retold_site: Path, browser, width):
    with serve(retold_site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(base + "/timeline/")
        chart = next(c for c in page.locator("svg.timeline-chart").all() if c.is_visible())
        box = chart.bounding_box()
        assert box is not None and box["width"] <= width
        labels = [t for t in chart.locator("text").all_text_contents() if t]
        # the strip opens on the samples' months, not on 1995 or 2030
        assert labels[0].endswith("2021") or labels[0].endswith("2022"), labels
        assert not any("1995" in t or "2030" in t for t in labels), labels
        assert chart.locator(".chart-mark").count() >= 15
        note = page.locator("p.chart-note")
        assert note.is_visible() and "every event is listed below" in note.inner_text()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_map_marks_minsk_and_kyiv_fits_the_screen_and_reads_in_both_palettes(
    site: Path, browser, width: int
):
    with_both = next(
        data["id"]
        for data in (read_yaml(p.read_text()) for p in sorted((ROOT / "briefings").glob("*.yaml")))
        if {"Minsk", "Kyiv"} <= {place["name"] for place in data["places"]}
    )
    with serve(site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            for path in ("/places/", f"/briefings/{with_both}/"):
                page.goto(base + path)
                drawing = page.locator("svg.place-map")
                assert drawing.count() == 1, path
                titles = drawing.locator("a > title").all_text_contents()
                assert {t.split(":")[0] for t in titles} >= {"Minsk", "Kyiv"}, (path, titles)
                box = drawing.bounding_box()
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, (path, box)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, path
                sea, town, country, label = (
                    drawing.locator(css).first.evaluate("e => getComputedStyle(e).fill")
                    for css in (
                        "rect.map-sea",
                        "circle.map-mark:not(.map-country)",
                        "circle.map-country",
                        "text.map-label",
                    )
                )
                assert sea not in (town, country, label), (scheme, path, sea, town, country, label)
        # a marker leads to its place's page
        page.goto(base + "/places/")
        page.locator("svg.place-map a", has=page.locator("title", has_text="Kyiv:")).click()
        page.wait_for_url("**/places/kyiv/")
        page.close()


def pdf_string(raw: bytes) -> str:
    """A PDF string as text: a literal's `(...)` bytes, or UTF-16 hex `<FEFF...>`."""
    if raw.startswith(b"<"):
        return bytes.fromhex(raw[1:-1].decode()).decode("utf-16")
    return re.sub(rb"\\(.)", rb"\1", raw[1:-1]).decode("latin-1")


def test_the_pdf_command_prints_a_briefing_into_an_a4_pdf_of_its_pages(site: Path, tmp_path: Path):
    briefing_id = briefing_id_for("000_30e5afe8c0a471e7.txt")
    title = read_yaml((ROOT / "briefings" / f"{briefing_id}.yaml").read_text())["title"]
    out = tmp_path / "pack" / "one.pdf"
    result = run_cli("pdf", briefing_id, "--out", str(out), "--site", str(site), cwd=site.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"pdf: 1 briefing -> {out} (")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    # the document's title, then the outline of its headings: the contents, the briefing's own
    titles = [pdf_string(t) for t in re.findall(rb"/Title (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)", data)]
    assert titles[0] == title
    # (Chromium drops the space where a heading's line wraps: compared without spaces)
    outline = {re.sub(r"\s", "", t) for t in titles[1:]}
    assert {re.sub(r"\s", "", t) for t in ("Contents", title, "Bottom line", "Source text")} <= outline, (
        titles
    )
    pages = re.findall(rb"/Type /Page\b(?!s)", data)
    assert len(pages) > 2  # the cover, the contents, the briefing's own pages
    sizes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert sizes == {(b"594.95996", b"841.91998")}, sizes  # A4 in points
    assert sorted(p.name for p in out.parent.iterdir()) == ["one.pdf"]  # no half-written file beside it
    assert not (site / "briefings" / "_print-pack").exists()  # the built site is left as it was


def test_a_briefing_prints_on_a4_without_navigation_in_dark_ink_with_its_links_addresses(site: Path, browser):
    briefing_id = briefing_id_for("000_30e5afe8c0a471e7.txt")  # the one with its article's address
    url = read_yaml((ROOT / "briefings" / f"{briefing_id}.yaml").read_text())["url"]
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4's width at 96 dpi
        for scheme in ("light", "dark"):
            page.emulate_media(media="print", color_scheme=scheme)
            page.goto(f"{base}/briefings/{briefing_id}/")
            assert page.locator(".md-header").is_hidden() and page.locator(".md-sidebar--primary").is_hidden()
            assert page.evaluate("document.documentElement.scrollWidth") <= 794
            for table in page.locator("article table").all():
                box = table.bounding_box()
                assert box is not None and box["x"] + box["width"] <= 794, scheme
            link = page.locator(f'.briefing-card a[href="{url}"]')
            assert url in link.evaluate("e => getComputedStyle(e, '::after').content"), scheme
            # dark ink on white paper whatever the screen's palette; charts and map keep their colours
            ink = page.locator("article p").first.evaluate("e => getComputedStyle(e).color")
            assert ink == "rgba(0, 0, 0, 0.87)", (scheme, ink)
            adjust = page.locator("svg.place-map").evaluate("e => getComputedStyle(e).printColorAdjust")
            assert adjust == "exact", scheme
        page.close()


def test_a_region_a_source_names_is_a_dashed_ring_on_the_map(site: Path, browser):
    named = {
        place["name"]
        for data in (read_yaml(p.read_text()) for p in sorted((ROOT / "briefings").glob("*.yaml")))
        for place in data["places"]
    }
    assert "Volyn" in named  # an oblast, which the map's towns and countries do not hold
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(base + "/places/")
            region = page.locator("svg.place-map a", has=page.locator("title", has_text="Volyn:"))
            assert region.count() == 1
            ring = region.locator("circle")
            assert "map-region" in (ring.get_attribute("class") or "")
            assert ring.evaluate("e => getComputedStyle(e).strokeDasharray") not in ("none", "")
            box = ring.bounding_box()
            assert box is not None and box["width"] >= 10  # a ring a reader sees, not a speck
            assert "Volyn" not in " ".join(page.locator(".map-unknown").all_text_contents())
        page.close()


def test_a_date_in_a_tables_first_column_stays_on_one_line(site: Path, browser):
    """Regression: beside a long text column, "2022-10-31" broke after "2022-10-" on a wide screen."""
    broken: list[tuple[str, str]] = []
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for address in ("/", "/timeline/", "/organisations/regional-grouping-of-forces/"):
            page.goto(base + address)
            dates = page.evaluate(
                """() => [...document.querySelectorAll("article .data-table td:first-child")]
                    .filter(td => /^\\d{4}-\\d{2}-\\d{2}$/.test(td.textContent.trim()))
                    .map(td => { const r = document.createRange(); r.selectNodeContents(td);
                                 return [td.textContent.trim(), r.getClientRects().length]; })"""
            )
            assert dates, address
            broken += [(address, text) for text, lines in dates if lines > 1]
        page.close()
    assert broken == []


def test_a_figure_charts_labels_read_at_the_size_of_the_text_around_them(site: Path, browser):
    """Regression: drawn 34rem wide, a chart's labels were half as large again as the page's text."""
    with serve(site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/figures/")
        label, text = page.evaluate(
            """() => {
                const svg = document.querySelector("svg.figure-chart");
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const label = svg.querySelector("text.chart-value");
                const text = document.querySelector("article p");
                return [parseFloat(getComputedStyle(label).fontSize) * scale,
                        parseFloat(getComputedStyle(text).fontSize)];
            }"""
        )
        page.close()
    assert label <= 1.15 * text, (label, text)
