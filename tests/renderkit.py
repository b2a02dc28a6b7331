"""A rendered page's text without its HTML entities, for the tests of rendering and markup."""

from __future__ import annotations

import re

ENTITY_RE = re.compile(r"&(?:#\d+|[a-z]+);")


def without_entities(text: str) -> str:
    return ENTITY_RE.sub("", text)
