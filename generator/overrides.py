"""seeds/sources.yaml: what a maintainer states about a source without touching its text.

    000_30e5afe8c0a471e7.txt:          # the file name, or its path inside seeds/
      title: A better headline
      published: 2022-10-11
      outlet: The Moscow Times
      url: https://...
      authors: [James Beardsworth]
      language: en
      reliability: B2                  # Admiralty code: source A-F, information 1-6

Precedence, highest first: this file, then the page's own metadata (an HTML
page's title, author, date), then what the text reveals (headline line,
byline, date line). An entry is applied at each extraction of its source and
recorded with the machine's copy of the briefing (never as a person's correction);
a source whose entry changes, or goes, is extracted again at the next `extract`
(a date changes how the text's events are dated), so a removed value reverts.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import UserError, did_you_mean, plain_words, shown_file
from .readers import Source, discover
from .yamltext import Lines, read_file

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
RELIABILITY_RE = re.compile(r"^[A-F][1-6]$")


class Override(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1)
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[str] | None = None
    language: str | None = None
    reliability: str | None = None

    @field_validator("authors", mode="before")
    @classmethod
    def _authors(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    # the checks of a pattern, in words: pydantic's would print the regular expression
    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value is not None and not LANGUAGE_RE.match(value):
            raise ValueError(f"{value!r} is not a language code such as 'en', 'ru' or 'pt-BR'")
        return value

    @field_validator("reliability")
    @classmethod
    def _reliability(cls, value: str | None) -> str | None:
        if value is not None and not RELIABILITY_RE.match(value):
            raise ValueError(
                f"{value!r} is not an Admiralty code: a letter A-F (the source) and a digit 1-6 "
                "(the information), such as B2"
            )
        return value


OVERRIDE_FIELDS = tuple(Override.model_fields)


class SourceOverrides:
    """The entries of one sources.yaml, by source file name."""

    def __init__(
        self, entries: dict[str, Override], path: Path | None = None, lines: Lines | None = None
    ) -> None:
        self.entries = entries
        self.path = path
        self.lines = lines or {}  # of each entry's name in the file

    @classmethod
    def load(cls, path: Path) -> SourceOverrides:
        """The file's entries; UserError naming every mistake (see `read`)."""
        overrides, problems = cls.read(path)
        if problems:
            raise UserError("\n".join(problems))
        return overrides

    @classmethod
    def read(cls, path: Path) -> tuple[SourceOverrides, list[str]]:
        """The valid entries of a sources.yaml, and each mistake in the others, one a line in line order."""
        if not path.is_file():
            return cls({}), []
        data, lines = read_file(path, depth=2)
        data = {} if data is None else data
        shown = shown_file(path)
        if not isinstance(data, dict):
            return cls({}), [
                f"{shown}: expected source file names, each with its fields (title:, published:, ...)"
            ]
        entries: dict[str, Override] = {}
        problems: list[tuple[int, str]] = []
        for name, values in data.items():
            try:
                entries[str(name)] = Override.model_validate({} if values is None else values)
            except ValidationError as exc:
                for error in exc.errors():
                    loc = (str(name), *(str(p) for p in error["loc"][:1]))
                    line = lines.get(loc) or lines.get(loc[:1]) or 0
                    field = ".".join((str(name), *(str(p) for p in error["loc"])))
                    what = plain_words(error, OVERRIDE_FIELDS)
                    problems.append(
                        (line, f"{shown}:{line}: {field}: {what}" if line else f"{shown}: {field}: {what}")
                    )
        problems.sort(key=lambda problem: problem[0])
        return cls(entries, path, lines), [text for _, text in problems]

    def unmatched(self) -> list[str]:
        """Each entry that names no source in the folder of sources.yaml, as a problem line.

        The name is the file's (or its path inside the folder): a misspelt one would leave
        the source's metadata as the text gives it, without a word.
        """
        if self.path is None or not self.entries:
            return []
        folder = self.path.parent
        known: set[str] = set()
        for source in discover(folder):
            known.update((source.relative_to(folder).as_posix(), source.name))
        shown = shown_file(self.path)
        problems = []
        for name in self.entries:
            if name not in known:
                line = self.lines.get((name,))
                where = f"{shown}:{line}" if line else shown
                hint = did_you_mean(name, known)
                problems.append(f"{where}: {name}: no such source in {shown_file(folder)}/{hint}")
        return problems

    def entry(self, source_path: Path) -> Override | None:
        base = self.path.parent if self.path else source_path.parent
        try:
            relative = source_path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = source_path.name
        return self.entries.get(relative) or self.entries.get(source_path.name)

    def apply(self, source_path: Path, source: Source) -> None:
        """Set a read source's metadata from its entry, where the entry has a value."""
        apply_entry(self.entry(source_path), source)

    def applied(self, source_path: Path) -> dict[str, Any]:
        """The values the entry of a source sets, as plain data ({} without one): what its
        briefing's machine copy records, to tell at the next run whether the entry changed."""
        entry = self.entry(source_path)
        return entry.model_dump(mode="json", exclude_none=True) if entry is not None else {}


def apply_entry(entry: Override | None, source: Source) -> None:
    """Set a read source's metadata from `entry` (its sources.yaml entry, or None), where it has a value.

    Apart from SourceOverrides.apply so that a Dask worker, which has neither the file nor its
    path, applies the entry the client found for the source (cluster.py).
    """
    if entry is None:
        return
    for name in ("title", "published", "outlet", "url", "authors"):
        value = getattr(entry, name)
        if value is not None:
            setattr(source, name, value)
    if entry.language is not None:
        source.language = entry.language
        source.language_basis = "sources.yaml"
    source.reliability = entry.reliability  # type: ignore[attr-defined]


# Where each value of an entry lands in a briefing (the extraction copies outlet and url twice).
_BRIEFING_FIELDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "title": (("title",),),
    "published": (("published",),),
    "outlet": (("outlet",), ("source", "outlet")),
    "url": (("url",), ("source", "url")),
    "authors": (("authors",),),
    "language": (("source", "language"),),
    "reliability": (("source", "reliability"),),
}


def as_extracted_with(
    machine: dict[str, Any], human: dict[str, Any], new: dict[str, Any], applied: dict[str, Any]
) -> dict[str, Any]:
    """A machine copy as if extracted with the entry `applied`, where a person's file agrees with it.

    Versions before the entry was recorded with the machine copy wrote its values into the
    briefing alone; compared with the machine's copy they looked like a person's corrections
    and were carried for good. A value that a person's file shares with the new extraction,
    in a field the entry sets, is the entry's.
    """
    result = copy.deepcopy(machine)
    for name in applied:
        for path in _BRIEFING_FIELDS.get(name, ()):
            value = _get(human, path)
            if value == _get(new, path) and isinstance(_get(result, path[:-1]), dict):
                _get(result, path[:-1])[path[-1]] = copy.deepcopy(value)
    if "published" in applied and "published_estimate" not in human and "published_estimate" not in new:
        result.pop("published_estimate", None)
    return result


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def check_file(path: Path) -> list[str]:
    """Every problem with a sources.yaml, for `check`: its mistakes, and entries that name no source."""
    try:
        overrides, problems = SourceOverrides.read(path)
    except UserError as exc:  # it does not parse
        return str(exc).splitlines()
    return problems + overrides.unmatched()
