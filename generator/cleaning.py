"""Cleaning scraped text into body paragraphs.

Out: ad and share lines (by pattern, or because they repeat), comment forms,
photo captions and credits, captions printed twice, inline HTML and Markdown
emphasis. In again: paragraphs that scraping broke in the middle of a sentence.
The patterns are data (generator/data/boilerplate.yaml), not code.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from .lexicon import Lexicon

TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
EMPHASIS = [
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)(.+?)(?<=\S)__"),
    re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"),
]
SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# A paragraph that ends a sentence ends with one of these (quotes and brackets may follow).
SENTENCE_END_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")
MAX_CAPTION_WORDS = 60
CREDIT_START_RE = re.compile(r"(?:[.!?][\"'”’)]*\s+|\s{2,}|[|•–—]\s*)$")


def strip_markup(line: str) -> str:
    """Inline HTML tags, entities and Markdown emphasis out; text kept."""
    line = COMMENT_RE.sub("", line)
    line = TAG_RE.sub("", line)
    line = html.unescape(line)
    for pattern in EMPHASIS:
        line = pattern.sub(r"\1", line)
    line = unicodedata.normalize("NFC", line)
    return SPACES_RE.sub(" ", line).strip()


def _key(text: str) -> str:
    """Comparison key: case, spacing and punctuation do not make a line different."""
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def is_boilerplate(line: str, lexicon: Lexicon) -> bool:
    return any(pattern.match(line) for pattern in lexicon.boilerplate)


def is_caption(paragraph: str, lexicon: Lexicon) -> bool:
    """A photo caption or credit: short, and ends with a credit that stands on its own.

    The credit starts the paragraph or follows the end of a sentence ("... exercises.
    Sergei Grits / AP / TASS"), so a sentence that merely mentions a photo stays.
    """
    if len(paragraph.split()) > MAX_CAPTION_WORDS:
        return False
    for pattern in lexicon.captions:
        for match in pattern.finditer(paragraph):
            before = paragraph[: match.start()]
            # a bracketed agency credit, "(Reuters).", may follow the caption directly
            if not before.strip() or CREDIT_START_RE.search(before) or match.group().startswith("("):
                return True
    return False


def _joins(previous: str, following: str, blank_between: bool) -> bool:
    """Whether `following` goes on the sentence that `previous` left unfinished."""
    if SENTENCE_END_RE.search(previous):
        return False
    starts_lower = following[:1].islower()
    if blank_between:
        # scraped text breaks a sentence across a blank line: the rest starts lower-case
        return starts_lower or previous.endswith((",", "—", "–", "-"))
    # hard-wrapped lines: anything but a short heading-like line goes on
    return starts_lower or previous.endswith((",", "—", "–", "-")) or len(previous) >= 60


def join_broken(lines: list[str]) -> list[str]:
    """Lines into paragraphs: one paragraph per line, unless a sentence was broken."""
    paragraphs: list[str] = []
    blank_between = False
    for line in lines:
        if not line:
            blank_between = True
            continue
        if paragraphs and _joins(paragraphs[-1], line, blank_between):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        blank_between = False
    return paragraphs


def clean_lines(lines: list[str], lexicon: Lexicon) -> list[str]:
    """Body paragraphs from the lines of a source (already stripped of markup)."""
    threshold = int(lexicon["boilerplate"].get("repeat_threshold", 3))
    counts = Counter(_key(line) for line in lines if line)
    kept = []
    for line in lines:
        if line and (counts[_key(line)] >= threshold or is_boilerplate(line, lexicon)):
            line = ""  # a dropped line still breaks the paragraph around it
        kept.append(line)
    paragraphs = []
    seen: set[str] = set()
    for paragraph in join_broken(kept):
        key = _key(paragraph)
        if not key or key in seen or is_caption(paragraph, lexicon):
            continue
        seen.add(key)
        paragraphs.append(paragraph)
    return paragraphs
