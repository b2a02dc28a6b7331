"""The MkDocs plugin: a thin adapter that adds the generated pages to a build.

Pages are rendered into .cache/pages/ (only changed files are rewritten) and
added as generated files backed by those files, never written into docs/, so
`mkdocs serve` does not rebuild in a loop; it watches seeds/, briefings/,
templates/ and the lexicon, and after an edit renders and builds only what
changed (preview.py). MkDocs reads each page from disk when it builds it:
thousands of pages are never all held in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import logging
import multiprocessing
import os
import posixpath
import re
import shutil
import tempfile
import threading
from collections.abc import Collection
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
import markdown
import markdown.extensions
import markdown.preprocessors
import markdown.treeprocessors
import material
import mkdocs
import mkdocs.commands.serve
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .conversions import CACHE_DIR, Conversion, Conversions, conversion_of
from .errors import UserError
from .files import atomic_write
from .pipeline import Rendered, end_with_parent, render_site
from .preview import KEEPING, Preview, RenderRecord, code_stamps, render_inputs
from .search_index import ARTICLE, PagefindFailed, index_site
from .settings import Settings, plugin_settings, read_config

log = logging.getLogger("mkdocs.plugins.briefings")
ASSETS = Path(__file__).parent / "assets"
ASSET_URI = "assets/briefings.css"
SCRIPT_URI = "assets/briefings.js"  # tables' column names on their cells, for phones
SEARCH_SCRIPT_URI = "assets/pagefind-search.js"
THEME_DIR = Path(__file__).parent / "theme"  # every page's head: the feeds
PAGEFIND_THEME_DIR = Path(__file__).parent / "theme_pagefind"  # the search box Pagefind answers
PAGES_DIR = ".cache/pages"  # under the project root; in .gitignore
SERVE_DIR = ".cache/serve"  # what `mkdocs serve` keeps for its next start: the site it built, by address
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
        self.preview: Preview | None = None  # under `serve`: what one build leaves the next
        self.dirty = False  # this build builds only the pages whose file changed
        self.generated: set[str] = set()  # the addresses of this build's generated pages
        self.titled: set[str] = set()  # the HTML files of its pages across sources (Pagefind: by title)
        self.compiled = _Compiled()  # the theme's templates, from one build of the server to the next
        self.site: _ServedSite | None = None  # under `serve`: the site, kept for the next start
        self.built: set[str] = set()  # the pages a build of the server wrote (dirty: those that changed)
        self.outputs: list[str] = []  # the HTML files of this build's pages
        self.blocks = _HtmlBlocks()  # a generated page's HTML blocks, past Markdown's HTML parsers
        self.conversions: Conversions | None = None  # the pages' HTML of earlier builds
        self.build_key = ""  # what every page's conversion depends on besides its own Markdown
        self.reused: Conversion | None = None  # the page being built: its HTML from an earlier build
        self.converting: tuple[str, int] | None = None  # its key, and the warnings before its conversion

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
        if self.serving:
            logging.getLogger("mkdocs.commands.build").addFilter(_DirtyWarning())
            _first_build_dirty()

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Material's search keeps its index of the whole site through a dirty build (it
        # merges the pages built again into the last one) only when it knows it is one
        for plugin in _material_search(config):
            if hasattr(plugin, "is_dirty") and self.serving:
                plugin.is_dirty = True
        self.built = set()
        if self.settings is not None:
            self.conversions = Conversions(self.settings.root / CACHE_DIR)
            self.build_key = self._site_key(config, conversion=True)
        if WARNINGS not in logging.getLogger("mkdocs").handlers:
            logging.getLogger("mkdocs").addHandler(WARNINGS)
        if self.site is not None and not self.dirty:
            # Material's search indexes the pages a build writes: a site kept without them would
            # find nothing in them until they change
            self.site.start(self._site_key(config), reuse=not self.material_search)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            settings = plugin_settings(self.options, config.config_file_path or self.config_file)
            # the links the pages' HTML blocks hold are written for the addresses MkDocs gives them
            self.settings = replace(settings, directory_urls=config.use_directory_urls)
        except UserError as exc:
            if not (self.serving and self.settings):
                raise _plugin_error(exc) from exc
            # mkdocs.yml edited while serving: the server goes on with the last good settings
            # (a build that fails here leaves every request waiting for one that succeeds)
            for line in str(exc).splitlines():
                log.error(f"{line} (serving with the last good settings)")
        if self.blocks not in config.markdown_extensions:
            config.markdown_extensions.append(self.blocks)
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
        if (
            self.serving
            and self.settings is not None
            and self._pages_folder() == self.settings.root / PAGES_DIR
        ):
            if self.site is None:
                self.site = _ServedSite(self.settings.root / SERVE_DIR, str(config.site_url))
            config.site_dir = str(self.site.folder)
        return config

    def _site_key(self, config: MkDocsConfig, conversion: bool = False) -> str:
        """What every page of the served site depends on, besides its own file: the settings file,
        the address served, the generator (its theme, assets and hooks), MkDocs, Material and
        Python-Markdown. A page's own Markdown is MkDocs' dirty build's to compare.

        `conversion`: what a page's conversion depends on besides its Markdown, its address and
        its links (conversions.py): the same, with the extensions' settings as MkDocs read them
        (a command line's --no-directory-urls too) and the extensions' versions."""
        parts = {
            "config": _file_bytes(config.config_file_path).hex(),
            "address": str(config.site_url),
            "search": [self.pagefind, self.material_search],
            "code": code_stamps(),
            "versions": [mkdocs.__version__, markdown.__version__, _version("mkdocs-material")],
            "custom_dir": _tree_stamps(config.theme.custom_dir),
        }
        if conversion:
            parts["markdown"] = [
                # the settings are the config file's; an extension a plugin added is named by its class
                [
                    name if isinstance(name, str) else type(name).__qualname__
                    for name in config.markdown_extensions
                ],
                config.use_directory_urls,
                config.validation.links.not_found,
                _version("pymdown-extensions"),
            ]
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Under `serve`, the theme's templates compiled once: MkDocs makes a new environment
        for each build, and compiling Material's templates again took seconds of each.

        A dirty build leaves 404.html and the sitemap as the whole build wrote them: they list
        every page, are the same after an edit of a briefing, and took seconds at 1,000 sources.
        (Here, not in on_config: the same list tells MkDocs which theme files not to copy.)
        """
        if self.serving:
            env.bytecode_cache = self.compiled
            self.outputs = [file.dest_uri for file in files.documentation_pages()]
        if self.dirty:
            config.theme.static_templates = set()
        _SharedNavigation().install(env, config)
        return env

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
        if self.serving:
            return self._preview_files(files, config, folder)
        record = self._render_record(folder)
        briefings, inputs = render_inputs(self.settings)
        warnings = record.kept(self.settings, briefings, inputs)
        if warnings is not None:
            # nothing a render reads changed since the pages were rendered: they are built as they
            # are, and the render's warnings said again (`--strict` fails on them as before)
            for warning in warnings:
                log.warning(warning)
            return self._add_pages(files, config, folder, _pages_in(folder))
        record.forget()
        try:
            if self._briefing_count() >= RENDER_APART_FROM:
                rendered = _render_apart(self.settings, folder)
            else:
                rendered = render_site(self.settings, folder)
        except UserError as exc:
            raise _plugin_error(exc) from exc
        for warning in rendered.warnings:
            log.warning(warning)
        for problem in rendered.problems:
            raise PluginError(f"invalid briefing skipped: {problem} (run `python -m generator check`)")
        record.remember(self.settings, briefings, inputs, rendered.warnings)
        return self._add_pages(files, config, folder, rendered.written.pages)

    def _render_record(self, folder: Path) -> RenderRecord:
        """The record of the last whole render of the project's own pages folder (one for the server
        and the build, which share the folder); none for a scratch folder, rendered every time."""
        assert self.settings is not None
        own = folder == self.settings.root / PAGES_DIR
        return RenderRecord(self.settings.root / SERVE_DIR / "rendered.json" if own else None, folder)

    def _preview_files(self, files: Files, config: MkDocsConfig, folder: Path) -> Files:
        """Under `serve`: only what changed since the last build is rendered (preview.py).

        An invalid briefing, template or aliases.yaml keeps the pages the last good render
        left (a failed render writes none): without them every generated page would be a 404
        until the mistake is fixed. The very first render has none to keep, and shows the
        valid briefings.
        """
        assert self.settings is not None
        if self.preview is None or self.preview.folder != folder:
            self.preview = Preview(self.settings, folder, self._render_record(folder).path)
            # the worker loads the model beside the first build (a minute at 1,000 sources),
            # not after it: a seed edited right after the server is up waited for the model
            self.preview.start_worker()
        try:
            self.preview.update(self.settings)
        except UserError as exc:
            last = bool(_pages_in(folder))
            for line in str(exc).splitlines():
                log.error(f"{line} ({KEEPING})" if last else line)
        return self._add_pages(files, config, folder, _pages_in(folder))

    def _add_pages(self, files: Files, config: MkDocsConfig, folder: Path, pages: list[str]) -> Files:
        """The build's files with the generated pages (rendered into `folder`) and assets added."""
        assert self.settings is not None
        render_dir = (self.settings.root / self.settings.render_dir).resolve()
        for file in list(files):
            source = Path(file.abs_src_path).resolve() if file.abs_src_path else None
            # Markdown that `generator render` wrote for other tools is not part of this build
            if source and render_dir in source.parents:
                files.remove(file)
        self.titled = set()
        for uri in sorted(pages):
            existing = files.get_file_from_path(uri)
            if existing is not None:
                raise PluginError(
                    f"{Path(config.docs_dir) / uri}: a hand-written page has the address of a "
                    "generated page; rename it"
                )
            page = _GeneratedPage.generated(config, uri, abs_src_path=str(folder / uri))
            files.append(page)
            if across_sources(uri):
                self.titled.add(page.dest_uri)
        if self.dirty:
            self._remove_gone(config, self.generated - set(pages))
        self.generated = set(pages)
        files.append(File.generated(config, ASSET_URI, abs_src_path=str(ASSETS / "briefings.css")))
        files.append(File.generated(config, SCRIPT_URI, abs_src_path=str(ASSETS / "briefings.js")))
        if self.pagefind:
            files.append(
                File.generated(config, SEARCH_SCRIPT_URI, abs_src_path=str(ASSETS / "pagefind-search.js"))
            )
        return files

    def _remove_gone(self, config: MkDocsConfig, gone: set[str]) -> None:
        """The built files of generated pages the last render no longer made (a deleted briefing's,
        a year's page of the sources once its last source moved, a month's redirect), out of the
        served site: a dirty build writes the pages it has and removes none, so they were served
        until the server started again."""
        for uri in sorted(gone):
            built = Path(File.generated(config, uri, content="").abs_dest_path)
            with contextlib.suppress(OSError):
                built.unlink()

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
        if self.preview is not None:
            self.preview.close()
        if self.scratch is not None:
            self.scratch.cleanup()

    @event_priority(-100)  # the Markdown as every other plugin left it: what MkDocs converts
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A generated page's HTML blocks go past Markdown's HTML parsers (_HtmlBlocks); a
        hand-written page's are its author's, parsed as MkDocs does.

        A page an earlier build converted as it is now (conversions.py) is not converted again:
        MkDocs is handed no Markdown, and on_page_content gives the page that build's HTML.
        """
        generated = page.file.src_uri in self.generated
        self.blocks.active = generated
        self.blocks.links, self.blocks.ids = [], set()
        self.reused, self.converting = None, None
        if self.conversions is None:
            return markdown
        key = Conversions.key(self.build_key, page, markdown, generated)
        self.reused = self.conversions.get(key, page, files)
        if self.reused is not None:
            return ""
        self.converting = (key, WARNINGS.count)
        return markdown

    @event_priority(100)  # the HTML as MkDocs converted it, before any other plugin changes it
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """MkDocs keeps every page's Markdown to the end of the build; nothing reads it after this.

        With Pagefind, a generated page's tables are marked for it to skip (see PAGEFIND_SKIPS);
        a hand-written page's are its author's words, indexed as they were.
        """
        if self.reused is None and self.blocks.active:
            # MkDocs' check of links to anchors reads the ids its own scan found: those of the
            # stashed blocks (a source paragraph's, "#p3") are the page's too
            page.present_anchor_ids = (page.present_anchor_ids or set()) | self.blocks.ids
        if self.reused is not None:
            html = self.reused.restore(page, files)
        elif self.conversions is not None and self.converting is not None:
            key, warned = self.converting
            if WARNINGS.count == warned:  # one that warned is converted again, and warns again
                self.conversions.put(key, conversion_of(page, html, self.blocks.links, files))
        self.reused, self.converting = None, None
        if not self.serving:
            # but the title does, on every page's navigation: without its Markdown a page's title
            # is None, and a page the nav names by its file ("Sources") was labelled "None"
            page.title = page.title
            page.markdown = None
        if self.pagefind and page.file.src_uri in self.generated:
            html = html.replace("<table>", "<table data-pagefind-ignore>")
        return html

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The page is written: its HTML body need not stay in memory until the last page is."""
        if not self.serving and not self.material_search:
            page.content = None
        self.built.add(page.file.src_uri)
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the built site with Pagefind (its own binary, from the pagefind package).

        Under `serve`, once, after the server's first build, in a thread: indexing every page
        again for each edit took seconds, and search in a preview need not know the last edit.
        A start that built no page (the site kept from the last start, unchanged) keeps its index.
        """
        if self.preview is not None:
            self.preview.shown()
        if self.conversions is not None and not self.serving:  # a server's build may build few pages
            self.conversions.prune()
        if self.serving and not self.dirty and self.site is not None:
            self.site.done(self.outputs)
        if not self.pagefind:
            return
        assert self.settings is not None
        part_mb = self.settings.pagefind_part_mb
        if not self.serving:
            _pagefind(config.site_dir, part_mb, titled=self.titled)
        elif not self.dirty and (self.built or not (Path(config.site_dir) / "pagefind").is_dir()):
            arguments = (config.site_dir, part_mb, True, set(self.titled))
            threading.Thread(target=_pagefind, args=arguments, name="pagefind", daemon=True).start()

    def on_build_error(self, *, error: Exception) -> None:
        if self.preview is not None:  # the edit's page is not coming: the render waits no longer
            self.preview.shown()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        assert self.settings is not None
        if self.site is not None:  # MkDocs serves the temporary folder it made; the site is here
            server.root = str(self.site.folder)
            server.error_handler = self.site.error_page
        for name in ("sources", "briefings", "templates", "lexicon", "aliases"):
            path = self.settings.path(name)
            if path.exists():
                server.watch(str(path))
        # the pages a render writes after the build that started it (preview.py) are built next
        server.watch(str(self._pages_folder()))
        server.builder = self._guarded(builder, config)
        return server

    def _guarded(self, builder: Any, first: MkDocsConfig) -> Any:
        """The server's rebuild: mkdocs.yml read through the project's YAML reader first, and
        only the pages whose file changed built again.

        MkDocs reads the file again at each rebuild with its own loader, which has no limits:
        mkdocs.yml edited into an alias bomb took the machine's memory. A file the project's
        reader refuses is one line in the terminal; the last good site is served meanwhile.

        MkDocs' own rebuild empties the site and builds every page again (a minute at 1,000
        sources). The plugin rewrites only the pages that changed, so MkDocs' dirty build,
        which builds the pages whose file is newer than their HTML, is the same site: the
        navigation lists sections, which an edit of a briefing does not change. mkdocs.yml
        edited (the navigation, the theme) is a build of the whole site, as MkDocs does it.
        """
        config_file = first.config_file_path or self.config_file
        settings_file = Path(config_file) if config_file else None
        seen = _stamp(settings_file)

        def rebuild(config: MkDocsConfig | None = None) -> None:
            nonlocal seen
            if config is None and settings_file is not None:  # MkDocs is about to read the file
                try:
                    read_config(settings_file)
                except UserError as exc:
                    for line in str(exc).splitlines():
                        log.error(f"{line} (the last good site is served until this is fixed)")
                    return
            now = _stamp(settings_file)
            if config is not None or now != seen or not self.serving:
                seen = now
                builder(config)
                return
            again = load_config(
                config_file=config_file,
                site_dir=first.site_dir,
                dev_addr=str(first.dev_addr),
                strict=first.strict,
                use_directory_urls=first.use_directory_urls,
            )
            again.site_url = first.site_url
            self.dirty = True
            try:
                build(again, serve_url=first.site_url, dirty=True)
            finally:
                self.dirty = False

        return rebuild


class _HtmlBlocks(markdown.extensions.Extension):
    """The HTML blocks of a generated page (its tables, lists, quotes, maps and charts) stashed as
    they are, before Python-Markdown's and MkDocs' HTML parsers read them.

    Each is a run of lines from a block tag to its own closing tag, between blank lines, which
    both parsers would only have read tag by tag to hand on unchanged: Python-Markdown's to find
    where the block ends (most of a briefing page's conversion once its tables were HTML), MkDocs'
    to collect ids for its anchor check, which sees none of the links inside them anyway (the
    generator writes those, and tests.sitekit.broken_links checks them). The page is the same.
    A block with a `markdown` attribute (md_in_html) is Markdown inside and is left to it.
    """

    active = False  # set for each page by on_page_markdown: the pages MkDocs converts one by one

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.links: list[str] = []  # the page's links as written, for conversions.py (of any page)
        self.ids: set[str] = set()  # the ids of the page's stashed blocks, which MkDocs' scan never sees

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # after the whitespace is normalised (30), before MkDocs' scan for ids (21) and the HTML blocks (20)
        md.preprocessors.register(_StashBlocks(md, self), "briefings_html_blocks", 25)
        # before MkDocs makes them relative (0)
        md.treeprocessors.register(_LinksWritten(md, self), "briefings_links_written", 0.5)


class _LinksWritten(markdown.treeprocessors.Treeprocessor):
    """Every link and image of a page as its Markdown wrote it (MkDocs rewrites them next)."""

    def __init__(self, md: markdown.Markdown, blocks: _HtmlBlocks) -> None:
        super().__init__(md)
        self.blocks = blocks

    def run(self, root: Any) -> None:
        for element in root.iter():
            if element.tag in ("a", "img"):
                link = element.get("href" if element.tag == "a" else "src")
                if link is not None:
                    self.blocks.links.append(link)


class _Warnings(logging.Handler):
    """How many warnings MkDocs has logged (a page whose conversion warned is not kept)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


# one count for the process, however many builds and plugins it runs (a server rebuilds, the tests
# build many sites): a handler per plugin would pile up on MkDocs' logger (attached in on_config)
WARNINGS = _Warnings()


_BLOCK_TAGS = ("div", "figure", "blockquote", "ul", "table", "p")  # the elements a page template writes whole
_BLOCK_START = re.compile(rf"<({'|'.join(_BLOCK_TAGS)})[\s>]")
_MARKDOWN_INSIDE = re.compile(r"\smarkdown(?:[\s=>]|$)")
_ID = re.compile(r'<[a-zA-Z][^<>]*?\sid="([^"]*)"')  # as the generator writes an element's id


class _StashBlocks(markdown.preprocessors.Preprocessor):
    def __init__(self, md: markdown.Markdown, blocks: _HtmlBlocks) -> None:
        super().__init__(md)
        self.blocks = blocks

    def run(self, lines: list[str]) -> list[str]:
        if not self.blocks.active:
            return lines
        # which lines are blank, found in one pass: each run of text lines ends at the next blank one
        blank = [not line.strip() for line in lines]
        out: list[str] = []
        # Blocks with only blank lines between them are stashed as one, joined by the newline
        # Python-Markdown writes between two blocks, so the page is the same: each stashed block
        # is a paragraph of its own to the parser, whose inline patterns all try its placeholder,
        # and a briefing's source text alone is a block per paragraph.
        run: list[str] = []  # the blocks met since the last text
        held: list[str] = []  # the blank lines after them
        start = 0
        while start < len(lines):
            if blank[start]:
                (held if run else out).append(lines[start])
                start += 1
                continue
            try:
                end = blank.index(True, start)
            except ValueError:
                end = len(lines)
            chunk = lines[start:end]
            block = _whole_block(chunk)
            if block is not None:
                if 'id="' in block:  # what _ID needs to match at all: most blocks hold no id
                    self.blocks.ids.update(html.unescape(found) for found in _ID.findall(block))
                run.append(block)
                held.clear()
            else:
                self._flush(run, held, out)
                out += chunk
            start = end
        self._flush(run, held, out)
        return out

    def _flush(self, run: list[str], held: list[str], out: list[str]) -> None:
        """The run of blocks stashed as one, then the blank lines after it; both emptied."""
        if run:
            out.append(self.md.htmlStash.store("\n".join(run)))
            out += held
        run.clear()
        held.clear()


def _whole_block(chunk: list[str]) -> str | None:
    """These lines as one text if they are one HTML element, from its block tag to its closing tag."""
    opening = _BLOCK_START.match(chunk[0])
    if opening is None or _MARKDOWN_INSIDE.search(chunk[0].split(">", 1)[0]):
        return None
    tag = opening.group(1)
    text = "\n".join(chunk)
    closed = text.count(f"</{tag}>")
    if not text.rstrip().endswith(f"</{tag}>"):
        return None
    # the opening tag matched above is one; with no other "<tag" in the text it is the only one
    opened = 1 if text.count(f"<{tag}") == 1 else len(_OPENING[tag].findall(text))
    return text if opened == closed else None


_OPENING = {tag: re.compile(rf"<{tag}[\s>]") for tag in _BLOCK_TAGS}


MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"


class _SharedNavigation:
    """Material's navigation and tabs made once per folder for the pages outside the nav.

    Material draws the whole navigation into every page (10% of the CPU of `mkdocs build` at 1,000
    sources). A page the nav does not list (a briefing, an entity) marks nothing in it as active,
    so its navigation differs from its neighbour's only by the links' relative addresses, which
    are the same for every page of one folder at one depth: each such folder's is drawn once and
    written into all its pages as Material drew it. Pages in the nav are drawn as before, and so is
    everything when a theme overrides one of these templates (its own may read the page).
    """

    NAMES = ("partials/nav.html", "partials/tabs.html")
    # what those two draw with; all Material's, or nothing is shared
    DRAWN_WITH = (*NAMES, "partials/nav-item.html", "partials/tabs-item.html", "partials/logo.html")

    def __init__(self) -> None:
        self.drawn: dict[tuple[str, str, str], str] = {}
        self.nav: Any = None
        self.listed: set[int] = set()  # the pages in the nav, by id
        self.targets: list[str] = []  # the addresses the nav links to from every page

    def install(self, env: jinja2.Environment, config: MkDocsConfig) -> None:
        try:
            templates = {name: env.get_template(name) for name in self.DRAWN_WITH}
        except jinja2.TemplateNotFound:
            return
        if any(MATERIAL_TEMPLATES not in Path(t.filename or "").parents for t in templates.values()):
            return
        extra = [config.theme.get("logo"), config.theme.get("favicon"), config.extra.get("homepage")]
        self.targets = [str(url) for url in extra if isinstance(url, str)]
        for name in self.NAMES:
            template = templates[name]
            template.root_render_func = self._shared(name, template.root_render_func)  # type: ignore[method-assign]

    def _shared(self, name: str, draw: Any) -> Any:
        def render(context: Any) -> Any:
            key = self._key(name, context)
            if key is None:
                yield from draw(context)
                return
            drawn = self.drawn.get(key)
            if drawn is None:
                drawn = self.drawn[key] = "".join(draw(context))
            yield drawn

        return render

    def _key(self, name: str, context: Any) -> tuple[str, str, str] | None:
        page, nav = context.get("page"), context.get("nav")
        if not isinstance(page, Page) or nav is None:
            return None
        if nav is not self.nav:
            self._read(nav)
        if self.listed is None or id(page) in self.listed:
            return None
        url = page.url
        # a link to a page under this one's address would be relative to it alone
        if url and any(target.startswith(url) for target in self.targets):
            return None
        return name, posixpath.dirname(url.rstrip("/")), str(context.get("base_url"))

    def _read(self, nav: Any) -> None:
        self.nav, self.drawn = nav, {}
        items = list(nav.items)
        urls, listed = [], set()
        while items:
            item = items.pop()
            if getattr(item, "pages", None):  # a view that lists pages outside the nav (a blog's)
                self.listed = None  # type: ignore[assignment]
                return
            if isinstance(item, Page):
                listed.add(id(item))
            if getattr(item, "url", None):
                urls.append(str(item.url))
            items.extend(getattr(item, "children", None) or [])
        self.listed = listed | {id(page) for page in nav.pages}
        self.targets = [*self.targets, *urls]


class _Compiled(jinja2.BytecodeCache):
    """Compiled templates in memory, by name and source (an edited template is compiled again)."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.codes.get(bucket.key)
        if code is not None and bucket.checksum is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


class _GeneratedPage(File):
    """A generated page, changed or not for the whole of one build.

    A dirty build asks whether a page's file changed twice, before reading the page and before
    writing it; the render in the background may write the file in between, and MkDocs then
    wrote a page it had not read (a crash, the server stuck). Asked once, the answer holds for
    the build; the page written meanwhile is built by the next one (the server saw the write).
    """

    modified: bool | None = None

    def is_modified(self) -> bool:
        if self.modified is None:
            self.modified = super().is_modified()
        return self.modified


class _ServedSite:
    """The site `mkdocs serve` builds, kept under .cache/serve/ for the server's next start.

    MkDocs serves from a new temporary folder each time, so every start built every page again
    (a minute at 1,000 sources) to write the site of the last start. Here the site is kept, one per
    address served (a page names its address), and the first build of a start is a dirty one:
    MkDocs builds the pages whose file is newer than their HTML, as the server's later builds do.
    A site built by other settings or other code (the key) is emptied first, so that build is
    a whole one; the pages of the last start that are gone are removed.
    """

    def __init__(self, serve_dir: Path, address: str) -> None:
        self.home = serve_dir / hashlib.sha256(address.encode()).hexdigest()[:12]
        self.folder = self.home / "site"
        self.record = self.home / "built.json"

    def start(self, key: str, reuse: bool) -> None:
        """Before a build of the whole site (a dirty one at the start): the last start's kept, or not."""
        try:
            kept = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            kept = {}
        self.key, self.previous = key, kept.get("pages", []) if isinstance(kept, dict) else []
        self.record.unlink(missing_ok=True)  # until this build is done: a build stopped half-way is no site
        if not (reuse and isinstance(kept, dict) and kept.get("key") == key):
            shutil.rmtree(self.folder, ignore_errors=True)
            self.previous = []
        self.folder.mkdir(parents=True, exist_ok=True)

    def done(self, outputs: list[str]) -> None:
        """After a build of the whole site: the pages gone since the last start removed, the site recorded."""
        for gone in sorted(set(self.previous) - set(outputs)):
            with contextlib.suppress(OSError):
                (self.folder / gone).unlink()
        with contextlib.suppress(OSError):  # a read-only project: the next start builds every page
            atomic_write(self.record, json.dumps({"key": self.key, "pages": sorted(outputs)}).encode())

    def error_page(self, code: int) -> bytes | None:
        """MkDocs' error pages, from the folder served."""
        page = self.folder / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None


def _first_build_dirty() -> None:
    """Make the server's first build a dirty one (see _ServedSite); its later builds are the plugin's.

    `mkdocs serve` gives no plugin a say in its first build: it calls build(dirty=False), which
    empties the site and builds every page. The plugin's on_pre_build empties a site it cannot
    keep, so that build is the same one then.
    """
    serving = mkdocs.commands.serve
    original = serving.build

    def first(config: MkDocsConfig, *, serve_url: str | None = None, dirty: bool = False) -> None:
        serving.build = original
        original(config, serve_url=serve_url, dirty=True)

    serving.build = first


def _file_bytes(path: str | None) -> bytes:
    try:
        return Path(path).read_bytes() if path else b""
    except OSError:
        return b""


def _tree_stamps(folder: str | None) -> dict[str, tuple[int, int]]:
    from .preview import stamps

    return stamps(Path(folder)) if folder and Path(folder).is_dir() else {}


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        status = path.stat() if path is not None else None
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size) if status else None


PAGEFIND_SKIPS = (".chart-block",)  # and a generated page's tables (on_page_content): see _pagefind


def across_sources(uri: str) -> bool:
    """Is the generated file at `uri` a page across sources (an entity's, a month's, a figure
    subject's...): not a briefing's page, its former address's redirect or the home page, nor a
    data file?"""
    return uri.endswith(".md") and not uri.startswith("briefings/") and uri != "index.md"


def _pagefind(site: str, part_mb: float, serving: bool = False, titled: Collection[str] = ()) -> None:
    """Pagefind's index of the built site, in site/pagefind/ (in parts for a large site: search_index).

    Only the article is indexed (not the navigation), and in it neither the charts nor the
    tables of generated pages: every row of such a table (the names a briefing lists; the
    sources, events, figures and judgements of the pages across sources) repeats a name or a
    sentence of a briefing page, which is indexed there, so a search finds the same pages
    without them, and Pagefind holds fewer words in memory. The pages across sources (`titled`)
    are indexed by their title alone, for the same reason: the rest of their text is the
    briefings'. A hand-written page is indexed whole: its words are nowhere else.
    """
    options = [
        "--root-selector", ARTICLE,
        *(option for skip in PAGEFIND_SKIPS for option in ("--exclude-selectors", skip)),
    ]  # fmt: skip
    try:
        said = index_site(Path(site), options, part_mb, titled)
    except PagefindFailed as exc:
        message = f"{exc} (site {site})"
        if serving:  # a thread of the server: said, and the preview goes on without search
            log.error(message)
            return
        raise PluginError(message) from None
    log.info("pagefind: %s", said)


class _DirtyWarning(logging.Filter):
    """MkDocs warns at each dirty build of an inaccurate navigation, which ours is not (see _guarded)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


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
    """The files in a folder of rendered pages: those of its last render that went through, the
    pages and the feeds and data files rendered with them (feed.xml, data/*.csv; under `serve`
    they were left out, and about.md's links to them led nowhere).

    writers.write_pages changes the folder only when every page is made; another run's
    staging folder (.staging-*) is no page of it.

    Asked at every build of the server: os.scandir, which tells a file without a stat of its own
    (at 1,000 sources, 3 ms of CPU for 2,350 files where pathlib's walk took 40 ms).
    """
    found: list[str] = []
    folders = [("", str(folder))] if folder.is_dir() else []
    while folders:
        prefix, path = folders.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    folders.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.is_file():
                    found.append(prefix + entry.name)
    return sorted(found)


def _render_apart(settings: Settings, folder: Path) -> Rendered:
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
        return pool.submit(render_site, settings, folder).result()


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
