"""Extraction throughput and peak memory on folders of real sources, each language apart.

    .venv/bin/python bench/extract.py                      # seeds/, tests/eval/extra/, the Russian dev part
    .venv/bin/python bench/extract.py SOURCES [SOURCES ...] [--processes 2]

Prints; asserts nothing (bench/README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

from generator.lexicon import load_lexicon  # noqa: E402
from generator.nlp import load_model  # noqa: E402
from generator.pipeline import extract_sources  # noqa: E402
from generator.readers import discover, read_source  # noqa: E402
from generator.settings import load_settings  # noqa: E402


def measure(folder: Path, processes: int) -> list[tuple[str, str, int, float]]:
    """The figures of each language's sources in `folder`; (folder, language, words, words/s without
    the model's load) of each."""
    settings = load_settings(ROOT / "mkdocs.yml")
    lexicon = load_lexicon(str(settings.path("lexicon")))
    by_language: dict[str, list[tuple[Path, list[str]]]] = {}
    for path in discover(folder):
        source = read_source(path, ROOT, lexicon)
        by_language.setdefault(source.language, []).append((path, source.paragraphs))
    pipelines = settings.pipelines()
    rates = []
    for language, sources in sorted(by_language.items()):
        if language not in pipelines:
            print(f"{folder}: {len(sources)} sources in {language!r}, which no pipeline analyses")
            continue
        with tempfile.TemporaryDirectory() as part:
            for path, _ in sources:  # this language's sources alone
                shutil.copy(path, Path(part) / path.name)
            paragraphs = [p for _, texts in sources for p in texts]
            words, rate = measure_language(settings, Path(part), paragraphs, pipelines[language], processes)
            print(f"  ({folder}, {language})")
            rates.append((folder.name, language, words, rate))
    return rates


def measure_language(
    settings: Any, folder: Path, paragraphs: list[str], model: str, processes: int
) -> tuple[int, float]:
    """Prints the figures of one language's sources; returns their words and the words per second
    of extraction without the model's load (what a longer run tends to)."""
    words = sum(len(p.split()) for p in paragraphs)
    load_model.cache_clear()
    started = time.perf_counter()
    nlp = load_model(model)
    load = time.perf_counter() - started
    for _ in nlp.pipe(paragraphs):
        pass
    bare = time.perf_counter() - started

    load_model.cache_clear()  # extraction loads the model itself, as a run does
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = extract_sources(settings, folder, Path(out), force=True, processes=processes)
        seconds = time.perf_counter() - started
    extracted = len(report.new) + len(report.changed)
    print(f"{model}: {extracted} sources, {words:,} words, {processes} process(es)")
    print(f"  model load:    {load:.1f} s")
    print(f"  bare nlp.pipe: {bare:.1f} s, {words / bare:,.0f} words/s")
    print(f"  extraction:    {seconds:.1f} s, {words / seconds:,.0f} words/s ({bare / seconds:.0%} of bare)")
    unloaded = max(seconds - load * processes, 1e-9)  # each process loads the model once
    print(f"  without the load: {unloaded:.1f} s, {words / unloaded:,.0f} words/s")
    print(f"  peak memory of this process so far: {harness.memory(os.getpid(), b'VmHWM:') / 1e6:,.0f} MB")
    for path, reason in report.failed:
        print(f"  failed: {path}: {reason}")
    return words, words / unloaded


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[ROOT / "seeds", ROOT / "tests/eval/extra", ROOT / "tests/eval/corpus/ru/dev"],
    )
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    rates = [rate for folder in args.folders for rate in measure(folder.resolve(), args.processes)]
    print("\nwords per second of extraction, the model's load left out:")
    for folder, language, words, rate in rates:
        print(f"  {language}  {rate:7,.0f}  ({words:,} words, {folder})")


if __name__ == "__main__":
    main()
