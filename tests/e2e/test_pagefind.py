"""Search that scales: the site built with Pagefind, searched in a real browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sitekit import ROOT, briefing_id_for, copy_project, run_cli, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("project"))
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - briefings:\n", "  - briefings:\n      search: pagefind\n", 1)
    )
    # a hand-written page with a table of its own
    (project / "docs" / "notes.md").write_text(
        "# Notes\n\n| Term | Meaning |\n|---|---|\n| Zapad | an exercise |\n"
    )
    result = run_cli("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "pagefind" / "pagefind.js").is_file()
    return project / "site"


def test_pagefind_skips_the_tables_of_generated_pages_not_those_a_person_wrote(site: Path):
    """A generated table repeats what a briefing page says: indexed twice, it only cost memory."""
    page = (site / "briefings" / briefing_id_for("000_30e5afe8c0a471e7.txt") / "index.html").read_text()
    assert page.count("<table data-pagefind-ignore>") >= 2 and "<table>" not in page
    assert "<table>" in (site / "notes" / "index.html").read_text()


def test_material_does_not_build_an_index_nobody_loads(site: Path):
    """With Pagefind, Material's own index would cost the build memory and time for nothing."""
    index = site / "search" / "search_index.json"
    assert not index.exists() or index.stat().st_size < 1000


def search(page, base: str, query: str, on_typing=None) -> list[str]:
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    if on_typing:
        on_typing()  # from here on, what the page fetches is what searching costs
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(query, delay=40)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return [results.nth(i).get_attribute("href") or "" for i in range(results.count())]


def test_typing_a_query_shows_results_with_titles_and_excerpts(site: Path, browser):
    sizes: dict[str, int] = {}
    unread: list[str] = []  # responses whose size is unknown: a download not counted is no saving
    hosts: set[str] = set()
    with serve(site) as base:
        page = browser.new_page()

        def record(response) -> None:
            hosts.add(response.url.split("/")[2])
            try:
                sizes[response.url] = len(response.body())
            except Exception:  # a redirect has no body; any other response is counted or reported
                if not 300 <= response.status < 400:
                    unread.append(response.url)

        hrefs = search(page, base, "Kulakevich", on_typing=lambda: page.on("response", record))
        assert any(briefing_id_for("003_94086817458596b5.txt") in href for href in hrefs), hrefs
        first = page.locator(".md-search-result__item").first
        assert first.locator("h1").inner_text().strip()
        assert "Kulakevich" in first.locator("p").inner_text()
        page.close()
    assert unread == []
    downloaded = sum(sizes.values())
    print(f"first search downloaded {downloaded / 1024:.0f} KB in {len(sizes)} requests")
    assert downloaded <= 300 * 1024
    assert not any("search_index.json" in url for url in sizes)  # Material's whole index is not fetched
    assert hosts <= {base.split("/")[2]}


def test_any_spelling_of_a_name_finds_the_pages_that_use_another(site: Path, browser):
    explainer = briefing_id_for("000_30e5afe8c0a471e7.txt")  # writes Lukashenko only
    assert "Lukashenka" not in (ROOT / "seeds" / "000_30e5afe8c0a471e7.txt").read_text()
    with serve(site) as base:
        page = browser.new_page()
        hrefs = search(page, base, "Lukashenka")
        page.close()
    assert any(explainer in href for href in hrefs), hrefs


@pytest.fixture(scope="module")
def parted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site with its index in parts, as a large site's is (generator/search_index.py)."""
    project = copy_project(tmp_path_factory.mktemp("parted"))
    config = project / "mkdocs.yml"
    # parts of 0.1 MB: at 0.5 MB the samples' briefing pages fit in one part, beside the titles' own run
    settings = "  - briefings:\n      search: pagefind\n      pagefind_part_mb: 0.1\n"
    config.write_text(config.read_text().replace("  - briefings:\n", settings, 1))
    result = run_cli("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def found_by(page, base: str, query: str) -> list[str]:
    """The addresses the search box lists for `query`, typed at once, once every index has answered."""
    page.goto(base + "/")
    page.wait_for_load_state("networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(query)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    page.wait_for_load_state("networkidle")
    return sorted(
        (results.nth(i).get_attribute("href") or "").removeprefix(base) for i in range(results.count())
    )


def test_an_index_in_parts_finds_what_one_index_finds(site: Path, parted_site: Path, browser):
    """A large site's index is made in parts to bound Pagefind's memory: a reader finds the same pages.

    Each query has fewer matches than the box lists (20), so the lists are whole. "insinuations"
    is a word most parts lack: each would have answered with the pages of a word it begins with
    ("in"), had the parts not held every word of the site.

    The pages across sources are indexed by their title alone (issue 17, cut A): a name finds its
    entity's page; a quote's word finds the briefing that holds the quote, not the quotes page.
    """
    assert len(json.loads((parted_site / "pagefind" / "parts.json").read_text())["parts"]) >= 3
    briefing = "/briefings/" + briefing_id_for("003_94086817458596b5.txt") + "/"
    quoting = "/briefings/" + briefing_id_for("002_8b9ea53fc3eee38c.txt") + "/"
    kinds = {  # a query, and a page of each kind it must find
        "Kalinouski": ["/organisations/kastus-kalinouski-battalion/", briefing],
        "Budanov": ["/people/kyrylo-budanov/"],
        "insinuations": [quoting],
        "insinu": [quoting],
    }
    found: dict[Path, dict[str, list[str]]] = {}
    for folder in (site, parted_site):
        with serve(folder) as base:
            page = browser.new_page()
            found[folder] = {query: found_by(page, base, query) for query in kinds}
            page.close()
    assert found[parted_site] == found[site]
    for query, pages in kinds.items():
        assert set(pages) <= set(found[parted_site][query]), (query, found[parted_site][query])
    assert len(found[parted_site]["insinuations"]) < 10
    assert "/quotes/" not in found[site]["insinuations"]  # its text is the briefings', found there
