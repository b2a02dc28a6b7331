"""The `Source` record: one raw source and what could be read off it before extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, urlsplit

DEFAULT_LANGUAGE = "en"

# a web archive's copy of a page (the Wayback Machine's form, which other archives' replay
# software shares): the capture's time stamp, perhaps a mode ("im_"), then the page's own address
ARCHIVED_RE = re.compile(
    r"^https?://[^/?#]+/(?:[^/?#]+/){0,3}?\d{8,14}(?:[a-z]{2}_)?/(?P<own>https?:/{1,2}\S+)$", re.I
)
REDIRECT_KEYS = ("url", "u", "q", "target")  # news.google.com/news/url?...&url=https://...


def own_address(url: str | None) -> str | None:
    """The address of the page itself where `url` is another's way to it: a web archive's copy
    ("https://web.archive.org/web/20170922205001/http://independent.ng/story/" ->
    "http://independent.ng/story/"), or a redirect that carries it in its query (a feed reader's
    "news.google.com/news/url?...&url=https://..."); any other address as it is."""
    if not url:
        return url
    found = ARCHIVED_RE.match(url)
    if found is not None:  # "http:/example.com": the archive's path lost one slash
        url = re.sub(r"^(https?:)/(?!/)", r"\1//", found.group("own"), flags=re.I)
    query = parse_qs(urlsplit(url).query)
    for key in REDIRECT_KEYS:
        target = next(iter(query.get(key, [])), "")
        if re.match(r"^https?://", target, re.I):
            return target
    return url


@dataclass
class Page:
    """What a page (HTML or Markdown) says about itself, and the lines of its article text: what
    html_page.read_page and markdown_page.read_markdown give the reader of a source."""

    lines: list[str] = field(default_factory=list)
    hard_breaks: list[str] = field(default_factory=list)  # headings, list items, table rows
    # headings and list items that are a link as a whole: other pages' teasers (an HTML page's are
    # dropped as it is read, html_page._links_away; a Markdown crawl keeps their text)
    linked: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # the texts of its headings (<h2>, "## ...")
    quoted: list[str] = field(default_factory=list)  # each <blockquote>'s text, line breaks kept
    title: str | None = None
    headline: str | None = None  # the article's <h1> or top level-1 heading, taken out of the body
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # organisations credited as authors
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


@dataclass
class Source:
    """One raw source and what could be read off it before extraction."""

    path: str  # as recorded in the briefing: relative to the project root
    sha256: str
    text: str  # the decoded file: plain text, Markdown or the HTML of the page
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    via: list[str] = field(default_factory=list)
    original_publisher: str | None = None
    translated: bool = False
    credits: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    # the text of each block the page set apart as quoted (<blockquote>), its lines joined by "\n":
    # where a quotation begins and ends when it has no marks of its own
    quoted_blocks: list[str] = field(default_factory=list)
    # ISO 639-1 code ("en", "de", "ru"), or "und" for a text long enough to tell it is
    # no language known here; `language_basis` says where it came from.
    language: str = DEFAULT_LANGUAGE
    language_basis: str = "default"  # "page", "front matter", "text" or "default"
    kind: str = "text"  # how it was read: "text", "html" or "markdown"
    reliability: str | None = None  # an Admiralty code, from seeds/sources.yaml only
