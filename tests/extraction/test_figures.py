"""Figures: what a number counts, its unit, range and claimant."""

from __future__ import annotations

import pytest

from tests.extraction.extractkit import brief


def test_a_sum_that_counts_nothing_named_counts_its_money(nlp, lexicon):
    b = brief(nlp, lexicon, ["He said he has spent Rs 24 lakh in the four attempts."])
    money = next(f for f in b.figures if f.value == 2_400_000)
    assert money.unit == "INR" and money.counts is not None and "lakh" in money.counts


def test_sums_of_money_in_short_form_are_figures_with_their_currency(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Net profit rose 11% to S$11.4b, the bank said, and it set aside S$32m for bonuses.",
            "Card fees were S$644m, and the group raised $1.2 bn from bonds in 2024.",
        ],
    )
    figures = {(f.value, f.unit) for f in b.figures}
    assert {(11.4e9, "SGD"), (32e6, "SGD"), (644e6, "SGD"), (1.2e9, "USD"), (11, "percent")} <= figures
    assert not {o.name for o in b.organisations} & {"S$11.4b", "S$644m"}


def test_temperatures_are_figures_in_their_scale(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The warming of the planet by 1.2°C since the Industrial Revolution is a concern.",
            "October was 1.7 degrees Celsius warmer than average, and 35 degrees Fahrenheit at night.",
        ],
    )
    figures = {(f.value, f.unit): f.counts for f in b.figures}
    assert {(1.2, "°C"), (1.7, "°C"), (35, "°F")} <= set(figures)
    assert figures[(1.2, "°C")] != "C"  # the scale's letter is the unit, not what is counted


def phone_figures(nlp, lexicon) -> list:
    line = "Contact: 624-6456; 225-8452; 225-8458; 225-8463; 225-8465; 225-8473 or 225-8491."
    b = brief(nlp, lexicon, [line])
    return b.figures


def test_figures_words_ranges_qualifiers_and_claimants(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "According to the ministry, up to 4,000 soldiers and about two hundred tanks took part.",
            "Between 3,000 and 5,000 civilians fled, while 12% of residents stayed, the mayor said.",
            "In 2014 the plant produced more than 1,200 tons of steel on March 3.",
        ],
    )
    figures = {(f.value, f.low, f.high): f for f in b.figures}
    soldiers = figures[(4000, None, None)]
    assert soldiers.qualifier == "up to" and "soldiers" in soldiers.counts
    tanks = figures[(200, None, None)]
    assert tanks.qualifier == "about" and "tanks" in tanks.counts
    assert (None, 3000, 5000) in figures and "civilians" in figures[(None, 3000, 5000)].counts
    assert figures[(12, None, None)].unit == "percent"
    steel = figures[(1200, None, None)]
    assert steel.unit == "tons" and steel.qualifier == "more than" and steel.counts == "steel"
    # years and days of the month are dates, not figures; nor are telephone numbers
    assert not phone_figures(nlp, lexicon)
    assert (2014, None, None) not in figures and (3, None, None) not in figures


def test_counted_subjects_and_ages_are_figures_but_lengths_and_points_in_time_are_not(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The talks lasted six hours. The city fell after an 18-month siege.",
            "It blamed fans for the stadium disaster in which 96 died.",
            "Nine people were killed in the past 24 hours, two years ago a similar strike hit the town.",
            "A 45-year-old man was arrested.",
        ],
    )
    figures = {(f.value, f.unit): f for f in b.figures}
    assert figures[(96, None)].counts == "died"
    assert figures[(45, "years")].counts == "age"
    # a length of time is no quantity an analyst compares (ANNOTATION.md), nor is a window
    # ("the past 24 hours") or a time ago
    assert set(figures) == {(96, None), (9, None), (45, "years")}


def test_house_numbers_and_days_of_a_month_are_not_figures(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Officers were called to 780 E. Pyle Ave and to 8600 Old Frederick Road, where 12 "
            "officers and 5 Russian tanks were seen, the police said on 26 Dec.",
            "27.02.2026 - Update : 27.02.2026",  # a page's date line, its numbers read as decimals
        ],
    )
    values = sorted(f.value for f in b.figures if f.value is not None)
    assert values == [5, 12]


def test_ages_are_figures_of_whom_they_describe(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Maria Lopez, 52, runs the shelter with her three-month-old daughter and a man aged 70.",
            "She banks with the 140-year-old lender Harlow Mutual.",
        ],
    )
    figures = {(f.value, f.unit): f for f in b.figures}
    assert figures[(140, "years")].counts == "age"  # an institution's age may pass a lifetime
    assert figures[(52, "years")].counts == "age" and figures[(52, "years")].subject == "Maria Lopez"
    assert figures[(3, "months")].counts == "age" and figures[(3, "months")].subject == "daughter"
    assert figures[(70, "years")].counts == "age"


def test_ranges_keep_both_ends_and_what_they_count(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "Officials said 4,000 to 6,000 soldiers crossed the river.",  # three entities
            "Mortgage rates could climb to five or six per cent.",
            "The policy rate sits in a range of between 0.25 percent and 0.5 percent.",
        ],
    )
    ranges = {(f.low, f.high): f for f in b.figures}
    assert ranges[(4000, 6000)].counts == "soldiers"
    assert ranges[(5, 6)].unit == "percent" and ranges[(0.25, 0.5)].unit == "percent"
    # the far end of a range is not a figure of its own
    assert [f.value for f in b.figures] == [None, None, None]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "counts"),
    [
        # the model makes one entity of both ends
        ("The group numbers 4,000 to 6,000 soldiers.", 4000, 6000, "soldiers"),
        ("Belarus' special forces, estimated at 4,000-6,000 men, play an important role.", 4000, 6000, "men"),
        ("Between 4,000 and 6,000 soldiers were deployed.", 4000, 6000, "soldiers"),
        ("There are four to six soldiers at the post.", 4, 6, "soldiers"),
        # ... or ends its entity with the word between them ('40 to' and '60')
        ("Russia keeps 40 to 60 soldiers.", 40, 60, "soldiers"),
        # ... or leaves the low end out of every entity
        ("According to Kyiv, 4000 to 6000 Russian soldiers.", 4000, 6000, "Russian soldiers"),
        # a scale after the high end is the low end's too
        ("Officials said 4 to 6 million people fled.", 4_000_000, 6_000_000, "people"),
        ("Officials said two to three million people fled.", 2_000_000, 3_000_000, "people"),
        ("Officials said 800 to 1.2 million people fled.", 800, 1_200_000, "people"),
    ],
)
def test_a_range_is_one_figure_with_both_ends_however_the_model_cuts_it(
    nlp, lexicon, sentence, low, high, counts
):
    b = brief(nlp, lexicon, [sentence])
    assert [(f.value, f.low, f.high, f.counts) for f in b.figures] == [(None, low, high, counts)]


def test_a_number_without_a_noun_counts_what_the_sentence_measures(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The regional caseload is nearly 12,000, the ministry said.",
            "The number of refugees in the camp reached 35,000 in May.",
            "Canada reported 3,400 cases and Mexico 2,900.",
            "The blast killed 14 and wounded 30.",
            "The town's population has shrunk and is now estimated at 8,500.",
        ],
    )
    assert {f.value: f for f in b.figures}[8500].counts == "population"
    figures = {f.value: f for f in b.figures}
    assert figures[12000].counts == "regional caseload" and figures[12000].qualifier == "nearly"
    assert figures[35000].counts == "refugees" and figures[35000].subject == "refugees in the camp"
    assert figures[2900].counts == "cases" and figures[2900].subject == "Mexico"
    assert figures[14].counts == "killed" and figures[30].counts == "wounded"


def test_the_subject_says_whose_or_where_and_counts_of_ideas_are_not_figures(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "About 2,000 Russian troops in Belarus joined the drills.",
            "The minister named three main factors and five key strengths of the economy.",
            "The station houses a six-member crew, and the five permanent members met on Monday.",
        ],
    )
    figures = {f.value: f for f in b.figures}
    assert figures[2000].counts == "Russian troops" and figures[2000].subject == "Russian troops in Belarus"
    assert 3 not in figures and 5 in figures and figures[5].counts == "permanent members"
    assert "crew" in figures[6].counts


def test_times_names_conversions_and_fractions_are_not_figures(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The ruling cited Articles 370 and 35A and was read at 3:55pm on the Rossiya 24 channel.",
            "A curfew starts at 21:00 local time.",
            "The summit runs on October 11 and 13, and the road is two-thirds of the way done.",
            "The debris fell 190 kilometers (118 miles) from the city.",
        ],
    )
    assert [(f.value, f.unit) for f in b.figures] == [(190, "km")]


def test_scale_words_multiply_exactly(nlp, lexicon):
    b = brief(
        nlp,
        lexicon,
        [
            "The state plans to spend Rs 7.5 lakh crore and create 20 lakh jobs on 8,000 acres.",
            "Companies earned $16.1 trillion in revenue.",
        ],
    )
    figures = {f.value: f for f in b.figures}
    assert figures[7_500_000_000_000].unit == "INR"
    assert figures[2_000_000].counts == "jobs"
    assert figures[8000].unit == "acres"
    assert figures[16_100_000_000_000].unit == "USD"
