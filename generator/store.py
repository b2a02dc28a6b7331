"""Briefings on disk: a folder of YAML files that people read and correct, validated on load.

This module owns the folder: where a briefing's file is (`briefing_path`), writing a briefing
with its machine copy so that no kill leaves one without the other (`save_with_machine_copy`,
`finish_pending`), dated copies in .backup/, and loading every briefing with every problem
(`load_all`, `check_id`). The text of a briefing is briefing_yaml.py's, a problem's wording
problems.py's, the JSON copies of loaded briefings cache.py's, and every write goes through
files.atomic_write: an interrupted run leaves each file either old or new, never half-written.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .briefing_yaml import briefing_text, dump_briefing, plain, read_data, read_raw
from .cache import cache_folder, compact, quick_load
from .errors import plain_words
from .files import atomic_write, file_in
from .ids import id_problem
from .problems import BriefingError, Problem, field_path, line_of
from .schema import Briefing, fields_at, json_schema
from .yamltext import YAMLProblem, load_briefing_text

SCHEMA_FILE = "briefing.schema.json"


BACKUPS_KEPT = 10  # dated versions kept per briefing in .backup/, the newest


def keep_backup(folder: Path, path: Path) -> Path:
    """Keep a copy of `path` in `folder`/.backup/ under a new name; the newest BACKUPS_KEPT stay.

    The name is `<stem>.<UTC time>-<n><suffix>`: names sort by time (n counts up for two
    copies in one microsecond), so a person finds earlier versions in order. A copy the
    same as the newest one is not made again: runs that change nothing (`--force` after
    `--force`) would otherwise push the versions that differ out of the folder.
    """
    data = path.read_bytes()
    kept = backups_of(folder, path)
    if kept and kept[-1].read_bytes() == data:
        return kept[-1]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    for number in itertools.count(1):
        target = file_in(folder / BACKUP_DIR, f"{path.stem}.{stamp}-{number:03d}{path.suffix}")
        try:
            atomic_write(target, data, exclusive=True)
        except FileExistsError:
            continue
        for old in backups_of(folder, path)[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        return target
    raise AssertionError("unreachable")


def backups_of(folder: Path, path: Path) -> list[Path]:
    """The dated copies keep_backup made of `path`, oldest first (not other files a person put there)."""
    name = re.compile(rf"{re.escape(path.stem)}\.\d{{8}}T\d{{12}}Z-\d{{3}}{re.escape(path.suffix)}")
    backups = folder / BACKUP_DIR
    found = backups.glob(f"{path.stem}.*{path.suffix}") if backups.is_dir() else []
    return sorted(p for p in found if name.fullmatch(p.name))


MACHINE_DIR = ".machine"


BACKUP_DIR = ".backup"  # briefing files extract replaced, dated, the newest kept; local, not committed


def save_briefing(
    briefing: Briefing, folder: Path, keep_layout_of: Path | None = None, text: str | None = None
) -> Path:
    """Write a briefing; over a hand-edited file, keep its comments and key order.

    `text` is the briefing already dumped by `dump_briefing`, when the caller has it.
    """
    path = briefing_path(folder, briefing.id)
    if text is None or keep_layout_of is not None:
        text = briefing_text(briefing, keep_layout_of)
    atomic_write(path, text.encode("utf-8"))
    return path


def save_machine_copy(briefing: Briefing, folder: Path, text: str | None = None) -> Path:
    """The machine's own output, kept to tell a person's corrections from it later."""
    return save_briefing(briefing, folder / MACHINE_DIR, text=text)


APPLIED = "sources_yaml"  # in a machine copy's `curation`: the seeds/sources.yaml entry extracted with


def machine_copy_text(briefing: Briefing, applied: dict[str, Any]) -> str:
    """The text of a briefing's machine copy: the extraction, and the sources.yaml entry applied to it.

    With the entry on record the next run tells when it changed or went (the source is then
    extracted again, so a removed title or date reverts) and never takes its values for a
    person's corrections: they are in the machine's copy as much as in the briefing.
    """
    if not applied:
        return dump_briefing(briefing)
    return dump_briefing(briefing.model_copy(update={"curation": {**briefing.curation, APPLIED: applied}}))


def applied_entry(folder: Path, briefing_id: str) -> dict[str, Any]:
    """The sources.yaml entry a briefing's machine copy was extracted with ({} for none)."""
    path = briefing_path(folder / MACHINE_DIR, briefing_id)
    try:
        if APPLIED.encode() not in path.read_bytes():  # most have none: no need to parse them
            return {}
        data = read_data(path)
    except (OSError, BriefingError):
        return {}
    curation = data.get("curation") if isinstance(data, dict) else None
    applied = curation.get(APPLIED) if isinstance(curation, dict) else None
    return applied if isinstance(applied, dict) else {}


def without_applied(machine: dict[str, Any]) -> dict[str, Any]:
    """A machine copy's data as the briefing file would hold it: without the record of its entry."""
    curation = machine.get("curation")
    if not isinstance(curation, dict) or APPLIED not in curation:
        return machine
    return {**machine, "curation": {k: v for k, v in curation.items() if k != APPLIED}}


PENDING = ".pending"  # .machine/<id>.pending: a machine copy whose briefing may not be written yet


_JOURNAL_HEAD = re.compile(rb"# briefing sha256 (none|[0-9a-f]{64}) -> ([0-9a-f]{64}); its machine copy:")


def save_with_machine_copy(briefing_id: str, folder: Path, text: str, machine_text: str) -> None:
    """Write a briefing and the machine's copy of it so that no kill leaves one without the other.

    The two files are the record of a person's corrections (their difference), so they
    must change together: a briefing without its copy was overwritten at its source's
    next change, and a copy older than its briefing made the machine's own output look
    like corrections. Written first is a journal, `.machine/<id>.pending`: the hashes
    of the briefing file before and after, then the new machine copy. Then the briefing,
    then the copy, then the journal goes. A run killed anywhere in between leaves the
    journal, and `finish_pending` (the next run, first thing) tells from the briefing
    file which side of its write the kill fell on.
    """
    path = briefing_path(folder, briefing_id)
    journal = file_in(folder / MACHINE_DIR, f"{briefing_id}{PENDING}")
    data = text.encode("utf-8")
    before = _sha256_of(path) or "none"
    head = f"# briefing sha256 {before} -> {hashlib.sha256(data).hexdigest()}; its machine copy:\n"
    atomic_write(journal, head.encode() + machine_text.encode("utf-8"))
    atomic_write(path, data)
    atomic_write(briefing_path(folder / MACHINE_DIR, briefing_id), machine_text.encode("utf-8"))
    journal.unlink()


def finish_pending(folder: Path) -> None:
    """Complete or undo each briefing and machine copy pair a killed run left half-written.

    The briefing as the killed run wrote it: its machine copy is written too. As it was
    before (or never written): the journal goes, both files stay as they were. Edited by
    a person since the kill: the file they edited is the new one if it was new (the
    source's first briefing) or if it records the new machine copy's source file and text
    (`source.sha256`, `body`: the machine's, no correction of them is carried); else it
    is the old one. A file that cannot be read keeps its journal until it can.
    """
    machine_dir = folder / MACHINE_DIR
    for journal in sorted(machine_dir.glob(f"*{PENDING}")) if machine_dir.is_dir() else []:
        briefing_id = journal.name.removesuffix(PENDING)
        head, _, machine_text = journal.read_bytes().partition(b"\n")
        match = _JOURNAL_HEAD.fullmatch(head)
        if id_problem(briefing_id) is not None or match is None:
            continue  # not a journal of ours
        before, after = (value.decode() for value in match.groups())
        path = briefing_path(folder, briefing_id)
        now = _sha256_of(path)
        if now is None or now == before:
            written = False
        elif now == after or before == "none":
            written = True
        else:
            try:
                edited, machine = read_data(path), load_briefing_text(machine_text)
            except (BriefingError, YAMLProblem):
                continue
            written = _same_source(edited, machine)
        if written:
            atomic_write(briefing_path(machine_dir, briefing_id), machine_text)
        journal.unlink()


def _same_source(one: Any, other: Any) -> bool:
    """Do two briefings' data record the same source file and the same text read from it?"""
    if not isinstance(one, dict) or not isinstance(other, dict):
        return False
    source, other_source = one.get("source"), other.get("source")
    if not isinstance(source, dict) or not isinstance(other_source, dict):
        return False
    return source.get("sha256") == other_source.get("sha256") and one.get("body") == other.get("body")


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def briefing_path(folder: Path, briefing_id: str) -> Path:
    """The file of the briefing with this id in `folder` (checked to stay in it)."""
    return file_in(folder, f"{briefing_id}.yaml")


def load_machine_copy(folder: Path, briefing_id: str) -> Any:
    path = briefing_path(folder / MACHINE_DIR, briefing_id)
    return read_data(path) if path.is_file() else None


def write_schema(folder: Path) -> Path:
    path = folder / SCHEMA_FILE
    text = json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text.encode("utf-8"))
    return path


def briefing_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file() and not p.name.startswith("."))


def line_in(path: Path, loc: tuple[Any, ...]) -> int | None:
    """The line of the field at `loc` in a briefing file, to point at a problem found in its data."""
    return line_of(_raw_or_none(path), loc)


def validate(data: Any, shown: str) -> Briefing:
    """A Briefing from loaded data, or every problem with it."""
    if not isinstance(data, dict):
        raise BriefingError(
            [Problem(shown, None, "", "expected a mapping of briefing fields at the top level")]
        )
    try:
        briefing = Briefing.model_validate(plain(data))
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            message = plain_words(error, fields_at(loc))
            if error["type"] == "extra_forbidden" and "did you mean" not in message:
                message += " (briefing.schema.json lists the fields)"
            elif error["type"] == "missing":
                message = "required field is missing"
            problems.append(Problem(shown, line_of(data, loc), field_path(loc), message))
        raise BriefingError(problems) from exc
    dangling = [
        Problem(shown, line_of(data, loc), field_path(loc), msg) for loc, msg in briefing.dangling_refs()
    ]
    if dangling:
        raise BriefingError(dangling)
    return briefing


def load_briefing(path: Path, root: Path | None = None, cache: Path | None = None) -> Briefing:
    """A valid briefing, or BriefingError naming every problem with file, line and field.

    libyaml reads thousands of files fast; the round-trip reader, which knows
    where each value stands, is used only to report what is wrong.
    """
    briefing = quick_load(path, cache)
    if briefing is not None:
        return briefing
    shown = _shown(path, root)
    try:
        data = read_raw(path)
    except BriefingError as exc:
        for problem in exc.problems:
            problem.file = shown
        raise
    briefing = validate(data, shown)
    check_id(data, path, shown)
    return briefing


def check_id(data: dict[str, Any], path: Path, shown: str) -> None:
    """Refuse a briefing whose id is not a usable id (ids.id_problem) or not its own file's name.

    `check` and `extract` both ask this, `extract` before it writes anything: the id names
    the files written for the briefing, so a path ('../aliases') would be written outside
    the folder, and another briefing's id over that briefing and its corrections.
    """
    value = data.get("id", path.stem)  # a missing id is the schema's to report
    message = id_problem(value)
    if message is None and value != path.stem:
        message = (
            f"{value!r} differs from the file name {path.stem!r} "
            f"(an interrupted `rename {value} {path.stem}`? run it again to finish it)"
        )
    if message is not None:
        raise BriefingError([Problem(shown, line_of(data, ("id",)), "id", message)])


def problems_of(data: dict[str, Any], path: Path) -> list[Problem]:
    """What `check` finds wrong with a briefing file already read as plain data; [] if nothing.

    `extract` asks before it writes anything for the briefing. Plain data has no line
    numbers, so only a file with problems is read again, to name their lines.
    """
    try:
        validate(data, path.as_posix())
        check_id(data, path, path.as_posix())
    except BriefingError:
        try:
            load_briefing(path)
        except BriefingError as exc:
            return exc.problems
    return []


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def load_all(folder: Path, root: Path | None = None) -> tuple[list[Briefing], list[Problem]]:
    """Every valid briefing, and every problem with the others."""
    cache = cache_folder(root, folder) if root is not None else None
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    ids: dict[str, str] = {}
    formers: dict[str, str] = {}  # former id -> the briefing its old address redirects to
    strings: dict[str, str] = {}
    for path in briefing_files(folder):
        try:
            briefing = load_briefing(path, root, cache)
        except BriefingError as exc:
            problems.extend(exc.problems)
            continue
        if briefing.id in ids:
            problems.append(Problem(_shown(path, root), None, "id", f"same id as {ids[briefing.id]}"))
            continue
        shared = _shared_former_id(briefing, path, _shown(path, root), formers)
        if shared is not None:
            problems.append(shared)
            continue
        ids[briefing.id] = _shown(path, root)
        compact(briefing, strings)
        briefings.append(briefing)
    return briefings, problems


def _shared_former_id(briefing: Briefing, path: Path, shown: str, formers: dict[str, str]) -> Problem | None:
    """A former id another briefing already redirects from; else record this one's (None).

    Each former id is a redirect page, briefings/<old>.md: two briefings with one would
    be two pages at one address, and the build stops there.
    """
    previous = briefing.curation.get("previous_ids", [])
    for index, former in enumerate(previous):
        if former in formers:
            loc = ("curation", "previous_ids", index)
            message = f"{former!r} is also a former id of {formers[former]} (one old address, one redirect)"
            return Problem(shown, line_of(_raw_or_none(path), loc), field_path(loc), message)
    formers.update(dict.fromkeys(previous, shown))
    return None


def _raw_or_none(path: Path) -> Any:
    """The file read again with its line numbers, to point at a problem found in loaded data."""
    try:
        return read_raw(path)
    except BriefingError:
        return None


def machine_copy_data(out: Path, briefing_id: str) -> dict[str, Any] | None:
    """A briefing's machine copy as plain data; None if there is none `check` would accept."""
    try:
        machine = load_machine_copy(out, briefing_id)
        if machine is None:
            return None
        validate(machine, briefing_id)
    except BriefingError:
        return None
    return plain(machine)


def write_pair(path: Path, out: Path, text: str, machine_text: str) -> None:
    """Replace the briefing at `path` and its machine copy, the briefing kept in .backup/ first; if
    neither changes, nothing is written, so runs that change nothing leave no copy of the file as it is."""
    data = text.encode("utf-8")
    machine_path = briefing_path(out / MACHINE_DIR, path.stem)
    current = path.read_bytes()
    if (
        current == data
        and machine_path.is_file()
        and machine_path.read_bytes() == machine_text.encode("utf-8")
    ):
        return
    if current != data:
        keep_backup(out, path)
    save_with_machine_copy(path.stem, out, text, machine_text)
