"""Writing generated pages to disk: only what changed, never outside the output folder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import UserError
from .store import atomic_write

SAFE_PAGE = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*\.md$")
MARKER = ".generated-by-briefings"


def check_page_path(path: str) -> str:
    """A generated page address is relative, lower-case, and stays inside its folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\x00" in path or not SAFE_PAGE.match(path):
        raise UserError(f"refusing to write page {path!r}: not a safe relative address")
    return path


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def write_pages(pages: dict[str, str], folder: Path) -> WriteReport:
    """Write pages into `folder` (a folder of generated pages only), remove stale ones.

    A file is rewritten only when its content changed, so `mkdocs serve` watching
    the folder does not rebuild for nothing.
    """
    report = WriteReport()
    for path in pages:
        check_page_path(path)  # all of them before anything is written
    marker = folder / MARKER
    if folder.exists() and any(folder.iterdir()) and not marker.exists():
        raise UserError(
            f"{folder}: exists and was not made by the generator; refusing to write generated "
            "pages into it (choose another render folder)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    if not marker.exists():
        marker.write_text("Pages in this folder are generated; edits here are overwritten.\n")
    for path in sorted(pages):
        check_page_path(path)
        target = folder / path
        data = pages[path].encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            report.unchanged += 1
            continue
        atomic_write(target, data)
        report.written.append(path)
    for existing in sorted(folder.rglob("*.md")):
        relative = existing.relative_to(folder).as_posix()
        if relative not in pages:
            existing.unlink()
            report.removed.append(relative)
    for directory in sorted((d for d in folder.rglob("*") if d.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return report
