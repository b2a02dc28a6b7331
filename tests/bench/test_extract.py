"""bench/run.py --real gives words per second for each language of the folders it is given."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.sitekit import ROOT


def test_run_py_real_measures_russian_sources_with_their_own_pipeline(tmp_path: Path):
    """Russian is analysed by Natasha, which is no spaCy package: its bare step loads it as
    extraction does (issue 15 asks for Russian words per second beside English)."""
    folder = tmp_path / "ru"
    folder.mkdir()
    for source in sorted((ROOT / "tests/eval/corpus/ru/dev").glob("5*.txt"))[:2]:
        shutil.copy(source, folder / source.name)
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench/run.py"), "--real", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r"^\s+ru\s+[\d,]+\s+\([\d,]+ words", run.stdout, re.M), run.stdout
