"""A saved web page: its article text through trafilatura, its metadata from the page itself.

trafilatura is asked for precision: navigation, related-story boxes, newsletter
and cookie boxes, comment sections and photo captions stay out. What it keeps
comes back as blocks (paragraphs, headings, list items, table rows), which go
through the same reading and cleaning as a plain-text source
(`text.read_lines`): boilerplate patterns still apply, and a byline or date
line left at the top of the article is read and taken out.

From the page: title, authors (people only: "A, B and C" split, organisation
credits such as "Reuters Staff" kept apart), publication date (from the page's
markup: meta tags, <time>, structured data; no guessing from the text),
canonical URL, site name and declared language (<html lang>, Content-Language).
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from ..dates import find_explicit
from ..errors import SourceError
from ..lexicon import Lexicon, alternatives, page_lexicon, without_leading
from ..names import unicode_script
from .encoding import TAG_RE
from .language import normalise_tag
from .source import Page, own_address
from .text import (
    _byline_parts,
    _is_person_name,
    byline_job,
    dates_only,
    site_beside_headline,
    split_site_name,
    without_job_title,
    without_picture_credit,
)

# The page's own claims about its language, most specific first.
LANGUAGE_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content",
    "//meta[translate(@name,'LANGUAGE','language')='language']/@content",
    "//meta[translate(@name,'DC.LANGUAGE','dc.language')='dc.language']/@content",
    "//meta[@property='og:locale']/@content",
)
SCRIPT_RE = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S)
HARD_KINDS = ("h1", "h2", "h3", "h4", "h5", "h6", "head", "item", "row")
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_page(html: str, path: str, lexicon: Lexicon) -> Page:
    """The article text and metadata of one HTML page."""
    try:
        tree = load_html(html)
    except (ValueError, etree.ParserError) as exc:
        raise SourceError(path, f"cannot be parsed as HTML: {exc}") from exc
    if tree is None:
        raise SourceError(path, "cannot be parsed as HTML")
    page = Page(language=_declared_language(tree))
    _plain_meta_values(tree)
    declared = _meta_authors(tree)  # read before trafilatura prunes the tree
    own_name = _og_site_name(tree)
    description = _description(tree)
    title_tag = _clean(tree.findtext(".//title"))  # read before trafilatura prunes the tree
    printed_headline = _first_h1(tree)  # read before trafilatura prunes the tree
    addresses = _address_words(tree)
    # a markup time in UTC may be a day off the printed date: only then are the printed dates read
    utc_days = {m.group("day") for m in UTC_STAMP_RE.finditer(html)}
    printed = _printed_dates(tree) if utc_days else set()
    teasers = _link_texts(tree)  # read before trafilatura prunes the tree
    pictured = _alt_texts(tree)
    document = _extract(tree, path, precise=True)
    if _words(document) < MIN_PRECISE_WORDS:
        # asked for precision, trafilatura may keep a box beside the story and drop the story
        # ("Comments are encouraged ... Keep it civil"): a short result is checked against a
        # balanced reading of a fresh copy of the page, and the longer one is the article
        fresh = load_html(html)
        balanced = _extract(fresh, path, precise=False) if fresh is not None else None
        if _words(balanced) > 2 * _words(document):
            document = balanced
    body = getattr(document, "body", None) if document is not None else None
    if body is None or not "".join(body.itertext()).strip():
        raise SourceError(path, "no article text found in the page")
    blocks = _blocks(body)
    if blocks and blocks[0][0] == "h1":
        page.headline = blocks.pop(0)[1]
    away = [_links_away(kind, text, teasers) for kind, text in blocks]
    # a heading over a list of links ("Related stories", "Más noticias"): the box's, not the story's
    page.linked = [
        text
        for at, (kind, text) in enumerate(blocks[:-1])
        if _is_heading(kind) and away[at + 1] and not away[at]
    ]
    blocks = [
        (kind, text)
        for (kind, text), linked in zip(blocks, away, strict=True)
        if not linked and " ".join(text.split()) not in pictured
    ]
    lead = _dropped_lead(description, blocks, html, page.headline)
    if lead:
        blocks.insert(0, ("p", lead))
    for kind, text in blocks:
        page.lines.extend(text.split("\n"))
        page.lines.append("")
        if kind in HARD_KINDS:
            page.hard_breaks.append(text)
        if _is_heading(kind):
            page.headings.append(text)
        if kind == "quote":
            page.quoted.append(text)
    # the headline as the page prints it, its <h1> over the title its metadata gives (an earlier
    # wording kept for search engines and shares: og:title, <title>), where the article opens so
    page.title = page.headline or _clean(document.title)
    # the author field in the words of the language the page declares: "Von Anna Müller,
    # Korrespondentin" (a job, no second author) on a German page
    credits = page_lexicon(lexicon, page.language)
    page.authors, page.credits = _authors(_clean(document.author), credits, addresses)
    listed, _ = _authors(declared, credits)
    if set(page.authors) < set(listed):  # trafilatura keeps the first of "A, B"
        page.authors = listed
    page.published = _local_date(_date(document.date), printed, utc_days)
    url = document.url if document.url and re.match(r"^https?://", document.url, re.I) else None
    page.url = own_address(url)  # a web archive's copy or a redirect: the page's own address
    page.outlet = _site_name(_clean(document.sitename), page.url, html)
    if own_name and page.outlet and _legal_name(page.outlet, lexicon):
        page.outlet = own_name  # "Jyllands-Posten", not its publisher "JP/Politikens Hus A/S"
    if page.outlet and page.outlet in {page.title, page.headline}:
        # trafilatura names a page that states no site after its headline: the site is the one
        # its <title> names after the headline ("... | ประชาไท Prachatai.com"), if any
        _, site = split_site_name(title_tag, page.url, lexicon)
        page.outlet = _first_script_part(site) if site else None
    if page.outlet is None:
        # "Headline | Site" over an <h1> that prints "Headline": the site is the title's other end,
        # whether the article's reader kept the <h1> or left it outside the story it found
        heads = (h for h in (page.headline, printed_headline) if h)
        page.outlet = next((s for h in heads if (s := site_beside_headline(title_tag, h))), None)
    if (
        url != page.url
        and page.outlet
        and page.outlet.lower() == (urlsplit(url or "").hostname or "").lower()
    ):
        page.outlet = None  # the archive's host, which the reader took for the site's name
    # a site that signs its pages with its own name ("NOW Grenada") names no author
    page.authors = [a for a in page.authors if a.casefold() != (page.outlet or "").casefold()]
    return page


def _is_heading(kind: str) -> bool:
    """Whether a block's kind is a heading's: "h2", "h3"."""
    return kind.startswith("h") and kind[1:].isdigit()


def _first_h1(tree: HtmlElement) -> str | None:
    """The text of the page's first <h1>, whitespace folded: its headline, as a rule."""
    heading = next(tree.iter("h1"), None)
    if heading is None:
        return None
    return " ".join("".join(heading.itertext()).split()) or None


MIN_TEASER_LINK_WORDS = 4  # another story's headline as a link; "Home", "Read more" are shorter
MAX_KICKER_WORDS = 3  # a teaser's kicker before the link: "Crónica", "Mundial 2024"


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's links to other pages that read like headlines (four words or more),
    whitespace folded: what a related-story box or a list of teasers prints."""
    found = set()
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = " ".join("".join(anchor.itertext()).split())
        if len(text.split()) >= MIN_TEASER_LINK_WORDS:
            found.add(text)
    return frozenset(found)


MIN_ALT_CHARACTERS = 20  # a picture's description, not "Photo" or a logo's name


def _alt_texts(tree: HtmlElement) -> frozenset[str]:
    """The descriptions of the page's pictures (their alt text), whitespace folded: a caption
    printed under a picture repeats it, and a paragraph that is one is the picture's, not the
    story's ("岩本絹子元理事長の逮捕を受け、記者会見を開いた清水治理事長（中）ら大学幹部")."""
    found = set()
    for image in tree.iter("img"):
        text = " ".join((image.get("alt") or "").split())
        if len(text) >= MIN_ALT_CHARACTERS:
            found.add(text)
    return frozenset(found)


def _links_away(kind: str, text: str, links: frozenset[str]) -> bool:
    """A list item or heading that is all a link to another page, after a kicker of a few words
    at most ("Crónica" / "Ferrari salva el 'match ball' tras una carrera ..."): another story's
    teaser, in any language. A paragraph of the story may be a link as a whole (a quotation
    that links its source) and stays."""
    if kind not in HARD_KINDS or not links:
        return False
    folded = " ".join(text.split())
    for link in links:
        if folded.endswith(link) and len(folded[: -len(link)].split()) <= MAX_KICKER_WORDS:
            return True
    return False


def _site_name(name: str | None, url: str | None, html: str) -> str | None:
    """The site's name the page states: trafilatura names a page that states none after a label
    of its address, capitalised ("Hosted" for hosted.ap.org; "Ottawacitizen" for an og:site_name
    "ottawacitizen"), which the page never writes so; the address itself names the site then
    (readers/metadata.py). A name the page writes ("Reuters" at reuters.com) stays."""
    labels = (urlsplit(url).hostname or "").lower().split(".") if url else []
    if name and name.lower() in labels and not re.search(rf"\b{re.escape(name)}\b", html):
        return None
    return name


MIN_PRECISE_WORDS = 150  # fewer words than a short news story: perhaps not the story at all


def _extract(tree: HtmlElement, path: str, precise: bool) -> Any:
    """trafilatura's reading of a page (it prunes `tree`): body and metadata."""
    try:
        return trafilatura.bare_extraction(
            tree,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            deduplicate=False,
            # htmldate's own default: a page whose markup has no date may print one ("Updated: Oct 9, 2019")
            date_extraction_params=set_date_params(extensive=True),
        )
    except Exception as exc:  # trafilatura and its fallbacks raise many kinds
        raise SourceError(path, f"its article text could not be extracted: {exc}") from exc


def _words(document: Any) -> int:
    body = getattr(document, "body", None) if document is not None else None
    return len("".join(body.itertext()).split()) if body is not None else 0


def _clean(value: str | None) -> str | None:
    """A metadata value as text: markup out (a <title> holds text, and '<script>' is text there)."""
    value = " ".join(_plain(value or "").split())
    return value or None


def _plain(value: str) -> str:
    """A value with no markup in it: a script or style with its content, any other tag alone."""
    return TAG_RE.sub("", SCRIPT_RE.sub(" ", value))


def _plain_meta_values(tree: HtmlElement) -> None:
    """Take markup out of every <meta> value before anyone reads them (trafilatura too).

    An attribute is text to the parser: content="<script>alert(1)</script>Ivan Petrov" reached
    trafilatura whole, which dropped the brackets and kept "Alertivan Petrov" as an author.
    """
    for meta in tree.iter("meta"):
        for name in ("content", "value"):
            value = meta.get(name)
            if value and "<" in value:
                meta.set(name, " ".join(_plain(value).split()))


def _declared_language(tree: HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    for xpath in LANGUAGE_XPATHS:
        try:
            values = root.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
        except etree.XPathError:
            continue
        for value in values:
            code = normalise_tag(str(value).split(",")[0])
            if code:
                return code
    return None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


MAX_DATE_NODE_CHARS = 80  # a date line, a byline with its date: not a paragraph of the story
VISIBLE_TEXT_XPATH = (
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


UTC_STAMP_RE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|\+00:?00)")


def _printed_dates(tree: HtmlElement) -> set[date]:
    """The whole dates a reader sees on the page, in short pieces of text of their own ("November
    18, 2019", "By Jane Doe | Dec 14, 2020 11:31 PM"), not in the markup's attributes or scripts."""
    found: set[date] = set()
    for node in tree.xpath(VISIBLE_TEXT_XPATH):
        text = " ".join(str(node).split())
        if not text or len(text) > MAX_DATE_NODE_CHARS or not any(c.isdigit() for c in text):
            continue
        for _, parsed in find_explicit(text):
            day = parsed.as_date() if parsed.year and parsed.month and parsed.day else None
            if day is not None:
                found.add(day)
    return found


def _local_date(day: date | None, printed: set[date], utc_days: set[str]) -> date | None:
    """The markup's date as the page prints it. A markup time in UTC ("2019-11-19T04:50:22Z",
    "+00:00") may be the day before or after in the newsroom's own zone: where the page prints
    that day and never the markup's ("November 18, 2019"), the printed day is the one its readers
    know. A time with its own zone ("+0300") is the newsroom's day already (a print edition's
    date, the next day's, may stand beside it)."""
    if day is None or day in printed or day.isoformat() not in utc_days:
        return day
    near = [d for d in (day - timedelta(days=1), day + timedelta(days=1)) if d in printed]
    return near[0] if len(near) == 1 else day


def _address_words(tree: HtmlElement) -> frozenset[str]:
    """The words of web addresses in a page's author tags that name no one: Open Graph's
    `article:author` holds a profile's address ("www.facebook.com/examplenews"), which trafilatura
    turns into the credits "Www Facebook Com" and "Examplenews". The scheme's and host's words and a path's
    one-word handles; a path's name written with separators ("/author/lance-ulanoff") is the
    writer's, and trafilatura's credit made of it is kept."""
    words: set[str] = set()
    values = tree.xpath('//meta[@property="article:author" or @name="author"]/@content')
    for address in (a for v in values for a in WEB_ADDRESS_RE.findall(str(v))):
        parts = urlsplit(address if "://" in address else "//" + address)
        words.update(re.findall(r"[^\W_]+", f"{parts.scheme} {parts.hostname or ''}".lower()))
        words.update(p.lower() for p in parts.path.split("/") if re.fullmatch(r"[^\W_]+", p))
    return frozenset(words)


NAME_WORD_RE = re.compile(r"\S+")


def _first_script_part(name: str) -> str:
    """A site's name written in its own script and again in Latin letters ("ประชาไท Prachatai.com"):
    the words in the script it opens with, the name as its readers write it."""
    words = NAME_WORD_RE.findall(name)
    scripts = [_script_of(word) for word in words]
    if not words or scripts[0] in ("Latin", "") or "Latin" not in scripts:
        return name
    return " ".join(words[: scripts.index("Latin")])


def _script_of(word: str) -> str:
    """The script most of a word's letters are in; in a tie, the one it opens with (not the order
    of a set, which changes with the interpreter's hash seed: same page, another outlet)."""
    letters = [unicode_script(ch) for ch in word if ch.isalpha()]
    return max(dict.fromkeys(letters), key=letters.count) if letters else ""


MIN_LEAD_WORDS = 15  # a story's first paragraph; a shorter description is a teaser's line


def _description(tree: HtmlElement) -> str | None:
    """The page's description of itself (its meta description, else Open Graph's), whitespace
    folded."""
    for xpath in ('//meta[@name="description"]/@content', '//meta[@property="og:description"]/@content'):
        values = tree.xpath(xpath)
        if values and len(str(values[0]).split()) >= MIN_LEAD_WORDS:
            return " ".join(str(values[0]).split())
    return None


def _dropped_lead(
    description: str | None, blocks: list[tuple[str, str]], html: str, headline: str | None = None
) -> str | None:
    """The story's first paragraph trafilatura dropped: a page whose description is its lead
    prints it as the first paragraph ("article-leadtext", "enews-article-lead"), which the
    extractor's precision takes for a summary box (intl-dev 900, German, and 938, Hungarian). The
    paragraph the page prints whole with the description's words, when no block kept has them,
    inside the article (`_article_span`): a site whose every page has its tagline as description
    prints it in its header, and that is no story's lead."""
    if not description or not blocks:
        return None
    opening = description.rstrip(".…").rstrip()[:80]
    if any(opening in " ".join(text.split()) for _, text in blocks):
        return None
    tree = load_html(html)
    if tree is None:
        return None
    order = {element: i for i, element in enumerate(tree.iter())}  # document order
    span = _article_span(tree, order, blocks[0][1], headline)
    if span is None:
        return None
    container, after, before = span
    for element in container.iter("p", "div"):
        if not after < order[element] < before:
            continue
        text = " ".join("".join(element.itertext()).split())
        if text.startswith(opening) and len(text) <= 2 * len(description) and len(element) <= 3:
            return text
    return None


def _article_span(
    tree: HtmlElement, order: dict[HtmlElement, int], first: str, headline: str | None
) -> tuple[HtmlElement, int, int] | None:
    """Where a story's dropped lead may stand: between the headline (the page's <h1>) and the
    first paragraph kept, inside the element that holds both (the article's container), as
    that element and the two positions in document order. A page without an <h1>: the first
    kept paragraph's box, two levels up. None when the kept paragraph is not found. `order`: each
    element's position in document order."""
    opening = " ".join(first.split())[:60]
    if not opening:
        return None
    anchor = None
    for element in tree.iter():
        if not isinstance(element.tag, str) or (anchor is not None and anchor not in element.iterancestors()):
            continue
        if " ".join("".join(element.itertext()).split()).startswith(opening):
            anchor = element  # the first element printing it, then the innermost inside it
    if anchor is None:
        return None
    heads = [
        h for h in tree.iter("h1") if not headline or " ".join("".join(h.itertext()).split()) == headline
    ]
    if not heads:
        box = anchor.getparent()
        box = box.getparent() if box is not None and box.getparent() is not None else box
        return (box, -1, order[anchor]) if box is not None else None
    head = heads[0]
    for box in anchor.iterancestors():
        if any(element is head for element in box.iter("h1")):
            return box, order[head], order[anchor]
    return None


def _og_site_name(tree: HtmlElement) -> str | None:
    """The name the page gives its site in its own Open Graph tag."""
    values = tree.xpath('//meta[@property="og:site_name"]/@content')
    return _clean(str(values[0])) if values else None


def _legal_name(name: str, lexicon: Lexicon) -> bool:
    """A company's name with its legal form ("JP/Politikens Hus A/S", "Example Media GmbH"): the
    publisher structured data names, in any language (sources data, `legal_forms`), not the site."""
    forms = {form.lower() for form in lexicon.reading_words("sources", "legal_forms")}
    words = name.replace(",", " ").split()
    return len(words) > 1 and words[-1].lower() in forms


def _meta_authors(tree: HtmlElement) -> str | None:
    values = tree.xpath('//meta[@name="author"]/@content | //meta[@name="author"]/@value')
    return "; ".join(str(v) for v in values) or None


# a web address in an author field: "https://www.facebook.com/jane.doe", "www.example.com/staff"
WEB_ADDRESS_RE = re.compile(r"(?<!\S)(?:\w+://|www\.)[^\s,;|]+")


# a writer's e-mail address after the name, bare or in brackets: the name is the credit
CREDIT_EMAIL_RE = re.compile(r"\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?")


def _authors(
    value: str | None, lexicon: Lexicon, addresses: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """People and organisations among a page's author credits ("A; B", "A, B and C").

    Left out: dates ("Updated Oct 9"). "JANE DOE Associated Press": the name in capitals
    is a person's, the known outlet after it an organisation.
    """
    people: list[str] = []
    organisations: list[str] = []
    outlets = sorted(set(lexicon["sources"].get("outlets", {}).values()), key=len, reverse=True)
    # an author field is read before the page's language is told: every language's words
    by_re = _opening_re(tuple(sorted(lexicon.reading_words("sources", "author_field_prefixes"))), r":?\s+")
    dated_re = _opening_re(tuple(sorted(lexicon.reading_words("sources", "author_field_dates"))), r"\b")
    # a label the page prints before its names ("Авторы: Сергей Борисов")
    label_re = _opening_re(tuple(sorted(lexicon.reading_words("sources", "byline_labels"))), r":?\s+")
    placeholders = lexicon.reading_words("sources", "no_author_values")
    for credit in re.split(r"\s*[;|·•]\s*", value or ""):
        credit = CREDIT_EMAIL_RE.sub("", credit)  # "BY KO SEUNG-PYO [paik.jihwan@joongang.co.kr]"
        # the Open Graph author tag holds a profile's address ("www.facebook.com/examplenews")
        credit = WEB_ADDRESS_RE.sub("", credit)
        # "Текст: Ирина Соколова. Фото: Пётр Волков": the photographer is no author
        names = without_picture_credit(label_re.sub("", by_re.sub("", credit.strip())), lexicon, bare=True)
        for at, name in enumerate(_byline_parts(names, lexicon)):
            if at and byline_job(name, lexicon):
                continue  # "Jane Doe, correspondent": her job, no second author
            # "Jane Doe | May 10, 2025" read as "Jane Doe; May": a month's or a day's name alone
            if dates_only(name):
                continue
            if find_explicit(name) or dated_re.match(name) or name.lower() in placeholders:
                continue  # a CMS with no writer's name fills in its account or an empty value ("False")
            if addresses and set(re.findall(r"[^\W_]+", name.lower())) <= addresses:
                continue  # a piece of a profile's address
            outlet = next((o for o in outlets if name.endswith(" " + o)), None)
            if outlet:
                name = name[: -len(outlet)].strip()
                if outlet not in organisations:
                    organisations.append(outlet)
            if not name or name.lower() in lexicon.words("grammar", "articles"):
                continue  # "Colleen Barry, The Associated Press": the article left of the outlet
            if name.isupper() and " " in name:
                name = name.title()
            person = without_job_title(name, lexicon)
            if person is None:
                continue  # "AP Auto Writer": a job, no one's name
            name = person
            if _is_person(name, lexicon):
                target = people
            else:
                the = lexicon.reading_words("grammar", "definite_articles")
                target, name = organisations, without_leading(name, the)
            if name not in target:
                target.append(name)
    return people, organisations


@lru_cache(maxsize=8)  # asked for every credit of every page
def _opening_re(words: tuple[str, ...], after: str) -> re.Pattern[str]:
    """One of `words` at the start, in any case, then `after`."""
    return re.compile(rf"^(?:{alternatives(list(words))}){after}", re.I)


def _is_person(name: str, lexicon: Lexicon) -> bool:
    """A person's name (text.py's rule) and not an agency's initials ("TNN") nor "The ..."."""
    if name.lower().startswith("the ") or len(name.split()) == 1 and name.isupper():
        return False
    return _is_person_name(name, lexicon)


def _inline(element: etree._Element, skip: tuple[str, ...] = ()) -> str:
    """The text of an element: line breaks kept as newlines, nested blocks in `skip` left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.tag not in ("graphic", *skip):
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
        parts.append(child.tail or "")
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(lines).strip("\n")


def _blocks(body: etree._Element) -> list[tuple[str, str]]:
    """(kind, text) of each block of trafilatura's output: paragraphs, headings, items, rows, and
    the paragraphs of a <blockquote> ("quote")."""
    blocks: list[tuple[str, str]] = []

    def add(kind: str, text: str) -> None:
        if text.strip():
            blocks.append((kind, text))

    def items(listing: etree._Element) -> None:
        """One block per list item; a list inside an item follows it."""
        for item in listing.iterchildren("item"):
            add("item", _inline(item, skip=("list",)))
            for sub in item.iterchildren("list"):
                items(sub)

    def walk(parent: etree._Element, paragraph: str = "p") -> None:
        for child in parent:
            tag = child.tag
            if tag == "head":
                add(child.get("rend") or "head", _inline(child))
            elif tag == "list":
                items(child)
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [_inline(cell).replace("\n", " ") for cell in row.iterchildren("cell")]
                    add("row", "; ".join(c for c in cells if c))
            elif tag == "code":
                continue  # program code is not article text
            elif tag in ("quote", "div") and any(c.tag in ("p", "list", "head") for c in child):
                walk(child, "quote" if tag == "quote" else paragraph)
            elif tag in ("graphic", "lb"):
                pass
            else:
                # a <blockquote>'s text is a paragraph the page sets apart as quoted ("quote")
                add("quote" if tag == "quote" else paragraph, _inline(child))
            if child.tail and child.tail.strip():
                add(paragraph, " ".join(child.tail.split()))

    walk(body)
    return blocks
