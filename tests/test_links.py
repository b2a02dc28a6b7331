"""Links in raw HTML: written as MkDocs writes a Markdown link, for either kind of page address."""

from __future__ import annotations

import itertools

import pytest
from mkdocs.structure.files import File

from generator.links import Links

PAGES = [
    "index.md",
    "people/index.md",
    "people/alexander-lukashenko.md",
    "people/one-source/o.md",
    "briefings/belarus-moves-troops.md",
    "sources/2022-10/2.md",
    "timeline.md",
    "notes/README.md",
]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_between_pages_is_the_address_mkdocs_gives_it(directory_urls: bool):
    files = {page: File(page, "docs", "site", directory_urls) for page in PAGES}
    for source, target in itertools.product(PAGES, PAGES):
        for anchor in ("", "#p3"):
            expected = files[target].url_relative_to(files[source]) + anchor
            assert Links(source, directory_urls).to(target + anchor) == expected, (source, target)


def test_a_link_leads_to_the_page_as_it_is_served():
    briefing = Links("briefings/belarus-moves-troops.md")
    assert briefing.to("people/one-source/o.md#oleksii-hromov") == "../../people/one-source/o/#oleksii-hromov"
    assert briefing.to("index.md") == "../../"
    assert briefing.to("#p2") == "#p2"
    flat = Links("briefings/belarus-moves-troops.md", directory_urls=False)
    assert flat.to("people/one-source/o.md#oleksii-hromov") == "../people/one-source/o.html#oleksii-hromov"
    assert flat.to("people/index.md") == "../people/index.html"
