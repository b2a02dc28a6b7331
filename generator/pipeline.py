"""The steps a command runs: extract sources into briefings, load them, render pages.

Extraction is slow and its output is curated, so `extract` does as little as it
can: a source whose content hash matches its briefing's, extracted with the same
seeds/sources.yaml entry, is not extracted again; a source moved to another path
keeps its briefing (tracking.py says which briefing is which source's); a briefing
a person corrected keeps the corrections when its source changes (see curation.py);
a file is written only when it changes, and every file it replaces is kept in
.backup/. Sources are extracted in parallel processes when `processes` > 1, each
loading the model once, or by the workers of a Dask cluster (`scheduler`, cluster.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .briefing_yaml import plain, read_data, read_raw
from .cache import cache_folder
from .corpus import Aliases, Corpus
from .curation import follow_move, store_extraction
from .errors import SourceError, UserError
from .ids import id_problem, unique_id
from .lexicon import DEFAULT_LANGUAGE, Lexicon, languages_with_data, load_lexicon
from .overrides import SourceOverrides
from .problems import BriefingError, Problem
from .profiles import named_entity
from .readers import Source, check_file_name, discover, read_source, shown_path, source_suffix
from .readers.metadata import with_entry
from .rendering import Renderer
from .schema import Briefing
from .settings import Settings
from .store import (
    MACHINE_DIR,
    applied_entry,
    briefing_path,
    finish_pending,
    keep_backup,
    load_all,
    save_briefing,
    save_machine_copy,
    validate,
    write_schema,
)
from .tracking import Existing, read_folder, source_exists
from .tracking import pair as pair_sources
from .writers import WriteReport, write_pages

if TYPE_CHECKING:
    from .cluster import Cluster

LOCK_FILE = ".extract.lock"  # in the briefings folder; held by the extract running on it
LOCK_WAIT = 30.0  # seconds a second extract waits for the first to end before it gives up


@dataclass
class ExtractReport:
    """What an extract did, each source counted once."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (path before, path now)
    skipped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # curated briefings not overwritten
    updated: list[str] = field(default_factory=list)  # extracted again for a changed sources.yaml entry
    failed: list[tuple[str, str]] = field(default_factory=list)  # sources: (where, why)
    refused: list[Problem] = field(default_factory=list)  # briefings `check` refuses, left as they are
    gone: list[tuple[str, str]] = field(default_factory=list)  # (briefing, its source file, not there)
    pruned: list[tuple[str, str]] = field(default_factory=list)  # the same, removed by --prune
    carried: list[tuple[str, list[str]]] = field(default_factory=list)  # corrections kept
    lost: list[tuple[str, list[str]]] = field(default_factory=list)  # corrections that could not be
    not_analysed: list[tuple[str, str]] = field(default_factory=list)  # (source, language)
    words: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.new)} new",
            f"{len(self.changed)} changed",
            f"{len(self.skipped)} unchanged (skipped)",
        ]
        rarer: list[tuple[list[Any], str]] = [  # said only when there are some
            (self.moved, "moved (briefing kept)"),
            (self.updated, "updated from sources.yaml"),
            (self.carried, "with hand corrections carried over"),
            (self.kept, "curated (kept; use --force to replace)"),
            (self.gone, "whose source is gone (--prune removes them)"),
            (self.pruned, "pruned"),
        ]
        parts += [f"{len(items)} {label}" for items, label in rarer if items]
        parts.append(f"{len(self.failed)} failed")
        if self.refused:
            files = len({problem.file for problem in self.refused})
            parts.append(f"{files} briefing{'s' if files > 1 else ''} refused (left as written)")
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds and self.words else ""
        return ", ".join(parts) + f" in {self.seconds:.1f}s{rate}"


def _progress(total: int, enabled: bool) -> Any:
    """A progress bar on the terminal, with rate and time left; nothing when `enabled` is false.

    tqdm times from its start, not from the first source done, so its first frame shows no
    rate (the hand-written bar's first showed "381971.0/s"), and it smooths the rate.
    """
    from tqdm import tqdm

    try:
        known = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except (OSError, ValueError):
        known = False
    return tqdm(
        total=total,
        unit="source",
        file=sys.stderr,
        disable=not enabled or total < 2,
        dynamic_ncols=known,
        # a terminal that tells no size (some CI runners) would get no bar at all from tqdm
        ncols=None if known else 80,
        nrows=None if known else 24,
    )


def extract_sources(
    settings: Settings,
    sources: Path,
    out: Path,
    force: bool = False,
    progress: bool = False,
    processes: int | None = None,
    prune: bool = False,
    scheduler: str | None = None,
) -> ExtractReport:
    """Extract every new or changed source into a briefing file in `out`.

    `prune`: remove the briefings whose source is gone (a copy of each stays in .backup/).
    `scheduler` (or the setting): the address of a running Dask scheduler, whose workers read
    and extract the sources; it is reached first, so a run that cannot reach it changes nothing.
    """
    with _cluster(scheduler or settings.scheduler) as cluster, _folder_lock(out):
        return _extract_sources(settings, sources, out, force, progress, processes, prune, cluster)


def _cluster(address: str | None) -> contextlib.AbstractContextManager[Cluster | None]:
    """The connection to a Dask cluster (cluster.Cluster), or None without an address."""
    if address is None:
        return contextlib.nullcontext()
    try:
        from .cluster import connected
    except ImportError as exc:  # `distributed` is an optional dependency
        raise UserError(
            f"extraction on a Dask cluster ({address}) needs the package `distributed` "
            f"({exc.name} is not installed): pip install -e '.[cluster]'"
        ) from None
    return connected(address)


@contextlib.contextmanager
def _folder_lock(out: Path) -> Iterator[None]:
    """One extract or rename at a time on a briefings folder; the pairs a killed one left, finished.

    Two extracts would remove each other's temporaries; a rename beside an extract would
    move a briefing the extract is writing. An flock, not a file's existence: the kernel
    lets go when its holder ends, killed too, so a lock left by a killed run blocks nothing.
    The file itself stays (removing it would let a third run lock a new file while a
    second holds the old one).
    """
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_FILE, "a") as handle:
        if not _lock(handle, 0.0):
            sys.stderr.write(
                f"note: {out}: another extract or rename is running on this folder; "
                f"waiting up to {LOCK_WAIT:.0f}s\n"
            )
            if not _lock(handle, LOCK_WAIT):
                raise UserError(
                    f"{out}: another extract or rename is still running on this folder "
                    f"(it holds {LOCK_FILE}); run again when it has ended"
                )
        finish_pending(out)  # before anything compares a briefing with its machine copy
        yield  # released when the file is closed


def _lock(handle: Any, wait: float) -> bool:
    """Take the lock within `wait` seconds (polled: flock itself cannot time out)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)


def _extract_sources(
    settings: Settings,
    sources: Path,
    out: Path,
    force: bool,
    progress: bool,
    processes: int | None,
    prune: bool,
    cluster: Cluster | None = None,
) -> ExtractReport:
    report = ExtractReport()
    started = time.monotonic()
    load_lexicon(str(settings.path("lexicon")))  # a broken data file stops the run here, not in each worker
    overrides = SourceOverrides.load(sources / "sources.yaml")
    _remove_stale_temporaries(out)
    folder = read_folder(out)
    report.refused = [problem for refused in folder.refused for problem in refused.problems]
    # Only the hash of a source is read here; reading (decoding, cleaning, language)
    # happens in the workers, so they start at once and the parent stays idle.
    found = {shown_path(path, settings.root): path for path in discover(sources)}
    hashes = {shown: _sha256(path) for shown, path in found.items()}
    pairing = pair_sources(folder, hashes, lambda file: source_exists(settings.root, file))
    todo: list[tuple[Path, str]] = []
    for shown, path in found.items():
        try:
            check_file_name(shown)  # before a moved source's briefing is tied to the name
        except SourceError as refused:
            report.failed.append((refused.where, refused.reason))
            continue
        if shown in pairing.held:
            report.failed.append((shown, pairing.held[shown]))
            continue
        before = pairing.tied.get(shown)
        if before is None:
            todo.append((path, shown))
            continue
        same_text = before.sha256 == hashes[shown]
        same_entry = overrides.applied(path) == applied_entry(out, before.id)
        moved = shown in pairing.moved
        if same_text and same_entry and not force:
            if not moved:
                report.skipped.append(shown)
                continue
            if source_suffix(path.name) == source_suffix(before.file):  # read by the same reader
                follow_move(before, shown, out)
                report.moved.append((before.file, shown))
                continue
        todo.append((path, shown))
    taken = folder.taken_ids()
    cache = cache_folder(settings.root, out)  # each briefing's checked copy, for the build
    pipelines = settings.pipelines()
    for language in pipelines:  # a language without data stops the run here, not in each worker
        load_lexicon(str(settings.path("lexicon")), language)
    work = Work(pipelines, str(settings.path("lexicon")), settings.root, overrides)
    extracted = _extracted(todo, work, processes or settings.processes, progress, cluster)
    for (path, shown), result in extracted:
        if isinstance(result, SourceError):
            report.failed.append((result.where, result.reason))
            continue
        before = pairing.tied.get(shown)
        briefing_id = before.id if before else unique_id(result.title, shown, taken, result.source.language)
        briefing = result.model_copy(update={"id": briefing_id})
        taken.add(briefing.id)
        stored = store_extraction(briefing, before, out, overrides.applied(path), cache)
        if stored.carried:
            report.carried.append((briefing.source.file, stored.carried))
        if stored.lost:
            report.lost.append((briefing.source.file, stored.lost))
        if not stored.written:
            report.kept.append(briefing.source.file)  # left as a person wrote it
            continue
        report.words += briefing.source.words or 0
        if before is None:
            report.new.append(shown)
        elif shown in pairing.moved:
            report.moved.append((before.file, shown))
        elif before.sha256 == briefing.source.sha256 and not force:
            report.updated.append(shown)
        else:
            report.changed.append(shown)
        if briefing.source.language not in pipelines:
            report.not_analysed.append((shown, briefing.source.language or "?"))
    for existing in pairing.gone:
        if prune:
            _prune(existing, out)
            report.pruned.append((existing.path.as_posix(), existing.file))
        else:
            report.gone.append((existing.path.as_posix(), existing.file))
    write_schema(out)
    report.seconds = time.monotonic() - started
    return report


def _prune(existing: Existing, out: Path) -> None:
    """Remove a briefing whose source is gone, a copy kept in .backup/.

    The machine copy goes first: killed in between, the briefing is still there, and the
    next `extract --prune` finds it again.
    """
    keep_backup(out, existing.path)
    briefing_path(out / MACHINE_DIR, existing.id).unlink(missing_ok=True)
    existing.path.unlink()


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (never a briefing: those are renamed in whole)."""
    if out.is_dir():
        for leftover in out.rglob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def rename_briefing(folder: Path, old: str, new: str) -> Path:
    """Give a briefing a new id (page address); the old address will redirect to it.

    Killed at any step, the same command run again finishes the job, and there is never
    a second briefing of the source: the machine copy is written under the new id first
    (alone, it is unused), then the briefing file moves to its new name in one step, then
    the new id is written into it, then the old machine copy goes.
    """
    for name in (old, new):
        problem = id_problem(name)
        if problem is not None:
            raise UserError(f"rename: {problem}")
    if not folder.is_dir():
        raise UserError(f"{briefing_path(folder, old)}: no such briefing")
    with _folder_lock(folder):
        try:
            return _rename(folder, old, new)
        except BriefingError as exc:  # a briefing `check` refuses is not moved: its words, then what to do
            raise UserError(
                f"{exc}\nrename: correct {briefing_path(folder, old)} first, then rename it"
            ) from exc


def _rename(folder: Path, old: str, new: str) -> Path:
    from .store import load_briefing

    source, target = briefing_path(folder, old), briefing_path(folder, new)
    old_machine = briefing_path(folder / MACHINE_DIR, old)
    if source.is_file():
        if target.exists():
            raise UserError(f"{target}: a briefing with that id exists already")
        load_briefing(source)  # a briefing `check` refuses is not moved
        for existing in read_folder(folder).existing:
            if new in existing.former_ids and existing.path != source:
                # its old address redirects to that briefing: taken, it would show this one instead
                raise UserError(
                    f"rename: {new!r} was the id of {existing.path} before; its old address redirects "
                    "there, so it stays that briefing's: choose another id"
                )
    elif not _renamed_from(target, old):
        raise UserError(f"{source}: no such briefing")
    if old_machine.is_file():
        copy = _validated(old_machine).model_copy(update={"id": new})
        save_machine_copy(copy, folder)
    if source.is_file():
        os.rename(source, target)  # checked above that nothing is there; the lock keeps it so
    # the file at its new name, its id still the old one if a killed run moved it
    briefing = _validated(target)
    curation = dict(briefing.curation)
    previous = [i for i in curation.get("previous_ids", []) if i != new]
    curation["previous_ids"] = sorted({*previous, old})
    renamed = briefing.model_copy(update={"id": new, "curation": curation})
    save_briefing(renamed, folder, keep_layout_of=target)
    old_machine.unlink(missing_ok=True)
    return target


def _validated(path: Path) -> Briefing:
    """The briefing in `path` as `check` and the build read it (store.load_briefing): libyaml's
    reading, or where that is refused, the round-trip reader's, whose error names the line.

    The round-trip reader is pure Python: reading each file with it first took three quarters
    of a rename's time (the machine copy, the briefing, then the briefing's layout again). The
    layout (comments, quotes) is still read by it, once, where it is written back (save_briefing).
    """
    try:
        return validate(plain(read_data(path)), str(path))
    except BriefingError:
        return validate(plain(read_raw(path)), str(path))


def _renamed_from(path: Path, old: str) -> bool:
    """Is `path` a briefing a rename from `old` moved (its id still `old`) or finished?"""
    try:
        data = plain(read_raw(path)) if path.is_file() else None
    except BriefingError:
        return False
    if not isinstance(data, dict):
        return False
    curation = data.get("curation") if isinstance(data.get("curation"), dict) else {}
    return data.get("id") == old or old in (curation.get("previous_ids") or [])


def _sha256(path: Path) -> str | None:
    try:
        # never through a link: the worker's read refuses it and says why
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | os.O_NOFOLLOW)) as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None  # the worker's read says what is wrong


@dataclass(frozen=True)
class Work:
    """What a worker process needs to read and extract a source: sent once, at its start."""

    pipelines: dict[str, str]  # the pipeline of each language analysed, by name
    lexicon_dir: str
    root: Path
    overrides: SourceOverrides


def _extracted(
    todo: list[tuple[Path, str]], work: Work, processes: int, progress: bool, cluster: Cluster | None = None
) -> Iterator[tuple[tuple[Path, str], Briefing | SourceError]]:
    """((path, shown path), briefing or why it failed), in source order.

    `cluster`: a Dask cluster's workers extract instead of local processes (cluster.Cluster).
    """
    if not todo:
        return
    workers = max(1, min(processes, len(todo), os.cpu_count() or 1))
    paths = [path for path, _ in todo]
    with _progress(len(todo), progress) as bar:
        if cluster is not None:
            for item, result in zip(todo, cluster.extracted(todo, work), strict=True):
                yield item, result
                bar.update()
            return
        if workers == 1:
            _init_worker(work)
            for item, path in zip(todo, paths, strict=True):
                yield item, _extract_one(path)
                bar.update()
            return
        pool = ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(work, os.getpid())
        )
        with pool:
            for item, result in zip(todo, pool.map(_extract_one, paths, chunksize=4), strict=True):
                yield item, result
                bar.update()


_worker: dict[str, Any] = {}


def _init_worker(work: Work, parent: int | None = None) -> None:
    """Load the English model once per process (about a second), never per source; another
    language's pipeline is loaded with its first source (most runs have none), also once."""
    if parent is not None:  # first: the parent may be killed while the model loads
        end_with_parent(parent)

    from threadpoolctl import threadpool_limits

    from .nlp import load_model

    if DEFAULT_LANGUAGE in work.pipelines:
        load_model(work.pipelines[DEFAULT_LANGUAGE])
    # spaCy's networks multiply through blis, on one thread. The only BLAS user is
    # the summary's similarity of a few dozen sentences, and for that OpenBLAS would
    # wake a thread per core that spins after each call: with one process it kept a
    # second core 18% busy and the extraction 8% slower; with two it fights the
    # other process for its core. Set after the model, which loads numpy and BLAS.
    threadpool_limits(limits=1, user_api="blas")
    _worker["lexicon"] = load_lexicon(work.lexicon_dir)  # reading's: a source's language is not known yet
    _worker["work"] = work


def end_with_parent(parent: int) -> None:
    """End this worker process when `parent`, the process that started it, ends: killed too.

    A pool's worker that outlives its parent waits for work forever (it holds the other
    end of its own task pipe, so no end-of-file comes), with the model in its memory and,
    forked, extract's lock on the briefings folder. On Linux the kernel sends it SIGKILL
    the moment the parent ends (PR_SET_PDEATHSIG: immediate, also while the worker is busy
    in C code; it has nothing to save, the parent writes every file). The parent may have
    ended before that call: then this process has been given to another parent already,
    which the check after it sees. Elsewhere a thread looks for a new parent every second.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _extract_one(path: Path) -> Briefing | SourceError:
    work: Work = _worker["work"]
    try:
        source = with_entry(read_source(path, work.root, _worker["lexicon"]), work.overrides.entry(path))
    except SourceError as exc:
        return exc
    except Exception as exc:  # a bug met reading one source: it fails, the others go on
        return failed(shown_path(path, work.root), "reading", exc)
    return _extract_read(source)


def failed(shown: str, step: str, exc: Exception) -> SourceError:
    """A source that met a bug or a limit of the model: it fails with one line, the others go on."""
    return SourceError(shown, f"{step} failed ({type(exc).__name__}: {str(exc)[:200]})")


def _extract_read(source: Source) -> Briefing | SourceError:
    """Extract a source read in this worker (cluster.py reads one from the bytes it was sent)."""
    from .extraction import extract_briefing

    work: Work = _worker["work"]
    try:
        nlp, lexicon = _analysis(source.language, work)
        # the id is given by the parent process, which knows every id already taken
        return extract_briefing(source, nlp, lexicon)
    except UserError as exc:
        return SourceError(source.path, str(exc))
    except Exception as exc:  # a bug or a limit of the model: this source fails, the others go on
        return failed(source.path, "extraction", exc)


def _analysis(language: str, work: Work) -> tuple[Any, Lexicon]:
    """The pipeline and the language data a source in `language` is analysed with; for a language
    without a pipeline, none and the reading's data (its text is kept, not analysed)."""
    from .nlp import load_model

    name = work.pipelines.get(language)
    if name is None:
        return None, _worker["lexicon"]
    return load_model(name), load_lexicon(work.lexicon_dir, language)


def load_corpus(settings: Settings) -> tuple[Corpus, list[Problem]]:
    """The cross-source index of the briefings folder."""
    briefings, problems = load_all(settings.path("briefings"), settings.root)
    lexicon = str(settings.path("lexicon"))
    corpus = Corpus(
        briefings,
        aliases=Aliases.load(settings.path("aliases")),
        lexicon=load_lexicon(lexicon),
        # the names of places and organisations in every language's data, with the project's own
        lexicons={language: load_lexicon(lexicon, language) for language in languages_with_data()},
        own_page_sources=settings.own_page_sources(len(briefings)),
    )
    return corpus, problems


@dataclass
class Rendered:
    written: WriteReport  # every page address, and which files changed
    problems: list[Problem]  # briefings that could not be loaded, left out
    warnings: list[str]  # things a maintainer should decide


def render_site(settings: Settings, folder: Path, whole: bool = False) -> Rendered:
    """Render every generated page from the briefings folder into `folder`, one at a time.

    Pages go to disk as they are made and each briefing's source text is dropped
    after its page, so memory holds the cross-source index, not the site. `whole`:
    with an invalid briefing, write nothing (`serve` keeps its last good pages).
    """
    with rare_collections():
        corpus, problems = load_corpus(settings)
        if whole and problems:
            return Rendered(WriteReport(), problems, [])
        renderer = Renderer.of(settings)
        report = write_pages(renderer.each_page(corpus, release=True), folder)
        return Rendered(report, problems, merge_warnings(corpus, settings))


@contextlib.contextmanager
def rare_collections() -> Iterator[None]:
    """Python's cycle collector run every 100,000 allocations instead of every 700.

    Each run walks the young objects, and now and then every object held: the render holds
    millions (each briefing's data and index, the YAML nodes while a file is read), and
    makes few cycles to collect. At 1,000 sources the collector was 15% of a render's CPU
    (render_site from nothing 19.6 -> 16.8 s, the same peak memory).
    """
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def merge_warnings(corpus: Corpus, settings: Settings) -> list[str]:
    """Names that look alike across sources but were not merged, and a hub no source names: a
    maintainer decides."""
    found = [
        f"{kind} {a!r} and {b!r} look alike but were not merged: decide in {settings.aliases} "
        "(merge or keep_apart)"
        for kind, a, b in corpus.near_duplicates
    ]
    if settings.hub and named_entity(corpus, settings.hub) is None:
        found.append(f"hub: no briefing names {settings.hub!r}: the site has no hub page until one does")
    return found
