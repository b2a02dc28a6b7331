"""The pictures: the timeline strip opens on the events' period, at a phone's width too."""

from __future__ import annotations

import re

from generator.charts import event_period, timeline_svg
from generator.corpus import TimelineEntry
from generator.schema import Event
from tests.test_corpus import briefing


def month(iso: str) -> int:
    return int(iso[:4]) * 12 + int(iso[5:7]) - 1


def entries(dates: list[str]) -> list[TimelineEntry]:
    b = briefing("one")
    return [TimelineEntry(Event(date=d, text=f"Event of {d}.", ref="p1"), b) for d in dates]


AUTUMN = ["2022-09-21", "2022-10-10", "2022-10-11", "2022-10-17", "2022-10-20", "2022-10-31", "2022-11-03"]


def test_the_strip_opens_on_the_months_of_most_events_not_on_a_few_outliers():
    dates = ["2019-05", *AUTUMN, "2030-01"]
    assert event_period([month(d) for d in dates]) == (month("2022-09"), month("2022-11"))
    svg = timeline_svg(entries(dates))
    # both drawings, the wide and the phone's, start at September 2022 and leave 2019 and 2030 out
    labels = re.findall(r'class="chart-label">([^<]+)<', svg)
    assert labels.count("Sep 2022") == 2 and not any("2019" in x or "2030" in x for x in labels)
    assert svg.count('class="chart-mark"') == 2 * len(AUTUMN)
    assert "The strip shows September 2022 to November 2022, where 7 of the 9 events" in svg


def test_events_spread_evenly_are_all_drawn_without_a_note():
    dates = ["2022-01-05", "2022-04-02", "2022-08-09", "2022-12-01"]
    assert event_period([month(d) for d in dates]) == (month("2022-01"), month("2022-12"))
    svg = timeline_svg(entries(dates))
    assert "chart-note" not in svg and svg.count('class="chart-mark"') == 8


def test_events_just_before_the_busy_months_belong_to_their_period():
    # the samples: two events of November 2021 before a February-to-October 2022 run
    busy = ["2022-02", "2022-03", "2022-04", "2022-04", "2022-05", "2022-08", "2022-09", *["2022-10"] * 8]
    dates = ["1995-03", "2021-11", "2021-11", *busy, "2030-01"]
    assert event_period([month(d) for d in dates]) == (month("2021-11"), month("2022-10"))
