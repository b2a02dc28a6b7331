"""A source's metadata, in its order of precedence."""

from __future__ import annotations

from datetime import date

from generator.overrides import Override
from generator.readers import Source
from generator.readers.metadata import with_entry


def test_a_sources_yaml_entry_gives_a_new_source_over_the_one_read_which_stays_as_read():
    read = Source(path="seeds/a.txt", sha256="0" * 64, text="x", title="As read", outlet="The Site")
    entry = Override(title="Better", published=date(2022, 10, 11), language="ru", reliability="B2")
    decided = with_entry(read, entry)
    assert (decided.title, decided.published, decided.outlet) == ("Better", date(2022, 10, 11), "The Site")
    assert (decided.language, decided.language_basis, decided.reliability) == ("ru", "sources.yaml", "B2")
    assert (read.title, read.published, read.language, read.reliability) == ("As read", None, "en", None)
