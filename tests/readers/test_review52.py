"""Headers a second read of session 52's merges found misread. The pages are made up."""

from __future__ import annotations

from tests.readers.readkit import read

BODY = (
    "The government signed the contract on Monday, the transport ministry said, in the largest such "
    "agreement in the country's history, and work is due to start before the end of the year."
)


def test_a_headline_that_opens_with_a_sum_is_the_title(tmp_path, lexicon):
    for headline in ("$4bn deal for port expansion signed in Mombasa", "€2m fine for bank over laundering"):
        text = f"{headline}\n\nBy Peter Otieno\n\nMarch 4, 2024\n\n{BODY}\n"
        source = read(tmp_path, lexicon, text)
        assert source.title == headline
        assert source.authors == ["Peter Otieno"]
