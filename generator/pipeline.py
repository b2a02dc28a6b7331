"""The steps a command runs: extract sources into briefings, load them, render pages.

Extraction is slow and curated, so it skips what has not changed: a source
whose content hash matches its briefing's is not extracted again, and a
briefing a person has corrected (`curation` is not empty) is not overwritten
without --force; with --force the replaced file is kept in .backup/.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Aliases, Corpus
from .errors import SourceError, UserError
from .lexicon import load_lexicon
from .readers import Source, discover, read_source
from .rendering import Renderer
from .schema import Briefing
from .settings import Settings
from .store import (
    BriefingError,
    Problem,
    atomic_write,
    briefing_files,
    load_all,
    read_raw,
    save_briefing,
    write_schema,
)

log = logging.getLogger("generator")
BACKUP_DIR = ".backup"


@dataclass
class ExtractReport:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # curated briefings not overwritten
    failed: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.new)} new",
            f"{len(self.changed)} changed",
            f"{len(self.skipped)} unchanged (skipped)",
        ]
        if self.kept:
            parts.append(f"{len(self.kept)} curated (kept; use --force to replace)")
        parts.append(f"{len(self.failed)} failed")
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds and self.words else ""
        return ", ".join(parts) + f" in {self.seconds:.1f}s{rate}"


@dataclass
class Existing:
    path: Path
    id: str
    sha256: str | None
    curated: bool


def _existing(out: Path) -> tuple[dict[str, Existing], list[Problem]]:
    """Briefings already written, by the source file they came from."""
    found: dict[str, Existing] = {}
    problems: list[Problem] = []
    for path in briefing_files(out):
        try:
            data = read_raw(path)
        except BriefingError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(data, dict) or not isinstance(data.get("source"), dict):
            problems.append(
                Problem(path.as_posix(), None, "source", "missing; cannot tell which source it is")
            )
            continue
        source = data["source"]
        found[str(source.get("file"))] = Existing(
            path=path,
            id=str(data.get("id") or path.stem),
            sha256=source.get("sha256"),
            curated=bool(data.get("curation")),
        )
    return found, problems


def _progress(items: list[Path], enabled: bool) -> Iterator[tuple[int, Path]]:
    """Items with a one-line progress display on a terminal."""
    start = time.monotonic()
    total = len(items)
    for number, item in enumerate(items, 1):
        yield number, item
        if enabled and total > 1:
            elapsed = time.monotonic() - start
            rate = number / elapsed if elapsed else 0.0
            left = (total - number) / rate if rate else 0.0
            sys.stderr.write(f"\r  {number}/{total} sources, {rate:.1f}/s, about {left:.0f}s left ")
            sys.stderr.flush()
    if enabled and total > 1:
        sys.stderr.write("\n")


def extract_sources(
    settings: Settings,
    sources: Path,
    out: Path,
    force: bool = False,
    progress: bool = False,
    on_source: Callable[[str, str], None] | None = None,
) -> ExtractReport:
    """Extract every new or changed source into a briefing file in `out`."""
    report = ExtractReport()
    started = time.monotonic()
    lexicon = load_lexicon(str(settings.path("lexicon")))
    files = discover(sources)
    existing, problems = _existing(out)
    for problem in problems:
        report.failed.append(
            (problem.file, f"existing briefing unreadable, left as it is: {problem.message}")
        )
    taken = {e.id for e in existing.values()}
    nlp = None
    for _, path in _progress(files, progress):
        try:
            source = read_source(path, settings.root, lexicon)
        except SourceError as exc:
            report.failed.append((exc.path, exc.reason))
            continue
        before = existing.get(source.path)
        if before and before.sha256 == source.sha256 and not force:
            report.skipped.append(source.path)
            continue
        if before and before.curated and not force:
            report.kept.append(source.path)
            continue
        if nlp is None:
            from .extraction import extract_briefing
            from .nlp import load_model

            nlp = load_model(settings.model)
        try:
            briefing = extract_briefing(
                source, nlp, lexicon, taken, briefing_id=before.id if before else None
            )
        except UserError as exc:
            report.failed.append((source.path, str(exc)))
            continue
        if before and force:
            backup = out / BACKUP_DIR / before.path.name
            atomic_write(backup, before.path.read_bytes())
        save_briefing(briefing, out)
        taken.add(briefing.id)
        report.words += briefing.source.words or 0
        (report.changed if before else report.new).append(source.path)
        if on_source:
            on_source(source.path, briefing.id)
    write_schema(out)
    report.seconds = time.monotonic() - started
    return report


def load_corpus(settings: Settings, briefings: list[Briefing] | None = None) -> tuple[Corpus, list[Problem]]:
    """The cross-source index of the briefings folder (or of the briefings given)."""
    problems: list[Problem] = []
    if briefings is None:
        briefings, problems = load_all(settings.path("briefings"), settings.root)
    corpus = Corpus(
        briefings,
        aliases=Aliases.load(settings.path("aliases")),
        lexicon=load_lexicon(str(settings.path("lexicon"))),
    )
    return corpus, problems


@dataclass
class Rendered:
    pages: dict[str, str]
    problems: list[Problem]  # briefings that could not be loaded, left out
    warnings: list[str]  # things a maintainer should decide


def render_pages(settings: Settings, briefings: list[Briefing] | None = None) -> Rendered:
    """Every generated page, from the briefings folder (or the briefings given)."""
    corpus, problems = load_corpus(settings, briefings)
    renderer = Renderer(settings.path("templates"), settings.topic)
    warnings = [
        f"{kind} {a!r} and {b!r} look alike but were not merged: decide in {settings.aliases} "
        "(merge or keep_apart)"
        for kind, a, b in corpus.near_duplicates
    ]
    return Rendered(renderer.pages(corpus), problems, warnings)


def read_source_file(path: Path, settings: Settings) -> Source:
    """One source as the extractor sees it (for tests and debugging)."""
    return read_source(path, settings.root, load_lexicon(str(settings.path("lexicon"))))
