"""Briefing ids: the slug of a title, unique, and stable once written (it is the page address)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 60


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by dashes, cut at a word under MAX_SLUG characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug or (words[0][:MAX_SLUG] if words else "")


def unique_id(title: str, source_path: str, taken: set[str]) -> str:
    """The slug of the title; a clash with another source's id gets a stable suffix."""
    slug = slugify(title) or "source"
    if slug not in taken:
        return slug
    suffix = hashlib.sha1(source_path.encode()).hexdigest()[:6]
    return f"{slug[: MAX_SLUG - 7].rstrip('-')}-{suffix}"
