"""Extraction on the workers of a running Dask cluster: `extract --scheduler tcp://HOST:8786`.

Only the reading and the extraction of each source move to the cluster. The client, the
process that runs `extract`, does all the rest as in a local run (pipeline.py): it decides
which sources to extract and writes every briefing (atomic writes, the curation merge, the
report, the progress bar). It reads each source's bytes and finds its sources.yaml entry, and
sends both; a worker reads the bytes into a Source and extracts it as a local worker process
does (pipeline._extract_read), and sends the briefing back. So a worker machine needs the
project installed, in the same version (checked when the run starts), but not the sources nor
the project folder: the project's lexicon/ files go to the workers with the run.

Each worker loads the model once: a worker plugin, registered for the run, does on each worker
what the local pool's initialiser does in each process (pipeline._init_worker), also on a worker
that joins during the run. Dask's `distributed` is an optional dependency (the `cluster` extra);
only this module imports it, and only `--scheduler` (or the `scheduler:` setting) imports this.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import os
import re
import shutil
import sys
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError
from dataclasses import replace
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client, Future, WorkerPlugin
from distributed.scheduler import KilledWorker

from . import pipeline
from .errors import SourceError, UserError
from .overrides import Override, SourceOverrides
from .readers import read_data, read_regular_file
from .readers.metadata import with_entry
from .schema import Briefing

CONNECT_WAIT = 10.0  # seconds to reach the scheduler before `extract` gives up, writing nothing
WORKER_WAIT = 60.0  # seconds to wait for a first worker when the scheduler has none
# Sources sent ahead of the one the client waits for, per worker thread: enough that no worker
# waits for work while the client writes briefings in source order, few enough that a large
# corpus's bytes are not all held by the scheduler at once.
AHEAD_PER_THREAD = 8


@contextlib.contextmanager
def connected(address: str) -> Iterator[Cluster]:
    """A client of the Dask scheduler at `address`; UserError, one line, if it cannot be reached."""
    try:
        client = Client(address, timeout=f"{CONNECT_WAIT}s", set_as_default=False)
    except ValueError as exc:  # Dask's words: "missing port number in address 'host'"
        raise UserError(
            f"{address}: not a Dask scheduler's address ({exc}); write it tcp://HOST:8786"
        ) from None
    except (OSError, TimeoutError):
        raise UserError(
            f"{address}: no Dask scheduler answered within {CONNECT_WAIT:.0f}s (is `dask scheduler` "
            "running there, and its port open to this machine?); nothing was extracted"
        ) from None
    try:
        yield Cluster(client, address)
    finally:
        client.close()


class Cluster:
    """The workers of one Dask scheduler, extracting sources for `extract`."""

    def __init__(self, client: Client, address: str) -> None:
        self.client = client
        self.address = address

    def extracted(
        self, todo: list[tuple[Path, str]], work: pipeline.Work
    ) -> Iterator[Briefing | SourceError]:
        """Each source of `todo` ((path, shown path)) extracted by a worker, in source order.

        A source the client cannot read, or a worker fails on, is its SourceError, as in a local
        run; a cluster that stops answering is a UserError (what was written stays written).
        """
        waiting = iter(todo)
        sent: deque[tuple[str, Future | SourceError]] = deque()
        run = Run(work, _files(Path(work.lexicon_dir)), code_digest())
        try:
            with self._answering():
                ahead = AHEAD_PER_THREAD * self._threads()
                self._register(run)  # each worker loads the model here
                for path, shown in islice(waiting, ahead):
                    sent.append((shown, self._send(run, path, shown, work.overrides)))
                while sent:
                    shown, future = sent.popleft()
                    result = self._result(shown, future)
                    for path, next_shown in islice(waiting, 1):  # one more sent for each one back
                        sent.append((next_shown, self._send(run, path, next_shown, work.overrides)))
                    yield result
        finally:
            # stopped early (an error, Ctrl-C): the workers drop what is left
            with contextlib.suppress(Exception):  # the cluster may be gone; its workers forget the run
                self.client.cancel([future for _, future in sent if isinstance(future, Future)])
                self.client.unregister_worker_plugin(run.name)

    @contextlib.contextmanager
    def _answering(self) -> Iterator[None]:
        """A lost connection to the scheduler as one line: what was written stays written."""
        try:
            yield
        except (CancelledError, OSError, TimeoutError) as exc:
            raise UserError(
                f"{self.address}: the Dask cluster stopped answering ({type(exc).__name__}); the briefings "
                "written so far are kept: run `extract` again for the rest"
            ) from None

    def _register(self, run: Run) -> None:
        try:
            self.client.register_plugin(run, name=run.name)
        except (UserError, OSError, CancelledError, TimeoutError):
            raise
        except Exception as exc:  # the plugin is unpickled on each worker; Dask gives its error as text
            missing = re.search(r"No module named '([^']+)'", str(exc))
            if missing is None:
                raise
            raise UserError(
                f"{self.address}: a Dask worker cannot import {missing[1]!r}: install the project "
                "(pip install -e '.[cluster]') on every machine that runs `dask worker`, in the same "
                "version as here"
            ) from None

    def _threads(self) -> int:
        """The worker threads of the cluster, once it has a worker."""
        threads = self.client.nthreads()
        if not threads:
            sys.stderr.write(
                f"note: {self.address}: the scheduler has no workers yet; waiting up to {WORKER_WAIT:.0f}s\n"
            )
            try:
                self.client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError:
                raise UserError(
                    f"{self.address}: the Dask scheduler has no workers: start `dask worker {self.address}` "
                    "on each machine that is to extract"
                ) from None
            threads = self.client.nthreads()
        return max(1, sum(threads.values()))

    def _send(self, run: Run, path: Path, shown: str, overrides: SourceOverrides) -> Future | SourceError:
        try:
            data = read_regular_file(path, shown)  # the checks of a local run's read_source
        except SourceError as exc:
            return exc
        # pure=False: two runs never share a result, whatever their sources
        return self.client.submit(_extract_sent, run.key, shown, data, overrides.entry(path), pure=False)

    def _result(self, shown: str, future: Future | SourceError) -> Briefing | SourceError:
        if isinstance(future, SourceError):
            return future
        try:
            return future.result()
        except KilledWorker:
            return SourceError(
                shown,
                "the Dask workers extracting it ended, again and again (out of memory?); "
                "the other sources go on",
            )
        except (CancelledError, OSError, TimeoutError):
            raise  # the cluster's, not the source's (_answering)
        except Exception as exc:  # a bug in the task itself: this source fails, the others go on
            return SourceError(
                shown, f"extraction failed on the cluster ({type(exc).__name__}: {str(exc)[:200]})"
            )


class Run(WorkerPlugin):
    """One `extract`'s work on each worker: the model loaded once, the project's language data."""

    def __init__(self, work: pipeline.Work, lexicon: dict[str, bytes], code: str) -> None:
        self.key = uuid.uuid4().hex
        self.name = f"generator-extract-{self.key}"  # a run of its own: two clients may share a cluster
        # the entries travel with each source, found by the client, which knows the paths
        self.work = replace(work, overrides=SourceOverrides({}))
        self.lexicon = lexicon
        self.code = code

    async def setup(self, worker: Any) -> None:
        _run_lean(worker, self.key)  # on the event loop, which runs the profiler's callbacks
        # in a thread: the model's load, and the wait for a source of another run to finish, must
        # not hold up the worker's event loop (its heartbeats to the scheduler)
        try:
            await asyncio.to_thread(self._setup, worker)
        except BaseException:
            _run_lean(worker, self.key, leaving=True)  # no run here: the worker as it was
            raise

    def _setup(self, worker: Any) -> None:
        if code_digest() != self.code:
            raise UserError(
                f"Dask worker {worker.address}: its generator is another version than the client's; "
                "install the same version on every machine (its briefings would differ)"
            )
        folder = _lexicon_folder(Path(worker.local_directory), self.lexicon)
        with _one_at_a_time:
            try:
                pipeline._init_worker(replace(self.work, lexicon_dir=str(folder)))
            except UserError as exc:  # a model not installed there: the client says where
                raise UserError(f"Dask worker {worker.address}: {exc}") from None
            _runs[self.key] = dict(pipeline._worker)

    def teardown(self, worker: Any) -> None:
        _runs.pop(self.key, None)
        _run_lean(worker, self.key, leaving=True)


# On a worker: what pipeline._init_worker set up for each run (pipeline._worker's entries), by key.
_runs: dict[str, dict[str, Any]] = {}
# A worker may run tasks in several threads; extraction shares one model and pipeline._worker,
# and gains nothing from threads under the GIL: one source at a time per worker process.
_one_at_a_time = threading.Lock()


# In a worker's process: the runs of `extract` under way on each worker (by its address), and the
# profiler's callbacks they stopped there.
_lean_runs: dict[str, set[str]] = {}
_stopped: dict[str, list[Any]] = {}
PROFILER_CALLBACKS = ("profile", "profile-cycle")
# glibc's own ceiling for the size from which an allocation is its own mapping (64-bit), which its
# default (dynamic) setting reaches after the first large blocks are freed; and its starting value
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_DYNAMIC_MAX = 32 * 1024 * 1024
MMAP_THRESHOLD_START = 128 * 1024


def _run_lean(worker: Any, key: str, leaving: bool = False) -> None:
    """A worker spends on extraction what a local process does, for as long as a run is on it.

    Measured at 100 synthetic sources, a Dask worker took 30% more CPU per source than a
    process of the local pool, for two reasons of Dask's own (bench/RESULTS.md). Its profiler
    walks the task's stack every 10 ms (spaCy's is deep) and merges it into its counts: about
    10%; it is stopped while a run is on the worker and starts again when the last run leaves.
    And the worker's nanny sets MALLOC_TRIM_THRESHOLD_, which also fixes glibc's threshold for an
    allocation of its own mapping at 128 KiB, where it otherwise grows to 32 MiB: every parse's
    arrays were mapped and unmapped again, 8 times the system time of a local process. The
    threshold is given what a local process has, and the nanny's start value back at the end.
    """
    name = str(getattr(worker, "address", id(worker)))
    runs = _lean_runs.setdefault(name, set())
    if leaving:
        runs.discard(key)
        if not runs:
            for callback in _stopped.pop(name, []):
                callback.start()
            del _lean_runs[name]
            if not _lean_runs:
                _mmap_threshold(MMAP_THRESHOLD_START)
        return
    if not runs:
        callbacks = getattr(worker, "periodic_callbacks", {})
        running = [callbacks[c] for c in PROFILER_CALLBACKS if c in callbacks and callbacks[c].is_running()]
        for callback in running:
            callback.stop()
        _stopped[name] = running
        _mmap_threshold(MMAP_THRESHOLD_DYNAMIC_MAX)
    runs.add(key)


def _mmap_threshold(size: int) -> None:
    """glibc's mapping threshold set to `size`, where the environment fixed it (MALLOC_TRIM_THRESHOLD_)."""
    if not sys.platform.startswith("linux") or "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return  # glibc's dynamic threshold is left to itself
    if "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return  # the worker's owner chose one
    with contextlib.suppress(OSError, AttributeError):  # another C library: nothing to set
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, size)


def _extract_sent(key: str, shown: str, data: bytes, entry: Override | None) -> Briefing | SourceError:
    """On a worker: read and extract a source sent as its bytes, as pipeline._extract_one does a file."""
    with _one_at_a_time:
        pipeline._worker.update(_runs[key])
        try:
            source = with_entry(read_data(data, shown, pipeline._worker["lexicon"]), entry)
        except SourceError as exc:
            return exc
        except Exception as exc:  # as in a local run: this source fails, the others go on
            return pipeline.failed(shown, "reading", exc)
        return pipeline._extract_read(source)


def _files(folder: Path) -> dict[str, bytes]:
    """The regular files under `folder` (the project's lexicon/), by path inside it."""
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _lexicon_folder(local: Path, files: dict[str, bytes]) -> Path:
    """The project's lexicon/ written once into a worker's own folder, named by its content, so that
    each run with the same files reuses it (and the language data loaded from it, cached by path)."""
    digest = hashlib.sha256()
    for name, data in sorted(files.items()):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    folder = local / f"lexicon-{digest.hexdigest()[:16]}"
    if not folder.is_dir():
        partial = local / f".{folder.name}.{os.getpid()}.tmp"
        for name, data in files.items():
            (partial / name).parent.mkdir(parents=True, exist_ok=True)
            (partial / name).write_bytes(data)
        partial.mkdir(exist_ok=True)
        try:
            os.rename(partial, folder)  # whole or not at all
        except OSError:
            if not folder.is_dir():
                raise
            shutil.rmtree(partial)  # another run wrote it meanwhile
    return folder


@cache
def code_digest() -> str:
    """A digest of the generator's code and language data, which decide what a worker extracts."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package).as_posix()
        if path.is_file() and (path.suffix == ".py" or relative.startswith("data/")):
            digest.update(relative.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
