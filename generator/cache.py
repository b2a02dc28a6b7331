"""The cache of loaded briefings: a JSON copy of each valid one, read while its file is unchanged.

A build reads thousands of briefings; a briefing read before and unchanged since (same size and
modification time) comes from its copy under .cache/briefings/, several times faster than its
YAML. Loaded briefings share what pydantic gives each of their parts (`compact`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .files import atomic_write, file_in
from .schema import Briefing
from .yamltext import MAX_BRIEFING_BYTES, check_size, load_briefing_text

CACHE_DIR = ".cache/briefings"  # under the project root; in .gitignore


def folder_key(folder: Path) -> str:
    """A cache folder per briefings folder: two folders may hold the same file names."""
    return hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:12]


def quick_load(path: Path, cache: Path | None = None) -> Briefing | None:
    """The briefing through libyaml, if it is valid as it stands; else None.

    With a `cache` folder, a briefing read before and unchanged since (same size and
    modification time) comes from its JSON copy there, several times faster.
    """
    cached = _cached(path, cache) if cache is not None else None
    if cached is not None:
        return cached
    try:
        check_size(path.stat().st_size, MAX_BRIEFING_BYTES)
        briefing = Briefing.model_validate(load_briefing_text(path.read_bytes()))
    except Exception:  # any problem: the careful reader below says what it is
        return None
    if briefing.dangling_refs() or briefing.id != path.stem:
        return None
    if cache is not None:
        with contextlib.suppress(OSError):  # a read-only project still builds, only slower
            atomic_write(
                file_in(cache, f"{path.name}.json"),
                (_stamp(path) + "\n" + briefing.model_dump_json()).encode(),
                durable=False,  # a copy a crash damaged is read from the YAML again
            )
    return briefing


def _stamp(path: Path) -> str:
    status = path.stat()
    return f"{status.st_size} {status.st_mtime_ns}"


def _cached(path: Path, cache: Path) -> Briefing | None:
    try:
        stamp, _, data = (file_in(cache, f"{path.name}.json")).read_text(encoding="utf-8").partition("\n")
        if stamp != _stamp(path):
            return None
        briefing = Briefing.model_validate_json(data)
    except (OSError, ValueError):  # missing, stale or from an older schema: read the YAML
        return None
    return briefing if briefing.id == path.stem else None


def compact(model: BaseModel, strings: dict[str, str]) -> None:
    """Let thousands of loaded briefings share what pydantic gives each of their parts.

    Every model instance carries its own set of the fields its input named: at 5,000
    sources, about 100 parts each, those sets were half the memory of a render. Nothing
    here reads them (no exclude_unset), so each part gets its class's shared set of all
    its fields (assigning a field then adds nothing to it). Short strings that recur
    across sources (names, units, roles) are kept once, through `strings`.
    """
    object.__setattr__(model, "__pydantic_fields_set__", _all_fields(type(model)))
    values = model.__dict__
    for name, value in values.items():
        values[name] = _compact_value(value, strings)


def _compact_value(value: Any, strings: dict[str, str]) -> Any:
    if isinstance(value, str):
        return strings.setdefault(value, value) if len(value) <= SHARED_STRING else value
    if isinstance(value, BaseModel):
        compact(value, strings)
    elif isinstance(value, list):
        value[:] = [_compact_value(item, strings) for item in value]
    return value


SHARED_STRING = 60  # longer strings (quotes, sentences) seldom recur


@functools.cache
def _all_fields(cls: type[BaseModel]) -> set[str]:
    return set(cls.model_fields)
