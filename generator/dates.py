"""Reading dates written the way news text writes them.

A date keeps the precision the text gives it: a year ("1999"), a month
("November 2021" -> "2021-11") or a day ("October 31" -> "2022-10-31" once the
year is known). A date whose year cannot be known is not given one.

The names of months and weekdays, the days named from today ("yesterday") and the
labels of a date line ("Updated") are language data (dates.yaml). Every bundled
language's names are read here at once, because a page's date lines are read
before its language is told; the words that date relative to the time of writing
("last month", "since March") are one language's, in events.DateWords.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from .lexicon import (
    alternatives,
    bundled,
    bundled_by_language,
    language_file,
)

# Month and weekday names by number (January 1, Monday 0), from dates.yaml of every language.
MONTHS: dict[str, int] = bundled("dates", "months") or {}
WEEKDAYS: dict[str, int] = bundled("dates", "weekdays") or {}
RELATIVE_DAYS: dict[str, int] = bundled("dates", "relative_days") or {}
LABELS: list[str] = bundled("dates", "date_line_labels") or []
COUNTS: list[str] = bundled("dates", "date_line_counts") or []
AGO: list[str] = bundled("dates", "ago_words") or []

# A month's name is matched capitalised or in capitals ("may" and "march" are English words);
# a language that writes months in lower case ("30 сентября") has them read so too.
_LOWER_CASE = {
    str(name).lower()
    for language, lower in bundled_by_language("dates", "months_in_lower_case").items()
    if lower
    for name in bundled_by_language("dates", "months").get(language, {})
}
_MONTH_NAMES = sorted(
    {n for m in MONTHS for n in (m.capitalize(), m.upper(), *([m] if m in _LOWER_CASE else []))},
    key=len,
    reverse=True,
)
MONTH_PATTERN = _MONTH = r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\.?"
# A month before its day ("March 12") is written capitalised: a language that writes the day
# first writes its months in lower case, and "в начале марта. 12 марта ..." is two sentences.
_MONTH_FIRST = r"(?P<month>" + "|".join(n for n in _MONTH_NAMES if not n.islower()) + r")\.?"
# "5th", "the 5th of May": an ordinal's endings (numbers.yaml) and the word before the month
ORDINAL_SUFFIX = alternatives(bundled("numbers", "ordinal_suffixes"))
_DAY = rf"(?P<day>[0-3]?\d)(?:{ORDINAL_SUFFIX})?"
_OF = rf"(?:(?:{alternatives(bundled('dates', 'day_month_joiners'))})\s+)?"
YEAR_DIGITS = r"(?:1[89]|2[01])\d\d"  # a year of news: 1800 to 2199
YEAR_PATTERN = _YEAR = rf"(?P<year>{YEAR_DIGITS})"
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_LABEL_WORDS = alternatives(LABELS)  # escaped, spaces too, as the verbose pattern below needs

# Full or partial dates, most specific first.
PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    # "2024.03.31", "2024. 3. 31.": the year first and stops between, as Korean, Hungarian,
    # Lithuanian and Chinese pages print a date line; the year leads, so no order is in doubt.
    # Unspaced, month and day are two digits each: "PyCharm 2024.3.1", "Home Assistant 2023.12.4"
    # are a release's calendar-named version, no day
    re.compile(
        rf"(?<![\w.]){_YEAR}\.(?:\s|(?=\d\d\.\d\d(?!\d)))"
        rf"(?P<mnum>[01]?\d)\.\s?(?P<dnum>[0-3]?\d)(?:\.(?!\d))?(?![\d.])"
    ),
    re.compile(rf"\b{_MONTH_FIRST}\s+{_DAY},?\s+{_YEAR}\b"),
    # "17 февраля 2022г.": a year's short noun may be glued to it
    re.compile(rf"\b{_DAY}\s+{_OF}{_MONTH},?\s+{_YEAR}(?!\d)"),
    # "31.03.2024", and "31. 3. 2024" as Czech and Slovak pages space it
    re.compile(rf"\b(?P<dnum>[0-3]?\d)\.\s?(?P<mnum>[01]?\d)\.\s?{_YEAR}\b"),
    # "2022/04/19", never a web address's "/2022/04/19/story"
    re.compile(rf"(?<![/\w]){_YEAR}/(?P<mnum>[01]?\d)/(?P<dnum>[0-3]?\d)(?![/\w])"),
    # "13/11/2023" or "11/13/2023": read only when a part over 12 tells the day ("02/11/2023" is
    # 2 November in London and February 11 in New York: no date is better than a wrong one)
    re.compile(rf"(?<![/\w])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}(?![/\w])"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}(?!\d)"),
    re.compile(rf"\b{_MONTH_FIRST}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)"),
    re.compile(rf"\b{_DAY}\s+{_OF}{_MONTH}\b"),
]

_COUNT_WORDS = alternatives(COUNTS)
# a count as pages print it, its thousands grouped by a comma, a stop or a (thin, no-break) space
_COUNT = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)"
_AGO_WORDS = alternatives(AGO)

# What may stand around a date on a date line: weekday, time, zone, labels.
_NOISE = rf"""
    \b(?:{_WEEKDAY})\b\.?
    | \b(?:{_LABEL_WORDS})\b:?
    | \b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\.\d{{1,6}})?\s*(?:[ap]\.?m\.?)?
    | \b[ap]\.?m\.?\b
    | (?<=\d)[+-]\d{{2}}:?\d{{2}}\b
    | (?<=\d)Z\b  # a machine timestamp's zone: 10:40:47.000Z
    | \b(?:[A-Z]{{1,4}}T|UTC|GMT|CET|CEST|MSK|EET|EEST|BST|IST|Z)(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?\b
    | [\s,.|·•/:–—-]+  # "27.02.2026 - Update : 27.02.2026"
    # "4 min read", "1,284 views", "просмотров: 8 215"
    | (?:\b{_COUNT}\s*k?\s+)?\b(?:{_COUNT_WORDS})\b(?::?\s*{_COUNT}\b)?
    | [👁👀💬🗨]\ufe0f?\s*{_COUNT}\b  # a counter's icon and its count: "👁 1 532", "💬 12"
    | \b(?:{_AGO_WORDS})\b  # "Updated ago": a relative time a text browser printed empty
    """
_LINE_NOISE = re.compile(_NOISE, re.I | re.X)
# A page's counter at a date line's end: views or comments named ("1 532 просмотра"), shown by an
# icon ("👁 1 532") or a bare number after the time ("04:42 27.12.2020 7265", "16 января 2024, 10:12
# | 1 845"): with a time, the line is the page's stamp, and a number after it no part of a date
_COUNTER_RE = re.compile(
    rf"(?:[👁👀💬🗨]\ufe0f?\s*{_COUNT}|{_COUNT}\s*(?:{_COUNT_WORDS})|(?:{_COUNT_WORDS}):?\s*{_COUNT})\s*$", re.I
)
_TIME_RE = re.compile(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?![\d:])")
_BARE_COUNT_RE = re.compile(rf"(?<![\d:.,]){_COUNT}\s*$")
# the section a stamp with a counter names between its bars: "12 марта 2024, 09:15 | Происшествия |
# 👁 1 532", "11 апреля 2024 в 09:30 · Общество · 1 187 просмотров" (a word or three; only before a
# counter, so that a byline's or an agency's name beside a bare date is not taken for one); its
# words after the first in lower case ("В мире", "Экономика и бизнес"), as a name's are not ("Jane Doe")
_SECTION_RE = re.compile(r"[|·•]\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s*(?=[|·•])")


def _section(match: re.Match[str]) -> str:
    later = match.group().strip(" |·•").split()[1:]
    return " " if all(word.islower() for word in later) else match.group()


_GLUED_TIME_RE = re.compile(rf"\b({YEAR_DIGITS})([0-2]?\d:[0-5]\d\b|\d{{1,3}}\s*(?:{_COUNT_WORDS})\b)")
_GLUED_LABEL_RE = re.compile(rf"(?<=[^\W_])(?=(?:{alternatives([w.capitalize() for w in LABELS])})\b)")
_GLUED_SECTION_RE = re.compile(r"^[^\W\d_]{3,}(?=\d)")
_TRAILING_NOISE = re.compile(rf"(?:{_NOISE})+$", re.I | re.X)


def without_date_noise(text: str) -> str:
    """Text without the weekday, labels and punctuation a date written after it would carry:
    "By Jane Doe on Monday," and "By Jane Doe Last updated" are "By Jane Doe"."""
    return _TRAILING_NOISE.sub("", text)


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as the text makes it: year, month or day may be None."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        if self.year and self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        try:
            date(year or 2000, month or 1, day)  # 2000 is a leap year: 29 Feb passes
        except ValueError:
            return False
    return True


def _from_match(match: re.Match[str], months: dict[str, int] | None = None) -> PartialDate | None:
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    month = None
    if parts.get("month"):
        month = (months or MONTHS)[parts["month"].lower().rstrip(".")]
    elif parts.get("mnum"):
        month = int(parts["mnum"])
    if parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])
        if (first > 12) == (second > 12):
            return None  # either reading would do, or neither
        month, parts["dnum"] = (second, parts["first"]) if first > 12 else (first, parts["second"])
    day = None
    if parts.get("day"):
        day = int(parts["day"])
    elif parts.get("dnum"):
        day = int(parts["dnum"])
    if not _valid(year, month, day):
        return None
    return PartialDate(year, month, day)


# Every script's decimal digits as ASCII ones, one character for one so that every position is
# kept: "١ / ١٢ / ٢٠٢٠" (Arabic-Indic), "۲۹" (Persian), "२०२४" (Devanagari) are read as written in
# ASCII digits; a pattern's year of news is written "1[89]|2[01]" in ASCII
ASCII_DIGITS = str.maketrans(
    {
        chr(c): str(unicodedata.decimal(chr(c)))
        for c in range(0x80, 0x10000)
        if unicodedata.category(chr(c)) == "Nd"
    }
)


def find_explicit(text: str) -> list[tuple[re.Match[str], PartialDate]]:
    """Every calendar date written in `text`, without overlaps, in order."""
    # a machine's timestamp ("2019-11-18T23:30:00Z") is its date: the "T" read as a space, which
    # keeps every position
    text = _ISO_TIME_RE.sub(" ", text.translate(ASCII_DIGITS))
    own = _page_calendar(*_PAGE_LANGUAGE.get())
    general = _matches(text, PATTERNS, None)
    if own is None:
        return general
    # the page's own language's dates ("12. März 2024", "29 de mayo de 2025") and every page's,
    # the longer where two overlap: the own calendar's "Nov 2023" inside an English "3rd Nov 2023"
    # must not take its span (an English story whose site template declares another language)
    candidates = [(match, parsed, True) for match, parsed in _matches(text, own.patterns, own.months)]
    candidates += [(match, parsed, False) for match, parsed in general]
    # longest first; of two alike, the page's own reading ("12.03.2024" is a day either way)
    candidates.sort(key=lambda item: (item[0].start() - item[0].end(), not item[2], item[0].start()))
    found: list[tuple[re.Match[str], PartialDate]] = []
    for match, parsed, _ in candidates:
        if not any(match.start() < kept.end() and kept.start() < match.end() for kept, _ in found):
            found.append((match, parsed))
    found.sort(key=lambda item: item[0].start())
    return found


def _matches(
    text: str, patterns: list[re.Pattern[str]], months: dict[str, int] | None
) -> list[tuple[re.Match[str], PartialDate]]:
    """The dates `patterns` find in `text`, each pattern over what the ones before it left: the
    patterns come most specific first."""
    found: list[tuple[re.Match[str], PartialDate]] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(match.start() < kept.end() and kept.start() < match.end() for kept, _ in found):
                continue
            parsed = _from_match(match, months)
            if parsed:
                found.append((match, parsed))
    found.sort(key=lambda item: item[0].start())
    return found


_ISO_TIME_RE = re.compile(r"(?<=\d{4}-\d\d-\d\d)T(?=\d\d:\d\d)")


def parse_date_line(line: str) -> date | None:
    """A line that is only a date (with weekday, time or 'Updated'): its day.

    A line that gives the first publication and an update ("November 19, 2019 | 4:20am |
    Updated November 19, 2019 | 9:32pm") is the first date's; a machine timestamp
    ("2022-04-19T20:39:25") is a date line too.
    """
    line = _ISO_TIME_RE.sub(" ", line.strip().translate(ASCII_DIGITS))
    if not line or len(line) > 100:
        return None  # a paragraph, not a date line: the spaces put in below only lengthen it
    # a year and a time or a reading time a page printed in two spans and a text browser ran
    # together ("October 5, 20222:14 PM UTC", "Sep 5, 20255 mins"), a label glued on after
    # ("UTCUpdated"): apart again
    line = _GLUED_LABEL_RE.sub(" ", _GLUED_TIME_RE.sub(r"\1 \2", line))
    if not line or len(line) > 100:
        return None
    glued = _GLUED_SECTION_RE.match(line)
    if glued:
        # "Nuomonės2024.03.31 19:59", "Wiadomości31 marca 2024": the section's name and the date,
        # two spans of the page's stamp that a text browser printed with no space between; a word
        # run into a date's digits is no sentence's
        return parse_date_line(line[glued.end() :])
    dates = find_explicit(line)
    if not dates or len(dates) > 1 and any(parsed.day is None for _, parsed in dates):
        return None
    rest, end = "", 0
    for match, _ in dates:
        rest += line[end : match.start()] + " "
        end = match.end()
    rest += line[end:]
    own = _page_calendar(*_PAGE_LANGUAGE.get())
    if own is not None:  # "Donnerstag 05. Juni 2025 15:44 Uhr", "Actualizado Lunes, 2 diciembre 2024"
        rest = own.noise.sub(" ", rest)
    counted = _COUNTER_RE.search(rest.rstrip())
    if counted is None and _TIME_RE.search(rest):
        counted = _BARE_COUNT_RE.search(rest.rstrip())
    if counted is not None:
        rest = _SECTION_RE.sub(_section, rest[: counted.start()]) + " "
    if _LINE_NOISE.sub("", rest).strip():
        return None
    return dates[0][1].as_date()


def closest_year(
    month: int, day: int | None, reference: date, future: bool = False, nearest: bool = False
) -> int:
    """The year of the last month/day on or before `reference` (the next one if future; with
    `nearest`, whichever of the two is nearer).

    A month alone counts as its whole span: "October" in a text of 11 October is this October.
    """
    years = range(reference.year - 8, reference.year + 9)  # 29 February needs a leap year
    if nearest and not future:
        before, after = closest_year(month, day, reference), closest_year(month, day, reference, True)
        if before == after:
            return before
        try:
            ahead = date(after, month, day or 1) - reference
            behind = reference - (date(before, month, day) if day else _month_end(before, month))
        except ValueError:
            return before
        return after if ahead < behind else before
    if future:
        for year in years:
            try:
                last = date(year, month, day) if day else _month_end(year, month)
            except ValueError:
                continue
            if last >= reference:
                return year
    for year in reversed(years):
        try:
            first = date(year, month, day or 1)
        except ValueError:
            continue
        if first <= reference:
            return year
    return reference.year


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def year_near(
    month: int, day: int | None, anchor: PartialDate, future: bool = False, own_time: bool = False
) -> int | None:
    """The year of a month/day in an undated text, from the latest date it states with a year
    (the anchor). When that is the text's own time (`own_time`: a full date such as a dateline's,
    a photo's or a post's, "November 2, 2023"), a yearless date is its last occurrence by then,
    the next one for what lies ahead. Otherwise the anchor is a reference back ("the doctrine
    adopted in November 2021", a cited report's date), after which the story's dates come."""
    if anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year
    if own_time and anchor.day:
        return closest_year(month, day, date(anchor.year, anchor.month, anchor.day), future)
    if day is None or anchor.day is None:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1


def weekday_date(weekday: int, reference: date, future: bool = False) -> date:
    """The named weekday nearest before `reference` (after it for future tense)."""
    if future:
        delta = (weekday - reference.weekday()) % 7 or 7
        return reference + timedelta(days=delta)
    delta = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=delta)


# The languages whose month names every page is read with (MONTHS): their pages need no more.
_READ_EVERYWHERE = frozenset(bundled_by_language("dates", "months"))

# The language a page was told to be in before its lines are read, when its calendar words are
# not among those read on every page (a language read on its own pages only, lexicon.
# read_on_own_pages, or one without date data, whose names dateparser's tables give): set by
# the reader around one page, with the project's lexicon folder that may extend its words.
_PAGE_LANGUAGE: ContextVar[tuple[str | None, str | None]] = ContextVar("page_language", default=(None, None))


@contextmanager
def reading_in(language: str | None, user_dir: str | None = None) -> Iterator[None]:
    """Dates read inside are read with the page's own language's month and weekday names too,
    the project's own (`user_dir`'s `<lang>/dates.yaml`) with the bundled ones."""
    own = language if language and language not in _READ_EVERYWHERE else None
    token = _PAGE_LANGUAGE.set((own, user_dir if own else None))
    try:
        yield
    finally:
        _PAGE_LANGUAGE.reset(token)


@dataclass(frozen=True)
class _Calendar:
    """One language's calendar words, as patterns: its dates and what may stand beside them."""

    months: dict[str, int]
    patterns: list[re.Pattern[str]]
    noise: re.Pattern[str]  # weekdays, labels, a clock's word ("Uhr") on a date line


@cache
def _page_calendar(language: str | None, user_dir: str | None = None) -> _Calendar | None:
    """The calendar of a language read on its own pages: dateparser's tables of that language
    (months, weekdays, the words it skips), with what its dates.yaml names, bundled and the
    project's own (`user_dir`), added."""
    if language is None:
        return None
    data = language_file(user_dir, language, "dates")
    months, weekdays, joiners = _dateparser_calendar(language)
    months = {**months, **{str(k).lower(): int(v) for k, v in (data.get("months") or {}).items()}}
    weekdays += [str(k) for k in data.get("weekdays") or {}]
    joiners += [str(w) for w in data.get("day_month_joiners") or []]
    marks = {str(k): [str(w) for w in v or []] for k, v in (data.get("date_marks") or {}).items()}
    if not months and not marks:
        return None
    labels = [str(w) for w in data.get("date_line_labels") or []]
    patterns = [*_marked_patterns(marks), *(_named_patterns(months, joiners) if months else [])]
    words = alternatives(sorted({*weekdays, *labels, *joiners}, key=len, reverse=True))
    # a label's colon full width after Chinese and Japanese ones ("发布时间：")
    noise = [rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])\.?[:：]?"] if words else []
    if marks.get("hour") and marks.get("minute"):
        # "19時59分", "오후 7시 59분": a clock written with its marks, as the date is
        hour, minute = alternatives(marks["hour"]), alternatives(marks["minute"])
        noise.append(rf"\b[0-2]?\d\s*(?:{hour})\s*(?:[0-5]?\d\s*(?:{minute}))?")
    return _Calendar(months, patterns, re.compile("|".join(noise) or r"(?!)", re.I))


def _marked_patterns(marks: dict[str, list[str]]) -> list[re.Pattern[str]]:
    """A date whose year, month and day are each followed by their mark, as Chinese, Japanese and
    Korean write one in digits ("2024年3月31日", "2024년 3월 31일"): dates.yaml `date_marks`."""
    if not all(marks.get(part) for part in ("year", "month", "day")):
        return []
    year, month, day = (alternatives(marks[part]) for part in ("year", "month", "day"))
    return [
        re.compile(
            rf"(?<!\d){_YEAR}\s*(?:{year})\s*(?P<mnum>[01]?\d)\s*(?:{month})\s*(?P<dnum>[0-3]?\d)\s*(?:{day})"
        )
    ]


def _named_patterns(months: dict[str, int], joiners: list[str]) -> list[re.Pattern[str]]:
    """The dates a language writes with its months' names ("12. März 2024", "29 de mayo")."""
    names = alternatives(sorted(months, key=len, reverse=True))
    of = rf"(?:(?:{alternatives(joiners)})\s+)?" if joiners else ""
    day = r"(?P<day>[0-3]?\d)(?:\.|(?=\s))"  # "12. März", "29 de mayo", "21.dez.2018"
    sep = r"(?:\s*\.\s*|\s+)"
    month = rf"(?P<month>{names})(?![^\W\d_])"
    return [
        re.compile(rf"(?<![\w.]){day}\s*{of}{month}\.?,?{sep}{of}{_YEAR}(?!\d)", re.I),
        re.compile(rf"(?<![\w.]){month}\.?\s+(?P<dnum>[0-3]?\d),?\s+{_YEAR}(?!\d)", re.I),
        re.compile(rf"(?<![\w.]){month}\.?,?\s+{of}{_YEAR}(?!\d)", re.I),
        # "2024. március 31.": the year first, with its stop, as Hungarian writes a date
        re.compile(rf"(?<![\w.]){_YEAR}\.\s*{month}\.?\s+(?P<dnum>[0-3]?\d)\.?(?!\d)", re.I),
        re.compile(rf"(?<![\w.]){day}\s*{of}{month}", re.I),
        # "1 / 12 / 2020", "02/11/2023": every language without a pipeline writes the day first
        # (English is the one that may not, and its pages never read this calendar)
        re.compile(rf"(?<![/\w])(?P<dnum>[0-3]?\d)\s?/\s?(?P<mnum>[01]?\d)\s?/\s?{_YEAR}(?![/\w])"),
    ]


def _dateparser_calendar(language: str) -> tuple[dict[str, int], list[str], list[str]]:
    """Month names (with their numbers), weekday names and skipped words (a date's "de", a clock's
    "Uhr") of one language, from dateparser's tables; nothing for a language it does not know.
    Names with digits (Chinese "5月") are left out: a pattern of digits reads those."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # pragma: no cover - a dependency of htmldate
        return {}, [], []
    try:
        info: dict[str, Any] = default_loader.get_locale(language).info
    except (ValueError, KeyError):
        return {}, [], []
    month_keys = (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
    day_keys = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    months = {
        str(name).lower(): number
        for number, key in enumerate(month_keys, start=1)
        for name in info.get(key, [])
        if len(str(name)) > 2 and not any(c.isdigit() for c in str(name))
    }
    weekdays = [str(n) for key in day_keys for n in info.get(key, []) if len(str(n)) > 2]
    # words, not punctuation: an abbreviation's stop is kept with it (Polish "r.", for "roku", after
    # the year: "12 marca 2024 r."); a suffix ("-án") is no word
    skipped = [
        str(w)
        for w in info.get("skip", [])
        if str(w).strip() and str(w).rstrip(".").replace(" ", "").isalpha()
    ]
    return months, weekdays, skipped
