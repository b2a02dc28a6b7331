"""What read_source refuses, naming the file, and what it finds in a folder."""

from __future__ import annotations

import pytest

from generator.errors import SourceError
from generator.readers import discover
from tests.readers.readkit import read


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \r\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unusable_file_is_a_source_error_naming_the_file(tmp_path, lexicon, name, data, reason):
    with pytest.raises(SourceError) as caught:
        read(tmp_path, lexicon, data=data, name=name)
    assert str(caught.value).startswith(f"{name}: ")
    assert reason in str(caught.value)
    assert caught.value.path == name


def test_file_with_nothing_left_after_cleaning_is_a_source_error(tmp_path, lexicon):
    with pytest.raises(SourceError, match=r"^junk\.txt: .*no body text"):
        read(tmp_path, lexicon, "Leave a Comment\n\nBack to top\n", name="junk.txt")


def test_discover_finds_every_kind_and_skips_notes_and_hidden_files(tmp_path):
    names = [
        "a.txt",
        "b.html",
        "c.htm",
        "d.md",
        "e.html.gz",
        "f.markdown",
        "sub/g.txt",
        "README.md",
        "readme.txt",
        "SOURCES.md",
        "sources.yaml",
        "sources-say-troops-moved.html",
        ".hidden.txt",
        ".backup/h.txt",
        "notes.docx",
        "data.json",
        "archive.tar.gz",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == [
        "a.txt",
        "b.html",
        "c.htm",
        "d.md",
        "e.html.gz",
        "f.markdown",
        "sources-say-troops-moved.html",
        "sub/g.txt",
    ]
