"""How a built site's pages are shared among Pagefind runs, and the page of every word."""

from __future__ import annotations

from pathlib import Path

from generator.search_index import VOCABULARY_FILTER, _vocabulary_page, parts_of, site_pages


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
    page = _vocabulary_page(site, site_pages(site))
    words = page.split("<p ", 1)[1].split(">", 1)[1].split("<", 1)[0].split()
    assert words == sorted(["&amp;", "Co", "Zapad", "drills", "begin", "no", "article", "here"])
    assert '<html lang="ru">' in page and "Menu" not in page  # the site's language; not the navigation
    ((key, value),) = VOCABULARY_FILTER.items()
    assert f'data-pagefind-filter="{key}:{value}"' in page
