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
    """bench/run.py replaced the whole file, and with it the cluster's figures (`run.py --cluster`)."""
    run = bench_module("run")
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nold figures\n\n" + "\n".join(CLUSTER_FIGURES) + "\n")
    args = argparse.Namespace(argv=["--sizes", "100"], seed=0, results=results)
    run.write_results([], args, "working tree", time.monotonic())
    text = results.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.endswith("\n\n" + "\n".join(CLUSTER_FIGURES) + "\n"), text


def test_cluster_figures_replace_only_their_own():
    harness = bench_module("harness")  # bench/run.py --cluster writes its figures through it
    before = (
        "# Benchmark results\n\n| a | b |\n\n" + "\n".join(CLUSTER_FIGURES) + "\n\n## Notes\n\n- a note\n"
    )
    figures = ["## Extraction on a Dask cluster", "", "new figures"]
    after = harness.with_section(before, harness.CLUSTER_SECTION, figures)
    assert after == (
        "# Benchmark results\n\n| a | b |\n\n## Extraction on a Dask cluster\n\nnew figures\n\n"
        "## Notes\n\n- a note\n"
    )
    # a file without them gets them at the end
    assert harness.with_section("# Benchmark results\n", harness.CLUSTER_SECTION, figures) == (
        "# Benchmark results\n\n## Extraction on a Dask cluster\n\nnew figures\n"
    )


PREVIEW_FIGURES = ["## Preview under `mkdocs serve`", "", "| ready (first page served) | <= 30 s | 70.0 s |"]
# bench/serve.py ran before the cluster had figures: the cluster's were added after the preview's
PREVIEW_THEN_CLUSTER = (
    "# Benchmark results\n\nold figures\n\n"
    + "\n".join(PREVIEW_FIGURES)
    + "\n\n"
    + "\n".join(CLUSTER_FIGURES)
    + "\n"
)


def test_run_py_keeps_each_script_s_figures_once_whatever_their_order(tmp_path: Path):
    """bench/run.py kept the preview's figures up to the end of the file, the cluster's after them
    included, and the cluster's once more: two copies of the cluster's figures."""
    run = bench_module("run")
    results = tmp_path / "RESULTS.md"
    results.write_text(PREVIEW_THEN_CLUSTER)
    args = argparse.Namespace(argv=["--sizes", "100"], seed=0, results=results)
    run.write_results([], args, "working tree", time.monotonic())
    text = results.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.count(CLUSTER_FIGURES[-1]) == 1 and text.count(PREVIEW_FIGURES[-1]) == 1, text


def test_serve_py_replacing_its_figures_keeps_the_cluster_figures_after_them(tmp_path: Path, monkeypatch):
    """bench/serve.py cut the file at its own heading, and with it the cluster's figures after it."""
    serve = bench_module("serve")
    monkeypatch.setattr(serve, "make_project", lambda *args: None)  # no project, no server: the figures
    figures = {"ready": 12.0, "ready_cpu": 10.0, "briefing": 1.5, "seed": 6.0}
    monkeypatch.setattr(serve, "one_try", lambda *args: figures)
    results = tmp_path / "RESULTS.md"
    results.write_text(PREVIEW_THEN_CLUSTER)
    serve.main(["--tries", "1", "--workdir", str(tmp_path), "--results", str(results)])
    text = results.read_text(encoding="utf-8")
    assert "| ready, a restart (wall; median of the restarts) | <= 30 s | 12.0 s | 12.0 s |" in text
    assert PREVIEW_FIGURES[-1] not in text
    assert text.startswith("# Benchmark results\n\nold figures\n\n## Preview under `mkdocs serve`\n")
    assert text.endswith("\n\n" + "\n".join(CLUSTER_FIGURES) + "\n"), text


def test_the_table_shows_each_figure_from_what_its_steps_measured(tmp_path: Path):
    """Rates, ratios and shares are worked out from the measured times; what was not measured is '–'."""
    run = bench_module("run")
    values = {
        "words": 50_000,
        "pipe1_s": 10.0,
        "pipe1_load_s": 2.0,
        "pipe1_cpu": 1.0,
        "extract1_s": 12.5,
        "briefings-p2_identical": False,
        "build_others": 0.4,
        "render_others": 0.1,
    }
    results = tmp_path / "RESULTS.md"
    args = argparse.Namespace(argv=["--sizes", "100"], seed=0, results=results)
    run.write_results([run.Size(100, values)], args, "working tree", time.monotonic())
    table = dict(
        line.split(" | ")[0::2] for line in results.read_text().splitlines() if line.count(" | ") == 2
    )
    assert table["| bare nlp.pipe, 1 process: words/s"] == "5,000 |"
    assert table["| bare nlp.pipe, 1 process: words/s without the model load"] == "6,250 |"
    assert table["| extraction, 1 process / bare nlp.pipe, 1 process"] == "80% |"
    assert table["| extraction, 2 processes: same briefings as 1 process"] == "**no** |"
    assert (
        table["| CPUs busy (CPU time / wall time): nlp.pipe 1 / 2, extraction 1 / 2"] == "1.00 / – / – / – |"
    )
    assert table["| CPUs kept busy by other processes during the steps (highest)"] == "0.40 |"
    assert table["| Pagefind indexing inside the build: time / peak memory"] == "– |"


def test_the_build_is_compared_with_bare_mkdocs_from_nothing_and_again_by_cpu(tmp_path: Path):
    """Issue 17's 5x is of the whole build's CPU; a build that keeps nothing is never hidden behind
    one that keeps the render and the pages' HTML."""
    run = bench_module("run")
    values = {"build_s": 90.0, "build_cpu": 60.0, "rebuild_s": 30.0, "rebuild_cpu": 20.0}
    values |= {"bare_build_s": 10.0, "bare_build_cpu": 5.0}
    results = tmp_path / "RESULTS.md"
    args = argparse.Namespace(argv=["--sizes", "1000"], seed=0, results=results)
    run.write_results([run.Size(1000, values)], args, "working tree", time.monotonic())
    rows = {line.split(" | ")[0]: line.split(" | ")[1:] for line in results.read_text().splitlines()}
    assert rows["| generator / bare: build CPU, from nothing / again (nothing changed)"] == [
        "<= 5x at 5,000",
        "12.00x / 4.00x |",
    ]
    build = rows["| **mkdocs build** from nothing (no .cache/ but extract's copies; renders too): time / CPU"]
    assert build[1] == "90.0 s / 60.0 s |"
    assert rows["| generator / bare: build time (from nothing)"][1] == "9.00x |"


def test_the_build_from_nothing_is_the_first_after_extract_and_a_clone_s_yaml_read_is_shown(tmp_path: Path):
    """`extract` writes each briefing's checked copy (.cache/briefings/): the build from nothing keeps
    those and nothing a build made; what a fresh clone's first build adds, the YAML read, has a row."""
    run = bench_module("run")
    size = run.Size(1000, work=tmp_path)
    for kept in ("briefings/abc/x.yaml.json", "html/k.json", "pages/index.md", "serve/built.json"):
        (size.root / ".cache" / kept).parent.mkdir(parents=True, exist_ok=True)
        (size.root / ".cache" / kept).write_text("x")
    seen: dict[str, list[str]] = {}

    def step(name: str, what: str, cmd: list[str], cwd: Path | None = None):
        seen[name] = sorted(p.name for p in (size.root / ".cache").iterdir())
        return None  # as a failed step: nothing more is measured

    size.run = step
    run.measure_render_and_build(size)
    assert seen == {
        "render": ["briefings", "html", "pages", "serve"],
        "load": seen["render"],
        "build": ["briefings"],
    }
    values = {"yaml_load_cpu": 4.5, "build_s": 90.0, "build_cpu": 60.0}
    results = tmp_path / "RESULTS.md"
    args = argparse.Namespace(argv=["--sizes", "1000"], seed=0, results=results)
    run.write_results([run.Size(1000, values)], args, "working tree", time.monotonic())
    rows = {line.split(" | ")[0]: line.split(" | ")[1:] for line in results.read_text().splitlines()}
    assert rows[
        "| the briefings' YAML read and checked, no copies: CPU (a fresh clone's first build adds it)"
    ] == [
        "",
        "4.5 s |",
    ]


def test_run_py_keeps_the_build_profile_written_by_hand(tmp_path: Path):
    """The profile of a build (CPU time by stage) has no script of its own: bench/run.py dropped it."""
    run = bench_module("run")
    profile = ["## Where the build's time goes", "", "| Stage | CPU |", "| Markdown | 51 s |"]
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nold figures\n\n" + "\n".join(profile) + "\n")
    args = argparse.Namespace(argv=["--sizes", "100"], seed=0, results=results)
    run.write_results([], args, "working tree", time.monotonic())
    text = results.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.endswith("\n\n" + "\n".join(profile) + "\n"), text


def test_the_first_search_download_counts_each_part_of_an_index_in_parts(tmp_path: Path):
    """A query reads each part's entry, meta and one index chunk (generator/search_index.py)."""
    run = bench_module("run")
    site = tmp_path / "site"
    bundle = site / "pagefind"

    def index(folder: Path, chunk: int) -> None:
        (folder / "index").mkdir(parents=True)
        (folder / "fragment").mkdir()
        (folder / "pagefind-entry.json").write_bytes(b"e" * 100)
        (folder / "pagefind.en_1.pf_meta").write_bytes(b"m" * 1000)
        (folder / "index" / "en_1.pf_index").write_bytes(b"i" * chunk)
        (folder / "fragment" / "en_1.pf_fragment").write_bytes(b"f" * 10)

    index(bundle, 5000)
    (bundle / "pagefind.js").write_bytes(b"j" * 20_000)
    (bundle / "wasm.en.pagefind").write_bytes(b"w" * 30_000)
    whole = run.search_download(site)["search_raw"]
    index(bundle / "parts" / "1", 3000)
    (bundle / "parts.json").write_text('{"parts": ["parts/1/"], "exclude": {"vocabulary": "all"}}\n')
    listed = len((bundle / "parts.json").read_bytes())
    assert run.search_download(site)["search_raw"] == whole + 100 + 1000 + 3000 + listed


def test_the_first_search_download_counts_the_worker_pagefind_starts(tmp_path: Path):
    """pagefind.js fetches pagefind-worker.js at the first query (41 KB raw with Pagefind 1.5):
    the download a reader waits for, which the figure left out."""
    run = bench_module("run")
    bundle = tmp_path / "site" / "pagefind"
    bundle.mkdir(parents=True)
    (bundle / "pagefind.js").write_bytes(b"j" * 20_000)
    (bundle / "wasm.en.pagefind").write_bytes(b"w" * 30_000)
    (bundle / "pagefind-entry.json").write_bytes(b"e" * 100)
    without = run.search_download(tmp_path / "site")
    (bundle / "pagefind-worker.js").write_bytes(b"k" * 40_000)
    found = run.search_download(tmp_path / "site")
    assert found["search_raw"] == without["search_raw"] + 40_000
    assert without["search_gz"] < found["search_gz"] < without["search_gz"] + 40_000  # compressed as served


def test_the_first_search_download_counts_what_the_search_box_fetches_for_its_list(tmp_path: Path):
    """The search box lists 20 results, each with its excerpt (a fragment), and its filter makes each
    part fetch its filter file: Chromium fetched 20 fragments at the first query of a 4,999-source
    site, where the figure counted 5 and no filter."""
    run = bench_module("run")
    bundle = tmp_path / "site" / "pagefind"
    (bundle / "fragment").mkdir(parents=True)
    (bundle / "pagefind.js").write_bytes(b"j" * 20_000)
    (bundle / "pagefind-entry.json").write_bytes(b"e" * 100)
    (bundle / "fragment" / "en_1.pf_fragment").write_bytes(b"f" * 1_000)
    without = run.search_download(tmp_path / "site")["search_raw"]
    (bundle / "filter").mkdir()
    (bundle / "filter" / "en_1.pf_filter").write_bytes(b"v" * 57)
    found = run.search_download(tmp_path / "site")["search_raw"]
    assert without == 20_000 + 100 + 20 * 1_000
    assert found == without + 57
