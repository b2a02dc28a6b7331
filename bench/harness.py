"""What the bench scripts share: the project copied around a corpus, the machine's load, a
measured subprocess, their options, and bench/RESULTS.md, whose sections belong to different scripts."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS.md"
PROJECT_FILES = ("mkdocs.yml", "docs", "aliases.yaml", "templates", "lexicon")
SAMPLE_SECONDS = 0.5  # how often the memory of a step's process tree is sampled
# the sections of RESULTS.md that bench/run.py does not write, in their order after its own
CLUSTER_SECTION = "## Extraction on a Dask cluster"  # bench/run.py --cluster
PREVIEW_SECTION = "## Preview under `mkdocs serve`"  # bench/serve.py
PROFILE_SECTION = "## Where the build's time goes"  # by hand (the section says how)
KEPT_SECTIONS = (CLUSTER_SECTION, PREVIEW_SECTION, PROFILE_SECTION)
# every step runs this checkout's generator, whatever the current folder
PATH = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=PATH)


def data(name: str) -> Any:
    """A data file of bench/data/ (word lists, templates, the results' table)."""
    import yaml

    return yaml.safe_load((REPO / "bench" / "data" / name).read_text(encoding="utf-8"))


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def arguments(script: str, doc: str, argv: list[str]) -> argparse.Namespace:
    """A bench script's options (bench/data/options.yaml); the namespace keeps `argv`."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, keywords in data("options.yaml")[script].items():
        if "type" in keywords:
            keywords["type"] = {"int": int, "float": float, "path": Path}[keywords["type"]]
        if keywords.get("type") is Path and "default" in keywords:
            keywords["default"] = REPO / keywords["default"]
        parser.add_argument(name, **keywords)
    args = parser.parse_args(argv)
    args.argv = argv
    return args


def code_label() -> str:
    """Which code this checkout holds, for the results: its commit, and whether it is edited."""
    git = ["git", "-C", str(REPO)]
    head = subprocess.run([*git, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True)
    if head.returncode:
        return "working tree"
    edited = subprocess.run([*git, "status", "--porcelain", "generator"], capture_output=True, text=True)
    changed = " with uncommitted changes" if edited.stdout.strip() else ""
    return f"working tree at {head.stdout.strip()}{changed}"


def copy_project(root: Path) -> None:
    """The project's files copied into `root`; a folder already there is kept."""
    root.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        original, copy = REPO / name, root / name
        if original.is_dir() and not copy.exists():
            shutil.copytree(original, copy, ignore=shutil.ignore_patterns("__pycache__", "generated"))
        elif original.is_file():
            shutil.copy2(original, copy)


def synthetic_project(root: Path, n: int, seed: int = 0) -> list[Path]:
    """N synthetic sources in a copy of the project at `root`, with the cast's decisions in its
    aliases.yaml (without them `mkdocs build --strict` stops); the sources' paths."""
    import corpus  # bench/corpus.py, next to this file

    copy_project(root)
    corpus.add_cast_aliases(root / "aliases.yaml")
    return corpus.generate(n, root / "seeds", seed=seed)


def briefings_by_seed(root: Path) -> list[tuple[Path, str, Path]]:
    """(briefing file, its id, its seed) of a project's briefings, in the order of the seeds."""
    import yaml

    found = []
    for path in sorted((root / "briefings").glob("*.yaml")):
        with path.open(encoding="utf-8") as stream:
            head = "".join(line for line, _ in zip(stream, range(12), strict=False))
        data = yaml.safe_load(head.split("\ntitle:")[0])  # id and source come first, the text later
        found.append((path, data["id"], root / data["source"]["file"]))
    return sorted(found, key=lambda item: item[2].name)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """The files of a briefings folder by path, to compare byte for byte (lock and backups left out)."""
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files
            if p.name != ".extract.lock" and ".backup" not in p.parts}  # fmt: skip


# --------------------------------------------------------------------- the machine


def cpu_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def own_cpu() -> float:
    """CPU seconds, user and system, of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait_for_quiet(max_wait: float, threshold: float = 0.3) -> None:
    """Wait (up to max_wait s) until other processes keep less than `threshold` CPUs busy."""
    for waited in range(0, int(max_wait), 3):
        before = cpu_busy()
        time.sleep(3)
        if (load := (cpu_busy() - before) / 3) < threshold:
            return
        if waited == 0:
            log(f"the machine is busy ({load:.1f} CPUs used by others): waiting up to {max_wait:.0f}s")


def memory(pid: int, key: bytes) -> int:
    """A memory figure of /proc/PID/status (b"VmRSS:", b"VmHWM:") in bytes; 0 once the process is gone."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", "rb") as f:
        return next((int(line.split()[1]) * 1024 for line in f if line.startswith(key)), 0)
    return 0


def process_tree(root: int) -> list[tuple[int, list[str]]]:
    """A process and all its descendants, each with the fields of its /proc/PID/stat after its name
    (state, ppid, ...; utime, stime, cutime, cstime at 11 to 14)."""
    stats: dict[int, list[str]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry.name}/stat", "rb") as f:
                stats[int(entry.name)] = f.read().decode(errors="replace").rsplit(")", 1)[1].split()
    children: dict[int, list[int]] = {}
    for pid, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(pid)
    tree, todo = [], [root]
    while todo:
        tree.append((pid := todo.pop(), stats.get(pid, [])))
        todo.extend(children.get(pid, []))
    return tree


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    return sum(memory(pid, b"VmRSS:") for pid, _ in process_tree(root))


def tree_cpu(root: int) -> float:
    """CPU seconds (user and system) of a process and its descendants, and of the children they
    waited for."""
    ticks = sum(int(f) for _, fields in process_tree(root) for f in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------- a measured step


@dataclass
class Step:
    seconds: float
    returncode: int
    peak: int  # bytes: the larger of the largest process's high-water mark and the sampled tree's sum
    own_peak: int  # bytes: the process itself, without its children (its VmHWM, sampled)
    cpu: float  # seconds of CPU, user and system, of the process and the children it waited for
    others_cpu: float  # CPU seconds the rest of the machine used meanwhile (the bench's own left out)
    stdout: str
    stderr: str

    @property
    def others(self) -> float:
        """CPUs kept busy by other processes of the machine meanwhile (mean)."""
        return max(0.0, self.others_cpu) / self.seconds if self.seconds else 0.0

    def printed(self) -> dict[str, Any]:
        """The JSON a worker printed last on stdout."""
        last = next((line for line in reversed(self.stdout.splitlines()) if line.startswith("{")), None)
        if last is None:
            raise RuntimeError(f"step printed no result (exit {self.returncode}):\n{self.stderr[-3000:]}")
        return json.loads(last)


def worker_command(script: str, *args: str) -> list[str]:
    """The command that runs a worker function of a bench script in a process of its own (the
    script's `main` prints what `--worker KIND ARGS...` returns, as JSON)."""
    return [sys.executable, str(REPO / "bench" / script), "--worker", *args]


def run_step(cmd: list[str], cwd: Path, what: str = "", quiet_wait: float = 0) -> Step:
    """Run a command (logged as `what`, once the machine is quiet, up to `quiet_wait` s); its wall
    time, exit status, peak memory, CPU and output. stderr is shown as it comes (progress) and kept."""
    if what:
        wait_for_quiet(quiet_wait)
        log(what)
    out = tempfile.TemporaryFile()  # noqa: SIM115  (closed below, once read)
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=subprocess.PIPE, start_new_session=True)
    peaks, done, errors = [0, 0], threading.Event(), []  # peaks: the tree's sum, the process's own

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peaks[:] = max(peaks[0], tree_rss(proc.pid)), max(peaks[1], memory(proc.pid, b"VmHWM:"))

    def relay() -> None:
        for line in iter(proc.stderr.readline, b""):  # type: ignore[union-attr]
            errors.append(line)
            sys.stderr.write("    " + line.decode(errors="replace"))

    started, busy, mine = time.monotonic(), cpu_busy(), own_cpu()
    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=relay, daemon=True)]
    for thread in threads:
        thread.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    busy, mine = cpu_busy() - busy, own_cpu() - mine  # the bench's own threads are not other work
    done.set()
    for thread in threads:
        thread.join(timeout=5)
    with out:
        out.seek(0)
        stdout = out.read().decode(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Step(seconds, os.waitstatus_to_exitcode(status), max(usage.ru_maxrss * 1024, peaks[0]), peaks[1],
                cpu, busy - cpu - mine, stdout, b"".join(errors).decode(errors="replace"))  # fmt: skip


# --------------------------------------------------------------------- bench/RESULTS.md


def markdown_table(header: list[str], align: str, rows: Iterable[list[str]]) -> list[str]:
    """The lines of a Markdown table; `align` has a letter a column: l (left) or r (right)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "".join("---:|" if a == "r" else "---|" for a in align)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def section(text: str, heading: str) -> str:
    """The section of a Markdown text under `heading`, up to the next such heading; "" without one."""
    _, found, after = text.partition(heading + "\n")
    end = after.find("\n## ")
    return (heading + "\n" + (after if end < 0 else after[: end + 1])).rstrip("\n") if found else ""


def with_section(text: str, heading: str, lines: list[str]) -> str:
    """The text with its section under `heading` replaced by `lines` (added at the end without one)."""
    if old := section(text, heading):
        return text.replace(old, "\n".join(lines), 1)
    return text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"


def write_section(path: Path, heading: str, lines: list[str]) -> None:
    """Replace one script's section of a results file, the other scripts' figures kept."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.write_text(with_section(text, heading, lines), encoding="utf-8")


def write_results(path: Path, lines: list[str]) -> None:
    """A results file rewritten with `lines` first, then the sections other scripts (or a person) wrote."""
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    kept = [part for heading in KEPT_SECTIONS if (part := section(before, heading))]
    path.write_text("\n".join(lines) + "\n" + "".join(f"\n{part}\n" for part in kept), encoding="utf-8")
    log(f"results written to {path}")
