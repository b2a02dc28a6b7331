"""Escaping for Markdown, HTML and YAML: hostile text stays text."""

from __future__ import annotations

import html

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.markup import (
    external_link,
    finalize,
    md_escape,
    number,
    page_link,
    safe_url,
    without_bidi_controls,
    yaml_string,
)
from tests.hostilekit import PROPERTY, any_text, parse, to_html
from tests.renderkit import without_entities

RAW_SPECIALS = set("<>[]()*_`{}|#!\\")


# --- md_escape ---------------------------------------------------------------------------------


@given(st.text())
def test_md_escape_output_has_no_raw_markup_characters_and_no_newline(text):
    escaped = md_escape(text)
    assert not RAW_SPECIALS & set(without_entities(escaped))
    assert "\n" not in escaped and "\r" not in escaped


@given(st.text())
def test_md_escape_keeps_the_text_readable(text):
    # what the reader sees (entities decoded) is the text itself, with its spacing collapsed
    assert html.unescape(md_escape(text)) == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("<script>alert(1)</script>", ["<script", "</script"]),
        ("[x](javascript:alert(1))", ["[x]", "](", "javascript:"]),
        ("{{ 7*7 }}", ["{{", "}}", "7*7"]),
        ("{% raw %}", ["{%", "%}"]),
        ("# heading", ["#"]),
        ("- item", ["- "]),
        ("1. item", ["1."]),
        ("| a | b |", ["|"]),
        ("*emphasis* and __strong__", ["*", "__"]),
        ("`code`", ["`"]),
        ("![img](http://x.example/a.png)", ["![", "]("]),
        ("line one\nline two", ["\n"]),
    ],
)
def test_md_escape_neutralises_markup(text, forbidden):
    escaped = md_escape(text)
    for raw in forbidden:
        assert raw not in without_entities(escaped)
    assert html.unescape(escaped) == " ".join(text.split())


def test_md_escape_leaves_ordinary_text_alone():
    assert md_escape("Café owners in Minsk, 2022 – Lukashenko’s «troops»") == (
        "Café owners in Minsk, 2022 – Lukashenko’s «troops»"
    )


# --- safe_url, external_link -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://example.com/a?b=1", "https://www.themoscowtimes.com/2022/10/11/a79059"]
)
def test_safe_url_keeps_web_addresses(url):
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example",
        "ftp://x",
        "http:evil",
        "https://",
        "",
        None,
    ],
)
def test_safe_url_refuses_everything_but_absolute_web_addresses(url):
    assert safe_url(url) is None


def test_safe_url_cannot_break_out_of_the_href_attribute():
    link = external_link('https://example.com/"><script>alert(1)</script>')
    assert link.count('"') == 4  # only the quotes of href="..." and rel="..."
    assert "<script" not in link


@given(
    st.sampled_from(["javascript", "JavaScript", "JAVASCRIPT", "vbscript", "data"]),
    st.text(),
    st.text(alphabet=" \t\n\x00\x01"),
)
def test_external_link_never_links_a_script_address(scheme, rest, lead):
    link = external_link(f"{lead}{scheme}:{rest}")
    assert "<a" not in link
    assert 'href="' not in link


def test_external_link_links_a_web_address_with_escaped_label():
    link = external_link("https://example.com/a", "Belta [report]")
    assert link.startswith('<a href="https://example.com/a" rel="noopener nofollow">')
    assert "[report]" not in link and "Belta" in link


def test_a_missing_address_or_value_prints_nothing():
    assert external_link(None) == "" and external_link("") == ""
    assert finalize(None) == "" and number(None) == ""


@pytest.mark.parametrize(("value", "shown"), [(4000.0, "4,000"), (2.5, "2.5"), (1234567.25, "1,234,567.25")])
def test_a_number_is_printed_with_its_decimals_only_when_it_has_some(value, shown):
    assert number(value) == shown


def test_a_link_to_another_page_keeps_its_anchor():
    assert (
        page_link("Kyiv [city]", "../places/kyiv.md", "p3") == "[Kyiv &#91;city&#93;](../places/kyiv.md#p3)"
    )
    assert page_link("Kyiv", "../places/kyiv.md") == "[Kyiv](../places/kyiv.md)"


def test_controls_that_reorder_text_are_taken_out_and_nothing_put_in_their_place():
    assert without_bidi_controls("invoice\u202efdp.exe \u2066x\u2069") == "invoicefdp.exe x"
    assert md_escape("invoice\u202efdp.exe") == "invoicefdp.exe"


# Where templates put an escaped value, with a plain word in its place for comparison.
CONTEXTS = {
    "paragraph": "{x}\n",
    "source paragraph": '<p class="source-paragraph" id="p1">{x}</p>\n',
    "heading": "# {x}\n",
    "list item": "- {x}\n",
    "labelled list item": "- **Outlet:** {x}\n",
    "table cell": "| Name | Role |\n|---|---|\n| {x} | {x} |\n",
    "quote": "> \u201c{x}\u201d\n> \u2014 **{x}**, {x}\n",
    "admonition": '!!! info "Republished"\n    First published by {x}.\n',
    "card": '<div class="briefing-card" markdown>\n\n- **Outlet:** {x}\n\n</div>\n',
    "link label": "[{x}](page.md)\n",
}


def _structure(html_text: str) -> list[tuple[str, tuple[str, ...]]]:
    return parse(html_text).tags


@PROPERTY
@given(any_text)
@example("<script>alert(1)</script>")
@example("[x](javascript:alert(1)) ![y](http://attacker.invalid/y.png){: onerror=alert(1) }")
@example("&lt;script&gt;alert(1)&lt;/script&gt;")
@example("# heading\n---\n| a | b |\n!!! note\n    {{ 7*7 }} {% if %} {# c #}")
@example("[x][1]\n\n[1]: http://attacker.invalid/")
@example("- item\n1. item\n> quote\n    code")
def test_escaped_text_renders_as_that_text_and_no_markup(value: str):
    escaped = md_escape(value)
    assert "\n" not in escaped
    assert not set(escaped) & set("<>[]()`*_|{}!\\")
    shown = " ".join(without_bidi_controls(value).split())  # no control that reorders what is shown
    for name, context in CONTEXTS.items():
        expected = _structure(to_html(context.format(x="word")))
        got_html = to_html(context.format(x=escaped))
        got = _structure(got_html)
        if not shown:
            continue
        assert [(t, a) for t, a in got if t != "h1"] == [(t, a) for t, a in expected if t != "h1"], (
            name,
            got_html,
        )
        if name in ("paragraph", "source paragraph", "list item", "heading", "link label"):
            rendered = "".join(parse(got_html).text).strip()
            assert rendered == shown.replace("\x02", "").replace("\x03", "").strip(), (name, got_html)


@PROPERTY
@given(any_text)
@example("Troops move\x7f north")
@example("tag\x80 \x9b ![x](http://attacker.invalid/x.png){: onerror=alert(1) }")
@example("non\ufffe character")
@example("Troops \U0001f4a3 move ![x](http://attacker.invalid/x.png){: onerror=alert(1) }")
def test_front_matter_values_always_load_as_the_same_text(value: str):
    page = f"---\ntitle: {yaml_string(value)}\ntags:\n  - {yaml_string(value)}\n---\n\n# Body\n"
    body, meta = get_data(page)
    shown = html.escape(" ".join(without_bidi_controls(value).split()))  # no control that reorders
    assert meta == {"title": shown, "tags": [shown]}
    assert body == "# Body\n"
