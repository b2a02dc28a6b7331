"""Reading dates the way news text writes them."""

from __future__ import annotations

from datetime import date

import pytest

from generator.dates import (
    PartialDate,
    closest_year,
    find_explicit,
    parse_date_line,
    reading_in,
    weekday_date,
    year_near,
)

MONDAY, TUESDAY, FRIDAY, SUNDAY = 0, 1, 4, 6
TUESDAY_OCT_11 = date(2022, 10, 11)


# --- parse_date_line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("October 11, 2022", date(2022, 10, 11)),
        ("Oct. 11, 2022", date(2022, 10, 11)),
        ("October 11th, 2022", date(2022, 10, 11)),
        ("Wednesday, 26 January 2022", date(2022, 1, 26)),
        ("Updated 10:07 PM EDT, Mon August 8, 2022", date(2022, 8, 8)),
        ("17 February 2022, 15:41", date(2022, 2, 17)),
        ("2022-10-11", date(2022, 10, 11)),
        ("Published: 11.10.2022", date(2022, 10, 11)),
        ("Posted on October 11, 2022 at 9:30 am", date(2022, 10, 11)),
        ("Mon, 10 Oct 2022 14:00 GMT", date(2022, 10, 10)),
        ("  October 11, 2022  ", date(2022, 10, 11)),
        # first publication and update: the first
        ("November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm", date(2019, 11, 19)),
        ("2022-04-19T20:39:25", date(2022, 4, 19)),  # a machine timestamp
        ("2020-11-19T06:06:00.000+02:00", date(2020, 11, 19)),  # with milliseconds and its zone
        ("Updated 2:31 PM ET, Tue Dec 15, 2015", date(2015, 12, 15)),
        ("Wed 9 Mar 2022", date(2022, 3, 9)),
        ("Posted: Thursday, April 21, 2022. 10:11 pm CST.", date(2022, 4, 21)),  # stops between items
        ("2025-10-03T10:40:47.000Z", date(2025, 10, 3)),  # in universal time
        ("27.02.2026 - Update : 27.02.2026", date(2026, 2, 27)),
        ("2022/04/19 21:01", date(2022, 4, 19)),  # year first, with slashes
        ("13/11/2023 02:00pm GMT", date(2023, 11, 13)),  # the day first: 13 is no month
        ("11/13/2023", date(2023, 11, 13)),  # the month first: 13 is no month
    ],
)
def test_date_line_forms_are_read(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The troops arrived on October 11, 2022.",  # a sentence that contains a date
        "Lukashenko said on October 11, 2022 that troops would come",
        "Kyiv, October 11, 2022 and October 12, 2022",  # two dates
        "October 2022",  # no day: not a publication day
        "October 11",  # no year
        "February 30, 2022",  # no such day
        "February 29, 2023",  # nor this one, in a year that is not a leap year
        "2022-13-01",  # no such month
        "November 19, 2019 | October 2019",  # a second date without a day
        "By Jane Doe October 11, 2022 | Updated October 12, 2022",  # a byline before the dates
        "October 11, 2022" + " |" * 42 + "|",  # 101 characters: no date line is that long
        "Monday",
        "",
        "02/11/2023 02:00pm GMT",  # 2 November or February 11: no date rather than a wrong one
        "https://example.com/2022/04/19/story",  # a web address's folders
        "13/13/2023",
    ],
)
def test_lines_that_are_not_a_single_full_date_are_rejected(line):
    assert parse_date_line(line) is None


# --- find_explicit -----------------------------------------------------------------------------


def test_find_explicit_keeps_the_precision_the_text_gives():
    text = "Signed on 8 December 1991, the treaty failed in November 2021; on October 31, talks resumed."
    found = [(match.group(), parsed) for match, parsed in find_explicit(text)]
    assert found == [
        ("8 December 1991", PartialDate(1991, 12, 8)),
        ("November 2021", PartialDate(2021, 11, None)),
        ("October 31", PartialDate(None, 10, 31)),
    ]
    assert [parsed.iso() for _, parsed in found] == ["1991-12-08", "2021-11", None]


def test_partial_date_iso_for_year_month_and_day_precision():
    assert PartialDate(1999).iso() == "1999"
    assert PartialDate(2021, 11).iso() == "2021-11"
    assert PartialDate(2022, 10, 31).iso() == "2022-10-31"
    assert PartialDate(None, 10, 31).iso() is None  # a year the text does not give is not invented


def test_partial_date_is_a_calendar_date_only_when_complete():
    assert PartialDate(2022, 10, 31).as_date() == date(2022, 10, 31)
    assert PartialDate(2021, 11).as_date() is None
    assert PartialDate(None, 10, 31).as_date() is None


def test_find_explicit_does_not_count_a_full_date_twice():
    found = find_explicit("On March 5, 2022 and again on March 6 the drills went on.")
    assert [parsed for _, parsed in found] == [PartialDate(2022, 3, 5), PartialDate(None, 3, 6)]


def test_find_explicit_ignores_numbers_that_are_not_dates():
    assert find_explicit("The 2,000 soldiers and 600 tanks of the 2nd brigade.") == []


def test_find_explicit_rejects_impossible_days():
    assert find_explicit("on February 30, 2022 and on 31 April") == []


# --- closest_year, year_near -------------------------------------------------------------------


def test_closest_year_is_in_the_past_by_default():
    assert closest_year(12, 28, date(2022, 10, 11)) == 2021
    assert closest_year(10, 10, date(2022, 10, 11)) == 2022
    assert closest_year(10, 11, date(2022, 10, 11)) == 2022  # the reference day itself


def test_a_date_line_of_100_characters_is_read():
    line = "October 11, 2022" + " |" * 42
    assert len(line) == 100 and parse_date_line(line) == date(2022, 10, 11)
    assert parse_date_line("February 29, 2024") == date(2024, 2, 29)


def test_no_date_is_found_where_the_calendar_has_none():
    assert find_explicit("on February 29, 2023") == [] and find_explicit("2022-13-01") == []


def test_the_29th_of_february_without_a_year_is_a_date():
    [(_, parsed)] = find_explicit("The treaty was signed on 29 February.")
    assert parsed == PartialDate(None, 2, 29)


def test_closest_year_for_a_month_without_a_day():
    assert closest_year(10, None, date(2022, 10, 11)) == 2022
    assert closest_year(11, None, date(2022, 10, 11)) == 2021


def test_closest_year_future_is_the_next_occurrence():
    assert closest_year(2, 10, date(2022, 1, 26), future=True) == 2022
    assert closest_year(1, 5, date(2022, 10, 11), future=True) == 2023
    assert closest_year(10, 11, date(2022, 10, 11), future=True) == 2022
    assert closest_year(10, None, date(2022, 10, 11), future=True) == 2022  # later this month


def test_closest_year_for_february_29_is_a_leap_year():
    assert closest_year(2, 29, date(2023, 3, 1)) == 2020
    assert closest_year(2, 29, date(2023, 3, 1), future=True) == 2024


def test_a_month_is_this_years_from_its_first_day_and_until_its_last():
    assert closest_year(10, None, date(2022, 10, 1)) == 2022  # "in October", written on 1 October
    assert closest_year(10, None, date(2022, 10, 31), future=True) == 2022  # "in October" still to come
    assert closest_year(10, None, date(2022, 11, 1), future=True) == 2023
    assert closest_year(10, None, date(2022, 11, 15), future=True) == 2023
    assert closest_year(12, None, date(2022, 12, 31), future=True) == 2022
    assert closest_year(12, None, date(2022, 11, 15), future=True) == 2022  # "in December", to come


def test_a_day_in_future_tense_already_past_this_year_is_next_years():
    assert closest_year(2, 10, date(2022, 2, 20), future=True) == 2023


def test_a_yearless_date_in_an_undated_text_is_the_last_one_by_the_texts_own_time():
    anchor = PartialDate(2023, 11, 2)  # "November 2, 2023", a post's date: the text's own time
    assert year_near(10, 7, anchor, own_time=True) == 2023  # "October 7": not the one after
    assert year_near(11, 2, anchor, own_time=True) == 2023
    assert year_near(11, 5, anchor, own_time=True) == 2022  # after the anchor's day: last year's
    assert year_near(11, 5, anchor, future=True, own_time=True) == 2023  # ahead: the next one


def test_a_yearless_date_comes_after_a_reference_back():
    anchor = PartialDate(2022, 10, 11)  # a cited report's date, or "in October 2022"
    assert year_near(12, 28, anchor) == 2022
    assert year_near(10, 11, anchor) == 2022
    assert year_near(2, 10, anchor) == 2023
    assert year_near(10, 5, anchor) == 2023  # the anchor's month, but before its day
    assert year_near(10, None, anchor) == 2022  # the month that contains the anchor
    assert year_near(2, 10, PartialDate(2022)) == 2022  # the anchor gives only a year
    assert year_near(2, 10, PartialDate(None, 10, 11)) is None  # no year to count from


# --- weekday_date ------------------------------------------------------------------------------


def test_weekday_before_the_reference():
    assert TUESDAY_OCT_11.weekday() == TUESDAY
    assert weekday_date(MONDAY, TUESDAY_OCT_11) == date(2022, 10, 10)
    assert weekday_date(SUNDAY, TUESDAY_OCT_11) == date(2022, 10, 9)
    assert weekday_date(FRIDAY, TUESDAY_OCT_11) == date(2022, 10, 7)


def test_same_weekday_as_the_reference_is_that_day():
    assert weekday_date(TUESDAY, TUESDAY_OCT_11) == TUESDAY_OCT_11


def test_weekday_in_future_tense_is_after_the_reference():
    assert weekday_date(FRIDAY, TUESDAY_OCT_11, future=True) == date(2022, 10, 14)
    assert weekday_date(MONDAY, TUESDAY_OCT_11, future=True) == date(2022, 10, 17)
    assert weekday_date(TUESDAY, TUESDAY_OCT_11, future=True) == date(2022, 10, 18)


def test_a_month_in_lower_case_at_a_sentences_end_is_no_date_with_the_next_sentences_day():
    # Russian writes the day first and the month in lower case: "марта. 12" is two sentences
    text = "Их нашли в начале марта. 12 марта премьер-министр заявила, что они были отравлены."
    assert [(m.group(), p) for m, p in find_explicit(text)] == [("12 марта", PartialDate(None, 3, 12))]
    # a month written first, as English writes it, still takes its day
    assert [p for _, p in find_explicit("On March 12 she spoke.")] == [PartialDate(None, 3, 12)]


def test_a_machines_timestamp_inside_a_line_is_its_date():
    found = find_explicit("By Jane Doe - Staff Writer 2019-11-18T23:30:00Z Health")
    assert [parsed for _, parsed in found] == [PartialDate(2019, 11, 18)]
    assert found[0][0].group() == "2019-11-18"  # where the line writes it


# --- Twelfth session: the nearer of two years, a month after a reference back -----------------
# (tests/MUTANTS.md, twelfth session: closest_year's `nearest` was reached by no test of this file)


def test_a_yearless_date_said_with_no_tense_is_whichever_occurrence_is_nearer():
    # "on January 5" in a text of 20 December 2023 is two weeks ahead, not a year back
    assert closest_year(1, 5, date(2023, 12, 20), nearest=True) == 2024
    # "on December 28" in a text of 10 January 2024 is two weeks back
    assert closest_year(12, 28, date(2024, 1, 10), nearest=True) == 2023
    # "on June 1" in a text of 10 December 2023: 174 days to the next, 192 since the last
    assert closest_year(6, 1, date(2023, 12, 10), nearest=True) == 2024
    # exactly halfway (183 days either side of 31 August 2023, 2024 a leap year): the one past
    assert closest_year(3, 1, date(2023, 8, 31), nearest=True) == 2023
    # a month alone counts from its last day back and its first day ahead: "in June", said on
    # 16 December 2023, is 169 days since 30 June and 168 to 1 June; a day earlier, 168 and 169
    assert closest_year(6, None, date(2023, 12, 16), nearest=True) == 2024
    assert closest_year(6, None, date(2023, 12, 15), nearest=True) == 2023


def test_a_month_after_a_reference_back_with_no_day_is_in_the_year_it_next_comes():
    assert year_near(2, None, PartialDate(2022, 10, 11)) == 2023  # "in February" after "October 11, 2022"
    anchor = PartialDate(2021, 11)  # "the doctrine adopted in November 2021"
    assert year_near(3, 12, anchor) == 2022  # "on March 12": the March after it
    assert year_near(12, 1, anchor) == 2021
    assert year_near(11, 30, anchor) == 2021


def test_a_slashed_date_with_twelve_as_its_month_is_read_either_way_round():
    # 12 is a month, so the part over 12 is the day: London's and New York's order of one day
    for text in ("Posted 25/12/2023.", "Posted 12/25/2023."):
        assert [parsed for _, parsed in find_explicit(text)] == [PartialDate(2023, 12, 25)]


# Session 48, other languages


@pytest.mark.parametrize(
    ("language", "line", "day"),
    [
        ("ar", "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", date(2020, 12, 1)),  # Arabic-Indic digits, day first
        ("hi", "१५/०३/२०२४", date(2024, 3, 15)),  # Devanagari digits
        ("de", "02/11/2023", date(2023, 11, 2)),
        ("da", "02/02/2025 KL. 09:00", date(2025, 2, 2)),
    ],
)
def test_a_page_in_a_language_without_a_pipeline_reads_its_numeric_dates_day_first_in_any_digits(
    language, line, day
):
    """Every language without a pipeline writes the day before the month; Arabic and Hindi pages
    write their own digits. English writes either order, and an ambiguous one stays unread there."""
    with reading_in(language):
        assert parse_date_line(line) == day
    assert parse_date_line("02/11/2023") is None


def test_a_year_in_arabic_indic_digits_is_a_year_in_any_page():
    assert parse_date_line("2020-12-01") == date(2020, 12, 1)
    assert parse_date_line("٢٠٢٠-١٢-٠١") == date(2020, 12, 1)


# Session 49, mutants (tests/MUTANTS.md): a page in a language with no dates.yaml of its own reads
# its months and weekdays from dateparser's tables (dates._dateparser_calendar)

_POLISH_MONTHS = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)


@pytest.mark.parametrize(("month", "name"), list(enumerate(_POLISH_MONTHS, start=1)))
def test_a_polish_page_reads_each_month_by_its_polish_name(month, name):
    # Polish has no dates.yaml here: every month's name is dateparser's, and each is its own month
    with reading_in("pl"):
        assert parse_date_line(f"12 {name} 2024") == date(2024, month, 12)


@pytest.mark.parametrize(
    "line",
    [
        "poniedziałek, 12 lutego 2024",
        "wtorek, 13 lutego 2024",
        "środa, 14 lutego 2024",
        "czwartek, 15 lutego 2024",
        "piątek, 16 lutego 2024",
        "sobota, 17 lutego 2024",
        "niedziela, 18 lutego 2024",
    ],
)
def test_a_polish_date_line_opening_with_its_weekday_is_a_date_line(line):
    # the weekday's name is no text beside the date: the line is the page's date, whichever day
    with reading_in("pl"):
        assert parse_date_line(line) == date(2024, 2, int(line.split()[1]))


def test_a_danish_date_line_with_the_short_weekday_and_a_short_month_is_read():
    # "Søn." and "maj" are three letters: a name as much as "søndag" and "januar" are
    with reading_in("da"):
        assert parse_date_line("Søn. 12. maj 2024") == date(2024, 5, 12)


def test_two_dates_in_a_polish_sentence_are_both_read_in_their_order():
    # the later date is the longer one: the dates come in the order written, not by length
    with reading_in("pl"):
        found = find_explicit("Obrady z 2 marca 2024 roku przeniesiono na 14 października 2024 roku.")
    assert [parsed for _, parsed in found] == [PartialDate(2024, 3, 2), PartialDate(2024, 10, 14)]


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("pl", "12 marca 2024 r.", date(2024, 3, 12)),
        ("pl", "wtorek, 13 lutego 2024 r., 14:35", date(2024, 2, 13)),
        ("da", "d. 12. maj 2024 kl. 14.35", date(2024, 5, 12)),
        ("nb", "d. 3. juni 2023 kl. 09.15", date(2023, 6, 3)),
    ],
)
def test_an_abbreviation_a_language_writes_beside_its_dates_is_no_text_on_the_date_line(
    language, line, expected
):
    # Polish writes "r." (roku, "of the year") after the year, Danish and Norwegian "d." (den) before
    # the day and "kl." (klokken) before the time: dateparser's tables skip them, and a date line
    # holding them is the page's date, as one without them is
    with reading_in(language):
        assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mon January 15, 2024 · 4 min read",
        "January 15, 2024 | 1,284 views",
        "January 15, 20242:14 PM UTCUpdated ago",  # a year and a time run together by the browser
        "Jan 15, 20245 mins",
    ],
)
def test_a_date_line_with_its_reading_time_or_its_views_is_a_date_line(line):
    assert str(parse_date_line(line)) == "2024-01-15"


def test_a_date_line_with_other_words_is_no_date_line():
    assert parse_date_line("January 15, 2024 3 killed in crash") is None


@pytest.mark.parametrize(
    "line",
    [
        "15.01.2024 в 18:02, просмотров: 8215",  # the count after its word
        "15 января 2024, 09:15 | Происшествия | 👁 1 532",  # the section, a counter's icon
        "15 января 2024 в 09:30 · Общество · 1 187 просмотров",
        "04:42 15.01.2024 7265",  # a bare count after the time: the page's views
        "15 января 2024, 10:12 | 1 845",
        "January 15, 2024 10:12 AM | World news | 💬 87",
    ],
)
def test_a_page_stamp_with_its_section_and_counters_is_a_date_line(line):
    # the line under a headline that a Russian page prints: read as the date line, it gives the
    # page's date and is taken out of the story
    assert str(parse_date_line(line)) == "2024-01-15"


@pytest.mark.parametrize(
    "line",
    [
        "January 15, 2024 | Jane Doe | 3 min read",  # a byline between the bars: no section
        "15 января 2024 года 12 человек",  # a count of something else
        "15 января 2024 12",  # a number with no time before it
    ],
)
def test_a_date_line_with_a_name_or_a_bare_number_is_no_page_stamp(line):
    assert parse_date_line(line) is None


# Session 52, date lines of languages without a pipeline


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (None, "2024.03.31 19:59"),  # the year first, with stops: Lithuanian, Chinese pages
        ("ko", "2024. 3. 31. 19:59"),  # spaced, a stop after the day: Korean
        ("hu", "2024. 03. 31. 19:59"),
        ("cs", "31. 3. 2024 19:59"),  # day first, spaced: Czech, Slovak
        ("hu", "2024. március 31. 19:59"),  # the year first before the month's name
        ("lt", "Nuomonės2024.03.31 19:59"),  # the section's name run into the date
        ("pl", "Wiadomości31 marca 2024, 19:59"),
        ("hu", "Belföld2024. március 31. vasárnap 19:59"),
    ],
)
def test_a_year_first_or_spaced_date_line_and_one_with_its_section_glued_on_is_read(language, line):
    # a page's stamp as these sites print it; read, it dates the page and leaves the story
    with reading_in(language):
        assert parse_date_line(line) == date(2024, 3, 31)


@pytest.mark.parametrize(
    "line",
    [
        "Version 2024.3.1 released",  # no date line: words around the numbers
        "2024.13.31",  # no thirteenth month
        "Covid19 cases",  # a word run into a number that no date follows
    ],
)
def test_a_stopped_number_or_a_word_run_into_digits_is_no_date_line(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "text",
    [
        "JetBrains released PyCharm 2024.3.1 on Tuesday, fixing a crash on startup.",
        "Home Assistant 2023.12.4 brought the new energy dashboard.",
        "Firmware 2024.1.15 is rolling out to every car.",
    ],
)
def test_a_year_first_version_number_in_a_sentence_is_no_date(text):
    # a calendar-named release ("2024.3.1") is no day: the story's events would date it
    assert find_explicit(text) == []


@pytest.mark.parametrize("text", ["Frissítve: 2024.03.31 19:59", "입력 2024. 3. 31. 19:59"])
def test_a_year_first_date_padded_or_spaced_is_still_found(text):
    assert [parsed.day for _, parsed in find_explicit(text)] == [31]
