"""What the bench scripts share: the project copied around a corpus, the machine's load, a
measured subprocess, and bench/RESULTS.md, whose sections belong to different scripts."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS.md"
PROJECT_FILES = ("mkdocs.yml", "docs", "aliases.yaml", "templates", "lexicon")
SAMPLE_SECONDS = 0.5  # how often the memory of a step's process tree is sampled
# the sections of RESULTS.md that bench/run.py does not write, in their order after its own
CLUSTER_SECTION = "## Extraction on a Dask cluster"  # bench/cluster.py
PREVIEW_SECTION = "## Preview under `mkdocs serve`"  # bench/serve.py
KEPT_SECTIONS = (CLUSTER_SECTION, PREVIEW_SECTION)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------- the code and the project


def code_env(code: Path) -> dict[str, str]:
    """The environment of a subprocess that runs the generator found in `code`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env["PYTHONPATH"] = str(code) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def code_label() -> str:
    """Which code this checkout holds, for the results: its commit, and whether it is edited."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True).stdout

    try:
        head = git("rev-parse", "--short=12", "HEAD").strip()
        edited = git("status", "--porcelain", "--", "generator", *PROJECT_FILES).strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "working tree"
    return f"working tree at {head}" + (" with uncommitted changes" if edited else "")


def copy_project(source: Path, root: Path, names: Iterable[str] = PROJECT_FILES) -> None:
    """The project's files copied from `source` into `root`; a folder already there is kept."""
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        original, copy = source / name, root / name
        if original.is_dir() and not copy.exists():
            shutil.copytree(original, copy, ignore=shutil.ignore_patterns("__pycache__", "generated"))
        elif original.is_file():
            shutil.copy2(original, copy)


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
    """The files of a briefings folder by path, for a byte-for-byte comparison (lock and backups left out)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".extract.lock" and ".backup" not in path.parts
    }


# --------------------------------------------------------------------- the machine


def cpu_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu(who: int = resource.RUSAGE_SELF) -> float:
    """CPU seconds, user and system, of this process (or of the children it waited for)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def wait_for_quiet(max_wait: float, threshold: float = 0.3) -> float:
    """Wait (up to max_wait s) until other processes keep less than `threshold` CPUs busy; the load seen."""
    waited = 0.0
    while True:
        before = cpu_busy()
        time.sleep(3)
        load = (cpu_busy() - before) / 3
        if load < threshold or waited >= max_wait:
            return load
        if waited == 0:
            log(f"the machine is busy ({load:.1f} CPUs used by others): waiting up to {max_wait:.0f}s")
        waited += 3


def _status(pid: int, key: bytes) -> int:
    """A memory figure of /proc/PID/status in bytes (0 once the process is gone)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def high_water(pid: int) -> int:
    """The kernel's high-water mark of one process's resident memory (VmHWM), in bytes."""
    return _status(pid, b"VmHWM:")


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    stat = f.read().decode(errors="replace")
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _status(pid, b"VmRSS:")
        todo.extend(children.get(pid, []))
    return total


# --------------------------------------------------------------------- a measured step


@dataclass
class Step:
    seconds: float
    returncode: int
    max_rss: int  # bytes: the largest single process (kernel high-water mark, from wait4)
    tree_peak: int  # bytes: the largest sum over the process and its children (sampled)
    own_peak: int  # bytes: the process itself, without its children (its VmHWM, sampled)
    cpu: float  # seconds of CPU, user and system, of the process and the children it waited for
    others_cpu: float  # CPU seconds the rest of the machine used meanwhile (the bench's own left out)
    stdout: str
    stderr: str

    @property
    def peak(self) -> int:
        return max(self.max_rss, self.tree_peak)

    @property
    def others(self) -> float:
        """CPUs kept busy by other processes of the machine meanwhile (mean)."""
        return max(0.0, self.others_cpu) / self.seconds if self.seconds else 0.0


def run_step(
    cmd: list[str],
    cwd: Path,
    env: dict[str, str],
    timeout: float | None = None,
    watch: Callable[[float], None] | None = None,
) -> Step:
    """Run a command; its wall time, exit status, peak memory, CPU and output.

    stderr is shown as it comes (progress) and kept; stdout is kept. The command is
    killed after `timeout` seconds; `watch` is called every 30 s with the elapsed
    seconds, to report progress.
    """
    out = tempfile.TemporaryFile()  # noqa: SIM115  (closed below, once read)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE, start_new_session=True)
    peak = own = 0
    done = threading.Event()
    errors: list[bytes] = []

    def sample() -> None:
        nonlocal peak, own
        last_watch = time.monotonic()
        while not done.wait(SAMPLE_SECONDS):
            peak = max(peak, tree_rss(proc.pid))
            own = max(own, high_water(proc.pid))
            if watch and time.monotonic() - last_watch >= 30:
                last_watch = time.monotonic()
                watch(time.monotonic() - started)

    def relay() -> None:
        assert proc.stderr is not None
        for line in iter(proc.stderr.readline, b""):
            errors.append(line)
            sys.stderr.write("    " + line.decode(errors="replace"))
            sys.stderr.flush()

    def kill() -> None:
        log(f"step exceeded {timeout:.0f}s: stopping it")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)

    started, busy, mine = time.monotonic(), cpu_busy(), own_cpu()
    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=relay, daemon=True)]
    for thread in threads:
        thread.start()
    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    busy, mine = cpu_busy() - busy, own_cpu() - mine  # the bench's own threads are not other work
    if timer:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    for thread in threads:
        thread.join(timeout=5)
    out.seek(0)
    stdout = out.read().decode(errors="replace")
    out.close()
    cpu = usage.ru_utime + usage.ru_stime
    return Step(
        seconds=seconds,
        returncode=proc.returncode,
        max_rss=usage.ru_maxrss * 1024,
        tree_peak=peak,
        own_peak=own,
        cpu=cpu,
        others_cpu=busy - cpu - mine,
        stdout=stdout,
        stderr=b"".join(errors).decode(errors="replace"),
    )


# --------------------------------------------------------------------- bench/RESULTS.md


def markdown_table(header: list[str], align: str, rows: Iterable[list[str]]) -> list[str]:
    """The lines of a Markdown table; `align` has a letter a column: l (left) or r (right)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "".join("---:|" if a == "r" else "---|" for a in align)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def section(text: str, heading: str) -> str:
    """The section of a Markdown text under `heading`, up to the next such heading; "" without one."""
    _, found, after = text.partition(heading + "\n")
    if not found:
        return ""
    end = after.find("\n## ")
    return (heading + "\n" + (after if end < 0 else after[: end + 1])).rstrip("\n")


def with_section(text: str, heading: str, lines: list[str]) -> str:
    """The text with its section under `heading` replaced by `lines` (added at the end without one)."""
    old = section(text, heading)
    new = "\n".join(lines)
    if old:
        return text.replace(old, new, 1)
    return text.rstrip("\n") + "\n\n" + new + "\n"


def write_section(path: Path, heading: str, lines: list[str]) -> None:
    """Replace one script's section of a results file, the other scripts' figures kept."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.write_text(with_section(text, heading, lines), encoding="utf-8")
