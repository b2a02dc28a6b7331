"""Review of session 46: a page's author tag whose placeholder or profile address follows a
name after a comma or "and"."""

from __future__ import annotations

import pytest

from tests.readers.test_html_page import authors_of_page


@pytest.mark.parametrize(
    ("author", "people"),
    [
        ("Jane Doe, False", ["Jane Doe"]),  # a CMS's empty value written out, after a comma
        ("Jane Doe and Admin", ["Jane Doe"]),  # the account that posted it, joined by "and"
        ("Jane Doe, https://twitter.com/janedoe", ["Jane Doe"]),  # the writer's profile address
    ],
)
def test_a_placeholder_or_an_address_beside_a_name_in_the_author_tag_names_no_one(
    lexicon, tmp_path, author, people
):
    """sources.yaml no_author_values and a web address name no one wherever the author tag lists
    them: the check reads the parts split at ";" only, so "False", "Admin", "Https", "Twitter Com"
    and "Janedoe" become the page's authors when a comma or "and" joins them to the name."""
    assert authors_of_page(lexicon, tmp_path, author) == people
