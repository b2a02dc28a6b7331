"""Errors a user should see as a clean message, never as a traceback."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


class UserError(Exception):
    """A problem with the user's input or setup: printed cleanly, exit status 1."""


class SourceError(UserError):
    """A source file that cannot be read or has nothing to extract."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line  # of the file, where one line is at fault (a front matter value)
        super().__init__(f"{self.where}: {reason}")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        # sent back from an extraction process whole, not as its message alone
        return (SourceError, (self.path, self.reason, self.line))


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the known name closest to a misspelt one, or ''."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def shown_value(value: Any) -> str:
    """A value as a message shows it: what the person typed, not Python's form of it."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        items = ", ".join(str(item) if isinstance(item, (str, int, float)) else "..." for item in value)
        return f"[{items}]" if len(items) <= 60 else "a list"
    if isinstance(value, dict):
        return "a mapping (name: value lines)"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def shown_file(path: str | Path) -> str:
    """A file's name as messages show it: relative to the working folder when inside it."""
    relative = os.path.relpath(path)
    return relative if not relative.startswith("..") else str(path)


def plain_words(error: ErrorDetails, known: Iterable[str] = (), noun: str = "field") -> str:
    """What a pydantic error says, in the words a person who edits YAML uses.

    `known`: the names allowed where this error is (for a misspelt one's "did you mean");
    `noun`: what such a name is called there ("field", "setting").
    """
    kind, value, context = error["type"], error.get("input"), error.get("ctx") or {}
    name = str(error["loc"][-1]) if error["loc"] else ""
    got = shown_value(value)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown {noun} {name!r}{did_you_mean(name, known)}"
    if kind == "missing":
        return "required, but missing"
    if kind == "value_error" and "error" in context:
        return str(context["error"])
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {got}"
    if kind in ("string_type", "string_sub_type"):
        return f"expected text, got {got}" + (
            " (put it in quotes)" if isinstance(value, (int, float)) else ""
        )
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {got}"
    if kind in ("list_type", "tuple_type", "set_type"):
        return f"expected a list, got {got}"
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return f"expected a mapping (name: value lines), got {got}"
    if kind.startswith(("date_", "datetime_")):
        reason = f" ({context['error']})" if isinstance(context.get("error"), str) else ""
        return f"expected a real date written YYYY-MM-DD, got {got}{reason}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number, got {got}"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        return f"{got} is not one of {', '.join(map(repr, choices))}{did_you_mean(str(value), choices)}"
    if kind == "string_too_short":
        return "must not be empty" if context.get("min_length") == 1 else f"is too short: {got}"
    if kind == "string_too_long":
        return f"is longer than {context.get('max_length')} characters"
    bounds = {
        "greater_than_equal": "at least",
        "greater_than": "more than",
        "less_than_equal": "at most",
        "less_than": "less than",
    }
    if kind in bounds:
        limit = next(iter(context.values()), "?")
        return f"must be {bounds[kind]} {limit}, got {got}"
    message = str(error.get("msg", kind))
    return message[:1].lower() + message[1:]
