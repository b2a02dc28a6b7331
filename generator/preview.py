"""The preview under `mkdocs serve`: an edit shows in seconds, the pages across sources follow.

Rendering every page and building every page again for each edit took 104 s at 1,000
sources. Here, between two builds of the server:

- an edited (or new) briefing's own page is rendered at once, with the cross-source index
  of the last full render (the names it links, its tags, related briefings); every page
  is then rendered again in a thread, and only the files that changed are written into
  the pages folder, which the server watches, so the next build takes them;
- an edited or new file in the sources folder is extracted in a worker process that loads
  the model once and outlives the edit, never in the server's own thread: the briefing it
  writes is the edit above;
- a mistake (a briefing `check` refuses, a source that cannot be extracted) is one line
  in the terminal; the last good page stays;
- the render of every page gives way to what a maintainer waits for: it pauses while an
  edit's own page is built and while a source is extracted (whose briefing renders every
  page again anyway).

The plugin builds only the pages whose file changed (MkDocs' dirty build): see plugin.py.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .briefing_yaml import remember_reads
from .corpus import Corpus
from .errors import UserError
from .files import atomic_write
from .pipeline import end_with_parent, extract_sources, load_corpus, merge_warnings
from .problems import BriefingError
from .rendering import Renderer
from .settings import Settings
from .store import load_briefing
from .writers import write_pages, write_some

log = logging.getLogger("mkdocs.plugins.briefings")
KEEPING = "the site shows its last good pages until this is fixed"
Stamps = dict[str, tuple[int, int]]  # file -> (modification time in ns, size)
PACKAGE = Path(__file__).parent  # the generator's code, templates and language data
SHOWING_AT_MOST = 30.0  # seconds the render waits for an edit's build, were the build never to say it ended


def stamps(*paths: Path, suffix: str = "", deep: bool = True) -> Stamps:
    """What tells a changed file without reading it, for every file under `paths` (hidden ones
    left out) whose name ends with `suffix`; `deep`: in the folders' folders too.

    Asked at every build of the server, for thousands of files: os.scandir, not pathlib.
    """
    found: Stamps = {}
    folders = []
    for path in paths:
        if path.is_file():
            status = path.stat()
            found[str(path)] = (status.st_mtime_ns, status.st_size)
        elif path.is_dir():
            folders.append(str(path))
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if deep:
                        folders.append(entry.path)
                elif entry.name.endswith(suffix):
                    status = entry.stat()
                    found[entry.path] = (status.st_mtime_ns, status.st_size)
    return found


def changed(before: Stamps, now: Stamps) -> list[str]:
    """Files added, changed or gone between two stamps, sorted."""
    return sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))


def code_stamps() -> Stamps:
    """The generator's own files (code, bundled templates, language data), compiled copies apart:
    a page is made by them as much as by the briefings."""
    return {name: stamp for name, stamp in stamps(PACKAGE).items() if "__pycache__" not in name}


def render_inputs(settings: Settings) -> tuple[Stamps, Stamps]:
    """The briefings, and the project's templates, language data and aliases.yaml (a change of
    these renders every page), as stamps: what a render reads besides the settings and the code."""
    inputs = stamps(*(settings.path(name) for name in ("templates", "lexicon", "aliases")))
    return stamps(settings.path("briefings"), suffix=".yaml", deep=False), inputs


class RenderRecord:
    """What a pages folder holds, as the inputs of the whole render that wrote it, and the warnings
    that render gave: for the server's next start and for the next `build` (`kept`).

    Rendering every page took 10 s of the server's start at 1,000 sources, and 16 to 18 s of CPU of
    each build, to write no file when nothing had changed.
    """

    def __init__(self, path: Path | None, folder: Path) -> None:
        self.path = path  # None: nothing is recorded (a scratch pages folder), every start renders
        self.folder = folder

    def fingerprint(self, settings: Settings, briefings: Stamps, inputs: Stamps) -> str:
        """The inputs of the render: the settings, the briefings, the project's templates and language
        data, the generator's own files, and the pages themselves (a page changed by anything
        else, an edit's own page or a `build` of other inputs, is seen)."""
        parts = {
            "settings": repr(settings),
            "briefings": briefings,
            "inputs": inputs,
            "code": code_stamps(),
            "python": sys.version,
            "pages": stamps(self.folder),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def forget(self) -> None:
        """No record while a render runs: a server stopped meanwhile renders at its next start.

        The last render's record named the briefings as they were before this render's change:
        a start after a stop mid-render rendered every page again, and a script waiting for the
        renders to end (no page written for a while, the record newer than every page) could not
        tell a render that would write no page from none (bench/serve.py's restarts did so).
        """
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def remember(self, settings: Settings, briefings: Stamps, inputs: Stamps, warnings: list[str]) -> None:
        """After a whole render without a problem; `briefings` and `inputs` as they were before it."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):  # a read-only project renders every time, nothing worse
            key = self.fingerprint(settings, briefings, inputs)
            atomic_write(self.path, json.dumps({"rendered": key, "warnings": warnings}).encode())

    def kept(self, settings: Settings, briefings: Stamps, inputs: Stamps) -> list[str] | None:
        """The warnings of the render that wrote the pages folder, if it holds the pages of these
        inputs as that render left them; else None (render)."""
        if self.path is None:
            return None
        try:
            kept = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        warnings = kept.get("warnings") if isinstance(kept, dict) else None
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            return None
        return warnings if kept.get("rendered") == self.fingerprint(settings, briefings, inputs) else None


class Preview:
    """What `mkdocs serve` keeps from one build to the next; its methods run in the server's build."""

    def __init__(self, settings: Settings, folder: Path, record: Path | None = None) -> None:
        self.settings = settings
        self.folder = folder  # the pages folder the build reads
        # what the pages in `folder` were rendered from, for the server's next start and the next build
        self.record = RenderRecord(record, folder)
        self.corpus: Corpus | None = None  # of the last full render
        self.renderer: Renderer | None = None
        self.briefings: Stamps = {}  # as the last render read them
        self.inputs: Stamps = {}  # templates, language data, aliases.yaml: a change renders every page
        self.seeds: Stamps | None = None  # None until the first build has seen the folder
        self.reported: set[str] = set()  # problems told once, not at every render
        self._lock = threading.Lock()
        self._rendering: threading.Thread | None = None
        self._again = False  # a briefing changed while the thread rendered
        self._extractor: ProcessPoolExecutor | None = None
        self._extracting: Future[list[str]] | None = None
        self._extract_again = False
        self._extraction_done = threading.Event()  # no extraction running nor queued
        self._extraction_done.set()
        self._starting = True  # the server's first build: pages kept from its last start may do
        self._showing_until = 0.0  # an edit's own page is being built (time.monotonic) until then
        self._waited_for = False  # someone waits for the render itself (wait): it gives way to nothing
        # told when what the render gives way to ends (an edit's build, an extraction) or someone waits
        # for the render: it wakes then, not at a clock's tick
        self._turn = threading.Condition()

    # ------------------------------------------------------------------ the build's own step

    def update(self, settings: Settings) -> None:
        """Bring the pages folder up to date with what changed since the last build, as fast as it can.

        Raises UserError when nothing can be rendered at all (a broken template at the first
        build); the plugin decides what to show then.
        """
        briefings, inputs = render_inputs(settings)
        starting, self._starting = self._starting, False
        if starting and self.record.kept(settings, briefings, inputs) is not None:
            # the server's start, nothing changed since the pages were rendered: they are built
            # as they are; the index an edit needs is loaded now, so the first edit shows at once
            # (loaded after the first build, a title edited once the server was up took 5 s more)
            self.settings, self.inputs, self.briefings = settings, inputs, briefings
            self._watch_seeds()
            self._load()
            return
        whole = self.corpus is None or settings != self.settings or inputs != self.inputs
        self.settings = settings
        self._watch_seeds()
        if whole:
            self.wait()  # one render at a time writes the pages folder
            self.inputs = inputs
            self._render_all(briefings)
            return
        edited = changed(self.briefings, briefings)
        if not edited:
            return
        self._render_own_pages([Path(name) for name in edited if name in briefings])
        self._showing_until = time.monotonic() + SHOWING_AT_MOST  # until shown(): the build ends
        # seen: the build its own write starts next does not take them for new edits (and render
        # the whole site once more); a render in the thread that began before them still does
        self.briefings = briefings
        self._render_later()

    def shown(self) -> None:
        """The server's build is done (or failed): an edit's own page, if it had one, is served."""
        with self._turn:
            self._showing_until = 0.0
            self._turn.notify_all()

    def _render_all(self, briefings: Stamps, later: bool = False) -> None:
        """Every page, now (the first build, or a template or the language data changed);
        `later`: in the thread, giving way to an edit's build (_giving_way)."""
        self.record.forget()
        corpus, problems = load_corpus(self.settings)
        kept = any(self.folder.rglob("*.md"))
        warnings = merge_warnings(corpus, self.settings)
        self._report([str(problem) for problem in problems], warnings, kept)
        if problems and kept:
            self.briefings = briefings  # told: not again until a briefing changes
            return  # the last good pages stay
        renderer = Renderer.of(self.settings)
        pages = renderer.each_page(corpus, release=True)
        write_pages(self._giving_way(pages) if later else pages, self.folder)
        if not problems:
            self.record.remember(self.settings, briefings, self.inputs, warnings)
        self._keep(corpus, renderer, briefings)

    def _keep(self, corpus: Corpus, renderer: Renderer, briefings: Stamps) -> None:
        """The index an edit's own page is rendered with, until the next whole render."""
        self.corpus, self.renderer, self.briefings = corpus, renderer, briefings
        # The index is millions of objects that stay; Python's collector went through them all
        # at every full collection, and MkDocs' first build took twice as long beside them.
        # Frozen, the collector leaves them alone. The one this index replaces is unfrozen and
        # collected first (once per render, under a second), so no cycle of it stays for good.
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    # ------------------------------------------------------------------ pages kept from the last start

    def _load(self) -> None:
        """The cross-source index of the kept pages, which an edit's own page is rendered with."""
        try:
            corpus, problems = load_corpus(self.settings)
            renderer = Renderer.of(self.settings)
        except UserError as exc:  # changed since the pages were rendered: the next build says it
            for line in str(exc).splitlines():
                log.error(f"{line} ({KEEPING})")
            return
        self._report([str(problem) for problem in problems], merge_warnings(corpus, self.settings), True)
        self._keep(corpus, renderer, self.briefings)

    def _render_own_pages(self, paths: list[Path]) -> None:
        """The pages of these briefings, with the cross-source index of the last full render."""
        assert self.corpus is not None and self.renderer is not None
        pages = []
        for path in paths:
            try:
                briefing = load_briefing(path, self.settings.root)
                pages.append(self.renderer.briefing_page(self.corpus, briefing))
            except BriefingError as exc:
                for problem in exc.problems:  # the file just edited: said at every edit
                    log.error(f"{problem} ({KEEPING})")
                    self.reported.add(str(problem))
            except UserError as exc:
                for line in str(exc).splitlines():
                    log.error(f"{line} ({KEEPING})")
        write_some(pages, self.folder)

    def _report(self, problems: list[str], warnings: list[str], kept: bool) -> None:
        """Each problem and warning once, not again at every render while it lasts."""
        for line in problems:
            if line not in self.reported:
                # the first render has no last good page to keep: the valid briefings are shown
                log.error(f"{line} ({KEEPING})" if kept else f"invalid briefing skipped: {line}")
        for line in warnings:
            if line not in self.reported:
                log.warning(line)
        self.reported = {*problems, *warnings}

    # ------------------------------------------------------------------ every page, in a thread

    def _render_later(self) -> None:
        """Every page rendered again in a thread; a change meanwhile renders them once more after."""
        with self._lock:
            if self._rendering is not None and self._rendering.is_alive():
                self._again = True
                return
            self._rendering = threading.Thread(target=self._render_loop, name="briefings-render", daemon=True)
            self._rendering.start()

    def _giving_way(self, pages: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
        """The pages, each made once nothing a maintainer waits for is running (_wait_turn); none
        once a briefing changed meanwhile, as the render that follows makes them all again (an
        edited seed's extraction, during which this render waited, is such a change)."""
        for page in pages:
            self._wait_turn()
            if self._again:
                raise _Superseded
            yield page

    def _wait_turn(self) -> None:
        """Until no edit's own page is being built and no source is being extracted.

        The render shares the server's process (and its lock on Python) with the builds, and the
        machine's cores with the extraction worker: an edited seed, extracted and built beside a
        render of every page, showed after 9 to 13 s at 1,000 sources. The render the edit started
        is not lost, only later; an extraction's briefing renders every page once more anyway.
        """
        with self._turn:
            while not self._waited_for:
                showing = self._showing_until - time.monotonic()
                if showing <= 0 and self._extraction_done.is_set():
                    return
                # an edit's build ends with shown(), or at its deadline were it never to say so
                self._turn.wait(showing if showing > 0 else None)

    def _render_loop(self) -> None:
        while True:
            self._wait_turn()
            briefings = stamps(self.settings.path("briefings"), suffix=".yaml", deep=False)
            try:
                self._render_all(briefings, later=True)
            except _Superseded:
                pass  # the pages folder is as it was; the loop renders again at once
            except UserError as exc:
                for line in str(exc).splitlines():
                    log.error(f"{line} ({KEEPING})")
            except Exception:  # a bug: said once, the server goes on with the pages it has
                log.exception("rendering the site failed")
            with self._lock:
                if not self._again:
                    self._rendering = None
                    return
                self._again = False

    def wait(self) -> None:
        """Until the thread's render is done (tests, a build that renders every page, the end of
        the server): meanwhile the render waits for nothing else, as the caller waits for it (a
        template edited while many new sources were extracted held the server's build until the
        extraction ended)."""
        with self._turn:
            self._waited_for = True
            self._turn.notify_all()
        try:
            while True:
                with self._lock:
                    thread = self._rendering
                if thread is None:
                    return
                thread.join()
        finally:
            self._waited_for = False

    # ------------------------------------------------------------------ sources, in a worker

    def _watch_seeds(self) -> None:
        """An edited or new source is extracted by the worker; the briefing it writes shows next."""
        sources = self.settings.path("sources")
        now = stamps(sources)
        if self.seeds is None or now == self.seeds:
            # at the first build, what is there was extracted by hand, or will be: `extract` is a step
            self.seeds = now
            return
        self.seeds = now
        with self._lock:
            if self._extracting is not None and not self._extracting.done():
                self._extract_again = True
                return
            self._start_extraction()

    def start_worker(self) -> None:
        """The extraction worker, started once; it loads the model at once, not at the first edit."""
        if self._extractor is not None or not self.settings.path("sources").is_dir():
            return
        context = multiprocessing.get_context("spawn")  # the server runs threads: no fork
        self._extractor = ProcessPoolExecutor(
            max_workers=1, mp_context=context, initializer=end_with_parent, initargs=(os.getpid(),)
        )
        self._extractor.submit(_load_models, self.settings)

    def extracted(self, timeout: float | None = None) -> bool:
        """Whether the worker's extractions (those queued too) are done, waiting up to `timeout`."""
        return self._extraction_done.wait(timeout)

    def _start_extraction(self) -> None:
        self._extraction_done.clear()
        self.start_worker()
        assert self._extractor is not None
        sources, out = self.settings.path("sources"), self.settings.path("briefings")
        log.info(f"extracting the changed sources in {sources}")
        self._extracting = self._extractor.submit(_extract, self.settings, sources, out)
        self._extracting.add_done_callback(self._extracted)

    def _extracted(self, done: Future[list[str]]) -> None:
        try:
            lines = done.result()
        except UserError as exc:
            lines = [f"extract: {line}" for line in str(exc).splitlines()]
        except Exception as exc:  # the worker died (killed, out of memory): the next edit starts another
            lines = [f"extract: the worker stopped ({type(exc).__name__}: {exc})"]
            self._extractor = None
        for line in lines:
            log.error(line)
        with self._lock:
            if self._extract_again:
                self._extract_again = False
                self._start_extraction()
            else:
                with self._turn:
                    self._extraction_done.set()
                    self._turn.notify_all()

    def close(self) -> None:
        if self._extractor is not None:
            self._extractor.shutdown(wait=False, cancel_futures=True)
            self._extractor = None


class _Superseded(Exception):
    """A briefing changed while the thread rendered: its pages would be stale before written."""


def _load_models(settings: Settings) -> None:
    """In the worker, once for every later edit: the models of the languages analysed, the
    language data, and the briefings folder as extract reads it (kept while files are unchanged)."""
    from .lexicon import load_lexicon
    from .nlp import load_model
    from .tracking import read_folder

    for name in settings.pipelines().values():
        with contextlib.suppress(UserError):  # said by the extraction that needs it
            load_model(name)
    with contextlib.suppress(UserError):
        for language in {"en", *settings.pipelines()}:
            load_lexicon(str(settings.path("lexicon")), language)
        load_lexicon(str(settings.path("lexicon")))
    remember_reads()
    read_folder(settings.path("briefings"))


def _extract(settings: Settings, sources: Path, out: Path) -> list[str]:
    """In the worker: extract what changed, one process (the model this one loaded); what went wrong."""
    report = extract_sources(settings, sources, out, processes=1)
    lines = [f"{where}: {why} (its page shows its last good briefing)" for where, why in report.failed]
    lines += [f"{problem} (its source is not extracted until this is fixed)" for problem in report.refused]
    return lines
