"""`python -m generator pdf`: the briefings chosen, their pack, and what is said when none can be made."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.printing import pack_html
from tests.clikit import TRACEBACK, run
from tests.test_rendering import make_briefing


def test_without_chromium_the_pdf_command_says_so_in_one_line(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no chromium, no chrome
    status, out, err = run("pdf", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err.splitlines() == [
        "error: pdf: Chromium is not installed (no chromium on PATH): the PDF is printed by Chromium; "
        "install it (Debian: apt-get install chromium) and run the command again"
    ]
    assert not (project / "briefings.pdf").exists()


def test_an_id_no_briefing_has_is_named_with_the_one_meant_and_nothing_is_printed(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    # a stand-in for Chromium that would leave its mark if it were ever run
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "chromium").write_text(f"#!/bin/sh\ntouch {tmp_path}/ran\n", encoding="utf-8")
    (tools / "chromium").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:/usr/bin:/bin")
    real = sorted(p.stem for p in (project / "briefings").glob("*.yaml"))[0]
    status, out, err = run("pdf", real, real[:-1] + "x", "no-such-briefing", capsys=capsys)
    assert status == 1 and TRACEBACK not in err
    assert err.splitlines() == [
        f"error: pdf: no briefing has the id {real[:-1] + 'x'!r} in briefings/ (did you mean {real!r}?)",
        "error: pdf: no briefing has the id 'no-such-briefing' in briefings/",
    ]
    assert not (tmp_path / "ran").exists() and not (project / "briefings.pdf").exists()


def built_page(site: Path, briefing_id: str, article: str) -> None:
    page = site / "briefings" / briefing_id / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html><head><link rel="stylesheet" href="../../assets/site.css"></head>'
        '<body data-md-color-scheme="default">'
        f'<article class="md-content__inner md-typeset">{article}</article></body></html>',
        encoding="utf-8",
    )


def test_the_pack_has_a_cover_contents_and_each_briefing_its_own_anchors_in_the_order_asked(tmp_path: Path):
    first = make_briefing(id="first", title="First <b>one</b>", published="2022-10-11")
    second = make_briefing(id="second", title="Second", published="2022-01-26")
    for b in (first, second):
        built_page(
            tmp_path,
            b.id,
            f'<h1 id="title">{b.id}</h1><a href="#p1">¶</a><p id="p1">text</p>'
            '<a href="../../places/kyiv/">Kyiv</a> <a href="https://example.org/a">source</a>',
        )
    pack = pack_html(tmp_path, [second, first], "Site", "Topic")
    assert '<link rel="stylesheet" href="../../assets/site.css">' in pack  # the site's own styles
    assert "<h1>Site</h1>" in pack and "2 briefings, 2022-01-26 to 2022-10-11" in pack
    contents = re.findall(r'<li><a href="#([^"]+)">([^<]*)</a>', pack)
    assert contents == [("second--brief", "Second"), ("first--brief", "First &lt;b&gt;one&lt;/b&gt;")]
    # a paragraph link leads to its own briefing's paragraph, not to the first briefing's #p1
    assert '<a href="#first--p1">' in pack and 'id="first--p1"' in pack and 'id="second--p1"' in pack
    assert pack.index('id="second--brief"') < pack.index('id="first--brief"')
    # paper has no site around it: a link into the site is text; a link out keeps its address
    assert "<a>Kyiv</a>" in pack and '<a href="https://example.org/a">' in pack
