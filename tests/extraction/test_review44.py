"""Review of session 44: organisations dropped as a site's appeal, fractions of a scale word."""

from __future__ import annotations

import pytest

from tests.extraction.extractkit import brief


@pytest.mark.parametrize(
    ("paragraph", "platform"),
    [
        (
            "The US Federal Trade Commission fined Facebook $5 billion in 2019 over privacy violations.",
            "Facebook",
        ),
        (
            "Governor Oleh Syniehubov wrote on Telegram that US-made missiles had hit the city overnight.",
            "Telegram",
        ),
    ],
)
def test_a_platform_in_a_sentence_that_names_the_us_is_the_storys(nlp, lexicon, paragraph, platform):
    """ "US" in capitals is the country, not the site's "us" to its reader: the platform the story
    names stays among its organisations."""
    b = brief(nlp, lexicon, [paragraph])
    assert platform in {o.name for o in b.organisations}


def test_a_quarter_of_a_million_is_250_000(nlp, lexicon):
    """The data's own example of a scale fraction ("a quarter of a million") is read as a number."""
    b = brief(
        nlp,
        lexicon,
        ["Nearly a quarter of a million soldiers have been killed or wounded, the report found."],
    )
    assert 250_000 in {f.value for f in b.figures}
    assert 1_000_000 not in {f.value for f in b.figures}
