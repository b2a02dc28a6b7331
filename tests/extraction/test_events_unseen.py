"""English dates in shapes the dev articles rarely show but unseen articles do: a span restated
more precisely right after it, and "today's" meaning the present time rather than a day. The
sentences are made up for these tests, in the shapes English news writes them."""

from __future__ import annotations

from datetime import date

from tests.extraction.extractkit import brief


def dated(briefing) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for event in briefing.events:
        found.setdefault(event.date, []).append(event.text)
    return found


def test_a_span_restated_by_a_day_is_one_event_of_that_day(nlp, lexicon):
    visit = "The king will visit Egypt later this month, April 28-29."
    voted = "Last week, on Thursday, the board voted to replace its chairman."
    b = brief(nlp, lexicon, [visit, voted], published=date(2023, 4, 18))
    # not also "2023-04" for each: the span and the day are one date told twice
    assert dated(b) == {"2023-04-28": [visit], "2023-04-13": [voted]}


def test_a_month_restating_a_year_ahead_is_of_that_year(nlp, lexicon):
    festival = "The festival returns next year, on June 10 and 11, organisers said."
    summit = "The summit will take place later this year, in November, in Brazil."
    b = brief(nlp, lexicon, [festival, summit], published=date(2016, 9, 14))
    assert dated(b) == {"2017-06-10": [festival], "2016-11": [summit]}


def test_two_dates_of_two_happenings_stay_two_events(nlp, lexicon):
    fell = "The shares fell this month after the firm said on May 2 that profits had halved."
    b = brief(nlp, lexicon, [fell], published=date(2023, 5, 16))
    assert dated(b) == {"2023-05": [fell], "2023-05-02": [fell]}


def test_todays_as_the_present_time_dates_nothing(nlp, lexicon):
    drives = "Based on today's nine-platter hard drives, that means an 80TB drive is within reach."
    voters = "Many of today's young voters were not yet born when the Berlin Wall fell in 1989."
    standards = "Even by today's standards, the bridge was a marvel when it opened in 1932."
    headlines = "Get all the latest business news and today's headlines in one place."
    b = brief(nlp, lexicon, [drives, voters, standards, headlines], published=date(2020, 2, 7))
    assert dated(b) == {"1989": [voters], "1932": [standards]}


def test_todays_happening_is_dated_with_the_day(nlp, lexicon):
    vote = "Today's vote in the Senate ended in a 50-50 tie, leaving the bill stalled."
    announcement = "Today's announcement follows months of talks between the two firms."
    b = brief(nlp, lexicon, [vote, announcement], published=date(2025, 6, 12))
    assert dated(b) == {"2025-06-12": [vote, announcement]}


def test_todays_happening_in_the_plural_or_of_a_kind_the_first_list_lacked_is_dated(nlp, lexicon):
    # the list is of lemmas: "talks" is "talk"; a vigil, a ceasefire, an outage are happenings too
    talks = "Today's talks between the two delegations ended without agreement, officials said."
    vigil = "Hundreds gathered for today's vigil outside the school, police said."
    outage = "Today's outage left two million customers without power, the utility said."
    b = brief(nlp, lexicon, [talks, vigil, outage], published=date(2025, 6, 12))
    assert dated(b) == {"2025-06-12": [talks, vigil, outage]}
