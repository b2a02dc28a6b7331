"""Helpers for the tests that score extraction against reference annotations (tests/eval/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.sitekit import ROOT, run_generator


def extracted(sources: Path, out: Path) -> Path:
    """`out`, holding what `python -m generator extract` writes for `sources` (a process of its
    own, as a user runs it)."""
    result = run_generator("extract", "--sources", str(sources), "--out", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def score(gold: Path, out: Path) -> dict[str, float]:
    """The totals tests/eval/score.py gives the briefings in `out` against `gold`."""
    scored = subprocess.run(
        [sys.executable, str(ROOT / "tests/eval/score.py"), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)
