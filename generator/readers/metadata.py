"""A source's metadata decided once: its publication date and outlet.

The last resorts, after cleaning, where nothing the source states gives one: a dateline's
date with the year in the address, a dateline's credit or the address's host for the outlet.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from ..dates import PartialDate, find_explicit
from ..lexicon import Lexicon
from .source import Source

DATELINE_RES = [
    # "MINSK, 30 September (BelTA) – ..."  /  "KYIV, Ukraine (CNN) — ..."
    re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()]{1,40})?\s*\((?P<outlet>[^()]{2,40})\)\s*[–—-]{1,2}\s"),
    # "(Reuters) - ..."
    re.compile(r"^\((?P<outlet>[^()]{2,40})\)\s*[–—-]{1,2}\s"),
]
# "CNN — ...", but also "CAIRO — ...": a known outlet's name only
BARE_DATELINE_RE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]{1,10}(?: [A-Z][A-Za-z]+){0,2})\s+[–—]\s")
DOMAIN_SPACE_RE = re.compile(r"(\w)\.\s+(com|org|net|gov|info|io|ua|by|ru|uk|eu|de|fr)\b", re.I)


def outlet_for(source: Source, paragraphs: list[str], lexicon: Lexicon) -> str | None:
    """The outlet: a known site's name, the page's own site name, a dateline, else the host."""
    outlets = lexicon["sources"].get("outlets", {})
    host_name = None
    if source.url:
        host = (urlsplit(source.url).hostname or "").lower()
        host = host.removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = outlets.get(".".join(parts[i:]))
            if name:
                return name
        host_name = host or None
    if source.outlet:
        return DOMAIN_SPACE_RE.sub(r"\1.\2", source.outlet).strip()
    known = {v.lower(): v for v in outlets.values()}
    for paragraph in paragraphs[:3]:
        for pattern in DATELINE_RES:
            match = pattern.match(paragraph)
            if match:
                named = match.group("outlet").strip()
                return known.get(named.lower(), named)
        bare = BARE_DATELINE_RE.match(paragraph)
        if bare and bare.group("outlet").lower() in known:
            return known[bare.group("outlet").lower()]
    return host_name  # an unknown site is shown by its address


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
