"""The command line: extract, check, render, export, build, rename, serve, pdf.

    python -m generator extract [--sources seeds] [--out briefings] [--force] [--prune] [--processes N]
                                [--scheduler tcp://HOST:8786]
    python -m generator check   [--briefings briefings]
    python -m generator render  [--briefings briefings] [--out docs/generated]
    python -m generator export  [--briefings briefings] [--out site]
    python -m generator build   [--strict]
    python -m generator rename  OLD NEW
    python -m generator serve   [--dev-addr IP:PORT]
    python -m generator pdf     [IDS...] [--out briefings.pdf] [--site DIR]

User errors print one clean message per problem and exit with status 1; a
traceback is shown only with --debug (before or after the command's name).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pydantic import ValidationError

from .errors import UserError, plain_words
from .settings import SETTING_NAMES, Settings, load_settings


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def cmd_extract(args: argparse.Namespace) -> int:
    from .overrides import SourceOverrides
    from .pipeline import extract_sources

    settings = _settings(args)
    if args.processes is not None:
        try:  # the setting's own check: at least 1; and here, not on a `scheduler:` set in mkdocs.yml
            settings = replace(settings, processes=args.processes, scheduler=None)
        except ValidationError as exc:
            raise UserError(f"--processes: {plain_words(exc.errors()[0], SETTING_NAMES)}") from exc
    sources = Path(args.sources) if args.sources else settings.path("sources")
    out = Path(args.out) if args.out else settings.path("briefings")
    # an entry that names no source: a misspelt name, or a source gone on purpose (`check` refuses it)
    for problem in SourceOverrides.load(sources / "sources.yaml").unmatched():
        print(f"warning: {problem}", file=sys.stderr)
    report = extract_sources(
        settings,
        sources,
        out,
        force=args.force,
        progress=sys.stderr.isatty(),
        processes=args.processes,
        prune=args.prune,
        scheduler=args.scheduler,
    )
    for before, now in report.moved:
        print(f"moved: {before} -> {now}; its briefing follows it")
    for path, carried in report.carried:
        print(f"kept hand corrections in {path}: " + "; ".join(carried))
    for path, lost in report.lost:
        for reason in lost:
            print(f"warning: {path}: a correction could not be carried: {reason}", file=sys.stderr)
    for path in report.kept:
        print(f"warning: {path}: source changed but its briefing was corrected by hand and left as it is")
    analysed = ", ".join(settings.pipelines())
    for path, language in report.not_analysed:
        print(f"note: {path} is in '{language}': its text is kept, but not analysed (analysed: {analysed})")
    for path, file in report.gone:
        print(
            f"warning: {path}: its source {file} is gone; `extract --prune` removes the briefing "
            "(a copy stays in .backup/)",
            file=sys.stderr,
        )
    for path, file in report.pruned:
        print(f"pruned: {path} (its source {file} is gone; a copy is in .backup/)")
    for problem in report.refused:
        print(f"error: {problem}; this briefing is left as it is", file=sys.stderr)
    for path, reason in report.failed:
        print(f"error: {path}: {reason}", file=sys.stderr)
    print(f"extract: {report.summary()} -> {out}")
    return 1 if report.failed or report.refused else 0


def cmd_rename(args: argparse.Namespace) -> int:
    from .pipeline import rename_briefing

    settings = _settings(args)
    folder = Path(args.briefings) if args.briefings else settings.path("briefings")
    target = rename_briefing(folder, args.old, args.new)
    print(f"rename: {args.old} -> {target}; the old address redirects to the new one")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check everything a build or an extraction reads, and list every problem."""
    from .corpus import Aliases
    from .lexicon import load_lexicon
    from .overrides import check_file
    from .rendering import template_problems
    from .settings import read_settings
    from .store import briefing_files, load_all, write_schema
    from .tracking import check_ties

    try:
        settings, problems = read_settings(args.config)  # a faulty setting has its default below
    except UserError as exc:  # mkdocs.yml does not parse
        settings, problems = Settings(root=Path(args.config).parent), str(exc).splitlines()
    problems += check_file(settings.path("sources") / "sources.yaml")
    problems += _refused(lambda: Aliases.load(settings.path("aliases")))
    # the data of every language extract analyses, and English's, which reading uses (a file read
    # by two, as every language's boilerplate is, is told once)
    lexicon = str(settings.path("lexicon"))
    for language in dict.fromkeys(["en", *settings.pipelines()]):
        found = _refused(lambda language=language: load_lexicon(lexicon, language))
        problems += [problem for problem in found if problem not in problems]
    problems += template_problems(settings.path("templates"))
    folder = Path(args.briefings) if args.briefings else settings.path("briefings")
    briefings, invalid = load_all(folder, Path.cwd())
    problems += [str(problem) for problem in invalid]
    tied, warnings = check_ties(folder, briefings, settings.root)
    problems += tied
    for problem in problems:
        print(problem, file=sys.stderr)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    files = len(briefing_files(folder))
    if folder.is_dir():
        write_schema(folder)
    gone = f", {len(warnings)} whose source is gone" if warnings else ""
    print(f"check: {len(briefings)} of {files} briefings valid, {len(problems)} problems{gone}")
    return 1 if problems else 0


def _refused(read: Callable[[], object]) -> list[str]:
    """The problems `read` raises, one a line; [] when it reads."""
    try:
        read()
    except UserError as exc:
        return str(exc).splitlines()
    return []


def cmd_render(args: argparse.Namespace) -> int:
    from .pipeline import render_site

    settings = _settings(args)
    if args.briefings:
        settings = replace(settings, briefings=os.path.relpath(args.briefings, settings.root))
    out = Path(args.out) if args.out else settings.root / settings.render_dir
    rendered = render_site(settings, out)
    problems, report = rendered.problems, rendered.written
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    for warning in rendered.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"render: {len(report.pages)} pages, {len(report.written)} written, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed -> {out}"
    )
    return 1 if problems else 0


def cmd_export(args: argparse.Namespace) -> int:
    """The data files (data/*.csv, data/briefings.jsonl) written into the built site, or elsewhere."""
    from .exports import each_data_file
    from .files import atomic_write
    from .pipeline import load_corpus

    settings = _settings(args)
    if args.briefings:
        settings = replace(settings, briefings=os.path.relpath(args.briefings, settings.root))
    # the site's root, where the build puts them with `data_files: true`
    out = Path(args.out) if args.out else _site_dir(args.config, settings.root)
    corpus, problems = load_corpus(settings)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    written = []
    for address, text in each_data_file(corpus, settings.directory_urls):
        atomic_write(out / address, text.encode("utf-8"))
        written.append(address)
    print(f"export: {len(written)} data files ({', '.join(written)}) -> {out}")
    return 1 if problems else 0


def _site_dir(config_file: str, root: Path) -> Path:
    """The folder `mkdocs build` writes the site into, as MkDocs reads it (a `site_dir` inherited
    from another file, or given by an environment variable); `site` beside a missing mkdocs.yml."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not Path(config_file).is_file():
        return root / "site"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        site_dir = Path(load_config(config_file).site_dir)
    except MkDocsException as exc:
        raise UserError(str(exc)) from exc
    # said as the user gave mkdocs.yml's folder: relative to the working folder when it is inside
    return site_dir.relative_to(Path.cwd()) if site_dir.is_relative_to(Path.cwd()) else site_dir


def _mkdocs_build(config_file: str, strict: bool = False, site_dir: Path | None = None) -> tuple[Path, str]:
    """Build the site with MkDocs (into `site_dir` instead of the configured folder); its folder and
    its name."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        extra = {"site_dir": str(site_dir)} if site_dir is not None else {}
        config = load_config(config_file, strict=strict, **extra)
        # what `mkdocs build` does around a build: plugins that open something at startup (a
        # cache, a connection, a scratch folder) and close it at shutdown rely on both events
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as exc:
        raise UserError(str(exc)) from exc
    return Path(config.site_dir), str(config.site_name)


def cmd_build(args: argparse.Namespace) -> int:
    _settings(args)  # its mistakes as the other commands word them, before MkDocs starts
    site, _ = _mkdocs_build(args.config, strict=args.strict)
    print(f"build: site written to {site}")
    print(f"  serve it: mkdocs serve  (or: python3 -m http.server -d {site} 8000)")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    """A PDF pack of the chosen briefings (all when none is named), printed by Chromium."""
    import tempfile

    from .printing import chosen, chromium, pack_html, print_pdf
    from .store import load_all

    chromium()  # before a build that would be of no use without it
    settings = _settings(args)
    folder = settings.path("briefings")
    briefings, _ = load_all(folder, settings.root)  # a briefing `check` refuses stops the build below
    picked = chosen(briefings, args.ids, folder)
    if not picked:
        raise UserError(f"pdf: {folder}/ holds no briefing to print")
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="briefings-site-") as scratch:
        if args.site:
            site = Path(args.site)
            if not (site / "index.html").is_file():
                raise UserError(f"pdf: {site}: no built site there (no index.html); build it first")
            # printing adds a page to the site for a moment: a copy, so the site is never changed
            site = Path(shutil.copytree(site, Path(scratch) / "site"))
            name = _site_name(args.config)
        else:
            site, name = _mkdocs_build(args.config, site_dir=Path(scratch) / "site")
        size = print_pdf(site, pack_html(site, picked, name, settings.topic), out)
    print(f"pdf: {len(picked)} briefing{'s' if len(picked) != 1 else ''} -> {out} ({size:,} bytes)")
    return 0


def _site_name(config_file: str) -> str:
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        return str(load_config(config_file).site_name)
    except MkDocsException as exc:
        raise UserError(str(exc)) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _settings(args)  # mkdocs.yml read within limits before MkDocs' own loader reads it (settings.read_config)
    try:
        serve(config_file=args.config, dev_addr=args.dev_addr)
    except MkDocsException as exc:
        raise UserError(str(exc)) from exc
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    top.add_argument(
        "--config", default="mkdocs.yml", help="mkdocs.yml with the settings (default: %(default)s)"
    )
    top.add_argument("--debug", action="store_true", help="show tracebacks")
    # the same two after the command's name (`check --debug`); SUPPRESS keeps the value given before it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=argparse.SUPPRESS, help="mkdocs.yml with the settings")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", parents=[common], help="write a briefing for every new or changed source"
    )
    extract.add_argument("--sources", help="folder of raw sources (default: seeds)")
    extract.add_argument("--out", help="folder for briefings (default: briefings)")
    extract.add_argument(
        "--force",
        action="store_true",
        help="re-extract unchanged sources too (corrections carried, backups kept)",
    )
    where = extract.add_mutually_exclusive_group()
    where.add_argument(
        "--processes", type=int, help="extract here, in this many processes (default: setting, 1)"
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the workers of the running Dask cluster whose scheduler is at ADDRESS "
        "(tcp://HOST:8786; default: the `scheduler` setting, none)",
    )
    extract.add_argument(
        "--prune",
        action="store_true",
        help="remove briefings whose source is gone (a copy of each stays in briefings/.backup/)",
    )
    extract.set_defaults(run=cmd_extract)

    rename = commands.add_parser(
        "rename", parents=[common], help="change a briefing's id; its old address redirects"
    )
    rename.add_argument("old")
    rename.add_argument("new")
    rename.add_argument("--briefings", help="folder of briefings (default: briefings)")
    rename.set_defaults(run=cmd_rename)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="validate briefings, settings, sources.yaml, aliases.yaml, templates; exit 1 on any problem",
    )
    check.add_argument("--briefings", help="folder of briefings (default: briefings)")
    check.set_defaults(run=cmd_check)

    render = commands.add_parser("render", parents=[common], help="write the site's Markdown pages")
    render.add_argument("--briefings", help="folder of briefings (default: briefings)")
    render.add_argument("--out", help="folder for the pages (default: docs/generated)")
    render.set_defaults(run=cmd_render)

    export = commands.add_parser(
        "export", parents=[common], help="write the data files (data/*.csv, *.jsonl) into the built site"
    )
    export.add_argument("--briefings", help="folder of briefings (default: briefings)")
    export.add_argument("--out", help="folder to write data/ into (default: site_dir of mkdocs.yml)")
    export.set_defaults(run=cmd_export)

    build = commands.add_parser(
        "build", parents=[common], help="render and build the site with MkDocs into site/"
    )
    build.add_argument("--strict", action="store_true", help="fail on any MkDocs warning")
    build.set_defaults(run=cmd_build)

    serve = commands.add_parser(
        "serve", parents=[common], help="mkdocs serve, mkdocs.yml read within limits first"
    )
    serve.add_argument("-a", "--dev-addr", help="IP:PORT to serve on (default: 127.0.0.1:8000)")
    serve.set_defaults(run=cmd_serve)

    pdf = commands.add_parser(
        "pdf", parents=[common], help="print briefings into one PDF (cover, contents, pages) with Chromium"
    )
    pdf.add_argument("ids", nargs="*", metavar="ID", help="briefings to print, in this order (default: all)")
    pdf.add_argument("--out", default="briefings.pdf", help="the PDF to write (default: %(default)s)")
    pdf.add_argument("--site", help="print from this built site instead of building one")
    pdf.set_defaults(run=cmd_pdf)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return int(args.run(args))
    except UserError as exc:
        if args.debug:
            raise
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except OSError as exc:
        # a folder under a file, no permission, a full disk: the user's to fix, so one line naming
        # the path, as for bad input (every command's --out, not export's alone); --debug shows where
        if args.debug:
            raise
        print(
            f"error: {exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
