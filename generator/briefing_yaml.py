"""A briefing as YAML text and back: the layout people read and correct, the data the models validate.

Written fast for what briefings hold (`_Writer`), through ruamel for anything else; over a
file a person edited, their comments and key order are kept (`briefing_text`). Read through
libyaml (`read_data`, thousands of files) or through ruamel, which knows each value's line
(`read_raw`, to report a problem), both within the limits of yamltext.py.
"""

from __future__ import annotations

import functools
import io
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tokens import CommentToken

from .problems import BriefingError, Problem
from .schema import ITEM_KEYS, Briefing, item_key
from .yamltext import (
    MAX_BRIEFING_BYTES,
    YAMLProblem,
    check_size,
    load_briefing_text,
    load_round_trip,
    round_trip_yaml,
)

TOP_LEVEL_NULLABLE = {"published", "outlet", "url"}
T = TypeVar("T")


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


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """A briefing as the plain data written to its file."""
    return _prune(briefing.model_dump(mode="json"), top=True)


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


def _update(old: Any, new: Any, kind: str | None = None) -> Any:
    """`new`'s values in `old`'s containers, so a person's comments stay where they were.

    A key new to the file goes where `new` (in the schema's order) has it, not at the end:
    appended, it made git diffs of every merge noisy, and it landed under a comment the
    person wrote above the next key. Items of a list (`kind` names it) are matched by what
    tells them apart (schema.ITEM_KEYS), not by position, so a comment on a quote stays
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
    return _read(path)[0]


def read_checked(path: Path, check: Callable[[Any], T]) -> tuple[Any, T]:
    """A briefing file's data (read_data) and what `check` says of that data.

    In a process that remembers its reads, `check`'s answer is kept with the data while the file
    is unchanged: the preview's extraction worker checks the whole briefings folder at each edited
    seed (which briefing is which source's), and validating 1,000 unchanged briefings again took
    most of the worker's time between a seed's save and its briefing.
    """
    data, kept = _read(path)
    if kept is None:
        return data, check(data)
    if kept.checked is None:
        kept.checked = pickle.dumps(check(data))
    return data, pickle.loads(kept.checked)  # a copy, as the data is


def _read(path: Path) -> tuple[Any, _Kept | None]:
    stamp = _stamp(path) if _remembered is not None else None
    if stamp is not None and _remembered is not None:
        known = _remembered.get(str(path.absolute()))
        if known is not None and known.stamp == stamp:
            return pickle.loads(known.data), known  # a copy: the caller may change what it is given
    try:
        check_size(path.stat().st_size, MAX_BRIEFING_BYTES)
        data = load_briefing_text(path.read_bytes())
    except (OSError, YAMLProblem, ValueError):
        return _plain(read_raw(path)), None
    if stamp is not None and _remembered is not None:
        kept = _Kept(stamp, pickle.dumps(data))
        _remembered[str(path.absolute())] = kept
        return data, kept
    return data, None


@dataclass
class _Kept:
    """What this process read of a file, and what a check said of it, while the file is unchanged."""

    stamp: tuple[int, int, int]
    data: bytes
    checked: bytes | None = None


# What read_data parsed, by file, while the file is unchanged: only in a process that asked
# (remember_reads). The preview's extraction worker reads the whole briefings folder at each
# edited seed (which briefing is which source's): 1,000 files took it 15 to 60 s each time.
_remembered: dict[str, _Kept] | None = None


def remember_reads() -> None:
    """From now on, this process keeps what read_data parses until the file changes.

    For a process that lives on and reads the same folder again and again; a one-off run has
    no use for it (the copies cost about the size of the folder in memory).
    """
    global _remembered
    if _remembered is None:
        _remembered = {}


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def plain(value: Any) -> Any:
    """Loaded YAML as plain dicts and lists."""
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
