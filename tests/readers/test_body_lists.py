"""Session 52: the body of text dumps whose headline stands right over the page's fields, and a
story's own lists in saved pages, told from other stories' teasers (issue 15). The pages are made
up for these tests."""

from __future__ import annotations

import pytest

from tests.readers.readkit import read


@pytest.mark.parametrize(
    ("headline", "fields", "story"),
    [
        (
            "Мэрия Томска закупит 20 новых трамваев",
            ["Транспорт", "14 мая 2024, 10:05"],
            [
                "Мэрия Томска подписала контракт на поставку 20 низкопольных трамваев.",
                "Первые вагоны придут на линии осенью, сообщил мэр.",
            ],
        ),
        (
            "Школы Екатеринбурга перевели на дистанционное обучение из-за морозов",
            ["Общество", "сегодня в 07:12", "3 комментария"],
            [
                "Занятия в школах Екатеринбурга для учеников 1-9 классов 18 января отменены.",
                "Старшеклассники учатся в обычном режиме.",
            ],
        ),
        (
            "Local bakery wins state award for sourdough",
            ["Business | 1,204 views"],
            [
                "A family bakery in Dayton won first prize in the Ohio bread competition.",
                "The bakery plans to open a second shop next year.",
            ],
        ),
        (
            "Train strike to disrupt commutes on Thursday",
            ["London, 7 March 2024 — PA"],
            [
                "Rail workers will walk out on Thursday in a dispute over pay, the union said.",
                "Services on six lines will be cancelled.",
            ],
        ),
    ],
)
def test_a_dumps_headline_over_its_fields_and_a_short_lead(tmp_path, lexicon, headline, fields, story):
    """A text dump with no blank line under its headline and a lead of a brief's length: the page's
    rubric, stamp and counter between them are not the story, and the first line is its title."""
    source = read(tmp_path, lexicon, "\n".join([headline, *fields, *story]) + "\n")
    assert source.title == headline
    assert source.paragraphs == story
