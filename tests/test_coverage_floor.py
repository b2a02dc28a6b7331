"""scripts/coverage_floor.py on coverage data of a small package measured in a process of its own:
one module fully run, one half run, one never imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "coverage_floor.py"

MODULES = {
    "whole.py": "def f():\n    return 1\n",
    "half.py": "def used():\n    return 1\n\n\ndef unused():\n    a = 1\n    b = 2\n    return a + b\n",
    "never.py": "X = 1\n",
}


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the package `pkg`, its coverage data `.coverage` and settings of its own (no
    pyproject.toml of this project above it to read)."""
    root = tmp_path_factory.mktemp("measured")
    (root / "pkg").mkdir()
    (root / "pkg" / "__init__.py").write_text("")
    for name, code in MODULES.items():
        (root / "pkg" / name).write_text(code)
    (root / ".coveragerc").write_text("[run]\nsource = pkg\n")
    (root / "run.py").write_text("import pkg.half\nimport pkg.whole\n\npkg.whole.f()\npkg.half.used()\n")
    subprocess.run([sys.executable, "-m", "coverage", "run", "run.py"], cwd=root, check=True)
    return root


def floor(root: Path, percent: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--floor", percent], cwd=root, capture_output=True, text=True
    )


def test_each_module_under_the_floor_is_named_with_its_share_and_the_check_fails(measured: Path):
    result = floor(measured, "80")
    assert result.returncode == 1
    named = {line.split(":")[1].strip() for line in result.stderr.splitlines()}
    # the half-run module and the one no code imported; not the whole one, nor the package's empty __init__
    assert named == {str(Path("pkg") / "half.py"), str(Path("pkg") / "never.py")}
    assert "pkg/never.py: 0.0% covered" in result.stderr


def test_the_check_passes_when_every_module_reaches_the_floor(measured: Path):
    assert floor(measured, "0").returncode == 0


def test_no_coverage_data_is_an_error_that_says_so(tmp_path: Path):
    result = floor(tmp_path, "80")
    assert result.returncode == 2
    assert "no coverage data" in result.stderr
