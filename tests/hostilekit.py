"""The hostile suite's text strategies and HTML checks (tests/e2e/test_hostile.py), shared with
the property tests of markup, ids, cleaning and writers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


# the site's Markdown extensions (mkdocs.yml)
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]


# -------------------------------------------------------------------------------- bugs, one by one


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))
        self.attrs.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html_text: str) -> Tags:
    tags = Tags()
    tags.feed(html_text)
    tags.close()
    return tags


# -------------------------------------------------------------------------------- properties

PROPERTY = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


# Text as it comes: any character, with markup characters and whitespace kinds made common.
text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("<>&\"'`*_[](){}#|!=:+-~^$%\\/.;\n\r\t \u00a0\u2028\u202e\u200b\x00\x7f\x85")),
    ),
    max_size=80,
)


markup_text = st.lists(
    st.sampled_from(
        [
            "<script>",
            "</script>",
            "<img src=x onerror=alert(1)>",
            "<b>",
            "</b>",
            "&lt;",
            "&gt;",
            "&amp;",
            "&#60;",
            "**",
            "__",
            "*",
            "_",
            "<!--",
            "-->",
            "[",
            "](",
            ")",
            "{:",
            "}",
            "#",
            "---",
            "|",
            "!!!",
            "{{",
            "}}",
            "{%",
            "%}",
            "\n",
            " ",
            "a",
            "word",
            "\u202e",
            "\x00",
            "javascript:",
            "<",
            ">",
            "&",
        ]  # fmt: skip
    ),
    max_size=25,
).map("".join)


any_text = st.one_of(text, markup_text)
