"""The hostile site in a real browser: every page visited in headless Chromium (Debian's, via Playwright).

On every page of the site built from the hostile corpus (see tests/e2e/test_hostile.py and
tests/hostile/README.md): no dialog opens, no request leaves 127.0.0.1, and the DOM
holds nothing the corpus put there as markup: no script but Material's own (as on the
clean site), no iframe/object/embed, no on* attribute, no javascript:/data: link, no
element made from an attack string. Every finding is traced by its marker (pwn01 ...)
to the corpus file it came from.
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e import test_hostile
from tests.e2e.test_hostile import Finding, chart_pages, token_params
from tests.sitekit import CHROMIUM_ARGS, chromium_path, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


WORKERS = 4  # pages loaded at once
# Nothing leaves the machine: no host name resolves, the site is served at 127.0.0.1; what a page
# tried is recorded all the same (Visit.requests). Not Playwright's routing of every request,
# which turns the browser's cache off too: every page loaded Material's scripts and styles anew,
# each request handed to this process and back (about 12 s of this file's CPU).
NO_HOST_RESOLVES = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


# Run in each page once it has loaded: what in its DOM could only have come from source text as markup.
SCAN_DOM = r"""
() => {
  const found = [];
  const snip = e => e.outerHTML.slice(0, 300);
  const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcset', 'poster',
                          'background'];
  const MARKUP = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'code', 'del', 'th', 'td', 'li',
                  'blockquote', 'summary', 'pre', 'mark', 'ins', 'sup', 'sub', 'b', 'i', 'u', 's', 'table'];
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\s\x00-\x20]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(['event attribute', snip(e)]);
      const scheme = /^(javascript|vbscript|data):/.test(value) || value.includes('javascript:');
      if (URL_ATTRIBUTES.includes(name) && scheme) found.push(['script URL', snip(e)]);
      let host = '';
      try {
        host = URL_ATTRIBUTES.includes(name) ? new URL(a.value, location.href).hostname : '';
      } catch (err) {}
      const styled = name === 'style' && /url\(['"]?(https?:)?\/\/attacker\.invalid/.test(value);
      if (host.endsWith('attacker.invalid') || styled) found.push(['request to another host', snip(e)]);
      if (name.includes('pwn') || name.includes('attacker') ||
          ((name === 'id' || name === 'class') && a.value.split(/\s+/).some(t => /^pwnb?\d\d$/.test(t))))
        found.push(['injected id, class or attribute', snip(e)]);
    }
  }
  for (const e of document.querySelectorAll('iframe, object, embed, frame, frameset, applet, base, portal'))
    found.push([`<${e.tagName.toLowerCase()}>`, snip(e)]);
  const article = document.querySelector('article');
  const tags = {};
  if (article) {
    for (const e of article.querySelectorAll('*')) {
      const tag = e.tagName.toLowerCase();
      if (!(tag in tags)) tags[tag] = snip(e);
      if (MARKUP.includes(tag) && /^\s*pwnb?\d\d/.test(e.textContent))
        found.push([`<${tag}> made from source text`, snip(e)]);
    }
    const first = article.firstElementChild;
    const next = first ? first.nextElementSibling?.textContent || '' : '';
    if (first && first.tagName === 'HR' && /^\s*(title|tags):/.test(next))
      found.push(['front matter shown as text', article.innerHTML.slice(0, 1500)]);
  }
  const scripts = [...document.querySelectorAll('script')]
    .map(s => s.src ? 'src:' + s.getAttribute('src') : 'inline:' + s.textContent);
  return {found, scripts, tags};
}
"""


@dataclass
class Visit:
    """What the browser saw over a whole site."""

    base: str
    pages: list[str]
    charts: set[str] = field(default_factory=set)  # pages with a figure chart
    loaded: dict[str, int] = field(default_factory=dict)  # page -> HTTP status
    findings: list[Finding] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (page, URL)
    scripts: dict[str, set[str]] = field(default_factory=dict)  # page -> scripts
    tags: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # page -> tag name in the article -> an element


def site_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))


async def _visit(site: Path, pages: list[str]) -> Visit:
    from playwright.async_api import async_playwright

    executable = chromium_path()
    if executable is None:
        pytest.fail("Debian's chromium is not installed: `make test` installs it")
    # the search index is Material's (searching is tested below); loading it on every page is slow
    with serve(site, unserved={"search_index.json"}) as base:
        visit = Visit(base, pages)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=executable, args=[*CHROMIUM_ARGS, NO_HOST_RESOLVES]
            )
            context = await browser.new_context()
            queue = list(reversed(pages))

            async def worker() -> None:
                page = await context.new_page()
                current = {"page": ""}
                page.on("request", lambda r: visit.requests.append((current["page"], r.url)))

                async def on_dialog(dialog) -> None:
                    visit.findings.append(Finding(current["page"], f"{dialog.type} dialog", dialog.message))
                    await dialog.dismiss()

                page.on("dialog", on_dialog)
                while queue:
                    name = queue.pop()
                    current["page"] = name
                    response = await page.goto(f"{base}/{name}".removesuffix("index.html"), wait_until="load")
                    visit.loaded[name] = response.status if response else 0
                    await page.wait_for_timeout(50)  # onerror and onfocus handlers fire just after load
                    seen = await page.evaluate(SCAN_DOM)
                    visit.findings += [Finding(name, kind, detail) for kind, detail in seen["found"]]
                    visit.scripts[name] = set(seen["scripts"])
                    visit.tags[name] = seen["tags"]
                await page.close()

            await asyncio.gather(*(worker() for _ in range(WORKERS)))
            await browser.close()
    return visit


def visit_site(site: Path, pages: list[str]) -> Visit:
    # a thread of its own: the session's sync Playwright (conftest's `browser`) may hold this thread's loop
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, _visit(site, pages)).result()


@pytest.fixture(scope="module")
def clean_visit(tmp_path_factory: pytest.TempPathFactory) -> Visit:
    """The clean site, one page of each kind and depth: what Material itself puts on a page."""
    site = test_hostile.clean_project(tmp_path_factory) / "site"
    pages = site_pages(site)
    sample = [p for p in pages if p.count("/") <= 1]  # home, sources, timeline, ..., the entity indexes
    for folder in ("briefings", "people", "organisations", "places", "equipment"):
        sample += [p for p in pages if p.startswith(folder + "/") and p.count("/") == 2][:2]
    return visit_site(site, sorted(set(sample)))


@pytest.fixture(scope="module")
def hostile_visit(tmp_path_factory: pytest.TempPathFactory, clean_visit: Visit) -> Visit:
    project = test_hostile.hostile_project(tmp_path_factory)
    assert project.build.returncode == 0, project.build.stderr[-3000:]
    visit = visit_site(project.site, site_pages(project.site))
    visit.charts = chart_pages(project.site)
    allowed_scripts = set().union(*clean_visit.scripts.values())
    allowed_tags = set().union(*clean_visit.tags.values())
    for name in visit.pages:
        for script in sorted(visit.scripts[name] - allowed_scripts):
            visit.findings.append(Finding(name, "script not on the clean site", script[:400]))
        # an element with no marker of its own is traced by what else went wrong on its page
        context = " ".join(sorted({t for f in visit.findings if f.page == name for t in f.tokens}))
        for tag in sorted(visit.tags[name].keys() - allowed_tags):
            element = visit.tags[name][tag]
            visit.findings.append(
                Finding(
                    name, f"<{tag}> in the article, never on the clean site", f"{element} [page: {context}]"
                )
            )
    for name, url in visit.requests:
        if not url.startswith(visit.base + "/"):
            visit.findings.append(Finding(name, "request leaving 127.0.0.1", url))
    return visit


def _shown(findings: list[Finding]) -> str:
    return "\n".join(f"{f.page}: {f.kind}: {f.snippet[:300]}" for f in findings[:12])


def test_the_clean_site_shows_the_browser_nothing_suspect(clean_visit: Visit):
    assert clean_visit.findings == [], _shown(clean_visit.findings)
    assert all(status == 200 for status in clean_visit.loaded.values())
    assert {urlsplit(url).hostname for _, url in clean_visit.requests} <= {"127.0.0.1"}


def test_every_hostile_page_was_visited(hostile_visit: Visit):
    assert len(hostile_visit.pages) > 100
    assert hostile_visit.loaded.keys() == set(hostile_visit.pages)
    assert all(status == 200 for status in hostile_visit.loaded.values())


@pytest.mark.parametrize("token", token_params())
def test_attack_does_nothing_in_the_browser(hostile_visit: Visit, token: str):
    found = [f for f in hostile_visit.findings if token in f.tokens]
    assert found == [], _shown(found)


def test_the_figures_page_does_nothing_in_the_browser(hostile_visit: Visit):
    """Regression test for FIGURE_CHART_BUG (alert dialogs and remote images from chart labels)."""
    assert hostile_visit.charts
    found = [f for f in hostile_visit.findings if f.page in hostile_visit.charts]
    assert found == [], _shown(found)


def test_nothing_untraceable_happens_in_the_browser(hostile_visit: Visit):
    found = [f for f in hostile_visit.findings if not f.tokens]
    assert found == [], _shown(found)


def test_no_dialog_opens_on_any_page(hostile_visit: Visit):
    dialogs = [f for f in hostile_visit.findings if f.kind.endswith(" dialog")]
    assert dialogs == [], _shown(dialogs)


def test_no_request_leaves_the_local_server(hostile_visit: Visit):
    hosts = {urlsplit(url).hostname for _, url in hostile_visit.requests if url.startswith(("http", "//"))}
    assert hosts <= {"127.0.0.1"}, sorted(hosts)


def test_no_injected_element_on_any_page(hostile_visit: Visit):
    found = [f for f in hostile_visit.findings if not f.kind.endswith(" dialog")]
    assert found == [], _shown(found)


@pytest.mark.parametrize("query", ["<img src=x onerror=alert(/pwnsearch/)>", "onerror", "script"])
def test_searching_the_hostile_site_stays_inert(
    tmp_path_factory: pytest.TempPathFactory, browser, query: str
):
    project = test_hostile.hostile_project(tmp_path_factory)
    requests: list[str] = []
    dialogs: list[str] = []
    with serve(project.site) as base:
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially(query, delay=20)
        page.locator(".md-search-result__meta").wait_for(timeout=15000)
        page.wait_for_timeout(500)
        results = page.locator(".md-search-result")
        injected = results.evaluate(
            "r => [...r.querySelectorAll('img, script, iframe, object, embed, style, link')]"
            ".concat([...r.querySelectorAll('*')]"
            ".filter(e => [...e.attributes].some(a => a.name.startsWith('on'))))"
            ".map(e => e.outerHTML)"
        )
        page.close()
    assert dialogs == []
    assert injected == []
    assert {urlsplit(url).hostname for url in requests if url.startswith("http")} <= {"127.0.0.1"}
    assert not re.search(r"attacker\.invalid", " ".join(requests))
