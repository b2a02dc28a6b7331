"""The MkDocs plugin: a thin adapter that adds the generated pages to a build.

Pages are rendered into .cache/pages/ (only changed files are rewritten) and
added as generated files backed by those files, never written into docs/, so
`mkdocs serve` does not rebuild in a loop; it watches seeds/, briefings/,
templates/ and the lexicon so a change there rebuilds the site. MkDocs reads
each page from disk when it builds it: thousands of pages are never all held
in memory.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .errors import UserError
from .pipeline import Rendered, end_with_parent, render_site
from .settings import Settings, plugin_settings, read_config

log = logging.getLogger("mkdocs.plugins.briefings")
ASSETS = Path(__file__).parent / "assets"
ASSET_URI = "assets/briefings.css"
SCRIPT_URI = "assets/briefings.js"  # tables' column names on their cells, for phones
SEARCH_SCRIPT_URI = "assets/pagefind-search.js"
THEME_DIR = Path(__file__).parent / "theme"  # every page's head: the feeds
PAGEFIND_THEME_DIR = Path(__file__).parent / "theme_pagefind"  # the search box Pagefind answers
PAGES_DIR = ".cache/pages"  # under the project root; in .gitignore
KEEPING = "the site shows its last good pages until this is fixed"
RENDER_APART_FROM = 500  # briefings; below, the render's memory is small and a process start is not


class BriefingsPlugin(BasePlugin):
    """Its options are the fields of settings.Settings, checked there (see load_config)."""

    def __init__(self) -> None:
        self.serving = False
        self.pagefind = False
        self.material_search = False
        self.options: Any = {}
        self.config_file: str | None = None
        self.settings: Settings | None = None  # the last good ones, under `serve`
        self.scratch: tempfile.TemporaryDirectory[str] | None = None  # pages of a read-only project

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[list[Any], list[Any]]:
        """Keep the options for on_config, where settings.Settings checks them.

        MkDocs' config classes would check them too, but in words of their own ("Expected
        type: <class 'int'>"), as a warning only for an unknown one, and without the line;
        the command line reads the same options from mkdocs.yml and must say the same.
        """
        self.options, self.config_file = options, config_file_path
        return [], []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self.settings = plugin_settings(self.options, config.config_file_path or self.config_file)
        except UserError as exc:
            if not (self.serving and self.settings):
                raise _plugin_error(exc) from exc
            # mkdocs.yml edited while serving: the server goes on with the last good settings
            # (a build that fails here leaves every request waiting for one that succeeds)
            for line in str(exc).splitlines():
                log.error(f"{line} (serving with the last good settings)")
        if ASSET_URI not in config.extra_css:
            config.extra_css.append(ASSET_URI)
        if SCRIPT_URI not in config.extra_javascript:
            config.extra_javascript.append(SCRIPT_URI)
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(0, str(THEME_DIR))
        self.pagefind = self._use_pagefind()
        if self.pagefind:
            # our search box replaces Material's in its header; Pagefind answers it
            config.theme.dirs.insert(0, str(PAGEFIND_THEME_DIR))
            _stop_material_search(config)
            if SEARCH_SCRIPT_URI not in config.extra_javascript:
                config.extra_javascript.append(SEARCH_SCRIPT_URI)
        self.material_search = not self.pagefind and bool(_material_search(config))
        return config

    def _use_pagefind(self) -> bool:
        assert self.settings is not None
        if self.settings.search != "auto":
            return self.settings.search == "pagefind"
        return self._briefing_count() >= self.settings.pagefind_threshold

    def _briefing_count(self) -> int:
        assert self.settings is not None
        folder = self.settings.path("briefings")
        return sum(1 for _ in folder.glob("*.yaml")) if folder.is_dir() else 0

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.settings is not None
        folder = self._pages_folder()
        apart = self._briefing_count() >= RENDER_APART_FROM
        # Serving, an invalid briefing, template or aliases.yaml keeps the pages the last good
        # render left (a failed render writes none): without them every generated page would
        # be a 404 until the mistake is fixed. The very first render has none to keep, and
        # shows the valid briefings.
        last = _pages_in(folder) if self.serving else []
        whole = bool(last)
        try:
            if apart:
                rendered = _render_apart(self.settings, folder, whole)
            else:
                rendered = render_site(self.settings, folder, whole)
        except UserError as exc:
            if not self.serving:
                raise _plugin_error(exc) from exc
            for line in str(exc).splitlines():
                log.error(f"{line} ({KEEPING})" if last else line)
            return self._add_pages(files, config, folder, last)
        for warning in rendered.warnings:
            log.warning(warning)
        for problem in rendered.problems:
            message = f"invalid briefing skipped: {problem}"
            if not self.serving:
                raise PluginError(message + " (run `python -m generator check`)")
            log.error(f"{problem} ({KEEPING})" if whole else message)
        pages = last if whole and rendered.problems else rendered.written.pages
        return self._add_pages(files, config, folder, pages)

    def _add_pages(self, files: Files, config: MkDocsConfig, folder: Path, pages: list[str]) -> Files:
        """The build's files with the generated pages (rendered into `folder`) and assets added."""
        assert self.settings is not None
        render_dir = (self.settings.root / self.settings.render_dir).resolve()
        for file in list(files):
            source = Path(file.abs_src_path).resolve() if file.abs_src_path else None
            # Markdown that `generator render` wrote for other tools is not part of this build
            if source and render_dir in source.parents:
                files.remove(file)
        for uri in sorted(pages):
            existing = files.get_file_from_path(uri)
            if existing is not None:
                raise PluginError(
                    f"{Path(config.docs_dir) / uri}: a hand-written page has the address of a "
                    "generated page; rename it"
                )
            files.append(File.generated(config, uri, abs_src_path=str(folder / uri)))
        files.append(File.generated(config, ASSET_URI, abs_src_path=str(ASSETS / "briefings.css")))
        files.append(File.generated(config, SCRIPT_URI, abs_src_path=str(ASSETS / "briefings.js")))
        if self.pagefind:
            files.append(
                File.generated(config, SEARCH_SCRIPT_URI, abs_src_path=str(ASSETS / "pagefind-search.js"))
            )
        return files

    def _pages_folder(self) -> Path:
        """Where pages are rendered: the project's cache, or a scratch folder if it is read-only."""
        assert self.settings is not None
        folder = self.settings.root / PAGES_DIR
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
            return folder
        except OSError:
            if self.scratch is None:
                self.scratch = tempfile.TemporaryDirectory(prefix="briefing-pages-")
            return Path(self.scratch.name)

    def on_shutdown(self) -> None:
        if self.scratch is not None:
            self.scratch.cleanup()

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """MkDocs keeps every page's Markdown to the end of the build; nothing reads it after this."""
        if not self.serving:
            # but the title does, on every page's navigation: without its Markdown a page's title
            # is None, and a page the nav names by its file ("Sources") was labelled "None"
            page.title = page.title
            page.markdown = None
        return html

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The page is written: its HTML body need not stay in memory until the last page is."""
        if not self.serving and not self.material_search:
            page.content = None
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the built site with Pagefind (its own binary, from the pagefind package)."""
        if not self.pagefind:
            return
        command = [
            sys.executable, "-m", "pagefind", "--site", config.site_dir, "--output-subdir", "pagefind",
            "--root-selector", "article.md-content__inner",
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise PluginError(f"pagefind failed to index {config.site_dir}: {result.stderr.strip()[-500:]}")
        log.info("pagefind: %s", (result.stdout.strip().splitlines() or [""])[-1])

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        assert self.settings is not None
        for name in ("sources", "briefings", "templates", "lexicon", "aliases"):
            path = self.settings.path(name)
            if path.exists():
                server.watch(str(path))
        server.builder = self._guarded(builder, config.config_file_path or self.config_file)
        return server

    @staticmethod
    def _guarded(builder: Any, config_file: str | None) -> Any:
        """The server's rebuild, which reads mkdocs.yml through the project's YAML reader first.

        MkDocs reads the file again at each rebuild with its own loader, which has no limits:
        mkdocs.yml edited into an alias bomb took the machine's memory. A file the project's
        reader refuses is one line in the terminal; the last good site is served meanwhile.
        """

        def rebuild(config: MkDocsConfig | None = None) -> None:
            if config is None and config_file is not None:  # MkDocs is about to read the file
                try:
                    read_config(Path(config_file))
                except UserError as exc:
                    for line in str(exc).splitlines():
                        log.error(f"{line} (the last good site is served until this is fixed)")
                    return
            builder(config)

        return rebuild


def _plugin_error(exc: UserError) -> PluginError:
    """The error MkDocs prints and stops on; each problem but the last logged before it, one a line.

    MkDocs prints a PluginError's message after "ERROR -" as it is: its second line and
    those after would stand apart, without a prefix.
    """
    *before, last = str(exc).splitlines() or [""]
    for line in before:
        log.error(line)
    return PluginError(last)


def _pages_in(folder: Path) -> list[str]:
    """The pages in a folder of rendered pages: those of its last render that went through.

    writers.write_pages changes the folder only when every page is made; another run's
    staging folder (.staging-*) is no page of it.
    """
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*.md")
        if not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _render_apart(settings: Settings, folder: Path, whole: bool = False) -> Rendered:
    """render_site in a process of its own, which ends when the pages are on disk.

    The render holds every briefing's index (about 400 MB at 5,000 sources). Freed in
    the build's own process, that memory would stay its size for the whole build:
    the build would need the render's peak plus its own. Apart, each has its own,
    for a second of process start. "spawn": a server's build runs beside threads. The
    process ends with the build, killed too (it would otherwise go on alone, then wait forever).
    """
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=end_with_parent, initargs=(os.getpid(),)
    )
    with pool:
        return pool.submit(render_site, settings, folder, whole).result()


def _stop_material_search(config: MkDocsConfig) -> None:
    """Material's search would still collect every page and write an index nobody loads.

    At 1,000 sources that index was 32 MB, held in memory through the build. The
    plugin stays enabled, because Material's header only draws a search box (ours,
    from theme_pagefind/) when it is, but its index is one that records nothing.
    """
    for plugin in _material_search(config):
        if hasattr(plugin, "search_index"):
            plugin.search_index = _NoIndex()


def _material_search(config: MkDocsConfig) -> list[Any]:
    """Material's search plugin, if the site uses it (under whatever name it was listed)."""
    return [p for p in config.plugins.values() if type(p).__module__.startswith("material.plugins.search")]


class _NoIndex:
    """Stands in for Material's search index when Pagefind answers the search box."""

    def add_entry_from_context(self, page: Page) -> None:
        pass

    def generate_search_index(self, prev: Any) -> str:
        return json.dumps({"config": {}, "docs": []})
