"""Files written in one step: a reader never sees half a file, and a name from data stays in its folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def file_in(folder: Path, name: str) -> Path:
    """`folder`/`name`, for a name that comes from data (an id, a file name): never a path elsewhere.

    Ids are checked when read (ids.id_problem); this is the last guard before a file is
    written, read or removed, wherever a path is built from a name, for any way in that
    skipped the check ('../aliases.yaml', '/tmp/x.yaml', 'a/b.yaml', a hidden '.x.yaml').
    """
    if not name or name.startswith(".") or any(c in name for c in "/\\\x00"):
        raise UserError(
            f"{folder}: refusing the file name {name!r}: it is not a plain name inside the folder"
        )
    return folder / name


def atomic_write(path: Path, data: bytes, exclusive: bool = False, durable: bool = True) -> None:
    """Replace `path` with `data` in one step; readers never see a partial file.

    `exclusive`: never replace an existing file (FileExistsError instead), still in one step.
    `durable`: on disk before the name is given to it (fsync), so that a crash of the machine
    leaves the old file or the new one. A cache that is checked when read (the rendered pages,
    compared with what a render makes; the briefings' JSON copies and the pages' HTML, which a
    damaged file only makes be worked out again) need not be: at about 7 ms a file here, the
    fsync of every page, copy and conversion was 40 s of a first build's wall time at 1,000
    sources, for 0.2 ms of CPU each.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a briefing or page gets the mode any new file would
        os.fchmod(handle, _file_mode(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        if exclusive:
            os.link(temporary, path)  # a link, unlike a rename, fails if the name is taken
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
