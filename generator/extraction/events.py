"""Dated events: every sentence that says when something happened.

A date keeps the precision the text gives it. A date without a year takes the
year the context gives: a year in the same sentence; else, for a dated source,
the year that puts it nearest the publication date; else, for an undated source,
the first year at or after the latest fully dated reference in the text (an
undated article is written after everything it dates). Weekdays and "last
month" need a publication date. A date that cannot be placed is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import (
    MONTH_ONLY_RE,
    MONTHS,
    RELATIVE_DAYS,
    RELATIVE_MONTH_RE,
    RELATIVE_WEEK_RE,
    RELATIVE_YEAR_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_ONLY_RE,
    PartialDate,
    closest_year,
    find_explicit,
    weekday_date,
    year_after,
)
from ..schema import Event, PublishedEstimate
from .document import Body, find_citations, sentence_of, span_text, text_of

FUTURE_AUX = {"will", "shall", "'ll", "’ll"}
# A date that names one of these is ahead of the text: "a June deadline".
FUTURE_NOUNS = {"deadline", "target", "goal", "summit", "election", "vote", "referendum", "plan", "schedule"}
THIS_YEAR_RE = re.compile(r"\bof (?:this|the current) year\b", re.I)
LAST_YEAR_RE = re.compile(r"\bof last year\b", re.I)


@dataclass
class Context:
    published: date | None
    anchor: PartialDate | None  # latest date with a year in the text
    future: bool = False  # the statement being dated is in the future tense

    def year_for(self, month: int, day: int | None, sentence: str) -> int | None:
        years = [p.year for _, p in find_explicit(sentence) if p.year]
        if years:
            return years[0]
        if self.published:
            if THIS_YEAR_RE.search(sentence):
                return self.published.year
            if LAST_YEAR_RE.search(sentence):
                return self.published.year - 1
            return closest_year(month, day, self.published, self.future)
        if self.anchor:
            return year_after(month, day, self.anchor)
        return None


def resolve(expression: str, sentence: str, context: Context) -> PartialDate | None:
    """A date expression, as precise as it is, with its year from the context."""
    text = expression.strip().rstrip(".,")
    explicit = find_explicit(text)
    if explicit:
        _, parsed = explicit[0]
        if parsed.year is None and parsed.month:
            year = context.year_for(parsed.month, parsed.day, sentence)
            if year is None:
                return None
            parsed = PartialDate(year, parsed.month, parsed.day)
        if parsed.day and parsed.as_date() is None:
            return None
        return parsed
    lower = text.lower()
    month_only = MONTH_ONLY_RE.match(text)
    if month_only:
        month = MONTHS[month_only.group("month").lower().rstrip(".")]
        year = context.year_for(month, None, sentence)
        return PartialDate(year, month) if year else None
    year_only = YEAR_ONLY_RE.match(text)
    if year_only:
        return PartialDate(int(year_only.group("year")))
    if context.published is None:
        return None
    published = context.published
    if lower in RELATIVE_DAYS:
        day = published + timedelta(days=RELATIVE_DAYS[lower])
        return PartialDate(day.year, day.month, day.day)
    weekday = WEEKDAY_RE.fullmatch(text)
    if weekday:
        future = context.future or (weekday.group("rel") or "").lower() == "next"
        day = weekday_date(WEEKDAYS[weekday.group("weekday").lower()], published, future)
        return PartialDate(day.year, day.month, day.day)
    relative_month = RELATIVE_MONTH_RE.match(text)
    if relative_month:
        shift = {"last": -1, "this": 0, "next": 1}[relative_month.group("rel").lower()]
        month_index = published.year * 12 + published.month - 1 + shift
        return PartialDate(month_index // 12, month_index % 12 + 1)
    relative_week = RELATIVE_WEEK_RE.match(text)
    if relative_week:
        # a week is not a date precision: it is given the month it falls in
        shift = {"last": -7, "past": -7, "this": 0, "next": 7, "coming": 7}[
            relative_week.group("rel").lower()
        ]
        day = published + timedelta(days=shift)
        return PartialDate(day.year, day.month)
    relative_year = RELATIVE_YEAR_RE.match(text)
    if relative_year:
        shift = {"last": -1, "this": 0, "next": 1}[relative_year.group("rel").lower()]
        return PartialDate(published.year + shift)
    return None


def _anchor(body: Body) -> PartialDate | None:
    """The latest date in the text that states its own year."""
    dated = [p for text in body.texts for _, p in find_explicit(text) if p.year and p.month]
    if not dated:
        return None
    return max(dated, key=lambda p: (p.year, p.month or 0, p.day or 0))


def _date_spans(doc) -> list[tuple[int, int, str]]:
    """Date expressions: the model's DATE entities, and calendar dates it missed."""
    spans = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "DATE"]
    for match, _ in find_explicit(text_of(doc)):
        if not any(s < match.end() and match.start() < e for s, e, _ in spans):
            spans.append((match.start(), match.end(), match.group()))
    return sorted(spans)


def _trim(expression: str) -> str:
    """'only 4 days later' stays; 'on October 31' -> 'October 31'."""
    return re.sub(r"^(?:on|in|since|by|from|until|as of|during|the)\s+", "", expression.strip(), flags=re.I)


def extract_events(body: Body, published: date | None) -> tuple[list[Event], list[PartialDate]]:
    """Events in text order, and every date the text cites (for estimates)."""
    context = Context(published, None if published else _anchor(body))
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    cited: list[PartialDate] = []
    for index, doc in enumerate(body.docs):
        text = body.texts[index]
        context.future = False
        dated_by_citation = []
        for (start, end), sources in find_citations(text):
            for name, expression in sources:
                parsed = resolve(expression, text[start:end], context)
                if parsed and parsed.year:
                    cited.append(parsed)
                    if not text[start + 1 :].lower().startswith("see "):
                        dated_by_citation.append((start, parsed, f"({name}, {expression})"))
        for start, end, expression in _date_spans(doc):
            if body.in_citation(index, start, end):
                continue
            said = span_text(sentence_of(doc, start))
            context.future = _future(doc, start, end)
            parsed = resolve(_trim(expression), said, context)
            if parsed is None or parsed.iso() is None:
                continue
            key = (parsed.iso() or "", said)
            if key in seen:
                continue
            seen.add(key)
            events.append(
                Event(
                    date=parsed.iso(),
                    text=said.strip(),
                    expression=expression.strip(),
                    ref=body.ids[index],
                )
            )
        # a statement dated only by its citation, "(Hromadske, October 24)", happened then
        for start, parsed, expression in dated_by_citation:
            said = span_text(sentence_of(doc, max(0, start - 1)))
            key = (parsed.iso() or "", said)
            if key in seen or any(text == said for _, text in seen):
                continue  # the sentence dates itself
            seen.add(key)
            events.append(
                Event(date=parsed.iso(), text=said.strip(), expression=expression, ref=body.ids[index])
            )
    events.sort(key=lambda e: int(e.ref[1:]))  # text order, as the reader meets them
    return events, cited


def _future(doc, start: int, end: int) -> bool:
    """Whether the verb a date expression belongs to is in the future tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.head.lemma_.lower() in FUTURE_NOUNS:
        return True
    head = span.root.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.dep_ == "ROOT":
            break
        head = head.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)


def estimate_published(events: list[Event], cited: list[PartialDate]) -> PublishedEstimate | None:
    """For an undated source: it was written after the latest date it mentions."""
    dates = [e.date for e in events] + [p.iso() for p in cited if p.iso()]
    if not dates:
        return None
    latest = max(dates, key=lambda d: (d + "-00-00")[:10])
    return PublishedEstimate(
        after=latest,
        before=None,
        basis="no date printed; the latest date the text mentions or cites",
    )
