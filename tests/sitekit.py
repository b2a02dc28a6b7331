"""Helpers for tests that build the whole site: a project copy, a build, a local server."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import html.parser
import http.server
import io
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.printing import QUIET_CHROMIUM_FLAGS

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parent.parent

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """What PyYAML's safe loader reads in `text` (a briefing a test reads back), parsed by libyaml.

    yaml.safe_load is the same loader (constructor and resolver) on PyYAML's pure-Python parser:
    about 18 ms of CPU for one of the committed briefings, and 60 ms under coverage's tracer,
    which `make test` runs, against 4 ms here; the end-to-end tests read briefings back hundreds
    of times. Where a test checks what the pure-Python reader makes of the product's YAML (front
    matter MkDocs reads, the hostile corpus), it keeps yaml.safe_load.
    """
    return yaml.load(text, Loader=SAFE_LOADER)


PROJECT_FILES = ("mkdocs.yml", "aliases.yaml", "seeds", "briefings", "docs", "templates", "lexicon")


def copy_project(target: Path) -> Path:
    """The project's inputs (not its site/) copied to `target`, to build in isolation."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("generated", ".backup"))
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `make(folder)` fills, made once per test run: the first test process (xdist
    worker) to ask makes it, one asking meanwhile waits for it, and every later one reuses it.

    For what test files on different workers would otherwise each build alike (the samples'
    site, the hostile project): a build is 15 to 70 seconds of the run. Tests only read it.
    """
    shared = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # one folder for the whole run; each worker's basetemp is inside
    folder, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)  # what a make that failed left: made again, and fails the same way
            make(folder)
            done.touch()
    return folder


def samples_site(factory: pytest.TempPathFactory) -> Path:
    """The project as it is, built by `mkdocs build --strict`: its site/ folder."""

    def build(root: Path) -> None:
        copy_project(root)
        result = run_mkdocs("build", "--strict", cwd=root)
        assert result.returncode == 0, result.stderr

    return made_once(factory, "samples-site", build) / "site"


def run_generator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` run in this process, in `cwd`: what it printed and its exit status.

    The spaCy model stays loaded from one run to the next (a process of its own loads it every
    time, a second or more), and coverage sees the command line. Data a process would read
    afresh (the project's lexicon) is read afresh. For what only a process of its own shows
    (its entry point, a kill, two runs at once), run_generator.
    """
    from generator import cli
    from generator.lexicon import load_lexicon

    out, err = io.StringIO(), io.StringIO()
    # what cli.main's logging.basicConfig gives a process of its own (pytest's handlers hold the root)
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    # this run's own records only: a server thread another test of this worker left running (a
    # preview's, logging that no briefing names its hub) must not speak into this run's output
    this_thread = threading.get_ident()
    handler.addFilter(lambda record: record.thread == this_thread)
    root = logging.getLogger()
    level, before = root.level, os.getcwd()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    load_lexicon.cache_clear()
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exc:  # argparse's refusal of the arguments
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os.chdir(before)
        root.removeHandler(handler)
        root.setLevel(level)
        # its project's data is cached under the relative path "lexicon": another test's
        # project, in another working folder, must not be given it
        load_lexicon.cache_clear()
    return subprocess.CompletedProcess(["generator", *args], code, out.getvalue(), err.getvalue())


def run_mkdocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def differing_files(a: Path, b: Path) -> list[str]:
    """Files present in only one of two built sites, or with other bytes; [] if identical."""
    files_a = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file()}
    return sorted(str(k) for k in files_a.keys() | files_b.keys() if files_a.get(k) != files_b.get(k))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    unserved: frozenset[str] = frozenset()  # file names answered 404 wherever they are

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_head(self) -> io.BufferedIOBase | None:
        if urllib.parse.urlsplit(self.path).path.rsplit("/", 1)[-1] in self.unserved:
            self.send_error(404)
            return None
        return super().send_head()


@contextmanager
def serve(folder: Path, unserved: Collection[str] = ()) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 on a free port; yields the base URL. Files named in `unserved`
    are answered 404, as if the site had none."""
    handler = functools.partial(
        type("_Handler", (_QuietHandler,), {"unserved": frozenset(unserved)}), directory=str(folder)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def mkdocs_serve(
    project: Path, log_path: Path, temporary: Path | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    """`mkdocs serve` of `project` on a free port of 127.0.0.1, logging into `log_path`:
    (its process, the port), once it serves. `temporary`: the folder it makes its site in
    (a `mkdocs_*` folder there), so a test can look at the files it writes.

    The port is one the system had free a moment before. Tests run on several cores at once,
    so another test's server may take it meanwhile: then this one stops at once ("Address
    already in use") and another port is tried.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if temporary is not None:
        env["TMPDIR"] = str(temporary)
    for _ in range(5):
        port = free_port()
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                cwd=project,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        # it builds the site first, then binds the port and says so
        wait_for(lambda server=server: server.poll() is not None or "Serving on" in log_path.read_text(), 90)
        if server.poll() is None or "Address already in use" not in log_path.read_text():
            return server, port
    raise AssertionError(f"no free port for mkdocs serve: {log_path.read_text()}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM_ARGS = [*QUIET_CHROMIUM_FLAGS, "--disable-quic"]


def briefing_id_for(source_name: str) -> str:
    """The id of the committed briefing of a sample source."""
    for path in (ROOT / "briefings").glob("*.yaml"):
        data = read_yaml(path.read_text())
        if data["source"]["file"].endswith(source_name):
            return data["id"]
    raise AssertionError(f"no briefing for {source_name}")


def wait_for(condition, seconds: float) -> bool:
    """Whether `condition()` comes true within `seconds` (a server starting, a page changing);
    a connection refused meanwhile is a server not up yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


class _LinksAndIds(html.parser.HTMLParser):
    """The hrefs of a page's <a> elements (HTML and SVG alike) and every id it gives an element."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href") is not None:
            self.hrefs.append(str(values["href"]))


def broken_links(site: Path) -> list[str]:
    """Every link between the pages of a built site, and from its feeds and data files to its pages,
    that leads to no file, or to no element of it with the anchor's id: `page: href`.

    MkDocs checks the links and anchors of a page's Markdown (`--strict`), not those inside its
    raw HTML (the generated tables, maps and charts), which the generator writes itself.
    Absolute links, other hosts' and 404.html's (written for the site's root) are not looked at.
    """
    parsed: dict[Path, _LinksAndIds] = {}

    def parse(path: Path) -> _LinksAndIds:
        if path not in parsed:
            parser = _LinksAndIds()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    pages = [p for p in sorted(site.rglob("*.html")) if p != site / "404.html" and "pagefind" not in p.parts]
    links = [(page, href) for page in pages for href in parse(page).hrefs] + _data_links(site)
    broken = []
    for page, href in links:
        parts = urllib.parse.urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("/"):
            continue
        target = (page.parent / urllib.parse.unquote(parts.path)).resolve() if parts.path else page
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or site.resolve() not in target.parents:
            broken.append(f"{page.relative_to(site)}: {href} (no such file)")
        elif parts.fragment and target.suffix == ".html" and parts.fragment not in parse(target).ids:
            broken.append(f"{page.relative_to(site)}: {href} (no element #{parts.fragment})")
    return broken


def _data_links(site: Path) -> list[tuple[Path, str]]:
    """The pages the feeds and data files name (exports.py), each file with its addresses, which are
    relative to the site's root, where the feeds are."""
    import csv
    import json
    import xml.etree.ElementTree as ET

    found: list[tuple[Path, str]] = []
    if (site / "feed.xml").is_file():
        feed = ET.fromstring((site / "feed.xml").read_text(encoding="utf-8"))
        hrefs = [link.get("href", "") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
        found += [(site / "feed.xml", href) for href in hrefs if href != "feed.xml"]
    if (site / "feed.json").is_file():
        items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
        found += [(site / "feed.json", item["url"]) for item in items]
    for table in sorted((site / "data").glob("*.csv")):
        for row in csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))):
            found += [
                (site / table.name, row[column]) for column in ("entity_page", "paragraph") if row.get(column)
            ]
    return found
