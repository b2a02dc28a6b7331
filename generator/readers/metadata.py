"""A source's metadata decided once: its title, authors, publication date, address and outlet.

Each is taken from the first of these that gives one:

1. seeds/sources.yaml, the entry a maintainer wrote for the source (read by overrides.py);
   `with_entry`;
2. the page's own metadata: an HTML page's meta tags, <time>, structured data; a Markdown
   file's front matter (html_page.py, markdown_page.py); `as_stated`;
3. what the text reveals (text.py): a headline line, a byline, a date line, an "Original
   url:" trailer; for the outlet, a site name in its header or copyright line, then the site's
   name after the title ("... | The Outlet", taken off it); `as_stated`;
4. the last resorts, after cleaning, where nothing above gives one: a dateline's date with
   the year in the address ("MINSK, 30 September (BelTA) –", ".../2022/09/30/...")
   (`publication_date`); for the outlet a dateline's credit ("(Reuters) -"), else the
   address's host (`outlet_for`).

A title none of them gives is made from the lead sentence by extraction (extraction/metadata.py).
One exception to the order: an address on a site the sources data knows (`outlets`, by host)
has that site's name for its outlet, whatever 1-3 say (`outlet_for`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..dates import PartialDate, find_explicit, parse_date_line
from ..lexicon import Lexicon
from ..names import without_accents
from .source import Page, Source, own_address
from .text import SITE_ADDRESS_RE, is_credit_org, known_outlet, split_site_name

if TYPE_CHECKING:  # overrides.py reads the folder of sources through this package
    from ..overrides import Override


def as_stated(source: Source, page: Page | None, lexicon: Lexicon) -> Source:
    """`source` as its text reveals it (3), with what its page states (2) over that, and the
    site's name taken off its title: its outlet where neither gives one."""
    if page is not None:
        source = replace(
            source,
            title=page.title or source.title,
            authors=page.authors or source.authors,
            credits=page.credits + [c for c in source.credits if c not in page.credits],
            published=page.published or source.published,
            url=page.url or source.url,
            outlet=page.outlet or source.outlet,
        )
    source = replace(source, url=own_address(source.url))
    title, site = split_site_name(source.title, source.url, lexicon)
    outlet = source.outlet or site
    if site and outlet and _folded(site) == _folded(outlet):
        outlet = site  # "Seznam Zprávy" as the title prints it, not the handle "Seznam_Zpravy"
    return replace(source, title=_without_own_name(title, outlet), outlet=outlet)


OWN_NAME_MARKS = "|｜–—:：-"  # what parts a title from its site's name: " | ", "：" (full width)


def _folded(name: str) -> str:
    """A name's letters and digits alone, lower case, without accents and a top-level domain:
    "Seznam_Zpravy", "seznamzpravy.cz" and "Seznam Zprávy" are one name."""
    return re.sub(r"[\W_]", "", without_accents(DOMAIN_END_RE.sub("", name)).lower())


DOMAIN_END_RE = re.compile(r"\.[a-z]{2,6}$")  # "seznamzpravy.cz": the site's name written as its address


def _without_own_name(title: str | None, outlet: str | None) -> str | None:
    """A title without the site's own name the page put after it, in any script and with any
    mark ("...警視庁逮捕：東京新聞デジタル" of 東京新聞デジタル)."""
    if not title or not outlet or not title.endswith(outlet) or len(outlet) >= len(title):
        return title
    head = title[: -len(outlet)].rstrip()
    if not head or head[-1] not in OWN_NAME_MARKS or len(head) < MIN_OWN_NAME_TITLE:
        return title
    return head[:-1].rstrip() or title


MIN_OWN_NAME_TITLE = 12  # characters of a headline left of the name ("Putin - Al Jazeera" stays whole)


def with_entry(source: Source, entry: Override | None) -> Source:
    """`source` with the values its sources.yaml entry sets (1) over what it states."""
    if entry is None:
        return source
    stated = {name: getattr(entry, name) for name in ("title", "published", "outlet", "url", "authors")}
    source = replace(source, **{name: value for name, value in stated.items() if value is not None})
    if entry.language is not None:
        source = replace(source, language=entry.language, language_basis="sources.yaml")
    return replace(source, reliability=entry.reliability)


def publication_date(source: Source) -> date | None:
    """The date `source` was published: as it states it (1-3), else its dateline's, else its
    first date line (4)."""
    return source.published or dateline_date(source.paragraphs, source.url) or first_date_line(source)


def first_date_line(source: Source) -> date | None:
    """The first line of a text that is only a date ("3 November 2023", "7:16 pm on 21 October
    2017", "• 04:30, 3 NOV 2023"): where the header's reading found none (a menu, a ticker, a
    caption between the headline and it), the page's first date is its story's. Not in an HTML
    page's markup, whose lines are not what a reader sees."""
    if source.kind == "html":
        return None
    for line in source.text.splitlines():
        found = parse_date_line(line)
        if found is not None:
            return found
    return None


DATELINE_RES = [
    # "MINSK, 30 September (BelTA) – ..."  /  "KYIV, Ukraine (CNN) — ..."
    re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()]{1,40})?\s*\((?P<outlet>[^()]{2,40})\)\s*[–—-]{1,2}\s"),
    # "(Reuters) - ..."
    re.compile(r"^\((?P<outlet>[^()]{2,40})\)\s*[–—-]{1,2}\s"),
]
# "CNN — ...", but also "CAIRO — ...": a known outlet's name only
BARE_DATELINE_RE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]{1,10}(?: [A-Z][A-Za-z]+){0,2})\s+[–—]\s")
CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}")
DOMAIN_SPACE_RE = re.compile(r"(\w)\.\s+(com|org|net|gov|info|io|ua|by|ru|uk|eu|de|fr)\b", re.I)


def outlet_for(source: Source, paragraphs: list[str], lexicon: Lexicon) -> str | None:
    """The outlet: a known site's name, the page's own site name, a dateline, else the host."""
    outlets = lexicon["sources"].get("outlets", {})
    host_name = None
    if source.url:
        host = (urlsplit(source.url).hostname or "").lower()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = outlets.get(".".join(parts[i:]))
            if name:
                return name
        host_name = site_domain(host, lexicon) or None
    if source.outlet:
        return _site_part(DOMAIN_SPACE_RE.sub(r"\1.\2", source.outlet).strip(), lexicon)
    known = {v.lower(): v for v in outlets.values()}
    for paragraph in paragraphs[:3]:
        for pattern in DATELINE_RES:
            match = pattern.match(paragraph)
            # "BEIRUT, LEBANON (11:00 P.M.) -": the dateline's time, no outlet
            if match and not CLOCK_RE.search(match.group("outlet")):
                named = match.group("outlet").strip()
                return known.get(named.lower(), named)
        bare = BARE_DATELINE_RE.match(paragraph)
        if bare and bare.group("outlet").lower() in known:
            return known[bare.group("outlet").lower()]
    return host_name or _self_cited(paragraphs, lexicon)  # an unknown site is shown by its address


NAME_PARTS_RE = re.compile(r"\s+[-–—|]\s+")


def _site_part(name: str, lexicon: Lexicon) -> str:
    """A site's name stated with a section or a place beside it ("Pakistan - DAWN.COM", "Monroe
    News - Monroe, Michigan", "The Portugal News - Established 1977"): the part that is a known
    outlet, an address or named like an outlet ("News", "Times"), else the name as stated."""
    parts = NAME_PARTS_RE.split(name)
    if len(parts) < 2:
        return name
    for test in (
        lambda p: known_outlet(p, lexicon),
        SITE_ADDRESS_RE.search,
        lambda p: is_credit_org(p, lexicon),
    ):
        found = [part for part in parts if test(part)]
        if len(found) == 1:
            return known_outlet(found[0], lexicon) or found[0]
    return name


OUTLET_NAME = r"(?P<outlet>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})"
CAMEL_CASE_RE = re.compile(r"[a-z][A-Z]")


def _self_cited(paragraphs: list[str], lexicon: Lexicon) -> str | None:
    """The outlet a text names as itself, its reporting's subject: "did not provide PolitiFact with
    further information", "a spot-check by Kenyans.co.ke shows" (sources data, `self_citations`),
    where nothing else names one. Only a name that is an outlet's by its look (an address, a
    known outlet, "PolitiFact", a credit word such as "News"), never a person's or a place's."""
    patterns = [
        re.compile(pattern.replace("{outlet}", OUTLET_NAME))
        for pattern in lexicon["sources"].get("self_citations") or []
    ]
    for paragraph in paragraphs:
        for pattern in patterns:
            for match in pattern.finditer(paragraph):
                name = match.group("outlet").strip(" .")
                known = known_outlet(name, lexicon)
                if known or SITE_ADDRESS_RE.search(name) or CAMEL_CASE_RE.search(name):
                    return known or name
                if len(name.split()) > 1 and is_credit_org(name, lexicon):
                    return name
    return None


def site_domain(host: str, lexicon: Lexicon) -> str:
    """A host without the labels a site puts before its name for a server (sources data,
    `host_labels`): "www.wired.com" and "feeds.wired.com" are wired.com; "news.northeastern.edu"
    stays. An address is an outlet's name of last resort, and a reader knows a site by that name."""
    labels = host.lower().strip(".").split(".")
    # an address is no language's: the labels every language's data knows
    technical = lexicon.reading_words("sources", "host_labels")
    while len(labels) > 2 and labels[0] in technical:
        labels.pop(0)
    return ".".join(labels)


def dateline_date(paragraphs: list[str], url: str | None) -> date | None:
    """'MINSK, 30 September (BelTA) –' with a year from the URL ('/2022/09/30/...')."""
    if not paragraphs or not url:
        return None
    head = paragraphs[0][:80]
    match = re.match(r"^[A-Z][A-Za-z .'-]{1,40},\s*(?P<date>[^()–—-]{3,30}?)\s*(?:\(|[–—-])", head)
    if not match:
        return None
    found = find_explicit(match.group("date"))
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", urlsplit(url).path)
    if not found or not years:
        return None
    parsed = found[0][1]
    if parsed.year is None and parsed.month and parsed.day:
        parsed = PartialDate(int(years[0]), parsed.month, parsed.day)
    return parsed.as_date()
