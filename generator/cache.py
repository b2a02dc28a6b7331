"""The cache of loaded briefings: a JSON copy of each valid one, read while its file is unchanged.

A build reads thousands of briefings; a briefing whose file holds the very bytes a copy under
.cache/briefings/ was checked from comes from that copy, several times faster than its YAML.
`extract` writes the copy as it writes each briefing (`keep_checked`), so the first build after it
reads no YAML; a build writes the copy of any other file it reads. Loaded briefings share what
pydantic gives each of their parts (`compact`).
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


def cache_folder(root: Path, folder: Path) -> Path:
    """Where the checked copies of the briefings in `folder` are kept, in the project at `root`."""
    return root / CACHE_DIR / folder_key(folder)


def quick_load(path: Path, cache: Path | None = None) -> Briefing | None:
    """The briefing through libyaml, if it is valid as it stands; else None.

    With a `cache` folder, a briefing whose file holds the bytes a copy there was checked from
    comes from that copy, several times faster.
    """
    try:
        check_size(path.stat().st_size, MAX_BRIEFING_BYTES)
        text = path.read_bytes()
    except Exception:  # any problem: the careful reader below says what it is
        return None
    cached = _cached(path.name, text, cache) if cache is not None else None
    if cached is not None and cached.id == path.stem:
        return cached
    try:
        briefing = Briefing.model_validate(load_briefing_text(text))
    except Exception:  # any problem: the careful reader below says what it is
        return None
    if briefing.dangling_refs() or briefing.id != path.stem:
        return None
    if cache is not None:
        _write_copy(cache, path.name, text, briefing)
    return briefing


def keep_checked(cache: Path, name: str, text: bytes, data: dict[str, Any]) -> None:
    """Keep the checked copy of a briefing file `name` that `extract` has just written as `text`
    from `data` (the plain data `text` is the YAML of), so that a build need not read it again.

    Checked here as a build checks a file it reads (the schema, its refs); a briefing that would
    fail (none should) gets no copy, and the build reads its YAML and says what is wrong.
    """
    try:
        briefing = Briefing.model_validate(data)
    except ValueError:
        return
    if not briefing.dangling_refs() and f"{briefing.id}.yaml" == name:
        _write_copy(cache, name, text, briefing)


def _key(text: bytes) -> str:
    """What a copy is the copy of: the file's bytes. A size and a modification time told a
    person's edit too late: `sed -i` of a word for one as long, in the clock tick of the
    write before it, left both as they were, and the site showed the text before the edit."""
    return "sha256 " + hashlib.sha256(text).hexdigest()


def _write_copy(cache: Path, name: str, text: bytes, briefing: Briefing) -> None:
    with contextlib.suppress(OSError):  # a read-only project still builds, only slower
        atomic_write(
            file_in(cache, f"{name}.json"),
            (_key(text) + "\n" + briefing.model_dump_json()).encode(),
            durable=False,  # a copy a crash damaged is read from the YAML again
        )


def _cached(name: str, text: bytes, cache: Path) -> Briefing | None:
    try:
        key, _, data = (file_in(cache, f"{name}.json")).read_text(encoding="utf-8").partition("\n")
        if key != _key(text):
            return None
        return Briefing.model_validate_json(data)
    except (OSError, ValueError):  # missing, stale or from an older schema: read the YAML
        return None


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
