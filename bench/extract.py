"""Extraction throughput and peak memory on folders of real sources, each language apart.

    .venv/bin/python bench/extract.py                      # seeds/, tests/eval/extra/, the Russian dev part
    .venv/bin/python bench/extract.py SOURCES [SOURCES ...] [--processes 2]

Each language's sources are put in a copy of the project alone and measured by bench/run.py's
steps: bare nlp.pipe and extraction, each in a process of its own. Prints; asserts nothing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

from generator.lexicon import load_lexicon  # noqa: E402
from generator.readers import discover, read_source  # noqa: E402
from generator.settings import load_settings  # noqa: E402

FOLDERS = [
    harness.REPO / "seeds",
    harness.REPO / "tests/eval/extra",
    harness.REPO / "tests/eval/corpus/ru/dev",
]


def measure(root: Path, language: str, processes: int) -> tuple[int, float]:
    """Print the figures of the project at `root`; its words and extraction's words per second
    without the model's load (what a longer run tends to)."""
    pipe = harness.run_step(
        harness.worker_command("run.py", "pipe", str(root), str(processes), language), root
    )
    command = harness.worker_command("run.py", "extract", str(root), str(root / "out"), str(processes))
    extraction = harness.run_step(command, root)
    bare, extracted = pipe.printed(), extraction.printed()
    words, load, seconds = bare["words"], bare["load"], extracted["seconds"]
    unloaded = max(seconds - load * processes, 1e-9)  # each process loads the model once
    print(f"  model load:    {load:.1f} s")
    print(f"  bare nlp.pipe: {bare['seconds']:.1f} s, {words / bare['seconds']:,.0f} words/s")
    share = bare["seconds"] / seconds
    print(f"  extraction:    {seconds:.1f} s, {words / seconds:,.0f} words/s ({share:.0%} of bare)")
    print(f"  without the load: {unloaded:.1f} s, {words / unloaded:,.0f} words/s")
    print(
        f"  peak memory: bare nlp.pipe {pipe.peak / 1e6:,.0f} MB, extraction {extraction.peak / 1e6:,.0f} MB"
    )
    for failure in extracted["failed"]:
        print(f"  failed: {failure}")
    return words, words / unloaded


def main(argv: list[str]) -> None:
    folders = ("folders", {"nargs": "*", "type": Path, "default": FOLDERS})
    args = harness.arguments(__doc__, argv, folders, ("--processes", {"type": int, "default": 1}))
    settings = load_settings(harness.REPO / "mkdocs.yml")
    lexicon, pipelines = load_lexicon(str(settings.path("lexicon"))), settings.pipelines()
    rates = []
    for folder in (f.resolve() for f in args.folders):
        by_language: dict[str, list[Path]] = {}
        for path in discover(folder):
            by_language.setdefault(read_source(path, folder, lexicon).language, []).append(path)
        for language, paths in sorted(by_language.items()):
            print(f"{folder}, {language}: {len(paths)} sources, {args.processes} process(es)")
            if language not in pipelines:
                print("  no pipeline analyses this language")
                continue
            with tempfile.TemporaryDirectory(prefix="bench-extract-") as work:
                harness.copy_project(Path(work))
                (Path(work) / "seeds").mkdir()
                for path in paths:  # this language's sources alone
                    shutil.copy(path, Path(work) / "seeds" / path.name)
                rates.append((folder.name, language, *measure(Path(work), language, args.processes)))
    print("\nwords per second of extraction, the model's load left out:")
    for name, language, words, rate in rates:
        print(f"  {language}  {rate:7,.0f}  ({words:,} words, {name})")


if __name__ == "__main__":
    main(sys.argv[1:])
