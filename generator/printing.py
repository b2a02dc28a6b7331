"""A PDF pack of briefings, printed by Chromium from the built site.

The pack is one HTML page put into a built site beside the briefings' own pages (so every address
in them, the site's stylesheets included, resolves as on the briefing's page): a cover, the
contents, then each chosen briefing's article as the site shows it, each on new pages. Chromium
prints it with the site's print styles (assets/briefings.css: A4, no navigation, tables within the
page, charts and maps in their colours, a link's address after it). WeasyPrint was tried first: it
prints the inline charts as black bars.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import UserError, did_you_mean
from .files import atomic_write
from .markup import without_bidi_controls
from .rendering import date_of
from .schema import Briefing

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PACK_FOLDER = "briefings/_print-pack"  # a briefing page's depth; "_" is in no briefing id
PRINT_TIMEOUT = 600  # seconds: a pack of every briefing of a large corpus takes a while
# Chromium's own flags for a quiet run: no sandbox (containers, CI), and none of the background
# requests it would otherwise make to hosts a build machine may not reach (the browser tests
# launch it with these too)
QUIET_CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
CHROMIUM_FLAGS = (
    "--headless",
    *QUIET_CHROMIUM_FLAGS,
    "--no-pdf-header-footer",
    "--generate-pdf-document-outline",
)


def chromium() -> str:
    """The path of Chromium (or Chrome), or a UserError that says how to get it."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise UserError(
        "pdf: Chromium is not installed (no chromium on PATH): the PDF is printed by Chromium; "
        "install it (Debian: apt-get install chromium) and run the command again"
    )


def chosen(briefings: Sequence[Briefing], ids: Sequence[str], folder: Path) -> list[Briefing]:
    """The briefings named by `ids` in that order (every briefing, newest first, when none), or a
    UserError naming each id that is no briefing's."""
    by_id = {b.id: b for b in briefings}
    unknown = [i for i in dict.fromkeys(ids) if i not in by_id]
    if unknown:
        raise UserError(
            "\n".join(
                f"pdf: no briefing has the id {i!r} in {folder}/{did_you_mean(i, by_id)}" for i in unknown
            )
        )
    if ids:
        return [by_id[i] for i in dict.fromkeys(ids)]
    return sorted(briefings, key=lambda b: (b.sort_date, b.title.lower(), b.id), reverse=True)


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
HEAD_LINK = re.compile(r'<link rel="stylesheet"[^>]*>')
BODY = re.compile(r"<body[^>]*>")


def _article(page: str, briefing: Briefing) -> str:
    """A briefing page's article, its ids made its own within the pack (every briefing has a #p1)
    and its links to the site's other pages made text (the PDF has no site around it)."""
    found = ARTICLE.search(page)
    if found is None:
        raise UserError(
            f"pdf: the built page of {briefing.id} has no article: was the site built by Material?"
        )
    prefix = f"{briefing.id}--"
    body = re.sub(r'\bid="([^"]*)"', lambda m: f'id="{prefix}{m.group(1)}"', found.group(1))
    body = re.sub(r'\bhref="#([^"]*)"', lambda m: f'href="#{prefix}{m.group(1)}"', body)
    return re.sub(r'<a\b([^>]*?)\s+href="(?!https?:|#)[^"]*"', r"<a\1", body)


def pack_html(site: Path, briefings: Sequence[Briefing], site_name: str, topic: str) -> str:
    """The pack as one HTML page, for the folder PACK_FOLDER of the built `site`."""
    articles, contents, page = [], [], ""
    for briefing in briefings:
        path = site / "briefings" / briefing.id / "index.html"
        if not path.is_file():
            raise UserError(f"pdf: {path}: the site has no page for {briefing.id}; build the site again")
        page = path.read_text(encoding="utf-8")
        anchor = f"{briefing.id}--brief"
        articles.append(f'<section class="print-briefing" id="{anchor}">{_article(page, briefing)}</section>')
        outlet = f" · {_text(briefing.outlet)}" if briefing.outlet else ""
        contents.append(
            f'<li><a href="#{anchor}">{_text(briefing.title)}</a> '
            f'<span class="print-meta">{date_of(briefing)}{outlet}</span></li>'
        )
    styles = "\n".join(HEAD_LINK.findall(page))
    body = BODY.search(page)
    dates = sorted(b.sort_date for b in briefings if b.sort_date)
    span = f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (dates[0] if dates else "")
    count = f"{len(briefings)} briefing{'s' if len(briefings) != 1 else ''}"
    title = _text(briefings[0].title if len(briefings) == 1 else f"{site_name}: {count}")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>\n{styles}\n</head>\n"
        f"{body.group(0) if body else '<body>'}\n"
        '<div class="md-content print-pack"><article class="md-content__inner md-typeset">'
        f'<section class="print-cover"><h1>{_text(site_name)}</h1>'
        f'<p class="print-topic">{_text(topic)}</p><p>{count}{f", {span}" if span else ""}</p></section>'
        f'<nav class="print-contents"><h2>Contents</h2><ol>{"".join(contents)}</ol></nav>'
        + "".join(articles)
        + "</article></div>\n</body></html>\n"
    )


def _text(value: object) -> str:
    return html.escape(" ".join(without_bidi_controls(str(value)).split()))


def print_pdf(site: Path, html_text: str, out: Path) -> int:
    """Print the pack with Chromium into `out` (in one step: a reader never finds half a PDF);
    the PDF's size in bytes."""
    browser = chromium()
    folder = site / PACK_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(html_text, encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="briefings-pdf-") as scratch:
            pdf = Path(scratch) / "pack.pdf"
            try:
                done = subprocess.run(
                    [browser, *CHROMIUM_FLAGS, f"--user-data-dir={scratch}/profile",
                     f"--print-to-pdf={pdf}", page.resolve().as_uri()],
                    capture_output=True, text=True, timeout=PRINT_TIMEOUT, check=False,
                )  # fmt: skip
            except subprocess.TimeoutExpired as exc:
                raise UserError(f"pdf: Chromium did not finish printing in {PRINT_TIMEOUT} s") from exc
            data = pdf.read_bytes() if pdf.is_file() else b""
            if not data.startswith(b"%PDF"):
                said = [line for line in (done.stderr or "").splitlines() if line.strip()]
                raise UserError(
                    f"pdf: Chromium ({browser}) printed no PDF (exit status {done.returncode})"
                    + (f": {said[-1].strip()}" if said else "")
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    atomic_write(out, data)
    return len(data)
