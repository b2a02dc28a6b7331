"""Reading raw sources into `Source` objects: text, the metadata it shows, body paragraphs.

Kinds of source, and the module that reads each:

- plain text as scraped (.txt): headline, byline, date line and trailers are
  read off the text (text.py);
- saved web pages (.html, .htm, .xhtml): the article text through trafilatura,
  title, authors, date, canonical URL, site name and language from the page's
  own metadata (html_page.py);
- Markdown (.md, .markdown) with optional YAML front matter (title, date, url,
  outlet, authors, language): the body as plain paragraphs, no markup left
  (markdown_page.py).

Any of them may be gzipped (name.html.gz): gzip data is unpacked whatever the
file is called. The reader is chosen by content as well as by name: a page saved
as .txt (it starts with <!doctype html>, <html> or <head>, has a <body> tag near
the start, or its start is mostly tags) is read as HTML, and a .html file
without a single tag as plain text. Bytes become text as encoding.py says:
UTF-8 or a byte-order mark, else the page's declared charset, else detection
(charset-normalizer, Windows-1252); mojibake is repaired with ftfy for every
kind; a binary file is refused.

Every kind then goes the same way: its paragraphs are read for a headline,
byline, date line and trailers (a byline left at the top of a page's article is
still taken out) and cleaned by cleaning.py, so boilerplate patterns apply to
pages as to text.

Which files are sources (`discover`): every file under the folder, in
sub-folders too, whose name ends in a suffix above (optionally followed by .gz),
except hidden files and folders (a name starting with '.') and files named
README or SOURCES with any extension, in any case (README.md, sources.txt): notes
about the sources, not sources. seeds/sources.yaml is not a source either.
Only regular files are read: a symbolic link with a source's name is refused with
its reason (an error, as for any unreadable source: the others are still read), so
a link to a file outside the folder (/etc/passwd, a key) is never published; links
to folders are not followed.

Metadata precedence, highest first (title, authors, date, address and outlet are
decided in metadata.py, which says more):

1. seeds/sources.yaml, an entry per source set by a maintainer (read by
   overrides.py, applied by the pipeline after reading);
2. the page's own metadata: an HTML page's meta tags, <time>, structured data,
   <html lang>; a Markdown file's front matter;
3. what the text reveals: a headline line, a "By ..." byline, a date line, an
   "Original url:" trailer, "Name (Theo Outlet)" credits; for the language, a
   detection from the text's writing system and commonest words (language.py).

`Source.language` is an ISO 639-1 code ("en", "de", "ru"), "und" for a text long
enough to tell that it is in no language known here, and "en" for a text in Latin
letters too short to tell (one in another script is told by its letters however
short: a Cyrillic brief is Russian unless its letters or words say Ukrainian,
Belarusian, Bulgarian ...); `Source.language_basis` says which of the above it
came from.
One exception to the order: a language an HTML page declares gives way to the
text's when the text clearly contradicts it (site templates declare one
language for every page; language.contradicts says what "clearly" means).
Front matter, written by a person for this one source, always wins.

Errors: anything that makes one source unusable (unreadable, binary, not gzip,
bad front matter, no article text) raises SourceError(path, reason); the
pipeline reports it and goes on with the other sources.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..dates import reading_in
from ..errors import SourceError
from ..lexicon import Lexicon, has_data, language_file, page_lexicon
from ..markup import without_bidi_controls
from ..names import without_accents
from .encoding import GZIP_MAGIC, decode, gunzip, has_markup, looks_like_html
from .html_page import read_page
from .language import contradicts, detect_language
from .markdown_page import CRAWL_HEADER_RE, read_markdown
from .metadata import as_stated
from .source import DEFAULT_LANGUAGE, Page, Source
from .text import own_names, read_lines, without_honorific, without_house_ads

__all__ = [
    "SOURCE_SUFFIXES",
    "Source",
    "discover",
    "read_data",
    "read_source",
    "source_suffix",
]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + MARKDOWN_SUFFIXES
COMPRESSED_SUFFIX = ".gz"
NOT_SOURCES_RE = re.compile(r"^(?:readme|sources)(?:\.[^.]+)*$", re.I)


def source_suffix(name: str) -> str:
    """The suffix that says what a file holds, under any .gz: "a.html.gz" -> ".html"."""
    name = name.lower()
    if name.endswith(COMPRESSED_SUFFIX):
        name = name[: -len(COMPRESSED_SUFFIX)]
    return Path(name).suffix


def is_source_name(relative: Path) -> bool:
    """Whether a file at this path inside the sources folder is a source (see the module notes)."""
    if any(part.startswith(".") for part in relative.parts):
        return False
    if NOT_SOURCES_RE.match(relative.name):
        return False
    return source_suffix(relative.name) in SOURCE_SUFFIXES


def discover(folder: Path) -> list[Path]:
    """Source files under `folder`, in a stable order."""
    if not folder.is_dir():
        raise SourceError(str(folder), "no such folder of sources")
    # links are listed so that reading them can say they are refused (rglob enters no linked folder)
    return sorted(
        p
        for p in folder.rglob("*")
        if (p.is_symlink() or p.is_file()) and is_source_name(p.relative_to(folder))
    )


LINK_REASON = "is a symbolic link; only regular files in the sources folder are read (copy the file in)"


def read_regular_file(path: Path, shown: str) -> bytes:
    """The bytes of a source that is a regular file itself, never read through a link.

    A link in seeds/ would publish whatever file it points to. O_NOFOLLOW also refuses a
    link put in the file's place after it was listed.
    """
    if path.is_symlink():
        raise SourceError(shown, LINK_REASON)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise SourceError(shown, f"cannot read: {exc.strerror}") from exc
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise SourceError(shown, "is not a regular file")
        return stream.read()


log = logging.getLogger("generator")
MAX_SOURCE_BYTES = 5_000_000
# The longest paragraph of 220 real articles (tests/eval) has 5,114 characters. spaCy's
# parse of one paragraph grows with it (950 KB: 80 s, 2.7 GB) and stops at 1,000,000
# (nlp.max_length), so a longer one is split at its sentence ends; one with no sentence
# end in as many characters is no prose, and its source is refused.
MAX_PARAGRAPH_CHARS = 20_000
# Headlines run to 150 characters; a title is printed on many pages (a 1 MB one made a
# site of 267 MB), so a longer one is cut at a word, with a warning.
MAX_TITLE_CHARS = 300
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
TAG_TEXT_RE = re.compile(r"<[^<>]{0,400}>")


def read_source(path: Path, root: Path, lexicon: Lexicon) -> Source:
    """Read one source of any kind: text, HTML page or Markdown, gzipped or not."""
    shown = shown_path(path, root)
    check_file_name(shown)
    return read_data(read_regular_file(path, shown), shown, lexicon)


def read_data(data: bytes, shown: str, lexicon: Lexicon) -> Source:
    """Read the bytes of the source file `shown` (its path as briefings show it).

    Apart from read_source so that a machine without the file can read it: a Dask worker
    is sent the bytes the client read (pipeline.py, cluster.py).
    """
    sha256 = hashlib.sha256(data).hexdigest()
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, shown, MAX_SOURCE_BYTES)
    if len(data) > MAX_SOURCE_BYTES:
        # far beyond any article: extraction would take hours and the page would be unreadable
        raise SourceError(
            shown,
            f"is {len(data) / 1e6:.1f} MB; a source over {MAX_SOURCE_BYTES // 1_000_000} MB is refused "
            "(is it really one article? split it into articles)",
        )
    text = without_bidi_controls(decode(data, shown))  # _fit_for_pages takes those entities made
    if not text.strip():
        raise SourceError(shown, "is empty")
    suffix = source_suffix(PurePosixPath(shown).name)
    kind = _kind(suffix, text)
    stated = None
    if kind == "html" and suffix not in HTML_SUFFIXES:
        # a text file that only looks like a page: read as a page only if that keeps its text
        try:
            stated = read_page(text, shown, lexicon)
        except SourceError:
            kind = "text"
        else:
            kept = sum(len(line.split()) for line in stated.lines)
            if kept < 0.5 * len(TAG_TEXT_RE.sub(" ", text).split()):
                kind, stated = "text", None
    source = Source(path=shown, sha256=sha256, text=text, kind=kind)
    if kind == "html":
        stated = stated or read_page(text, shown, lexicon)
        basis = "page"
    elif kind == "markdown":
        stated = read_markdown(text, shown, lexicon)
        basis = "front matter"
    else:
        stated, basis = None, "text"
    # the page's language told before its lines are read: its own date formats, byline words and
    # furniture are read on its pages only (a German "Mai" never dates an English page)
    told = _told_language(stated.language if stated else None, stated.lines if stated else [text], lexicon)
    lexicon = page_lexicon(lexicon, told)
    with reading_in(told, lexicon.user_dir):
        source = _read_lines(source, stated, text, basis, lexicon, _speech_hyphens(told, lexicon.user_dir))
    names = own_names(source.outlet, source.url, lexicon)
    host = re.sub(r"\W", "", (urlsplit(source.url).hostname or "").removeprefix("www.")) if source.url else ""
    own = names | ({host} if host else set())  # "Inform Kz" on inform.kz
    # "Dr. Jane Doe": the writer's name without the title before it
    source.authors = [without_honorific(n, lexicon) for n in source.authors if not _a_body(n, own, lexicon)]
    source.paragraphs = without_house_ads(source.paragraphs, names, lexicon)
    _fit_for_pages(source)
    if not source.paragraphs:
        raise SourceError(shown, "has no body text left after cleaning")
    # the headline is the story's too: a brief of a headline and a sentence or two has few words
    story = "\n".join([source.title or "", *source.paragraphs])
    if source.language_basis == "page":
        clearly = contradicts(source.language, story, lexicon)
        if clearly:  # a site template's language, not the article's
            source.language, source.language_basis = clearly, "text"
    if source.language_basis == "default":
        detected = detect_language(story, lexicon)
        if detected:
            source.language, source.language_basis = detected, "text"
        else:
            source.language = DEFAULT_LANGUAGE
    return source


def _read_lines(
    source: Source,
    stated: Page | None,
    text: str,
    basis: str,
    lexicon: Lexicon,
    hyphens: tuple[str, ...] = (),
) -> Source:
    """`source` with its header, trailers and body read from its lines, the page's own metadata
    (`stated`) over what the text shows; `hyphens`: those its language types for a speech dash."""
    if stated is None:
        read_lines(text.split("\n"), source, lexicon, speech_hyphens=hyphens)
    else:
        read_lines(
            stated.lines,
            source,
            lexicon,
            known_title=stated.title,
            known_authors=stated.authors,
            hard_breaks=stated.hard_breaks,
            linked=stated.linked,
            headings=stated.headings,
            speech_hyphens=hyphens,
        )
        source.quoted_blocks = list(stated.quoted)
        if stated.language:
            source.language, source.language_basis = stated.language, basis
    return as_stated(source, stated, lexicon)


@lru_cache(maxsize=16)
def _speech_hyphens(language: str | None, user_dir: str | None) -> tuple[str, ...]:
    """The hyphens a page told to be in `language` types for the dash that opens direct speech
    (its speech.yaml `narrator_hyphens`: Russian "- Сейчас мы работаем ..."): kept where one opens
    a line, where any other language's page loses them as list bullets."""
    if not language or not has_data(language, user_dir):
        return ()
    return tuple(language_file(user_dir, language, "speech").get("narrator_hyphens") or ())


def _told_language(declared: str | None, lines: list[str], lexicon: Lexicon) -> str | None:
    """The language a page is read in: the one it declares unless its text clearly says another
    (a site's template declares one language for every page: language.contradicts), else the one
    its text's commonest words tell (language.detect_language)."""
    if declared:
        return contradicts(declared, "\n".join(lines), lexicon) or declared
    return detect_language("\n".join(lines), lexicon)


def _a_body(name: str, own: set[str], lexicon: Lexicon) -> bool:
    """An author field that names a company or the site itself, not a writer: "Allied Newspapers
    Ltd" (sources data, `company_words`), "PakistanToday" on pakistantoday.com."""
    words = name.split()
    # "Habertürk" on haberturk.com: an address writes the name's letters without accents
    squashed = without_accents("".join(w.lower() for w in words))
    company = len(words) > 1 and words[-1].lower().strip(".,") in lexicon.words("sources", "company_words")
    # "By Lars Berg, Shipping Today" on the site Shipping Today: a name of many words squashed too
    return company or squashed in own or squashed in {without_accents(re.sub(r"\s+", "", n)) for n in own}


def _fit_for_pages(source: Source) -> None:
    """Source text as it may land in pages: no reordering controls, within the size limits."""
    source.title = _cut_title(without_bidi_controls(source.title), source.path) if source.title else None
    source.authors = [without_bidi_controls(name) for name in source.authors]
    source.credits = [without_bidi_controls(name) for name in source.credits]
    source.outlet = without_bidi_controls(source.outlet) if source.outlet else None
    source.url = without_bidi_controls(source.url) if source.url else None
    paragraphs = (without_bidi_controls(p) for p in source.paragraphs)
    source.paragraphs = [piece for p in paragraphs if p.strip() for piece in _split_paragraph(p, source.path)]


def _cut_title(title: str, path: str) -> str:
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[: MAX_TITLE_CHARS - 1]
    cut = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-–—") + "…"
    log.warning("%s: its title has %s characters; cut to %s", path, f"{len(title):,}", len(cut))
    return cut


def _split_paragraph(paragraph: str, path: str) -> list[str]:
    """A paragraph over MAX_PARAGRAPH_CHARS in pieces at its sentence ends; SourceError if it has none."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in SENTENCE_SPLIT_RE.split(paragraph):
        if len(sentence) > MAX_PARAGRAPH_CHARS:
            raise SourceError(
                path,
                f"has a paragraph of {len(paragraph):,} characters with no sentence end in "
                f"{MAX_PARAGRAPH_CHARS:,}; it is no article's text (a paragraph over "
                f"{MAX_PARAGRAPH_CHARS:,} characters is split at its sentence ends)",
            )
        if current and len(current) + 1 + len(sentence) > MAX_PARAGRAPH_CHARS:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    pieces.append(current)
    log.warning(
        "%s: a paragraph of %s characters is split at sentence ends into %d of at most %s",
        path,
        f"{len(paragraph):,}",
        len(pieces),
        f"{MAX_PARAGRAPH_CHARS:,}",
    )
    return pieces


def check_file_name(shown: str) -> None:
    """Refuse a source whose file name is not UTF-8 text (SourceError naming it).

    A briefing records its source's name in UTF-8: a name of another encoding (Latin-1 bytes,
    held as surrogates by os.fsdecode) could be written there only escaped, which no page can
    print, nor be found again from it. Asked before anything is written for the source: when
    it is read, and when `extract` would tie a moved source's briefing to the new name.
    """
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:
        raise SourceError(
            shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"),
            "its file name is not UTF-8 text; rename the file",
        ) from None


def _kind(suffix: str, text: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html" if has_markup(text) else "text"
    if CRAWL_HEADER_RE.match(text):
        return "markdown"  # a reader service's crawl saved as text: its header and Markdown
    if looks_like_html(text, strong_only=suffix in MARKDOWN_SUFFIXES):
        return "html"
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def shown_path(path: Path, root: Path) -> str:
    """The path as messages and briefings show it; a link is named, not what it points to."""
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
