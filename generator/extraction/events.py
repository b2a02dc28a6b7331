"""Dated events: every sentence that says when something happened.

A date keeps the precision the text gives it. A date without a year takes the
year the context gives: a year in the same sentence; else, for a dated source,
the year that puts it nearest the publication date; else, for an undated source,
the first year at or after the latest fully dated reference in the text (an
undated article is written after everything it dates). Weekdays and "last
month" need a publication date; "four days later" counts from the day the text
dated last. A date that cannot be placed is left out.

Not every date is an event: a line that is only a date and a credit (a caption,
a "Source:" line, an embedded post), the date of a cited report "(Reuters,
October 31)", the dateline, a year in a name ("Vision 2030"), the time a state
held ("as of 2016") and the year a forecast or a count is for ("growth of 2% in
2027") say when nothing happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..dates import (
    MONTH_PATTERN,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
    YEAR_DIGITS,
    YEAR_PATTERN,
    PartialDate,
    closest_year,
    find_explicit,
    parse_date_line,
    weekday_date,
    year_near,
)
from ..lexicon import Lexicon, alternatives
from ..schema import Event, PublishedEstimate
from .document import SUBJECT_DEPS, Body, find_citations, is_prose, sentence_of, span_text, text_of
from .quotes import quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A year range "2007-2009", "2018—2019" starts in its first year.
# a day of the month in a date expression: one or two digits standing alone, not a year's
DAY_RE = re.compile(r"^\D*?(?<!\d)\d{1,2}(?!\d)")
YEAR_RANGE_RE = re.compile(rf"^{YEAR_PATTERN}\s*[-–—]\s*(?:\d\d|{YEAR_DIGITS})$")
# 'KYIV, Feb 23 (Reuters) -': the place and date the article was filed from. Its dash stands
# apart from a word on one side at least: a hyphen inside one ("R-W.Va.", "start-up") ends none,
# and "In October, Rep. David McKinley, R-W.Va., visited" is a dated sentence. A Cyrillic city is
# printed in capitals ("ХАБАРОВСК, 14 апр - РИА Новости.", "МИНСК, 5 июн – Sputnik."): a capital and
# small letters there open an ordinary sentence ("Москва, 5 марта - ...")
DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}|[А-ЯЁ][А-ЯЁ .'-]{1,40}),"
    r"\s*[^()–—-]{3,30}?\s*(?:\([^)]{1,40}\)\s*)?(?:(?<!\w)[–—-]|[–—-](?!\w))"
)
QUANTITY_ENTS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}
# a finite present ("hopes", "expect") or a modal ("must", "would", "could")
PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})
# a sentence opening with one of these is somebody's words, not the narrator's telling
QUOTE_OPENERS = frozenset("«\"“„'—–-")


@dataclass(frozen=True)
class DateRanges:
    """A range of time (dates.yaml `ranges`): where its two ends are, and what dates it.

    Its ends are found alike in every language, from its words: in one date expression ("between
    2011 and 2017"), as two dates the words join ("from August through October", "с 11 июня по 11
    июля"), or as a first day that leaves its month to the last ("с 17 по 31 июля"). The data says
    what dates it, as the language's references do: its start alone (one happening, whose far end
    is no event of its own, and the period of a figure counted over it) or both its ends.
    """

    by_start: bool
    whole: re.Pattern[str]  # the range in one expression: "between 2011 and 2017"
    opened_before: re.Pattern[str]  # "from " ending the text before a date
    join: re.Pattern[str]  # " to " alone between two dates
    end_after: re.Pattern[str]  # " to " and a date after it, within or after a date
    of_days: re.Pattern[str]  # "с 17 по 31 июля": a first day, with its month or sharing the last's
    # "22-24 октября", "7 и 8 октября": two days sharing the last's month, a range or a list (`list`)
    days_joined: re.Pattern[str]
    first_day: re.Pattern[str]  # "17 по 31 июля", what of_days makes one expression: the first day
    # "с 1989 до 2014 года": a first year that leaves its noun to the last, which no model tags
    years_joined: re.Pattern[str] | None
    # "в ноябре-декабре", "в январе–феврале 2019 года": two months a dash joins, the first leaving
    # its year to the last; `month_first` splits such an expression into the first and the rest
    months_joined: re.Pattern[str] | None
    month_first: re.Pattern[str] | None
    # "and" joins a range's ends only after its opener ("between"): "in March and in May" are two
    list_conjunctions: frozenset[str]
    # every join needs the opener (dates.yaml `opened_only`): "в конце месяца, до 5 декабря" is two
    opened_only: bool = False
    # a figure counted over it makes it a measure's period, no happening (dates.yaml `with_a_count`)
    count_makes_a_period: bool = True

    @classmethod
    def of(cls, words: dict, list_conjunctions: frozenset[str]) -> DateRanges | None:
        ranges = words.get("ranges") or {}
        if not ranges.get("starts") or not ranges.get("ends"):
            return None
        starts, ends = alternatives(ranges["starts"]), alternatives(ranges["ends"])
        months = alternatives(list(words.get("months") or {}))
        conjunctions = alternatives(sorted(list_conjunctions))
        suffixes = words.get("year_suffixes") or []
        # "с 2008 года по 2017 год": the first year's noun stands between it and the join
        noun = rf"(?:\s*(?:{alternatives(suffixes)})\.?)?" if suffixes else ""
        return cls(
            by_start=ranges.get("dated_by", "start") == "start",
            whole=re.compile(rf"^(?:{starts})\s+(?P<first>\S.*?)\s+(?:{ends})\s+\S", re.I),
            opened_before=re.compile(rf"(?:^|\s)(?:{starts})\s+$", re.I),
            join=re.compile(rf"^{noun}[\s,]*(?P<join>{ends}|[-–—])[\s,]*$", re.I),
            end_after=re.compile(rf"(?:^|\s)(?:{ends}|[-–—])\s+\w", re.I),
            of_days=re.compile(
                rf"\b(?:{starts})\s+(?P<first>\d{{1,2}})(?:\s+(?:{months})\b\.?)?"
                rf"\s+(?:{ends})\s+(?P<last>\d{{1,2}})\s+(?P<month>{months})\b",
                re.I,
            ),
            days_joined=re.compile(
                rf"(?<![\d.,])(?P<first>\d{{1,2}})(?:\s*[-–—]\s*|\s+(?P<list>{conjunctions})\s+)"
                rf"(?P<last>\d{{1,2}})\s+(?P<month>{months})\b",
                re.I,
            ),
            first_day=re.compile(
                rf"(?P<day>\d{{1,2}})(?:\s+(?:{ends}|{conjunctions})\s+|\s*[-–—]\s*)(?P<last>\d{{1,2}}\s+\S.*)$",
                re.I,
            ),
            years_joined=re.compile(
                rf"(?:^|(?<=\s))(?:{starts})\s+(?P<first>{YEAR_DIGITS})\s+(?:{ends})\s+"
                rf"(?P<last>{YEAR_DIGITS})\s+(?:{alternatives(suffixes)})\b",
                re.I,
            )
            if suffixes
            else None,
            months_joined=re.compile(
                rf"(?<![\w-])(?P<first>{months})\s*[-–—]\s*(?P<last>{months})(?![\w-])", re.I
            )
            if ranges.get("months_by_dash")
            else None,
            month_first=re.compile(
                rf"^(?P<first>{months})\s*[-–—]\s*(?P<last>(?:{months})(?![\w-]).*)$", re.I
            )
            if ranges.get("months_by_dash")
            else None,
            list_conjunctions=list_conjunctions,
            opened_only=bool(ranges.get("opened_only")),
            count_makes_a_period=ranges.get("with_a_count", "period") == "period",
        )


# how far into a report its lead may reach: a first paragraph may be a standfirst in the present
# ("..., говорит премьер") or a sentence of furniture, and the news follow in the second (a
# language's dates.yaml `lead_paragraphs` may reach further)
LEAD_PARAGRAPHS = 2


@dataclass(frozen=True)
class DateWords:
    """The language's words around dates (dates.yaml), made into patterns once per source."""

    weekday: re.Pattern[str]  # "last Friday", "late Thursday", "Wednesday night"
    # "this morning", "yesterday evening": a part of a day counted from publication
    day_part: re.Pattern[str]
    span: re.Pattern[str]  # "next week", "this month", "last year" (after span_edge is cut)
    shifts: dict[str, int]  # "last" -1, "next" 1
    span_units: dict[str, str]  # "weekend": "week"
    # "over the weekend", "at the weekend": a span that, named with no shift, is the nearest one
    # (dates.yaml `nearest_spans`): the last in a past tense, the next ahead
    nearest_spans: frozenset[str]
    nearest_span_openers: frozenset[str]  # "over", "at" of "over the weekend" (`nearest_span_openers`)
    articles: frozenset[str]  # "the" of "over the weekend", passed over after an opener (grammar.yaml)
    # "on the Friday before the race", "every Monday": a weekday these stand before is one of a week
    # the story tells or of every week, not one counted from publication (dates.yaml `weekday_determiners`)
    weekday_determiners: frozenset[str]
    # "конца года", "конца этого месяца": a span after a period edge, this one unless a shift says
    # otherwise (dates.yaml `edge_spans`, the forms an edge's genitive gives)
    edge_span: re.Pattern[str]
    edge_span_units: dict[str, str]
    # "до конца 2017 года", "к концу года": a year's end is its last month (dates.yaml `year_end_edges`)
    year_end_edges: frozenset[str]
    month_only: re.Pattern[str]  # "since March", "May of last year"
    year_only: re.Pattern[str]  # "in 2019", "the year 2019"
    season: re.Pattern[str]  # "spring 2014", "the spring of 2020", "last fall": known to the year
    year_phrase: re.Pattern[str]  # "of last year" in a sentence
    year_phrases: dict[str, int]
    anaphoric: re.Pattern[str]  # "the next year", "the following day"
    anaphoric_days: dict[str, int]  # "в тот же день": 0, "накануне": -1, from the day dated last
    recent: frozenset[str]  # "на днях": lately, the month of publication
    opener: re.Pattern[str]  # "on " of "on October 31"
    span_edge: re.Pattern[str]  # "earlier " before "this month"
    period_edge: re.Pattern[str]  # "the end of " before "2026"
    # the same words as single tokens: "к концу 2021 года", where the year qualifies "концу"
    period_edge_words: frozenset[str]
    counted: re.Pattern[str]  # "nine months ago", "only 4 days later", "nearly a year ago"
    # "a few", "several": counts of time approximate of themselves, with the number each is taken for
    approximate_counts: dict[str, int]
    # " away", " from now" right after a count of time ("a month away"): counted ahead from publication
    ahead_after: re.Pattern[str] | None
    ahead_words: frozenset[str]
    # "in " before a bare count of time ("will vote in three days"): ahead of publication where the
    # clause lies ahead (dates.yaml `ahead_openers`); a bare count of time, with an empty direction
    ahead_opened: re.Pattern[str] | None
    bare_count: re.Pattern[str]
    # "the day after the", "two days before the" right before a date: the sentence's happening is
    # counted from the happening that date times ("arrested the day after the Dec. 30 shooting")
    counted_from_a_date: re.Pattern[str]
    # " last" right after a weekday ("on Thursday last"): the shift a weekday may take after it
    weekday_after: re.Pattern[str]
    # "спустя два дня", "через неделю": a count forward put before its unit (dates.yaml `later_openers`)
    counted_before: re.Pattern[str] | None
    sequel: re.Pattern[str]  # "(the crash) came a day after (the swap)"
    ago_units: dict[str, str]
    unit_lengths: dict[str, str]  # what a unit word counts, where its word does not say ("года": year)
    ago_words: frozenset[str]
    later_words: frozenset[str]
    later_openers: frozenset[str]
    number_words: dict[str, int]
    state_before: re.Pattern[str]  # "as of " right before a date
    # "the past " right before a span ("over the past week"): a stretch of time up to now, no date
    stretch_before: re.Pattern[str]
    # "today": the day of writing, which in a present tense is the time of writing (nowadays)
    nowadays: frozenset[str]
    period_before: re.Pattern[str]  # "between " right before a date
    onward_before: re.Pattern[str]  # "until " right before a date
    # "к 2029 году": a year a deadline gives, which no figure to be reached by it makes a measure's
    # period (dates.yaml `deadline_markers`)
    deadline_words: frozenset[str]
    # "от" of "закон от 29 декабря 2012 года": a word before a document's date (dates.yaml
    # `document_date_markers`)
    document_dates: frozenset[str]
    onward_verbs: frozenset[str]
    # "postponed to October 2", "rescheduled for Friday": the new date a happening is moved to lies
    # ahead (dates.yaml `rescheduling_verbs`, and `rescheduled_markers` right before the date)
    rescheduling_verbs: frozenset[str]
    rescheduled_before: re.Pattern[str] | None
    future_nouns: frozenset[str]
    future_auxiliaries: frozenset[str]
    speech_verbs: frozenset[str]  # a present "say" reports; it schedules nothing
    # "министр", "ведомство": words for a person or a body the text names (speech.yaml), a doer
    # named by reference
    reference_words: frozenset[str]
    # "grew 2.27% in 2019", "hit 14 million last year": verbs that give a measure's level (numbers.yaml)
    level_verbs: frozenset[str]
    # "accounting for 15% of GDP in 2013", "had revenue of $4 billion in 2023": verbs whose clause with
    # a quantity tells a share or a sum a year held, no happening (dates.yaml `measure_verbs`)
    measure_verbs: frozenset[str]
    # "last year's turnover": nouns of a measure, whose year is its period (numbers.yaml)
    measure_nouns: frozenset[str]
    present_schedules: bool  # "the show opens on Friday" lies ahead (dates.yaml)
    year_suffixes: frozenset[str]  # "году" of "в 2019 году": the year's own noun
    # a date expression in running text, for a pipeline whose entities have no dates (Natasha's)
    expression: re.Pattern[str]
    # a date a present-tense statement gives is the nearest of its years (dates.yaml `present_is_near`)
    present_is_near: bool = False
    # a date a clause in a present tense or a modal gives is the nearest of its years (dates.yaml
    # `present_or_modal_is_near`)
    present_or_modal_is_near: bool = False
    # a day or a month with no year that falls within this many days after publication is that one,
    # whatever the tense (dates.yaml `ahead_within_days`; 0: never)
    ahead_within_days: int = 0
    # a report's undated lead in the past tense tells the news of the day (dates.yaml `lead_is_news`)
    lead_is_news: bool = False
    # a report's undated lead in the present perfect ("X has died") tells the news of the day, and
    # one in a simple past does not (dates.yaml `lead_in_the_perfect`)
    lead_in_the_perfect: bool = False
    # "Ранее": a sentence these open tells what happened lately (dates.yaml `recent_openers`)
    recent_openers: frozenset[str] = frozenset()
    # "between 2011 and 2017", "с 17 по 31 июля": a range of time (dates.yaml `ranges`)
    ranges: DateRanges | None = None
    # "Об этом сообщил ...": a sentence these open tells who gave the lead's news (dates.yaml `lead_sources`)
    lead_sources: tuple[str, ...] = ()
    # how many paragraphs a report's lead may be in (dates.yaml `lead_paragraphs`)
    lead_paragraphs: int = LEAD_PARAGRAPHS
    # "1 августа – заседание": a dash set for the verb a sentence leaves out (dates.yaml `verb_dashes`)
    verb_dashes: frozenset[str] = frozenset()
    # "события ночи", "главное за день": a title these are in heads a digest (dates.yaml `digest_titles`)
    digest_titles: tuple[str, ...] = ()
    # "Later that day", "the following day": the language's days counted from the day dated last
    # (dates.yaml `anaphoric_days`), found in the text where the model gives no entity for them
    anaphoric_phrase: re.Pattern[str] | None = None
    # "before", "after": a day counted with one of these ("the day before") that takes an object
    # counts from what it names ("the day before the minister flew out"), not from a date
    counted_from: frozenset[str] = frozenset()
    # words after such a day that name what it counts from ("the next day after the talks", "the
    # following day of the summit"; dates.yaml `anaphoric_named_after`), and the words of a day that
    # compare it with what follows, with the words that follow them there ("the same day as the
    # referendum"; `anaphoric_compared`)
    named_after: frozenset[str] = frozenset()
    compared: dict[str, frozenset[str]] = field(default_factory=dict)
    # those days count from a day the text dated, never from publication (dates.yaml
    # `anaphoric_days_need_a_day`): "the following day" with no day before it dates nothing
    anaphoric_need_a_day: bool = False
    # "the Securities Act of 1933": a law's title whose year, after "of", is part of its name
    # (dates.yaml `law_titles`, `day_month_joiners` for the "of")
    law_titles: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    # the lead paragraphs' every undated happening in the perfective past is the day's news, not
    # only the lead's (dates.yaml `news_in_the_perfective`)
    news_in_the_perfective: bool = False
    # "окончил университет", "родился": a life's steps, background to the news (dates.yaml `life_verbs`)
    life_verbs: frozenset[str] = frozenset()
    # "Напомним", "Как сообщалось": a sentence these open recaps earlier news (grammar.yaml)
    recap_openers: tuple[str, ...] = ()
    # "Кроме того", "В частности": a sentence these open goes on with the one before (grammar.yaml)
    connectives: tuple[str, ...] = ()
    # "на сегодня": the day of writing as the time a state is told at (dates.yaml `as_of_now`)
    as_of_now: tuple[str, ...] = ()
    # a past tense on a year still running tells a happening, whatever it counts (dates.yaml `past_is_done`)
    past_is_done: bool = False
    # ... only where what its clause counts is things, not a share or a sum (`past_is_done: counts`)
    past_counts_only: bool = False
    # "last Monday" in a text of a Tuesday is the Monday of the week before: the day before would be
    # "Monday" or "yesterday" (dates.yaml `last_weekday_not_yesterday`)
    last_weekday_not_yesterday: bool = False
    # the text's own weekday names (dates.yaml `weekdays`), not every bundled language's
    weekday_names: frozenset[str] = frozenset()
    # "в 2019-м", "на 2000-м километре": a number with a year's case ending, which an ordinal's is
    # too (dates.yaml `year_endings`)
    ending_year: re.Pattern[str] | None = None
    # the units of a share or a sum, "%", "процент", "$", "рубль" (numbers.yaml `units` whose code is
    # "percent" or a currency's): a measure's figure even inside a noun's phrase ("рост ВВП на 2%")
    measure_units: frozenset[str] = frozenset()
    # "через две недели после завершения", "за два дня до начала": a count from a happening the words
    # after it name, to the date its sentence gives (dates.yaml `counted_from_happenings`), with the
    # sign that takes the happening's date from the sentence's (-1: it came before)
    from_happening: re.Pattern[str] | None = None
    # "года рождения" of "водитель 1985 года рождения": words after a year that make it a tag
    # (dates.yaml `year_tags`)
    year_tags: tuple[str, ...] = ()
    # "Сегодня в Москве начинается форум": verbs whose present tells a happening of the day, not a
    # state that goes on (dates.yaml `present_happenings`, lemmas)
    present_happenings: frozenset[str] = frozenset()
    # "today's vote", "today's game": nouns of a happening that "today's" dates; "today's hard drives",
    # "by today's standards" date nothing, "today's" meaning "current" (dates.yaml `day_happenings`,
    # lemmas; none: every such noun is dated)
    day_happenings: frozenset[str] = frozenset()
    # "планируется", "намерен": verbs of a plan, whose date lies ahead unless told in the past
    # (dates.yaml `plan_verbs`, lemmas)
    plan_verbs: frozenset[str] = frozenset()
    # a text that prints no publication date is read as of its latest full date of its own
    # (dates.yaml `undated_by_own_date`)
    undated_by_own_date: bool = False
    # a week of two months ("на прошлой неделе" in a text of 4 November) gives its year alone
    # (dates.yaml `week_over_two_months`), not the month a week before publication falls in
    week_over_two_months: bool = False
    from_happening_signs: dict[str, int] = field(default_factory=dict)
    # the month each season's words open it with (dates.yaml `season_first_months`): "прошлым
    # летом" is the last summer over by publication, in a text of November that year's
    season_first_months: dict[str, int] = field(default_factory=dict)

    def count(self, text: str) -> re.Match[str] | None:
        """A count of units from a day: "три дня назад", "two months later", "спустя два дня"."""
        return self.counted.match(text) or (self.counted_before.match(text) if self.counted_before else None)

    @classmethod
    def of(cls, lexicon: Lexicon) -> DateWords:
        words = lexicon["dates"]
        weekdays = alternatives(list(WEEKDAYS))
        shifts = {k.lower(): v for k, v in words.get("shifts", {}).items()}
        year_phrases = {k.lower(): v for k, v in words.get("year_phrases", {}).items()}
        openers = alternatives(words.get("time_openers"))
        # "than 2019" and "than in 2019", "than in the 2022 elections": a state marker and openers
        state_openers = alternatives([*words.get("time_openers", []), *words.get("expression_openers", [])])
        units = words.get("ago_units", {})
        number_words = {**lexicon["numbers"].get("words", {}), **(words.get("count_forms") or {})}
        # "в 2019-м", "лета 2022-го": a year's case written on the number (dates.yaml `year_endings`);
        # "2008г": its noun glued to it
        endings, suffixes = alternatives(words.get("year_endings")), alternatives(words.get("year_suffixes"))
        ending = rf"(?:-(?:{endings})|(?:{suffixes}))?"
        joiners = alternatives(words.get("day_month_joiners"))
        year_words = alternatives([w for w, unit in (words.get("spans") or {}).items() if unit == "year"])
        week_words = alternatives(
            [
                w
                for w, unit in (words.get("spans") or {}).items()
                if unit == "week" and w not in (words.get("nearest_spans") or [])
            ]
        )
        directions = [
            *words.get("ago_words", []),
            *words.get("ahead_words", []),
            *words.get("later_words", []),
            *words.get("earlier_words", []),
        ]
        approximate_counts = {k.lower(): v for k, v in (words.get("approximate_counts") or {}).items()}
        negative_shifts = [w for w, n in shifts.items() if n < 0]
        spans_or_months = alternatives([*(words.get("spans") or {}), *(words.get("months") or {})])
        articles = sorted(lexicon.words("grammar", "articles"))
        counts = alternatives([*number_words, *approximate_counts])
        joiners_of_counts = alternatives([*words.get("later_words", []), *words.get("earlier_words", [])])
        # the words before a count of time: "nearly", "more than" (`about`, approximating), "only"
        modifiers = (
            rf"(?:(?:(?P<about>{alternatives(words.get('approximate_modifiers'))})"
            rf"|{alternatives(words.get('counted_modifiers'))})\s+)*"
        )
        return cls(
            weekday=re.compile(
                rf"^(?:(?P<rel>{alternatives([*shifts, *words.get('weekday_openers', [])])})\s+)?"
                rf"(?:(?:{alternatives(words.get('day_edges'))})\s+)?"
                rf"(?P<weekday>{weekdays})\.?(?:['’]s)?(?:\s+(?:{alternatives(words.get('parts_of_day'))}))?"
                # "Thursday last", "Monday last week": the shift after the weekday
                rf"(?:\s+(?P<after>{alternatives(negative_shifts)})(?:\s+(?P<week>{week_words}))?)?$",
                re.I,
            ),
            weekday_after=re.compile(
                rf"\s+(?:{alternatives(negative_shifts)})(?![\w-])"
                rf"(?!\s+(?:{spans_or_months})(?![\w-]))",
                re.I,
            ),
            # the part of the day in lower case: "This Morning" is a programme's name. Not "last
            # night", which may be the small hours of the day of writing, nor "next morning", which
            # the model gives without the "the" that makes it the story's next day
            day_part=re.compile(
                rf"^(?:(?P<rel>(?i:{alternatives([w for w, n in shifts.items() if n == 0])}))"
                rf"|(?P<day>(?i:{alternatives(list(RELATIVE_DAYS))})))\s+(?:{alternatives(words.get('parts_of_day'))})$"
            ),
            span=re.compile(
                rf"^(?P<rel>{alternatives(list(shifts))})\s+"
                rf"(?P<span>{alternatives(list(words.get('spans', {})))})(?:['’]s)?$",
                re.I,
            ),
            shifts=shifts,
            span_units={k.lower(): v for k, v in words.get("spans", {}).items()},
            nearest_spans=lexicon.words("dates", "nearest_spans"),
            nearest_span_openers=lexicon.words("dates", "nearest_span_openers"),
            articles=lexicon.words("grammar", "articles"),
            weekday_determiners=lexicon.words("dates", "weekday_determiners"),
            edge_span=re.compile(
                rf"^(?:(?P<rel>{alternatives(list(shifts))})\s+)?"
                rf"(?P<span>{alternatives(list(words.get('edge_spans') or {}))})$",
                re.I,
            ),
            edge_span_units={k.lower(): v for k, v in (words.get("edge_spans") or {}).items()},
            year_end_edges=lexicon.words("dates", "year_end_edges"),
            # "May of last year", and "June last year", "March of next year": a shift and a year's
            # word after the month (`yshift`) give its year
            month_only=re.compile(
                rf"^(?:(?:{openers}|{alternatives(list(shifts))})[\s-]+)*{MONTH_PATTERN}"
                rf"(?:\s+(?:{alternatives(list(year_phrases))}|(?:(?:{joiners})\s+)?"
                rf"(?P<yshift>{alternatives(list(shifts))})\s+(?:{year_words})))?$",
                re.I,
            ),
            year_only=re.compile(
                rf"^(?:(?:{openers}|{alternatives(words.get('year_nouns'))})[\s-]+)*{YEAR_PATTERN}{ending}$",
                re.I,
            ),
            # "летом прошлого года", "весной этого года": a year phrase after it gives its year
            season=re.compile(
                rf"^(?:(?P<rel>{alternatives(list(shifts))})\s+)?(?P<season>{alternatives(words.get('seasons'))})"
                rf"(?:\s+(?:(?:{alternatives(words.get('day_month_joiners'))})\s+)?{YEAR_PATTERN}{ending}"
                rf"|\s+(?P<phrase>{alternatives(list(year_phrases))}))?$",
                re.I,
            ),
            year_phrase=re.compile(rf"\b(?:{alternatives(list(year_phrases))})\b", re.I),
            year_phrases=year_phrases,
            anaphoric=re.compile(rf"^(?:{alternatives(words.get('anaphoric_openers'))})\b", re.I),
            anaphoric_days={k.lower(): v for k, v in (words.get("anaphoric_days") or {}).items()},
            recent=lexicon.words("dates", "recent_phrases"),
            opener=re.compile(rf"^(?:{alternatives(words.get('expression_openers'))})\s+", re.I),
            span_edge=re.compile(rf"^(?:{alternatives(words.get('span_edges'))})\s+", re.I),
            period_edge=re.compile(rf"^(?:{alternatives(words.get('period_edges'))})\s+", re.I),
            period_edge_words=lexicon.words("dates", "period_edges"),
            counted=re.compile(
                rf"^{modifiers}"
                rf"(?:(?P<n>\d+|{counts})\s+)?"
                rf"(?P<unit>{alternatives(list(units))})\s+(?P<dir>{alternatives(directions)})$",
                re.I,
            ),
            approximate_counts=approximate_counts,
            ahead_opened=(
                re.compile(rf"(?:^|\s)(?:{alternatives(words['ahead_openers'])})\s+$", re.I)
                if words.get("ahead_openers")
                else None
            ),
            bare_count=re.compile(
                rf"^{modifiers}"
                rf"(?:(?P<n>\d+|{counts})\s+)"
                rf"(?P<unit>{alternatives(list(units))})(?P<dir>)$",
                re.I,
            ),
            counted_from_a_date=re.compile(
                rf"(?<![\w-])(?P<count>{modifiers}"
                rf"(?:(?P<n>\d+|{counts}|{alternatives(articles)})\s+)"
                rf"(?P<unit>{alternatives(list(units))})\s+(?P<joiner>{joiners_of_counts}))"
                rf"\s+(?:(?:{alternatives(articles)})\s+)?$",
                re.I,
            ),
            ahead_after=(
                re.compile(rf"\s+(?:{alternatives(words['ahead_words'])})(?![\w-])", re.I)
                if words.get("ahead_words")
                else None
            ),
            ahead_words=lexicon.words("dates", "ahead_words"),
            last_weekday_not_yesterday=bool(words.get("last_weekday_not_yesterday")),
            counted_before=(
                re.compile(
                    rf"^(?P<dir>{alternatives(words['later_openers'])})\s+"
                    rf"(?:(?P<n>\d+|{counts})\s+)?(?P<unit>{alternatives(list(units))})$",
                    re.I,
                )
                if words.get("later_openers")
                else None
            ),
            sequel=re.compile(
                rf"\b(?:{alternatives(words.get('sequel_verbs'))})\s+(?P<when>(?:just\s+|only\s+)?"
                rf"(?:\d+|{alternatives(list(number_words))})\s+(?:{alternatives(list(units))})\s+"
                rf"(?:{alternatives(words.get('later_words'))}))\b",
                re.I,
            ),
            ago_units={k.lower(): v for k, v in units.items()},
            unit_lengths={k.lower(): v for k, v in words.get("unit_lengths", {}).items()},
            ago_words=lexicon.words("dates", "ago_words"),
            later_words=lexicon.words("dates", "later_words"),
            later_openers=lexicon.words("dates", "later_openers"),
            number_words={k.lower(): v for k, v in number_words.items()},
            state_before=re.compile(
                rf"\b(?:{alternatives(words.get('state_markers'))})(?:\s+(?:{state_openers})){{0,2}}\s*$",
                re.I,
            ),
            stretch_before=re.compile(rf"\b(?:{alternatives(words.get('stretch_markers'))})\s*$", re.I),
            nowadays=frozenset(k.lower() for k, v in (words.get("relative_days") or {}).items() if v == 0),
            as_of_now=tuple(sorted(lexicon.words("dates", "as_of_now"))),
            past_is_done=bool(words.get("past_is_done")),
            past_counts_only=words.get("past_is_done") == "counts",
            period_before=re.compile(rf"\b(?:{alternatives(words.get('period_markers'))})\s*$", re.I),
            onward_before=re.compile(rf"\b(?:{alternatives(words.get('onward_markers'))})\s*$", re.I),
            onward_verbs=lexicon.words("dates", "onward_verbs"),
            rescheduling_verbs=lexicon.words("dates", "rescheduling_verbs"),
            rescheduled_before=(
                re.compile(rf"\b(?:{alternatives(words['rescheduled_markers'])})\s*$", re.I)
                if words.get("rescheduled_markers")
                else None
            ),
            deadline_words=lexicon.words("dates", "deadline_markers"),
            document_dates=lexicon.words("dates", "document_date_markers"),
            future_nouns=lexicon.words("dates", "future_nouns"),
            future_auxiliaries=lexicon.words("grammar", "future_auxiliaries"),
            speech_verbs=lexicon.words("speech", "verbs"),
            reference_words=lexicon.words("speech", "person_references")
            | lexicon.words("speech", "organisation_references"),
            level_verbs=lexicon.words("numbers", "level_verbs"),
            measure_verbs=lexicon.words("dates", "measure_verbs"),
            measure_nouns=lexicon.words("numbers", "measure_nouns"),
            present_schedules=bool(words.get("present_schedules")),
            year_suffixes=lexicon.words("dates", "year_suffixes"),
            expression=_expression_re(words, number_words, shifts),
            present_is_near=bool(words.get("present_is_near")),
            present_or_modal_is_near=bool(words.get("present_or_modal_is_near")),
            ahead_within_days=int(words.get("ahead_within_days") or 0),
            lead_is_news=bool(words.get("lead_is_news")),
            lead_in_the_perfect=bool(words.get("lead_in_the_perfect")),
            news_in_the_perfective=bool(words.get("news_in_the_perfective")),
            life_verbs=lexicon.words("dates", "life_verbs"),
            recap_openers=tuple(sorted(lexicon.words("grammar", "recap_openers"))),
            connectives=tuple(sorted(lexicon.words("grammar", "connectives"))),
            recent_openers=lexicon.words("dates", "recent_openers"),
            ranges=DateRanges.of(words, lexicon.words("grammar", "list_conjunctions")),
            lead_sources=tuple(sorted(lexicon.words("dates", "lead_sources"))),
            lead_paragraphs=int(words.get("lead_paragraphs") or LEAD_PARAGRAPHS),
            verb_dashes=lexicon.words("dates", "verb_dashes"),
            digest_titles=tuple(sorted(lexicon.words("dates", "digest_titles"))),
            law_titles=lexicon.words("dates", "law_titles"),
            anaphoric_phrase=(
                re.compile(rf"(?<![\w-])(?:{alternatives(list(words['anaphoric_days']))})(?![\w-])", re.I)
                if words.get("anaphoric_days")
                else None
            ),
            counted_from=lexicon.words("dates", "later_words") | lexicon.words("dates", "earlier_words"),
            anaphoric_need_a_day=bool(words.get("anaphoric_days_need_a_day")),
            named_after=lexicon.words("dates", "anaphoric_named_after"),
            compared={
                str(word).lower(): frozenset(str(w).lower() for w in following)
                for word, following in (words.get("anaphoric_compared") or {}).items()
            },
            name_joiners=lexicon.words("dates", "day_month_joiners"),
            weekday_names=frozenset(k.lower() for k in words.get("weekdays") or {}),
            measure_units=frozenset(
                unit.lower()
                for unit, code in (lexicon["numbers"].get("units") or {}).items()
                if code == "percent" or re.fullmatch(r"[A-Z]{3}", str(code))
            ),
            ending_year=re.compile(rf"\d-(?:{endings})$", re.I) if words.get("year_endings") else None,
            season_first_months={k.lower(): v for k, v in (words.get("season_first_months") or {}).items()},
            from_happening=_from_happening_re(words, number_words),
            year_tags=tuple(sorted(lexicon.words("dates", "year_tags"))),
            present_happenings=lexicon.words("dates", "present_happenings"),
            day_happenings=lexicon.words("dates", "day_happenings"),
            plan_verbs=lexicon.words("dates", "plan_verbs"),
            undated_by_own_date=bool(words.get("undated_by_own_date")),
            week_over_two_months=words.get("week_over_two_months") == "year",
            from_happening_signs={
                str(joiner).lower(): sign
                for sign, key in ((-1, "before"), (1, "after"))
                for joiner in ((words.get("counted_from_happenings") or {}).get(key) or {}).values()
            },
        )


def _from_happening_re(words: dict, number_words: dict[str, int]) -> re.Pattern[str] | None:
    """The count from a happening to a sentence's date ("через две недели после завершения", "всего
    через два дня после визита", "за два дня до начала саммита"): its opener, its count (one when
    the unit stands alone: "через неделю после"), its unit, and the joiner before the happening."""
    counted = words.get("counted_from_happenings") or {}
    pairs = [
        (opener, joiner)
        for side in ("before", "after")
        for opener, joiner in (counted.get(side) or {}).items()
    ]
    if not pairs or not words.get("ago_units"):
        return None
    openers = alternatives([opener for opener, _ in pairs])
    joiners = alternatives([joiner for _, joiner in pairs])
    return re.compile(
        rf"(?<![\w-])(?P<opener>{openers})\s+(?:(?P<n>\d+|{alternatives(list(number_words))})\s+)?"
        rf"(?P<unit>{alternatives(list(words['ago_units']))})\s+(?P<joiner>{joiners})\s+\w",
        re.I,
    )


def _expression_re(words: dict, number_words: dict[str, int], shifts: dict[str, int]) -> re.Pattern[str]:
    """The date expressions of running text that the language's date words resolve, as a model's
    DATE entities give them: "вчера", "прошлую пятницу", "прошлой неделе", "сентябре", "2021" (of
    "в 2021 году"), "три дня назад"; without their openers ("в", "на"), as spaCy's are. A weekday's
    short name ("ср", "вс") is a date line's, not a sentence's ("ср." is "compare")."""
    months = alternatives(list(words.get("months", {})))
    weekdays = alternatives([day for day in words.get("weekdays", {}) if len(day) > 2])
    suffixes = alternatives(words.get("year_suffixes"))
    endings = alternatives(words.get("year_endings"))
    seasons = alternatives(words.get("seasons"))
    # counts of time in words, exact ("три") or approximate of themselves ("несколько", "пару")
    counts = alternatives([*number_words, *(words.get("approximate_counts") or {})])
    approximating = alternatives(words.get("approximate_modifiers"))
    parts = [
        rf"(?:{alternatives(list(words.get('relative_days', {})))})",
        rf"(?:(?:{alternatives(list(shifts))})\s+)?(?:{weekdays})"
        rf"(?:\s+(?:{alternatives(words.get('parts_of_day'))}))?",
        rf"(?:(?:{alternatives(words.get('span_edges'))})\s+)?(?:{alternatives(list(shifts))})\s+"
        rf"(?:{alternatives(list(words.get('spans', {})))})",
        rf"(?:(?:{alternatives(list(shifts))})\s+)?(?:{months})",
        rf"(?:{alternatives(words.get('period_edges'))})\s+(?:(?:{alternatives(list(shifts))})\s+)?"
        rf"(?:{alternatives(list(words.get('edge_spans') or {}))})",
        # "в 2019 году", "2008г.", "в 2014–2016 годах" (its first year dates it), "в 2019-м"
        rf"{YEAR_PATTERN}(?:\s*[-–—]\s*{YEAR_DIGITS})?(?=\s+(?:{suffixes})(?![\w-]))",
        rf"{YEAR_DIGITS}(?:{suffixes})(?![\w-])",
        rf"{YEAR_DIGITS}-(?:{endings})(?![\w-])",
        # a season known to its year ("весной 2020 года", "лета 2022-го") or to a shift ("прошлой
        # зимой"); alone it says no year, and is no date
        rf"(?:(?:{alternatives(list(shifts))})\s+(?:{seasons})"
        # "Зимой 2000 домов" is a count of homes: the number after a season is its year only with the
        # year's noun or case ending, or at the end of the clause
        rf"|(?:{seasons})\s+(?:{alternatives(list(words.get('year_phrases') or {}))})"
        rf"|(?:{seasons})\s+{YEAR_DIGITS}"
        rf"(?:-(?:{endings})|(?=\s*(?:{suffixes})(?![\w-]))|(?=\s*(?:[.,;:!?)»\"“”–—]|$))))(?![\w-])",
        # "три дня назад", "несколько дней назад", "два дня спустя"; "около месяца назад": an
        # approximating word may stand for the count
        rf"(?:(?:{approximating})\s+(?:(?:\d+|{counts})\s+)?|(?:\d+|{counts})\s+)"
        rf"(?:{alternatives(list(words.get('ago_units', {})))})\s+"
        rf"(?:{alternatives([*(words.get('ago_words') or []), *(words.get('later_words') or [])])})",
    ]
    if words.get("ago_single_units"):
        # "месяц назад", "год назад": one unit, its count left unsaid
        parts.append(
            rf"(?:{alternatives(words.get('ago_single_units'))})\s+(?:{alternatives(words.get('ago_words'))})"
        )
    if words.get("nearest_spans"):
        # "в выходные", "на выходных": the nearest weekend, which no model's entity gives
        parts.append(rf"(?:{alternatives(words['nearest_spans'])})")
    if words.get("later_openers"):
        # "спустя два дня", "через неделю": counted forward from the day the text dated last; not "через
        # неделю после выборов", counted from the happening it names (`counted_from_happenings`)
        joiners = [j for side in (words.get("counted_from_happenings") or {}).values() for j in side.values()]
        named = rf"(?!\s+(?:{alternatives(joiners)})(?![\w-]))" if joiners else ""
        # one unit stands alone ("через неделю"), as in "неделю назад"; "через года полтора-два" counts none
        single = alternatives(words.get("ago_single_units") or list(words.get("ago_units", {})))
        parts.append(
            rf"(?:{alternatives(words['later_openers'])})\s+(?:(?:\d+|{counts})\s+"
            rf"(?:{alternatives(list(words.get('ago_units', {})))})|(?:{single})){named}"
        )
    # whole phrases, openers and all: "в тот же день" and "на днях" are read as written
    phrases = [*(words.get("anaphoric_days") or {}), *(words.get("recent_phrases") or [])]
    if phrases:
        parts.insert(0, rf"(?:{alternatives(phrases)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.I)


def add_date_entities(doc: Doc, words: DateWords) -> None:
    """DATE entities for the date expressions of a doc whose pipeline finds none (Natasha's),
    where no other entity or calendar date is: what `_date_spans` reads as spaCy's."""
    text = text_of(doc)
    explicit = [match.span() for match, _ in find_explicit(text)]
    found = []
    for match in words.expression.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in explicit):
            continue
        span = doc.char_span(match.start(), match.end(), label="DATE")
        if (
            span is not None
            and not any(t.ent_type_ for t in span)
            and not _named_like_a_day(span, words)
            and not _an_ordinal_of_a_noun(span, words)
        ):
            found.append(span)
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)


def _named_like_a_day(span: Span, words: DateWords) -> bool:
    """ "министр окружающей среды" (the environment), not "до среды" or "в прошлую среду": a
    weekday's word that an adjective other than a shift qualifies is the common noun it also is."""
    root = span.root
    return root.lower_ in words.weekday_names and any(
        c.dep_ == "amod" and c.lower_ not in words.shifts for c in root.children
    )


def _an_ordinal_of_a_noun(span: Span, words: DateWords) -> bool:
    """ "на 2000-м километре": a number with a year's case ending that qualifies the noun after it,
    other than a year's own ("в 2019-м году"), is the ordinal of that noun, no year; "в 2019-м завод
    закрыли" (the noun the verb's) stays a year."""
    if words.ending_year is None or not words.ending_year.search(span.text) or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.pos_ == "NOUN" and span.root.head.i == after.i and after.lower_ not in words.year_suffixes


YEAR_RE = re.compile(YEAR_PATTERN)


@dataclass
class Context:
    published: date | None
    anchor: PartialDate | None  # latest date with a year in the text
    words: DateWords
    anchor_own_time: bool = False  # the anchor is a full date outside citations: the text's time
    future: bool = False  # the statement being dated is in the future tense
    nearest: bool = False  # it is in the present tense, in a language that tells the near future so
    last_day: date | None = None  # the day the text dated last: "four days later" counts from it
    last_month: date | None = None  # the month it dated last: "two months later" counts from it
    # the date it gave last, as precise as it was: "В январе 1945 года ... В тот же день" is that month
    last_dated: PartialDate | None = None
    # the year it named last, even in passing ("since Obama's 2008 victory"): "four years later"
    last_year: int | None = None
    # `published` is the text's latest full date of its own, the text printing none
    estimated: bool = False

    def year_for(self, month: int, day: int | None, sentence: str) -> int | None:
        # a document's date ("поправки к закону от 29 декабря 2012 года") is the document's alone: it
        # tells no other date of the sentence its year ("Госдума 12 марта приняла поправки ...")
        explicit = find_explicit(sentence)
        own = next((m for m, p in explicit if p.year is None and p.month == month and p.day == day), None)
        years = [
            p.year
            for m, p in explicit
            if p.year and not self._documents(sentence, m, p) and not _of_a_later_clause(sentence, own, m)
        ]
        if years:
            return years[0]
        if self.published:
            phrase = self.words.year_phrase.search(sentence)
            if phrase:
                return self.published.year + self.words.year_phrases[phrase.group().lower()]
            year = closest_year(month, day, self.published, self.future, nearest=self.nearest)
            return self._ahead_soon(month, day, year, self.published)
        if self.anchor:
            year = year_near(month, day, self.anchor, self.future, self.anchor_own_time)
            own = self.anchor.as_date() if self.anchor_own_time else None
            # an undated text is written after its latest date of its own: a day soon after it is
            # of its year ("22 марта 2016 года прогремели взрывы. 23 марта объявили траур")
            return self._ahead_soon(month, day, year, own) if year is not None and own else year
        return None

    def _documents(self, sentence: str, match: re.Match[str], parsed: PartialDate) -> bool:
        """Whether a full date in `sentence` is a document's ("закон от 29 декабря 2012 года")."""
        before = sentence[: match.start()].split()
        return bool(parsed.day and before and before[-1].lower() in self.words.document_dates)

    def _ahead_soon(self, month: int, day: int | None, year: int, published: date) -> int:
        """The year after `year` when the day (or the month's first day) falls then within the
        language's `ahead_within_days` after publication: English news gives no year to a date of
        the current year, so "moved the conference to March 4" in a text of 24 February is this
        March, not the last one, whatever the tense (a date a few days ahead in the past tense is
        also what a publication date a little early gives)."""
        if not self.words.ahead_within_days:
            return year
        try:
            ahead = date(year + 1, month, day or 1)
        except ValueError:
            return year
        if date(year, month, day or 1) <= published < ahead:
            days = (ahead - published).days
            if days <= self.words.ahead_within_days:
                return year + 1
        return year


JOINED_WORDS = 2  # at most the words of a range's or a list's joint: "по", "и", "а также"


def _of_a_later_clause(sentence: str, own: re.Match[str] | None, other: re.Match[str]) -> bool:
    """Whether a dated expression after a date without a year (`own`) tells another happening, not
    the end of a range or list the date opens ("с 28 октября по 3 ноября 2018 года", "10 и 11
    ноября 2018 года"): "Вчера, 14 ноября, суд рассмотрел иск родителей пострадавших в декабре 2018
    года детей" dates the children's illness, and tells nothing of the year of the court's day."""
    if own is None or other.start() < own.end():
        return False
    return len(re.findall(r"\w+", sentence[own.end() : other.start()])) > JOINED_WORDS


def resolve(expression: str, sentence: str, context: Context) -> PartialDate | None:
    """A date expression, as precise as it is, with its year from the context."""
    whole = expression.strip().rstrip(".,")
    text = context.words.period_edge.sub("", whole)
    edged = context.words.edge_span.match(text) if text != whole else None
    if edged and context.published is not None:
        # "до конца года": the end of the span of the time of writing ("этого года"), or of the one
        # a shift names ("к концу следующего года")
        shift = context.words.shifts.get((edged.group("rel") or "").lower(), 0)
        unit = context.words.edge_span_units[edged.group("span").lower()]
        # "завершить до середины 2021 года и начать поставки до конца года": the year named before
        named = YEAR_RE.findall(sentence[: max(sentence.find(expression), 0)])
        edge = whole.split()[0]
        if unit == "year" and named and not edged.group("rel"):
            return _year_end(PartialDate(int(named[-1])), edge, context.words)
        return _year_end(_span_of(context.published, unit, shift), edge, context.words)
    spanned = context.words.ranges.whole.match(text) if context.words.ranges else None
    if spanned:
        text = spanned.group("first")  # "between 2011 and 2017": one expression, read from its start
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
    month_only = context.words.month_only.match(text)
    if month_only:
        month = MONTHS[month_only.group("month").lower().rstrip(".")]
        shift = (month_only.group("yshift") or "").lower()
        if shift and context.published is not None:
            # "June last year", "March of next year": the year counted from publication's
            return PartialDate(context.published.year + context.words.shifts[shift], month)
        return _month(text, month, sentence, context)
    year_only = context.words.year_only.match(text) or YEAR_RANGE_RE.match(text)
    if year_only:
        return PartialDate(int(year_only.group("year")))
    season = context.words.season.match(text)
    if season:
        return _season(season, context)
    counted = context.words.count(text)
    if counted:
        return _counted(counted, context)
    if context.published is None or context.estimated:
        near = _weekday_near_the_text(text, context)
        if near is not None or context.published is None:
            return near
    return _relative(text, context.published, context)


def _weekday_near_the_text(text: str, context: Context) -> PartialDate | None:
    """A weekday in a text that prints no publication date ("В пятницу врачи диагностировали
    пневмонию" after "в понедельник, 12 сентября 2016 года"): the day of that name nearest the day
    the text dated last, else its latest full date of its own, which tell the time it tells of (a
    day before it on a tie, and before or after it where a shift says: "в прошлую пятницу")."""
    weekday = context.words.weekday.match(text)
    origin = context.last_day
    if origin is None and context.anchor is not None and context.anchor_own_time:
        origin = context.anchor.as_date()
    if weekday is None or origin is None:
        return None
    shift = context.words.shifts.get((weekday.group("rel") or "").lower(), 0)
    back = (origin.weekday() - WEEKDAYS[weekday.group("weekday").lower()]) % 7
    if shift < 0 or (shift == 0 and back <= 3):
        day = origin - timedelta(days=back if back or shift == 0 else 7)
    else:
        day = origin + timedelta(days=(7 - back) or 7)
    return PartialDate(day.year, day.month, day.day)


def _lately_done(span, context: Context) -> bool:
    """Whether "недавно", "на днях" time a happening: not a participle that tells what a thing is
    ("в недавно созданном комитете"), nor, in a language whose perfective tells one happening
    (dates.yaml `news_in_the_perfective`), an imperfective past that tells a state up to lately ("где
    еще недавно располагались американцы", "я недавно был в Белом доме")."""
    head = span.root.head
    if head.morph.get("VerbForm") == ["Part"] and head.dep_ in {"amod", "acl"}:
        return False
    verb = _verb(span)
    # "был в Белом доме": the copula carries the tense and the aspect
    verb = next((c for c in verb.children if c.dep_ == "cop"), verb)
    imperfective = verb.morph.get("Aspect") == ["Imp"] and verb.morph.get("Tense") == ["Past"]
    return not (context.words.news_in_the_perfective and imperfective)


def _anaphoric_day(span, sentence, context: Context) -> PartialDate | None:
    """'В тот же день', 'накануне', 'на следующий день', 'the following day': the day the text dated
    last (else, where the language lets it, the day of publication) moved by the phrase's days; not
    'накануне визита' or 'the day before the minister flew out', counted from a thing it names."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"} and after.morph.get("Case") == ["Gen"]:
        return None
    if after is not None and not after.is_punct and span[-1].lower_ in context.words.counted_from:
        return None  # "the day before the minister flew out": counted from what it names
    if _names_its_origin(span, after, context.words):
        return None
    if not _has_verb(span, sentence):
        return None
    days = context.words.anaphoric_days[" ".join(span.text.lower().split())]
    last = context.last_dated
    if days >= 0 and last is not None and last.month and last.day is None:
        # the same or the next day carries on from the happening told last, dated by its month: "В
        # январе 1945 года ... В тот же день" is that January; the eve ("накануне") is the story's day's
        return last
    origin = context.last_day or (None if context.words.anaphoric_need_a_day else context.published)
    if origin is None:
        return None
    day = origin + timedelta(days=days)
    return PartialDate(day.year, day.month, day.day)


def _names_its_origin(span, after, words: DateWords) -> bool:
    """'The next day after the talks', 'the following day of the summit', 'the same day as the
    referendum', 'the same day the referendum was held': a day counted from the happening the words
    after it name, which the day the text dated last does not date."""
    if after is None or after.is_punct:
        return False
    if after.lower_ in words.named_after:
        return True
    compared = frozenset().union(*(words.compared.get(t.lower_, frozenset()) for t in span))
    if not compared:
        return False
    # "that" as a relative word, not the determiner of "that same day that company announced"
    if after.lower_ in compared and after.pos_ != "DET":
        return True
    # a clause on the day itself: "the same day the referendum was held"
    return any(child.dep_ == "relcl" and child.i >= span.end for child in span.root.children)


def _month(text: str, month: int, sentence: str, context: Context) -> PartialDate | None:
    """'October', 'last December' (the one before this month), 'next March' (the one after it)."""
    shift = context.words.shifts.get(text.split()[0].lower(), 0)
    published = context.published
    if published and shift < 0:
        return PartialDate(published.year if month < published.month else published.year - 1, month)
    if published and shift > 0:
        return PartialDate(published.year if month > published.month else published.year + 1, month)
    year = context.year_for(month, None, sentence)
    return PartialDate(year, month) if year else None


def _season(match: re.Match[str], context: Context) -> PartialDate | None:
    """'spring 2014', 'the spring of 2020': that year; 'last fall', 'this winter', 'next spring': the
    year a shift counts from publication's. A season alone ('in the spring') is left out: which one
    the text means, its year does not say."""
    if match.group("year"):
        return PartialDate(int(match.group("year")))
    if match.groupdict().get("phrase") and context.published is not None:
        return PartialDate(context.published.year + context.words.year_phrases[match.group("phrase").lower()])
    if match.group("rel") and context.published is not None:
        shift = context.words.shifts[match.group("rel").lower()]
        first = context.words.season_first_months.get(match.group("season").lower())
        if shift < 0 and first:
            return PartialDate(_last_season_over(context.published, first))
        return PartialDate(context.published.year + shift)
    return None


def _last_season_over(published: date, first: int) -> int:
    """The year of the last season opened by month `first` whose three months are all past by
    publication: a text of November's "прошлым летом" is that year's summer, one of March's the
    year before's; a winter is dated by the year of its December, as a season over two years is."""
    year = published.year
    while True:
        last = year * 12 + first + 1  # months counted from year 0: the season's third month
        if last < published.year * 12 + published.month - 1:
            return year
        year -= 1


# The units a count of time is in, by their length in days, and the unit a fraction of each is
# counted in ("полтора года", a year and a half, is eighteen months)
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 360}
FRACTION_UNITS = {"day": "day", "week": "day", "month": "day", "year": "month"}


def _counted(match: re.Match[str], context: Context, sequel: bool = False) -> PartialDate | None:
    """'nine months ago' from publication; 'four days later' from the day the text dated last.

    In a sequel ("it came four days after ...") the count runs back from that day.
    """
    words = context.words
    count, length = _count_of(match, words)
    precision = _count_precision(match, length, words)
    if precision is None:
        return None
    direction = match.group("dir").lower()
    if direction in words.ago_words:
        origin, sign = context.published, -1
    elif direction in words.ahead_words or not direction:
        origin, sign = context.published, 1  # "with the vote three days away", "will vote in three days"
    elif direction in words.later_openers and context.future:
        origin, sign = context.published, 1  # "Через неделю начнется суд": a week from writing
    else:
        # days and weeks count from the last day the text gave; months and years from the
        # last month ("In May ... two months later")
        coarse = length not in {"day", "week"}
        origin = context.last_month if coarse and context.last_month else context.last_day
        if precision == "year" and context.last_year:
            origin = date(context.last_year, 1, 1)
        later = direction in words.later_words or direction in words.later_openers
        sign = 1 if later != sequel else -1
    if origin is None or not count:
        return None
    return _at_precision(_moved(origin, length, sign * count), precision)


def _count_precision(match: re.Match[str], length: str, words: DateWords) -> str | None:
    """How precise a date a count of time gives: its unit's (dates.yaml `ago_units`), a month for a
    count of days made approximate ("a few days ago", "nearly a week later": no day can be told),
    none for an approximate count of months or years ("several years ago": nor the year)."""
    precision = words.ago_units.get(match.group("unit").lower(), "day")
    vague = (match.group("n") or "").lower() in words.approximate_counts
    if vague and length not in {"day", "week"}:
        return None
    if (match.groupdict().get("about") or vague) and precision == "day":
        return "month"
    return precision


def _ahead_in(before: str, expression: str, context: Context) -> PartialDate | None:
    """A bare count of time after "in" in a clause that lies ahead ("will vote on the budget in three
    days", "is expected to open in two months"): counted ahead from publication. In the past ("built
    it in three years") it is a length of time, and this is not asked."""
    words = context.words
    if context.published is None or words.ahead_opened is None or not words.ahead_opened.search(before):
        return None
    count = words.bare_count.match(_trim(expression, words))
    return _counted(count, context) if count else None


def _counted_from_a_date(
    before: str, parsed: PartialDate, words: DateWords
) -> tuple[PartialDate, str] | None:
    """The date of the sentence's happening where a count from the happening a date times stands
    before that date ("was arrested the day after the Dec. 30 shooting", "two days before the Feb. 24
    vote, the leader was detained"), with the count's words; as precise as the count's unit and the
    date let it be (a week's count gives the month)."""
    match = words.counted_from_a_date.search(before)
    if match is None or parsed.year is None or parsed.month is None:
        return None
    count, length = _count_of(match, words)
    if not count and (match.group("n") or "").lower() in words.articles:
        count = 1  # "the day after": one
    precision = _count_precision(match, length, words)
    if not count or precision is None:
        return None
    if parsed.day is None and precision == "day":
        precision = "month"  # counted from a month, it is as precise as that month
    sign = 1 if match.group("joiner").lower() in words.later_words else -1
    origin = date(parsed.year, parsed.month, parsed.day or 1)
    return _at_precision(_moved(origin, length, sign * count), precision), match.group("count")


def _count_of(match: re.Match[str], words: DateWords) -> tuple[int, str]:
    """How many of what a match's count counts ("day", "week", "month" or "year"): its digits or
    number word, one where the unit stands alone ("через неделю после", "a year ago"), 0 for a word
    the data does not know; the unit's length is the data's (`unit_lengths`, "года": year), else
    the one its word opens with ("weeks"). A fraction ("полтора года", a year and a half) is
    counted whole in the next smaller unit."""
    raw = (match.group("n") or "1").lower()
    count: float = (
        int(raw) if raw.isdigit() else words.number_words.get(raw, words.approximate_counts.get(raw, 0))
    )
    unit = match.group("unit").lower()
    length = words.unit_lengths.get(unit) or next((u for u in UNIT_DAYS if unit.startswith(u)), "year")
    if count != int(count):
        length, count = (
            FRACTION_UNITS[length],
            round(count * UNIT_DAYS[length] / UNIT_DAYS[FRACTION_UNITS[length]]),
        )
    return int(count), length


def _moved(origin: date, length: str, count: int) -> date:
    """`origin` moved by `count` days or weeks; by months or years, the first day of the month
    reached (a year's count keeps the month, which a year's precision drops)."""
    if length in {"day", "week"}:
        return origin + timedelta(days=count * UNIT_DAYS[length])
    index = origin.year * 12 + origin.month - 1 + count * (12 if length == "year" else 1)
    return date(index // 12, index % 12 + 1, 1)


def _at_precision(day: date, precision: str) -> PartialDate:
    """The day as precise as a unit tells it ("day", "month" or "year": dates.yaml `ago_units`)."""
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    return PartialDate(day.year, day.month) if precision == "month" else PartialDate(day.year)


def _relative(text: str, published: date, context: Context) -> PartialDate | None:
    """'yesterday', 'late Thursday', 'earlier this week', 'last month', 'next year'."""
    lower = text.lower()
    # "later today", "late yesterday", "earlier today": the day itself, at one of its edges
    day_named = lower if lower in RELATIVE_DAYS else _without_edge(lower, context)
    if day_named in RELATIVE_DAYS:
        day = published + timedelta(days=RELATIVE_DAYS[day_named])
        return PartialDate(day.year, day.month, day.day)
    part = context.words.day_part.match(text)
    if part:
        day = published + timedelta(days=RELATIVE_DAYS.get((part.group("day") or "").lower(), 0))
        return PartialDate(day.year, day.month, day.day)
    weekday = context.words.weekday.match(text)
    if weekday:
        shift = context.words.shifts.get((weekday.group("rel") or weekday.group("after") or "").lower(), 0)
        future = context.future or shift > 0
        number = WEEKDAYS[weekday.group("weekday").lower()]
        if weekday.group("week"):
            # "Monday last week": that weekday of the calendar week before publication's, which on
            # a Thursday is ten days back, not the last Monday three days back
            day = published + timedelta(days=number - published.weekday() + 7 * shift)
        elif number == published.weekday() and shift:
            # "last Friday" in a text of a Friday is the week before's, "next Friday" the week after's
            day = published + timedelta(days=7 * (1 if shift > 0 else -1))
        elif number == published.weekday():
            # a reporter writes "today", not "on Tuesday", for the day of writing: same weekday is that day
            day = published
        else:
            day = weekday_date(number, published, future)
            if (
                shift < 0
                and context.words.last_weekday_not_yesterday
                and published - day == timedelta(days=1)
            ):
                day -= timedelta(days=7)  # "last Monday" in a text of a Tuesday: the week before's
        return PartialDate(day.year, day.month, day.day)
    relative = context.words.span.match(_without_edge(lower, context))
    if relative:
        shift = context.words.shifts[relative.group("rel").lower()]
        unit = context.words.span_units[relative.group("span").lower()]
        if unit == "week" and context.words.week_over_two_months:
            # "на прошлой неделе" on 4 November: a week from Monday 28 October, of two months
            monday = published + timedelta(days=7 * shift - published.weekday())
            if monday.month != (monday + timedelta(days=6)).month:
                return PartialDate(monday.year)
        return _span_of(published, unit, shift)
    if lower in context.words.nearest_spans:
        # "talks continued over the weekend": the weekend before publication (after it, ahead); a
        # week's span is known to its month only, as "last week" is
        day = weekday_date(WEEKEND_DAY, published, context.future)
        return PartialDate(day.year, day.month)
    return None


WEEKEND_DAY = 5  # Saturday, the first day of a weekend: the day a weekend's month is told by


def _year_end(parsed: PartialDate, edge: str, words: DateWords) -> PartialDate:
    """A year at its end (`edge` "концу" of "к концу 2021 года", "конца" of "до конца года") is its
    last month; any other year, and a month or a day, stays as it is."""
    if edge.lower() in words.year_end_edges and parsed.year and parsed.month is None:
        return PartialDate(parsed.year, 12)
    return parsed


def _span_of(published: date, unit: str, shift: int) -> PartialDate:
    """The week, month or year `shift` spans from the time of writing, as precise as its unit."""
    if unit == "week":  # a week is not a date precision: it is given the month it falls in
        day = published + timedelta(days=7 * shift)
        return PartialDate(day.year, day.month)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return PartialDate(month_index // 12, month_index % 12 + 1)
    return PartialDate(published.year + shift)


def _without_edge(text: str, context: Context) -> str:
    """'earlier this month' -> 'this month'."""
    return context.words.span_edge.sub("", text)


def _anchor(body: Body) -> tuple[PartialDate | None, bool]:
    """The latest date in the text that states its own year. Given in full outside a citation,
    it is taken for the text's own time (see year_near); a cited source's date, "(Postkomsg.com,
    November 4, 2021)", tells when that source wrote, so it stays a reference back."""
    dated = [
        (p, bool(p.day) and not body.in_citation(index, m.start(), m.end()))
        for index, text in enumerate(body.texts)
        for m, p in find_explicit(text)
        if p.year and p.month
    ]
    if not dated:
        return None, False
    return max(dated, key=lambda d: (d[0].year, d[0].month or 0, d[0].day or 0, d[1]))


def _date_spans(doc, words: DateWords) -> list[tuple[int, int, str, bool]]:
    """Date expressions: the model's DATE entities, weekday TIMEs, days counted from the day dated
    last ("the next morning", "later that day") and calendar dates it missed, and
    sequels' counts ("came a day after", flagged True), which take the place of what they overlap."""
    text = text_of(doc)
    sequels = [(m.start("when"), m.end("when"), m.group("when"), True) for m in words.sequel.finditer(text)]
    spans = [(e.start_char, e.end_char, e.text, False) for e in doc.ents if e.label_ == "DATE"]
    for ent in doc.ents:
        if ent.label_ == "TIME":
            # "Wednesday night"; "12:10 p.m. Sunday", "3 a.m. Friday": the weekday a clock time ends on
            day = next(
                (
                    ent[i:]
                    for i in range(len(ent))
                    if words.weekday.match(_trim(ent[i:].text, words)) or words.day_part.match(ent[i:].text)
                ),
                None,
            )
            if day is not None:
                spans.append((day.start_char, day.end_char, day.text, False))
            elif _edged_relative_day(ent.text, words):
                spans.append((ent.start_char, ent.end_char, ent.text, False))  # "later today"
            elif " ".join(ent.text.lower().split()) in words.anaphoric_days:
                spans.append((ent.start_char, ent.end_char, ent.text, False))  # "The next morning"
    # "Later that day", which the model gives no entity
    for match in words.anaphoric_phrase.finditer(text) if words.anaphoric_phrase else ():
        if not any(s < match.end() and match.start() < e for s, e, *_ in spans):
            spans.append((match.start(), match.end(), match.group(), False))
    for match, _ in find_explicit(text):
        if not any(s < match.end() and match.start() < e for s, e, *_ in spans):
            spans.append((match.start(), match.end(), match.group(), False))
    spans = [span for span in spans if not any(s < span[1] and span[0] < e for s, e, *_ in sequels)]
    spans = [_with_words_after(text, span, words) for span in spans]
    return sorted(_ranges_by_first_day(text, spans, words) + sequels)


def _with_words_after(
    text: str, span: tuple[int, int, str, bool], words: DateWords
) -> tuple[int, int, str, bool]:
    """A date expression with the words after it that the model leaves out but that say where it
    counts from: "a month" + " away" (ahead of publication), "Thursday" + " last" (of the week
    before)."""
    start, end, expression, sequel = span
    trimmed = _trim(expression, words)
    after = words.ahead_after.match(text, end) if words.ahead_after else None
    if after and words.counted.match(f"{trimmed}{after.group()}"):
        return start, after.end(), text[start : after.end()], sequel
    after = words.weekday_after.match(text, end)
    weekday = words.weekday.match(trimmed)
    if after and weekday and not weekday.group("rel") and words.weekday.match(f"{trimmed}{after.group()}"):
        return start, after.end(), text[start : after.end()], sequel
    return span


def _edged_relative_day(text: str, words: DateWords) -> bool:
    """Whether a time expression is a day named from publication at one of its edges ("later
    today", "earlier today"), which the model gives as a time; "tonight" alone, a time too, is as
    often somebody's words for an evening of the story ("it had to be tonight")."""
    lower = " ".join(text.lower().split())
    day = words.span_edge.sub("", lower)
    return day != lower and day in RELATIVE_DAYS


def _ranges_by_first_day(
    text: str, spans: list[tuple[int, int, str, bool]], words: DateWords
) -> list[tuple[int, int, str, bool]]:
    """A range of days whose first day gives no month ("с 17 по 31 июля", "22-24 октября"): a span
    from the first day to the last's date, read as the last's date with the first's day
    (`_first_day_of_range`). Where a range is dated by its start, it takes the last date's place;
    else both are dates. Two days a conjunction joins ("7 и 8 октября") are two dates."""
    ranges = words.ranges
    if ranges is None:
        return spans
    for match in [*ranges.of_days.finditer(text), *ranges.days_joined.finditer(text)]:
        last = next((span for span in spans if span[0] == match.start("last")), None)
        if last is None or any(span[0] <= match.start("first") < span[1] for span in spans):
            continue  # "с 11 июня по 11 июля": each day is a date of its own
        spans.append((match.start("first"), last[1], text[match.start("first") : last[1]], False))
        if ranges.by_start and not match.groupdict().get("list"):
            spans.remove(last)
    for match in ranges.months_joined.finditer(text) if ranges.months_joined else ():
        # "в ноябре-декабре", "в январе-феврале 2019 года": one stretch, dated by its first month,
        # in the year of the last's expression where it gives one
        last = next((span for span in spans if span[0] == match.start("last")), None)
        if any(s < match.end() and match.start() < e for s, e, *_ in spans if last is None or s != last[0]):
            continue
        end = last[1] if last is not None else match.end()
        if last is not None:
            spans.remove(last)
        spans.append((match.start(), end, text[match.start() : end], False))
    if ranges.years_joined is not None:
        for match in ranges.years_joined.finditer(text):
            if not any(s <= match.start("first") < e for s, e, *_ in spans):
                spans.append((match.start("first"), match.end("first"), match.group("first"), False))
    return sorted(spans)


def _first_day_of_range(expression: str, words: DateWords) -> tuple[int, str] | None:
    """ "17 по 31 июля": the first day, and the last's date it shares a month and a year with."""
    found = words.ranges.first_day.match(expression) if words.ranges else None
    return (int(found.group("day")), found.group("last")) if found else None


def _first_month_of_range(expression: str, words: DateWords) -> tuple[int, str] | None:
    """ "ноябре-декабре", "январе-феврале 2019 года": the first month, and the last's expression,
    which gives the year."""
    first = words.ranges.month_first if words.ranges else None
    found = first.match(expression.strip()) if first else None
    return (MONTHS[found.group("first").lower()], found.group("last")) if found else None


def _trim(expression: str, words: DateWords) -> str:
    """'only 4 days later' stays; 'on October 31' -> 'October 31'; 'the next year' stays."""
    expression = expression.strip()
    return expression if words.anaphoric.match(expression) else words.opener.sub("", expression)


def context_for(body: Body, published: date | None, lexicon: Lexicon) -> Context:
    anchor, own_time = (None, False) if published else _anchor(body)
    return Context(published, anchor, DateWords.of(lexicon), anchor_own_time=own_time)


def extract_events(
    body: Body, published: date | None, lexicon: Lexicon, title: str | None = None
) -> tuple[list[Event], list[PartialDate]]:
    """Events in text order, and every date the text cites (for estimates); the title tells a
    digest, whose every paragraph is an item of the day's news."""
    context = context_for(body, published, lexicon)
    if published is None and context.words.undated_by_own_date:
        # a text that prints no publication date tells its relative dates from the latest full date
        # its lead gives (dates.yaml `undated_by_own_date`): a NEREL text's "На прошлой неделе"
        context.published = _lead_date(body, context.words)
        context.estimated = context.published is not None
    events: list[Event | None] = []
    seen: set[tuple[str, str]] = set()
    cited: list[PartialDate] = []
    for index, doc in enumerate(body.docs):
        text = body.texts[index]
        context.future = False
        # the date of a cited report, "(Hromadske, October 24)", dates the estimate, not an event
        for (start, end), sources in find_citations(text):
            for _, expression in sources:
                parsed = resolve(expression, text[start:end], context)
                if parsed and parsed.year:
                    cited.append(parsed)
        dateline = DATELINE_RE.match(text[:90])
        line_date = parse_date_line(text)
        if line_date is not None:
            # a page's date line left in the text ("Published: Nov. 19, 2019, 6:18 p.m."): no
            # happening of the story, but a date an undated page was written at or after
            cited.append(PartialDate(line_date.year, line_date.month, line_date.day))
            continue
        if not is_prose(text):
            continue  # a menu's or a list of links' dates, a heading's: no happening of the story
        before_span: tuple[int, int, str] | None = None  # the date before, in the same sentence
        before_parsed: tuple[int, PartialDate] | None = None  # where the date before ended, as read
        for start, end, expression, sequel in _date_spans(doc, context.words):
            if body.in_citation(index, start, end) or dateline and start < dateline.end():
                continue
            sentence = sentence_of(doc, start)
            previous, before_span = before_span, (sentence.start_char, end, expression)
            if (
                previous
                and previous[0] == sentence.start_char
                and _ends_a_range(text, previous, start, expression, context)
            ):
                continue  # "between February 2022 and December 2025": dated by its start alone
            if (
                previous
                and previous[0] == sentence.start_char
                and context.words.day_part.match(expression.strip())
            ):
                continue  # "Talking on Sunday, he said it started this evening": that day's evening
            said = span_text(sentence)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            named = YEAR_RE.search(expression)
            if named and not sequel:
                context.last_year = int(named.group())  # even where the year dates no happening
            if sequel:
                counted = context.words.counted.match(_trim(expression, context.words))
                parsed = _counted(counted, context, sequel=True) if counted else None
            elif " ".join(expression.lower().split()) in context.words.anaphoric_days:
                # counted from the story's day, it leaves that day where it was ("следующим утром
                # ... накануне днем": both from the day of the meeting)
                anaphoric = _anaphoric_day(span, sentence, context)
                if anaphoric is not None:
                    events.append(_event(anaphoric, said, expression, body.ids[index], seen))
                continue
            elif " ".join(expression.lower().split()) in context.words.recent:
                if (
                    context.published is not None
                    and _has_verb(span, sentence)
                    and _lately_done(span, context)
                ):
                    lately = PartialDate(context.published.year, context.published.month)
                    events.append(_event(lately, said, expression, body.ids[index], seen))
                continue
            elif _says_when(span, sentence, text[sentence.start_char : start], context):
                context.future = _future(span, text[sentence.start_char : start], context.words)
                context.nearest = not context.future and (
                    (context.words.present_is_near and _verb(span).morph.get("Tense") == ["Pres"])
                    or (context.words.present_or_modal_is_near and _told_in_the_present(span))
                )
                ranged = _first_day_of_range(expression, context.words)
                months = _first_month_of_range(_trim(expression, context.words), context.words)
                last = ranged[1] if ranged else months[1] if months else expression
                parsed = resolve(_trim(last, context.words), said, context)
                if months and parsed is not None and parsed.year and parsed.month:
                    # the first month of "ноябре-декабре" said in April is November of the year before
                    parsed = PartialDate(parsed.year - (months[0] > parsed.month), months[0])
                if parsed is not None and YEAR_RE.fullmatch(expression.strip()):
                    # "к концу 2021 года": the edge before the year is no part of its words
                    edge = text[sentence.start_char : start].split()[-1:]
                    parsed = _year_end(parsed, edge[0] if edge else "", context.words)
                if ranged and parsed is not None and parsed.day:
                    parsed = PartialDate(parsed.year, parsed.month, ranged[0])
                if parsed is None and context.future:
                    parsed = _ahead_in(text[sentence.start_char : start], expression, context)
            else:
                continue
            if parsed is None or parsed.iso() is None:
                continue
            if before_parsed is not None and not sequel and not YEAR_RE.search(expression):
                parsed = _in_the_year_restated(text, before_parsed, start, parsed, context.words)
            before_parsed = (end, parsed)
            if _restated_otherwise(text, start, end, parsed, said, context):
                continue  # "сегодня, 28 апреля" in a text of 29 April: the text's own date is right
            if not sequel:
                context.last_dated = parsed
            if parsed.day and not sequel:
                context.last_day = parsed.as_date()
            if parsed.year and parsed.month and not sequel:
                context.last_month = date(parsed.year, parsed.month, 1)
            if _period_of_a_measure(span, parsed, context):
                continue
            events.append(_event(parsed, said, expression, body.ids[index], seen))
            if not sequel:
                counted = _counted_from_a_date(text[sentence.start_char : start], parsed, context.words)
                if counted is not None:
                    events.append(_event(counted[0], said, counted[1], body.ids[index], seen))
        if context.words.from_happening is not None:
            events.extend(_counted_from_happenings(doc, body.ids[index], events, context, seen))
        if context.words.recent_openers and context.published is not None and not context.estimated:
            events.extend(_told_as_recent(doc, body.ids[index], events, context))
    found = [e for e in events if e is not None]
    told_undated = context.words.lead_is_news or context.words.lead_in_the_perfect
    # the news a text tells undated is of its day of publication, which a lead's date only estimates
    leads = _leads(body, found, context, title) if told_undated and not context.estimated else []
    return [*leads, *_without_vaguer(found, context.words)], cited


def _lead_date(body: Body, words: DateWords) -> date | None:
    """The latest full date outside citations in a report's first two paragraphs ("25 марта 2016 года
    концерт ... собрал до 500 тысяч зрителей"), the day its news is of; a full date only later, even
    in a lead of three paragraphs, is background ("Договор о коллективной безопасности, подписанный 15
    мая 1992 года")."""
    lead = [index for index, text in enumerate(body.texts) if is_prose(text)][:LEAD_PARAGRAPHS]
    days = [
        parsed.as_date()
        for index in lead
        for match, parsed in find_explicit(body.texts[index])
        if parsed.day and not body.in_citation(index, match.start(), match.end())
    ]
    return max((day for day in days if day is not None), default=None)


def _leads(body: Body, events: list[Event], context: Context, title: str | None) -> list[Event]:
    """The news of the day a report's lead tells undated; in a digest ("События ночи 15 декабря",
    dates.yaml `digest_titles`), each paragraph is an item of its own with a lead of its own."""
    prose = [i for i, text in enumerate(body.texts) if is_prose(text)]
    items = [prose[: context.words.lead_paragraphs]]
    heading = (title or "").lower()
    if any(words in heading for words in context.words.digest_titles):
        # the first item is read as any report's lead is; each later paragraph is an item alone
        items.extend([index] for index in prose[1:])
    leads: dict[tuple[str, str], Event] = {}
    for paragraphs in items:
        lead = _news_of_the_day(body, events, context, paragraphs)
        if lead is not None:
            leads.setdefault((lead.ref, lead.text), lead)
        if context.words.news_in_the_perfective:
            for more in _more_news_of_the_day(body, events, context, paragraphs):
                if not any(more.ref == e.ref and more.text in e.text for e in leads.values()):
                    leads.setdefault((more.ref, more.text), more)
    return sorted(leads.values(), key=lambda e: body.ids.index(e.ref))


def _ends_a_range(
    text: str, previous: tuple[int, int, str], start: int, current: str, context: Context
) -> bool:
    """Whether a date is the far end of a range dated by its start, opened by the date before it
    ("from August through October", "between December 2018 and January 2019"): one happening."""
    ranges = context.words.ranges
    if ranges is None:
        return False
    _, previous_end, expression = previous
    if not ranges.by_start and (DAY_RE.search(expression) or DAY_RE.search(current)):
        # a language whose references date a range of days by both its ends ("с 5 по 6 августа")
        # still dates a range of months or years by its start ("с июля по октябрь 2015 года",
        # "с 2014 по 2017 год"): one stretch of time, whose far end is no happening of its own
        return False
    join = ranges.join.match(text[previous_end:start])
    if not join:
        return False
    if join.group("join").lower() not in ranges.list_conjunctions and not ranges.opened_only:
        return True  # "Tuesday, March 10, through Thursday, March 12"
    # "from August", or the model's "Between February 2022" that takes the span's first word in
    opened = f"{text[: previous_end - len(expression)]} {expression.split()[0]} "
    return bool(ranges.opened_before.search(text[: previous_end - len(expression)])) or bool(
        ranges.opened_before.search(opened)
    )


def _counted_from_happenings(
    doc, ref: str, events: list[Event | None], context: Context, seen: set[tuple[str, str]]
) -> list[Event]:
    """ "Финал выйдет 28 января 2020 года, через две недели после завершения кроссовера": the
    happening the words after the count name ("завершения кроссовера") is dated by the count back
    from the date its sentence gives (forward: "за два дня до начала саммита, 12 июня"), as precise
    as the unit lets it be (a week's count gives the month, dates.yaml `ago_units`)."""
    words = context.words
    assert words.from_happening is not None
    found = []
    for sentence in doc.sents:
        said = span_text(sentence).strip()
        matches = list(words.from_happening.finditer(said))
        if not matches:
            continue  # most sentences: no need to look through the text's events for their date
        own = [e for e in events if e is not None and e.ref == ref and e.text == said]
        dated = next((e for e in own if len(e.date) == 10), None) or next(
            (e for e in own if len(e.date) == 7), None
        )
        if dated is None:
            continue
        at = said.find(dated.expression) if dated.expression else -1
        year, month, day = (int(part) for part in (dated.date + "-01")[:10].split("-"))
        for match in matches:
            if at >= match.start() and "," not in said[match.end() : at]:
                continue  # "через месяц после начала операции 9 октября": the happening's own date
            count, length = _count_of(match, words)
            unit = match.group("unit").lower()
            if not count or length == "year" and len(dated.date) < 7:
                continue
            sign = words.from_happening_signs[match.group("joiner").lower()]
            precision = words.ago_units.get(unit, "day")
            if len(dated.date) == 7 and precision == "day":
                precision = "month"  # counted from a month, it is as precise as that month
            parsed = _at_precision(_moved(date(year, month, day), length, sign * count), precision)
            event = _event(parsed, said, match.group().rsplit(None, 1)[0], ref, seen)
            if event is not None:
                found.append(event)
    return found


def _told_as_recent(doc, ref: str, events: list[Event | None], context: Context) -> list[Event]:
    """ "Ранее об уходе заявил ...": a sentence a recent opener (dates.yaml `recent_openers`)
    leads, in the past and with no date of its own, tells what happened lately, before the news:
    dated with the month of publication. In a language whose perfective tells one happening
    (dates.yaml `news_in_the_perfective`), one in the imperfective retells what was reported
    ("Ранее сообщалось, что ...") on no day the text tells."""
    published = context.published
    assert published is not None
    dated = {e.text for e in events if e is not None and e.ref == ref}
    found = []
    for sentence in doc.sents:
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        said = span_text(sentence).strip()
        if not words or words[0].lower_ not in context.words.recent_openers or said in dated:
            continue
        # "Ранее сообщалось, что ...", "Ранее «Мойка78» сообщала": the imperfective retells what was
        # reported, once or more, on no day the text lets one tell; the perfective tells one
        # happening ("Ранее об уходе заявил ...")
        retold = context.words.news_in_the_perfective and sentence.root.morph.get("Aspect") == ["Imp"]
        if _tells_in_the_past(sentence) and not retold:
            month = PartialDate(published.year, published.month).iso() or ""
            found.append(Event(date=month, text=said, expression=words[0].text, ref=ref))
    return found


def _news_of_the_day(
    body: Body, events: list[Event], context: Context, paragraphs: list[int]
) -> Event | None:
    """The lead of a dated report that tells its news without a date ("Суд отменил смертный
    приговор"). The lead is the first narrated sentence with a verb in the past, in the report's
    first paragraphs; none where a sentence before it, or the one after it, dates something (then
    the text tells the news's own day: "Об этом в среду сообщил ..."). A date later in those
    paragraphs is background ("в начале марта их нашли без сознания"), not the news's. The lead
    takes the day of publication, or the day before, where the rest of its paragraph or the paragraph
    after it gives that day ("Об этом сегодня заявил ..."); else the month of publication, as precise
    as the text lets it be."""
    published = context.published
    if published is None:
        return None
    # what "Ранее" opens is dated by no words of the text: it tells nothing of the news's own day;
    # nor does the end a state runs to ("продлил режим ЧП до 11 мая": the extension is the news)
    dated = {
        (e.ref, e.text)
        for e in events
        if (e.expression or "").lower() not in context.words.recent_openers
        and not _until(e, context.words)
        and not _of_a_document(e, published, context.words)
    }
    # nor does a plan, dated after publication ("Завершить строительство планируется к концу 2021
    # года"), before or after the lead: it tells what is ahead, not the day of the news
    dated_before_now = {(e.ref, e.text) for e in events if not _after_publication(e.date, published)} & dated
    week_before = (published - timedelta(days=7)).isoformat()
    recent = {(e.ref, e.text) for e in events if e.date[:10] >= week_before[: len(e.date)]}
    for position, index in enumerate(paragraphs):
        ref = body.ids[index]
        sentences = [(span_text(s).strip(), s) for s in body.docs[index].sents]
        for number, (said, sentence) in enumerate(sentences):
            if (ref, said) in dated_before_now:
                return None
            if (ref, said) in dated:
                if not context.words.lead_is_news:
                    return None  # "is scheduled to visit on Thursday": the news is what lies ahead
                # a standfirst's plan ("Завершить строительство ... к концу 2021 года") before a lead
                # told in the past: the lead, if any, is in the next paragraph
                break
            perfect = context.words.lead_in_the_perfect and _tells_in_the_perfect(
                sentence, context.words.speech_verbs
            )
            if not perfect and not _tells_in_the_past(sentence):
                continue
            if not perfect and not context.words.lead_is_news:
                return None  # a lead in the simple past ("X visited ...") with no date is not dated here
            # the sentence after it tells the news's own day ("Об этом в среду сообщил ..."); after a
            # perfect, only a recent date does so: "has died. ... served as a pilot in 1973" is history
            told_after = recent if perfect else dated_before_now
            if number + 1 < len(sentences) and (ref, sentences[number + 1][0]) in told_after:
                return None
            # the day is told after the lead, in its own paragraph or the next
            after = {ref, *(body.ids[i] for i in paragraphs[position + 1 : position + 2])}
            if perfect and _told_again_days_before(events, after, published, context.words):
                return None  # "have arrested a player" ... "took him into custody Monday": that day's
            told = sentences[number + 1] if number + 1 < len(sentences) else None
            if told is not None and told[0].lower().startswith(context.words.lead_sources):
                said = span_text(body.docs[index][sentence.start : told[1].end]).strip()
            return Event(
                date=published.isoformat() if perfect else _day_of_the_news(events, after, published),
                text=said,
                expression=None,
                ref=ref,
            )
    return None


def _told_again_days_before(events: list[Event], refs: set[str], published: date, words: DateWords) -> bool:
    """Whether the paragraphs `refs` date a happening on a day of the week before publication by its
    own day ("took the player into custody Monday", "said yesterday"): a lead in the present perfect
    is news just in, which a report tells again with its day; a count from the news ("one day
    after ...") dates another happening."""
    week = {(published - timedelta(days=n)).isoformat() for n in range(1, 7)}
    return any(
        e.ref in refs and e.date in week and not words.counted.match(_trim(e.expression or "", words))
        for e in events
    )


def _more_news_of_the_day(
    body: Body, events: list[Event], context: Context, paragraphs: list[int]
) -> list[Event]:
    """Every happening the lead paragraphs tell undated in the perfective past, beside the lead:
    "Пакистанский суд отменил смертный приговор ... Это решение вызвало многочисленные протесты",
    "Военные строители уже отремонтировали полосу ..., сообщил на своей странице глава". Russian
    tells a single completed happening in the perfective and a process, a habit or a state in the
    imperfective ("ходил на работу", "утверждала"), so the perfective is the day's news where
    nothing dates it otherwise. A date in a paragraph opens background there ("В 2010 году Асию
    признали виновной ... провела в камере"), or tells the news's own day ("Об этом в среду
    сообщил ..."): the rest of that paragraph is not the month's news; nor is a recap ("Напомним",
    "Как сообщалось", grammar.yaml `recap_openers`) or what a sentence's next one dates."""
    published = context.published
    if published is None:
        return []
    dated = {(e.ref, e.text) for e in events}
    # a plan's date ahead tells nothing of the news's day; a date before it does
    before_now = {(e.ref, e.text) for e in events if not _after_publication(e.date, published)}
    found = []
    for position, index in enumerate(paragraphs):
        ref = body.ids[index]
        sentences = [(span_text(s).strip(), s) for s in body.docs[index].sents]
        for number, (said, sentence) in enumerate(sentences):
            if (ref, said) in before_now:
                break  # the paragraph tells its own days from here on: background, or the news's day
            if (ref, said) in dated or said.lower().startswith(context.words.recap_openers):
                continue
            if number + 1 < len(sentences) and (ref, sentences[number + 1][0]) in dated:
                continue
            if not _tells_in_the_perfective(sentence) or not _news_of_its_own(sentence, said, context.words):
                continue
            if sentence.root.lemma_.lower() in context.words.life_verbs:
                continue  # "Костин окончил медицинский университет": the new official's past
            if _inside_a_quotation(body.texts[index], sentence.start_char):
                continue
            if position > 0 and _done_by_the_unnamed(sentence, context.words):
                continue
            after = {ref, *(body.ids[i] for i in paragraphs[position + 1 : position + 2])}
            day = _day_of_the_news(events, after, published)
            found.append(Event(date=day, text=said, expression=None, ref=ref))
    return found


def _tells_in_the_perfective(sentence: Span) -> bool:
    """Whether the narrator tells in it one completed happening: a finite perfective past
    ("отменил", "вызвало") or a short participle of the perfective ("обнаружен", "подписано"), not
    a quotation."""
    if not _tells_in_the_past(sentence):
        return False
    return sentence.root.morph.get("Aspect") == ["Perf"]


def _news_of_its_own(sentence: Span, said: str, words: DateWords) -> bool:
    """Whether a sentence tells a happening of its own, not more of one told before it: not one a
    connective ties to the sentence before ("Кроме того, свидетели опознали его", grammar.yaml
    `connectives`), nor one whose subject is a pronoun ("Она добавила, что ...", "Они
    раскритиковали ..."), nor a count ("37 новых случаев зафиксировано", "Выручка составила 2,1
    трлн": the figure is the news, and the figures list it), nor who gave the news told before,
    nor a question or a line before a list."""
    if said.endswith(("?", ":")) or said.lower().startswith(words.connectives):
        return False
    root = sentence.root
    if any(c.dep_ in {*SUBJECT_DEPS, "nsubj:pass"} and c.pos_ == "PRON" for c in root.children):
        return False
    # a number that counts ("37 случаев", "71 случай", "60 - в Веневском"), not one that names
    # ("Лицея №1", "статья 156 УК": an apposition)
    if any(t.pos_ == "NUM" and t.dep_ not in NAMING_DEPS for t in sentence):
        return False
    # "Сообщение об этом было разослано", "Информация об этом опубликована": who gave the news told
    # before (dates.yaml `lead_sources`), not news of its own
    lowered = f" {said.lower()} "
    return not any(f" {source} " in lowered for source in words.lead_sources)


NAMING_DEPS = frozenset({"appos", "flat", "flat:name", "nmod", "compound"})


def _done_by_the_unnamed(sentence: Span, words: DateWords) -> bool:
    """Whether, past the lead's first paragraph, a sentence tells what people or things the text
    calls by a common noun did, and names no one and nowhere ("Подписчики забросали звезду
    комментариями", "Свидетели не зафиксировали номер автомашины", "Но сын настоял на своём"): a
    detail of the story the lead told, not a happening of its own, which has a doer or a place the
    text names ("Коронавирус обнаружен у преподавателя Лицея №1 в Минске") or is somebody's
    statement. A sentence with no subject is not one of these ("Дорогу обновили")."""
    root = sentence.root
    if root.lemma_.lower() in words.speech_verbs:
        return False
    subjects = [c for c in root.children if c.dep_ in {*SUBJECT_DEPS, "nsubj:pass"}]
    # a role or a body's kind ("Премьер-министр обрушился с критикой", "Прокуратура обжаловала")
    # is the person or the body the text named, by reference
    referred = any(s.lemma_.lower() in words.reference_words for s in subjects)
    return bool(subjects) and not referred and not any(t.ent_type_ or t.pos_ == "PROPN" for t in sentence)


def _inside_a_quotation(text: str, at: int) -> bool:
    """Whether a paragraph's quotation is still open at `at` ("«Решение далось мне очень тяжело.
    Но после Евро я почувствовал ...»": the second sentence is the speaker's, not the narrator's),
    by the quotations the quotes' reader finds."""
    return any(start < at < end for start, end, _ in quote_spans(text))


def _after_publication(when: str, published: date) -> bool:
    """Whether a date (as precise as it is) lies wholly after the day of publication."""
    return when > published.isoformat()[: len(when)]


def _until(event: Event, words: DateWords) -> bool:
    """Whether an event's date is the end something runs to ("до 11 мая"): it dates that end, not
    the happening its sentence tells."""
    at = event.text.find(event.expression) if event.expression else -1
    return at > 0 and bool(words.onward_before.search(event.text[:at]))


def _of_a_document(event: Event, published: date, words: DateWords) -> bool:
    """Whether an event's date is an older document's ("поправки в постановление от 14 ноября 2015
    года", dates.yaml `document_date_markers`): it dates the document, not what its sentence tells
    of it. A document of the month of publication may be the very act the sentence tells
    ("Постановлением от 15 мая правительство утвердило ...")."""
    at = event.text.find(event.expression) if event.expression else -1
    before = event.text[:at].split() if at > 0 else []
    older = event.date < published.isoformat()[:7]
    return older and bool(before) and before[-1].lower() in words.document_dates


def _day_of_the_news(events: list[Event], after: set[str], published: date) -> str:
    """The day of publication or the day before, as the paragraphs `after` a lead date it (its own,
    after it, and the next: "Подача газа возобновилась сегодня"); else the month of publication."""
    recent = {(published - timedelta(days=n)).isoformat() for n in (0, 1)}
    day = next((e.date for e in events if e.ref in after and e.date in recent), None)
    return day or PartialDate(published.year, published.month).iso() or ""


def _tells_in_the_past(sentence) -> bool:
    """Whether the narrator tells in it what happened: its verb is in the past (a finite verb, or a
    short participle: "освобождена"), and it is not a quotation."""
    root = sentence.root
    if not span_text(sentence).strip() or span_text(sentence).lstrip()[0] in QUOTE_OPENERS:
        return False
    if root.pos_ not in {"VERB", "AUX"} or root.morph.get("Tense") != ["Past"]:
        return False
    if root.morph.get("VerbForm") == ["Fin"]:
        return True
    # "освобождены" tells what was done, "будут освобождены" what will be: the auxiliary's tense
    auxiliaries = [t for t in root.children if t.dep_ in {"aux", "auxpass", "cop"}]
    short = root.morph.get("Variant") == ["Short"]
    # "доложить министерство обязано", "вынужден уйти": a short form with an infinitive tells what
    # one must do, not what was done
    modal = any(c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] for c in root.children)
    return short and not modal and all(a.morph.get("Tense") == ["Past"] for a in auxiliaries)


def _tells_in_the_perfect(sentence, speech_verbs: frozenset[str]) -> bool:
    """Whether the narrator's own sentence tells a happening in the present perfect ("has died",
    "have won", "has reportedly removed"): the tense of news just in, which takes no date of the past.
    A state or a doing that goes on ("has been", "has been building", "have risen over the past three
    years": any time words) is no happening, nor is an attribution after what was said ("..., the
    United Nations has said"): its news is the words, told in their own tense."""
    root = sentence.root
    said = span_text(sentence).strip()
    if not said or said[0] in QUOTE_OPENERS or root.pos_ != "VERB" or root.lemma_ == "be":
        return False
    if any(_times_the_verb(entity, root) for entity in sentence.ents if entity.label_ in {"DATE", "TIME"}):
        return False
    # the words come first and the attribution after, however the parser hangs them on its verb
    said_first = {"ccomp", "dep", "parataxis"}
    if root.lemma_ in speech_verbs and any(c.dep_ in said_first and c.i < root.i for c in root.children):
        return False
    if root.morph.get("Tense") != ["Past"] or root.morph.get("VerbForm") != ["Part"]:
        return False
    # "has been removed": the passive's "been" follows the present "has", so the first one tells
    auxiliaries = [t for t in root.children if t.dep_ in {"aux", "auxpass"}]
    first = auxiliaries[0] if auxiliaries else None
    return first is not None and first.lemma_ == "have" and first.morph.get("Tense") == ["Pres"]


def _times_the_verb(entity, verb) -> bool:
    """Whether time words say when or how long of the verb itself ("over the past three years", "in
    recent years"), not of a noun ("the 2025 study", "for the fourth time in five months")."""
    head = entity.root.head
    if head.dep_ == "prep":
        head = head.head
    return head == verb


RESTATED_RE = re.compile(r"\s*,\s*")


def _restated_otherwise(
    text: str, start: int, end: int, parsed: PartialDate, said: str, context: Context
) -> bool:
    """Whether a date expression is followed by a calendar date that restates it ("в среду, 7
    ноября", "сегодня, 28 апреля", "on Sunday morning, November 3, 2013") and gives another day:
    the day the text prints is taken (a publication date a day off, or a weekday counted from it,
    is the likelier error; or the weekday is in another year)."""
    comma = RESTATED_RE.match(text, end)
    if comma is None:
        # the model's "Sunday" apart from its "morning": the weekday's phrase runs on to the comma
        later = RESTATED_RE.search(text, end)
        phrase = text[start : later.start()] if later else ""
        comma = later if later and context.words.weekday.match(_trim(phrase, context.words)) else None
    if comma is None or not parsed.day:
        return False
    explicit = next((p for m, p in find_explicit(text[comma.end() :]) if m.start() == 0), None)
    if explicit is None or not explicit.day:
        return False
    year = explicit.year or context.year_for(explicit.month or 0, explicit.day, said)
    return (year, explicit.month, explicit.day) != (parsed.year, parsed.month, parsed.day)


def _event(
    parsed: PartialDate, said: str, expression: str, ref: str, seen: set[tuple[str, str]]
) -> Event | None:
    """The event a sentence's date makes, none when that sentence already has it with that date."""
    key = (parsed.iso() or "", said)
    if key in seen:
        return None
    seen.add(key)
    return Event(date=parsed.iso(), text=said.strip(), expression=expression.strip(), ref=ref)


def _without_vaguer(events: list[Event], words: DateWords) -> list[Event]:
    """ "Two months later, on May 21": the count leads to the day the sentence gives, one event;
    as does a span the next date restates more precisely ("later this month, April 28-29", "last
    week, on Thursday")."""
    by_text: dict[str, list[Event]] = {}
    for event in events:
        by_text.setdefault(event.text, []).append(event)
    return [
        e
        for e in events
        if not (
            words.count(_trim(e.expression, words))
            and any(o.date != e.date and o.date.startswith(e.date) for o in by_text[e.text])
        )
        and not any(_narrowed_by(e, o, words) for o in by_text[e.text])
    ]


def _restating(text: str, vaguer: str, precise: str, words: DateWords) -> bool:
    """Whether the date `precise` follows the date `vaguer` right after a comma, to restate it:
    "next month, on November 6", "earlier this week, on Monday", "last year, in September"."""
    at = text.find(vaguer)
    comma = RESTATED_RE.match(text, at + len(vaguer)) if at >= 0 and vaguer else None
    if comma is None:
        return False
    rest = text[comma.end() :]
    opener = words.opener.match(rest)
    if opener and words.onward_before.search(opener.group()):
        return False  # "к концу месяца, до 10 августа", "this month, until the 20th": a deadline of its own
    return rest[opener.end() if opener else 0 :].startswith(_trim(precise, words))


def _narrowed_by(event: Event, other: Event, words: DateWords) -> bool:
    """Whether `other`, a date of the same sentence told more precisely and within `event`'s,
    restates it ("к концу месяца, до 5 декабря" gives two: the day lies beyond the month)."""
    return (
        len(other.date) > len(event.date)
        and other.date.startswith(event.date)
        and _restating(event.text, event.expression, other.expression, words)
    )


def _in_the_year_restated(
    text: str, before: tuple[int, PartialDate], start: int, parsed: PartialDate, words: DateWords
) -> PartialDate:
    """A day or month with no year that restates a year counted just before it is of that year:
    "The festival returns next year, on June 10", "closed last year, in September"."""
    end, year = before
    if year.month is not None or year.year is None or parsed.year == year.year:
        return parsed
    between = text[end:start]
    comma = RESTATED_RE.match(between)
    if comma is None or words.opener.sub("", between[comma.end() :]).strip():
        return parsed
    return PartialDate(year.year, parsed.month, parsed.day)


def _says_when(span, sentence, before: str, context: Context) -> bool:
    """Whether a date expression dates something said in its sentence (see the module's note)."""
    words = context.words
    if _after(words.state_before, before, span) and not _approximately_ago(span, before, words):
        return False
    opens_a_period = (
        words.ranges is not None and words.ranges.count_makes_a_period and _opens_span(span, before, words)
    )
    if (_after(words.period_before, before, span) or opens_a_period) and _has_quantity(span, words):
        return False  # "deaths between October and March", "From 2010 to 2021, it gave £204 million"
    if context.words.anaphoric.match(span.text) and not context.words.counted.match(span.text):
        return False
    if span.text.startswith("Today") and span.start > sentence.start:
        return False  # "NBC's Today show": a name
    of_a_noun = _possessor_of(span, context.words)
    if of_a_noun is not None and of_a_noun.lemma_.lower() not in context.words.day_happenings:
        return False  # "based on today's hard drives", "many of today's young voters": nowadays
    if (
        span.text.lower() == "today"
        and of_a_noun is None
        and _verb(span).tag_ in {"VBZ", "VBP"}
        and not _perfect(_verb(span))
    ):
        return False  # "today the demand outstrips supply": nowadays
    if (
        span.text.lower() in context.words.nowadays
        and of_a_noun is None
        and _told_in_the_present(span)
        and not _future(span, before, words)
        and _verb(span).lemma_.lower() not in words.present_happenings
    ):
        # "the suffering we're witnessing today", "I am honoured to be here today": the time of
        # writing as a state goes on, no happening of that day; what lies ahead today ("will vote
        # today", "is scheduled to speak today") stays an event. (The English check above, older,
        # also drops a bare present that means ahead: "opens today".)
        return False
    if _after(words.stretch_before, before, span):
        return False  # "over the past week", "in the past year": a stretch of time up to now
    if _weekday_of_another_week(span, words):
        return False  # "collect their bibs on the Friday before the race"
    if _trim(span.text, words).lower() in words.nearest_spans and not _opened_by(
        f"{before}{span.text}", words.nearest_span_openers, words.articles
    ):
        return False  # "what the weekend has to offer", "working through the weekend": no happening's time
    told = " ".join(f"{before}{span.text}".lower().split())
    if any(told.endswith(phrase) and told[: -len(phrase)][-1:] in {"", " "} for phrase in words.as_of_now):
        return False  # "проложено на сегодня чуть более 400 км": what stands at the time of writing
    if _in_name(span) or _in_a_laws_title(span, words):
        return False
    if words.year_tags:  # a language with none reads no text after the date
        after = " ".join(text_of(span.doc)[span.end_char : span.end_char + 40].lower().split())
        if after.startswith(words.year_tags):
            return False  # "водитель 1985 года рождения": a person's tag, no happening
    # "2019-й год станет ...": a year with its noun is subject through the noun
    subject = span.root.head if span.root.head.lower_ in words.year_suffixes else span.root
    if (
        subject.dep_ in SUBJECT_DEPS
        and words.year_only.fullmatch(span.text.strip())
        and not _told_past(_verb(span))
    ):
        # "2023 will feel like a recession", "2023 is slated to be the hottest year": what is said of
        # a year still running or ahead; "2024 was (had been) the warmest year" is a finished fact
        return False
    return _has_verb(span, sentence) or _dash_for_a_verb(span, sentence, words.verb_dashes)


def _possessor_of(span: Span, words: DateWords) -> Token | None:
    """The noun the day of writing possesses ("today's vote", "today's smartphones"), in a language
    that tells which such nouns are happenings (dates.yaml `day_happenings`): before any other, the
    day is the present time ("by today's standards", "today's headlines"), no happening's."""
    if not words.day_happenings or span.text.lower() not in words.nowadays:
        return None
    day = span.root
    return day.head if day.dep_ == "poss" and day.head.pos_ in {"NOUN", "PROPN"} else None


def _approximately_ago(span, before: str, words: DateWords) -> bool:
    """Whether a state marker is only the approximation of a count of time ("more than a year ago",
    "less than a month ago"), not before the date ("higher than three months ago")."""
    counted = words.counted.match(_trim(span.text, words))
    return bool(counted and counted.group("about")) and not words.state_before.search(before)


def _weekday_of_another_week(span, words: DateWords) -> bool:
    """Whether a weekday alone is one a determiner (dates.yaml `weekday_determiners`) makes a day of
    a week the story tells or of every week ("on the Friday before the race", "every Monday", "He
    left the Thursday night"): no day that publication's week dates."""
    if span.start == 0 or not words.weekday_determiners:
        return False
    first = span[0]
    if first.lower_ in words.weekday_determiners:
        first = span[1] if len(span) > 1 else first
        before = span[0]
    else:
        before = span.doc[span.start - 1]
    return before.lower_ in words.weekday_determiners and first.lower_.rstrip(".") in WEEKDAYS


def _opened_by(told: str, openers: frozenset[str], articles: frozenset[str]) -> bool:
    """Whether one of `openers` stands before the last words of `told` ("over the weekend",
    "at the weekend"), one of `articles` between them or not."""
    words = told.lower().split()
    if len(words) > 1 and words[-2] in articles:
        words = [*words[:-2], words[-1]]
    return len(words) > 1 and words[-2] in openers


def _opens_span(span, before: str, words: DateWords) -> bool:
    """Whether a date opens a range dated by its start, which runs to another date ("From 2010 to
    2021", "from February 2022 to January 2026"); not a lone start ("From June 1 we'll bring a
    further 250")."""
    ranges = words.ranges
    if ranges is None or not ranges.by_start:
        return False
    if ranges.whole.match(span.text):
        return True
    if not ranges.opened_before.search(before):
        return False
    after = text_of(span.doc)[span.end_char : span.end_char + 20]
    return bool(ranges.end_after.search(span.text) or ranges.end_after.match(after))


def _after(marker: re.Pattern[str], before: str, span) -> bool:
    """Whether a marker ends the text before a date, or opens the date's own words ("as of 2016")."""
    leading = re.match(r"(?:[a-z]+\s+){0,2}", span.text, re.I).group().split()
    return any(marker.search(" ".join([before, *leading[:n]])) for n in range(len(leading) + 1))


def _has_verb(span, sentence) -> bool:
    """A caption's or a credit line's date ('Source: X, October 25, 2019') dates no statement."""
    if not any(t.pos_ in {"VERB", "AUX"} for t in sentence):
        return False
    root = sentence.root
    at_edge = span.start == sentence.start or span.end >= sentence.end - 1
    # a short adjective is a predicate with its infinitive: "доложить ему обязаны до 1 ноября"
    predicate = root.pos_ == "ADJ" and root.morph.get("Variant") == ["Short"]
    # a predicate with its copula ("Совещание будет в понедельник", "Премьера фильма будет 5 декабря"),
    # or a date with the verb a parser hung on it ("Послезавтра делегация отправится в Пекин")
    copula = any(c.dep_ == "cop" for c in root.children)
    hung = span.start <= root.i < span.end and any(c.pos_ == "VERB" for c in root.children)
    return root.pos_ in {"VERB", "AUX"} or predicate or copula or hung or not at_edge


def _dash_for_a_verb(span, sentence, dashes: frozenset[str]) -> bool:
    """ "1 августа – заседание Совбеза в Минске, 2 августа – встреча с Путиным": a date, a dash set
    for the verb the sentence leaves out, and the noun of what happened (a digest's items, a
    chronology): the date dates it, with no verb in the sentence."""
    doc = span.doc
    return (
        bool(dashes)
        and span.end + 1 < sentence.end
        and doc[span.end].text in dashes
        and doc[span.end + 1].pos_ in {"NOUN", "PROPN", "ADJ"}
    )


def _in_name(span) -> bool:
    """'Invest Karnataka 2025', 'a manufacturing policy 2021-2025': a year after a name is part of it.

    A year range after any noun names a plan's span ("strategy 2020-2025"); a range before
    one is when it happened ("the 2007-2009 crisis").
    """
    year = re.fullmatch(r"\d{4}(?P<range>\s*[-–]\s*\d{2,4})?", span.text)
    if not year or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    nouns = {"PROPN", "NOUN"} if year.group("range") else {"PROPN"}
    return before.pos_ in nouns and before.text.lower().rstrip(".") not in MONTHS


def _in_a_laws_title(span, words: DateWords) -> bool:
    """'the Securities Act of 1933', 'the Civil Rights Act of 1964': a bare year after "of" that
    ends a law's title (dates.yaml `law_titles`, capitalised) names the law; it dates no happening."""
    if not YEAR_RE.fullmatch(span.text.strip()) or span.start < 2:
        return False
    joiner, title = span.doc[span.start - 1], span.doc[span.start - 2]
    return (
        joiner.lower_ in words.name_joiners and title.text[:1].isupper() and title.lower_ in words.law_titles
    )


def _verb(span):
    """The verb (or the sentence's root) a date expression belongs to."""
    head = span.root.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.dep_ == "ROOT":
            break
        head = head.head
    return head


def _told_past(verb) -> bool:
    """A verb in a past tense: "was", "saw", "had been" (a finite past form, or a past auxiliary)."""
    if verb.morph.get("Tense") == ["Past"] and verb.morph.get("VerbForm") == ["Fin"]:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.morph.get("Tense") == ["Past"] for c in verb.children)


def _told_in_the_present(span) -> bool:
    """Whether the clause a date times is told in a present tense or with a modal ("hopes to
    execute", "must be reissued", "would correspond", "is looking forward to ... opening"), up
    through the verbs it hangs on to its clause's head, before any past tense ("was", "had
    hoped", "has opened", a reduced clause's bare participle: "the high reached in February");
    not above reported speech, whose tense is its own. A clause with no verb the parse can
    find tells nothing."""
    verb = _verb(span)
    for token in [verb, *verb.ancestors]:
        if token.pos_ in {"VERB", "AUX"}:
            if _told_past(token) or _perfect(token) or _bare_past(token):
                return False
            if token.tag_ in PRESENT_TAGS or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in token.children
            ):
                return True
            # a tagger with no English tags (Natasha): a finite present of the imperfective that tells
            # a state ("проблемы, которые сегодня существуют", "рейсы сегодня осуществляются"; the
            # perfective's present is a future: "сегодня подпишет"); one doing a thing to an object
            # tells what is done that day ("Сегодня мастер-класс показывает победитель")
            if token.morph.get("Tense") == ["Pres"] and token.morph.get("Aspect") == ["Imp"]:
                done = token.morph.get("Voice") == ["Act"] and any(
                    c.dep_ in {"obj", "dobj"} for c in token.children
                )
                return token.morph.get("VerbForm") == ["Fin"] and not done
        if token.dep_ in {"ccomp", "parataxis", "ROOT", "relcl", "acl", "advcl"}:
            break
    return False


def _bare_past(verb) -> bool:
    """A past form with no auxiliary: "the high reached in February", "Trump in January directed"."""
    return verb.morph.get("Tense") == ["Past"] and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )


def _perfect(verb) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# what a noun's own phrase holds below it: "строительство ферм на три тысячи голов" (a noun's noun),
# "the plant, which employs 300" (its clause), "Mr X, 45" (an apposition)
INSIDE_A_NOUN = frozenset({"nmod", "acl", "relcl", "appos"})


def _has_quantity(span: Span, words: DateWords) -> bool:
    """Whether the clause of a date expression holds a count, a sum or a share of its own: not a plain
    count inside a noun's phrase, which tells what a thing is ("в следующем году начнут строительство
    ферм на три тысячи голов" is a plan of the year, "в этом году ВВП вырастет на 2%" its measure);
    a share or a sum there is the measure still ("в этом году ожидает рост ВВП на 2%")."""
    verb = _verb(span)
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in INSIDE_A_NOUN:
            if any(_share_or_sum(t, words) for t in token.subtree if not span.start <= t.i < span.end):
                return True
            continue
        if (
            not span.start <= token.i < span.end
            and (token.pos_ == "NUM" or token.ent_type_ in QUANTITY_ENTS)
            and token.ent_type_ not in {"DATE", "TIME"}
            and not _last_day_of(span, token, words)
        ):
            return True
        stack.extend(token.children)
    return False


def _last_day_of(span: Span, token, words: DateWords) -> bool:
    """Whether a number right after a date is the last day of the range the date opens ("between
    October 11 and 13", where the model leaves "13" out of the date): no count of the clause."""
    ranges = words.ranges
    return (
        ranges is not None
        and token.i == span.end
        and token.like_num
        and len(token.text) <= 2
        and bool(ranges.end_after.search(f" {span[-1].text} {token.text}"))
    )


def _share_or_sum(token, words: DateWords) -> bool:
    """ "2%", "$5 billion", "5 млрд рублей": a share or a sum, a measure's figure (not a count of
    things). spaCy names them; Natasha names no numbers, so a unit with its number tells them."""
    if token.ent_type_ in {"PERCENT", "MONEY"}:
        return True
    if token.lower_ not in words.measure_units and token.lemma_.lower() not in words.measure_units:
        return False
    doc = token.doc
    # the number below the unit ("2" under "%") or beside it ("$ 800")
    return any(t.pos_ == "NUM" for t in token.subtree if t is not token) or any(
        0 <= i < len(doc) and doc[i].pos_ == "NUM" for i in (token.i - 1, token.i + 1)
    )


def _period_of_a_measure(span, parsed: PartialDate, context: Context) -> bool:
    """'growth of 1.8% this year', 'costs will rise to $47 billion in 2027': the year a figure is for.

    A year (not a month or a day) from the text's own year onwards, which times a count or
    a forecast rather than a happening: its clause holds a quantity, or the year qualifies a
    noun ("three hikes in 2017") rather than a verb. A past year is left alone ("in 2013, two
    politicians were killed" is an event), unless its verb gives the level a measure stood at
    ("the economy grew 2.27% in 2019").
    """
    if parsed.month is not None or parsed.year is None:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in context.words.deadline_words:
        return False  # "продать 26 млн машин к 2029 году": the deadline of a plan, a figure or not
    head = _date_head(span)
    if head.lower_ in context.words.year_suffixes and head.i == span.root.head.i:
        # "завершить в 2019 году": the year's own noun ("году") qualifies nothing; what the year
        # times is the word that noun hangs on
        head = head.head
    if head.lower_ in context.words.period_edge_words and head.pos_ == "NOUN":
        # "завершить к концу 2021 года": the year's edge ("концу") is no thing the year is of; what
        # it times is the word the edge hangs on
        head = head.head
    # "up from 4.7% in 2021": the parser may hang the year on the preposition of the figure
    heads = [head, *(c for c in head.children if c.dep_ == "pobj")] if head.pos_ == "ADP" else [head]
    if any(
        h.pos_ in {"NOUN", "NUM"}
        and any(
            (t.pos_ == "NUM" or t.ent_type_ in QUANTITY_ENTS) and t.ent_type_ not in {"DATE", "TIME"}
            for t in [h, *_modifiers(h), *(g for c in _modifiers(h) for g in _modifiers(c))]
            if not span.start <= t.i < span.end
        )
        for h in heads
    ):
        return True  # "up from 4.7% in 2021", "last year's 6.0% expansion": a figure's year, any year
    if head.lemma_.lower() in context.words.measure_nouns and head.pos_ in {"NOUN", "PROPN"}:
        return True  # "last year's turnover", "the surplus in 2024": the period a measure covers
    if _level_of_the_year(span, context.words):
        return True  # "the economy grew 2.27% in 2019": the level a measure stood at that year, any year
    # an undated text's "now" is only known to be after its latest date: too loose to judge by
    if context.published is None or parsed.year < context.published.year:
        return False
    if head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} and head.ent_type_ not in {"EVENT"}:
        return True
    if (
        context.words.past_is_done
        and _told_past(_verb(span))
        and not (context.words.past_counts_only and _measured(span, context.words))
    ):
        # "В этом году к эксплуатации были допущены 65 мест": what was done this year, a count
        # of it or not, is a happening (dates.yaml `past_is_done`)
        return False
    return _has_quantity(span, context.words)


def _measured(span, words: DateWords) -> bool:
    """Whether the clause a date times holds a share or a sum ("carried 14 million passengers this
    year, up 4%", "earned $5 billion this year"): a measure's level, not things done."""
    clause = [t for t in _verb(span).subtree if not span.start <= t.i < span.end]
    # "9.5 per cent": a unit of two words, which no single token is
    pairs = {f"{a.lower_} {b.lower_}" for a, b in zip(clause, clause[1:], strict=False) if b.i == a.i + 1}
    return any(_share_or_sum(t, words) for t in clause) or bool(pairs & words.measure_units)


# clauses of their own below a verb: "was in 2002, when militants killed 20" dates the killing,
# "hit a record in 2024, with profit rising 11%" the record
OWN_CLAUSES = {"relcl", "advcl", "acl", "ccomp", "xcomp", "pcomp", "conj", "parataxis", "csubj"}


def _level_of_the_year(span, words: DateWords) -> bool:
    """Whether a date's verb gives a measure's level (numbers.yaml `level_verbs`: "grew 2.27%",
    "fell to £250 million", "hit 14 million") with a quantity of its own clause; a number that
    names a kind ("a 12-point plan") or stands in a clause below ("when it killed 20") is none."""
    verb = _verb(span)
    lemma = verb.lemma_.lower()
    if lemma not in words.level_verbs and lemma not in words.measure_verbs:
        return False
    stack = [c for c in verb.children if c.dep_ not in OWN_CLAUSES]
    while stack:
        token = stack.pop()
        if span.start <= token.i < span.end:
            continue
        if (
            (token.pos_ == "NUM" or token.ent_type_ in QUANTITY_ENTS)
            and token.ent_type_ not in {"DATE", "TIME"}
            and token.head.dep_ not in {"compound", "amod"}
        ):
            return True
        stack.extend(c for c in token.children if c.dep_ not in OWN_CLAUSES)
    return False


def _date_head(span):
    """The word a date expression qualifies, through its preposition: "hikes (in) 2017"."""
    return span.root.head.head if span.root.head.dep_ == "prep" else span.root.head


def _attached_to_verb(span) -> bool:
    """Whether a date expression modifies a verb ("scheduled for Feb. 14"), not a noun."""
    return _date_head(span).pos_ in {"VERB", "AUX"}


def _modifiers(token) -> list:
    """The words that qualify a noun within its phrase ("6.0% expansion"), not its clauses
    ("disaster, in which 96 died")."""
    return [c for c in token.children if c.dep_ in {"nummod", "amod", "compound", "quantmod", "nmod"}]


def _future(span, before: str, words: DateWords) -> bool:
    """Whether what a date expression dates lies ahead: future tense, 'until', 'was set to'."""
    onward = words.onward_before.search(before)
    if onward and not _ends_on_a_date(before[: onward.start()]):
        return True  # not the end of a span of days: "Tuesday, March 10, through Thursday, March 12"
    verb = _verb(span)
    if (
        span.start > 0
        and span.doc[span.start - 1].lower_ in words.deadline_words
        and words.weekday.match(span.text.strip())
        and not any(t.morph.get("Tense") == ["Past"] for t in [verb, *verb.children] if t.dep_ != "xcomp")
    ):
        # "должна нормализоваться к понедельнику": a day to be reached; not "К пятнице все было готово"
        return True
    if (
        span.root.head.lemma_.lower() in words.future_nouns
        and not _past(verb, words)
        and not _told_past(verb)
    ):
        return True  # "выборы в марте"; not "за два дня до начала саммита, 12 июня, усилили охрану
    if (
        words.rescheduled_before is not None
        and verb.lemma_.lower() in words.rescheduling_verbs
        and words.rescheduled_before.search(before)
    ):
        return True  # "the election was postponed to October 2": the day it was moved to
    if (
        words.present_schedules
        and _scheduled_present(verb, span)
        and verb.lemma_.lower() not in words.speech_verbs
    ):
        return True
    # up through "when he travels" to "will become", "to dock" to "was set"; not above
    # reported speech, whose tense is its own ("he will say they attacked on Monday")
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "cop" and c.lower_ in words.future_auxiliaries for c in token.children):
            return True  # "Совещание будет в понедельник": the date is the predicate, its copula ahead
        if token.pos_ in {"VERB", "AUX"}:
            if token.lower_ in words.future_auxiliaries:
                # a future form of "be" as the verb or the copula, which the tagger may call present:
                # "в воскресенье будет матч", "в воскресенье будет игра"
                return True
            # a passive's auxiliary too: Russian "будет опубликована" hangs "будет" as auxpass
            if any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in words.future_auxiliaries for c in token.children
            ):
                return True
            # "..., что режим ЧП будет прекращен 11 мая": in a long sentence the parser may hang the
            # auxiliary right before the verb on another clause's verb; it is still this verb's
            before = token.doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.pos_ == "AUX" and before.lower_ in words.future_auxiliaries:
                return True
            if token.morph.get("Tense") == ["Fut"] and not _aside(token, words):
                return True  # a future form of its own: Russian "пройдут" (English has none)
            if token.lemma_.lower() in words.plan_verbs and token.morph.get("Tense") != ["Past"]:
                return True  # "Строительство планируется завершить в сентябре": a plan lies ahead
            # the data lists the participle ("scheduled"); the tagger's lemma is "schedule".
            # The date must time the verb itself: in "is expected to grow, against the July
            # forecast" July is when the forecast was made
            if (
                words.onward_verbs & {token.lemma_.lower(), token.lower_}
                and any(c.dep_ == "auxpass" for c in token.children)
                and _attached_to_verb(span)
            ):
                return True
        elif token.lower_ in words.onward_verbs and token.dep_ == "acomp" and token.head.lemma_ == "be":
            return True  # "are due to meet on Tuesday": the adjective of a schedule, as "is set to"
        if token.dep_ in {"ccomp", "parataxis", "ROOT"}:
            break
        if token.dep_ in {"relcl", "acl"} and token.tag_ == "VBD":
            break  # "will offer the lander that it unveiled in May": a relative clause's own past
    return False


def _aside(verb, words: DateWords) -> bool:
    """ "Напомним: ...", "Отметим, что ...": the writer's aside to the reader, a speech verb in the
    first person plural, whose future form tells nothing that lies ahead."""
    return (
        verb.lemma_.lower() in words.speech_verbs
        and verb.morph.get("Person") == ["1"]
        and verb.morph.get("Number") == ["Plur"]
    )


def _ends_on_a_date(text: str) -> bool:
    """Whether a calendar date ends the text (but for a comma)."""
    end = len(text.rstrip(" ,"))
    return any(match.end() >= end for match, _ in find_explicit(text))


def _scheduled_present(verb, span) -> bool:
    """A news story's present tense that a date times tells what is scheduled: "the show opens
    to the public on Friday", "the comment period ends Oct. 3"; what happened is told in the past."""
    return (
        verb.pos_ == "VERB"
        and verb.morph.get("Tense") == ["Pres"]
        and verb.morph.get("VerbForm") == ["Fin"]
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and _attached_to_verb(span)
    )


def _past(verb, words: DateWords) -> bool:
    return verb.tag_ == "VBD" and not any(c.lower_ in words.future_auxiliaries for c in verb.children)


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
