"""A Markdown source: YAML front matter for its metadata, the body as plain paragraphs.

    ---
    title: Sweden hands over Archer howitzers to Ukraine
    date: 2023-05-02            # or `published`; any date form the text reader knows
    url: https://...
    outlet: Nordic Defence Review
    authors: [Lena Berg, Karl Holm]   # or `author`, a list or "A, B and C"
    language: en                # or `lang`
    ---

The body is parsed as CommonMark (with tables) and turned into plain
paragraphs, so no Markdown reaches the site as markup: a heading becomes a
paragraph of its own without its '#', emphasis, links and inline HTML are
removed with their text kept, an image goes with its alt text, each list item
and each table row is a paragraph, code blocks are dropped, and an HTML block
keeps its text (scripts, styles and figures with their captions go). The
paragraphs then go through the reading and cleaning of plain text.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import date, datetime
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..cleaning import COMMA_QUOTE_END_RE, SENTENCE_END_RE
from ..dates import parse_date_line
from ..errors import SourceError
from ..lexicon import Lexicon
from ..yamltext import YAMLProblem, load_with_lines
from .html_page import HARD_KINDS, _authors
from .language import normalise_tag
from .metadata import site_domain
from .source import Page, own_address
from .text import site_beside_headline, split_site_name

HOST_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.I)  # "www.example.co.uk"
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<yaml>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
DROPPED_HTML_RE = re.compile(
    r"<(script|style|noscript|template|iframe|figure|figcaption|svg|form)\b.*?</\1\s*>", re.I | re.S
)
HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
HTML_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|tr|td|th|table|section|article|aside|blockquote|ul|ol|dl|dt|dd|header|"
    r"footer|main|nav|pre|hr)\b[^>]*>",
    re.I,
)
HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
SCRIPT_OPEN_RE = re.compile(r"^<(script|style|noscript|template)\b", re.I)
log = logging.getLogger("generator")

KEYS = {
    # WordPress's exporters write post_title and post_date
    "title": ("title", "headline", "post_title"),
    # crawlers and CMS exports write published_at, publish_date, date_published
    "published": (
        "date",
        "published",
        "pubdate",
        "publishdate",
        "post_date",
        "published_at",
        "publish_date",
        "date_published",
    ),
    # crawlers write the address under "source" too; a value that is no web address is passed over
    "url": ("url", "link", "canonical_url", "canonical", "source_url", "source"),
    "outlet": ("outlet", "site", "sitename", "site_name", "publication", "publisher"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang", "locale"),
}
PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# a reader service's crawl of a page ("Title: ..." / "URL Source: ..." / "Published Time: ..." /
# "Markdown Content:"): the page's <title>, address and date above its text in Markdown; the
# labels are the tool's, in English whatever the page's language
CRAWL_LABEL = r"[A-Z][\w ]{1,40}"  # "Published Time", one field's label
CRAWL_HEADER_RE = re.compile(
    r"\A\s*Title:[ \t]*(?P<title>[^\n]*)\n\s*URL Source:[ \t]*(?P<url>\S*)[ \t]*\n"
    rf"(?P<fields>(?:\s*{CRAWL_LABEL}:[ \t]*[^\n]*\n)*?)\s*Markdown Content:[ \t]*\n"
)
CRAWL_FIELD_RE = re.compile(rf"^\s*(?P<key>{CRAWL_LABEL}):[ \t]*(?P<value>.*)$", re.M)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def read_markdown(text: str, path: str, lexicon: Lexicon) -> Page:
    """Front matter and plain body paragraphs of one Markdown source."""
    doc = Page()
    match = FRONT_MATTER_RE.match(text)
    if match and _front_matter(match.group("yaml"), doc, path, lexicon):
        text = text[match.end() :]
    crawl = CRAWL_HEADER_RE.match(text)
    if crawl:
        text = text[crawl.end() :]
    blocks = _blocks(PARSER.parse(text), doc.linked)
    if crawl:
        _crawl_header(crawl, blocks, doc, path, lexicon)
    elif blocks and blocks[0][0] == "h1":
        heading = blocks.pop(0)[1]
        # a crawler's page named by its site's address ("# www.example.com"): no headline
        if HOST_RE.match(heading.strip()):
            doc.outlet = doc.outlet or site_domain(heading.strip(), lexicon)
            # its outline of the page's headings ("- # Headline" in a list) gives the headline:
            # the page's first heading of the top level
            at = next((i for i, (kind, _) in enumerate(blocks) if kind == "h1"), None)
            if at is not None:
                doc.headline = blocks.pop(at)[1]
        else:
            doc.headline = heading
    doc.title = doc.title or doc.headline
    # a crawler's link to the page itself, first or last: the source's address, not its text
    for at in (0, -1):
        if blocks and blocks[at][0].startswith("link "):
            doc.url = doc.url or blocks[at][0].removeprefix("link ")
            blocks.pop(at)
    # a heading over a list of links, or over a crawl's outline: the box's, not the story's
    doc.linked += [
        text
        for at, (kind, text) in enumerate(blocks[:-1])
        if kind in HEADINGS and blocks[at + 1][0] in HARD_KINDS and blocks[at + 1][1] in doc.linked
    ]
    for kind, block in blocks:
        for paragraph in _paragraphs(block) if kind == "p" else [block]:
            doc.lines.extend(paragraph.split("\n"))
            doc.lines.append("")
        if kind in HARD_KINDS:
            doc.hard_breaks.append(block)
        if kind in HEADINGS:
            doc.headings.append(block)
    return doc


MAX_CRAWL_HEADING = 6  # blocks above the headline: a skip link, the menu's items, the logo's name


def _crawl_header(
    crawl: re.Match[str], blocks: list[tuple[str, str]], doc: Page, path: str, lexicon: Lexicon
) -> None:
    """A crawl's header into `doc`: the address, the date, and the headline, the heading near the
    top that the page's title gives whole, alone or with the site's name beside it ("Headline -
    Site", "Headline | Site"), which names the outlet then. A title that no heading repeats is
    the headline with the site's name cut off where the address or a known outlet vouches for it."""
    title = " ".join(html.unescape(crawl.group("title")).split())
    address = _address(crawl.group("url"))
    doc.url = address if re.match(r"^https?://", address, re.I) else None
    fields = {
        m.group("key").lower(): m.group("value").strip()
        for m in CRAWL_FIELD_RE.finditer(crawl.group("fields"))
    }
    if fields.get("published time"):
        doc.published = _date(fields["published time"], path, "Published Time")
    top = blocks[:MAX_CRAWL_HEADING]
    for at, (kind, text) in enumerate(top):
        if kind not in HEADINGS:
            continue
        site = site_beside_headline(title, text)
        if site and any(k in HEADINGS and _same_words(t, site) for k, t in top[at + 1 :]):
            # the logo's heading over the headline's, a title "Headline | Site": read from the
            # logo's end, the headline would pass for the site; the later heading is the headline
            continue
        if site or _same_words(text, title):
            doc.headline = blocks.pop(at)[1]
            # a heading above the headline is the logo's text: "Asia Pacific Report" / "====="
            logo = next((t for k, t in blocks[:at] if k in HEADINGS and _logo_like(t)), None)
            doc.outlet = doc.outlet or site or logo
            break
    if doc.headline is None and title:
        doc.title, site = split_site_name(title, doc.url, lexicon)
        doc.outlet = doc.outlet or site
    doc.title = doc.headline or doc.title


def _same_words(one: str, other: str) -> bool:
    """Whether two lines print the same words, whatever their case and spacing."""
    return " ".join(one.split()).lower() == " ".join(other.split()).lower()


MAX_LOGO_WORDS = 4


def _logo_like(text: str) -> bool:
    """A site's name as its logo writes it: a few words, each capitalised, no sentence."""
    words = text.split()
    return 0 < len(words) <= MAX_LOGO_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _address(value: str) -> str:
    """A front matter's address as the page's own: a blog's export keeps character references
    ("&#038;"), and a feed reader's link is often a redirect (readers/source.py, own_address)."""
    return own_address(html.unescape(value.strip())) or ""


def _one(value: Any) -> Any:
    """A list of one value as that value: site generators write one value as a list of one
    ("lang: [en]", "canonical_url: [https://...]")."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def _load_front_matter(source: str, path: str) -> tuple[Any, Any]:
    """The front matter's data and lines. YAML indents with spaces only, but crawlers indent a
    value's lines with tabs ("author:" / "\t\tBY KO SEUNG-PYO"): such a text is read again with
    the tabs that open its lines as spaces, and said so, rather than lose the article."""
    try:
        return load_with_lines(source, depth=1)
    except YAMLProblem:
        spaced = LEADING_TABS_RE.sub(lambda match: match.group().expandtabs(TAB_WIDTH), source)
        if spaced == source:
            raise
        try:
            loaded = load_with_lines(spaced, depth=1)
        except YAMLProblem:
            pass
        else:
            log.warning("%s: front matter: lines indented with tabs, read as spaces", path)
            return loaded
        raise


LEADING_TABS_RE = re.compile(r"^[ \t]*\t[ \t]*", re.M)
TAB_WIDTH = 4


def _front_matter(source: str, doc: Page, path: str, lexicon: Lexicon) -> bool:
    """Read front matter into `doc`; False if the text between the '---' lines is not front matter.

    A file may open with a horizontal rule ('---') rather than front matter: what
    follows is front matter only if it reads as "key: value" lines.
    """
    looks_like_keys = bool(re.match(r"^\s*[A-Za-z_][\w -]{0,40}:(\s|$)", source))
    try:
        data, lines = _load_front_matter(source, path)
    except YAMLProblem as problem:
        if not looks_like_keys:
            return False
        # the front matter starts on the file's line 2, under the first '---'
        line = problem.line + 1 if problem.line else None
        verdict = "is not valid YAML" if problem.syntax else "is refused"
        raise SourceError(path, f"its front matter {verdict}: {problem.what}", line=line) from problem
    if data is None:
        return True
    if not isinstance(data, dict):
        return False
    values = {str(k).lower(): v for k, v in data.items()}
    # the file's line of each key: the front matter starts on line 2, under the first '---'
    key_lines = {key[0].lower(): line + 1 for key, line in lines.items()}

    def pick(name: str) -> tuple[str, Any]:
        """The first key of `name`'s spellings that has a value, and the value."""
        for key in KEYS[name]:
            value = values.get(key)
            # site generators write one value as a list of one ("lang: [en]"); authors may be many
            if name != "authors":
                value = _one(value)
            # a yes/no value is a site generator's flag ("published: true" in Jekyll and
            # Hugo means "show it"), never a title, date, address or name
            if value not in (None, "", []) and not isinstance(value, bool):
                return key, value
        return "", None

    def first(name: str) -> Any:
        return pick(name)[1]

    title = first("title")
    # a blog's export keeps the page's character references: "India &#8211; gulfnews.com"
    doc.title = " ".join(html.unescape(str(title)).split()) if title is not None else None
    key, published = pick("published")
    doc.published = _date(published, path, key, key_lines.get(key))
    addresses = (_address(str(_one(values.get(key)) or "")) for key in KEYS["url"])
    doc.url = next((a for a in addresses if re.match(r"^https?://", a, re.I)), None)
    outlet = first("outlet")
    doc.outlet = " ".join(html.unescape(str(outlet)).split()) if outlet else None
    authors = first("authors")
    if authors is not None:
        credits = "; ".join(str(a) for a in authors) if isinstance(authors, list) else str(authors)
        credits = html.unescape(credits)
        doc.authors, doc.credits = _authors(credits, lexicon)
    language = first("language")
    if language is not None:
        doc.language = normalise_tag(language)
        if doc.language is None:
            raise SourceError(
                path, f"front matter: language {language!r} is not a language code such as 'en'"
            )
    return True


def _date(value: Any, path: str, key: str = "date", line: int | None = None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        if ISO_DATE_RE.match(text):  # written as a date, but no such day: say so, not a guess
            raise SourceError(path, f"{key}: {text!r} is not a date ({exc})", line) from None
    day = parse_date_line(text)
    if day is None:
        # crawlers write placeholders ("date: unknown"); as with a page's unreadable <meta>
        # date, the article is kept and its date looked for in its text
        log.warning("%s: front matter: cannot read %r as a date; the text's date is used", path, text)
    return day


LONG_LINE = 150  # characters: longer than any line a person or a text browser wraps at


def _paragraphs(block: str) -> list[str]:
    """A Markdown paragraph's parts: a crawler that writes one paragraph on each line, with
    no blank line between, makes one CommonMark paragraph of the whole story. Where its lines
    are longer than anyone wraps at, a line that ends a sentence ends a paragraph; a wrapped
    paragraph stays one."""
    lines = block.split("\n")
    if max(len(line) for line in lines) <= LONG_LINE:
        return [" ".join(lines)]
    parts: list[list[str]] = [[]]
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        parts[-1].append(line)
        if SENTENCE_END_RE.search(line) and not COMMA_QUOTE_END_RE.search(line) or _apart(line, following):
            parts.append([])
    return [" ".join(part) for part in parts if part]


def _apart(line: str, following: str) -> bool:
    """Whether a line that ends no sentence is still a block of its own in a one-block-per-line
    crawl: a heading, a menu entry or a label ("Related articles", "Author") before a line that
    starts anew with a capital. A line cut inside a sentence ends with a comma or a joining
    mark, or runs on in lower case."""
    return bool(following[:1].isupper() or following[:1].isdigit()) and not re.search(r"[,;(\-–—/&]$", line)


def _inline(children: list[Token]) -> str:
    """Plain text of an inline run: markup out, link text kept, images dropped."""
    parts: list[str] = []
    hidden = 0  # inside inline <script> or <style>
    for token in children:
        if token.type == "html_inline":
            tag = token.content
            if SCRIPT_OPEN_RE.match(tag):
                hidden += 1
            elif hidden and re.match(r"^</(script|style|noscript|template)", tag, re.I):
                hidden -= 1
            elif re.match(r"^<br\b", tag, re.I):
                parts.append(" ")
            continue
        if hidden:
            continue
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    # the lines stay apart until _paragraphs decides whether a break ends a paragraph
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n")).strip()


def _lone_link(children: list[Token]) -> str | None:
    """The address of a paragraph that is one link to a page elsewhere: "[Title](https://...)"."""
    tokens = [t for t in children if not (t.type == "text" and not t.content.strip())]
    if len(tokens) < 3 or tokens[0].type != "link_open" or tokens[-1].type != "link_close":
        return None
    if any(t.type in ("link_open", "link_close") for t in tokens[1:-1]):
        return None
    href = str(tokens[0].attrs.get("href") or "")
    return href if re.match(r"^https?://", href, re.I) else None


def _all_link(children: list[Token]) -> bool:
    """Whether an inline run is one link as a whole, to any address: "[Title](/news/1)"."""
    tokens = [t for t in children if not (t.type == "text" and not t.content.strip())]
    return (
        len(tokens) >= 3
        and tokens[0].type == "link_open"
        and tokens[-1].type == "link_close"
        and not str(tokens[0].attrs.get("href") or "").startswith("#")
        and not any(t.type in ("link_open", "link_close") for t in tokens[1:-1])
    )


def _html_block(content: str) -> list[str]:
    content = HTML_COMMENT_RE.sub("", content)
    content = DROPPED_HTML_RE.sub("\n", content)
    content = HTML_BLOCK_TAG_RE.sub("\n", content)
    content = HTML_TAG_RE.sub("", content)
    return [" ".join(line.split()) for line in content.split("\n") if line.strip()]


def _blocks(tokens: list[Token], linked: list[str] | None = None) -> list[tuple[str, str]]:
    """(kind, text) of each block: headings, paragraphs, list items, table rows; the texts of
    headings and items that are a link as a whole go in `linked` too."""
    blocks: list[tuple[str, str]] = []
    row: list[str] | None = None
    heading: str | None = None
    items = 0  # depth of list items the token is in
    for token in tokens:
        if token.type == "list_item_open":
            items += 1
        elif token.type == "list_item_close":
            items -= 1
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if row and any(row):
                blocks.append(("row", "; ".join(cell for cell in row if cell)))
            row = None
        elif token.type == "inline":
            text = _inline(token.children or [])
            href = _lone_link(token.children or [])
            if href and row is None and heading is None and not items:
                blocks.append((f"link {href}", text))
                continue
            kind = heading or ("item" if items else "p")
            if kind != "p" or row is not None:
                text = " ".join(text.split())  # a heading, an item or a cell is one line
            # a link as a whole, or a heading inside a list's item (a crawl's outline of the page's
            # headings): no text of the story's own
            outline = heading is not None and items > 0
            if (
                kind != "p"
                and row is None
                and linked is not None
                and (outline or _all_link(token.children or []))
            ):
                linked.append(text)
            if row is not None:
                row.append(text)
            elif text:
                blocks.append((kind, text))
        elif token.type == "html_block" or (
            token.type == "code_block" and HTML_TAG_RE.match(token.content.lstrip())
        ):
            # a page's markup pasted with its indentation ("            <p>Because it's now ...")
            # parses as an indented code block; it is the page's text, read as the HTML it is
            blocks.extend(("p", line) for line in _html_block(token.content))
        # fences and indented code blocks of code are dropped; so are rules and the rest
    return blocks
