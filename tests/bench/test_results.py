"""bench/RESULTS.md is written by two scripts: each replaces its own figures and keeps the other's."""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

from tests.sitekit import ROOT

BENCH = ROOT / "bench"


def bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


CLUSTER_FIGURES = [
    "## Extraction on a Dask cluster",
    "",
    "| Extraction | Target | time |",
    "| Dask, 2 workers | >= 1.7x | 100.0 s |",
]


def test_run_py_rewriting_results_keeps_the_cluster_figures(tmp_path: Path):
    """bench/run.py replaced the whole file, and with it bench/cluster.py's figures."""
    run = bench_module("run")
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nold figures\n\n" + "\n".join(CLUSTER_FIGURES) + "\n")
    args = argparse.Namespace(argv=["--sizes", "100"], seed=0, results=results)
    code = run.Code(path=tmp_path, label="working tree", parallel="")
    run.write_results([], args, code, time.monotonic())
    text = results.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.endswith("\n\n" + "\n".join(CLUSTER_FIGURES) + "\n"), text


def test_cluster_py_replaces_only_its_own_figures():
    cluster = bench_module("cluster")
    before = (
        "# Benchmark results\n\n| a | b |\n\n" + "\n".join(CLUSTER_FIGURES) + "\n\n## Notes\n\n- a note\n"
    )
    figures = ["## Extraction on a Dask cluster", "", "new figures"]
    after = cluster.with_section(before, figures)
    assert after == (
        "# Benchmark results\n\n| a | b |\n\n## Extraction on a Dask cluster\n\nnew figures\n\n"
        "## Notes\n\n- a note\n"
    )
    # a file without them gets them at the end
    assert cluster.with_section("# Benchmark results\n", figures) == (
        "# Benchmark results\n\n## Extraction on a Dask cluster\n\nnew figures\n"
    )
