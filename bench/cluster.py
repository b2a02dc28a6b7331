"""Extraction through a Dask cluster of 2 local workers, against one local process (issue 17).

    nice -n 10 .venv/bin/python bench/cluster.py              # 1,000 synthetic sources
    nice -n 10 .venv/bin/python bench/cluster.py --sources 100 --no-results

Needs Dask's `distributed` (pip install -e '.[cluster]'). Writes N synthetic sources
(bench/corpus.py, seed 0), then extracts them, each time with `python -m generator extract` in a
process of its own, into a folder of its own:

1. in one local process (`--processes 1`);
2. through a Dask cluster this script starts before the timing, as a cluster that runs already
   would be: a scheduler (in this process) and 2 worker processes of 1 thread
   (`distributed.LocalCluster`), with `--scheduler`; the workers load the model within the time;
3. in two local processes (`--processes 2`), the pool the cluster is compared with in use.

It prints the wall time of each, words per second (the words of the cleaned text, the briefings'
`source.words`), the speed-up over one process, whether the briefings are byte-identical to the
one-process run's, and the CPUs other processes kept busy meanwhile (the machine's busy time less
that of the processes measured, the cluster's workers and scheduler included). The figures go
into bench/RESULTS.md's section "Extraction on a Dask cluster" (bench/run.py keeps that section
when it rewrites the rest). It asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # the cluster's workers, started from this process, import the generator
import corpus as synthetic  # noqa: E402  (bench/corpus.py, next to this file)
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)
from run import cpu_busy, wait_for_quiet  # noqa: E402  (bench/run.py: one idle-machine wait for both)

RESULTS = harness.RESULTS
SECTION = harness.CLUSTER_SECTION
QUIET_WAIT = 120.0  # seconds to wait for an idle machine before each run (--quiet-wait)
TARGET = 1.7  # the speed-up issue 17 asks of 2 workers over one process at 1,000 sources


def own_cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    label: str
    seconds: float
    words: int
    identical: bool | None  # its briefings byte for byte the one-process run's
    others: float  # CPUs other processes kept busy, on average
    status: int


def briefing_files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".extract.lock"
    }


def words_of(folder: Path) -> int:
    import yaml

    return sum(
        (yaml.safe_load(path.read_text(encoding="utf-8"))["source"].get("words") or 0)
        for path in folder.glob("*.yaml")
        if path.name != "briefing.schema.json"
    )


def extract(
    label: str,
    work: Path,
    extra: list[str],
    reference: dict[str, bytes] | None,
    quiet: float,
    workers: Any = None,
) -> tuple[Run, dict[str, bytes]]:
    """One `extract` of work/seeds into a folder of its own; `workers`: the cluster's client, whose
    workers' CPU time counts as the run's own."""
    out = work / ("out-" + re.sub(r"\W+", "-", label))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "generator", "extract", "--sources", "seeds", "--out", str(out), *extra]
    wait_for_quiet(quiet)
    print(f"{label}: {' '.join(command[1:])}", file=sys.stderr)
    on_workers = sum(workers.run(own_cpu).values()) if workers else 0.0
    mine, children, machine = own_cpu(), own_cpu(resource.RUSAGE_CHILDREN), cpu_busy()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    used = cpu_busy() - machine
    ours = own_cpu() - mine + own_cpu(resource.RUSAGE_CHILDREN) - children
    if workers:
        ours += sum(workers.run(own_cpu).values()) - on_workers
    if done.returncode:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
    files = briefing_files(out)
    run = Run(
        label,
        seconds,
        words_of(out),
        None if reference is None else files == reference,
        max(0.0, (used - ours) / seconds),
        done.returncode,
    )
    print(f"  {seconds:.1f} s, {run.words / seconds:,.0f} words/s", file=sys.stderr)
    return run, files


def measure(n: int, work: Path, quiet: float) -> list[Run]:
    from distributed import Client, LocalCluster

    synthetic.generate(n, work / "seeds")
    one, reference = extract("1 local process", work, ["--processes", "1"], None, quiet)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        dask, _ = extract(
            "Dask, 2 workers", work, ["--scheduler", cluster.scheduler_address], reference, quiet, client
        )
    pool, _ = extract("2 local processes", work, ["--processes", "2"], reference, quiet)
    return [one, dask, pool]


def section(n: int, runs: list[Run], command: str) -> list[str]:
    one = runs[0]
    lines = [
        SECTION,
        "",
        f"Written by `bench/cluster.py` (issue 17 item 3), {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
        f"`{command}`. {n:,} synthetic sources (bench/corpus.py, seed 0), {one.words:,} words of",
        f"cleaned text; {os.cpu_count()} CPUs. Each run is `python -m generator extract` in a process of",
        "its own, wall time, the model's load included; the cluster (a scheduler in the bench's process",
        "and 2 worker processes of 1 thread, `distributed.LocalCluster`) is started before the timing,",
        "as a running cluster would be, and its workers load the model within it. Before each run the",
        "script waits (up to `--quiet-wait` seconds) for other processes to leave the CPUs idle.",
        "",
        "| Extraction | Target | time | words/s | speed-up over 1 process | briefings as 1 process's "
        "| CPUs busy with other work |",
        "|---|---|---:|---:|---:|---|---:|",
    ]
    for run in runs:
        target = f">= {TARGET}x" if run.label.startswith("Dask") else ""
        same = "–" if run.identical is None else ("identical" if run.identical else "DIFFERENT")
        status = "" if run.status == 0 else f" (exit {run.status})"
        lines.append(
            f"| {run.label}{status} | {target} | {run.seconds:.1f} s | {run.words / run.seconds:,.0f} "
            f"| {one.seconds / run.seconds:.2f}x | {same} | {run.others:.2f} |"
        )
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sources", type=int, default=1000, help="synthetic sources (default: %(default)s)")
    parser.add_argument("--no-results", action="store_true", help="print only; leave bench/RESULTS.md")
    parser.add_argument("--quiet-wait", type=float, default=QUIET_WAIT, help="seconds (default: %(default)s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as work:
        runs = measure(args.sources, Path(work), args.quiet_wait)
    lines = section(args.sources, runs, "python bench/cluster.py " + " ".join(argv))
    print("\n".join(lines))
    if not args.no_results:
        harness.write_section(RESULTS, SECTION, lines)
        print(f"written into {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
