"""How a briefing stays tied to its source on disk: by path, and by content when the path changes.

A briefing records its source's path and hash (`source.file`, `source.sha256`). Each
`extract` pairs the briefings of a folder with the sources it finds:

- the same path with the same content: the pair as it was;
- a briefing's content at another path, with no briefing of its own there (a `git mv`):
  the briefing follows it, its `source.file` updated; never a second briefing;
- the same path with other content: the source changed, its briefing is extracted again;
- a briefing whose file is gone and whose content is nowhere: its source was deleted;
  `extract` and `check` say so, `extract --prune` removes it (a copy stays in .backup/);
- a briefing that `check` refuses holds its source back: nothing is written for it until
  a person corrects the file, since a second briefing of the source would be listed
  beside the first once it is. Its source is told by the file, else by its machine
  copy, both by path and by content; when nothing tells it, no source without a
  briefing is extracted, as any of them could be the one.

Ids a briefing had before (`curation.previous_ids`, written by `rename`) are the addresses
of its redirect pages, so they are never handed to another briefing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .briefing_yaml import plain, read_checked, read_data
from .problems import BriefingError, Problem
from .schema import Briefing
from .store import MACHINE_DIR, briefing_files, briefing_path, line_in, problems_of


@dataclass
class Existing:
    """A briefing `check` accepts, and the source file it records."""

    path: Path
    id: str
    file: str
    sha256: str | None
    data: dict[str, Any]

    @property
    def former_ids(self) -> list[str]:
        curation = self.data.get("curation")
        former = curation.get("previous_ids") if isinstance(curation, dict) else None
        return [i for i in former or [] if isinstance(i, str)]


@dataclass
class Refused:
    """A briefing `check` refuses, left as it is, and what tells which source it is of."""

    path: Path
    problems: list[Problem]
    files: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)


@dataclass
class Folder:
    """The briefings of a folder: those `check` accepts (one per source file) and those it refuses."""

    existing: list[Existing]
    refused: list[Refused]

    def taken_ids(self) -> set[str]:
        """Ids a new briefing may not have: every briefing's, a refused file's name, every former id."""
        taken = {e.id for e in self.existing} | {r.path.stem for r in self.refused}
        for existing in self.existing:
            taken.update(existing.former_ids)
        return taken


def read_folder(out: Path) -> Folder:
    """The briefings in `out`, each tied to the source file it records."""
    existing: list[Existing] = []
    refused: list[Refused] = []
    by_file: dict[str, Existing] = {}
    for path in briefing_files(out):
        try:
            data, problems = read_checked(path, functools.partial(_problems, path))
        except BriefingError as exc:
            refused.append(_refused(path, exc.problems, None, out))
            continue
        source = data.get("source") if isinstance(data, dict) else None
        if problems:
            refused.append(_refused(path, problems, source if isinstance(source, dict) else None, out))
            continue
        assert isinstance(source, dict)  # _problems said so
        file = str(source.get("file"))
        if file in by_file:
            # two briefings of one source: the site would list it twice; a person keeps one
            loc = ("source", "file")
            message = (
                f"{file} is also the source of {by_file[file].path}; one source, one briefing "
                "(keep the one with your corrections, move the other away)"
            )
            problem = Problem(path.as_posix(), line_in(path, loc), "source.file", message)
            refused.append(_refused(path, [problem], source, out))
            continue
        by_file[file] = Existing(path, str(data.get("id")), file, source.get("sha256"), plain(data))
        existing.append(by_file[file])
    return Folder(existing, refused)


def _problems(path: Path, data: Any) -> list[Problem]:
    """What `check` finds wrong with a briefing's data, a missing source first (nothing tells its source)."""
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict):
        return [Problem(path.as_posix(), None, "source", "missing; cannot tell which source it is")]
    return problems_of(data, path)


def _refused(path: Path, problems: list[Problem], source: dict[str, Any] | None, out: Path) -> Refused:
    """A refused briefing with the source it is of, as far as the file or its machine copy tell."""
    refused = Refused(path, problems)
    machine = briefing_path(out / MACHINE_DIR, path.stem)
    if machine.is_file():
        try:
            copy = read_data(machine)
        except BriefingError:
            copy = None
        if isinstance(copy, dict) and isinstance(copy.get("source"), dict):
            _tell(refused, copy["source"])
    if source is not None:
        _tell(refused, source)
    return refused


def _tell(refused: Refused, source: dict[str, Any]) -> None:
    if isinstance(source.get("file"), str):
        refused.files.add(source["file"])
    if isinstance(source.get("sha256"), str):
        refused.hashes.add(source["sha256"])


@dataclass
class Pairing:
    tied: dict[str, Existing]  # a source's path -> its briefing
    moved: set[str]  # paths of sources whose briefing was found by content: the source moved there
    held: dict[str, str]  # a source's path -> why nothing is written for it
    gone: list[Existing]  # briefings whose source is nowhere


def pair(folder: Folder, sources: dict[str, str | None], exists: Callable[[str], bool]) -> Pairing:
    """Tie each source (its path, as a briefing records it -> its hash) to its briefing.

    `exists` tells whether a file a briefing records is still there: one that is, but was not
    among `sources` (extracted from another folder), is neither moved nor gone.
    """
    by_file = {e.file: e for e in folder.existing}
    held_files = {file: r for r in folder.refused for file in r.files}
    held_hashes = {sha: r for r in folder.refused for sha in r.hashes}
    untold = [r for r in folder.refused if not r.files]
    tied: dict[str, Existing] = {}
    for shown, sha in sources.items():
        before = by_file.get(shown)
        if before is not None and sha is not None and before.sha256 == sha and shown not in held_files:
            tied[shown] = before
    taken = {id(e) for e in tied.values()}
    # briefings whose content is no longer at their own path, by that content
    loose: dict[str, list[Existing]] = {}
    for existing in folder.existing:
        if id(existing) not in taken and existing.sha256 and existing.file not in held_files:
            loose.setdefault(existing.sha256, []).append(existing)
    moved: set[str] = set()
    for shown, sha in sorted(sources.items()):
        if shown in tied or shown in held_files or sha is None or not loose.get(sha):
            continue
        tied[shown] = loose[sha].pop(0)
        taken.add(id(tied[shown]))
        moved.add(shown)
    for shown in sorted(sources):
        before = by_file.get(shown)
        if shown not in tied and shown not in held_files and before is not None and id(before) not in taken:
            tied[shown] = before  # the source changed
            taken.add(id(before))
    held: dict[str, str] = {}
    for shown, sha in sources.items():
        refused = held_files.get(shown) or (held_hashes.get(sha) if sha and shown not in tied else None)
        if refused is not None:
            held[shown] = (
                f"not extracted: its briefing {refused.path} is refused (see above); correct it, "
                "then run extract again"
            )
        elif shown not in tied and untold:
            held[shown] = (
                f"not extracted while {untold[0].path} cannot be read: it may be this source's "
                "briefing (nothing else tells its source); correct it, then run extract again"
            )
    gone = [
        e for e in folder.existing if id(e) not in taken and e.file not in held_files and not exists(e.file)
    ]
    return Pairing(tied, moved, held, gone)


def check_ties(folder: Path, briefings: list[Briefing], root: Path) -> tuple[list[Problem], list[Problem]]:
    """What `check` finds wrong between valid briefings and their sources: (problems, warnings).

    Problems: two briefings of one source file (the site lists it twice); an id that is
    another briefing's former id (its old address would show this briefing instead of
    redirecting). Warnings: a briefing whose source file is gone (`extract` finds a moved
    one by its content; `extract --prune` removes the briefing of a deleted one).
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    sources: dict[str, str] = {}
    formers: dict[str, str] = {}
    for briefing in briefings:
        for former in briefing.curation.get("previous_ids", []):
            formers.setdefault(former, briefing_path(folder, briefing.id).as_posix())
    for briefing in briefings:
        path = briefing_path(folder, briefing.id)
        shown = path.as_posix()
        file = briefing.source.file
        if file in sources:
            message = (
                f"{file} is also the source of {sources[file]}; one source, one briefing (move one away)"
            )
            problems.append(Problem(shown, line_in(path, ("source", "file")), "source.file", message))
        sources.setdefault(file, shown)
        if briefing.id in formers and formers[briefing.id] != shown:
            message = (
                f"{briefing.id!r} is a former id of {formers[briefing.id]}, whose old address redirects "
                f"there; this briefing would take that address (rename it: python -m generator rename "
                f"{briefing.id} NEW)"
            )
            problems.append(Problem(shown, line_in(path, ("id",)), "id", message))
        if not source_exists(root, file):
            message = (
                f"{file} is gone: `extract` finds a moved source by its content; "
                "`extract --prune` removes the briefing of a deleted one (a copy stays in .backup/)"
            )
            warnings.append(Problem(shown, _file_line(path), "source.file", message))
    return problems, warnings


def source_exists(root: Path, file: str) -> bool:
    """Is the source file a briefing records (relative to the project root) still there?"""
    try:
        return (root / file).exists()
    except (OSError, ValueError):  # a name no file can have (a NUL in it): not there
        return False


def _file_line(path: Path) -> int | None:
    """The line of `source.file` in a briefing, found in its text: the YAML reader that knows
    lines takes a second for a few dozen files, and a folder may warn of thousands."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    in_source = False
    for number, line in enumerate(lines, 1):
        if not line.startswith((" ", "#")):
            in_source = line.startswith("source:")
        elif in_source and line.lstrip().startswith("file:"):
            return number
    return None
