"""Storing briefings: YAML files that people read and correct, validated on load.

Writes are atomic (a temporary file in the same folder, then a rename), so an
interrupted run leaves every briefing either old or new, never half-written.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import itertools
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tokens import CommentToken

from .curation import ITEM_KEYS, item_key
from .errors import UserError, plain_words
from .ids import id_problem
from .schema import Briefing, fields_at, json_schema
from .yamltext import (
    MAX_BRIEFING_BYTES,
    YAMLProblem,
    check_size,
    load_briefing_text,
    load_round_trip,
    round_trip_yaml,
)

SCHEMA_FILE = "briefing.schema.json"
TOP_LEVEL_NULLABLE = {"published", "outlet", "url"}


@dataclass
class Problem:
    """One thing wrong with one briefing file."""

    file: str
    line: int | None
    field: str
    message: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    @property
    def what(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class BriefingError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Representer(RoundTripRepresenter):
    """ruamel's, but a string YAML 1.1 reads as a boolean ("NO", "on") is quoted.

    ruamel writes YAML 1.2, where they are strings; PyYAML and the scorer read 1.1.
    """

    def represent_str(self, data: str) -> Any:
        if data.lower() in _WORDS:
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


_Representer.add_representer(str, _Representer.represent_str)


def _yaml() -> YAML:
    yaml = round_trip_yaml()  # reads within the limits; an impossible date stays text (yamltext.py)
    yaml.Representer = _Representer
    yaml.width = 4096  # a sentence stays on one line: diffs of hand edits stay small
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    return yaml


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


def atomic_write(path: Path, data: bytes, exclusive: bool = False) -> None:
    """Replace `path` with `data` in one step; readers never see a partial file.

    `exclusive`: never replace an existing file (FileExistsError instead), still in one step.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a briefing or page gets the mode any new file would
        os.fchmod(handle, _file_mode(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if exclusive:
            os.link(temporary, path)  # a link, unlike a rename, fails if the name is taken
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _prune(value: Any, top: bool = False) -> Any:
    """Drop empty optional values so files stay short; required top-level keys stay."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            item = _prune(item)
            if item is None and not (top and key in TOP_LEVEL_NULLABLE):
                continue
            if item in ([], {}) and not top and key in {"aliases", "refs", "via"}:
                continue
            result[key] = item
        return result
    if isinstance(value, list):
        return [_prune(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 9000, not 9000.0
    return value


def dump_briefing(briefing: Briefing) -> str:
    return dump_data(briefing_data(briefing))


def dump_data(data: dict[str, Any]) -> str:
    """Briefing data as YAML text, laid out as ruamel.yaml lays it out.

    ruamel's emitter is pure Python and took a third of the extraction time of
    a source; `_Writer` writes the same text in a tenth of the time for what
    briefings hold (block mappings and lists of one-line strings, numbers and
    booleans), and hands anything else to ruamel.
    """
    try:
        return _Writer().document(data)
    except _Unusual:
        stream = io.StringIO()
        _yaml().dump(data, stream)
        return stream.getvalue()


class _Unusual(Exception):
    """Data the fast writer leaves to ruamel: line breaks, control characters, long lines."""


_STR_TAG = "tag:yaml.org,2002:str"
_KEY = re.compile(r"[a-z_][a-z0-9_]*")
_LONGEST = 3000  # ruamel folds lines past its width (4096); stay well clear of it
_ANALYSER: Any = None
# Most of a briefing's strings: they start with a letter and hold no character YAML
# reads specially (no ": ", " #", quotes at the ends, brackets or line breaks).
_SIMPLE = re.compile(r"[A-Za-z][\w ,.()’'/–—-]*[\w.)’]\Z")
_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"}  # read as booleans or null


def _analyser() -> Any:
    """One ruamel emitter and resolver, used only for their judgement of a scalar."""
    global _ANALYSER
    if _ANALYSER is None:
        yaml = _yaml()  # the same settings as the documents it stands in for
        _ANALYSER = (yaml.emitter, yaml.resolver)
    return _ANALYSER


@functools.lru_cache(maxsize=512)  # a briefing's few dozen keys, asked for a hundred times per file
def _plain_key(key: str) -> bool:
    """A key written as it is: a lower-case name that reads back as this string."""
    return _KEY.fullmatch(key) is not None and _Writer.plain(key)


class _Writer:
    """Block-style YAML: mapping indent 2, list items at 2 with their content at 4."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.emitter, _ = _analyser()

    def document(self, data: dict[str, Any]) -> str:
        if not isinstance(data, dict) or not data:
            raise _Unusual
        self.mapping(data, 0, None)
        return "\n".join(self.lines) + "\n"

    def mapping(self, data: dict[str, Any], indent: int, first: str | None) -> None:
        """Keys at `indent`; the first one after `first` ("  - ") when it opens a list item."""
        for number, (key, value) in enumerate(data.items()):
            if not isinstance(key, str) or not _plain_key(key):
                raise _Unusual
            lead = first if number == 0 and first is not None else " " * indent
            self.entry(f"{lead}{key}:", value, indent + 2)

    def sequence(self, data: list[Any], indent: int) -> None:
        for item in data:
            lead = " " * indent + "- "
            if isinstance(item, dict) and item:
                self.mapping(item, indent + 2, lead)
            elif isinstance(item, (dict, list)) or item is None:
                raise _Unusual  # nested lists, empty items: not in a briefing
            else:
                self.lines.append(lead + self.scalar(item))

    def entry(self, head: str, value: Any, indent: int) -> None:
        if isinstance(value, dict) and value:
            self.lines.append(head)
            self.mapping(value, indent, None)
        elif isinstance(value, list) and value:
            self.lines.append(head)
            self.sequence(value, indent)
        elif value is None:
            self.lines.append(head)
        elif value == [] or value == {}:
            self.lines.append(f"{head} {value!r}")
        else:
            self.lines.append(f"{head} {self.scalar(value)}")

    def scalar(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            text = repr(value)
            if not re.fullmatch(r"-?\d+\.\d+", text):
                raise _Unusual  # 1e+20, inf, nan: ruamel's own spelling
            return text
        if not isinstance(value, str) or len(value) > _LONGEST:
            raise _Unusual
        if _SIMPLE.match(value) and value.lower() not in _WORDS:
            return value  # words and plain punctuation: ruamel writes these as they are
        analysis = self.emitter.analyze_scalar(value)
        if analysis.empty or analysis.multiline or not analysis.allow_single_quoted:
            raise _Unusual
        if self.plain(value) and analysis.allow_block_plain:
            return value
        if "'" in value and analysis.allow_double_quoted:
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "'" + value.replace("'", "''") + "'"

    @staticmethod
    def plain(value: str) -> bool:
        """Would the plain text read back as this string, not as a number, date or null?

        Also in YAML 1.1, which other tools read with (PyYAML, the scorer): there a plain
        "NO" or "on" is a boolean, although ruamel's YAML 1.2 reads it as a string.
        """
        from ruamel.yaml.nodes import ScalarNode

        if value.lower() in _WORDS:
            return False
        _, resolver = _analyser()
        return bool(resolver.resolve(ScalarNode, value, (True, False)) == _STR_TAG)


MACHINE_DIR = ".machine"
BACKUP_DIR = ".backup"  # briefing files extract replaced, dated, the newest kept; local, not committed


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """A briefing as the plain data written to its file."""
    return _prune(briefing.model_dump(mode="json"), top=True)


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


def briefing_text(briefing: Briefing, keep_layout_of: Path | None = None) -> str:
    """A briefing as YAML text; laid out as the file `keep_layout_of` (comments, key order) if given."""
    data = briefing_data(briefing)
    if keep_layout_of is not None and keep_layout_of.is_file():
        try:
            layout = _yaml().load(keep_layout_of.read_text(encoding="utf-8"))
        except Exception:  # an unreadable old file has no layout worth keeping
            layout = None
        if isinstance(layout, CommentedMap):
            data = _update(layout, data)
    if isinstance(data, CommentedMap):
        stream = io.StringIO()
        _yaml().dump(data, stream)
        return stream.getvalue()
    return dump_data(data)


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


def _update(old: Any, new: Any, kind: str | None = None) -> Any:
    """`new`'s values in `old`'s containers, so a person's comments stay where they were.

    A key new to the file goes where `new` (in the schema's order) has it, not at the end:
    appended, it made git diffs of every merge noisy, and it landed under a comment the
    person wrote above the next key. Items of a list (`kind` names it) are matched by what
    tells them apart (curation.ITEM_KEYS), not by position, so a comment on a quote stays
    on that quote when the new extraction adds or drops another.
    """
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for key in [k for k in old if k not in new]:
            del old[key]
        for position, (key, value) in enumerate(new.items()):
            if key in old:
                old[key] = _update(old[key], value, key)
            elif position >= len(old):
                _append_keeping_comments(old, key, value)
            else:
                old.insert(position, key, value)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        if kind in ITEM_KEYS and all(isinstance(item, dict) for item in new):
            return _update_items(old, new, kind)
        if len(old) == len(new):
            for index, value in enumerate(new):
                old[index] = _update(old[index], value)
            return old
    return new


def _update_items(old: CommentedSeq, new: list[dict[str, Any]], kind: str) -> CommentedSeq:
    """A list of items laid out as `old`: an item found in both keeps its own mapping (and the
    comments on its fields); items come in `new`'s order."""
    unused: dict[tuple[Any, ...], list[Any]] = {}
    for item in old:
        unused.setdefault(item_key(kind, item), []).append(item)
    items = []
    for value in new:
        matches = unused.get(item_key(kind, value))
        items.append(_update(matches.pop(0), value) if matches else value)
    # ruamel keeps a list's own comments by index; for a list of mappings they sit on the
    # items' last keys, which move with the items
    old.ca.items.clear()
    list.clear(old)
    list.extend(old, items)
    return old


def _append_keeping_comments(old: CommentedMap, key: str, value: Any) -> None:
    """Add `key` at the end of `old`. Full-line comments after the last key are a person's note
    on what follows the mapping (ruamel keeps them on the last key): they stay below the new key."""
    last = next(reversed(old), None) if old else None
    comment = old.ca.items.get(last) if last is not None else None
    old[key] = value
    if comment is None or comment[2] is None or isinstance(old[last], (CommentedMap, CommentedSeq)):
        return
    token = comment[2]
    own, _, after = token.value.partition("\n")
    if not after.strip() or isinstance(value, (dict, list)):
        return
    token.value = own + "\n" if own.strip() else "\n"
    if not own.strip():
        comment[2] = None
    old.ca.items[key] = [None, None, CommentToken("\n" + after, token.start_mark, None), None]


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


def read_raw(path: Path) -> Any:
    """The YAML data of a file, with line information; a syntax error names line and column."""
    shown = path.as_posix()
    try:
        check_size(path.stat().st_size, MAX_BRIEFING_BYTES)  # a huge file is not even read
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BriefingError(
            [Problem(shown, None, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
        ) from exc
    except OSError as exc:
        raise BriefingError([Problem(shown, None, "", f"cannot read: {exc.strerror}")]) from exc
    except YAMLProblem as problem:
        raise BriefingError([Problem(shown, None, "", problem.what)]) from problem
    try:
        load_briefing_text(text)  # libyaml: limits, aliases and repeated keys, with their line
    except YAMLProblem as problem:
        if not problem.syntax:
            raise BriefingError([Problem(shown, problem.line, "", problem.what)]) from problem
        # text libyaml cannot parse: the round-trip reader below reads it or says what is wrong
    try:
        return load_round_trip(text)
    except YAMLProblem as problem:
        raise BriefingError([Problem(shown, problem.line, "", problem.what)]) from problem
    except Exception as exc:  # ruamel raises several error types for broken input
        raise BriefingError([Problem(shown, None, "", f"YAML error: {exc}")]) from exc


def read_data(path: Path) -> Any:
    """A briefing file's data, fast; on any problem, the round-trip reader reports it with its line."""
    try:
        check_size(path.stat().st_size, MAX_BRIEFING_BYTES)
        return load_briefing_text(path.read_bytes())
    except (OSError, YAMLProblem, ValueError):
        return _plain(read_raw(path))


def _line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest key of `loc` that exists in the loaded YAML."""
    line = None
    node = data
    for part in loc:
        try:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


def line_in(path: Path, loc: tuple[Any, ...]) -> int | None:
    """The line of the field at `loc` in a briefing file, to point at a problem found in its data."""
    return _line_of(_raw_or_none(path), loc)


def _field(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validate(data: Any, shown: str) -> Briefing:
    """A Briefing from loaded data, or every problem with it."""
    if not isinstance(data, dict):
        raise BriefingError(
            [Problem(shown, None, "", "expected a mapping of briefing fields at the top level")]
        )
    try:
        briefing = Briefing.model_validate(_plain(data))
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            message = plain_words(error, fields_at(loc))
            if error["type"] == "extra_forbidden" and "did you mean" not in message:
                message += " (briefing.schema.json lists the fields)"
            elif error["type"] == "missing":
                message = "required field is missing"
            problems.append(Problem(shown, _line_of(data, loc), _field(loc), message))
        raise BriefingError(problems) from exc
    dangling = [
        Problem(shown, _line_of(data, loc), _field(loc), msg) for loc, msg in briefing.dangling_refs()
    ]
    if dangling:
        raise BriefingError(dangling)
    return briefing


def plain(value: Any) -> Any:
    """Loaded YAML as plain dicts and lists."""
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _quick_load(path: Path, cache: Path | None = None) -> Briefing | None:
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


def load_briefing(path: Path, root: Path | None = None, cache: Path | None = None) -> Briefing:
    """A valid briefing, or BriefingError naming every problem with file, line and field.

    libyaml reads thousands of files fast; the round-trip reader, which knows
    where each value stands, is used only to report what is wrong.
    """
    briefing = _quick_load(path, cache)
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
        raise BriefingError([Problem(shown, _line_of(data, ("id",)), "id", message)])


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


def _folder_key(folder: Path) -> str:
    """A cache folder per briefings folder: two folders may hold the same file names."""
    return hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:12]


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


CACHE_DIR = ".cache/briefings"  # under the project root; in .gitignore


def load_all(folder: Path, root: Path | None = None) -> tuple[list[Briefing], list[Problem]]:
    """Every valid briefing, and every problem with the others."""
    cache = root / CACHE_DIR / _folder_key(folder) if root is not None else None
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
            return Problem(shown, _line_of(_raw_or_none(path), loc), _field(loc), message)
    formers.update(dict.fromkeys(previous, shown))
    return None


def _raw_or_none(path: Path) -> Any:
    """The file read again with its line numbers, to point at a problem found in loaded data."""
    try:
        return read_raw(path)
    except BriefingError:
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
