"""Extraction throughput and peak memory on a folder of real sources.

    .venv/bin/python bench/extract.py                      # seeds/ and tests/eval/extra/
    .venv/bin/python bench/extract.py SOURCES [SOURCES ...] [--processes 2]

For each folder: words of cleaned text, extraction time and words per second
(`extract_sources` into a temporary folder, model load included), the same for
bare `nlp.pipe` over the same paragraphs, their ratio, and the peak memory of
this process. `bench/run.py` measures the same at scale on a synthetic corpus;
this one is for the corpora the evaluation scores. It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.lexicon import load_lexicon  # noqa: E402
from generator.nlp import load_model  # noqa: E402
from generator.pipeline import extract_sources  # noqa: E402
from generator.readers import discover, read_source  # noqa: E402
from generator.settings import load_settings  # noqa: E402


def peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(folder: Path, processes: int) -> None:
    settings = load_settings(ROOT / "mkdocs.yml")
    lexicon = load_lexicon(str(settings.path("lexicon")))
    paragraphs = [p for path in discover(folder) for p in read_source(path, ROOT, lexicon).paragraphs]
    words = sum(len(p.split()) for p in paragraphs)

    load_model.cache_clear()
    started = time.perf_counter()
    nlp = load_model(settings.model)
    for _ in nlp.pipe(paragraphs):
        pass
    bare = time.perf_counter() - started

    load_model.cache_clear()  # extraction loads the model itself, as a run does
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = extract_sources(settings, folder, Path(out), force=True, processes=processes)
        seconds = time.perf_counter() - started
    extracted = len(report.new) + len(report.changed)
    print(f"{folder}: {extracted} sources, {words:,} words, {processes} process(es)")
    print(f"  bare nlp.pipe: {bare:.1f} s, {words / bare:,.0f} words/s")
    print(f"  extraction:    {seconds:.1f} s, {words / seconds:,.0f} words/s ({bare / seconds:.0%} of bare)")
    print(f"  peak memory of this process so far: {peak_mb():,.0f} MB")
    for path, reason in report.failed:
        print(f"  failed: {path}: {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "seeds", ROOT / "tests/eval/extra"])
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    for folder in args.folders:
        measure(folder.resolve(), args.processes)


if __name__ == "__main__":
    main()
