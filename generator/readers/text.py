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
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from .. import dates
from ..cleaning import (
    BULLET_RE,
    LEADING_SIGNS_RE,
    QUOTE_MARKS_RE,
    SENTENCE_END_RE,
    _key,
    _undoubled,
    clean_lines,
    goes_on,
    is_boilerplate,
    is_caption,
    restore_line_breaks,
    restore_spaced_breaks,
    small_words,
    tidy_line,
    wrapped_at,
)
from ..dates import find_explicit, parse_date_line
from ..lexicon import Lexicon, alternatives, bundled, without_leading
from ..names import without_accents, words_key
from .regions import (
    Region,
    article_region,
    blocks_of,
    menu_items,
    menu_row,
    starts_with_bullet,
    stop_words,
)
from .source import Source

MAX_HEADER_PARAGRAPHS = 6
URL_RE = re.compile(r"^<?(https?://[^\s<>\"']+)>?$", re.I)
CRUMB_SEPARATORS = "|›»>/"  # between a breadcrumb's sections: "Home › News › World", "News | Local"
BREADCRUMB_RE = re.compile(
    rf"^[^.!?]{{1,40}}(?:\s+[{CRUMB_SEPARATORS}]\s+[^.!?{CRUMB_SEPARATORS}]{{1,40}}){{1,5}}$"
)
NAME_WORD = r"[A-ZÀ-ÝА-ЯЁ][\w'’.-]*"  # Latin or Cyrillic capitals: "Jane", "Дмитрий"
NAME_CHARS_RE = re.compile(r"[\w'’.-]+")  # the letters and marks of a name's word, any script
MAX_NAME_WORDS = 5


def name_particles(lexicon: Lexicon) -> frozenset[str]:
    """Lower-case words a person's name may hold ("Osama bin Laden", "Ursula von der Leyen"):
    people.yaml's `name_particles`, every language's."""
    return _person_name(tuple(lexicon["people"].get("name_particles") or ()))[0]


def is_person_shaped(text: str, lexicon: Lexicon) -> bool:
    """Up to five capitalised words (Latin or Cyrillic) and name particles: "Jane Doe", "Osama bin Laden"."""
    return bool(_person_name(tuple(lexicon["people"].get("name_particles") or ()))[1].match(text))


@lru_cache(maxsize=8)  # asked for every credit and candidate name
def _person_name(own: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str]]:
    particles = frozenset(
        {w.lower() for w in own} | {str(w).lower() for w in bundled("people", "name_particles") or []}
    )
    pattern = re.compile(rf"^{NAME_WORD}(?:\s+(?:{NAME_WORD}|{alternatives(sorted(particles))})){{0,4}}$")
    return particles, pattern


# sources.yaml's words of bylines, credits and labels (`TextPatterns`); a reader takes every language's
TEXT_KEYS = (
    "byline_words",
    "byline_outlet_words",
    "byline_name_joiners",
    "contribution_verbs",
    "contribution_objects",
    "copyright_words",
    "address_label_openers",
    "address_label_nouns",
    "address_labels",
    "byline_sections",
)


@dataclass(frozen=True)
class TextPatterns:
    """The patterns of bylines, credits and a trailer's address label, made from sources.yaml's
    words (`TEXT_KEYS`)."""

    byline: re.Pattern[str]  # "By Jane Doe", "By: Jane Doe."
    opens_byline: re.Pattern[str]  # "by " at a line's start
    lead_byline: re.Pattern[str]  # "By Aaron Humes: The Americas cannot ignore ...": run into the lead
    glued_label: str  # "bySauli Giliard": a page ran the byline's word into the name
    contributed: re.Pattern[str]  # "Jane Doe contributed reporting."
    dated_by: re.Pattern[str]  # "30 Apr 2020, 17:35 by Валерия Драгомирова", "... by 24tv.ua"
    written_for: re.Pattern[str]  # "Jane Doe for The Guardian"
    name_joiner: re.Pattern[str]  # between a byline's names: "Jane Doe, John Roe and Ann Poe"
    copyright_year: re.Pattern[str]  # "© 1996-2015", "Copyright 2019": group 1 the last year
    address_label: re.Pattern[str]  # "Original url:", "Source link: https://...": group 1 the address
    sections: re.Pattern[str]  # ", in News, Business": where a byline's names end and its sections begin
    by: str  # the word a byline found under another label is given ("By")


def text_patterns(lexicon: Lexicon) -> TextPatterns:
    """The credit patterns of the reading lexicon's words, joined with every bundled language's."""
    return _credit_patterns(tuple(tuple(lexicon["sources"].get(key) or ()) for key in TEXT_KEYS))


@lru_cache(maxsize=8)  # asked for every line of every source
def _credit_patterns(own: tuple[tuple[str, ...], ...]) -> TextPatterns:
    by, written_for, joiners, verbs, objects, copyright, openers, nouns, labels, sections = (
        sorted({w.lower() for w in words} | {str(w).lower() for w in bundled("sources", key) or []})
        for words, key in zip(own, TEXT_KEYS, strict=True)
    )
    b = alternatives(by)
    return TextPatterns(
        byline=re.compile(rf"^(?:{b}):?\s+(?P<who>.+?)\.?$", re.I),
        opens_byline=re.compile(rf"^(?:{b}) ", re.I),
        lead_byline=re.compile(rf"^(?:{b})\s+(?P<who>[^:]{{3,60}}?):\s+(?P<rest>[A-Z“\"].{{40,}})$", re.I),
        # "bySauli Giliard", "ByJose Santos": the label as a page may capitalise it
        glued_label="|".join(f"(?<={re.escape(c)})" for w in by for c in dict.fromkeys((w, w.capitalize())))
        or r"(?!x)x",
        contributed=re.compile(
            rf"^(?P<who>.{{2,60}}?) (?:{alternatives(verbs)}) (?:{alternatives(objects)})\.?$", re.I
        ),
        # whoever a date line credits: a name, or an address, which may open with a digit
        dated_by=re.compile(
            rf"^(?P<date>.{{6,60}}?)\s+(?:{b})\s+(?P<who>[^\W\d_][^;|]{{1,80}}|\d\S{{1,39}})$", re.I
        ),
        # "For The Alberta Weekly" where a page capitalises its byline's every word
        written_for=re.compile(rf"^(?P<name>.+?)\s+(?i:{alternatives(written_for)})\s+(?P<outlet>[A-Z].*)$"),
        name_joiner=re.compile(rf"\s*(?:,|\b(?:{alternatives(joiners)})\b|&)\s*"),
        copyright_year=re.compile(
            rf"(?:©|\(c\)|{alternatives(copyright)})\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)", re.I
        ),
        address_label=re.compile(
            rf"^(?:(?:{alternatives(openers)})\s*(?:{alternatives(nouns)})?|{alternatives(labels)})"
            r"\s*:\s*(https?://\S+)?$",
            re.I,
        ),
        # "By Jane Doe, in News, Portugal": a blog's sections; "By Paul Obi in Abuja": where he wrote
        sections=re.compile(rf",?\s+(?:{alternatives(sections)})\s+(?=[^\W\d_])" if sections else r"(?!x)x"),
        by=by[0].capitalize() if by else "",
    )


def read_lines(
    lines: list[str],
    source: Source,
    lexicon: Lexicon,
    known_title: str | None = None,
    known_authors: list[str] | None = None,
    hard_breaks: list[str] | None = None,
    speech_hyphens: tuple[str, ...] = (),
    linked: Collection[str] = (),
    headings: Collection[str] = (),
) -> None:
    """Header, trailers and body paragraphs of `lines` into `source`.

    What a page or front matter states elsewhere helps read its text:
    `known_title`: a first line that repeats it is taken out of the body, and no
    other line is taken for a headline; `known_authors`: a short line near the top
    that names them ("Von Katrin Vogel, 08.04.2024") is a byline, in any language;
    `hard_breaks`: blocks (headings, list items, table rows) after which a
    paragraph always ends, even when the next one starts in lower case; `linked`: those of
    them that are a link as a whole (another page's teaser); `headings`: those that are headings;
    `speech_hyphens`: hyphens the page's language types for a speech dash, kept where one
    opens a line (cleaning.tidy_line).
    """
    lines = restore_spaced_breaks(restore_line_breaks(lines, lexicon))
    # a page saved as text: the article is one run of its lines, its header just above
    region = article_region(lines, lexicon) if known_title is None or hard_breaks else None
    # a crawl of a whole page (headings, list items): its header is read off the region, its
    # text not cut to it (see _crawl_header)
    crawl, region = (region, None) if hard_breaks else (None, region)
    banner = None
    raw, lines = lines, [_as_byline(tidy_line(line, lexicon, speech_hyphens), lexicon) for line in lines]
    page = lines
    lines = _take_trailers(lines, source, lexicon)
    if region is not None:
        body = _first_prose(lines, region, lexicon)
        wrap = wrapped_at(raw)
        known_title, start, banner = _header_around(region, body, wrap, raw, lines, source, lexicon)
        source.outlet = (
            source.outlet
            or _feed_title(raw, lexicon)
            or _masthead(raw, source, lexicon, quoted=True)
            or _site_name(raw, lines, region, source, lexicon)
            or _masthead(raw, source, lexicon)
            or _row_masthead(raw, lexicon)
        )
        # between the header and the first paragraph of prose: share bars, topic links,
        # "Media playback is unsupported", captions; a standfirst is a sentence and stays
        for first, end, text in _items(raw, lines, start, body, wrap, lexicon):
            if not SENTENCE_END_RE.search(text):
                lines[first:end] = [""] * (end - first)
        lines = lines[start : region.end]
    elif hard_breaks and known_title is not None:
        _header_of_titled_crawl(crawl, known_title, raw, lines, source, lexicon)
    elif crawl is not None:
        known_title = _crawl_header(crawl, raw, lines, source, lexicon)
    if region is None and crawl is None and known_title is None:
        _masthead_over_menu(lines, raw, source, lexicon)
    lines = _take_header(lines, source, lexicon, known_title, known_authors)
    lines = _take_sign_off(lines, source, lexicon)
    lines = _take_record_date(lines, source, lexicon, known_title)
    if source.title is None and known_title is None and region is None:
        lines = _take_trailing_header(lines, source, lexicon)
    if not source.authors:
        lines = _late_byline(lines, source, lexicon, headline=known_title is None and region is None)
    if source.title is not None or known_title is not None:
        lines = _without_furniture_over_lead(lines, raw, lexicon)
    source.published = source.published or banner  # the day the page was printed: a last resort
    # a text with no page around it found: its furniture may still name its site
    source.outlet = source.outlet or _self_named(page, lexicon) or _address_masthead(page, lexicon)
    if source.title is None and known_title is None:
        _headline_of_address(lines, source)
    paragraphs = clean_lines(_before_comments(lines, lexicon), lexicon)
    # a page's headings and list items, as the paragraphs print them: its structure
    structure = {tidy_line(b, lexicon, speech_hyphens) for b in hard_breaks or ()}
    # its own headings and list items, those that link nowhere, where they are the story's
    away = {tidy_line(b, lexicon, speech_hyphens) for b in linked}
    heads = {tidy_line(b, lexicon, speech_hyphens) for b in headings}
    own = _story_items(paragraphs, structure - away, heads)
    # a page dump's teasers run anywhere in it; a record's or a crawl's opening run of headline
    # lines is its own standfirst, the points of its summary
    paragraphs = _without_teasers(paragraphs, lexicon, record=region is None, own=own)
    if hard_breaks:
        paragraphs = _split_after(paragraphs, structure)
        # a line of furniture joined to the paragraph above it ("Contact" / "© 2026 - The Daily
        # Tribune. All Rights Reserved."), alone again once split: furniture as any line
        paragraphs = [p for p in paragraphs if not is_boilerplate(p, lexicon)]
    paragraphs = _without_strays(paragraphs, source.title or known_title, lexicon, own)
    # a page's headings and list items are its structure, not readers' replies in lower case
    paragraphs = _without_replies(paragraphs, source.title or known_title, structure)
    source.paragraphs = _without_author_notes(paragraphs, source.authors, lexicon)


MAX_OVER_LEAD_WORDS = 10  # a rubric, a stamp, a counter, a picture's name; a standfirst says more
MAX_OVER_LEAD_LINES = 6
CLAUSE_ENDS = (",", "—", "–", "-")  # a line ending so goes on: "HERZLIYA, Israel —"


def _without_furniture_over_lead(lines: list[str], raw: list[str], lexicon: Lexicon) -> list[str]:
    """Without the lines a page prints between its headline (read already) and its story's first
    sentence, whatever their words: its rubric ("Хоккей", "ГОРОД"), a stamp with more than the date
    reader takes ("11:20 12.03.2024 (обновлено: 11:45 12.03.2024)", "02.09.2023 | 18:30 | Одесса |
    Город"), a counter ("8 549"), an age mark ("16+"), a picture's name ("📷 Здание Государственной
    думы РФ. Архивное фото"). Each is a short line of its own that ends no sentence, and they stand
    above the first line that ends one or is as long as prose. Not the head of a sentence broken
    over lines: the first line of a lead a text browser wrapped (it reaches the width), a dateline
    or a clause that ends with a comma or a dash ("HERZLIYA, Israel —", "Tafida Abubakar Ila, emir
    of Rano,"), a line the next goes on in lower case (not a stamp: a record's fields, "type: news",
    are lines of that shape too); nor lines of a text that never comes to a sentence."""
    wrap = wrapped_at(raw)
    over: list[int] = []
    written = _nonblank(lines)
    for n, i in enumerate(written[: MAX_OVER_LEAD_LINES + 1]):
        line = lines[i]
        after = lines[written[n + 1]] if n + 1 < len(written) else ""
        broken = goes_on(line, wrap) or line.rstrip().endswith(CLAUSE_ENDS)
        furniture = is_boilerplate(line, lexicon) or _field_line(line)
        if broken or not furniture:
            # the lead, or a standfirst over it: a sentence, a line as long as prose, one broken
            kept = list(lines)
            for j in over:
                kept[j] = ""
            return kept
        if after[:1].islower() and not (parse_date_line(after) or is_boilerplate(after, lexicon)):
            # the next line goes on in lower case: this one may be a sentence's head, or a record's
            # field over its next ("type: news"); not a stamp under a rubric ("сегодня в 08:41")
            return lines
        over.append(i)
    return lines


def _field_line(line: str) -> bool:
    """A short line of a page's own fields over its story, ending no sentence (`_page_label`)."""
    return len(line.split()) <= MAX_OVER_LEAD_WORDS and not SENTENCE_END_RE.search(line) and _page_label(line)


MAX_LABEL_WORDS = 4  # a rubric, a name, a count: "Хоккей", "Новости региона", "Sian Cain", "8 549"
# a page's fields run together: "02.09.2023 | 18:30 | Одесса | Город", "Здоровье 23 ноября · 5 мин"
FIELD_BAR_RE = re.compile(r"\s[|·•/›»]\s|^[|·•»]|[|·•]$")
CLOCK_RE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")  # "11:20", "18:30"
NUMERIC_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d])")  # "12.03.2024"
# a deck tells its date or time in a sentence's words ("Переговоры возобновятся 12 марта после
# месячного перерыва"); a stamp's are names, numbers and a word or two ("№45 от 14.03.2024, стр. 8")
MIN_DECK_LOWER_WORDS = 4


def _page_label(line: str) -> bool:
    """A line of a page's own fields, not a deck under the headline ("Scientists will map
    Christchurch's groundwater system in 3D", the story's words): a few words (a rubric, a name, a
    count), fields parted by bars or dots, a sign before it ("📷 ...", "📌 ..."), a clock time or a
    date among few lower-case words ("Газета «Коммерсантъ» №45 от 14.03.2024, стр. 8", "Хабаровск,
    10 июля 2024. DVhab.ru")."""
    if (
        len(line.split()) <= MAX_LABEL_WORDS
        or FIELD_BAR_RE.search(line) is not None
        or LEADING_SIGNS_RE.match(line) is not None
    ):
        return True
    if sum(word[:1].islower() for word in line.split()) >= MIN_DECK_LOWER_WORDS:
        return False
    return (
        CLOCK_RE.search(line) is not None
        or NUMERIC_DATE_RE.search(line) is not None
        or any(found.day is not None for _, found in find_explicit(line))
    )


MIN_STORY_WORDS = 25  # a paragraph of prose this long says the story has begun
MIN_STORY_PARAGRAPHS = 2  # ... or paragraphs of prose this many: a sentence's end, and words
MIN_STORY_PARAGRAPH_WORDS = 8  # a brief's sentence; a menu's or a notice's line above a story is shorter


MAX_COMMENT_HEADER_WORDS = 10


@lru_cache(maxsize=8)
def _comment_header_re(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A reader's comment's header: a name and "says:" ending its line (boilerplate data,
    `comment_header_verbs`): "12. theguiceisright says:", "Jane Roe - October 21, 2017 said:"."""
    return re.compile(rf"\s(?:{alternatives(verbs)}):$", re.I) if verbs else None


COMMENT_TIME_RE = re.compile(r"[\s,]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,]*", re.I)


def _comment_header(line: str, after: list[str], header: re.Pattern[str]) -> bool:
    """Whether `line` heads a reader's comment: a short line that ends with the name's "says:" and
    dates the comment, on it or on the next line ("November 19, 2019 at 8:53 am"). The story's
    "In an interview, the president also said:" is followed by his words, not a date."""
    text = line.strip()
    verb = header.search(text)
    if len(text.split()) > MAX_COMMENT_HEADER_WORDS or not verb:
        return False
    following = next((a.strip() for a in after if a.strip()), "")
    # the comment's date stands between the name and the verb ("Jane Roe - October 21, 2017 said:");
    # the story's "On March 3, the minister said:" opens with a date its sentence goes on from
    dated = any(COMMENT_TIME_RE.fullmatch(text[m.end() : verb.start()]) for m, _ in find_explicit(text))
    return dated or any(m.start() == 0 for m, _ in find_explicit(following))


def _before_comments(lines: list[str], lexicon: Lexicon) -> list[str]:
    """The lines above the readers' comments: a page prints them under the story, after a line
    that opens them ("Комментарии", "(1) комментариев", "Оставить комментарий"; boilerplate.yaml
    `comment_section_starts`), each a user's name, a time and a text of prose, and the next
    story often after them. Such a line above the story's first paragraph (a menu's) opens
    nothing."""
    header = _comment_header_re(tuple(sorted(lexicon.reading_words("boilerplate", "comment_header_verbs"))))
    if not lexicon.comment_starts and header is None:
        return lines
    story = False
    words = 0  # of the paragraph so far: counted as it grows, a text of one paragraph stays linear
    prose = 0  # paragraphs of prose so far
    for i, line in enumerate(lines):
        if not line.strip():
            prose += words >= MIN_STORY_PARAGRAPH_WORDS and SENTENCE_END_RE.search(lines[i - 1]) is not None
            words = 0
            continue
        if story:
            if any(pattern.match(line.strip()) for pattern in lexicon.comment_starts):
                return lines[:i]
            if header is not None and _comment_header(line, lines[i + 1 :], header):
                return lines[:i]
            continue
        words += len(line.split())
        # the paragraph so far ends a sentence where this line ends; or a short story's second
        # paragraph of prose has begun (a menu's items are no sentences)
        story = (
            words >= MIN_STORY_WORDS
            and SENTENCE_END_RE.search(line) is not None
            or prose >= MIN_STORY_PARAGRAPHS
        )
    return lines


MIN_SLUG_WORDS = 4  # an address's last part of fewer words ("world-news", "a-41939790") names no story
SLUG_OF_LINE = 0.7  # of a line's words found in the address: a headline is written there, nearly whole
LINE_OF_SLUG = 0.5  # of the address's words found in the line: a sentence of the story shares a few
MAX_SLUG_LINES = 3  # from either end of the text: where a record or a page dump keeps its headline
SLUG_WORD_RE = re.compile(r"[^\W_]+")


def _slug_words(url: str | None) -> set[str]:
    """The words of the part of a page's address that spells its story's headline
    ("/news/health/la-countys-3-year-covid-emergency-ends-on-march-31" -> la, countys, 3, ...)."""
    parts = urlsplit(url).path.split("/") if url else []
    slug = max(parts, key=lambda part: part.count("-") + part.count("_"), default="")
    words = SLUG_WORD_RE.findall(re.sub(r"\.\w+$", "", slug).lower())
    return set(words) if len(words) >= MIN_SLUG_WORDS else set()


def _headline_of_address(lines: list[str], source: Source) -> None:
    """A text whose header gave no headline: the line near either end that the page's address
    spells (a record's "address / headline / standfirst" lines, a page dump's headline at the foot)
    is the headline, blanked out of the body. Apostrophes fall out of an address: "county's" is
    "countys"."""
    slug = _slug_words(source.url)
    if not slug:
        return
    written = _nonblank(lines)
    for i in dict.fromkeys([*written[:MAX_SLUG_LINES], *written[-MAX_SLUG_LINES:]]):
        words = set(SLUG_WORD_RE.findall(re.sub(r"['’]", "", lines[i]).lower()))
        shared = len(words & slug)
        if words and shared >= SLUG_OF_LINE * len(words) and shared >= LINE_OF_SLUG * len(slug):
            source.title, lines[i] = lines[i], ""
            return


MIN_STRAY_WORDS = 3  # content words of a stray line: fewer ("Read more") may share none by chance
MIN_STRAY_CONTEXT = 3  # paragraphs: a record's few lines give too little to compare with
STEM_CHARS = 5  # "missiles", "missile" and "missiled" are one word here
MIN_QUOTED_WORDS = 6  # what a reply quotes: a headline or a comment, not a common phrase
MIN_REPLY_WORDS = 4  # a reader's comment is a sentence or more, not a stray word ("line", an image's)
MIN_REPLY_SIGNS = 2
# a paragraph's own full stop: not one inside a quotation ('... "You think you got me?"' may go on
# in lower case: "before his smile returned")
OWN_STOP_RE = re.compile(r"[.!?…]$")


def _without_replies(paragraphs: list[str], title: str | None, structure: Collection[str] = ()) -> list[str]:
    """Without the readers' comments a text prints under its story with no heading of its own:
    from a paragraph of a few words that opens in lower case after one that ended its own sentence
    (a reader's, "а чем собираются прививать?"; a story's paragraph opens with a capital, and one
    that goes on a broken sentence was joined to it), when what follows from there has at least two
    such signs of readers: a paragraph in lower case, or one that opens by quoting the headline or
    a comment above it ("В Германии снова заявили ... - нам бы такое руководство"). A heading or
    a list item of the page's markup (`structure`) is neither: "what the plans need" and its items
    in lower case are the story's."""

    def lower(paragraph: str) -> bool:
        words = paragraph.split()
        return (
            len(words) >= MIN_REPLY_WORDS
            and words[0].isalpha()
            and words[0].islower()
            and paragraph not in structure
        )

    # where replies may begin: a paragraph in lower case after one that ended its own sentence
    starts = [
        i for i in range(1, len(paragraphs)) if lower(paragraphs[i]) and OWN_STOP_RE.search(paragraphs[i - 1])
    ]
    if not starts:
        return paragraphs
    keys = [_key(p) for p in paragraphs]
    quoted = [_key(title or "")] if len((title or "").split()) >= MIN_QUOTED_WORDS else []
    # each paragraph's sign, once: what a paragraph quotes is any longer paragraph above it
    long = quoted + [k for k in keys[: starts[0]] if len(k.split()) >= MIN_QUOTED_WORDS]
    signs = [0] * (len(paragraphs) + 1)
    for j in range(starts[0], len(paragraphs)):
        key = keys[j]
        signs[j] = int(lower(paragraphs[j]) or any(key.startswith(k) and len(key) > len(k) for k in long))
        if len(key.split()) >= MIN_QUOTED_WORDS:
            long.append(key)
    for j in reversed(range(starts[0], len(paragraphs))):
        signs[j] += signs[j + 1]  # the signs from each paragraph to the end
    return next((paragraphs[:i] for i in starts if signs[i] >= MIN_REPLY_SIGNS), paragraphs)


STRAY_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _without_strays(
    paragraphs: list[str], title: str | None, lexicon: Lexicon, items: Collection[str] = ()
) -> list[str]:
    """Paragraphs without headline-like lines (a capital, no sentence's end) that share no word
    of their own with the rest of the text nor its headline: another story's teaser ("Iced tea DNA
    unmasks alleged 'thirsty burglar'" inside a senator's story), a sign-up's slogan. A story's
    crosshead names what its paragraphs tell of. Words of the language's stop list (jusText's,
    languages data) are no one's own. The story's own list items and headings (`items`,
    `_story_items`) stay: a list tells things the story says once ("Shade cloth for young
    seedlings")."""
    if len(paragraphs) < MIN_STRAY_CONTEXT:
        return paragraphs
    stop = stop_words("\n".join(paragraphs), lexicon)
    if stop is None:
        return paragraphs

    def own(text: str) -> set[str]:
        return {w.lower()[:STEM_CHARS] for w in STRAY_WORD_RE.findall(text) if w.lower() not in stop}

    words = [own(p) for p in paragraphs]
    seen = Counter(w for found in words for w in found)
    headline = own(title or "")
    kept = []
    for i, paragraph in enumerate(paragraphs):
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        stray = (
            paragraph not in items
            and _is_headline(paragraph)
            and not SENTENCE_END_RE.search(paragraph)
            and len(words[i]) >= MIN_STRAY_WORDS
            # a sentence broken across a blank line goes on there: "... and holidays in" /
            # "Barbados, Rollock said"
            and not after[:1].islower()
            and paragraph.split()[-1].lower() not in stop
            and all(seen[w] == 1 and w not in headline for w in words[i])
        )
        if not stray:
            kept.append(paragraph)
    return kept


MAX_LATE_BYLINE = 0.5  # of a text's lines: a byline further down is another story's, under its teaser
MAX_MENU_SENTENCE_WORDS = 15  # a page's menus and teasers end no sentence this long; a story's lines do
MAX_MENU_ITEM_WORDS = 6


def _late_byline(lines: list[str], source: Source, lexicon: Lexicon, headline: bool) -> list[str]:
    """A byline the header readers did not reach: a page that prints its menus, ticker and
    teasers above the article with no blank line between them (a browser's "select all, copy"),
    or a picture's description between the headline and the byline. The first byline in the
    text's first half ("By Jane Doe", its date on the same line or the next) is the article's,
    and is no part of the body. With `headline` (no headline found and no page region), the
    nearest headline-like line above it is the headline, a standfirst (a sentence) between them,
    and what stands above the headline is the page's furniture, when none of it is a sentence
    of the story's length."""
    nonblank = _nonblank(lines)
    for at in (i for i in nonblank if i < MAX_LATE_BYLINE * len(lines)):
        found = replace(source, authors=[], credits=[], published=None)
        read = _is_byline(lines[at], lexicon) and _header_byline(lines[at], found, lexicon)
        if not read or not found.authors:
            continue
        if any(len(name.split()) < 2 or known_outlet(name, lexicon) for name in found.authors):
            continue  # "By REUTERS" over a teaser: a wire's credit, not a writer's
        kept = list(lines)
        kept[at] = ""
        after = next((i for i in nonblank if i > at), None)
        day = _header_date(lines[after]) if found.published is None and after is not None else None
        if day and after is not None:
            found.published = day
            kept[after] = ""
        _take_header_found(source, found)
        above = [i for i in nonblank if i < at][-2:]
        title = next((i for i in reversed(above) if _headline_item(lines[i])), None)
        if headline and source.title is None and title is not None:
            menu = [lines[i] for i in nonblank if i < title]
            if not any(
                SENTENCE_END_RE.search(line) and len(line.split()) >= MAX_MENU_SENTENCE_WORDS for line in menu
            ):
                source.title = lines[title]
                kept[: title + 1] = [""] * (title + 1)
                # the menu printed again in the footer is the page's there too
                furniture = {_key(line) for line in menu}
                kept = [
                    "" if i > at and _menu_item(line) and _key(line) in furniture else line
                    for i, line in enumerate(kept)
                ]
        return kept
    return lines


def _menu_item(line: str) -> bool:
    return 0 < len(line.split()) <= MAX_MENU_ITEM_WORDS


def _crawl_header(
    crawl: Region, raw: list[str], lines: list[str], source: Source, lexicon: Lexicon
) -> str | None:
    """The header of a crawl of a whole page that has no title of its own (its headline,
    date and byline), read as a page's is, when the headline found is printed more than once
    (a page's outline or title bar, and the story's own heading): the region it is found by
    may be a related story's or a box's, whose date and byline are not the article's. The
    text is not cut to the region, whose start may drop a crawl's opening paragraphs."""
    found = replace(source, authors=[], credits=[])
    body = _first_prose(lines, crawl, lexicon)
    title, _, banner = _header_around(crawl, body, wrapped_at(raw), raw, lines, found, lexicon)
    found.published = found.published or banner
    if title is None or sum(_key(line) == _key(title) for line in lines) < 2:
        return None
    source.title = found.title
    _take_header_found(source, found)
    return title


def _take_header_found(source: Source, found: Source) -> None:
    """What a header read on a scratch copy found, into the source (what it had kept first)."""
    source.published = source.published or found.published
    source.authors.extend(a for a in found.authors if a not in source.authors)
    source.credits.extend(c for c in found.credits if c not in source.credits)
    source.outlet = source.outlet or found.outlet


def _header_of_titled_crawl(
    crawl: Region | None, title: str, raw: list[str], lines: list[str], source: Source, lexicon: Lexicon
) -> None:
    """A crawl whose outline named the headline: its header read as a page's is where the region
    found holds that headline, else under the headline's last repeat."""
    found = replace(source, authors=[], credits=[], published=None)
    if crawl is not None and _key(_crawl_header(crawl, raw, lines, found, lexicon) or "") == _key(title):
        _take_header_found(source, found)
    else:
        _header_under_title(lines, title, source, lexicon)


MAX_RUN_IN = 2  # words run into a repeated headline's line: "News", "22:49"


def _header_under_title(lines: list[str], title: str, source: Source, lexicon: Lexicon) -> None:
    """The date and byline of a crawl of a whole page whose title is known (from its outline of
    headings): read under the story's own heading, the last line repeating the title that has
    them (a menu or a ticker may list the title too; a section's name or a time may be run into it: "News
    Russian strikes ..."). The text is not cut there."""
    key = _key(title)
    # from the last: menus and tickers that list the title come before the story's heading
    for at in reversed(range(len(lines))):
        line = lines[at]
        if not line or not _key(line).endswith(key) or len(line.split()) > len(title.split()) + MAX_RUN_IN:
            continue
        found = replace(source, authors=[], credits=[], published=None)
        _take_header([title, *lines[at + 1 :]], found, lexicon, title)
        if found.published is not None:
            _take_header_found(source, found)
            return


MAX_NOTE_PARAGRAPHS = 4  # how far from the end a note on the author may stand


def _without_author_notes(paragraphs: list[str], authors: list[str], lexicon: Lexicon) -> list[str]:
    """Without the note on the author after the article: "Emiliano joined pv magazine in March
    2017.", "Howard Blume covers education for the Times." A paragraph near the end that
    opens with a bylined author's name, or first name, and goes on in lower case; or, in the
    article's second half (teasers and share bars may follow it), one that says what a
    person named by a given name does for a living in journalism ("Jane Doe is a freelance
    writer based in Toronto", "Jane joined the Herald in 2017"), bylined or not."""
    if len(paragraphs) < 2:
        return paragraphs
    names = {n for a in authors for n in (a, a.split()[0]) if len(n) > 2}
    opening = (
        re.compile(rf"^(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})\s+[a-z]")
        if names
        else None
    )
    last = max(len(paragraphs) - MAX_NOTE_PARAGRAPHS, 1)
    half = max(len(paragraphs) // 2, 1)
    kept = []
    for i, p in enumerate(paragraphs):
        if i >= last and opening and opening.match(p):
            continue
        if i >= half and _of_the_writer(p, authors):
            continue
        bio = lexicon.author_note_re.match(p) if i >= half else None
        if bio and (bio.group("name").split()[0] in lexicon.given_names or bio.group("name") in names):
            continue
        if i > 0 and _bylined_note(p, authors, lexicon):
            continue
        if i >= last and _all_trailers(p, lexicon):
            continue
        kept.append(p)
    return kept


def _bylined_note(paragraph: str, authors: list[str], lexicon: Lexicon) -> bool:
    """Whether a paragraph says what a bylined author does in journalism, wherever it stands:
    "Virginia Postrel is a Bloomberg View columnist. She was the editor of Reason magazine ...",
    "Mark di Stefano is a breaking news reporter for BuzzFeed News" (bylined "Mark Di Stefano").
    A page's teasers and share bars after it may leave the note in the body's first half, where
    a note without the byline's name is not looked for; its publications are the writer's, not
    bodies of the story. The name is matched whatever its particles' case."""
    for author in authors:
        if len(author.split()) > 1 and paragraph.lower().startswith(author.lower() + " "):
            # the note's grammar after the name, the name put as one capitalised word
            return bool(lexicon.author_note_re.match("Name" + paragraph[len(author) :]))
    return False


MAX_NOTE_LEAD_WORDS = 8  # a job and an outlet before the writer's name: "GeekWire aerospace editor"


def _of_the_writer(paragraph: str, authors: list[str]) -> bool:
    """A note on a bylined writer in the article's second half, the full name the subject of its
    first sentence, perhaps after a job ("Michael Larabel is the principal author of Phoronix.com
    and founded the site", "GeekWire aerospace and science editor Alan Boyle is an award-winning
    science writer"): the story quotes no one in that sentence, and tells no more of its own writer."""
    first = TRAILER_SENTENCE_RE.split(paragraph.strip(), maxsplit=1)[0]
    if QUOTE_MARKS_RE.search(first):
        return False
    for author in authors:
        if len(author.split()) < 2:
            continue  # a first name or a handle alone may be anyone's
        found = re.search(rf"(?<!\w){re.escape(author)}\s+[a-z]", first)
        lead = first[: found.start()] if found else ""
        # the sentence's subject: a few words before it, no list's or clause's mark among them
        if found and len(lead.split()) <= MAX_NOTE_LEAD_WORDS and not re.search(r"[.!?,;:]", lead):
            return True
    return False


def _all_trailers(paragraph: str, lexicon: Lexicon) -> bool:
    """Whether each sentence of a paragraph credits or reaches the writers ("Contact Jane Doe at
    jdoe@example.com. Follow @janedoe on Twitter. John Roe contributed to this story.")."""
    sentences = TRAILER_SENTENCE_RE.split(paragraph.strip())
    return bool(lexicon.trailers) and all(any(t.match(s) for t in lexicon.trailers) for s in sentences)


# where one sentence of a trailer ends: "... 702-387-5298. Follow @blakeapgar on Twitter."
TRAILER_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z@])")


LEADING_IMAGE_RE = re.compile(r"^\[[^\]\s]{1,60}\]\s+(?=\S)")
MAX_HEADER_BLOCKS = 15  # how far above a page's article its headline may stand
MIN_HEADLINE_WORDS = 4  # "Most Popular Today", "World News": section names, not headlines


def _header_around(
    region: Region, body: int, wrap: int, raw: list[str], lines: list[str], source: Source, lexicon: Lexicon
) -> tuple[str | None, int]:
    """Date, byline and headline of a page's article; the headline found, and where the body starts.

    The header stands just above the article's first paragraph of prose: in the blocks above
    the article, or in the article's own first blocks (jusText keeps a headline beside its
    story). Looked at item by item, nearest the prose first: the nearest date line and the
    nearest byline are the article's, and the headline is the nearest headline-like item
    above both; between them stand author links, teasers, captions and share bars.
    """
    spans = [(region.start, body)] + [(block.start, block.end) for block in region.above[:MAX_HEADER_BLOCKS]]
    zone = [
        # "[e3d6d92...?s=96] By Jane Doe Last updated Nov 8, 2023": the writer's picture, which
        # a text browser prints as its file name, before a byline
        (first, LEADING_IMAGE_RE.sub("", text) or text)
        for start, end in spans
        for first, _, text in reversed(_items(raw, lines, start, end, wrap, lexicon))
    ]
    anchor = dated = None
    stated = source.published  # what the page stated before its text was read (its markup)
    year = _copyright_year(raw, lexicon)
    updates = lexicon.words("dates", "update_labels")
    for pos, (_, text) in enumerate(zone):
        day = _header_date(text, year)
        if day:
            # "Posted: Jan 15, 2024" / "Updated: Jan 16, 2024": the story's day is the one it
            # was first printed on, on the line above the update's
            if _opens_with(text, updates):
                for up in range(pos + 1, min(pos + 1 + MAX_SLOT_DISTANCE, len(zone))):
                    first = _header_date(zone[up][1], year)
                    if first is not None and first <= day and not _opens_with(zone[up][1], updates):
                        day, pos = first, up
                        break
            source.published = source.published or day
            anchor = dated = pos
            break
    for pos, (_, text) in enumerate(zone):
        beside = None if source.authors else _name_beside_date(text, lexicon, raw)
        if beside is not None:
            _credited(beside[0], source)
            source.published = source.published or beside[1]
        if beside is not None or _header_byline(text, source, lexicon):
            anchor = max(pos, dated if dated is not None else -1)
            break
    else:
        if dated is not None:
            _author_beside(zone, dated, source, lexicon)
    title = None
    titled = None  # the headline's place in the zone
    taken = [zone[anchor][0]] if anchor is not None else []
    rest = zone[anchor + 1 if anchor is not None else 0 :]
    # the nearest headline-like item that is about the story, when one is: a section's or a
    # widget's heading ("Letters to the Editor", "Question of the Day") shares no words with
    # it. Looked for above the date and byline, then below them when the date taken was far
    # from the story (a page's banner with the day's date).
    small = small_words(lexicon)
    topic = _topic_words(" ".join(lines[body : body + TOPIC_LINES]), small)

    def headline(text: str) -> bool:
        return (
            _headline_item(text)
            and not is_boilerplate(text, lexicon)
            and not is_caption(text, lexicon)
            and not _header_date(text)
            and not text_patterns(lexicon).byline.match(text)
            and not _name_line(text, lexicon)  # "Jane Doe, Staff Attorney, Example Project"
            and not _credit_after_comma(text, lexicon, raw)  # "Chanda Mwale, Lusaka Star"
            and not _crumbs(text)
        )

    about = [pos for pos, (_, text) in enumerate(zone) if headline(text) and _on_topic(text, topic, small)]
    if about:
        above = [pos for pos in about if anchor is None or pos > anchor]
        below = [pos for pos in about if pos not in above]
        # the headline above the date with a breadcrumb run into it ("Home India News PM Modi
        # launches ..."), printed clean below it: the clean one
        if above and below and _key(zone[below[0]][1]) in _key(zone[above[0]][1])[1:]:
            above = below
        # a standfirst or a caption without a full stop between the headline and the byline is
        # as headline-like and as much about the story: the one the page prints again (its
        # title bar "Headline | CBC News", a share box under the story) is the headline, when
        # no other story's headline stands between (a list of teasers, a masthead's slogan)
        near = above[:1]
        for pos in range(above[0] + 1, len(zone)) if above else ():
            if pos in about:
                near.append(pos)
            elif headline(zone[pos][1]):
                break
        again = [pos for pos in near if _printed_elsewhere(zone[pos][1], zone[pos][0], lines, as_is=True)]
        if len(again) == 1:
            above = again
        # none above: the headline under the date line or the byline is the one right under it
        # ("29 March 2017" / headline / a photo's caption / the story), not the caption nearest
        # the story; one far under it (a page's banner date) is looked for from the story up
        under = [pos for pos in about if anchor is not None and 0 < anchor - pos <= MAX_UNDER_ANCHOR]
        rest = zone[above[0] if above else max(under) if under else about[0] :]
    for pos, (first, text) in enumerate(rest):
        if headline(text):
            # a standfirst under its headline: the item right above, when that is headline-like
            # too and the page prints it again (breadcrumb, title bar) and not this one, or
            # when both are about the story and the one above is the shorter
            if pos + 1 < len(rest) and headline(rest[pos + 1][1]):
                above = rest[pos + 1][1]
                shorter_on_topic = (
                    len(above.split()) < len(text.split())
                    and _on_topic(above, topic, small)
                    and _on_topic(text, topic, small)
                )
                if shorter_on_topic or (
                    _printed_elsewhere(above, rest[pos + 1][0], lines)
                    and not _printed_elsewhere(text, first, lines)
                ):
                    taken.append(first)
                    first, text = rest[pos + 1]
            title = source.title = source.title or _as_first_printed(text, zone)
            taken.append(first)
            titled = [f for f, _ in zone].index(first)
            break
    if not source.authors:
        # a byline without "By" between the headline and the story: "Jane Doe Staff Writer"
        # nearer the story than its headline (the last line taken), or near the story
        firsts = [f for f, _ in zone]
        below = zone[: firsts.index(taken[-1])] if title is not None else zone[:MAX_NAME_LINE_ITEMS]
        story = " ".join(lines[body : body + TOPIC_LINES])  # where a caption's subject is told of
        for first, text in (item for item in below if item[0] not in taken):
            credit = _name_line(text, lexicon) or _credit_after_comma(text, lexicon, raw)
            # a name the story itself tells of is its subject (a photo's caption), not its author
            if credit and not any(name in story for name in credit[0]):
                _credited(credit, source)
                taken.append(first)
                break
        else:
            credit_at = _byline_slot(zone, dated, titled, story, lexicon)
            if credit_at is not None:
                source.authors.extend(credit_at[1])
                taken.append(zone[credit_at[0]][0])
    # the article starts after the block of its last header line: a date line's block
    # carries the section's name and the comment count ("• 24 July 2015 • From the section")
    start = region.start
    for block in blocks_of(lines[region.start : region.end]):
        if any(region.start + block.start <= i < region.start + block.end for i in taken):
            start = max(start, region.start + block.end)
    # a date above the headline, further from the story than it, is the page's banner with the
    # day it was printed ("Thursday, November 9th 2023" over the menu), not the story's date when
    # a date line stands under the headline beside its byline, past a standfirst or a caption
    # the header readers stop at ("By Jane Doe" / "PUBLISHED: November 8, 2023 at 4:56 p.m.")
    banner = None
    if stated is None and dated is not None and titled is not None and dated > titled:
        banner, source.published = source.published, None
    return title, start, banner


CRUMB_SEPARATOR_RE = re.compile(rf"\s+[{CRUMB_SEPARATORS}]\s+")
MIN_CRUMBS = 3
MAX_CRUMB_WORDS = 3  # "Home", "Asia-Pacific", "Local News": a section's name, not a headline's clause


def _crumbs(text: str) -> bool:
    """A breadcrumb: three or more sections' names of a word or few, parted by bars or arrows
    ("Carriers | Asia-Pacific | Fleet", "Home › News › World"); as much about the story as its
    headline may be, and no headline."""
    parts = CRUMB_SEPARATOR_RE.split(text.strip())
    return len(parts) >= MIN_CRUMBS and all(0 < len(p.split()) <= MAX_CRUMB_WORDS for p in parts)


def _opens_with(text: str, labels: frozenset[str]) -> bool:
    """A line that opens with one of the labels: "Last updated: Jan 16, 2024" with "last updated"."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:3]
    return any(" ".join(words[:n]) in labels for n in range(1, len(words) + 1))


def _title_cased(text: str) -> bool:
    """Every word of four letters or more begins with a capital, and not all are capitals: "Molly
    And Tom Martens Sentenced Over Death Of Jason Corbett", a headline styled as a title, whether
    its short words are capitalised too ("Impossible To Say") or not ("Impossible to Say")."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) > 1 and all(w[0].isupper() for w in words) and not text.isupper()


def _as_first_printed(text: str, zone: list[tuple[int, str]]) -> str:
    """A headline as the page writes it in the sentence's case when it prints it so too: a title-
    cased copy of the same words (a teaser's or a heading's style) is not the headline's spelling;
    of two title-styled copies ("Impossible To Say", "Impossible to Say") the one taken stays."""
    if not _title_cased(text):
        return text
    key = _key(text)
    return next((other for _, other in zone if _key(other) == key and not _title_cased(other)), text)


MAX_UNDER_ANCHOR = 6  # items from a date line or byline down to the headline under it: a share bar
MAX_SLOT_DISTANCE = 2  # items between a byline and its date or label: a photo, a share bar


def _byline_slot(
    zone: list[tuple[int, str]], dated: int | None, titled: int | None, story: str, lexicon: Lexicon
) -> tuple[int, list[str]] | None:
    """The names a page prints without "By" where its byline stands: between the headline and the
    story, beside the date ("May 14, 2025" / [photo] / "Mohloai Mpesi") or under a "By" label of
    its own block ("By" / "Syeda Noshin Sharmily"). The place is the evidence, so a given name the
    language data lacks is no bar (`_name_line` asks for one anywhere else); the shape still is:
    names alone, no sentence, no word of an organisation's or a job's, none the story tells of."""
    if titled is None:
        return None
    furniture = [not re.search(r"[^\W\d_]{2}", _without_image_marks(text)) for _, text in zone]

    def steps(a: int, b: int) -> int:  # items between two, photos and bullets not counted
        low, high = sorted((a, b))
        return sum(not furniture[i] for i in range(low + 1, high)) + 1

    for pos in range(titled):
        if furniture[pos]:
            continue
        labelled = pos + 1 < len(zone) and _lone_label(zone[pos + 1][1], lexicon)
        beside = dated is not None and dated != pos and steps(pos, dated) <= MAX_SLOT_DISTANCE
        if not (labelled or beside):
            continue
        names = _bare_names(zone[pos][1], lexicon)
        if names and not any(name in story for name in names):
            return pos, names
    return None


IMAGE_MARK_RE = re.compile(r"\[[^\]]*\]|[□•·|]")  # a text browser's image, a bullet, a bar


def _without_image_marks(text: str) -> str:
    return " ".join(IMAGE_MARK_RE.sub(" ", text).split())


MAX_BARE_NAME_WORDS = 3


def _no_name_words(lexicon: Lexicon) -> frozenset[str]:
    """Words no person's name is made of: of organisations, jobs, sites, not names, small words."""
    return (
        lexicon.words("organisations", "name_words")
        | lexicon.words("sources", "company_words")
        | lexicon.words("sources", "credit_words")
        | lexicon.word_parts("people", "titles")
        | _not_names(lexicon)
        | small_words(lexicon)
        | lexicon.reading_words("grammar", "small_words")  # "Под Мариуполем": a place's phrase
    )


def _bare_names(text: str, lexicon: Lexicon) -> list[str] | None:
    """ "Olaleye Aluko and Kayode Idowu", "Emre Gurkan Abay |": a line of people's names only, each
    of two or three capitalised words, none of them a word of organisations, jobs, sites or not
    names ("Local News", "Staff Writer", "Most Read"), nor a place the gazetteer knows."""
    line = _without_image_marks(text)
    if not line or re.search(r"[\"“”«»:;()\d@/.!?]", line):
        return None
    refused = _no_name_words(lexicon)
    names = [p.strip() for p in text_patterns(lexicon).name_joiner.split(line) if p.strip()]
    gazetteer = lexicon.raw.get("gazetteer") or {}
    for name in names:
        words = name.split()
        if (
            not 2 <= len(words) <= MAX_BARE_NAME_WORDS
            or len(set(words)) < len(words)  # "Share Share": a widget's label twice
            or name in (gazetteer.get("variants") or {})
            or name in (gazetteer.get("places") or ())  # "New Delhi", a dateline's place
            or name.isupper()
            or not _is_person_name(name, lexicon)
            or any(w.lower() in refused for w in words)
            or known_outlet(name, lexicon)
        ):
            return None
    return names or None


TOPIC_LINES = 30  # the story's opening lines, whose words a headline shares
TOPIC_STEM = 5  # "arrest", "arrested", "arrests": one word to compare
MIN_TOPIC_SHARE = 0.3  # of a headline's words, found in the story's opening


def _topic_words(text: str, small: frozenset[str]) -> set[str]:
    words = re.findall(r"[^\W\d_]{3,}", text.lower())
    return {w[:TOPIC_STEM] for w in words if w not in small}


def _on_topic(text: str, topic: set[str], small: frozenset[str]) -> bool:
    words = _topic_words(text, small)
    shared = words & topic
    return len(shared) >= 2 and len(shared) >= MIN_TOPIC_SHARE * len(words)


def _headline_item(text: str) -> bool:
    return (
        len(text.split()) >= MIN_HEADLINE_WORDS
        and _is_headline(text, MAX_HEADER_HEADLINE_WORDS)
        and not FORM_FIELD_RE.search(text)
        and not DATELINE_LINE_RE.match(text)
        and _undoubled(text) == text  # "Select Language Select Language": a widget
    )


def _printed_elsewhere(text: str, at: int, lines: list[str], as_is: bool = False) -> bool:
    """Whether a page prints this text inside a longer line too: a breadcrumb ending with
    the headline, a title bar ("Headline | Site"). A line printed twice as it is is a widget's,
    unless `as_is` counts it (a share box under the story printing the headline again)."""
    key = _key(text)
    others = (_key(line) for i, line in enumerate(lines) if i != at and line)
    return any(key in other and (as_is or other != key) for other in others)


MIN_PROSE_WORDS = 12
MIN_LEAD_WORDS = 25  # a paragraph this long starts the article even with no prose after it
# "Search the BBC [      ]", "[email protected]", "● ●": a form, an address or symbols, not a headline
FORM_FIELD_RE = re.compile(r"\[\s*\]|\[email|[●■◆▶►]")


def _items(
    raw: list[str], lines: list[str], start: int, end: int, wrap: int, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """The paragraphs and list items of lines start..end: their first line, the line after
    their last, their text.

    A page printed as text wraps its paragraphs at the screen's width: a line that reaches
    `wrap` goes on in the next line, unless that starts a list item, a byline or a date; a
    lone "By" takes the next line whatever it is ("By" / "* Jane Doe").
    """
    items: list[tuple[int, int, str]] = []
    joined = False
    for i in range(start, end):
        after_by = bool(items) and _lone_label(items[-1][2], lexicon)
        if not lines[i]:
            joined = joined and after_by
            continue
        new_item = starts_with_bullet(raw[i]) or _is_byline(lines[i], lexicon) or _dates_a_header(lines[i])
        # a label's names run on to its line, unless the next line is a byline of its own
        if joined and (after_by and not _is_byline(lines[i], lexicon) or not new_item):
            items[-1] = (items[-1][0], i + 1, f"{items[-1][2]} {lines[i]}")
        else:
            items.append((i, i + 1, lines[i]))
        joined = len(raw[i].rstrip()) >= wrap or _lone_label(lines[i], lexicon)
    return items


def _dates_a_header(line: str) -> bool:
    """A date line, or a line that opens with a full date ("November 20, 2019 Jane Doe")."""
    if parse_date_line(line):
        return True
    found = find_explicit(line)
    return (
        bool(found) and found[0][0].start() == 0 and found[0][1].day is not None and bool(_header_date(line))
    )


def _lone_label(line: str, lexicon: Lexicon) -> bool:
    """A byline's label on a line of its own ("By", "Written By:", "Автор"), its names on the next
    (every language's labels: the reading lexicon holds them all)."""
    labels = _lower_set(tuple(lexicon["sources"].get("byline_labels") or ()))
    return line.strip().rstrip(":").strip().lower() in labels


@lru_cache(maxsize=8)  # asked for every line of every source
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


MAX_SITE_NAME_WORDS = 6


DOMAIN_TAIL_RE = re.compile(r"(?:\.[a-z]{2,6}){1,2}(?![\w.-])", re.I)  # ".com", ".co.uk" after a name


@lru_cache(maxsize=8)
def _site_name_re(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """Capitalised words and the small words that join a name's ("Times of Malta", "Ross & Co")."""
    word = rf"(?:[A-Z][\w.'’&-]*|{alternatives([*joiners, '&'])})"
    return re.compile(rf"^{word}(?:\s+{word})*$")


def _named_like_a_site(text: str, lexicon: Lexicon) -> bool:
    """Up to six words, each capitalised or joining a name (organisations data, `name_small_words`)."""
    joiners = tuple(sorted(lexicon.words("organisations", "name_small_words")))
    return len(text.split()) <= MAX_SITE_NAME_WORDS and _site_name_re(joiners).match(text) is not None


def _site_name(
    raw: list[str], lines: list[str], region: Region, source: Source, lexicon: Lexicon
) -> str | None:
    """The site's name in a page dump, from lines of their own outside the article (not list
    items: a menu or a list of other sites' stories): the known outlet named most often, else
    the owner in a copyright notice, else the site its e-mail addresses name, else a short
    name printed both above and below the article (masthead and footer, not the author's)."""
    known = {v.lower(): v for v in lexicon["sources"].get("outlets", {}).values()}
    outlets: Counter[str] = Counter()
    above: set[str] = set()
    repeated = owner = written = notice = None
    # the owner named with a company's words ("© 2019 NYP Holdings, Inc.") and nowhere else
    corporate = False
    for i, line in enumerate(lines):
        text = line.strip(" .:")
        if region.start <= i < region.end or not text:
            continue
        for pattern in lexicon.site_name_lines:
            match = owner is None and pattern.match(text)
            site = match.group("site").strip() if match else ""
            # "© 2017 timesofmalta.com", "© BreakingNews.ie 2023": the owner written as its address
            domain = DOMAIN_TAIL_RE.match(text, match.end("site")) if match and " " not in site else None
            site = site + domain.group() if domain else site
            # "© All rights reserved." names no one, nor "Copyright and Neighbouring Rights
            # Act" (matched without regard to case): the next notice may
            if site and (site[:1].isupper() or " " not in site):  # "© 2022 opposingviews.com" too
                owner, written, notice = _without_company_words(site, lexicon), site.strip(" .,"), text
                if owner and _publisher(owner, lexicon):
                    owner = None  # a group that owns the site, not the site: look on for its name
                corporate = (
                    owner is not None
                    and not site.rstrip(" .,").endswith(owner.rstrip(" .,"))
                    and _printed_once(owner, lines)
                )
        if starts_with_bullet(raw[i]):
            continue
        if text.lower() in known:
            outlets[known[text.lower()]] += 1
        elif i < region.start:
            above.add(text)
        elif (
            repeated is None
            and text in above
            and _site_name_like(text, lexicon)
            and not _is_byline(text, lexicon)
            # "About Us", "Contact Us": a link to the site's pages, not its name
            and not any(pattern.search(text) for pattern in lexicon.site_self_references)
        ):
            repeated = text if text not in source.authors else None
    if outlets:
        return outlets.most_common(1)[0][0]
    echoed = _echoed_masthead(raw, lines, region, source, lexicon)
    company = owner is not None and _owner_company(written or owner, lexicon)
    # a company's name printed only in the footer, its notice and a line on who owns the site
    # ("The website is owned and published by Immediate Media Company Limited")
    footer_only = company and _times_printed(owner or "", lines[: region.end]) == 0
    if echoed is not None and (owner is None or _printed_once(owner, lines) or footer_only):
        # "© 2022 NBC UNIVERSAL", "© Reed Business Information Ltd.": a company the page names
        # only in its notice owns the site the masthead and the footer name ("MSNBC")
        return echoed
    if corporate and repeated:
        # a company owns the site ("NYP Holdings"), a name the page prints nowhere else; the
        # name printed above and below the article is the one the reader sees ("New York Post")
        return repeated
    named = _self_named(lines, lexicon)
    # a company's name the page prints again only as an item of its footer's list of links
    # ("• The Channel Company", its corporate site) is as much the owner's, not the site's
    unlisted = [line for i, line in enumerate(lines) if not starts_with_bullet(raw[i])]
    if owner and named and (_printed_once(owner, lines) or (company and _printed_once(owner, unlisted))):
        # "© 2019 NBC UNIVERSAL", "© 2017 Crux Catholic Media Inc.": a company's name the page
        # prints only there, where its furniture calls the site "NBC News" ("Follow NBC News")
        return named
    top = _top_masthead(raw, lines, region, source, lexicon, written or owner)
    if top and owner is not None:
        # the owner printed nowhere but in its notice, or inside the masthead ("Ledger" of "The
        # Riverton Ledger"), or only below the story (the notice, the footer's link to the group's
        # other sites: "• GateHouse Media Publications"): no name the page goes by
        once = _printed_once(owner, [line for line in lines if top not in line])
        unseen = once or _times_printed(owner, [line for line in lines[: region.end] if top not in line]) == 0
        # a name with a company's words ("Ledger Media Group") is the company's wherever the page
        # prints it below the story; one the notice merely gives a legal form ("Mediacorp Pte Ltd",
        # "Wikia, Inc.") may be the site's own, so the page must print it nowhere else
        if (unseen and _owner_company(written or owner, lexicon)) or (once and _legal_form(notice, lexicon)):
            # "© 2022 Ledger Media Group LLC", "© 2019 Harbour Newspapers Limited": a company that
            # owns the site, named only in its notice; the name over the page's menu is the site's
            return top
    masthead = _as_masthead(owner, lines, lexicon, written)
    return masthead or named or top or _own_domain(raw, lexicon) or repeated


MAX_TOP_LINES = 8  # lines of a page's top bar above its masthead: skip links, the day's date, log-in


def _top_masthead(
    raw: list[str], lines: list[str], region: Region, source: Source, lexicon: Lexicon, owner: str | None
) -> str | None:
    """The site's name as a page dump prints its logo's text at the top, a line of its own above
    the menu and the headline ("The Riverton Ledger", "[Prairie Sentinel logo]", "Example Herald",
    "AccessNorthGA.com"): the first line shaped as a site's name, past skip links, the day's date,
    log-in and subscribe lines, a ticker; menus' items are passed over, not counted. A label ending
    with a colon ("Breaking News:"), a date, a byline, the headline or a place is no site's name;
    nothing is looked for past the headline. A section's label has that shape too ("Quick Links",
    "Local News"): the name is taken where the page's logo stands, its first line past its skip
    links (boilerplate data, `skip_links`: "Skip to main content"), or where the
    page names it again inside a longer line (a title bar "Headline | The Riverton Ledger", a
    photo's credit) or its copyright's owner shares a word of it ("Star Ledger Publishing Inc.")."""
    places = lexicon.words("gazetteer", "places")
    title = _key(source.title) if source.title else None
    skips = tuple(sorted(lexicon.reading_words("boilerplate", "skip_links")))
    seen = links = 0
    for i in range(min(region.start, len(lines))):
        line = raw[i].strip()
        if not line or line.startswith("#") or starts_with_bullet(raw[i]) or IMAGE_ONLY_RE.match(line):
            continue
        text = LEADING_IMAGE_RE.sub("", _logo_text(line, lexicon)).strip(" .")
        if title is not None and _key(text) == title:
            return None
        seen += 1
        if seen > MAX_TOP_LINES:
            return None
        if text.lower().startswith(skips):
            links += 1  # "Skip to main content": a link a page puts before all else, its logo too
            continue
        words = text.split()
        if (
            not words
            or line.endswith(":")
            or len(words) > MAX_SITE_NAME_WORDS
            or text.lower() in places
            or _no_site_name(text, source, lexicon)
            or _header_date(text)
            or not (
                (len(words) > 1 and not text.isupper() and _named_like_a_site(text, lexicon))
                or (len(words) == 1 and (RUN_TOGETHER_NAME_RE.match(text) or DOTTED_NAME_RE.match(text)))
            )
        ):
            continue
        # named again in a longer line, no menu's item nor a list by date ("Example Herald
        # December 2019": a product's name)
        spelt = _spelt_re(text)
        again = any(
            spelt.search(other)
            and _key(other) != _key(text)
            and not starts_with_bullet(raw[j])
            and not find_explicit(other)
            for j, other in enumerate(lines)
            if j != i
        )
        if seen - links == 1 or again or (owner and _shares_word(owner, text, lexicon)):
            return text
        return None
    return None


IMAGE_ONLY_RE = re.compile(r"^(?:\[[^\]]*\]\s*)+$")  # "[sitelogo]": a picture a browser names


def _owner_company(written: str, lexicon: Lexicon) -> bool:
    """Whether a copyright's owner is a company rather than the site itself: the notice names it
    with a company's word ("Ledger Media Group LLC", "Herald Newspapers Nigeria Limited"; sources
    data, `company_words`)."""
    bodies = lexicon.words("sources", "company_words")
    return any(w.lower().strip(".,()") in bodies for w in written.split())


def _legal_form(notice: str | None, lexicon: Lexicon) -> bool:
    """Whether a copyright notice gives its owner a company's legal form, anywhere in its line
    ("© Mediacorp 2022. Mediacorp Pte Ltd.", "Copyright © Grupo Editorial Andino S.A. 2024";
    sources data, `legal_forms`), which a site's own name may carry too ("Wikia, Inc.")."""
    forms = {form.lower() for form in lexicon.words("sources", "legal_forms")}
    words = (notice or "").lower().split()
    return any(w.strip(",()") in forms or w.strip(".,()") in forms for w in words)


def _shares_word(owner: str, name: str, lexicon: Lexicon) -> bool:
    """Whether a copyright's owner and a name share a word of their own ("Star Ledger Publishing"
    and "Western Star Ledger"), not a small one."""
    small = small_words(lexicon)
    own = {w.lower().strip(".,()") for w in owner.split()}
    return bool({w for w in own if len(w) > 2 and w not in small} & {w.lower() for w in name.split()})


MAX_ECHOED_WORDS = 4
MAX_ECHO_TAIL_WORDS = 4  # "MSNBC Store", "New Scientist app on Windows Store": a link's words
# a footer's line that names the site: the name closing a title bar ("... | Times Now"), or
# opening a short line ("• MSNBC Store", "Mexico News Daily - Property of Tavana LLC")
ECHO_BAR = r"\s[|–—-]\s+"
DOTTED_NAME_RE = re.compile(r"^[^\W\d_][\w-]*(?:\.[a-z]{2,6}){1,2}$", re.I)  # "PEOPLE.com"
MIN_CAPITALS_NAME = 3  # "MSNBC", "KOMO"; "TV", "UK" are no site's


def _echoed_masthead(
    raw: list[str], lines: list[str], region: Region, source: Source, lexicon: Lexicon
) -> str | None:
    """The site's name as a page dump's masthead prints it, a short name on a line of its own
    above the article ("MSNBC", "New Scientist", "Mexico News Daily"), that a line below the
    article names again as a site's name is named: opening a short line ("• MSNBC Store", "New
    Scientist app on Windows Store", "Mexico News Daily - Property of Tavana LLC"), closing a
    title bar ("... | Times Now"), or alone when it is an address ("PEOPLE.com"). The first such
    name. A section's heading or a trending topic above the article is printed again below it
    alone (a menu's item) or opening a teaser's headline: neither counts; nor a name the story
    tells of, a place, a label of the page's own ("Contact Us"), or one word not written as a
    name's ("Tags"; "SpaceNews", "PEOPLE.com", "MSNBC" are)."""
    story = " ".join(lines[region.start : region.end])
    places = lexicon.words("gazetteer", "places")
    first = next((i for i, line in enumerate(raw) if line.strip()), None)
    for i in range(min(region.start, len(lines))):
        text = lines[i].strip(" .:")
        words = text.split()
        if (
            not text
            or len(words) > MAX_ECHOED_WORDS
            or starts_with_bullet(raw[i])
            or text == source.title
            or text in source.authors
            or text.lower() in places
            or is_boilerplate(text, lexicon)
            or any(pattern.search(text) for pattern in lexicon.site_self_references)
            or not (
                (len(words) > 1 and not text.isupper() and _named_like_a_site(text, lexicon))
                or (len(words) == 1 and (RUN_TOGETHER_NAME_RE.match(text) or DOTTED_NAME_RE.match(text)))
                or (len(words) == 1 and text.isalpha() and text.isupper() and len(text) >= MIN_CAPITALS_NAME)
                # the page's very first line, one capitalised word: its logo's text ("Cyclingnews")
                or (len(words) == 1 and i == first and text.isalpha() and text.istitle())
            )
        ):
            continue
        if _spelt_re(text).search(story):
            continue
        for j in range(region.end, len(raw)):
            line = BULLET_RE.sub("", raw[j].strip()).strip()
            if line == text:
                if DOTTED_NAME_RE.match(text):
                    return text
                continue  # "• Equality", "WhatsApp": a menu's item again
            rest = line[len(text) :]
            tail = rest if line.startswith(text) and not rest[:1].isalnum() else None
            # a link's words after it, no date ("Apple Pro Display XDR December 2019": a list of
            # products by month)
            short = tail is not None and len(re.findall(r"\w+", tail)) <= MAX_ECHO_TAIL_WORDS
            if (short and not re.search(r"\d", tail or "")) or re.search(
                rf"{ECHO_BAR}{re.escape(text)}$", line
            ):
                return text
    return None


def _as_masthead(
    owner: str | None, lines: list[str], lexicon: Lexicon, written: str | None = None
) -> str | None:
    """A copyright's owner as the page's masthead prints it, on a line of its own (the logo's
    text, perhaps after its picture: "[jis-logo-i] Jamaica Information Service"): "The Premium
    Times" of "© 2016 The Premium Times" is "Premium Times" where that is such a line and "The
    Premium Times" none; "The Weather Company" of "© 2017 The Weather Company, LLC" stays whole
    where it is one (its company's word no company's suffix here); "Al Jazeera Media Network" is
    "Al Jazeera" where that is one, the words cut off an organisation's (sources data,
    `company_words`, `credit_words`)."""
    if not owner:
        return owner
    alone = {_without_image_marks(line).strip(" .") for line in lines}
    if written and written != owner and written in alone:
        return written
    words = owner.split()
    bodies = lexicon.words("sources", "company_words") | lexicon.words("sources", "credit_words")
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if (
            head in alone
            and all(w.lower().strip(".,") in bodies for w in words[cut:])
            and _named_like_a_site(head, lexicon)
        ):
            return head
    bare = without_leading(owner, lexicon.reading_words("grammar", "definite_articles"))
    if bare == owner:
        return owner
    return bare if bare in alone and owner not in alone else owner


# one word of a site's name with a capital or a digit inside it: "DailyStar", "my6sense"
RUN_TOGETHER_NAME_RE = re.compile(r"^[^\W\d_]+[a-z](?:[A-Z]|\d)[\w.]*$")
MAX_MASTHEAD_WORDS = 4


def _masthead(raw: list[str], source: Source, lexicon: Lexicon, quoted: bool = False) -> str | None:
    """The site's name as a page dump's first line prints it, its logo's text ("Retraction
    Watch", "DailyStar"): a short name, no headline, byline or label, that the page's menu
    follows at once or that the page prints again. `quoted`: only a name the page quotes in a
    longer line (a notice, an appeal: "Like Retraction Watch? Consider ...", "© 2026 Kulu
    Media."), which says more of the site than a copyright's owner printed once; a name
    printed as a bare line again (a menu's item) names the site only where nothing else does.
    A writer's name above the headline is no site's: a name opening with a given name the
    data knows is left alone."""
    filled = [i for i, line in enumerate(raw) if line.strip() and not line.strip().startswith("#")]
    if len(filled) < 2:
        return None
    text = _logo_text(raw[filled[0]].strip(), lexicon)
    words = text.split()
    if (
        starts_with_bullet(raw[filled[0]])
        or len(words) > MAX_MASTHEAD_WORDS
        or text.isupper()
        or text == source.title
        or _no_site_name(text, source, lexicon)
        or not ((len(words) > 1 and _named_like_a_site(text, lexicon)) or RUN_TOGETHER_NAME_RE.match(text))
    ):
        return None
    spelt = _spelt_re(text)
    again = [raw[i].strip() for i in filled[1:] if spelt.search(raw[i])]
    if quoted:
        return text if any(tidy_line(line, lexicon) != text for line in again) else None
    return text if again or starts_with_bullet(raw[filled[1]]) else None


def _no_site_name(text: str, source: Source, lexicon: Lexicon) -> bool:
    """Whether a line a masthead's shape would take is no site's name: a writer's (a byline, one of
    the authors, a name opening with a given name the data knows: "Jane Roe" over the headline),
    furniture, the site speaking of itself ("About Us"), or a date line."""
    return (
        text in source.authors
        or text.split()[0] in lexicon.given_names
        or is_boilerplate(text, lexicon)
        or any(pattern.search(text) for pattern in lexicon.site_self_references)
        or _is_byline(text, lexicon)
        or parse_date_line(text) is not None
    )


def _logo_text(line: str, lexicon: Lexicon) -> str:
    """A logo's text as a text browser prints its picture: "[Example Herald logo]" and "Example
    Herald logo" are "Example Herald" (sources data, `logo_words`); other lines as they are."""
    words = line.strip("[]").split()
    if len(words) > 1 and words[-1].lower() in lexicon.reading_words("sources", "logo_words"):
        return " ".join(words[:-1])
    # "The Nepal Post — Independent news since 1995": the name, then the site's slogan
    name = re.split(ECHO_BAR, line, maxsplit=1)[0]
    return name if name != line and _named_like_a_site(name, lexicon) else line


def _printed_once(name: str, lines: list[str]) -> bool:
    return _times_printed(name, lines) <= 1


def _times_printed(name: str, lines: list[str]) -> int:
    spelt = _spelt_re(name)
    return sum(bool(spelt.search(line)) for line in lines)


def _spelt_re(name: str) -> re.Pattern[str]:
    """A name as written, a whole word or words, not inside another ("Star" not in "Starling")."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


MIN_SELF_REFERENCES = 2  # one "About X" may be a menu's topic; two lines naming X are the site


# a word of a site's name in any script, capitalised, with no quotation mark left of an
# inflected one ("„Медузы“", the genitive, names no site as it is written)
SITE_WORD_RE = re.compile(r"[^\W\d_][\w.&-]*")
# "Перев.", "Сост.": an abbreviation; a site's name with a stop is longer or dotted inside
MAX_SIGNER_LETTERS = 8


def _abbreviation(site: str) -> bool:
    """A single short word cut with a stop ("Пер.", "Сост."): a signer's abbreviation, no site's
    name, which ends with its domain or a full word ("RuBaltic.Ru", "БелТА")."""
    one_word = len(site.split()) == 1 and len(site) <= MAX_SIGNER_LETTERS
    return one_word and site.endswith(".") and site.count(".") == 1


def _noted_site(lines: list[str], lexicon: Lexicon) -> str | None:
    """The site that signs an editors' note inside the story (boilerplate data, `site_notes`:
    "... Хантер — прим. RuBaltic.Ru)"): a note's signature is the text's own editors', so one
    suffices, where a menu's line needs a second."""
    # the translator, the author, the editors sign notes too ("— Прим. Пер.)"): no site
    signers = lexicon.reading_words("boilerplate", "note_signers_not_sites")
    for line in lines:
        for pattern in lexicon.site_notes:
            match = pattern.search(line)
            site = match.group("site").strip(" \"'“”‘’„«»") if match else ""
            if site.rstrip(".").lower() in signers or _abbreviation(site):
                continue
            # a name in any script: "RuBaltic.Ru", "Daily Storm", "БелТА"
            words = site.split() if site[:1].isupper() else []
            if 0 < len(words) <= MAX_SITE_NAME_WORDS and all(SITE_WORD_RE.fullmatch(word) for word in words):
                return site
    return None


def _self_named(lines: list[str], lexicon: Lexicon) -> str | None:
    """The site a page's furniture names as what you read, follow or subscribe to ("More from
    Quartz", "About Quartz", "Follow Quartz"; boilerplate data, `site_self_references`), when two
    or more such lines name the same one: "The Indian Express" and "Indian Express" are one."""
    excluded = lexicon.words("boilerplate", "not_site_names")
    the = lexicon.reading_words("grammar", "definite_articles")
    noted = _noted_site(lines, lexicon)
    if noted is not None:
        return noted
    votes: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for line in lines:
        text = line.strip()
        for pattern in lexicon.site_self_references:
            match = pattern.search(text)
            site = match.group("site").strip(" \"'“”‘’") if match else ""
            # "Follow Us on Social Media": us, not a site
            if (
                site.lower() in excluded
                or site.lower().split(" ", 1)[0] in excluded
                or not site[:1].isupper()
                or not _named_like_a_site(site, lexicon)
            ):
                continue
            key = without_leading(site.lower(), the)
            votes[key] += 1
            spellings.setdefault(key, Counter())[site] += 1
            break
    if not votes:
        return None
    key, count = votes.most_common(1)[0]
    if count >= MIN_SELF_REFERENCES:
        return spellings[key].most_common(1)[0][0]
    # each named once ("contact Ticketmaster.ie", "More from Northern Ireland World"): the one
    # the page prints again elsewhere
    named = ((key, spellings[key].most_common(1)[0][0]) for key in votes)
    return next((site for key, site in named if _named_again(site, key, lines, lexicon)), None)


# "ABC13 Live NewscastsTV Listings": a menu's links run together, a word into capitals
MENU_RUN_ON_RE = re.compile(r"[a-z]{2}[A-Z]{2}")


def _named_again(site: str, key: str, lines: list[str], lexicon: Lexicon) -> bool:
    """Whether a name one furniture line gives as the site's is printed again in a line that
    is not such a line: "Recommended on Baltimore Sun" beside "Baltimore Sun Media |", "More
    from Northern Ireland World" beside "NorthernIrelandWorld within your account". A name of
    one word ("More from Politics") is as often a section's, printed in its menu too."""
    if len(key.split()) < 2 or MENU_RUN_ON_RE.search(site):
        return False
    spelt = re.compile(rf"(?<!\w)(?:{re.escape(site)}|{re.escape(site.replace(' ', ''))})(?!\w)")
    return any(
        spelt.search(line) and not any(p.search(line.strip()) for p in lexicon.site_self_references)
        for line in lines
    )


MAX_BARE_FEED_WORDS = 2  # "#Le Monde.fr : Economy", "#Truth-O-Meter rulings ...": a page's own title


def _feed_title(raw: list[str], lexicon: Lexicon) -> str | None:
    """The site's name in the titles of its feeds, which a text browser prints on a page's first
    line after "#" ("#The Namibian » Feed The Namibian » Comments Feed", "#UPROXX » Feed
    alternate", "#Smithsonian"): the words before the first feed's label, or a short line of
    nothing else. A copyright notice may name the publisher ("Nexstar"), not the site."""
    at = next((i for i, line in enumerate(raw) if line.strip()), None)
    if at is None or not raw[at].strip().startswith("#"):
        return None
    # the line as the browser wrapped it: on until the first blank line
    end = next((i for i in range(at, len(raw)) if not raw[i].strip()), len(raw))
    first = " ".join(line.strip() for line in raw[at:end])
    labels = lexicon.words("sources", "link_line_words")
    words = first[1:].split()
    while words and words[0].lower() in labels:
        words.pop(0)
    text = " ".join(words)
    feeds = lexicon["sources"].get("feed_titles") or []
    cut = min((at for at in (text.find(f" {f}") for f in feeds) if at > 0), default=-1)
    if cut < 0:
        # a post's own feed: "Deadline » Trump Advises Boeing ... Comments Feed", the site's
        # name before the post's title
        post = text.find(" » ")
        labels_after = (text.find(f" {f.removeprefix('» ')}", post) for f in feeds if f.startswith("» "))
        if post > 0 and any(at > post for at in labels_after):
            cut = post
    if cut >= 0:
        site = text[:cut]
    else:
        # a short name and nothing after it but the browser's labels ("#AL.com", "#vice alternate")
        name = []
        for word in words:
            if word.lower() in labels:
                break
            name.append(word)
        if len(name) > MAX_BARE_FEED_WORDS or any(w.lower() not in labels for w in words[len(name) :]):
            return None
        site = " ".join(name)
    if not site or len(site.split()) > MAX_SITE_NAME_WORDS or not re.match(r"^[\w]", site):
        return None
    return site


DOMAIN_RE = re.compile(
    r"[\w.+-]@(?P<domain>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b",
    re.I,
)


def _own_domain(raw: list[str], lexicon: Lexicon) -> str | None:
    """The site its staff's e-mail addresses name most ("jdoe@al.com"), leaving out the
    mail services and platforms anybody may write from."""
    platforms = lexicon.words("sources", "platform_domains")
    found: Counter[str] = Counter()
    for line in raw:
        for match in DOMAIN_RE.finditer(line):
            domain = match.group("domain").lower().removeprefix("www.")
            if not any(domain == p or domain.endswith("." + p) for p in platforms):
                found[domain] += 1
    return found.most_common(1)[0][0] if found else None


ADDRESS_LINE_RE = re.compile(r"^(?:www\.)?(?P<site>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$", re.I)
MIN_ADDRESS_LINES = 2  # the logo's text and the breadcrumb's first item; once may be a link's


def _address_masthead(lines: list[str], lexicon: Lexicon) -> str | None:
    """The site's address that a page prints as a line of its own twice or more, its logo's text
    and the first item of its breadcrumb ("yle.fi"), when nothing else names the site: a page in
    any language names itself so (a platform's address, "twitter.com", names no site)."""
    platforms = lexicon.words("sources", "platform_domains")
    found: Counter[str] = Counter()
    for line in lines:
        match = ADDRESS_LINE_RE.match(line.strip())
        site = match.group("site").lower() if match else ""
        if site and not any(site == p or site.endswith("." + p) for p in platforms):
            found[site] += 1
    site, count = found.most_common(1)[0] if found else ("", 0)
    return site if count >= MIN_ADDRESS_LINES else None


YEARS_RE = re.compile(r"[\d–-]+\.?")


def _publisher(owner: str, lexicon: Lexicon) -> bool:
    """Whether a copyright's owner is a group that publishes many sites (sources data,
    `publishers`), by its name or its name and a country's ("Future US", "Future plc")."""
    publishers = lexicon.words("sources", "publishers")
    words = owner.lower().split()
    return any(" ".join(words[:n]) in publishers for n in range(1, len(words) + 1))


def _without_company_words(owner: str | None, lexicon: Lexicon) -> str | None:
    """ "The Gleaner Company (Media) Limited" -> "The Gleaner": a copyright's owner as a site."""
    if not owner:
        return None
    words = lexicon.words("sources", "company_words")
    parts = re.sub(r"[()\[\]]", " ", owner).split()  # "The Indian Express [P] Ltd"
    notices = {"©", "(c)"} | lexicon.reading_words("sources", "copyright_words")
    while parts and (parts[0].lower() in notices or re.fullmatch(r"[\d–-]+,?", parts[0])):
        parts.pop(0)  # "Copyright 2015 The Globe and Mail"
    # "West Australian Newspapers Limited 2024": the company's words and a year after the name
    while len(parts) > 1 and (parts[-1].lower().strip(".,") in words or YEARS_RE.fullmatch(parts[-1])):
        parts.pop()
    if all(p.lower().strip(".,") in words for p in parts):
        return None  # "© All rights reserved.": no owner named
    name = " ".join(parts)
    for link in lexicon.words("sources", "owner_links"):
        name = re.split(rf"\s+{re.escape(link)}\s+", name, flags=re.I)[0]  # "X UK a member of X Media"
    if name.lower() in lexicon.words("sources", "copyright_labels"):
        return None  # "Copyright Information": a link to the site's page on it
    return name or None


def _site_name_like(text: str, lexicon: Lexicon) -> bool:
    """A line that may be a site's name printed on its own: two words or more (one alone is more
    often a section's label), not a section's name in capitals ("EDUCATION"), no furniture; or one
    word that ends in an address's domain, in any case ("NUR.KZ", "Газета.Ru"): no section's label."""
    words = text.split()
    address = len(words) == 1 and SITE_ADDRESS_RE.search(text) is not None and text[:1].isalnum()
    return (
        address or len(words) >= 2 and not text.isupper() and _named_like_a_site(text, lexicon)
    ) and not is_boilerplate(text, lexicon)


def _without_glued_site(text: str, lexicon: Lexicon) -> str:
    """A name without the site's name its link ran into ("Dan Jervis-BardyThe West Australian",
    "Jane DoeReuters"): cut where a known outlet, or a name opening with "The", is glued on. Not
    at every run-on capital: "McPhedran" and "DeLuca" are names."""
    the = lexicon.reading_words("grammar", "definite_articles")
    for glue in CAMEL_RE.finditer(text):
        tail = text[glue.start() :]
        if known_outlet(tail, lexicon) or (tail.split()[0].lower() in the and len(tail.split()) > 1):
            return text[: glue.start()]
    return text


def _author_beside(zone: list[tuple[int, str]], dated: int, source: Source, lexicon: Lexicon) -> None:
    """A name printed beside the date without "By": "Jane Doe" on the line above or below,
    or "JANE DOE Associated PressDecember 2, 2016" on the date's own line."""
    line = zone[dated][1]
    found = find_explicit(CAMEL_RE.sub(" ", line))
    before = CAMEL_RE.sub(" ", line)[: found[0][0].start()] if found else ""
    outlets = sorted(set(lexicon["sources"].get("outlets", {}).values()), key=len, reverse=True)
    for outlet in outlets:
        before = before.replace(outlet, " ")
    before = re.sub(r"\[[^\]]*\]", " ", before)  # an image's file name
    # the lines above and below the date's; a date that opens the zone has only the one below
    beside = (
        [text for _, text in zone[max(dated - 1, 0) : dated + 2 : 2]] if dated else [t for _, t in zone[1:2]]
    )
    before = _without_date_label(" ".join(before.split()), lexicon)
    for text in [before, *[_without_glued_site(t, lexicon) for t in beside]]:
        # "JANE DOE Example Wire": the name in capitals, the wire's in title case
        caps = re.match(r"^(?:[A-Z][A-Z'’.-]+\s+)+[A-Z][A-Z'’.-]+\b(?!['’])", text)
        # "Jane Doe Jane Doe": the writer's picture's text, then the name's link
        name = _undoubled(caps.group(0).title() if caps else text)
        if (
            2 <= len(name.split()) <= 4
            and _is_person_name(name, lexicon)
            and name not in outlets
            and not is_boilerplate(text, lexicon)
            and name.split()[0].lower() not in _not_names(lexicon)
            # a person needs evidence: a given name the language data knows ("Most Popular
            # Today" stands beside a date too)
            and name.split()[0] in lexicon.given_names
        ):
            source.authors.append(name)
            return


KICKER_RE = re.compile(r"^[A-Z][A-Z'’ ]{2,}:\s")  # "A SIMPLE GUIDE: How do I protect myself?"


ELLIPSIS_RE = re.compile(r"\.\.\.|…")
# a word of three letters or more, in lower case, ends a sentence and a capital opens the next ("a.m. ET",
# "U.S. Indictment" end none)
INNER_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2}[a-zа-яё][.!?]\s+[A-ZА-ЯЁ]")


def _without_teasers(
    paragraphs: list[str], lexicon: Lexicon, record: bool = False, own: Collection[str] = ()
) -> list[str]:
    """Paragraphs without runs of two or more headline-like lines: the teasers of other
    stories a page prints inside its article. A crosshead stands alone; a list is announced
    by a line ending with a colon. In a `record` (a copy with no page around it), a run the
    text opens with stays, and so do lines a sentence ends inside: its paragraphs may have
    been broken mid-sentence. A page's `own` headings and list items (`_story_items`) are the
    story's (a crosshead over "Заклеить щели уплотнителем", "Повесить плотные шторы")."""
    teaser = [
        p not in own
        and _is_headline(p)
        and not SENTENCE_END_RE.search(p)
        # "... начнется май. Лидер нации Нурсултан": a sentence ends inside it, a paragraph broken
        # mid-sentence, no headline ("U.S. Indictment" ends no sentence); a teaser's excerpt is
        # cut with an ellipsis ("... the Board of the Fund. Yet, the... more")
        and not (record and INNER_SENTENCE_END_RE.search(p) and not ELLIPSIS_RE.search(p))
        or bool(KICKER_RE.match(p))
        and len(p.split()) <= 15
        for p in paragraphs
    ]
    kept = []
    for i, paragraph in enumerate(paragraphs):
        if teaser[i] and _lone_teaser(paragraphs, i, lexicon):
            continue
        in_run = teaser[i] and ((i > 0 and teaser[i - 1]) or (i + 1 < len(paragraphs) and teaser[i + 1]))
        start = i
        while start > 0 and teaser[start - 1]:
            start -= 1
        announced = start > 0 and paragraphs[start - 1].rstrip().endswith(":")
        if not in_run or announced or record and start == 0:
            kept.append(paragraph)
    return kept


# a stamp at an item's edge, as a list of news prints it: "12:15 Мэр ...", "... 3 часа назад" is
# not one; "... 05.03.2024", "... 👁 12 400", "... 💬 4"; a story's item tells a time inside it
# ("Волжский проспект с 6:00 до 14:00;")
EDGE_STAMP_RE = re.compile(
    r"^\d{1,2}[:.]\d{2}\s|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s|\s\d{1,2}[./]\d{1,2}[./]\d{2,4}$"
    r"|\s\d{1,2}:\d{2}$|[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\s?\d[\d\s]*$"
)


def _story_items(
    paragraphs: list[str], structure: Collection[str], headings: Collection[str] = ()
) -> set[str]:
    """The page's headings and list items (`structure`, those that link nowhere) that are its
    story's: a run of them that a paragraph of prose stands right above or below (a crosshead and
    its list of points between two paragraphs). Not a list of news stamped with times or counts
    (`_stamped`), nor the heading over one; not headings one after another (other stories'
    headlines set as headings, "### Presidency Blames PDP ..." / "### Afrinvest Partners ..."), nor
    a heading that is a date; not a line the page prints twice (a crawl's outline of its headings,
    a teaser printed again); not a page's menu or a crawl's fields, with no prose beside them; a
    teaser's excerpt cut with an ellipsis is no prose."""
    printed = Counter(paragraphs)
    n = len(paragraphs)

    def heading(at: int) -> bool:
        return 0 <= at < n and paragraphs[at] in headings

    mine = [
        p in structure
        and printed[p] == 1
        and not _stamped(p)
        and not (i + 1 < n and paragraphs[i + 1] in structure and _stamped(paragraphs[i + 1]))
        and not (heading(i) and (heading(i - 1) or heading(i + 1) or parse_date_line(p) is not None))
        for i, p in enumerate(paragraphs)
    ]

    def prose(at: int) -> bool:
        text = paragraphs[at] if 0 <= at < n else ""
        return (
            not mine[at] and SENTENCE_END_RE.search(text) is not None and not ELLIPSIS_RE.search(text[-3:])
            if text
            else False
        )

    items: set[str] = set()
    start = 0
    while start < n:
        end = start
        while end < n and mine[end]:
            end += 1
        if end > start and (prose(start - 1) or prose(end)):
            items.update(paragraphs[start:end])
        start = end + 1
    return items


def _stamped(item: str) -> bool:
    """A list's item stamped with its time, its date or a count of views at its edge: another
    story's teaser in a list of news ("12:15 Мэр Самары проверил ремонт дорог", "Тарасенко сменил
    клуб 👁 8 100")."""
    return EDGE_STAMP_RE.search(item.strip()) is not None


MIN_LONE_TEASER_WORDS = 10  # a crosshead is a few words ("Hours before crash"); a headline is longer
MIN_PROSE_NEIGHBOUR_WORDS = 15


def _lone_teaser(paragraphs: list[str], at: int, lexicon: Lexicon) -> bool:
    """Another story's headline a page links from between two paragraphs of its story ("Ukraine
    conflict to test resilience of global financial system: IMF"): a headline-like line of ten
    words or more, a sentence of prose on either side. Not a crosshead, shorter, or one whose
    words open the paragraph under it ("Marc Fogel Returns ..." / "Marc Fogel's release ...");
    not the story's own sentence that lost its full stop: one that goes on in lower case, opens
    with a pronoun ("He reiterated that ...") or quotes someone."""
    text = paragraphs[at]
    words = text.split()
    if not 0 < at < len(paragraphs) - 1 or len(words) < MIN_LONE_TEASER_WORDS:
        return False
    before, after = paragraphs[at - 1], paragraphs[at + 1]
    first = words[0].lower()
    if (
        text.endswith((",", ";", "-", "–", "—"))
        or re.search(r"[\"“”«»„]", text)
        or first in small_words(lexicon)
        and first not in lexicon.reading_words("grammar", "articles")
        or _key(after).startswith(_key(" ".join(words[:2])))
    ):
        return False
    return not after[:1].islower() and all(
        len(p.split()) >= MIN_PROSE_NEIGHBOUR_WORDS and SENTENCE_END_RE.search(p) for p in (before, after)
    )


def _first_prose(lines: list[str], region: Region, lexicon: Lexicon) -> int:
    """The line where the article's first paragraph of prose starts.

    A short one must have prose right after it: a menu's one-line blurbs ("Our emails are
    made to shine in your inbox.") stand between its links, an article's paragraphs together.
    """
    at = region.start
    blocks = blocks_of(lines[at : region.end])
    texts = [" ".join(x.strip() for x in lines[at + b.start : at + b.end]) for b in blocks]
    # a byline, and a date line that happens to end with a full stop, are header, not prose
    header = [
        _is_byline(lines[at + b.start].strip(), lexicon) or bool(_header_date(t))
        for b, t in zip(blocks, texts, strict=True)
    ]
    prose = [
        len(t.split()) >= MIN_PROSE_WORDS and bool(SENTENCE_END_RE.search(t)) and not is_header
        for t, is_header in zip(texts, header, strict=True)
    ]
    firsts = [
        i
        for i, is_prose in enumerate(prose)
        if is_prose and (len(texts[i].split()) >= MIN_LEAD_WORDS or i + 1 < len(prose) and prose[i + 1])
    ]
    first = firsts[0] if firsts else next((i for i, is_prose in enumerate(prose) if is_prose), None)
    if first is not None:
        first = _past_header_below(first, texts, prose, header)
    return region.start + blocks[first].start if first is not None else region.start


MAX_PROSE_OVER_HEADER = 2  # a headline that ends with a quotation, and a standfirst
MAX_HEADER_BELOW = 8  # blocks from the first prose to a date line or byline under it
QUOTED_END_RE = re.compile(r"[^.!?…:;][\"”»]$")  # '... San Isidro: "15 días son una salvajada"'


def _past_header_below(first: int, texts: list[str], prose: list[bool], header: list[bool]) -> int:
    """The first block of the story when what looked like its first paragraph is a headline that
    ends with a quotation ('... San Isidro: "15 días son una salvajada"', a sentence by its
    closing mark) and the page prints its date line or byline under it and its standfirst: the
    story starts under that header (past its captions and share bars), in any language. A
    tweet's signature in the story ("— Jane Doe (@jane) May 3, 2020") is no header."""
    if not QUOTED_END_RE.search(texts[first]) or len(texts[first].split()) > MAX_HEADER_HEADLINE_WORDS:
        return first
    below = next(
        (
            j
            for j in range(first + 1, min(len(header), first + MAX_HEADER_BELOW))
            if header[j] and not DASH_START_RE.match(texts[j])
        ),
        None,
    )
    if below is None or sum(prose[first:below]) > MAX_PROSE_OVER_HEADER:
        return first
    return next((j for j in range(below + 1, len(prose)) if prose[j]), first)


MAX_DATE_LINE_WORDS = 16
# "Associated PressDecember 2", "February 24, 2020Last updated": words run together
CAMEL_RE = re.compile(r"(?<=[a-z\d])(?=[A-Z][a-z])")
# an e-mail address or a telephone number, "(509) 459-5382", "+44 20 7946 0958", glued on or not
CONTACT_RE = re.compile(
    r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{4}|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4})"
)
PART_RE = re.compile(r"\s+[|/–—-](?:\s+|$)|\s*[•·]\s*")  # "By Jane Doe |" ends its line where a page wraps


def _header_date(line: str, year: int | None = None) -> date | None:
    """A header line's date: a date line, or a short line that dates a byline or a share bar.

    "By Jane Doe - April 28, 2022 Facebook Twitter", "posted on April 21, 2015, at 11:29 a.m.
    Jane Doe": short, not a sentence, one day in it (a first publication before an update).
    A page leaves out the year of its own year's stories ("By Jane Doe March 18 at 3:57 PM");
    `year`, the year the page was printed in, completes such a date.
    """
    day = parse_date_line(line)
    if day:
        return day
    # "Published February 24, 2020Last updated July 21, 2022This article is ...": items a
    # page printed without a space between them; the first a date line
    first = CAMEL_RE.split(line)[0]
    day = parse_date_line(first) if first != line else None
    if day:
        return day
    if len(line.split()) > MAX_DATE_LINE_WORDS or line.endswith("."):
        # "Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago": a bar parts the
        # first publication from the update, the part before it is a date line of its own
        before_bar = BAR_RE.split(line)[0]
        return _header_date(before_bar, year) if before_bar != line else None
    found = [parsed for _, parsed in find_explicit(CAMEL_RE.sub(" ", line)) if parsed.day and parsed.month]
    dated = [p for p in found if p.year]
    if dated:
        return dated[0].as_date()
    if found and year:
        try:
            return date(year, found[0].month, found[0].day)
        except ValueError:  # 29 February of another year
            return None
    return None


BAR_RE = re.compile(r"\s+\|\s+")
BAR_PARTS_RE = re.compile(r"\s+[|•·]\s+")  # "Jane Doe | Example Herald | May 2, 2024": a line's fields


def _copyright_year(raw: list[str], lexicon: Lexicon) -> int | None:
    """The year a page was printed in: the last year of its copyright notice ("© 1996-2015"),
    unless the page dates things later (its other stories, its comments: "November 20,
    2019, 10:54 am" under "© 2018"), which shows the notice was not kept up to date."""
    pattern = text_patterns(lexicon).copyright_year
    years = [int(m.group(1)) for line in raw for m in pattern.finditer(line)]
    if not years:
        return None
    dated = [p.year for line in raw for _, p in find_explicit(line) if p.year and p.month and p.day]
    return max([*years, *dated])


MAX_LABELLED_BYLINE_WORDS = 8  # "Written by: Jane Doe and John Roe"; longer is a sentence


def _as_byline(line: str, lexicon: Lexicon) -> str:
    """A byline under another label, as "By ...": "Written by: Jane Doe", "Author: Jane Doe",
    "bySauli Giliard" (a page that ran the label into the name). Whether the rest names
    people is for the byline's reader to judge."""
    labels, found = tuple(lexicon["sources"].get("byline_labels") or ()), text_patterns(lexicon)
    nouns = tuple(lexicon["sources"].get("byline_noun_labels") or ())
    suffixed = _suffixed_byline(line, lexicon)
    if suffixed is not None:
        return suffixed
    match = _label_re(labels, nouns, found.glued_label).match(line)
    if match is None or found.opens_byline.match(line) or len(line.split()) > MAX_LABELLED_BYLINE_WORDS:
        return line
    return f"{found.by} {match.group('who')}"


def _suffixed_byline(line: str, lexicon: Lexicon) -> str | None:
    """A byline whose word follows each name instead of standing before them, as "By ...": Korean
    "김민수 기자" ("reporter Kim Min-su"), "정수민 기자, 이하늘 기자", "부산=한동훈 기자" (the place
    written from before "="), Icelandic "Jón Jónsson skrifar" ("writes"): sources.yaml
    `byline_name_suffixes` of the page's language."""
    suffixes = tuple(lexicon["sources"].get("byline_name_suffixes") or ())
    if not suffixes:
        return None
    parts = [_suffixed_re(suffixes).match(p.strip()) for p in CONTACT_RE.sub("", line).strip().split(",")]
    if not all(parts):
        return None
    names = [m.group("name") for m in parts if m is not None]
    joiner = (lexicon["sources"].get("byline_name_joiners") or ["and"])[0]
    return f"{text_patterns(lexicon).by} {f' {joiner} '.join(names)}"


@lru_cache(maxsize=8)
def _suffixed_re(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """One name of one to three words and the byline's word after it, the place written from
    before "=" ("부산=한동훈 기자")."""
    name = r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}?"
    return re.compile(rf"^(?:[^\W\d_]+=)?(?P<name>{name})\s+(?i:{alternatives(list(suffixes))})$")


@lru_cache(maxsize=8)  # asked for every line of every source
def _label_re(labels: tuple[str, ...], nouns: tuple[str, ...], glued: str) -> re.Pattern[str]:
    label = alternatives(list(labels))
    # a job's noun ("Reporter", "Author") may open a headline or a sentence: it labels only with a
    # colon, which French sets off by a space ("Texte : Marie Dubois")
    spaced = alternatives([w for w in labels if w.lower() not in {n.lower() for n in nouns}])
    return re.compile(
        rf"^(?:(?i:{label})\s?:\s*|(?i:{spaced})(?:\s+|(?:{glued})(?=[A-Z][a-z])))(?P<who>[A-ZА-ЯЁ].*)$"
    )


DASH_START_RE = re.compile(r"^[–—-]\s*\S")
MAX_NAME_LINE_WORDS = 20
MAX_NAME_LINE_ITEMS = 3  # with no headline found, how near the story a name line must stand
MAX_NAME_LINE_PART_WORDS = 7  # "Director of Education Equity, ACLU Foundations of California"


def _name_line(line: str, lexicon: Lexicon) -> tuple[list[str], str | None] | None:
    """The people a credit line without "By" names, and the site it names, if it is one:
    "Lindsey Hilsum International Editor", "Daksha Rangan, CTVNews.ca", "Sarah Hinger, Staff
    Attorney, ACLU Racial Justice Program & Sylvia Torres-Guillén, Director ...", "– David
    Dunkley" (a sign-off).

    A person here needs evidence: a given name the language data knows. What stands beside
    the names is a job, an affiliation or a site: capitalised words, no sentence.
    """
    written = re.sub(r"^[–—-]\s*", "", line.strip())
    written = CONTACT_RE.sub("", written).strip()  # "Jane Doe jdoe@example.com": how to reach her
    line = CAMEL_RE.sub(" ", written)  # "Jane DoeTwitter"
    if not line or len(line.split()) > MAX_NAME_LINE_WORDS or SENTENCE_END_RE.search(line):
        return None
    if re.search(r"[\"“”«»:;()\d]", line):
        return None
    given = lexicon.given_names
    small = lexicon.words("grammar", "small_words")
    # the words of a job ("Staff Attorney", "Commander-in-Chief"), not the small words inside
    # one: "Manmohan Singh participate in Dussehra celebrations" is a teaser, no name and a job
    jobs = (lexicon.word_parts("people", "titles") | lexicon.words("sources", "credit_words")) - small
    bodies = lexicon.words("organisations", "name_words") | lexicon.words("sources", "company_words")
    names: list[str] = []
    site = None
    credited = _site_credit([p.strip() for p in written.split(",")], lexicon)
    if credited is not None:
        return credited
    patterns = text_patterns(lexicon)
    for part in (p.strip() for p in patterns.name_joiner.split(line)):
        # "Jane Doe in Nuku'alofa": the place the writer wrote in, as a byline with "By" has it
        part = patterns.sections.split(part, maxsplit=1)[0]
        # "Jane Doe Jane Doe": the writer's picture's text, then the name's link
        part = _undoubled(part)
        if part.isupper() and " " in part:
            part = part.title()  # "DAVID KLEPPER , Associated Press"
        words = part.split()
        if not words:
            return None
        person = next(
            (
                " ".join(words[:cut])
                # the whole part a name, else the name's first two or three words (a job
                # after a name is more often of two words than a name of three)
                for cut in (len(words), 2, 3)
                if 2 <= cut <= min(3, len(words))
                and words[0] in given
                and _is_person_name(" ".join(words[:cut]), lexicon)
                and not any(w.lower() in bodies for w in words[:cut])  # "Henry Ford Hospital"
                # after the name, only a job: "Lindsey Hilsum International Editor"
                and (cut == len(words) or any(w.lower() in jobs for w in words[cut:]))
            ),
            None,
        )
        if person is not None:
            names.append(person)
        elif not names or len(words) > MAX_NAME_LINE_PART_WORDS:
            return None  # the line opens with a person, and what follows is short
        elif byline_job(part, lexicon):
            continue  # "Ирина Соколова, специальный корреспондент": her job
        elif SITE_ADDRESS_RE.search(part) and len(words) == 1:
            site = part
        elif known := known_outlet(part, lexicon):
            site = site or known  # "Jane Doe, Associated Press"
        elif not all(w[:1].isupper() or w.lower() in small for w in words):
            return None
    return (names, site) if names else None


def _site_credit(parts: list[str], lexicon: Lexicon) -> tuple[list[str], str | None] | None:
    """ "Daksha Rangan, CTVNews.ca": a name of two or three words and the site's address or a
    known outlet after it is a credit line, even with a given name the language data lacks."""
    if len(parts) != 2:
        return None
    name, site = parts
    known = known_outlet(site, lexicon)
    site_named = known or (SITE_ADDRESS_RE.search(site) and " " not in site)
    if not site_named or not 2 <= len(name.split()) <= 3 or not _is_person_name(name, lexicon):
        return None
    return [name], known or site


MAX_CREDIT_TAIL_WORDS = 4  # "Island Courier correspondent", "Sierra Sun Record": a job or a site, no clause
MAX_MASTHEAD_EXTRA_WORDS = 3  # "© 2023 Lusaka Star", "Copyright 2023 Metro Ledger": the site's name again


def _credit_after_comma(
    line: str, lexicon: Lexicon, page: list[str] | None = None
) -> tuple[list[str], str | None] | None:
    """A credit line without "By" that names people the language data may not know, by what
    follows them: "Chanda Mwale, Lusaka Star", "Andriy Melnyk, Kyiv correspondent", "DARLINGTON
    MWENDABAI & HOPE NYOKA, Chipata". Names of two or three capitalised words (or in capitals),
    a comma, then what a credit carries and a headline does not: the writer's job (sources data,
    `journalist_nouns`, `staff_credit_ends`), the place written from (one word, or a place the
    gazetteer knows), or the site: a known outlet, an address, or a name `page` prints again on
    a short line of its own (its masthead, its copyright). The people, and the site if named."""
    written = line.strip()
    if written.count(",") != 1 or re.search(r"[\"“”«»:;()\d@!?]", written):
        return None
    who, tail = (part.strip() for part in written.split(","))
    if not who or not tail or len(tail.split()) > MAX_CREDIT_TAIL_WORDS:
        return None
    # "DAVID KLEPPER": a newspaper prints its reporters' names in capitals
    names = _bare_names(who.title() if who.isupper() else who, lexicon)
    if not names:
        return None
    words = tail.split()
    nouns = lexicon.words("sources", "journalist_nouns") | lexicon.words("sources", "staff_credit_ends")
    if any(w.lower().strip(".").removesuffix("s") in nouns or w.lower() in nouns for w in words):
        # "Kyiv correspondent", "Staff Writer"; "Reuters correspondent" names its outlet
        return names, _job_outlet(tail, lexicon)
    if not all(w[:1].isupper() for w in words):
        return None
    site = tail.title() if tail.isupper() else tail
    known = known_outlet(site, lexicon) or known_outlet(tail, lexicon)
    if known or (SITE_ADDRESS_RE.search(tail) and len(words) == 1):
        return names, known or tail
    if page is not None and _printed_as_name(tail, written, page):
        return names, site
    gazetteer = lexicon.raw.get("gazetteer") or {}
    titles = lexicon.word_parts("people", "titles")
    known_place = site in (gazetteer.get("places") or ()) or site in (gazetteer.get("variants") or {})
    place = len(words) == 1 or known_place
    if place and not tail.isupper() and not any(w.lower() in titles for w in words):
        return names, None  # "Kitwe", "Doha": where the story was written
    return None


def _printed_as_name(name: str, line: str, page: list[str]) -> bool:
    """Whether a page prints `name` again on a short line of its own other than `line`: its
    masthead, its copyright ("© 2023 Lusaka Star"), a footer's link."""
    key, own = words_key(name), words_key(line)
    size = len(key.split())
    for other in page:
        other_key = words_key(other)
        if not other_key or other_key == own:
            continue
        short = len(other_key.split()) <= size + MAX_MASTHEAD_EXTRA_WORDS
        if short and (other_key == key or other_key.endswith(f" {key}")):
            return True
    return False


MAX_BESIDE_WORDS = 14  # a date, a time, a handle, "12 minutes ago": what a byline carries, no sentence
# a line's head up to its first digit, handle, bracket or separator: "Fahad Shabbir (@FahadShabbir) ..."
NAME_HEAD_RE = re.compile(r"^(?P<name>[^\d@|()•·,–—]+?)\s*(?=\d|@|\(|[|•·,–—]|\s[-/]\s)")
GLUED_CLOCK_RE = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}:\d\d)")  # "Melanie Earley15:35"


def _name_beside_date(
    line: str, lexicon: Lexicon, page: list[str] | None = None
) -> tuple[tuple[list[str], str | None], date] | None:
    """A name line with its date after it and nothing else but times, handles and separators
    ("Ivan Prothero - November 2, 2023", "Fahad Shabbir (@FahadShabbir) 12 minutes ago Wed 29th
    April 2020 | 03:32 PM"): the people it names (a known given name each, as `_name_line`
    asks) and the date."""
    spaced = GLUED_CLOCK_RE.sub(" ", line)
    head = NAME_HEAD_RE.match(spaced)
    rest = spaced[head.end() :] if head else ""
    if head is not None and len(rest.split()) > MAX_BESIDE_WORDS and BAR_RE.search(rest):
        rest = BAR_RE.split(rest)[0]  # "Pete Evans · CBC News · Posted: Oct 14, 2022 | Last Updated: ..."
    if head is None or len(rest.split()) > MAX_BESIDE_WORDS:
        return _name_after_date(spaced, lexicon)
    found = find_explicit(rest)
    if not found:
        return _name_after_date(spaced, lexicon)
    credit = _name_line(head.group("name"), lexicon)
    if credit is None or not credit[0]:
        # "Francisco Memoria on 20/10/2017": the label joining the date (dates data,
        # `date_line_labels`) is no part of the names
        name = _without_date_label(head.group("name"), lexicon)
        credit = _name_line(name, lexicon) if name != head.group("name") else credit
    if credit is None or not credit[0]:
        # a date right after the names is a byline's place too ("Faith Katunga•Oct 20, 2025"),
        # an agency's initials and the date's label perhaps between them ("Saibal Dasgupta / TNN
        # / Updated: Oct 9, 2019"): names alone there need no given name the data knows; a
        # caption's words and the day its picture was taken end with a stop ("Jalankulkija
        # Merihaassa Helsingissä 10. helmikuuta 2020."), a byline does not
        sentence = line.rstrip().endswith(".")
        right_after = found[0][0].start() <= 3 or _next_to(rest[: found[0][0].start()], lexicon)
        bare = _bare_names(head.group("name"), lexicon) if right_after and not sentence else None
        credit = (bare, None) if bare else None
    if credit is None or not credit[0]:
        # "Vaea Tupou, Pacific Health Review | July 8, 2024", "DARNELL OKAFOR, BAY HERALD Published
        # 2:31 p.m. ET March 14, 2024", "SOKHA CHEA | Mekong Tribune | 8 July 2024": the names, then
        # their site, job or place, then the date; bars part them as a comma does
        lead = re.split(r"\d", spaced[: head.end() + found[0][0].start()], maxsplit=1)[0]
        lead = _without_date_label(BAR_PARTS_RE.sub(", ", lead).strip(" ,|•·–—-"), lexicon)
        credit = _credit_after_comma(lead, lexicon, page) if not line.rstrip().endswith(".") else None
    # "Posted Mon 15 Jan 2024 at 3:41pm": the date's own label and weekday, no one's name
    if credit is None or any(dates_only(n) for n in credit[0]):
        return _name_after_date(spaced, lexicon)
    return credit, found[0][1].as_date()


LEADING_TIME_RE = re.compile(
    r"^[\s,|•·–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,|•·–—-]*", re.I
)
MAX_AFTER_NAME_WORDS = 3  # "0 Comments", "Leave a comment": a post's meta line goes on so far


def _name_after_date(line: str, lexicon: Lexicon) -> tuple[tuple[list[str], str | None], date] | None:
    """A post's meta line that opens with its date, then its writer's name without "By" ("January
    15, 2024 Jane Doe 0 Comments", "Posted on March 3, 2021 Jane Doe"): the name (a known given
    name first, as `_name_line` asks) and the date; only a date's labels before the date."""
    found = find_explicit(line)
    if not found:
        return None
    (span, parsed), labels = found[0], lexicon.words("dates", "date_line_labels")
    if any(w.lower() not in labels for w in re.findall(r"[^\W\d_]+", line[: span.start()])):
        return None
    after = LEADING_TIME_RE.sub("", line[span.end() :], count=1)
    head = NAME_HEAD_RE.match(after)
    name = head.group("name") if head else after.strip()
    if len(after[len(name) :].split()) > MAX_AFTER_NAME_WORDS:
        return None
    credit = _name_line(name, lexicon)
    if credit is None or not credit[0] or parsed.as_date() is None:
        return None
    return credit, parsed.as_date()


def _next_to(between: str, lexicon: Lexicon) -> bool:
    """Whether what stands between a byline's names and their date is only separators, an
    agency's initials ("TNN", "AP") and the date's label ("Updated:"; dates data,
    `date_line_labels`): the date stands right after the names."""
    labels = lexicon.words("dates", "date_line_labels")
    words = re.findall(r"[^\W\d_]+", between)
    return len(between) <= MAX_BETWEEN_NAME_AND_DATE and all(
        (w.isupper() and len(w) <= MAX_INITIALS) or w.lower() in labels for w in words
    )


MAX_BETWEEN_NAME_AND_DATE = 30  # "/ TNN / Updated: ": a short run of separators and labels


def _without_date_label(name: str, lexicon: Lexicon) -> str:
    """A name before its date without the label that joins them ("Francisco Memoria on" of
    "Francisco Memoria on 20/10/2017"; dates data, `date_line_labels`)."""
    return _date_labels_re(lexicon.words("dates", "date_line_labels")).sub("", name)


@lru_cache(maxsize=8)  # asked for every byline with a date: the labels are one alternation, built once
def _date_labels_re(labels: frozenset[str]) -> re.Pattern[str]:
    """Every label ending a name ("... on", "... updated on"), the longest first and then in
    alphabetical order, so that the pattern is the same whatever order the set gives."""
    ordered = sorted(labels, key=lambda label: (-len(label), label))
    return re.compile(rf"(?:\s+(?:{alternatives(ordered)}))+$", re.I)


def _credited(credit: tuple[list[str], str | None], source: Source) -> None:
    """The people and the site a name line names, as the source's authors and outlet."""
    source.authors.extend(credit[0])
    source.outlet = source.outlet or credit[1]


def _dated_byline(line: str, lexicon: Lexicon) -> tuple[date, str] | None:
    """A record's date line and whom it credits, in any script: its writer ("30 Apr 2020, 17:35
    by Валерия Драгомирова", "27 Apr 2020, 15:00 by Glenn Minnis, The Center Square", "02 May
    2020, 20:11 by News Desk"), or the site the text came from, as a tool that extracted the
    article writes it ("27 Apr 2020, 17:10 by Korrespondent.net", "by 24tv.ua")."""
    match = text_patterns(lexicon).dated_by.match(line)
    if match is None:
        return None
    who = match.group("who").strip()
    if who[:1].isdigit() and not SITE_ADDRESS_RE.search(who):
        return None  # what opens with a digit is no one's name: only an address is taken
    day = parse_date_line(match.group("date"))
    return (day, who) if day else None


def _header_byline(line: str, source: Source, lexicon: Lexicon) -> bool:
    """ "By Jane Doe - April 28, 2022", "By Jane Doe March 18 at 3:57 PM Follow @jdoe": a byline,
    alone or beside its date, a share bar or a follow link."""
    parts, day = [], None
    # "By Jane Doe jdoe@example.com (509) 459-5382": how to reach the writer ends the names
    line = CONTACT_RE.sub(" | ", line)
    # "Posted on March 14, 2024 by Jane Doe", "12 May 2025 by Jane Doe | 4 min read": the date
    # first, the writer after it; the names are read as a byline's
    dated = _dated_byline(BAR_RE.split(line)[0].strip(), lexicon)
    if (
        dated is not None
        and " " in dated[1]
        and _credit(f"{text_patterns(lexicon).by} {dated[1]}", source, lexicon)
    ):
        source.published = source.published or dated[0]
        return True
    for part in (p for p in PART_RE.split(line) if p):
        found = find_explicit(part)
        if found:
            # "By Jane Doe on Monday, November 18th, 2019", "By Jane Doe Last updated Nov 8, 2023"
            day = day or found[0][1].as_date()
            part = dates.without_date_noise(part[: found[0][0].start()])
        # "... | Published: 5 hours ago | Written by Jane Doe": a labelled byline among the parts
        parts.append(_as_byline(part, lexicon))
    if not any(_is_byline(part, lexicon) and _credit(part, source, lexicon) for part in parts):
        return False
    source.published = source.published or day  # the byline's date is the article's
    return True


def _split_after(paragraphs: list[str], hard: set[str]) -> list[str]:
    """Undo joins that ran a heading or list item into the paragraph after it.

    The longest block that opens a paragraph is split off first ("Ukraine Defence Ministry"
    before "Ukraine"): in the set's own order the split changed from run to run.
    """
    heads = sorted((h for h in hard if h), key=lambda h: (-len(h), h))
    out: list[str] = []
    for paragraph in paragraphs:
        pieces = [paragraph]
        while True:
            # a block that is a paragraph of its own stays whole ("Ukraine Defence Ministry")
            whole = pieces[-1] in hard
            head = None if whole else next((h for h in heads if pieces[-1].startswith(h + " ")), None)
            if head is None:
                break
            rest = pieces.pop()
            pieces += [head, rest[len(head) + 1 :].strip()]
        out.extend(piece for piece in pieces if piece)
    return out


# Words a byline may carry besides the names: dates and times ("Updated 10:07 PM, Mon August 8").
MONTHS_AND_DAYS = frozenset(
    [
        *dates.MONTHS,
        *dates.WEEKDAYS,
        *(w for label in dates.LABELS for w in label.split()),
        "am",
        "pm",
        "utc",
        "gmt",
    ]
)


def dates_only(name: str) -> bool:
    """Whether a byline's part is made only of a date's words, a month's or a day's name or a
    time's ("May", "Mon", "pm"): no one's name."""
    return set(name.lower().split()) <= MONTHS_AND_DAYS


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
        label = text_patterns(lexicon).address_label.match(line)
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
    named_by = [p for p in lexicon.boilerplate if "outlet" in p.groupindex]
    for line in kept:
        if source.outlet and source.published:
            break  # nothing left for such a line to tell
        for pattern in named_by:
            match = pattern.match(line)
            if match and not source.outlet:
                # an outlet known or named by its address ("More in Oilprice.com"): "More on
                # this story", "More on Amazon" name a topic
                named = match.group("outlet").strip()
                source.outlet = known_outlet(named, lexicon) or (
                    named if SITE_ADDRESS_RE.search(named) else None
                )
            # "... originally appeared on BGR.com on Mon, 1 Jan 2018": the day it ran there
            when = match.groupdict().get("date") if match and not source.published else None
            source.published = source.published or (parse_date_line(when) if when else None)
    # Credits and bylines at the end of the text.
    tail = _nonblank(kept)[-12:]
    wrap = wrapped_at(lines)
    for i in tail:
        line = kept[i]
        if i and goes_on(lines[i - 1], wrap):
            continue  # "... جميع الحقوق محفوظة Powered" / "By NewsPress": a footer's line wrapped
        credit = _credit(line, source, lexicon)
        if credit:
            kept[i] = ""
            above = next((j for j in range(i - 1, -1, -1) if kept[j]), None)
            if above is not None and _lone_label(kept[above], lexicon):
                kept[above] = ""  # "Author" over "By Jane Doe": the credit's heading
    return kept


def _take_trailing_header(lines: list[str], source: Source, lexicon: Lexicon) -> list[str]:
    """A dataset's record that writes its text first and its headline after it, alone, perhaps
    with its date or its address under it ("... to Mars." / "Elon Musk Is Sending a Tesla to
    Mars" / "2017-12-17T13:13:00" or "https://..."): a text with no headline above gets that
    one. A line about something else (another story's headline) shares too few words with the
    story's opening; a share bar or a footer is printed above too."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < MIN_TRAILING_HEADER_LINES:
        return lines
    day = url = None
    for _ in range(2):  # the date and the address under the headline, in either order
        line = lines[filled[-1]].strip()
        address = URL_RE.match(line) if url is None else None
        if address:
            url = address.group(1)
        elif day is None and len(line.split()) <= MAX_DATE_LINE_WORDS and (day := _header_date(line)):
            pass
        else:
            break
        filled.pop()
    if len(filled) < 2:
        return lines
    at = filled[-1]
    headline = lines[at].strip()
    before = lines[filled[-2]].strip()
    if not _is_headline(headline) or SENTENCE_END_RE.search(headline) or not SENTENCE_END_RE.search(before):
        return lines
    if any(_key(line) == _key(headline) for line in lines[:at]):
        return lines  # a share bar or a footer printed above too, not a headline
    if not _heads_text_above(headline, lines[:at], lexicon):
        return lines
    source.title = headline
    source.published = source.published or day
    source.url = source.url or url
    return lines[:at]


MIN_TRAILING_HEADER_LINES = 4


def _heads_text_above(headline: str, above: list[str], lexicon: Lexicon) -> bool:
    """Whether a line printed after a record's text is about that text's opening: its headline,
    not another story's."""
    small = small_words(lexicon)
    return _on_topic(headline, _topic_words(" ".join(above[:TOPIC_LINES]), small), small)


def _take_record_date(
    lines: list[str], source: Source, lexicon: Lexicon, known_title: str | None
) -> list[str]:
    """A dataset's record that prints its date as a machine timestamp after the text, perhaps
    with its headline and tags under it ("... File image" / "2025-05-21 14:19:07+02:00" /
    "Sars gets R4bn to hire army of debt collectors" / "sars"). No story's prose has such a line
    and nothing under it is a sentence: it is the record's date, an address under it the record's,
    the first other line under it, when the text has no headline, its title, and the rest its tags."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = None
    for i in reversed(filled[1:]):  # up from the end, over the headline and tags
        line = lines[i].strip()
        if MACHINE_TIME_RE.match(line):
            at = i
            break
        if SENTENCE_END_RE.search(line) or len(line.split()) > MAX_DATE_LINE_WORDS:
            return lines
    if at is None:
        return lines
    under = [lines[i].strip() for i in filled if i > at]
    source.published = source.published or parse_date_line(lines[at].strip())
    addresses = [address.group(1) for line in under if (address := URL_RE.match(line))]
    source.url = source.url or next(iter(addresses), None)
    under = [line for line in under if not URL_RE.match(line)]
    if (
        under
        and source.title is None
        and known_title is None
        and _is_headline(under[0])
        and _heads_text_above(under[0], lines[:at], lexicon)
    ):
        source.title = under[0]
    return lines[:at]


# a date and time as machines write them ("2020-11-19T09:30:00.000+02:00", "2024-04-28 07:00:00")
MACHINE_TIME_RE = re.compile(r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\s*$")


def _take_sign_off(lines: list[str], source: Source, lexicon: Lexicon) -> list[str]:
    """A writer's sign-off under the story's last paragraph, when no byline named one: "– Jane
    Doe"; the surname in capitals, as the press of Russia and its neighbours signs ("Ирина
    СОКОЛОВА.", "В. БАЖАНОВА."); the name and the outlet in quotation marks ("Мария Саймон ИА
    «ДОН 24»"). A picture's credit may stand under it ("Фото автора.")."""
    filled = _nonblank(lines)
    if source.authors or not filled:
        return lines
    at = filled[-1]
    if len(filled) > 1 and (is_boilerplate(lines[at], lexicon) or is_caption(lines[at], lexicon)):
        at = filled[-2]
    line = lines[at].strip()
    signed = None
    if suffixed := _suffixed_byline(line, lexicon):
        # "이재연 기자 oscal@seoul.co.kr": the name, the word a Korean sign-off puts after it, an address
        if not _credit(suffixed, source, lexicon):
            return lines
        return [*lines[:at], "", *lines[at + 1 :]]
    if DASH_START_RE.match(line):
        signed = _name_line(line, lexicon)
    elif capitals := SIGNED_IN_CAPITALS_RE.match(line):
        first, surname = capitals.group("first"), capitals.group("surname")
        # not a country's letters nor a body's word ("U.S. ARMY")
        place_variants = (lexicon.raw.get("gazetteer") or {}).get("variants") or {}
        initials = first.endswith(".") and first not in place_variants
        if (initials or first in lexicon.given_names) and surname.lower() not in _no_name_words(lexicon):
            signed = ([f"{first} {surname.title()}"], None)
    elif quoted := SIGNED_WITH_OUTLET_RE.match(line):
        named = _name_line(quoted.group("name"), lexicon)
        # the outlet's kind ("ИА", "газета"), not a sentence's words ("Tom Hanks stars in “Big”"),
        # unless a comma sets them apart from the name as a sign-off's ("Мария Петрова, специально
        # для «Фонтанки»")
        kind = set(quoted.group("kind").lower().split())
        signing = quoted.group("comma") or not kind & small_words(lexicon)
        if named is not None and len(named[0]) == 1 and named[1] is None and signing:
            signed = (named[0], quoted.group("outlet"))
    if signed is None:
        return lines
    _credited(signed, source)
    return [*lines[:at], "", *lines[at + 1 :]]


# a sign-off with the surname in capitals: a given name or initials ("В.", "А. С."), the surname
SIGNED_IN_CAPITALS_RE = re.compile(
    r"^(?P<first>[A-ZА-ЯЁ][a-zа-яё]+|[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?)\s+(?P<surname>[A-ZА-ЯЁ]{2,}(?:-[A-ZА-ЯЁ]{2,})?)\.?$"
)
# a sign-off of a name and the outlet in quotation marks, its kind's word or two before them
SIGNED_WITH_OUTLET_RE = re.compile(
    r"^(?P<name>[A-ZА-ЯЁ][\w-]+ [A-ZА-ЯЁ][\w-]+)(?P<comma>,)?\s+(?P<kind>(?:[\w.-]+\s+){0,2})"
    r"[«\"„“](?P<outlet>[^«»\"„“”]{1,40})[»\"“”]$"
)


def _next_url(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 : index + 4]:
        if line:
            match = URL_RE.match(line)
            return match.group(1) if match else None
    return None


MAX_INITIALS = 5  # letters of one word of capitals that is an acronym ("TPN", "ТАСС"), no person's name


# "By Lisa Mascaro, Mary Clare Jalonick and Eric Tucker": three names; a sentence opening with
# "By" ("By Monday, most troops had left.") is told apart by its words, which name no one
MAX_BYLINE_WORDS = 12
HANDLE_RE = re.compile(r"\s+@\w+(?=\s|$)")


def _credit(line: str, source: Source, lexicon: Lexicon) -> bool:
    """Read a trailer line that credits a person or an organisation."""
    markers = lexicon["sources"].get("via_markers", {})
    marker_re = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    via = re.match(rf"^(?P<who>.{{2,60}}?)\s*\((?P<marker>{marker_re})\s+(?P<pub>[^)]+)\)\.?$", line, re.I)
    if via:
        who, publisher = via.group("who").strip(), via.group("pub").strip()
        if is_person_shaped(who, lexicon) and not is_credit_org(who, lexicon):
            source.authors.append(who)
        else:
            source.credits.append(who)
        if publisher not in source.via:
            source.via.append(publisher)
        if (markers.get(via.group("marker").lower()) or {}).get("translated"):
            source.translated = True
        return True
    byline = text_patterns(lexicon).byline.match(line)
    if byline and len(line.split()) <= MAX_BYLINE_WORDS:
        # "By Jane Doe @janedoe": the writer's account beside the name is no part of it
        who = _undoubled(HANDLE_RE.sub("", byline.group("who")).strip())  # and a picture's text
        # "Jane Doe, in News, Portugal, Business": the names end where the sections begin
        who = text_patterns(lexicon).sections.split(who, maxsplit=1)[0]
        who = without_picture_credit(who, lexicon)  # "By Jane Doe. Photos: John Roe"
        if set(re.findall(r"[\w']+", who.lower())) <= lexicon.words("sources", "unnamed_credit_words"):
            return True  # "By Staff and news service reports": the paper's own, no one named
        # "By Jane Doe Staff Reporter": a person's name with the job after it names her
        named = any(
            _is_person_name(_name_and_outlet(without_job_title(p, lexicon) or p, lexicon)[0], lexicon)
            for p in _byline_parts(who, lexicon)
        )
        the = lexicon.reading_words("grammar", "definite_articles")
        if not named and (is_credit_org(who, lexicon) or without_leading(who, the) != who):
            source.original_publisher = source.original_publisher or without_leading(who, the)
            return True
        # "By Howard BlumeStaff Writer": words run together, and the writer's job after the name
        parts, written_for = [], set()
        for part in _byline_parts(who, lexicon):
            if parts and (without_job_title(part, lexicon) is None or byline_job(part, lexicon)):
                # "By Jane Doe, Journalist", "By Jane Doe, Staff Writer": the writer's job after
                # the name, no one else, and no outlet for its credit word ("Staff"); a job at a
                # known wire or outlet names it ("Associated Press Writer", "Reuters correspondent")
                wire = _job_outlet(part, lexicon)
                if wire is not None:
                    parts.append(wire)
                    written_for.add(wire)
                continue
            if parts and _written_from(part, parts[0], lexicon):
                continue  # "By Jane Doe, Kyiv": where she wrote from, no second author
            # the outlet as written ("for SurgeZirc UK"), the name with its run-on words apart
            name, outlet = _name_and_outlet(part, lexicon)
            apart = CAMEL_RE.sub(" ", name)
            if outlet is None and apart != name:
                split, outlet = _name_and_outlet(apart, lexicon)
                # apart where that parts an outlet or a job off the name ("Howard BlumeStaff
                # Writer"); "Alison McCook", "Jane DeLuca" are names as written
                if outlet is not None or _without_job(split, lexicon) != split:
                    name = split
            name = without_job_title(name, lexicon) or name  # "Jane Doe Staff Reporter"
            parts.append(_without_job(without_leading(name, the), lexicon))
            if outlet:
                parts.append(outlet)
                written_for.add(outlet)
        outlets = set(lexicon["sources"].get("outlets", {}).values()) | written_for
        # "By: Jane Doe, John Roe, The Associated Press", "By: Jane Doe, Army.mil": the agency
        # or the site after the names
        outlets |= {p for p in parts[1:] if is_credit_org(p, lexicon) or SITE_ADDRESS_RE.search(p)}
        # "By TPN", "By Jane Doe and AP": initials are a site's, a desk's or an agency's, no person
        initials = [
            p for p in parts if p not in outlets and p.isalpha() and p.isupper() and len(p) <= MAX_INITIALS
        ]
        names = [p for p in parts if p not in outlets and p not in initials]
        if initials and not names:
            source.credits.extend(n for n in initials if n not in source.credits)
            return True
        not_names = _not_names(lexicon)
        # "By Monday, most troops had left." is a sentence, not a byline
        if not names or not all(
            _is_person_name(n, lexicon) and n.split()[0].lower() not in not_names for n in names
        ):
            return False
        source.authors.extend(n for n in names if n not in source.authors)  # a byline printed twice
        source.credits.extend(n for n in initials if n not in source.credits)
        for agency in (p for p in parts if p in outlets):
            source.credits.append(agency)
            source.outlet = source.outlet or agency
        return True
    credit_lines = lexicon["boilerplate"].get("credit_lines", {})
    if _credit_line(line, source, credit_lines, lexicon):
        return True
    contributed = text_patterns(lexicon).contributed.match(line)
    if contributed:
        source.credits.append(contributed.group("who"))
        return False  # a sentence of the article: it stays in the body
    return False


def _credit_line(line: str, source: Source, credit_lines: dict[str, list[str]], lexicon: Lexicon) -> bool:
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
            for name in _byline_parts(match.group("who"), lexicon):
                if is_person_shaped(name, lexicon) and name not in source.authors:
                    source.authors.append(name)
    return True


def _not_names(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.words("people", "not_names")


def is_credit_org(who: str, lexicon: Lexicon) -> bool:
    words = set(re.findall(r"[\w']+", who.lower()))
    credit_words = {w.lower() for w in lexicon["sources"].get("credit_words", [])}
    return bool(words & credit_words)


def _job_outlet(job: str, lexicon: Lexicon) -> str | None:
    """The known outlet (sources.yaml `outlets`) a journalist's job names before its noun:
    "Associated Press Writer", "Reuters correspondent"; none for "Staff Writer"."""
    words = job.split()
    nouns = lexicon.words("sources", "journalist_nouns") | lexicon.words("people", "role_modifiers")
    while words and words[-1].lower().removesuffix("s") in nouns:
        words.pop()
    return known_outlet(" ".join(words), lexicon) if words else None


def _without_job(name: str, lexicon: Lexicon) -> str:
    """ "Jane Doe Staff Writer", "Jane Doe, Correspondent": the name without the job after it."""
    words = name.split()
    jobs = (
        lexicon.word_parts("people", "titles")
        | lexicon.words("sources", "credit_words")
        | lexicon.words("sources", "byline_buttons")
    )
    while len(words) > 2 and words[-1].lower().strip(",") in jobs:
        words.pop()
    return " ".join(words).rstrip(",")


MAX_JOB_LEAD = 2  # words before a job's noun: "Senior Washington Correspondent", "специальный корреспондент"


def byline_job(part: str, lexicon: Lexicon) -> bool:
    """A part of a byline after the names that is the writer's job, in any language's words
    (sources data, `journalist_nouns`): "корреспондент", "обозреватель отдела политики",
    "Korrespondentin", "correspondante à Bruxelles", "Senior Washington Correspondent",
    "Editor-in-Chief". A name before the job ("Jane Roe, Correspondent") is no job alone."""
    nouns = lexicon.words("sources", "journalist_nouns")
    modifiers = lexicon.words("people", "role_modifiers")
    words = part.split()
    for at, word in enumerate(words[: MAX_JOB_LEAD + 1]):
        if any(piece.removesuffix("s") in nouns for piece in word.strip(".,;:()").lower().split("-")):
            # what comes before the noun is its modifier: a word in lower case or a known one
            return at == 0 or words[0][:1].islower() or words[0].lower() in modifiers
    return False


@lru_cache(maxsize=8)  # asked for every byline
def _picture_credit_re(labels: tuple[str, ...], by: tuple[str, ...], bare: bool) -> re.Pattern[str]:
    label, by_word = alternatives(list(labels)), alternatives(list(by))
    # after a stop, a comma or a slash the label alone ("By Jane Doe. Photos: John Roe", "Фото
    # автора"); after a space only with its colon or "by" ("By Jane Doe Photos: John Roe"), or,
    # in a page's author field that lost its stops, capitalised before a capitalised name
    lost = rf"|\s+(?:{alternatives([w.capitalize() for w in labels])})(?=\s+[A-ZА-ЯЁ])" if bare else ""
    return re.compile(rf"\s*[.,;/]\s*(?i:{label})(?![\w-])|\s+(?i:{label})(?=\s*:|\s+(?i:{by_word})\s){lost}")


def without_picture_credit(who: str, lexicon: Lexicon, bare: bool = False) -> str:
    """A byline's names without the picture's credit after them (sources data,
    `byline_picture_labels`): the photographer is no author. `bare`: a page's author field,
    whose stops and colons its reader may have dropped ("Jane Doe Photos John Roe")."""
    labels = tuple(sorted(lexicon.words("sources", "byline_picture_labels")))
    if not labels:
        return who
    by = tuple(sorted(lexicon.reading_words("sources", "byline_words") | {"by"}))
    return _picture_credit_re(labels, by, bare).split(who, maxsplit=1)[0].strip()


def _written_from(part: str, first: str, lexicon: Lexicon) -> bool:
    """A byline's one word after a full name that is where the writer wrote from ("By Jane Doe,
    Kyiv", "Von Anna Müller, Brüssel"): no given name the data knows, no agency's initials, no
    site's address nor outlet. A person of one word is seldom credited beside a full name."""
    return (
        len(first.split()) >= 2
        and " " not in part
        and part not in lexicon.given_names
        and not part.isupper()
        and not SITE_ADDRESS_RE.search(part)
        and not is_credit_org(part, lexicon)
        and known_outlet(part, lexicon) is None
    )


def without_honorific(name: str, lexicon: Lexicon) -> str:
    """An author's name without the abbreviated title before it (people data,
    `abbreviated_titles`): "Dr. Jane Doe" is Jane Doe; "Dr Smith" stays as written."""
    words = name.split()
    titles = lexicon.words("people", "abbreviated_titles")
    while len(words) > 2 and words[0].rstrip(".").lower() in titles:
        words.pop(0)
    return " ".join(words)


def _name_and_outlet(part: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """A byline's person and the outlet written after the name: "Jane Doe for The Guardian",
    "Timothy Nerozzi Fox News" (a known outlet's name run on, sources.yaml outlets). As it was
    when no person's name stands before it."""
    written = text_patterns(lexicon).written_for.match(part)
    if written and len(written["name"].split()) > 1 and _is_person_name(written["name"], lexicon):
        return written["name"], written["outlet"]
    for outlet in sorted(set(lexicon["sources"].get("outlets", {}).values()), key=len, reverse=True):
        name = part.removesuffix(f" {outlet}")
        if name != part and len(name.split()) > 1 and _is_person_name(name, lexicon):
            return name, outlet
    return part, None


def _byline_parts(who: str, lexicon: Lexicon) -> list[str]:
    return [p.strip(" .") for p in text_patterns(lexicon).name_joiner.split(who) if p.strip(" .")]


def _is_person_name(text: str, lexicon: Lexicon) -> bool:
    """A person's name in a credit (a text's byline, a page's author): up to five words, each
    capitalised in any script ("Иван Антонов") or a particle ("Osama bin Laden"), no job after it,
    not a site nor an outlet the data knows. On a page whose language writes its names in a
    script without capitals and says so (sources.yaml `caseless_names`: Korean "박지훈"), a word
    of that script is a name's as a capitalised one is; elsewhere such a word tells nothing (a
    section's name in Arabic beside a date is no one's)."""
    words, particles = text.split(), name_particles(lexicon)
    caseless = bool(lexicon["sources"].get("caseless_names"))

    def capital(word: str) -> bool:
        return word[:1].isupper() or caseless and _caseless_letter(word[:1])

    return (
        1 <= len(words) <= MAX_NAME_WORDS
        and capital(words[0])
        and all(w in particles or capital(w) and NAME_CHARS_RE.fullmatch(w) for w in words)
        and not SITE_ADDRESS_RE.search(text)  # "Army.mil"
        and without_job_title(text, lexicon) == text
        and not is_credit_org(text, lexicon)
    )


MAX_CREDIT_NAME_WORDS = 3  # "Mary Jo Smith": more words before a job are the job's


def without_job_title(credit: str, lexicon: Lexicon) -> str | None:
    """A credit that ends with a journalist's job (sources data, `journalist_nouns`) as its
    person: "Andrea Stone Senior Washington Correspondent" is Andrea Stone; nothing when the job
    stands alone ("AP Auto Writer", "Court Reporter": a staff credit, no person). The job starts
    at its first word the data knows (a title, a modifier such as "Senior", a credit word such as
    "Staff"), else after the name's first two words. Other credits as they are."""
    words = credit.split()
    nouns = lexicon.words("sources", "journalist_nouns")
    if len(words) == 1 and words[0].lower().removesuffix("s") in nouns:
        return None  # "Journalist" of "By Jane Doe, Journalist", a site's "editor" account: a job alone
    if len(words) < 2 or words[-1].lower().removesuffix("s") not in nouns:
        return credit
    jobs = (
        lexicon.word_parts("people", "titles")
        | lexicon.words("people", "role_modifiers")
        | lexicon.words("sources", "credit_words")
        | nouns
    )
    start = next((i for i, w in enumerate(words) if w.lower() in jobs), len(words) - 1)
    name = words[: start if start <= MAX_CREDIT_NAME_WORDS else 2]
    if len(name) < 2 or name[0] not in lexicon.given_names or not is_person_shaped(" ".join(name), lexicon):
        return None
    return " ".join(name)


# "... after Cold Wave Alert Tues.", "... in the U.S.": a headline may end with an abbreviation
# (a month's or weekday's short name: one that begins a longer name of the same day or month)
_SHORT_NAMES = sorted(
    {
        w
        for names in (dates.MONTHS, dates.WEEKDAYS)
        for w in names
        if any(o != w and o.startswith(w) and names[o] == names[w] for o in names)
    },
    key=len,
    reverse=True,
)
ABBREVIATION_END_RE = re.compile(rf"\s(?:(?i:{'|'.join(_SHORT_NAMES)})|(?:[A-Z]\.){{1,3}}[A-Z])\.$")
DATELINE_LINE_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,}\s[—–-]\s")  # "WASHINGTON — The Globe and Mail"


MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARACTERS = 200
# a page's header item may be longer ("'This new search box does not mean that you'll only get AI
# responses': Google's Search makeover incorporates yet more AI, but Google promises to leave room
# for classic results", 27 words): its place above the byline vouches for it, where a line of that
# length in a story's text is as often a sentence that lost its full stop
MAX_HEADER_HEADLINE_WORDS = 30


def _is_headline(line: str, max_words: int = MAX_HEADLINE_WORDS) -> bool:
    words = line.split()
    if not 2 <= len(words) <= max_words or len(line) > MAX_HEADLINE_CHARACTERS:
        return False
    if line[-1] in ".,;:" and not ABBREVIATION_END_RE.search(line):
        return False  # a sentence; "... after Cold Wave Alert Tues." ends with an abbreviation
    if line[-1] in "\"”'’»“" and len(line) > 1 and line[-2] in ".,":
        return False
    # a headline that is a quote: "“...”", "«...»" (Russian, French), "„...“" (German)
    opening = line.lstrip("\"“'‘«„")
    first = opening[:1]
    # "$4bn deal for port ...", "€2m fine for ...": a sum opens it as a figure does
    money = unicodedata.category(first or " ") == "Sc" and opening[1:2].isdigit()
    return first.isupper() or first.isdigit() or money or _caseless_letter(first)


def _caseless_letter(ch: str) -> bool:
    """A letter of a script that has no capitals (Arabic, Hebrew, Thai, Devanagari, Chinese ...):
    a headline in it opens as any line does, and its first letter cannot tell it from one."""
    return ch.isalpha() and ch.lower() == ch.upper()


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
    title_seen = post = False
    known_key = _key(known_title) if known_title else None
    # a dataset record's headline stands right under its header, with or without a blank line
    headline_at, filed = _without_record_fields(kept)
    source.published = source.published or filed
    wrap = wrapped_at(kept)
    # a text a browser wrapped at the screen's width: many of its lines reach it and go on
    hard_wrapped = sum(goes_on(line, wrap) for line in kept) >= MIN_WRAPPED_LINES
    for position, i in enumerate(_nonblank(kept)[:MAX_HEADER_PARAGRAPHS]):
        line = kept[i]
        if not line or is_boilerplate(line, lexicon):
            continue  # blank: taken already with the line above it (a byline's names)
        url = URL_RE.match(line)
        if url:  # a dataset's record or a copied page: the address on a line of its own
            source.url = source.url or url.group(1)
            kept[i] = ""
            continue
        # "By Jane Doe | 15 January 2024", "By JANE DOE | EXAMPLE MONITOR": a byline parted by a
        # bar from its date or its site is shaped like a breadcrumb, and is read as a byline below
        if not title_seen and BREADCRUMB_RE.match(line) and not _is_byline(line, lexicon):
            first = re.split(r"\s+[|›»>/]\s+", line)[0].strip()
            source.outlet = source.outlet or known_outlet(first, lexicon)
            kept[i] = ""
            continue
        day = parse_date_line(line)
        if day:
            # "Updated June 5, 2024" / "Published June 4, 2024": the story's day is the one it was
            # first printed on, on the line under the update's
            below = next((kept[j] for j in _nonblank(kept) if j > i), "")
            updates = lexicon.words("dates", "update_labels")
            first_day = parse_date_line(below) if _opens_with(line, updates) else None
            if first_day is not None and first_day <= day and not _opens_with(below, updates):
                day = first_day
            source.published = source.published or day
            # a dataset record's header that opens with its date (and address): the headline
            # is still to come, on the next line of text
            record = _record_header(kept, i, lexicon)
            if title_seen and source.title is not None:
                _take_site_under_date(kept, i, source, lexicon)
            kept[i], title_seen = "", title_seen or not record
            if record and headline_at is None:
                headline_at = next((j for j in _nonblank(kept) if j > i and not URL_RE.match(kept[j])), None)
            continue
        dated_byline = _dated_byline(line, lexicon)
        if dated_byline is not None:
            source.published = source.published or dated_byline[0]
            who = dated_byline[1]
            if " " not in who:
                # "... by TheCable", "... by Korrespondent.net": a credit of one word is the site's
                # name or address, as a person's has two; "... by Staff" credits no one
                if who.lower() not in lexicon.words("sources", "unnamed_credit_words"):
                    source.outlet = source.outlet or who
            elif who not in source.authors:
                _credit(f"By {who}", source, lexicon)  # people, "Name, Outlet", or "News Desk"
                if SITE_ADDRESS_RE.search(who.split()[-1]):
                    # "by Информационная служба Накануне.RU": a desk of the site at that address
                    source.outlet = source.outlet or who.split()[-1]
            kept[i], title_seen = "", True
            continue
        # "By", "Written By", "Authors" on a line of its own, the names on the next (a page
        # dump's byline link)
        if _lone_label(line, lexicon):
            after = next((j for j in range(i + 1, len(kept)) if kept[j]), None)
            if after is not None and _is_byline(kept[after], lexicon):
                kept[i] = ""  # "Author" over "By Staff reports": the byline's heading
                continue
            if after is not None and _header_byline(
                f"{text_patterns(lexicon).by} {kept[after]}", source, lexicon
            ):
                kept[i] = kept[after] = ""
                title_seen = True
                continue
        # "By Jane Doe", "by Jane Doe | 34 seconds ago": a byline, alone or beside its time
        if _header_byline(line, source, lexicon):
            kept[i], title_seen = "", True
            continue
        lead = text_patterns(lexicon).lead_byline.match(line)
        if lead and _credit(f"{text_patterns(lexicon).by} {lead.group('who')}", source, lexicon):
            kept[i], title_seen = lead.group("rest"), True
            continue
        if known_authors and _names_authors(line, known_authors):
            kept[i], title_seen = "", True
            continue
        if known_key is not None:
            if _key(line) == known_key:
                kept[i], title_seen = "", True  # the title again, at the top of the body
                continue
            beside = None if source.authors or position >= 3 else _name_beside_date(line, lexicon, kept)
            if beside is not None:
                # a byline beside its date under the known headline, above the story: "Francisco
                # Memoria on 20/10/2017" is the story's writer and date, not its first paragraph
                _credited(beside[0], source)
                source.published = source.published or beside[1]
                kept[i], title_seen = "", True
                continue
            credit = None if source.authors or position >= 3 else _credit_after_comma(line, lexicon, kept)
            if credit is not None:
                # the reporters a newspaper names on the story's first line, under its headline:
                # "DARLINGTON MWENDABAI & HOPE NYOKA, Chipata" / "FORMER President ..."
                _credited(credit, source)
                kept[i], title_seen = "", True
                continue
            title_seen = True  # the title is known: this line is the body's
            if position >= 3:
                break
            continue
        beside = None if source.authors or known_key is not None else _name_beside_date(line, lexicon, kept)
        if beside is not None:
            # "Ivan Prothero - November 2, 2023", "Jane Doe15:35, Oct 29 2020": a byline without
            # "By", its date after it
            _credited(beside[0], source)
            source.published = source.published or beside[1]
            kept[i], title_seen = "", True
            continue
        credit = (
            None
            if source.authors
            else (_name_line(line, lexicon) or _credit_after_comma(line, lexicon, kept))
        )
        if credit and (title_seen or _header_soon(kept, i, lexicon)):
            # a record's byline without "By": "Jane Doe" above its date, or under its headline
            _credited(credit, source)
            kept[i] = ""
            continue
        if position == 0 and _channel_above_date(kept, i, lexicon):
            # a post's record: its channel or author, then its date, then the post itself
            _channel_credit(line, source, lexicon)
            kept[i], post = "", True
            continue
        if title_seen and _credit_above_date(kept, i, lexicon):
            # a record's author or outlet on the line above its date, under a standfirst
            _record_credit(line, source, lexicon)
            kept[i] = ""
            continue
        # a headline a text browser wrapped: its first line reaches the screen's width, its rest
        # stands on the next line, and a blank line or a date line or byline follows
        rest_at = i + 1 if hard_wrapped and not title_seen and goes_on(line, wrap) else None
        if rest_at is not None and _wrapped_headline(kept, rest_at, line, lexicon):
            line, kept[rest_at] = f"{line} {kept[rest_at]}", ""
        # A headline stands alone: a blank line follows it, not the rest of its sentence,
        # or the date line, address or byline that follows a headline; a record's first
        # line is its headline when a date, address or byline follows within a few lines
        # (a standfirst between them)
        alone = (
            i + 1 >= len(kept)
            or kept[i + 1] == ""
            or _header_line(kept[i + 1], lexicon)
            or _credit_above_date(kept, i + 1, lexicon)
            or position == 0
            and (_header_soon(kept, i, lexicon) or _prose_follows(kept, i, lexicon))
            or i == headline_at
            or _caption_over_lead(kept, i + 1, line, lexicon)
        )
        # a photo caption opening the text ("... [File: Jane Doe/AP Photo]") is no headline
        if not title_seen and alone and _is_headline(line) and not is_caption(line, lexicon):
            source.title = line
            kept[i], title_seen = "", True
            under = next((j for j in _nonblank(kept) if j > i), None)
            if under is not None and _caption_over_lead(kept, under, line, lexicon):
                kept[under] = ""
            if _credit_above_date(kept, i + 1, lexicon):
                _record_credit(kept[i + 1], source, lexicon)
                kept[i + 1] = ""
            continue
        title_seen = True
        if position >= 3:
            break  # well into the body: no more header lines
    if post and source.title is None and known_title is None:
        # a post has no headline: its first sentence heads it, as a channel's reader sees it, and
        # stays the post's first sentence in the body too
        source.title = next((_post_title(kept[j]) for j in _nonblank(kept)), None) or None
    return kept


MIN_WRAPPED_LINES = 5  # lines that reach the width and go on: a text a browser wrapped, not a record


def _wrapped_headline(lines: list[str], at: int, first: str, lexicon: Lexicon) -> bool:
    """Whether `lines[at]` ends the headline whose first line, reaching the screen's width, is
    `first`: it is no header line of its own, a blank line or a header line follows it, and the
    two make one headline (no sentence's stop at its end)."""
    if (
        at >= len(lines)
        or not lines[at]
        or _header_line(lines[at], lexicon)
        or _name_line(lines[at], lexicon)
    ):
        return False  # "Jane Doe" under a long headline: its writer
    after = at + 1
    ends = after >= len(lines) or not lines[after] or _header_line(lines[after], lexicon)
    return ends and _is_headline(f"{first} {lines[at]}") and not is_caption(lines[at], lexicon)


MAX_TOP_FURNITURE = 10  # lines of menus, crumbs and account links between a masthead and the headline
MIN_TOP_MENU_ITEMS = 3  # "News  Fire Season  Community": a row this long at a page's top is its menu
MAX_KICKER_WORDS = 3  # "EXCLUSIVE", "Local News", "Analysis": a section's label or a menu's item alone
# "Home › Economy › Government signs port deal": a breadcrumb that ends with the headline itself
CRUMB_TRAIL_RE = re.compile(r"^(?:[^›»>]{1,25}\s[›»>]\s+){2,}\S")
SEARCH_BOX_RE = re.compile(r"\[\s{3,}\]|^search\W*$", re.I)  # "[          ] Search", "Search..."


def _top_furniture(line: str, raw: str, lexicon: Lexicon) -> bool:
    """A line of a page's top (tidied, and as printed) that is a menu or a control, not its
    header: a row of menu items ("Home  News  Sport  Opinion"), a bulleted item, a breadcrumb, a
    search box, account links ("Sign In   Register", "Log in | Subscribe")."""
    parts = menu_items(raw)
    return (
        menu_row(raw, MIN_TOP_MENU_ITEMS)
        or is_boilerplate(line, lexicon)
        or SEARCH_BOX_RE.search(raw) is not None
        or starts_with_bullet(raw)
        and len(line.split()) <= MAX_KICKER_WORDS + 1
        or _crumbs(line)
        or CRUMB_TRAIL_RE.match(line) is not None
        or len(parts) > 1
        and all(is_boilerplate(part, lexicon) for part in parts)
    )


def _named_row(line: str, lexicon: Lexicon) -> bool:
    """A row of menu items led by the site's name: "Mindanao Herald · Politics · Nation · World"."""
    items = menu_items(line)
    return menu_row(line) and len(items[0].split()) > 1 and _named_like_a_site(items[0], lexicon)


def _row_masthead(raw: list[str], lexicon: Lexicon) -> str | None:
    """The site's name leading the menu's row on a page's first line."""
    first = next((line for line in raw if line.strip()), "")
    return menu_items(first)[0] if _named_row(first, lexicon) else None


def _known_tail(site: str, lexicon: Lexicon) -> str:
    """A masthead's name, or the known outlet its last words name: a logo's link "Discover Thomson
    Reuters" is Reuters's."""
    words = site.split()
    tails = (known_outlet(" ".join(words[cut:]), lexicon) for cut in range(len(words)))
    return next((tail for tail in tails if tail), site)


def _header_under(line: str, lexicon: Lexicon) -> bool:
    """A header's line under a headline: a date line, a byline (with or without "By", beside its
    date: "November 12, 2019 by Staff"), an address."""
    return bool(
        _header_line(line, lexicon)
        or _name_line(line, lexicon)
        or _name_beside_date(line, lexicon)
        or _dated_byline(line, lexicon)
    )


def _masthead_over_menu(kept: list[str], raw: list[str], source: Source, lexicon: Lexicon) -> None:
    """The site's name that opens a page copied as text, over its menu and above the headline: the
    outlet, not the title ("Riverton Ledger" / "Home  News  Sport" / headline / "By Jane Doe" /
    date). The headline is the first line shaped like one, about the story (its words are the
    opening's), with a byline or a date line right under it; the first line is named like a site
    and shown to be one: a menu, a breadcrumb or a search box stands between the two, or it names
    itself by a site's word ("Herald", "News"), or the page prints it again (a byline's "Jane
    Doe, Lusaka Star", the copyright notice). Lines of the top that are furniture go with it."""
    # "Skip to content", "Menu", "Sign in": controls over the masthead
    top = _nonblank(kept)
    first = next(
        (
            i
            for i in top
            if i == top[0] and _named_row(raw[i], lexicon) or not _top_furniture(kept[i], raw[i], lexicon)
        ),
        None,
    )
    leading = [i for i in top if first is not None and i < first]
    if first is None or len(leading) > MAX_TOP_FURNITURE:
        return
    line = raw[first].strip()
    items = menu_items(line)
    # "Mindanao Herald · Politics · Nation · World": the name leads its own menu's row
    site, menu = (items[0], True) if _named_row(line, lexicon) else (kept[first].strip(), False)
    if not (_named_like_a_site(site, lexicon) or DOTTED_NAME_RE.match(site)) or _header_line(site, lexicon):
        return
    between: list[int] = []
    small = small_words(lexicon)
    # `kept` changes only on the way out: its written lines stay `top`
    for j in [j for j in top if j > first][:MAX_TOP_FURNITURE]:
        text = kept[j]
        if is_caption(text, lexicon):
            # a photo's caption over the headline ("A nurse prepares a dose. Photo: Health Ministry")
            between.append(j)
            continue
        if _header_under(text, lexicon):
            return  # a byline or a date under the first line: that line is the headline
        later = [k for k in top if k > j]
        topic = _topic_words(" ".join(kept[k] for k in later[:TOPIC_LINES]), small)
        headed = any(_header_under(kept[k], lexicon) for k in later[:RECORD_HEADER_LINES])
        headline = headed and _is_headline(text) and _on_topic(text, topic, small)
        furniture = _top_furniture(text, raw[j], lexicon)
        short = len(text.split()) <= MAX_KICKER_WORDS and not SENTENCE_END_RE.search(text)
        if furniture or short and not headline:
            menu = menu or furniture
            between.append(j)
            continue
        if not headline:
            return
        # a name of four words or more about the story is a headline in title case
        if len(site.split()) >= MIN_HEADLINE_WORDS and _on_topic(site, topic, small):
            return
        # printed again inside a longer line ("Jane Doe, Lusaka Star", "© 2024 Riverton Ledger"):
        # a headline printed again as it is (a record's title at its end) proves nothing
        key = _key(site)
        again = any(key in _key(raw[k]) and _key(raw[k]) != key for k in range(first + 1, len(raw)))
        named = (
            is_credit_org(site, lexicon)
            or known_outlet(site, lexicon) is not None
            or DOTTED_NAME_RE.match(site) is not None
            or again
        )
        if not (menu or named):
            return
        source.outlet = source.outlet or _known_tail(site, lexicon)
        for k in (*leading, first, *between):
            kept[k] = ""
        return


POST_MARKS_RE = re.compile(r"\*\*|__|[\ufe0f\u200d]")  # Markdown's bold, an emoji's joiners
POST_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")  # in any script: "... заявил. Он"


def _post_title(line: str) -> str:
    """A post's first sentence as its title, without its Markdown and emoji ("⚡️Новая **ядерная
    доктрина** утверждена" -> "Новая ядерная доктрина утверждена")."""
    # the line is tidied (strip_markup): the bold left was opened or closed beside a space
    # ("**ядерная доктрина **утверждена"), which no emphasis pattern takes
    text = "".join(c for c in POST_MARKS_RE.sub("", line) if unicodedata.category(c) != "So")
    return POST_SENTENCE_RE.split(" ".join(text.split()), maxsplit=1)[0]


MAX_RECORD_FIELDS = 4  # lines of a record's header above its address: id, language, date...
RECORD_FIELD_RE = re.compile(r"^(?=\S*\d)\S{1,60}$|^[a-z]{2}$")  # "ru-1162", "215"; "ru", "en"


def _without_record_fields(lines: list[str]) -> tuple[int | None, date | None]:
    """Blank the fields a dataset's record opens with above its address line (its id, "ru-1162"
    or "215", and its language, "ru"): words of one token each that are no text of the article.
    Its date line stays, for the header to read. The index of the line after the address, where
    the record's headline stands, and, for a record with no date line, the day its address is
    filed under; nothing when the text opens with no such header."""
    written = _nonblank(lines)[: MAX_RECORD_FIELDS + 1]
    address = next((n for n, i in enumerate(written) if URL_RE.match(lines[i])), None)
    if not address:
        return None, None
    dated = [i for i in written[:address] if parse_date_line(lines[i])]
    fields = [i for i in written[:address] if i not in dated and RECORD_FIELD_RE.match(lines[i])]
    if not fields or len(fields) + len(dated) < address:
        return None, None
    for i in fields:
        lines[i] = ""
    after = written[address] + 1
    filed = None if dated else _address_date(lines[written[address]])
    return (after if after < len(lines) and lines[after] else None), filed


# "/2016/12/18/", "/2016-11-09/", "/20230101/": the day as folders, or one folder of its own
ADDRESS_DATE_RE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?:/(?P<month>\d\d?)/(?P<day>\d\d?)|-(?P<m>\d\d)-(?P<d>\d\d)|(?P<mm>\d\d)(?P<dd>\d\d))(?:/|$)"
)


def _address_date(address: str | None) -> date | None:
    """The day a page's address is filed under: "/news/2016/12/18/trump_nobama_hope/",
    "/2016-11-09/podborka", "/20230101/1863225.html"."""
    if not address:
        return None
    match = ADDRESS_DATE_RE.search(urlsplit(address.strip("<>")).path)
    if match is None:
        return None
    try:
        month = match.group("month") or match.group("m") or match.group("mm")
        day = match.group("day") or match.group("d") or match.group("dd")
        return date(int(match.group("year")), int(month), int(day))
    except ValueError:
        return None


def _record_header(lines: list[str], i: int, lexicon: Lexicon) -> bool:
    """Whether the date line `i` opens a dataset record: nothing but furniture above it, its
    address on the next line, or its headline and a byline without "By" or its address on the
    next two ("2018-01-01T10:00:00", "Thousands flee ...", "Jane Doe, CTVNews.ca")."""
    above = all(not line or is_boilerplate(line, lexicon) for line in lines[:i])
    following = [line for line in lines[i + 1 :] if line][:2]
    if not above or not following:
        return False
    if URL_RE.match(following[0]):
        return True
    return (
        len(following) == 2
        and _is_headline(following[0])
        and (_name_line(following[1], lexicon) is not None or URL_RE.match(following[1]) is not None)
    )


RECORD_HEADER_LINES = 3  # lines after a record's headline among which its date or byline stands


def _prose_follows(lines: list[str], at: int, lexicon: Lexicon) -> bool:
    """A text's first line over its first paragraph or a photo's caption, no blank line between
    ("North Korea fires missile over Japan" over a paragraph of prose): a headline, as no
    sentence of the paragraph runs on into it. The paragraph's line is long, opens a sentence
    and ends one."""
    line = lines[at]
    # fewer words ("Associated Press", "World News" over a paragraph): a credit, a section
    if at + 1 >= len(lines) or SENTENCE_END_RE.search(line) or len(line.split()) < MIN_HEADLINE_WORDS:
        return False
    fields = _fields_under(lines, at, lexicon)
    if fields:
        return _lead_on_topic(lines, fields, line, lexicon)
    after = lines[at + 1].strip()
    return (
        len(after.split()) >= MIN_LEAD_WORDS
        and after[:1].isupper()
        and (SENTENCE_END_RE.search(after) is not None or is_caption(after, lexicon))
        and len(after) > 2 * len(line)
    )


def _fields_under(lines: list[str], at: int, lexicon: Lexicon) -> int:
    """The index of the first line of prose under a text's first line when the page's fields
    stand between them, no blank line over them ("Мэрия Томска закупит 20 новых трамваев" /
    "Транспорт" / "14 мая 2024, 10:05" / the lead; "Fed holds rates steady" / "MARKETS" / the
    lead): a rubric, a stamp, a counter, a picture's name or its credit, each a short line of its
    own that ends no sentence (`_page_label`); 0 when no such line stands there."""
    j = at + 1
    while j < len(lines) and j - at <= MAX_OVER_LEAD_LINES and lines[j].strip():
        field = lines[j].strip()
        if not (
            is_boilerplate(field, lexicon)
            or is_caption(field, lexicon)
            or not field.endswith(CLAUSE_ENDS)
            and _field_line(field)
        ):
            break
        j += 1
    if j == at + 1 or j - at > MAX_OVER_LEAD_LINES:
        return 0
    while j < len(lines) and not lines[j].strip():
        j += 1  # the fields' block, then the story's
    return j if j < len(lines) else 0


def _lead_on_topic(lines: list[str], at: int, headline: str, lexicon: Lexicon) -> bool:
    """Whether line `at` opens a story under `headline`: a sentence of a brief's length at least,
    with a word of the headline in the story's opening ("... закупит 20 новых трамваев" over
    "Мэрия Томска подписала контракт на поставку 20 низкопольных трамваев."), as a page's fields
    stand over the story they head, where a menu's or a notice's line is about nothing it says."""
    lead = lines[at].strip()
    if (
        len(lead.split()) < MIN_STORY_PARAGRAPH_WORDS
        or not (lead[:1].isupper() or lead[:1].isdigit())
        or not SENTENCE_END_RE.search(lead)
    ):
        return False
    small = small_words(lexicon)
    return bool(_topic_words(headline, small) & _topic_words(" ".join(lines[at : at + TOPIC_LINES]), small))


MAX_LEAD_CAPTION_WORDS = 6
STOP_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _caption_over_lead(lines: list[str], at: int, headline: str, lexicon: Lexicon) -> bool:
    """A photo's caption that a copied record keeps between its headline and its lead, run into
    the lead with no blank line ("Здание ФСБ России ночью", "Виды Накхонратчасимы", "Фонтан
    «Золотой колос»" over the lead's paragraph): a picture's name, a few words that end no
    sentence and hold no clause's comma or colon, over a paragraph of prose. Not a byline, a date
    or a site's name, which stand there too: a line of capitalised words (a writer's name has that
    shape) is the picture's only when the headline or the lead names its last word, the surname or
    the place, in any case ("Сулейман Керимов" under "Сулейман Керимов объявлен в международный
    розыск", "Виды Накхонратчасимы" over "... в Накхонратчасиме ..."); a writer's name is not the
    story's."""
    if not 0 < at < len(lines) - 1 or not lines[at] or not lines[at + 1]:
        return False
    line, lead = lines[at].strip(), lines[at + 1].strip()
    words = line.split()
    if (
        not 2 <= len(words) <= MAX_LEAD_CAPTION_WORDS
        or not line[:1].isupper()
        or STOP_END_RE.search(line)  # a name in quotation marks may close it: "Фонтан «Золотой колос»"
        or any(mark in line for mark in ",:;|")
        or len(lead.split()) < MIN_PROSE_WORDS
        or not (lead[:1].isupper() or lead[:1].isdigit())  # "2 сентября 2013 года Следственный ..."
        or not SENTENCE_END_RE.search(lead)
        or _header_line(line, lexicon)
        or parse_date_line(line) is not None
        or _site_name_like(line, lexicon)
    ):
        return False
    if _wrapped_lead_line(words, lead, lexicon):
        return False
    if not is_person_shaped(line, lexicon):
        return True
    told = {word[:TOPIC_STEM] for word in _key(f"{headline} {lead}").split()}
    return _key(words[-1])[:TOPIC_STEM] in told


def _wrapped_lead_line(words: list[str], lead: str, lexicon: Lexicon) -> bool:
    """The first line of a hard-wrapped lead, not a caption over it: it opens as a sentence does,
    with a preposition or an opener ("В среду глава МИД России Сергей"; grammar data,
    `small_words` and `sentence_openers`, every language's, since the header is read before the
    language is told), or the wrap split a name, its given name ending the line and the next
    line going on with the surname ("... Сергей" over "Лавров заявил, ...")."""
    openers = lexicon.reading_words("grammar", "small_words")
    openers |= lexicon.reading_words("grammar", "sentence_openers")
    if words[0].lower() in openers:
        return True
    first = lead.split()[0] if lead.split() else ""
    return words[-1] in lexicon.given_names and first[:1].isupper()


def _header_soon(lines: list[str], at: int, lexicon: Lexicon) -> bool:
    """A date, address or byline among the few lines after `at` (a standfirst between them)."""
    later = [j for j in _nonblank(lines) if j > at][:RECORD_HEADER_LINES]
    return any(_header_line(lines[j], lexicon) for j in later)


def _credit_above_date(lines: list[str], at: int, lexicon: Lexicon) -> bool:
    """A dataset record's credit: a name alone on the line between headline and date line
    ("Katie Forster", "The Jakarta Post", "Dailymail.Com Reporter")."""
    return (
        at + 1 < len(lines)
        and _header_line(lines[at + 1], lexicon)
        and not _header_line(lines[at], lexicon)
        and _site_name_like(lines[at], lexicon)
    )


MAX_CHANNEL_WORDS = 3


def _channel_above_date(lines: list[str], at: int, lexicon: Lexicon) -> bool:
    """The first line of a record of posts ("SHOT", "112", "Example Herald" over its date line):
    a short name, each word capitalised or a number, right above the date, no headline between;
    a headline has words of its own in lower case ("Troops move")."""
    # "Москвач • Новости Москвы": a channel's name and its tagline, a bullet between
    words = [w for w in lines[at].split() if any(c.isalnum() for c in w)]
    return (
        at + 1 < len(lines)
        and len(words) <= MAX_CHANNEL_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not SENTENCE_END_RE.search(lines[at])
        and parse_date_line(lines[at + 1]) is not None
        and not is_boilerplate(lines[at], lexicon)
        # "Dec" over "2017-12-31T14:00:02": a date's word cut off, no one's name
        and not any(w.lower().rstrip(".") in dates.MONTHS for w in words)
    )


MAX_SITE_UNDER_DATE_WORDS = 4


def _take_site_under_date(lines: list[str], at: int, source: Source, lexicon: Lexicon) -> None:
    """A record's outlet on the line under its headline's date ("Headline" / "April 21 2021" /
    "ABS-CBN News" / the story): a short name whose words name a body ("News", "Times", sources
    data `credit_words`) or a known outlet; not a person's name, which the byline rules read."""
    following = next((j for j in range(at + 1, len(lines)) if lines[j].strip()), None)
    if following is None or source.outlet:
        return
    line = lines[following].strip()
    if (
        len(line.split()) <= MAX_SITE_UNDER_DATE_WORDS
        and not SENTENCE_END_RE.search(line)
        and _site_name_like(line, lexicon)
        and (is_credit_org(line, lexicon) or known_outlet(line, lexicon))
    ):
        source.outlet = line
        lines[following] = ""


def _channel_credit(line: str, source: Source, lexicon: Lexicon) -> None:
    """A post's channel line: a person when it opens with a given name the language data knows
    ("Jane Doe"), else the channel, the post's outlet ("SHOT", "Топор Live")."""
    words = line.split()
    if len(words) >= 2 and words[0] in lexicon.given_names and _is_person_name(line, lexicon):
        source.authors.append(line)
    else:
        source.outlet = source.outlet or line


def _record_credit(line: str, source: Source, lexicon: Lexicon) -> None:
    """A record's credit line: its author when it names a person, else its outlet (a staff
    credit such as "Dailymail.Com Reporter" names the site, not a person), or both."""
    words = line.split()
    given = lexicon.given_names
    for cut in (2, 3):
        # "Blake Apgar Las Vegas Review-Journal": a known given name's person, then the site
        name, site = " ".join(words[:cut]), " ".join(words[cut:])
        if words[0] in given and site and _is_person_name(name, lexicon) and _site_name_like(site, lexicon):
            source.authors.append(name)
            source.outlet = source.outlet or site
            return
    domain = any(SITE_ADDRESS_RE.search(w) for w in words)
    article = words[0].lower() in lexicon.words("grammar", "articles")  # "The Example Herald"
    if (
        not domain
        and not article
        and _is_person_name(line, lexicon)
        and words[0].lower() not in _not_names(lexicon)
    ):
        source.authors.append(line)
        return
    jobs = lexicon.word_parts("people", "titles")
    while len(words) > 1 and words[-1].lower() in jobs:
        words.pop()
    if words[0].lower() not in _not_names(lexicon):
        source.outlet = source.outlet or " ".join(words)


def _header_line(line: str, lexicon: Lexicon) -> bool:
    return bool(parse_date_line(line) or URL_RE.match(line) or _is_byline(line, lexicon))


def _is_byline(line: str, lexicon: Lexicon) -> bool:
    """ "By Jane Doe and John Roe": short; "By Monday, most troops had left." is for _credit to judge."""
    return bool(text_patterns(lexicon).byline.match(line)) and len(line.split()) <= 10


# a site named by its address: "Oilprice.com", "Dailymail.Com", "Oilprice. com" as a dump spaced it
SITE_ADDRESS_RE = re.compile(r"\w\.\s?[a-z]{2,4}$", re.I)
SITE_SUFFIX_RE = re.compile(r"^(?P<title>.{12,}?)\s+(?P<mark>[|–—-])\s+(?P<site>[^|–—]{2,40})$")
# "Headline: Politics: World: Lenta.ru": the site's sections and its address after colons
SECTIONS_SUFFIX_RE = re.compile(r"^(?P<title>.{12,}?)(?::\s+[^:]{1,30}){0,3}:\s+(?P<site>[^:\s]{2,40})$")


def split_site_name(title: str | None, url: str | None, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """ "Headline - Al Jazeera English", "Headline | Fortune": the headline, and the site's name.

    The part after the last bar or dash is the site's name only when it is a known outlet
    or the page's own address names it (aljazeera.com), so "Putin - the interview" stays.
    """
    sections = SECTIONS_SUFFIX_RE.match(title or "")
    if sections and SITE_ADDRESS_RE.search(sections.group("site")):
        site = sections.group("site")
        if any(label in site.lower() for label in _host_labels(url) if len(label) >= 3):
            return sections.group("title").strip(), known_outlet(site, lexicon) or site
    match = SITE_SUFFIX_RE.match(title or "")
    if not match:
        return title, None
    site = match.group("site").strip()
    # "Seznam Zprávy" of seznamzpravy.cz: an address writes a name's letters without accents
    squashed = re.sub(r"[^a-z0-9]", "", without_accents(site).lower())
    # "kulu-media" of kulu-media.com is "Kulu Media" squashed as much
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in _host_labels(url) if len(label) >= 3]
    known = known_outlet(site, lexicon)
    # a site's address ("Headline – gulfnews.com") names a site whatever the page's own address
    words = re.findall(r"[a-z0-9]+", site.lower())
    if (
        known
        or SITE_ADDRESS_RE.search(site)
        or any(label in squashed or squashed in label for label in labels if squashed)
        or any(_abbreviates(label, words) for label in labels)
    ):
        return match.group("title").strip(), known or site
    if match["mark"] == "|" and url is None and len(site.split()) >= 2 and _site_name_like(site, lexicon):
        # "Headline | Honolulu Star-Advertiser" with no address to check the name against: a
        # name after a bar, in capitals word by word, is the site's, as a dash's may be the
        # headline's own ("Putin - the interview")
        return match.group("title").strip(), site
    return title, None


# a title bar's separators: "Headline | Site", "Headline - Site", "Headline :: Site", "Site » Headline"
TITLE_BAR_MARKS = "|–—·»/:-"
TITLE_BAR_RE = re.compile(rf"\s+(?:[{TITLE_BAR_MARKS}]|::)\s+")
TITLE_BAR_END_RE = re.compile(rf"\s(?:[{TITLE_BAR_MARKS}]|::)\s+$")
MAX_TITLE_BAR_SITE_WORDS = 6


def site_beside_headline(title: str | None, headline: str | None) -> str | None:
    """The site's name a page's title bar gives beside the headline its <h1> prints: "Headline |
    Site", "Site | Headline", "Headline | Politics | Site" (a section between them). The headline
    printed whole at one end says what the other end is, with no address or known outlet to check
    the name against (as `split_site_name` needs); the segment furthest from it is the site's."""
    if not title or not headline:
        return None
    written, head = " ".join(title.split()), " ".join(headline.split())
    if len(written) != len(written.lower()) or len(head) != len(head.lower()):
        return None  # a letter whose lower case is longer ("İ"): no position to compare by
    low, key = written.lower(), head.lower()
    after, before = written[len(head) :], written[: len(written) - len(head)]
    if low.startswith(key) and TITLE_BAR_RE.match(after):
        site = TITLE_BAR_RE.split(after.strip())[-1]
    elif low.endswith(key) and TITLE_BAR_END_RE.search(f" {before}"):
        site = TITLE_BAR_RE.split(before.strip())[0]
    else:
        return None
    site = site.strip(f" {TITLE_BAR_MARKS}")
    words = site.split()
    if not words or len(words) > MAX_TITLE_BAR_SITE_WORDS or SENTENCE_END_RE.search(site):
        return None
    # "Putin - the interview": a site's name is capitalised, or an address ("lenta.ru")
    if not (site[:1].isupper() or site[:1].isdigit() or SITE_ADDRESS_RE.search(site)):
        return None
    return site


def _abbreviates(label: str, words: list[str]) -> bool:
    """Whether an address label writes a name's words by their initials or in full, in order:
    "scmp" for South China Morning Post, "csmonitor" for Christian Science Monitor."""
    if not words:
        return not label
    if not label:
        return False
    first, rest = words[0], words[1:]
    return (label[0] == first[0] and _abbreviates(label[1:], rest)) or (
        label.startswith(first) and len(first) > 1 and _abbreviates(label[len(first) :], rest)
    )


def own_names(outlet: str | None, url: str | None, lexicon: Lexicon) -> set[str]:
    """The names a site calls itself by, lower-case: its outlet's name and its address's
    own labels ("icij" of icij.org, "foxnews" of foxnews.com), not the labels of many sites'
    addresses (sources data, `generic_host_labels`, every language's: an address is no language's)."""
    generic = lexicon.reading_words("sources", "generic_host_labels")
    names = {outlet.lower()} if outlet else set()
    # an outlet named by its address ("ZimEye.com"): the site calls itself by its labels too
    addresses = [
        url,
        f"http://{outlet}" if outlet and " " not in outlet and SITE_ADDRESS_RE.search(outlet) else None,
    ]
    names |= {
        label
        for address in addresses
        for label in _host_labels(address)
        if len(label) >= MIN_LABEL_CHARS and label not in generic
    }
    return names


def _host_labels(url: str | None) -> list[str]:
    """The labels of a page's host before its top-level domain: "www.icij.org" -> ["icij"]."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    return host.split(".")[:-1]


MIN_LABEL_CHARS = 4  # "bbc" of bbc.co.uk is a name too short to find in a text safely
MAX_HOUSE_AD_WORDS = 60
MIN_SQUASHED_CHARS = 8  # a label this long is no common word inside another ("exampleherald")


def without_house_ads(paragraphs: list[str], names: set[str], lexicon: Lexicon) -> list[str]:
    """Paragraphs without the site's own appeals: a short paragraph that names the site and
    speaks to its readers ("Help us change the world. Get our stories by email.", "For as
    little as £5, you can support ZimEye"). A story quoting someone has quotation marks; a
    story reporting what the outlet learned does not address "you" or "us"."""
    if not names:
        return paragraphs
    address = lexicon.words("grammar", "reader_address")
    bids = bid_re(tuple(sorted(lexicon.words("grammar", "reader_imperatives"))))
    kept = []
    for paragraph in paragraphs:
        words = re.findall(r"[\w'’.-]+", paragraph.lower())
        parts = _word_parts(words)
        squashed = re.sub(r"\W", "", paragraph.lower())
        # "Example Herald" for exampleherald.com: a long label is found with the spaces out
        named = any(
            n in paragraph.lower()
            if " " in n
            else n in parts or len(n) >= MIN_SQUASHED_CHARS and n in squashed
            for n in names
        )
        if (
            named
            and len(words) <= MAX_HOUSE_AD_WORDS
            and (address.intersection(words) or bids.search(paragraph))
            and not re.search(r"[\"“”«»„]", paragraph)
        ):
            continue
        kept.append(paragraph)
    return kept


@lru_cache(maxsize=8)
def bid_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """One of `verbs` opening a sentence or a clause, in any case: "Check out ...", ", download ..."."""
    return re.compile(rf"(?:^|[.!?:]\s+|,\s+)(?:{alternatives(list(verbs))})\b", re.I)


def _word_parts(words: list[str]) -> set[str]:
    """Words and their parts around dots and apostrophes: "foxnews.com" -> foxnews, com."""
    return {part for word in words for part in re.split(r"[.'’]", word.strip(".")) if part}


def known_outlet(name: str, lexicon: Lexicon) -> str | None:
    """An outlet's usual name, if `name` is one ("BBC NEWS" -> "BBC News")."""
    outlets = {v.lower(): v for v in lexicon["sources"].get("outlets", {}).values()}
    return outlets.get(name.lower().strip(" .:"))
