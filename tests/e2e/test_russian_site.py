"""Issue 15's measure: the samples plus one Russian source about Lukashenko give one Lukashenko
page that lists both, which search finds by his Russian name and by another romanisation.

The Russian article is written for this test (a BelTA-like report of a meeting); Лукашенко and
Хренин are the public figures they are, what they say here is made up.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.test_browser import search_results
from tests.sitekit import copy_project, read_yaml, run_generator, run_mkdocs, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


RUSSIAN = """Лукашенко провел совещание с военными по ситуации на юге страны

Минск, 12 октября 2022

Президент Белоруссии Александр Лукашенко провел в Минске совещание с руководством Минобороны \
Белоруссии и Государственного пограничного комитета.

«Мы не собираемся воевать с Украиной, но любую провокацию на нашей границе пресечем», — заявил \
Лукашенко.

По словам министра обороны Белоруссии Виктора Хренина, первые эшелоны с российскими военными уже \
прибыли в республику. Хренин сообщил, что всего в составе региональной группировки войск будет около \
9 тыс. военнослужащих.

«Группировка носит исключительно оборонительный характер», — сказал Хренин.

Как сообщает Минобороны Белоруссии, учения пройдут на полигонах под Гродно. Официальный Киев пока не \
прокомментировал заявления белорусского лидера.
"""


RUSSIAN_ID = "lukashenko-provel-soveshchanie-s-voennymi-po-situatsii-na"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and the Russian source, extracted (only the new one is) and built."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    (project / "seeds" / "belta-soveshchanie.txt").write_text(RUSSIAN, encoding="utf-8")
    result = run_generator("extract", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_mkdocs("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def sources_listed(page: Path) -> set[str]:
    """The briefing ids an entity page lists as its sources."""
    return set(re.findall(r'href="\.\./\.\./briefings/([a-z0-9-]+)/"', page.read_text(encoding="utf-8")))


def test_one_lukashenko_page_lists_the_russian_and_the_english_sources(project: Path):
    site = project / "site"
    # the Cyrillic title gives a transliterated address, never `source`
    assert (site / "briefings" / RUSSIAN_ID / "index.html").is_file()
    assert not (site / "briefings" / "source").exists()
    pages = [p for p in (site / "people").iterdir() if "lukash" in p.name]
    assert [p.name for p in pages] == ["alexander-lukashenko"]  # no page of the Russian spelling
    page = pages[0] / "index.html"
    english = {
        read_yaml(p.read_text(encoding="utf-8"))["id"]
        for p in (project / "briefings").glob("*.yaml")
        if p.stem != RUSSIAN_ID
    }
    listed = sources_listed(page)
    assert RUSSIAN_ID in listed and listed & english
    assert len(listed) == len(english) + 1  # every sample names him, and the Russian source
    text = page.read_text(encoding="utf-8")
    assert "<h1" in text and "Alexander Lukashenko</h1>" in text  # named in English on an English site
    assert "Александр Лукашенко" in text and "Lukashenka" in text  # also written


@pytest.mark.parametrize("query", ["Лукашенко", "Lukashenka"])
def test_search_finds_the_one_page_by_either_script(project: Path, browser, query: str):
    requests: list[str] = []
    with serve(project / "site") as base:
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.wait_for_function("() => document.querySelector('.md-search__input') !== null")
        box = page.locator("input.md-search__input")
        box.press_sequentially(query, delay=60)
        # Playwright types a letter outside the US keyboard as inserted text, without the key-up
        # Material's search listens for (a reader's own keyboard sends one with every letter)
        box.press("End")
        hrefs = search_results(page, "people/alexander-lukashenko/")
        page.close()
    # his page, and the Russian source whichever script the query is in
    assert any("people/alexander-lukashenko/" in href for href in hrefs), hrefs
    assert any(f"briefings/{RUSSIAN_ID}/" in href for href in hrefs), hrefs
    hosts = {urlsplit(url).hostname for url in requests if url.startswith("http")}
    assert hosts <= {"127.0.0.1"}, hosts


def test_the_russian_briefing_page_marks_its_quotes_and_text_russian(project: Path):
    page = (project / "site" / "briefings" / RUSSIAN_ID / "index.html").read_text(encoding="utf-8")
    assert '<span lang="ru">Группировка носит исключительно оборонительный характер</span>' in page
    assert re.search(r'<p class="source-paragraph" id="p\d+" lang="ru">«Мы не собираемся', page)
    english = next(
        p for p in (project / "site" / "briefings").glob("*/index.html") if RUSSIAN_ID not in str(p)
    )
    assert 'lang="ru"' not in english.read_text(encoding="utf-8")
