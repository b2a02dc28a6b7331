"""How a built site's pages are shared among Pagefind runs, and the page of every word."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

from generator.search_index import (
    BUNDLE,
    PARTS_FILE,
    VOCABULARY_FILTER,
    _vocabulary_page,
    _words,
    index_site,
    parts_of,
    site_pages,
)


def _site(root: Path, pages: dict[str, int]) -> Path:
    for name, size in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x" * size)
    return root


def test_each_page_is_in_one_part_none_over_the_limit_but_a_page_larger_alone(tmp_path: Path):
    site = _site(tmp_path, {"index.html": 40, "a/index.html": 50, "b/index.html": 200, "c/index.html": 30,
                            "c/d/index.html": 30, "pagefind/x.html": 500})  # fmt: skip
    pages = site_pages(site)
    assert [page.as_posix() for page in pages] == [
        "a/index.html",
        "b/index.html",
        "c/d/index.html",
        "c/index.html",
        "index.html",
    ]  # Pagefind's own bundle is not a page; path order, so the same site gives the same parts
    parts = parts_of(site, pages, 100)
    assert [[page.as_posix() for page in part.pages] for part in parts] == [
        ["a/index.html"],
        ["b/index.html"],
        ["c/d/index.html", "c/index.html", "index.html"],
    ]
    assert [part.size for part in parts] == [50, 200, 100]
    assert len(parts_of(site, pages, 10_000)) == 1


def test_the_page_of_every_word_holds_the_articles_words_once_and_is_marked(tmp_path: Path):
    site = _site(tmp_path, {})
    (site / "one.html").write_text(
        '<html lang="ru"><nav>Menu</nav><article class="md-content__inner"><h1>Zapad &amp; Co</h1>'
        "<p>Zapad <b>drills</b> begin</p></article></html>"
    )
    (site / "two.html").write_text("<html><body><p>no article here</p></body></html>")
    page = _vocabulary_page(*_words(site, site_pages(site)))
    words = page.split("<p ", 1)[1].split(">", 1)[1].split("<", 1)[0].split()
    assert words == sorted(["&amp;", "Co", "Zapad", "drills", "begin", "no", "article", "here"])
    assert '<html lang="ru">' in page and "Menu" not in page  # the site's language; not the navigation
    ((key, value),) = VOCABULARY_FILTER.items()
    assert f'data-pagefind-filter="{key}:{value}"' in page


def _indexed(site: Path) -> dict[str, list[dict[str, Any]]]:
    """What Pagefind's fragments hold of each page, by address (one entry per run that holds it)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for fragment in sorted((site / BUNDLE).rglob("*.pf_fragment")):
        data = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        found.setdefault(data["url"], []).append(data)
    return found


def test_pages_across_sources_are_found_by_their_title_and_the_others_by_their_text(tmp_path: Path):
    """Issue 17, cut A: an entity's page repeats the briefings' names and sentences, found on the
    briefings' own pages; indexed by its title alone, the index and its build cost less."""
    article = (
        '<html lang="en"><body><nav>Menu</nav>'
        '<article class="md-content__inner"><h1>{}</h1>{}</article></body></html>'
    )
    pages = {
        "index.html": article.format("Briefings", "<p>Latest sources</p>"),
        "briefings/troops/index.html": article.format(
            "Troops move", "<p>Lukashenko spoke of insinuations.</p>"
        ),
        "places/minsk/index.html": article.format("Minsk", "<p>Named in 3 sources: Lukashenko spoke.</p>"),
        "notes/index.html": article.format("Notes", "<table><tr><td>Zapad</td></tr></table>"),
    }
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    index_site(
        tmp_path, ["--root-selector", "article.md-content__inner"], 10, titled={"places/minsk/index.html"}
    )
    indexed = _indexed(tmp_path)
    assert [page["content"] for page in indexed["/places/minsk/"]] == ["Minsk."]
    assert "insinuations" in indexed["/briefings/troops/"][0]["content"]
    assert "Zapad" in indexed["/notes/"][0]["content"]  # a hand-written page is indexed whole
    assert "Latest sources" in indexed["/"][0]["content"]
    # each of the two runs holds every word of the site (the text it no longer indexes too), on a
    # page the search box filters out: a run never answers a word it lacks with another's prefix
    vocabulary = [
        page for pages in indexed.values() for page in pages if page["filters"] == {"vocabulary": ["all"]}
    ]
    assert len(vocabulary) == 2
    assert all(
        {"Minsk", "Named", "sources", "insinuations", "Zapad"} <= set(re.findall(r"\w+", page["content"]))
        for page in vocabulary
    )
    listed = json.loads((tmp_path / BUNDLE / PARTS_FILE).read_text())
    assert listed == {"parts": ["parts/1/"], "exclude": VOCABULARY_FILTER}
