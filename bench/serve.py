"""How long a maintainer waits under `mkdocs serve`: the start, an edited briefing, an edited seed.

    .venv/bin/python bench/serve.py [--sources 1000] [--tries 3] [--workdir DIR] [--results FILE]

For each try, on N synthetic sources extracted once: the first page served, a briefing's title
edited until its page shows it, a sentence added to a seed until its briefing's page shows it
(bench/README.md). The first try starts with nothing cached (no .cache/: no page rendered, no
site built), as on a fresh checkout; the others restart the server on the same address, as a
maintainer does, and it builds only what changed. Beside each start's wall time, the CPU time
its processes spent until the first page was served. Run it niced, on a quiet machine.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harness  # noqa: E402  (bench/harness.py: what the bench scripts share)

POLL = 0.1  # seconds between two requests for the page


def make_project(root: Path, n: int) -> None:
    """The project's files around N synthetic sources, extracted once (reused when already there)."""
    seeds, briefings = root / "seeds", root / "briefings"
    if len(list(seeds.glob("*.txt"))) == n and len(list(briefings.glob("*.yaml"))) == n:
        harness.log(f"reusing the {n} sources and briefings in {root}")
        return
    shutil.rmtree(root, ignore_errors=True)
    harness.synthetic_project(root, n)
    harness.log(f"extracting {n} sources (once; minutes)")
    command = [sys.executable, "-m", "generator", "extract", "--processes", str(os.cpu_count() or 1)]
    subprocess.run(command, cwd=root, env=harness.ENV, check=True, stdout=subprocess.DEVNULL)


def settled(root: Path, quiet: float = 5.0) -> bool:
    """Whether the preview's renders are done: its record is there (a render removes it while it
    runs) and newer than every page, and no page has been written for `quiet` seconds."""
    record = root / ".cache" / "serve" / "rendered.json"
    try:  # a render's staging folder comes and goes meanwhile
        pages = [path.stat().st_mtime for path in (root / ".cache" / "pages").rglob("*.md")]
        newest = max(pages)
        return record.stat().st_mtime >= newest and time.time() - newest > quiet
    except (OSError, ValueError):
        return False


def built(root: Path) -> bool:
    """Whether the served site holds every page of the last render: each page's HTML (or copy)
    no older than its file, as MkDocs' dirty build judges it, in the site of the server's last
    start (.cache/serve/<address>/site, the one whose record is newest)."""
    from mkdocs.structure.files import File

    pages, sites = root / ".cache" / "pages", list((root / ".cache" / "serve").glob("*/built.json"))
    if not sites:
        return False
    site = max(sites, key=lambda record: record.stat().st_mtime).parent / "site"
    try:
        for path in pages.rglob("*"):
            relative = path.relative_to(pages).as_posix()
            if relative.startswith(".") or "/." in relative or not path.is_file():
                continue
            output = Path(File(relative, str(pages), str(site), use_directory_urls=True).abs_dest_path)
            if output.stat().st_mtime < path.stat().st_mtime:
                return False
    except OSError:  # a page not built yet, or one a render replaces meanwhile
        return False
    return True


def fetch(url: str) -> str | None:
    """The page's text, or None while the server is not up or the page is not there."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def wait_until(condition: Callable[[], bool], timeout: float, poll: float = POLL) -> float | None:
    """Seconds until `condition()` is true, None if not within `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(poll)
    return None


def one_try(root: Path, number: int, timeout: float, port: int) -> dict[str, float | None]:
    pairs = harness.briefings_by_seed(root)
    briefing, briefing_id, _ = pairs[(number * 37) % len(pairs)]
    _, seed_id, seed = pairs[(number * 37 + 11) % len(pairs)]
    if number == 0:
        shutil.rmtree(root / ".cache", ignore_errors=True)  # the first start: nothing rendered nor built
    base = f"http://127.0.0.1:{port}"
    log_path = root / f"serve-{number}.log"
    started = time.monotonic()
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    with log_path.open("w") as server_log:
        server = subprocess.Popen(
            command, cwd=root, env=harness.ENV, stdout=server_log, stderr=subprocess.STDOUT
        )
    figures: dict[str, float | None] = {}
    try:
        # no edit before the server watches: an edit made during its first build is never seen
        ready = wait_until(lambda: server.poll() is not None or fetch(f"{base}/") is not None, 1800)
        if server.poll() is not None or ready is None:
            raise SystemExit(f"mkdocs serve did not start:\n{log_path.read_text()[-2000:]}")
        figures["ready"] = time.monotonic() - started
        figures["ready_cpu"] = harness.tree_cpu(server.pid)
        harness.log(f"try {number + 1}: ready after {figures['ready']} ({figures['ready_cpu']:.1f} s of CPU)")

        marker = f"Preview check {number} {time.time_ns()}"
        text = briefing.read_text(encoding="utf-8")
        briefing.write_text(re.sub(r"(?m)^title: .*$", f"title: {marker}", text, count=1), encoding="utf-8")
        url = f"{base}/briefings/{briefing_id}/"
        figures["briefing"] = wait_until(lambda: marker in (fetch(url) or ""), timeout)
        harness.log(f"try {number + 1}: edited briefing shown after {figures['briefing']}")

        sentence = f"Officials confirmed the seed check number {number} {time.time_ns()} on Monday."
        lines = seed.read_text(encoding="utf-8").split("\n\n")
        lines.insert(min(3, len(lines)), sentence)
        seed.write_text("\n\n".join(lines), encoding="utf-8")
        url = f"{base}/briefings/{seed_id}/"
        figures["seed"] = wait_until(lambda: sentence in (fetch(url) or ""), timeout)
        harness.log(f"try {number + 1}: edited seed shown after {figures['seed']}")
        # a maintainer stops the server later than this: the pages across sources follow the edits,
        # the render's record is written after its last page, and the server builds those pages,
        # all of which the next start reads (a start after a stop mid-build built them then)
        wait_until(lambda: settled(root) and built(root), timeout, poll=1.0)  # each look reads 2,000 files
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    return figures


def table(tries: list[dict[str, float | None]], n: int, timeout: float, command: str) -> list[str]:
    """The preview's section of the results (bench/data/results.yaml `preview`): each figure's
    median and every try's."""

    def shown(value: float | None) -> str:
        return f"not within {timeout:.0f} s" if value is None else f"{value:.1f} s"

    layout, rows = harness.data("results.yaml")["preview"], []
    chosen = {"first": tries[:1], "restarts": tries[1:] or tries, "all": tries}
    for label, target, key, which in layout["rows"]:
        values = [t[key] for t in chosen[which]]
        known = [v for v in values if v is not None]
        median = statistics.median(known) if known and len(known) == len(values) else None
        rows.append([label, target, shown(median), " / ".join(shown(v) for v in values)])
    date, code = time.strftime("%Y-%m-%d %H:%M %Z"), harness.code_label()
    header = [cell.format(n=n, tries=len(tries)) for cell in layout["header"]]
    written = layout["how"].format(date=date, code=code, command=command)
    return [harness.PREVIEW_SECTION, "", written, "", *harness.markdown_table(header, "llrl", rows)]


def main(argv: list[str]) -> int:
    args = harness.arguments("serve.py", __doc__, argv)
    root = (args.workdir or Path(f"/tmp/briefings-serve-bench-{args.sources}")).resolve()
    make_project(root, args.sources)
    with socket.socket() as sock:  # one address for every start: a page names the address it is served at
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    tries = [one_try(root, number, args.timeout, port) for number in range(args.tries)]
    lines = table(tries, args.sources, args.timeout, f"python bench/serve.py {' '.join(argv)}")
    print("\n".join(lines))
    if args.results:
        harness.write_section(args.results, harness.PREVIEW_SECTION, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
