"""English dates counted from the time of writing or from another date, with words the model
leaves out or that make the count approximate; and years of a share or a sum, no happening.
The sentences are made up for these tests, in the shapes English news writes them."""

from __future__ import annotations

from datetime import date

from tests.extraction.extractkit import brief


def dated(briefing) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for event in briefing.events:
        found.setdefault(event.date, []).append(event.text)
    return found


def test_an_approximate_count_back_dates_as_far_as_it_can_tell(nlp, lexicon):
    selected = "The agency selected the first nine firms nearly a year ago."
    arrested = "Police in the city a few days ago arrested 27 men in a raid."
    broke = "The two countries broke off relations more than a year ago."
    returned = "She came back to the industry several years ago after working in tech."
    b = brief(nlp, lexicon, [selected, arrested, broke, returned], published=date(2020, 5, 23))
    # a few days: the month, not a guessed day; several years: no year can be told
    assert dated(b) == {"2019": [selected, broke], "2020-05": [arrested]}


def test_a_count_ahead_of_publication_dates_what_lies_ahead(nlp, lexicon):
    away = "With the inauguration just a month away, the bank raised its outlook."
    vote = "Parliament will vote on the budget in three days."
    built = "The company built the bridge in three years."
    b = brief(nlp, lexicon, [away, vote, built], published=date(2016, 12, 15))
    # "in three years" in the past is a length of time, no date
    assert dated(b) == {"2017-01": [away], "2016-12-18": [vote]}


def test_last_weekday_the_day_after_it_is_the_week_befores(nlp, lexicon):
    paused = "Last Monday, the president agreed to pause the tariffs."
    left = "Relatives said he left home on Thursday last to go hunting."
    signed = "On Monday, the president signed the proclamation."
    tuesday = brief(nlp, lexicon, [paused, signed], published=date(2025, 2, 11))
    assert dated(tuesday) == {"2025-02-03": [paused], "2025-02-10": [signed]}
    friday = brief(nlp, lexicon, [left], published=date(2022, 5, 6))
    assert dated(friday) == {"2022-04-28": [left]}


def test_a_count_from_a_dated_happening_dates_the_sentences_own(nlp, lexicon):
    arrested = "The woman was arrested at the hospital the day after the Dec. 30 shooting."
    detained = "Two days before the Feb. 24 vote, the opposition leader was detained."
    b = brief(nlp, lexicon, [arrested, detained], published=date(2021, 3, 2))
    events = dated(b)
    assert events["2020-12-31"] == [arrested] and events["2020-12-30"] == [arrested]
    assert events["2021-02-22"] == [detained] and events["2021-02-24"] == [detained]


def test_the_year_of_a_share_or_of_a_figures_count_is_no_happening(nlp, lexicon):
    tourism = (
        "Tourism is critical to the economy, accounting for 15 percent of its gross domestic "
        "product in 2013, according to the tourism council."
    )
    remittances = "Remittances made up nearly a third of the country's economy in 2019."
    farming = "Agriculture employs about 40 percent of the workforce, according to 2017 figures."
    bombing = "In 2002, militants killed more than 20 people in a car bombing outside a synagogue."
    b = brief(nlp, lexicon, [tourism, remittances, farming, bombing], published=date(2020, 7, 8))
    assert dated(b) == {"2002": [bombing]}


def test_a_range_of_days_is_dated_by_its_first_not_taken_for_a_count(nlp, lexicon):
    # the model may leave the last day out of the date ("between October 11 and" + "13"): that
    # number is the range's end, not a count that makes the range a measure's period
    visit = "The president's visit to Japan is expected between October 11 and 13, officials said."
    b = brief(nlp, lexicon, [visit], published=date(2019, 10, 9))
    assert dated(b) == {"2019-10-11": [visit]}


def test_a_weekday_last_week_is_of_the_calendar_week_before(nlp, lexicon):
    # "Monday last week" in a text of a Thursday is ten days back; the last Monday, three days
    # back, is this week's
    met = "The minister met the envoy on Monday last week."
    collapsed = "The talks collapsed on Tuesday last week, officials said."
    b = brief(nlp, lexicon, [met, collapsed], published=date(2024, 5, 16))
    assert dated(b) == {"2024-05-06": [met], "2024-05-07": [collapsed]}
