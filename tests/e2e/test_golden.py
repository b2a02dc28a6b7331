"""Golden test: the rendered Markdown of one briefing page, byte for byte.

Refresh the expected file after an intended change to the templates:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/e2e/test_golden.py
"""

from __future__ import annotations

import os

import pytest

from generator.corpus import Corpus
from generator.rendering import Renderer
from generator.store import load_briefing
from tests.sitekit import ROOT

HERE = ROOT / "tests" / "golden"


def test_briefing_page_matches_golden_file():
    briefing = load_briefing(HERE / "border-talks-resume.yaml")
    pages = Renderer(None, "Golden topic").pages(Corpus([briefing]))
    rendered = pages["briefings/border-talks-resume.md"]
    expected = HERE / "border-talks-resume.md"
    if os.environ.get("UPDATE_GOLDEN"):
        # a refresh tests nothing (the file would be compared with itself): say so
        expected.write_text(rendered, encoding="utf-8")
        pytest.skip(f"{expected.name} refreshed; run again without UPDATE_GOLDEN to test it")
    assert rendered == expected.read_text(encoding="utf-8")
