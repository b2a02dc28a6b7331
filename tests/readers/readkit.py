"""Sources written and read, for the tests of the readers."""

from __future__ import annotations

from pathlib import Path

from generator.readers import read_source
from tests.sitekit import ROOT


def read(tmp_path: Path, lexicon, text: str | None = None, *, data: bytes | None = None, name="source.txt"):
    path = tmp_path / name
    if data is None:
        path.write_text(text or "", encoding="utf-8")
    else:
        path.write_bytes(data)
    return read_source(path, tmp_path, lexicon)


MENU = ["  • Home", "  • World", "  • Business", "  • Politics", "  • Sport", "  • Opinion"]


SHARE = "  • Facebook  • Twitter  • WhatsApp  • Email  • Copy link"


ARTICLE = [
    "Officials in the capital said on Tuesday that the new bridge across the river would open to "
    "traffic next spring, two years later than the government had promised when work began.",
    "The delay was caused by a shortage of steel and by floods that twice swept away the "
    "temporary supports, according to a report that the transport ministry published this week.",
    "Residents of the villages on the far bank, who now take a ferry that runs only in daylight, "
    "said they had been waiting for the crossing for most of their lives and were tired of promises.",
    "The ministry said the cost of the project had risen by a third, and that it would ask the "
    "parliament for more money before the end of the year so that the contractors can be paid.",
]


def page_dump() -> str:
    """A page as a text browser prints it: menus, share bars and teasers around the article."""
    parts = ["Skip to main content", "\n".join(MENU), "Search [          ] Search", SHARE, "World News"]
    parts += ["Bridge across the river will open a year late, ministry says", "By Jane Doe and John Roe"]
    parts += ["  • View author archive  • Get author RSS feed  • email the author"]
    parts += ["Most Popular Today", "March 3, 2021 | 4:20am | Updated March 3, 2021 | 9:32pm"]
    parts += ARTICLE + [SHARE, "Read Next", "Teen wins spelling contest with a word nobody knew"]
    parts += ["\n".join(MENU), "© 2021 Example Media. All Rights Reserved | Terms of Use | Privacy"]
    return "\n\n".join(parts) + "\n"


def wrapped(paragraph: str, width: int = 80) -> str:
    """A paragraph as a text browser prints it: wrapped at the screen's width."""
    import textwrap

    return "\n".join(textwrap.wrap(paragraph, width))


def dump_with_header(header: list[str], masthead: str = "Example Herald", footer: str = "") -> str:
    """A page dump whose header lines stand as given; the article's paragraphs wrapped."""
    parts = [masthead, "\n".join(MENU), "Search [          ] Search", *header]
    parts += [wrapped(p) for p in ARTICLE] + [SHARE, "Read Next"]
    parts += ["Teen wins spelling contest with a word nobody knew", "\n".join(MENU), masthead]
    parts += [footer] if footer else []
    return "\n\n".join(parts) + "\n"


HEADLINE = "Bridge across the river will open a year late, ministry says"


PAGES = ROOT / "tests" / "pages"


def read_page(lexicon, name: str):
    return read_source(PAGES / name, PAGES, lexicon)


def read_bytes(lexicon, tmp_path: Path, data: bytes, name: str = "source.txt"):
    (tmp_path / name).write_bytes(data)
    return read_source(tmp_path / name, tmp_path, lexicon)
