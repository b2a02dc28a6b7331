"""Escaping source text for the pages: Markdown, HTML and template syntax stay inert.

Every value a template prints goes through `md_escape` unless it is `Md`
(markup the generator built itself from escaped parts).
"""

from __future__ import annotations

import functools
import html
import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

# Characters that Markdown, its extensions (attr_list, admonition, tables, emoji,
# critic, mark, tilde, caret, footnotes) or HTML give a meaning, as entities.
_MD_SPECIAL = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "&#92;", "`": "&#96;",
    "*": "&#42;", "_": "&#95;", "[": "&#91;", "]": "&#93;", "(": "&#40;", ")": "&#41;",
    "#": "&#35;", "|": "&#124;", "{": "&#123;", "}": "&#125;", "~": "&#126;", "^": "&#94;",
    "=": "&#61;", "!": "&#33;", ":": "&#58;", "+": "&#43;", "$": "&#36;", "%": "&#37;",
}  # fmt: skip
_MD_RE = re.compile("|".join(re.escape(c) for c in _MD_SPECIAL))
# A line that starts like a list item, a rule or a numbered list.
_LINE_START_RE = re.compile(r"^(\s*)([-+*]|\d+[.)])", re.M)


_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): one
# U+202E shows the rest of a line right to left, so a page would show other words than
# the source has ("Trojan Source"). The marks U+200E/U+200F change no order and stay.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    """Text with no character that reorders what is displayed (BIDI_CONTROLS)."""
    return BIDI_CONTROLS.sub("", text)


class Md(str):
    """Markdown the generator built, already safe: printed as it is."""


def md_escape(value: Any) -> str:
    """Text as inert Markdown: one line, every meaningful character an entity."""
    if type(value) is str and len(value) <= _REMEMBERED_LENGTH:
        return _escaped_short(value)
    return _escaped(str(value))


# A render escapes the same names, outlets, dates and labels on thousands of pages (684,000 values,
# 56,000 different, at 1,000 synthetic sources: about a second of the render's CPU); the short ones
# are remembered, which bounds the memory held (at most 32,768 texts of 200 characters).
_REMEMBERED_LENGTH = 200


@functools.lru_cache(maxsize=32768)
def _escaped_short(text: str) -> str:
    return _escaped(text)


def _escaped(value: str) -> str:
    text = " ".join(without_bidi_controls(value).split())
    text = _MD_RE.sub(lambda m: _MD_SPECIAL[m.group()], text)
    text = _LINE_START_RE.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), text)
    return text


def finalize(value: Any) -> Any:
    """Jinja finalize: every printed value is escaped unless it is Md."""
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    return md_escape(value)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, or None: no javascript:, data: or relative tricks."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    # everything Markdown could read as syntax inside the attribute is percent-encoded
    return quote(url, safe=":/?#@$&'+,;=%-.")


def external_link(url: str | None, label: str | None = None) -> Md:
    """A link to a source's address, or its text when it is not a safe web address."""
    safe = safe_url(url)
    if safe is None:
        return Md(md_escape(url or ""))
    return Md(
        f'<a href="{html.escape(safe, quote=True)}" rel="noopener nofollow">{md_escape(label or url)}</a>'
    )


def page_link(label: Any, target: str, anchor: str | None = None) -> Md:
    """A Markdown link to another generated page (MkDocs checks and rewrites it)."""
    suffix = f"#{anchor}" if anchor else ""
    return Md(f"[{md_escape(label)}]({target}{suffix})")


def yaml_string(value: Any) -> Md:
    """A value for the page's front matter (JSON is YAML), HTML-escaped.

    Material prints a page's front-matter title into its header without
    escaping it, so the escaping happens here.
    """
    text = json.dumps(html.escape(" ".join(without_bidi_controls(str(value)).split())), ensure_ascii=False)
    # JSON escapes C0 controls; YAML also refuses DEL, C1 controls, surrogates and U+FFFE/F
    return Md(_YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
