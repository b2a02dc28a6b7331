"""Pagefind's index of a built site, in parts when the site is large.

Pagefind's indexer holds every page it reads until it writes the index, and twice over while it
builds it: about 7 MB of memory per MB of the pages' HTML here (3.1 GB for the 540 MB of a
5,000-source site), beside the MkDocs process that waits for it. A site larger than
`pagefind_part_mb` is indexed in parts, one Pagefind run after another, each over a share of the
pages, so the largest part bounds the memory; the search box merges the parts' indexes in the
browser (Pagefind's `mergeIndex`).

A word one part lacks would make that part answer with the pages of the word's longest prefix it
holds (Pagefind's fallback when no word starts with the query: "insinuations" found every page
with "in"), results a single index gives only for a word the whole site lacks. So each part also
indexes a page of every word of the site, which the search box filters out (`VOCABULARY_FILTER`):
a part answers a word it lacks with that page alone, and the reader sees the pages a single
index would find.

The pages across sources (`titled`: an entity's, a month's, a figure subject's pages) are indexed
by their title alone, in a run of their own whose root is the article's heading: their text is the
names and sentences of briefings, which are indexed on the briefings' pages, and a search for the
name still finds the entity's page. At 1,000 sources this was 2.9 s of a 54 s build's CPU.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from .files import atomic_write

BUNDLE = "pagefind"  # site/pagefind/: the first part's index and Pagefind's scripts
PARTS_DIR = "parts"  # site/pagefind/parts/N/: the other parts' indexes
PARTS_FILE = "parts.json"  # the other parts' folders, for the search box to merge
STAGE_DIR = ".stage"  # a part's pages, linked there while Pagefind reads them
VOCABULARY_PAGE = "pagefind-vocabulary.html"  # in every part's stage: every word of the site
VOCABULARY_FILTER = {"vocabulary": "all"}  # Pagefind's filter that marks that page
TAG = re.compile(r"<[^>]*>")
LANGUAGE = re.compile(r'<html[^>]*\slang="([^"]*)"')
ARTICLE = "article.md-content__inner"  # the page's own content in Material's layout, not its navigation
TITLE_ROOT = f"{ARTICLE} > h1"  # what Pagefind reads of a page indexed by its title alone

# Pagefind's default size of an index chunk, in word locations (options.rs, 1.5). A query fetches
# one chunk of each part's index: a part's chunks are made its share of that size, so that a
# query downloads about what it would from one index (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; a
# Pagefind that drops the variable only makes a query of a parted site download more).
CHUNK_LOCATIONS = 20_000
CHUNK_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"


class PagefindFailed(Exception):
    """A Pagefind run failed; the message says on which part, and Pagefind's last words."""


@dataclass(frozen=True)
class Part:
    pages: tuple[Path, ...]  # relative to the site
    size: int  # bytes of HTML


def site_pages(site: Path) -> list[Path]:
    """The HTML pages Pagefind's own walk indexes (`**/*.html`), its bundle apart, in path order."""
    bundle = site / BUNDLE
    pages = [page for page in site.rglob("*.html") if page.is_file() and bundle not in page.parents]
    return sorted((page.relative_to(site) for page in pages), key=lambda page: page.as_posix())


def parts_of(site: Path, pages: list[Path], limit: int) -> list[Part]:
    """The pages in runs of path order of at most `limit` bytes each (a larger page alone)."""
    parts: list[Part] = []
    run: list[Path] = []
    size = 0
    for page in pages:
        page_size = (site / page).stat().st_size
        if run and size + page_size > limit:
            parts.append(Part(tuple(run), size))
            run, size = [], 0
        run.append(page)
        size += page_size
    if run or not parts:
        parts.append(Part(tuple(run), size))
    return parts


def index_site(site: Path, options: list[str], part_mb: float, titled: Collection[str] = ()) -> str:
    """Index `site` into site/pagefind/ (and site/pagefind/parts/N/); Pagefind's last line of output.

    `options`: Pagefind's, for the pages indexed whole. `titled`: the pages (paths in the site,
    "places/minsk/index.html") indexed by their title alone (`TITLE_ROOT`), in a run of their own.
    Raises PagefindFailed when a Pagefind run fails.
    """
    pages = site_pages(site)
    by_title = [page for page in pages if page.as_posix() in titled]
    whole = [page for page in pages if page.as_posix() not in titled] if by_title else pages
    parts = parts_of(site, whole, max(1, int(part_mb * 1_000_000)))
    bundle = site / BUNDLE
    if len(parts) == 1 and not by_title:  # the whole site in one run, as Pagefind indexes it by itself
        said = _run(["--site", str(site), "--output-subdir", BUNDLE, *options], None, "the site")
        atomic_write(bundle / PARTS_FILE, b'{"parts": []}\n', durable=False)
        return said
    total = sum(part.size for part in parts) or 1
    runs = [(part, options, max(1, round(CHUNK_LOCATIONS * part.size / total)), False) for part in parts]
    if by_title:
        # a title is a few words a page: the whole run's index is one chunk of the usual size
        titles = Part(tuple(by_title), sum((site / page).stat().st_size for page in by_title))
        runs.append((titles, [*_without_root(options), "--root-selector", TITLE_ROOT], CHUNK_LOCATIONS, True))
    stage = bundle / STAGE_DIR
    words = _words(site, pages)
    folders, said = [], ""
    try:
        for number, (part, arguments, chunk, heading) in enumerate(runs):
            shutil.rmtree(stage, ignore_errors=True)
            _link(site, stage, part.pages)
            (stage / VOCABULARY_PAGE).write_text(_vocabulary_page(*words, heading), encoding="utf-8")
            output = bundle if number == 0 else bundle / PARTS_DIR / str(number)
            which = f"part {number + 1} of {len(runs)} ({len(part.pages)} pages)"
            said = _run(["--site", str(stage), "--output-path", str(output), *arguments], chunk, which)
            if number:
                folders.append(f"{PARTS_DIR}/{number}/")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    listed = {"parts": folders, "exclude": VOCABULARY_FILTER}
    atomic_write(bundle / PARTS_FILE, json.dumps(listed).encode() + b"\n", durable=False)
    return f"{said} ({len(runs)} parts)"


def _without_root(options: list[str]) -> list[str]:
    """Pagefind's options without their root selector (a titled run has its own)."""
    kept: list[str] = []
    skip = False
    for option in options:
        if skip:
            skip = False
        elif option == "--root-selector":
            skip = True
        else:
            kept.append(option)
    return kept


def _words(site: Path, pages: list[Path]) -> tuple[set[str], str]:
    """Every word of the pages' articles (of the whole page where none), and the site's language.

    Tags are read as spaces: a word Pagefind reads across an inline tag ("<b>a</b>b") is missed,
    and a part lacking it answers as before. Words in what Pagefind skips (tables, charts, the text
    of a page indexed by its title) are listed too: a part then answers them with the page of every
    word alone, which is filtered out.
    """
    words: set[str] = set()
    language = ""
    for page in pages:
        text = (site / page).read_text(encoding="utf-8", errors="replace")
        if not language and (found := LANGUAGE.search(text)):
            language = found.group(1)
        start, end = text.find("<article"), text.rfind("</article>")
        body = text[start:end] if 0 <= start < end else text
        words.update(html.unescape(TAG.sub(" ", body)).split())
    return words, language


def _vocabulary_page(words: set[str], language: str, heading: bool = False) -> str:
    """A page of every word, in one order, marked for the search box to leave out. `heading`: the
    words are the article's heading, for the run that reads only headings (`TITLE_ROOT`)."""
    ((key, value),) = VOCABULARY_FILTER.items()
    listed = html.escape(" ".join(sorted(words)))
    tag = "h1" if heading else "p"
    return (
        f'<!doctype html><html lang="{html.escape(language)}"><head><title>{key}</title></head><body>'
        f'<article class="md-content__inner"><{tag} data-pagefind-filter="{key}:{value}">{listed}</{tag}>'
        "</article></body></html>\n"
    )


def _link(site: Path, stage: Path, pages: tuple[Path, ...]) -> None:
    """The part's pages at their own paths under `stage`, so that Pagefind gives them their URLs."""
    for page in pages:
        target = stage / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / page, target)  # no copy: the stage is inside the site, on its disk
        except OSError:
            shutil.copyfile(site / page, target)


def _run(arguments: list[str], chunk: int | None, which: str) -> str:
    environment = dict(os.environ)
    if chunk is not None:
        environment[CHUNK_VARIABLE] = str(chunk)
    command = [sys.executable, "-m", "pagefind", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        raise PagefindFailed(f"pagefind failed on {which}: {result.stderr.strip()[-500:]}")
    return (result.stdout.strip().splitlines() or [""])[-1]
