"""The one way YAML is read: briefings, seeds/sources.yaml, aliases.yaml, front matter, settings, lexicon.

Every one of these files can come from someone else (a pull request, a download, a
crawler's Markdown), so each is read with the same limits, and every failure is a
`YAMLProblem` with the line (from 1) and what is wrong, for the caller to name its file:

- aliases: an alias (*name) repeats the value its anchor (&name) names. Nested ones
  multiply: nine lines of ten aliases each are a billion values ("billion laughs"),
  harmless to the parser (it shares them) but not to whatever walks the data next
  (a title printed, a briefing validated): 16 GB in 90 s. A file may use at most
  MAX_ALIASES aliases repeating at most MAX_REPEATED values in all; a briefing none
  (the machine never writes one).
- depth: the pure-Python parsers recurse once per level, and so do validation and
  writing: 5,000 nested '[' ended in a RecursionError. MAX_DEPTH levels, far more
  than any file here needs (a briefing has five, its free-form `curation` a few more).
- size: MAX_YAML_BYTES for a file a person writes, MAX_BRIEFING_BYTES for a briefing
  (see their notes). 5 MB of briefing take libyaml 3 s and 125 MB, ruamel 18 s.
- keys: a key that is a list or mapping (`? [a, b]`) is refused; Python cannot use
  it as a key, and no file here has one.
- dates: `published: 2022-02-30` is a timestamp to YAML's resolver, and both PyYAML's
  and ruamel's constructors then raise a bare ValueError ("day is out of range for
  month") that names no file, line or field. Here a date that is no real day stays
  the text that was typed, so the model that reads the field (the briefing schema, a
  sources.yaml entry, the front matter reader) says what is wrong with it, where.

The checks run on the composed node graph, before any value is built from it (the
walk is linear in the nodes as written: an alias is counted, never followed twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer as RoundTripComposer
from ruamel.yaml.constructor import ConstructorError as RoundTripConstructorError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError as RoundTripMarkedError
from ruamel.yaml.error import YAMLError as RoundTripError
from ruamel.yaml.events import AliasEvent as RoundTripAlias

from .errors import UserError, shown_file

TIMESTAMP = "tag:yaml.org,2002:timestamp"
STRING = "tag:yaml.org,2002:str"
MAX_DEPTH = 50  # levels of nesting
MAX_ALIASES = 100  # alias uses in one file (a settings file may share a block or two)
MAX_REPEATED = 10_000  # values the aliases of one file repeat in all
# A file a person writes (sources.yaml for thousands of sources is well under 1 MB).
MAX_YAML_BYTES = 5_000_000
# A briefing holds its source's text (a source may have 5 MB, readers.MAX_SOURCE_BYTES) and
# sentences taken from it (key points, quotes, figures, events): about three times its
# text in the samples. Six times leaves room; more is no briefing `extract` wrote.
MAX_BRIEFING_BYTES = 30_000_000
# a value that cannot be built (a key twice, an unknown tag), as opposed to text that does not parse
CONSTRUCTOR_ERRORS = (yaml.constructor.ConstructorError, RoundTripConstructorError)
NO_ALIASES_IN_A_BRIEFING = "anchors and aliases (&name, *name) are not allowed in a briefing"
KeyPath = tuple[str | int, ...]  # keys (and list indexes) from the top of a document
Lines = dict[KeyPath, int]  # the line (from 1) of each key or list item


class YAMLProblem(Exception):
    """What is wrong with a YAML text, at which line (from 1) and column, if known."""

    def __init__(
        self, message: str, line: int | None = None, column: int | None = None, syntax: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.syntax = syntax  # the parser's complaint, not a limit or a value that cannot be built

    @property
    def what(self) -> str:
        """The problem as a message shows it after `file:line: `."""
        where = f", column {self.column}" if self.column else ""
        return f"YAML {'syntax ' if self.syntax else ''}error{where}: {self.message}"

    def where(self, file: str, offset: int = 0) -> str:
        """`file:line`, the line moved by `offset` (front matter starts on a file's line 2)."""
        return f"{file}:{self.line + offset}" if self.line else file

    def shown(self, file: str, offset: int = 0) -> str:
        return f"{self.where(file, offset)}: {self.what}"


def problem_of(exc: Exception, text: str | bytes | None = None) -> YAMLProblem:
    """A YAMLProblem from any error PyYAML or ruamel raise (a one-line message, its line).

    With the `text` that failed, a syntax error is told in plain words, and at the line
    of the quote that caused it (see _explained).
    """
    if isinstance(exc, YAMLProblem):
        return exc
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    message = problem if isinstance(problem, str) else " ".join(str(exc).split()) or type(exc).__name__
    syntax = not isinstance(exc, CONSTRUCTOR_ERRORS)
    if mark is None:
        return YAMLProblem(message, syntax=syntax)
    found = YAMLProblem(message, mark.line + 1, mark.column + 1, syntax)
    if syntax and text is not None:
        return _explained(exc, found, text if isinstance(text, str) else text.decode("utf-8", "replace"))
    return found


# The parsers' words for the usual slips, and what a person who edits YAML would call them
# (PyYAML's, libyaml's and ruamel's wording; the first that a message holds wins).
PLAIN_SYNTAX = (
    ("found character '\\t'", "a tab character: YAML indents with spaces only"),
    ("found a tab character", "a tab character: YAML indents with spaces only"),
    ("mapping values are not allowed", "a colon and a space (': ') inside a value: put the value in quotes"),
    ("found unexpected ':'", "a colon and a space (': ') inside a value: put the value in quotes"),
    ("could not find expected ':'", "a line that is neither `name: value` nor a list item (a ':' missing?)"),
    ("expected ',' or ']'", "a list opened with '[' is not closed with ']'"),
    ("did not find expected ',' or ']'", "a list opened with '[' is not closed with ']'"),
    ("expected ',' or '}'", "a mapping opened with '{' is not closed with '}'"),
    ("did not find expected ',' or '}'", "a mapping opened with '{' is not closed with '}'"),
    ("found unknown escape character", "an unknown escape (\\) in double quotes: write \\\\ for a backslash"),
    ("found undefined alias", "an alias (*name) that no anchor (&name) before it defines"),
    ("expected alphabetic or numeric character", "'*' or '&' must start a name: put the value in quotes"),
    ("cannot start any token", "a value cannot start with this character (such as @ or `): put it in quotes"),
    ("found unexpected end of stream", "the file ends in the middle of a value"),
    ("expected <block end>", "this line does not line up with the lines above it: check its indentation"),
    (
        "did not find expected key",
        "this line does not line up with the lines above it: check its indentation",
    ),
    (
        "did not find expected '-' indicator",
        "this line does not line up with the list above it: check its indentation",
    ),
)
MAX_RESCAN = 1_000_000  # characters: the pure-Python scanner reads about 1 MB a second
# a line a quoted value swallowed that looks like YAML of its own: `name: value` or `- item`
_LOOKS_LIKE_YAML = re.compile(r"^\s*(?:- |[^\s:#'\"][^:]*:(?:\s|$))")


def _explained(exc: Exception, found: YAMLProblem, text: str) -> YAMLProblem:
    """A syntax error in plain words, at the line of the quote that caused it.

    A quote left open runs on: to the end of the file (the parser then says "found
    unexpected end of stream" there), or to the next quote of its kind, lines further
    down (an apostrophe in "it's"), where what follows it makes no sense. Either way
    the mistake is on the line where the quote opens, and that is where to send a person.
    """
    start = getattr(exc, "context_mark", None)
    if "quoted scalar" in str(getattr(exc, "context", "") or "") and start is not None:
        quote = _char_at(text, start.line, start.column) or '"'
        return YAMLProblem(
            f"a quote ({quote}) opens a value here and is never closed",
            start.line + 1,
            start.column + 1,
            True,
        )
    runaway = _runaway_quote(text, found.line or 0)
    if runaway is not None:
        return runaway
    plain = next((words for parser, words in PLAIN_SYNTAX if parser in found.message), found.message)
    return YAMLProblem(plain, found.line, found.column, True)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""


def _runaway_quote(text: str, error_line: int) -> YAMLProblem | None:
    """The quoted value that ends on the error's line (or the one before) after taking in lines that
    look like YAML of their own: a quote not closed where it should have been."""
    head = "".join(text.splitlines(keepends=True)[:error_line])
    if len(head) > MAX_RESCAN:
        return None
    tokens = []
    try:
        for token in yaml.scan(head, Loader=yaml.SafeLoader):
            tokens.append(token)
    except yaml.YAMLError:
        pass  # the tokens up to the error are what is wanted
    for token in reversed(tokens):
        if not isinstance(token, yaml.ScalarToken) or token.style not in ("'", '"'):
            continue
        first, last = token.start_mark.line, token.end_mark.line
        if error_line - (last + 1) > 1:
            return None  # the error is not where this quote closes
        if first == last == error_line - 1:  # 'Belarus's blows: closed by the apostrophe
            apostrophe = " (write '' for an apostrophe inside single quotes)" if token.style == "'" else ""
            message = (
                f"text after the quote ({token.style}) that closes this value{apostrophe}: quote the whole "
                "value, or nothing of it"
            )
            return YAMLProblem(message, error_line, token.end_mark.column, True)
        inside = head[token.start_mark.index : token.end_mark.index].splitlines()[1:]
        if last > first and any(_LOOKS_LIKE_YAML.match(line) for line in inside):
            hint = ", and write '' for an apostrophe inside single quotes" if token.style == "'" else ""
            message = (
                f"a quote ({token.style}) opens a value here and is not closed on this line: the value "
                f"runs on to line {last + 1}, where the file stops making sense (close the quote{hint})"
            )
            return YAMLProblem(message, first + 1, token.start_mark.column + 1, True)
        return None
    return None


def check_size(size: int, limit: int = MAX_YAML_BYTES) -> None:
    """Refuse a YAML text of `size` characters (or a file of `size` bytes) over `limit`."""
    if size > limit:
        raise YAMLProblem(
            f"it has {size / 1e6:.1f} MB; a YAML text over {limit / 1e6:.0f} MB is refused "
            "(far more than any such file needs)"
        )


def check_nodes(root: Any, aliases: int = MAX_ALIASES, no_alias: str = "") -> None:
    """Refuse a composed document beyond the limits (module notes). Works on PyYAML and ruamel nodes.

    `aliases`: how many alias uses are allowed (0: none, and `no_alias` says why).
    Every node counts as a level, scalars too, as the composers count them.
    """
    seen: set[int] = {id(root)}
    measured: dict[int, tuple[int, int]] = {}
    used = repeated = 0
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node.id == "scalar" and node.style == '"':  # only a double-quoted escape makes one
            _refuse_surrogate(node)
        if node.id == "scalar" or not node.value:
            continue
        if depth >= MAX_DEPTH:
            raise _at(next(iter(_children(node))), f"nested deeper than {MAX_DEPTH} levels")
        if node.id == "mapping":
            for key, _ in node.value:
                if key.id != "scalar":
                    raise _at(key, "a key is a list or a mapping (`? [a, b]`); a key must be plain text")
        for child in _children(node):
            if id(child) not in seen:
                seen.add(id(child))
                stack.append((child, depth + 1))
                continue
            # a second way to the same node: an alias
            used += 1
            if aliases == 0:
                raise _at(child, no_alias or "aliases (*name) are not allowed here")
            if used > aliases:
                raise _at(child, f"more than {aliases} aliases (*name)")
            count, height = _measure(child, measured)
            repeated += count
            if repeated > MAX_REPEATED:
                raise _at(child, f"aliases (*name) repeat more than {MAX_REPEATED:,} values (a YAML bomb?)")
            if depth + height > MAX_DEPTH:
                raise _at(child, f"nested deeper than {MAX_DEPTH} levels (through an alias)")


SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_surrogate(node: Any) -> None:
    """Refuse a value with half of a UTF-16 pair (an escape such as "\\udce9"): no character.

    Python holds it in a string, but no UTF-8 file can: a page that printed it stopped the
    build (a UnicodeEncodeError) after `check` had passed the file.
    """
    found = SURROGATE.search(node.value)
    if found is not None:
        raise _at(
            node,
            f"the escape \\u{ord(found.group()):04X} is half of a UTF-16 pair (a surrogate), "
            "not a character: write the character itself",
        )


def _children(node: Any) -> Iterable[Any]:
    if node.id == "mapping":
        for key, value in node.value:
            yield key
            yield value
    elif node.id == "sequence":
        yield from node.value


def _measure(root: Any, measured: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """(values, levels) of a node with every alias inside it expanded; memoised, so linear."""
    state: dict[int, int] = {}  # 1: on the path being walked, 2: measured
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            sizes = [measured[id(child)] for child in _children(node)]
            measured[key] = (1 + sum(s[0] for s in sizes), 1 + max((s[1] for s in sizes), default=0))
            state[key] = 2
            continue
        if key in measured:
            continue
        if state.get(key) == 1:
            raise _at(node, "an alias (*name) inside the value its anchor names: it never ends")
        state[key] = 1
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    return measured[id(root)]


def _at(node: Any, message: str) -> YAMLProblem:
    mark = node.start_mark
    return YAMLProblem(message, mark.line + 1, mark.column + 1)


class TextDates:
    """Constructor mixin for a PyYAML loader or a ruamel constructor (register it per class)."""

    def construct_yaml_timestamp(self, node: Any, *args: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node, *args)  # type: ignore[misc]
        except ValueError:  # 2022-02-30, 2022-13-01: no such day
            return str(node.value)


class Loader(TextDates, yaml.SafeLoader):
    """PyYAML's safe loader within the limits, impossible dates kept as text."""

    max_aliases = MAX_ALIASES
    depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        # the pure-Python composer recurses per level: stop it before Python's stack does
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise YAMLProblem(f"nested deeper than {MAX_DEPTH} levels", mark.line + 1, mark.column + 1)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            check_nodes(node, self.max_aliases)
        return node


_CLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FastLoader(TextDates, _CLoader):  # type: ignore[misc, valid-type]
    """libyaml's reader for briefings (thousands are read per build), within the limits.

    libyaml itself stops at 1,000 levels, and its composer is C: the limits are checked
    on what it composed. No alias at all (the machine never writes one), and a key given
    twice is refused: one of its values would be lost without a word.
    """

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            check_nodes(node, 0, NO_ALIASES_IN_A_BRIEFING)
        return node

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == STRING:  # nearly every key: its value is its text, nothing to build
                key = key_node.value
            else:
                key = self.construct_object(key_node, deep=True)
                self.constructed_objects.pop(key_node, None)  # built again below, as usual
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class DataLoader(TextDates, _CLoader):  # type: ignore[misc, valid-type]
    """libyaml's reader for the language data files, within Loader's limits.

    Each build reads about 80 of them (every language's, for every language loaded):
    with the pure-Python parser that was a second of CPU at every build. libyaml's
    composer is C, so the limits are checked on what it composed, as FastLoader does.
    """

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            check_nodes(node, MAX_ALIASES)
        return node


class RoundTrip(TextDates, RoundTripConstructor):
    """ruamel's round-trip constructor (it keeps comments and lines), impossible dates kept as text."""


class _BriefingComposer(RoundTripComposer):
    """ruamel's composer, for briefings: the limits of FastLoader, checked as it goes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        mark = event.start_mark
        if isinstance(event, RoundTripAlias):
            raise YAMLProblem(NO_ALIASES_IN_A_BRIEFING, mark.line + 1, mark.column + 1)
        if self.depth >= MAX_DEPTH:
            raise YAMLProblem(f"nested deeper than {MAX_DEPTH} levels", mark.line + 1, mark.column + 1)
        return super().compose_node(parent, index)

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            check_nodes(node, 0, NO_ALIASES_IN_A_BRIEFING)  # keys that are lists or mappings
        return node


for _class in (Loader, FastLoader, DataLoader, RoundTrip):
    _class.add_constructor(TIMESTAMP, _class.construct_yaml_timestamp)


def round_trip_yaml() -> YAML:
    """ruamel's round-trip reader and writer for briefings, reading within the limits."""
    reader = YAML(typ="rt")
    reader.Constructor = RoundTrip
    reader.Composer = _BriefingComposer
    return reader


def load(text: str, loader: type[Loader] | type[DataLoader] = Loader, limit: int = MAX_YAML_BYTES) -> Any:
    """The data of a YAML text a person wrote, or YAMLProblem."""
    return load_with_lines(text, 0, loader, limit)[0]


def load_with_lines(
    text: str,
    depth: int = 2,
    loader: type[Loader] | type[DataLoader] = Loader,
    limit: int = MAX_YAML_BYTES,
    explain: bool = True,
) -> tuple[Any, Lines]:
    """The data of a YAML text, and the line (from 1) of each key down to `depth`, by its path of keys.

    Raises YAMLProblem; `explain`: a syntax error in plain words (problem_of), which rescans the
    text with the pure-Python scanner (seconds on a line of 5,000 nested '[').
    """
    check_size(len(text), limit)
    reader = loader(text)
    try:
        node = reader.get_single_node()
        data = reader.construct_document(node) if node is not None else None
    except (yaml.YAMLError, YAMLProblem) as exc:
        raise problem_of(exc, text if explain else None) from exc
    finally:
        reader.dispose()
    return data, _key_lines(node, (), depth)


def read_file(
    path: Path, loader: type[Loader] | type[DataLoader] = Loader, depth: int = 0, explain: bool = True
) -> tuple[Any, Lines]:
    """A YAML file a person wrote: its data and its keys' lines (see load_with_lines), or a
    UserError that names the file (and the line) and says what is wrong (`explain`: in plain words)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{shown_file(path)}: cannot read: {exc}") from exc
    try:
        return load_with_lines(text, depth, loader, explain=explain)
    except YAMLProblem as problem:
        raise UserError(problem.shown(shown_file(path))) from problem


def load_briefing_text(text: str | bytes) -> Any:
    """A briefing's data through libyaml, or YAMLProblem (syntax errors too)."""
    check_size(len(text), MAX_BRIEFING_BYTES)
    try:
        return yaml.load(text, Loader=FastLoader)
    except (yaml.YAMLError, YAMLProblem) as exc:
        raise problem_of(exc) from exc  # its syntax errors are told by load_round_trip's


def load_round_trip(text: str) -> Any:
    """A briefing's data as ruamel's commented containers (lines, comments), or YAMLProblem."""
    check_size(len(text), MAX_BRIEFING_BYTES)
    try:
        return round_trip_yaml().load(text)
    except (RoundTripError, RoundTripMarkedError, YAMLProblem) as exc:
        raise problem_of(exc, text) from exc


def _key_lines(node: Any, path: KeyPath, depth: int) -> Lines:
    lines: Lines = {}
    if depth == 0:
        return lines
    if isinstance(node, yaml.SequenceNode):  # an item's line, by its index (mkdocs.yml's plugins list)
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            lines.update(_key_lines(item, (*path, index), depth - 1))
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines[(*path, key.value)] = key.start_mark.line + 1
                lines.update(_key_lines(value, (*path, key.value), depth - 1))
    return lines
