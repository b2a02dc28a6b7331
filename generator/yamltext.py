"""YAML a person typed: briefings, seeds/sources.yaml, a Markdown source's front matter.

`published: 2022-02-30` is a timestamp to YAML's resolver, and both PyYAML's and
ruamel's constructors then raise a bare ValueError ("day is out of range for month")
that names no file, line or field: check, extract and build stopped with a
traceback. Here a date that is no real day stays the text that was typed, so the
model that reads the field (the briefing schema, a sources.yaml entry, the front
matter reader) says what is wrong with it, where, as for any other bad value.
"""

from __future__ import annotations

from typing import Any

import yaml
from ruamel.yaml.constructor import RoundTripConstructor

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TextDates:
    """Constructor mixin for a PyYAML loader or a ruamel constructor (register it per class)."""

    def construct_yaml_timestamp(self, node: Any, *args: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node, *args)  # type: ignore[misc]
        except ValueError:  # 2022-02-30, 2022-13-01: no such day
            return str(node.value)


class Loader(TextDates, yaml.SafeLoader):
    """PyYAML's safe loader, impossible dates kept as text."""


class RoundTrip(TextDates, RoundTripConstructor):
    """ruamel's round-trip constructor (it keeps comments and lines), impossible dates kept as text."""


for _class in (Loader, RoundTrip):
    _class.add_constructor(TIMESTAMP, _class.construct_yaml_timestamp)


def load_with_lines(text: str, depth: int = 2) -> tuple[Any, dict[tuple[str, ...], int]]:
    """The data of a YAML text, and the line (from 1) of each key down to `depth`, by its path of keys.

    Raises yaml.YAMLError as yaml.safe_load does.
    """
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, _key_lines(node, (), depth)


def _key_lines(node: Any, path: tuple[str, ...], depth: int) -> dict[tuple[str, ...], int]:
    lines: dict[tuple[str, ...], int] = {}
    if depth == 0 or not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            lines[(*path, key.value)] = key.start_mark.line + 1
            lines.update(_key_lines(value, (*path, key.value), depth - 1))
    return lines
