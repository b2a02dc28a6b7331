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
byline, date line). An entry that changes is applied to the briefing at the
next `extract` without extracting the source again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import UserError
from .readers import Source
from .yamltext import read_file


class Override(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1)
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[str] | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    reliability: str | None = Field(default=None, pattern=r"^[A-F][1-6]$")

    @field_validator("authors", mode="before")
    @classmethod
    def _authors(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class SourceOverrides:
    """The entries of one sources.yaml, by source file name."""

    def __init__(self, entries: dict[str, Override], path: Path | None = None) -> None:
        self.entries = entries
        self.path = path

    @classmethod
    def load(cls, path: Path) -> SourceOverrides:
        if not path.is_file():
            return cls({})
        data, lines = read_file(path, depth=2)
        data = data or {}
        if not isinstance(data, dict):
            raise UserError(f"{path}: expected a mapping from source file names to their metadata")
        entries: dict[str, Override] = {}
        problems = []
        for name, values in data.items():
            try:
                entries[str(name)] = Override.model_validate(values or {})
            except ValidationError as exc:
                for error in exc.errors():
                    field = ".".join(str(p) for p in error["loc"])
                    loc = (str(name), *(str(p) for p in error["loc"][:1]))
                    line = lines.get(loc) or lines.get(loc[:1])
                    where = f"{path}:{line}" if line else str(path)
                    problems.append(f"{where}: {name}.{field}: {error['msg']}")
        if problems:
            raise UserError("\n".join(problems))
        return cls(entries, path)

    def entry(self, source_path: Path) -> Override | None:
        base = self.path.parent if self.path else source_path.parent
        try:
            relative = source_path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = source_path.name
        return self.entries.get(relative) or self.entries.get(source_path.name)

    def apply(self, source_path: Path, source: Source) -> None:
        """Set a read source's metadata from its entry, where the entry has a value."""
        entry = self.entry(source_path)
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

    def update_briefing(self, source_path: Path, data: dict[str, Any]) -> bool:
        """Put an entry's values into briefing data; whether anything changed."""
        entry = self.entry(source_path)
        if entry is None:
            return False
        wanted: dict[str, Any] = {}
        for name in ("title", "outlet", "url", "authors"):
            if getattr(entry, name) is not None:
                wanted[name] = getattr(entry, name)
        if entry.published is not None:
            wanted["published"] = entry.published.isoformat()
            wanted["published_estimate"] = None
        changed = False
        for name, value in wanted.items():
            current = data.get(name)
            if (str(current) if name == "published" and current is not None else current) != value:
                data[name] = value
                changed = True
        source = data.setdefault("source", {})
        for name in ("language", "reliability", "outlet", "url"):
            value = getattr(entry, name)
            if value is not None and source.get(name) != value:
                source[name] = value
                changed = True
        if changed and "published_estimate" in data and data["published_estimate"] is None:
            del data["published_estimate"]
        return changed
