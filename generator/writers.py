"""Writing generated pages to disk: only what changed, never outside the output folder."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import UserError
from .files import atomic_write

# a page, or one of the site's feeds and data files (exports.py) or a moved page's redirect
# (rendering.moved_page), which MkDocs copies as they are
SUFFIXES = ("md", "xml", "json", "jsonl", "csv", "html")
SAFE_PAGE = re.compile(rf"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*\.({'|'.join(SUFFIXES)})$")
MARKER = ".generated-by-briefings"
STAGING = ".staging-"  # a run's changed pages, until every page is made


def check_page_path(path: str) -> str:
    """A generated page address is relative, lower-case, and stays inside its folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\x00" in path or not SAFE_PAGE.match(path):
        raise UserError(f"refusing to write page {path!r}: not a safe relative address")
    return path


@dataclass
class WriteReport:
    pages: list[str] = field(default_factory=list)  # every page address, in the order made
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def write_pages(pages: Mapping[str, str] | Iterable[tuple[str, str]], folder: Path) -> WriteReport:
    """Write pages into `folder` (a folder of generated pages only), remove stale ones.

    Pages may come one at a time (address, Markdown), as a render makes them, so a
    site of thousands is never held in memory. A file is rewritten only when its
    content changed, so `mkdocs serve` watching the folder does not rebuild for
    nothing. Changed pages wait in a staging folder until the last page is made: a
    render that fails half-way (a template error) leaves the folder as it was.
    """
    items = pages.items() if isinstance(pages, Mapping) else pages
    report = WriteReport()
    created = _claim(folder)
    seen: set[str] = set()
    with _staging(folder) as staging:
        try:
            changed: list[str] = []
            for path, text in items:
                check_page_path(path)
                if path in seen:
                    raise UserError(f"two generated pages have the address {path!r}")
                seen.add(path)
                report.pages.append(path)
                data = text.encode("utf-8")
                if _holds(folder / path, data):
                    report.unchanged += 1
                    continue
                atomic_write(staging / path, data, durable=False)
                changed.append(path)
            for path in sorted(changed):
                (folder / path).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / path, folder / path)
                report.written.append(path)
        except BaseException:
            if created:
                shutil.rmtree(folder, ignore_errors=True)
            raise
    for existing in sorted(p for suffix in SUFFIXES for p in folder.rglob(f"*.{suffix}")):
        relative = existing.relative_to(folder).as_posix()
        if relative not in seen and not relative.startswith(STAGING):  # another run's staging
            existing.unlink()
            report.removed.append(relative)
    for directory in sorted((d for d in folder.rglob("*") if d.is_dir()), reverse=True):
        if not directory.name.startswith(STAGING) and not any(directory.iterdir()):
            directory.rmdir()
    return report


def write_some(pages: Iterable[tuple[str, str]], folder: Path) -> list[str]:
    """Write a few pages into `folder` and leave every other page as it is: the pages written.

    A preview re-renders one briefing's page at once and the rest of the site a moment
    later; write_pages would take every page it was not given for a stale one. A file is
    rewritten only when its content changed, each in one step.
    """
    _claim(folder)
    written = []
    for path, text in pages:
        check_page_path(path)
        data = text.encode("utf-8")
        if not _holds(folder / path, data):
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            atomic_write(folder / path, data, durable=False)
            written.append(path)
    return written


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A staging folder of this run's own beside `folder`, removed after it; those of killed runs, removed.

    Beside it, not in it: `mkdocs serve` watches the pages folder, and each page a render staged
    there started a build of the server (at 1,000 sources, builds back to back for the whole
    render, each taking the server's time from the edit a maintainer waits for). In the folder
    only when its parent cannot be written.

    A killed render (a build stopped half-way) left its staging folder behind, and as
    another run may be writing into the same folder (a build beside `mkdocs serve`),
    nobody could tell it was abandoned. Each run now holds an flock on its staging folder
    while it lasts, which the kernel drops when the run ends, killed too: a staging folder
    nobody holds is a dead run's. The marker file's lock makes creating a staging folder
    and locking it one step for the sweep of another run.
    """
    beside, prefix = folder.parent, f".{folder.name}{STAGING}"
    place = beside if os.access(beside, os.W_OK) else folder
    with open(folder / MARKER, "rb") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        staging = Path(tempfile.mkdtemp(prefix=prefix if place == beside else STAGING, dir=place))
        held = os.open(staging, os.O_RDONLY | os.O_DIRECTORY)
        fcntl.flock(held, fcntl.LOCK_EX)
        for other in sorted([*folder.glob(f"{STAGING}*"), *beside.glob(f"{prefix}*")]):
            if other != staging and _abandoned(other):
                shutil.rmtree(other, ignore_errors=True)
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        os.close(held)


def _abandoned(staging: Path) -> bool:
    """Is this staging folder's run gone (nobody holds its lock)?"""
    try:
        handle = os.open(staging, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False  # removed meanwhile, or not a folder
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(handle)


def _claim(folder: Path) -> bool:
    """Refuse a folder of someone else's files; mark a new one as the generator's (True)."""
    marker = folder / MARKER
    if folder.exists() and any(folder.iterdir()) and not marker.exists():
        raise UserError(
            f"{folder}: exists and was not made by the generator; refusing to write generated "
            "pages into it (choose another render folder)"
        )
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if not marker.exists():
        marker.write_text("Pages in this folder are generated; edits here are overwritten.\n")
    return created


def _holds(target: Path, data: bytes) -> bool:
    """Does the file already hold exactly these bytes? (The size is checked first: cheap.)"""
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False
