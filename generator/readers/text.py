"""What the text of a source shows about it: headline, byline, date line and trailers.

A plain-text source comes as scraped: a headline line, maybe a byline
("By ..."), maybe a date line, the body, and trailers ("Original url:", credits
such as "By the X Foundation" or "Name (Theo Outlet)"). `read_lines` separates
these from the body; cleaning the body is `cleaning.py`'s job. The paragraphs of
an HTML page or a Markdown file go through the same steps, so a byline or a date
line left in the body of a page is taken out of it there too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..cleaning import SENTENCE_END_RE, _key, clean_lines, is_boilerplate, tidy_line
from ..dates import parse_date_line
from ..lexicon import Lexicon
from .regions import Region, article_region, starts_with_bullet
from .source import Source

MAX_HEADER_PARAGRAPHS = 6
URL_RE = re.compile(r"^<?(https?://[^\s<>\"']+)>?$", re.I)
URL_LABEL_RE = re.compile(
    r"^(?:(?:original|source|canonical)\s*(?:url|link|address)?|url|link|permalink)\s*:\s*(https?://\S+)?$",
    re.I,
)
BREADCRUMB_RE = re.compile(r"^[^.!?]{1,40}(?:\s+[|›»>/]\s+[^.!?|›»>/]{1,40}){1,5}$")
BYLINE_RE = re.compile(r"^by\s+(?P<who>.+?)\.?$", re.I)
NAME_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
PERSON_NAME_RE = re.compile(rf"^{NAME_WORD}(?:\s+(?:{NAME_WORD}|de|van|von|der|bin|al|la|le)){{0,4}}$")
CONTRIBUTED_RE = re.compile(r"^(?P<who>.{2,60}?) contributed (?:reporting|to this report)\.?$", re.I)


def read_lines(
    lines: list[str],
    source: Source,
    lexicon: Lexicon,
    known_title: str | None = None,
    known_authors: list[str] | None = None,
    hard_breaks: list[str] | None = None,
) -> None:
    """Header, trailers and body paragraphs of `lines` into `source`.

    What a page or front matter states elsewhere helps read its text:
    `known_title`: a first line that repeats it is taken out of the body, and no
    other line is taken for a headline; `known_authors`: a short line near the top
    that names them ("Von Katrin Vogel, 08.04.2024") is a byline, in any language;
    `hard_breaks`: blocks (headings, list items, table rows) after which a
    paragraph always ends, even when the next one starts in lower case.
    """
    # a page saved as text: the article is one run of its lines, its header just above
    region = article_region(lines, lexicon) if known_title is None and not hard_breaks else None
    lines = [tidy_line(line, lexicon) for line in lines]
    lines = _take_trailers(lines, source, lexicon)
    if region is not None:
        known_title = _header_above(region, source, lexicon)
        lines = lines[region.start : region.end]
    lines = _take_header(lines, source, lexicon, known_title, known_authors)
    paragraphs = clean_lines(lines, lexicon)
    if hard_breaks:
        paragraphs = _split_after(paragraphs, {tidy_line(b, lexicon) for b in hard_breaks})
    source.paragraphs = paragraphs


MAX_HEADER_BLOCKS = 15  # how far above a page's article its headline may stand
MIN_HEADLINE_WORDS = 4  # "Most Popular Today", "World News": section names, not headlines


def _header_above(region: Region, source: Source, lexicon: Lexicon) -> str | None:
    """Date, byline and headline from the blocks above a page's article; the headline found.

    The headline is the nearest headline-like block above the byline, else above the date
    line, else above the article: between them stand author links, teasers and share bars.
    """
    above = region.above[:MAX_HEADER_BLOCKS]
    texts = [tidy_line(b.text, lexicon) for b in above]
    anchor = 0
    for i, text in enumerate(texts):
        day = parse_date_line(text)
        if day and not source.published:
            source.published, anchor = day, i + 1
            break
    for i, text in enumerate(texts):
        if _is_byline(text) and _credit(text, source, lexicon):
            anchor = max(anchor, i + 1)
            break
    for block, text in zip(above[anchor:], texts[anchor:], strict=True):
        if starts_with_bullet(block.text) or is_boilerplate(text, lexicon) or parse_date_line(text):
            continue
        if len(text.split()) >= MIN_HEADLINE_WORDS and _is_headline(text) and not BYLINE_RE.match(text):
            source.title = source.title or text
            return source.title
    return None


def _split_after(paragraphs: list[str], hard: set[str]) -> list[str]:
    """Undo joins that ran a heading or list item into the paragraph after it."""
    out: list[str] = []
    for paragraph in paragraphs:
        pieces = [paragraph]
        while True:
            head = next((h for h in hard if h and pieces[-1].startswith(h + " ")), None)
            if head is None:
                break
            rest = pieces.pop()
            pieces += [head, rest[len(head) + 1 :].strip()]
        out.extend(piece for piece in pieces if piece)
    return out


# Words a byline may carry besides the names: dates and times ("Updated 10:07 PM, Mon August 8").
MONTHS = "january february march april may june july august september october november december"
DAYS = "monday tuesday wednesday thursday friday saturday sunday"
SHORT = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
MONTHS_AND_DAYS = frozenset(f"{MONTHS} {DAYS} {SHORT} am pm utc gmt updated published".split())
MAX_BYLINE_OTHER_WORDS = 4
MAX_NOTE_WORDS = 25  # a translator's note is a line of its own, not a sentence of the story


def _names_authors(line: str, authors: list[str]) -> bool:
    """A short line that names the known authors and little else: a byline."""
    if len(line.split()) > 16 or not any(a and a in line for a in authors):
        return False
    if SENTENCE_END_RE.search(line) or re.search(r"[\"“”«»]", line):
        return False  # a sentence that mentions them, or quotes them
    rest = line
    for author in authors:
        rest = rest.replace(author, " ")
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in MONTHS_AND_DAYS]
    return len(words) <= MAX_BYLINE_OTHER_WORDS


def _nonblank(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def _take_trailers(lines: list[str], source: Source, lexicon: Lexicon) -> list[str]:
    """Pick the URL, credits and via lines out of the text, wherever they stand."""
    kept = list(lines)
    for i, line in enumerate(lines):
        label = URL_LABEL_RE.match(line)
        if label:
            url = label.group(1) or _next_url(lines, i)
            if url and not source.url:
                source.url = url
                kept[i] = ""
                for j in range(i + 1, len(lines)):
                    if lines[j]:
                        if lines[j].strip("<>") == url:
                            kept[j] = ""
                        break
    # "Translated from Russian by DeepL": a note that the text is a translation
    for i, line in enumerate(kept):
        if line and len(line.split()) <= MAX_NOTE_WORDS:
            note = next((m for p in lexicon.translation_notes if (m := p.search(line))), None)
            if note:
                source.translated = True
                publisher = note.groupdict().get("publisher")
                if publisher and not source.original_publisher:
                    source.original_publisher = publisher.strip()
                kept[i] = ""
    # "More in Oilprice.com:": a boilerplate line that names the outlet
    for line in kept:
        for pattern in lexicon.boilerplate:
            match = pattern.match(line) if "outlet" in pattern.groupindex else None
            if match and not source.outlet:
                named = match.group("outlet").strip()
                source.outlet = _known_outlet(named, lexicon) or named
    # Credits and bylines at the end of the text.
    tail = _nonblank(kept)[-12:]
    for i in tail:
        line = kept[i]
        credit = _credit(line, source, lexicon)
        if credit:
            kept[i] = ""
    return kept


def _next_url(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 : index + 4]:
        if line:
            match = URL_RE.match(line)
            return match.group(1) if match else None
    return None


def _credit(line: str, source: Source, lexicon: Lexicon) -> bool:
    """Read a trailer line that credits a person or an organisation."""
    markers = lexicon["sources"].get("via_markers", {})
    marker_re = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    via = re.match(rf"^(?P<who>.{{2,60}}?)\s*\((?P<marker>{marker_re})\s+(?P<pub>[^)]+)\)\.?$", line, re.I)
    if via:
        who, publisher = via.group("who").strip(), via.group("pub").strip()
        if PERSON_NAME_RE.match(who) and not _is_credit_org(who, lexicon):
            source.authors.append(who)
        else:
            source.credits.append(who)
        if publisher not in source.via:
            source.via.append(publisher)
        if (markers.get(via.group("marker").lower()) or {}).get("translated"):
            source.translated = True
        return True
    byline = BYLINE_RE.match(line)
    if byline and len(line.split()) <= 8:
        who = byline.group("who").strip()
        if _is_credit_org(who, lexicon) or who.lower().startswith("the "):
            source.original_publisher = source.original_publisher or re.sub(r"^the\s+", "", who, flags=re.I)
            return True
        parts = _byline_parts(who)
        outlets = set(lexicon["sources"].get("outlets", {}).values())
        names = [p for p in parts if p not in outlets]
        not_names = {w.lower() for w in lexicon["people"].get("not_names", [])}
        # "By Monday, most troops had left." is a sentence, not a byline
        if not names or not all(
            _is_person_name(n, lexicon) and n.split()[0].lower() not in not_names for n in names
        ):
            return False
        source.authors.extend(names)
        for agency in (p for p in parts if p in outlets):
            source.credits.append(agency)
            source.outlet = source.outlet or agency
        return True
    credit_lines = lexicon["boilerplate"].get("credit_lines", {})
    if _credit_line(line, source, credit_lines):
        return True
    contributed = CONTRIBUTED_RE.match(line)
    if contributed:
        source.credits.append(contributed.group("who"))
        return False  # a sentence of the article: it stays in the body
    return False


def _credit_line(line: str, source: Source, credit_lines: dict[str, list[str]]) -> bool:
    """ "Reporting by A, B; writing by A; Editing by C": A and B are the authors."""
    labels = {label.lower(): role for role, items in credit_lines.items() for label in items}
    if not labels:
        return False
    pattern = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    parts = re.split(r"\s*;\s*", line.strip().rstrip("."))
    found = [re.match(rf"^(?P<label>{pattern})\s+(?P<who>.+)$", part, re.I) for part in parts]
    if not found or not all(found):
        return False
    for match in found:
        assert match is not None
        if labels[match.group("label").lower()] == "authors":
            for name in _byline_parts(match.group("who")):
                if PERSON_NAME_RE.match(name) and name not in source.authors:
                    source.authors.append(name)
    return True


def _is_credit_org(who: str, lexicon: Lexicon) -> bool:
    words = set(re.findall(r"[\w']+", who.lower()))
    credit_words = {w.lower() for w in lexicon["sources"].get("credit_words", [])}
    return bool(words & credit_words)


def _byline_parts(who: str) -> list[str]:
    return [p.strip(" .") for p in re.split(r"\s*(?:,|\band\b|&)\s*", who) if p.strip(" .")]


def _is_person_name(text: str, lexicon: Lexicon) -> bool:
    return bool(PERSON_NAME_RE.match(text)) and not _is_credit_org(text, lexicon)


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200:
        return False
    if line[-1] in ".,;:" or line[-1] in "\"”'’" and len(line) > 1 and line[-2] in ".,":
        return False
    first = line.lstrip("\"“'‘")[:1]
    return first.isupper() or first.isdigit()


def _take_header(
    lines: list[str],
    source: Source,
    lexicon: Lexicon,
    known_title: str | None = None,
    known_authors: list[str] | None = None,
) -> list[str]:
    """Read title, byline and date line from the top of the text.

    A breadcrumb ("Reuters | World | Middle East") may stand above the headline,
    and a standfirst between the headline and the date line; the date line and
    byline are looked for among the first few lines either way.
    """
    kept = list(lines)
    title_seen = False
    known_key = _key(known_title) if known_title else None
    for position, i in enumerate(_nonblank(kept)[:MAX_HEADER_PARAGRAPHS]):
        line = kept[i]
        if is_boilerplate(line, lexicon):
            continue
        url = URL_RE.match(line)
        if url:  # a dataset's record or a copied page: the address on a line of its own
            source.url = source.url or url.group(1)
            kept[i] = ""
            continue
        if not title_seen and BREADCRUMB_RE.match(line):
            first = re.split(r"\s+[|›»>/]\s+", line)[0].strip()
            source.outlet = source.outlet or _known_outlet(first, lexicon)
            kept[i] = ""
            continue
        day = parse_date_line(line)
        if day:
            source.published = source.published or day
            kept[i], title_seen = "", True
            continue
        if _is_byline(line) and _credit(line, source, lexicon):
            kept[i], title_seen = "", True
            continue
        if known_authors and _names_authors(line, known_authors):
            kept[i], title_seen = "", True
            continue
        if known_key is not None:
            if _key(line) == known_key:
                kept[i], title_seen = "", True  # the title again, at the top of the body
                continue
            title_seen = True  # the title is known: this line is the body's
            if position >= 3:
                break
            continue
        # A headline stands alone: a blank line follows it, not the rest of its sentence,
        # or the date line, address or byline that follows a headline
        alone = i + 1 >= len(kept) or kept[i + 1] == "" or _header_line(kept[i + 1])
        if not title_seen and alone and _is_headline(line):
            source.title = line
            kept[i], title_seen = "", True
            continue
        title_seen = True
        if position >= 3:
            break  # well into the body: no more header lines
    return kept


def _header_line(line: str) -> bool:
    return bool(parse_date_line(line) or URL_RE.match(line) or _is_byline(line))


def _is_byline(line: str) -> bool:
    """ "By Jane Doe and John Roe": short; "By Monday, most troops had left." is for _credit to judge."""
    return bool(BYLINE_RE.match(line)) and len(line.split()) <= 10


SITE_SUFFIX_RE = re.compile(r"^(?P<title>.{12,}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,40})$")


def split_site_name(title: str | None, url: str | None, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """ "Headline - Al Jazeera English", "Headline | Fortune": the headline, and the site's name.

    The part after the last bar or dash is the site's name only when it is a known outlet
    or the page's own address names it (aljazeera.com), so "Putin - the interview" stays.
    """
    match = SITE_SUFFIX_RE.match(title or "")
    if not match:
        return title, None
    site = match.group("site").strip()
    squashed = re.sub(r"[^a-z0-9]", "", site.lower())
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3]
    known = _known_outlet(site, lexicon)
    if known or any(label in squashed or squashed in label for label in labels if squashed):
        return match.group("title").strip(), known or site
    return title, None


def _known_outlet(name: str, lexicon: Lexicon) -> str | None:
    """An outlet's usual name, if `name` is one ("BBC NEWS" -> "BBC News")."""
    outlets = {v.lower(): v for v in lexicon["sources"].get("outlets", {}).values()}
    return outlets.get(name.lower().strip(" .:"))
